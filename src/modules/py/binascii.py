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


# ---------------------------------------------------------- quoted-printable

_HEX_DIGITS = b'0123456789ABCDEF'


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 65 <= c <= 70:
        return c - 55
    if 97 <= c <= 102:
        return c - 87
    return -1


def a2b_qp(data, header=False):
    data = bytes(_ascii_arg(data))
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 61:   # '='
            i += 1
            if i >= n:
                break
            c = data[i]
            if c == 10 or c == 13:
                # a soft line break: drop through the end of the line
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and _hexval(c) >= 0 and _hexval(data[i + 1]) >= 0:
                out.append(_hexval(c) << 4 | _hexval(data[i + 1]))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:   # '_'
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = bytes(_bytes_arg(data))
    n = len(data)
    MAXLINE = 76
    # text keeps its line ends; the first one decides between LF and CRLF
    first_lf = data.find(b'\n')
    crlf = first_lf > 0 and data[first_lf - 1] == 13
    out = bytearray()
    linelen = 0
    i = 0

    def soft_break():
        if crlf:
            out.extend(b'=\r\n')
        else:
            out.extend(b'=\n')

    while i < n:
        c = data[i]
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and linelen == 0 and (i + 1 == n or data[i + 1] in (10, 13, 0)))
                or (not istext and (c == 13 or c == 10))
                or ((c == 9 or c == 32) and i + 1 == n)
                or (c < 33 and c != 13 and c != 10 and (quotetabs or (c != 9 and c != 32)))):
            if linelen + 3 >= MAXLINE:
                soft_break()
                linelen = 0
            out.append(61)
            out.append(_HEX_DIGITS[c >> 4])
            out.append(_HEX_DIGITS[c & 15])
            linelen += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and i + 1 < n and data[i + 1] == 10)):
            # a line end; whitespace just before it is protected
            if out and (out[-1] == 32 or out[-1] == 9):
                ch = out.pop()
                out.append(61)
                out.append(_HEX_DIGITS[ch >> 4])
                out.append(_HEX_DIGITS[ch & 15])
            if crlf:
                out.extend(b'\r\n')
            else:
                out.append(10)
            linelen = 0
            i += 2 if c == 13 else 1
        else:
            if i + 1 != n and data[i + 1] != 10 and linelen + 1 >= MAXLINE:
                soft_break()
                linelen = 0
            linelen += 1
            if header and c == 32:
                out.append(95)
            else:
                out.append(c)
            i += 1
    return bytes(out)
