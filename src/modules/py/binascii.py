"""binascii: conversions between binary data and ASCII (hex, base64, CRCs),
over the C loops in _binascii (src/modules/binascii.c)."""

import _binascii


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _ascii_arg(data):
    # the a2b functions take bytes-like objects or ASCII-only str
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _bytes_arg(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _index(v):
    if not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return type(v).__index__(v)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_arg(data)
    if sep is None:
        return _binascii.hexlify(data, -1, 0)
    if isinstance(sep, str):
        if len(sep) != 1:
            raise ValueError("sep must be length 1.")
        s = ord(sep)
        if s > 255:
            raise ValueError("sep must be ASCII.")
    else:
        if len(sep) != 1:
            raise ValueError("sep must be length 1.")
        s = bytes(sep)[0]
    if not isinstance(bytes_per_sep, int):
        bytes_per_sep = _index(bytes_per_sep)
    if not -2**31 <= bytes_per_sep < 2**31:
        raise OverflowError("Python int too large to convert to C int")
    return _binascii.hexlify(data, s, bytes_per_sep)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr):
    r = _binascii.unhexlify(_ascii_arg(hexstr))
    if r == 1:
        raise Error("Odd-length string")
    if r == 2:
        raise Error("Non-hexadecimal digit found")
    return r


def a2b_hex(hexstr):
    return unhexlify(hexstr)


def b2a_base64(data, *, newline=True):
    return _binascii.b2a_base64(_bytes_arg(data), newline)


_b64_errors = {
    1: "Incorrect padding",
    3: "Only base64 data is allowed",
    4: "Leading padding not allowed",
    5: "Excess data after padding",
    6: "Discontinuous padding not allowed",
}


def a2b_base64(data, *, strict_mode=False):
    r = _binascii.a2b_base64(_ascii_arg(data), strict_mode)
    if type(r) is tuple:
        code, n = r
        if code == 2:
            raise Error("Invalid base64-encoded string: number of data characters (%d) "
                        "cannot be 1 more than a multiple of 4" % n)
        raise Error(_b64_errors[code])
    return r


def crc32(data, crc=0, /):
    return _binascii.crc32(_bytes_arg(data), crc)


def crc_hqx(data, crc, /):
    return _binascii.crc_hqx(_bytes_arg(data), crc)


# ------------------------------------------------------------------ uuencode

def b2a_uu(data, /, *, backtick=False):
    data = _bytes_arg(data)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")

    def ch(v):
        return 96 if (backtick and v == 0) else 32 + v

    out = bytearray((ch(n),))
    padded = bytes(data) + b'\0' * (-n % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes((ch(v >> 18), ch((v >> 12) & 63), ch((v >> 6) & 63), ch(v & 63)))
    out.append(10)
    return bytes(out)


def a2b_uu(data, /):
    data = bytes(_ascii_arg(data))
    # the length character; an empty line reads as NUL, as CPython's does
    n = ((data[0] if data else 0) - 32) & 63
    pos = 1
    end = len(data)
    out = bytearray()
    acc = 0
    bits = 0
    while len(out) < n:
        if pos < end and data[pos] not in (10, 13):
            c = data[pos]
            pos += 1
            if c < 32 or c > 96:
                raise Error("Illegal char")
            v = (c - 32) & 63
        else:
            v = 0   # a short line: the missing characters count as zeros
        acc = ((acc << 6) | v) & 0xffffff
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
    for c in data[pos:]:
        if c not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
    return bytes(out)
