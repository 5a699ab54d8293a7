"""base64: RFC 4648 base16/32/64 encodings, Ascii85, base85 and Z85, over
binascii for base64 and base16."""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode', 'z85encode', 'z85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _decode_arg(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    if isinstance(s, memoryview):
        return s.tobytes()
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % s.__class__.__name__)


def _encode_arg(s):
    if isinstance(s, (bytes, bytearray)):
        return s
    if isinstance(s, memoryview):
        return s.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


# ------------------------------------------------------------------ base64

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _decode_arg(s)
    if altchars is not None:
        altchars = _decode_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_urlsafe_encode)


def urlsafe_b64decode(s):
    s = _decode_arg(s)
    s = s.translate(_urlsafe_decode)
    return b64decode(s)


# ------------------------------------------------------------------ base32

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B32_PAD = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}      # leftover bytes -> '=' count
_B32_KEEP = {0: 0, 1: 4, 3: 3, 4: 2, 6: 1}     # '=' count -> bytes of the last quantum


def _b32encode(alphabet, s):
    s = _encode_arg(s)
    out = bytearray()
    n = len(s)
    full = n - n % 5
    for i in range(0, full, 5):
        v = int.from_bytes(s[i:i + 5], 'big')
        for k in range(35, -1, -5):
            out.append(alphabet[(v >> k) & 31])
    rest = n - full
    if rest:
        v = int.from_bytes(bytes(s[full:]) + bytes(5 - rest), 'big')
        chars = bytearray(alphabet[(v >> k) & 31] for k in range(35, -1, -5))
        pad = _B32_PAD[rest]
        out += chars[:8 - pad] + b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_arg(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_arg(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    n = len(s)
    s = s.rstrip(b'=')
    pads = n - len(s)
    rev = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(s), 8):
        v = 0
        for c in s[i:i + 8]:
            d = rev.get(c)
            if d is None:
                raise binascii.Error('Non-base32 digit found')
            v = (v << 5) | d
        out += v.to_bytes(5, 'big') if i + 8 <= len(s) else b''
        last = v
        lastlen = len(s) - i
    if pads not in _B32_KEEP:
        raise binascii.Error('Incorrect padding')
    if pads and len(s):
        v = last << (5 * pads)
        out += v.to_bytes(5, 'big')[:_B32_KEEP[pads]]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# ------------------------------------------------------------------ base16

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decode_arg(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ------------------------------------------------- Ascii85, base85 and Z85

_A85START = b"<~"
_A85END = b"~>"


def _85encode(b, chars, pad, foldnuls, foldspaces):
    if isinstance(b, memoryview):
        b = b.tobytes()
    elif not isinstance(b, (bytes, bytearray)):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(b).__name__)
    n = len(b)
    padding = (-n) % 4
    if padding:
        b = bytes(b) + b'\0' * padding
    out = []
    for i in range(0, len(b), 4):
        w = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and w == 0:
            out.append(b'z')
        elif foldspaces and w == 0x20202020:
            out.append(b'y')
        else:
            d4 = w % 85; w //= 85
            d3 = w % 85; w //= 85
            d2 = w % 85; w //= 85
            d1 = w % 85; w //= 85
            out.append(bytes((chars[w], chars[d1], chars[d2], chars[d3], chars[d4])))
    if padding and not pad:
        if out[-1] == b'z':
            out[-1] = bytes((chars[0],)) * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


_A85CHARS = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85CHARS, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _decode_arg(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for x in bytes(b) + b'uuuu':
        if 33 <= x <= 117:
            group.append(x - 33)
            if len(group) == 5:
                v = 0
                for d in group:
                    v = v * 85 + d
                if v > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += v.to_bytes(4, 'big')
                group.clear()
        elif x == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    extra = 4 - len(group)
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


_B85CHARS = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
             b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85REV = None


def b85encode(b, pad=False):
    return _85encode(b, _B85CHARS, pad, False, False)


def _b85decode(b, what):
    global _B85REV
    if _B85REV is None:
        rev = [None] * 256
        for i, c in enumerate(_B85CHARS):
            rev[c] = i
        _B85REV = rev
    rev = _B85REV
    b = _decode_arg(b)
    padding = (-len(b)) % 5
    b = bytes(b) + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        v = 0
        for j in range(5):
            d = rev[b[i + j]]
            if d is None:
                raise ValueError('bad %s character at position %d' % (what, i + j)) from None
            v = v * 85 + d
        if v > 0xffffffff:
            raise ValueError('%s overflow in hunk starting at byte %d' % (what, i)) from None
        out += v.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def b85decode(b):
    return _b85decode(b, 'base85')


_Z85CHARS = (b'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
             b'.-:+=^!/*?&<>()[]{}@%$#')
_b85_to_z85 = bytes.maketrans(_B85CHARS, _Z85CHARS)
# bytes outside the Z85 alphabet must stay invalid after the translation,
# even those that are base85 digits
_z85_to_b85 = bytearray(range(256))
for _c in _B85CHARS:
    _z85_to_b85[_c] = 0
for _z, _b in zip(_Z85CHARS, _B85CHARS):
    _z85_to_b85[_z] = _b
_z85_to_b85 = bytes(_z85_to_b85)
del _c, _z, _b


def z85encode(s):
    return b85encode(s).translate(_b85_to_z85)


def z85decode(s):
    s = _decode_arg(s)
    s = s.translate(_z85_to_b85)
    return _b85decode(s, 'z85')


# ------------------------------------------------------- legacy interface

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    if isinstance(s, (bytes, bytearray)):
        return
    if isinstance(s, memoryview):
        if s.format not in ('c', 'b', 'B'):
            raise TypeError("expected single byte elements, not %r from %s"
                            % (s.format, s.__class__.__name__))
        if s.ndim != 1:
            raise TypeError("expected 1-D data, not %d-D data from %s"
                            % (s.ndim, s.__class__.__name__))
        return
    raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
