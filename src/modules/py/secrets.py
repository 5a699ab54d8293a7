"""secrets: tokens and choices from the realm's randomness source (asp's own
implementation over random.SystemRandom, i.e. os.urandom).  compare_digest
takes time depending only on the length of its inputs, not on where they
first differ."""

from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32  # bytes


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal."""
    return token_bytes(nbytes).hex()


_URLSAFE = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding (no padding)."""
    tok = token_bytes(nbytes)
    out = []
    # Every 3 bytes become 4 characters; a short tail gives 2 or 3.
    for i in range(0, len(tok), 3):
        chunk = tok[i:i + 3]
        v = int.from_bytes(chunk.ljust(3, b"\0"))
        chars = 1 + len(chunk)
        for k in range(chars):
            out.append(chr(_URLSAFE[(v >> (18 - 6 * k)) & 63]))
    return "".join(out)


def _buffer_bytes(x):
    if isinstance(x, (bytes, bytearray)):
        return bytes(x)
    if isinstance(x, str):
        return None
    try:
        return memoryview(x).tobytes()
    except TypeError:
        return None


def compare_digest(a, b, /):
    """Return 'a == b'.

    The running time depends on the lengths of the inputs, not on their
    contents, to make timing attacks harder."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        x = a.encode("ascii")
        y = b.encode("ascii")
    else:
        x = _buffer_bytes(a)
        y = _buffer_bytes(b)
        if x is None and y is None:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        if x is None:
            raise TypeError("a bytes-like object is required, not '%s'" % type(a).__name__)
        if y is None:
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
    # Always walk the right-hand operand in full.
    result = 0 if len(x) == len(y) else 1
    left = y if len(x) != len(y) else x
    for i in range(len(y)):
        result |= left[i] ^ y[i]
    return result == 0
