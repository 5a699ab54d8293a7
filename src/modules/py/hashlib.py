"""hashlib: message digests (MD5, SHA-1, SHA-224/256/384/512, SHA-3 and
SHAKE) over the C core _hashcore (src/modules/hashlib.c).  Hash objects are
_hashlib.HASH (SHAKE: _hashlib.HASHXOF) as in CPython, and blake2b/blake2s
are _blake2 types with their tree parameters."""

import _hashcore

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'blake2b', 'blake2s', 'new', 'algorithms_guaranteed', 'algorithms_available', 'file_digest')

_names = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
          'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
          'blake2b', 'blake2s')
algorithms_guaranteed = frozenset(_names)
algorithms_available = frozenset(_names)
_sizes = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128),
          'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
          'shake_128': (0, 168), 'shake_256': (0, 136), 'blake2b': (64, 128), 'blake2s': (32, 64)}
# names the OpenSSL-backed constructor also accepts in upper case
_upper_ok = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))


def _check_data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("object supporting the buffer API required")


class _Digest:
    """What every hash object here shares: the C state `_h` (from
    _hashcore) and its digest; copy() copies it and the other slots."""
    __slots__ = ('_h',)

    def digest(self):
        return self._h.digest()

    def hexdigest(self):
        return self._h.digest().hex()

    def copy(self):
        c = object.__new__(type(self))
        for cls in type(self).__mro__:
            for slot in cls.__dict__.get('__slots__', ()):
                object.__setattr__(c, slot, getattr(self, slot))
        c._h = self._h.copy()
        return c


class HASH(_Digest):
    __slots__ = ('_name',)

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _sizes[self._name][0]

    @property
    def block_size(self):
        return _sizes[self._name][1]

    def update(self, *args):
        if len(args) != 1:
            raise TypeError("HASH.update() takes exactly one argument (%d given)" % len(args))
        data = args[0]
        _check_data(data)
        self._h.update(data)

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self._name, hex(id(self)))


HASH.__module__ = '_hashlib'


class HASHXOF(HASH):
    __slots__ = ()

    def digest(self, *args, **kwargs):
        return self._h.digest(_xof_length('digest', args, kwargs))

    def hexdigest(self, *args, **kwargs):
        return self._h.digest(_xof_length('hexdigest', args, kwargs)).hex()


def _xof_length(what, args, kwargs):
    if len(args) + len(kwargs) > 1 or (kwargs and 'length' not in kwargs):
        raise TypeError("%s() takes exactly one argument" % what)
    if args:
        return args[0]
    if 'length' in kwargs:
        return kwargs['length']
    raise TypeError("%s() missing required argument 'length' (pos 1)" % what)


HASHXOF.__module__ = '_hashlib'


def _make(name, data):
    h = object.__new__(HASHXOF if name.startswith('shake') else HASH)
    h._h = _hashcore.Hasher(name)
    h._name = name
    _check_data(data)
    h._h.update(data)
    return h


def md5(string=b'', *, usedforsecurity=True):
    return _make('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    return _make('sha1', string)


def sha224(string=b'', *, usedforsecurity=True):
    return _make('sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    return _make('sha256', string)


def sha384(string=b'', *, usedforsecurity=True):
    return _make('sha384', string)


def sha512(string=b'', *, usedforsecurity=True):
    return _make('sha512', string)


def sha3_224(string=b'', *, usedforsecurity=True):
    return _make('sha3_224', string)


def sha3_256(string=b'', *, usedforsecurity=True):
    return _make('sha3_256', string)


def sha3_384(string=b'', *, usedforsecurity=True):
    return _make('sha3_384', string)


def sha3_512(string=b'', *, usedforsecurity=True):
    return _make('sha3_512', string)


def shake_128(string=b'', *, usedforsecurity=True):
    return _make('shake_128', string)


def shake_256(string=b'', *, usedforsecurity=True):
    return _make('shake_256', string)


for _f in (md5, sha1, sha224, sha256, sha384, sha512, sha3_224, sha3_256, sha3_384, sha3_512,
           shake_128, shake_256):
    _f.__name__ = _f.__qualname__ = 'openssl_' + _f.__name__
del _f


class _Blake2(_Digest):
    __slots__ = ('_size',)

    def __init__(self, data=b'', /, *, digest_size=None, key=b'', salt=b'', person=b'',
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                 inner_size=0, last_node=False, usedforsecurity=True):
        big = self._name == 'blake2b'
        maxd = 64 if big else 32
        maxs = 16 if big else 8
        if digest_size is None:
            digest_size = maxd
        if not 1 <= digest_size <= maxd:
            raise ValueError("digest_size must be between 1 and %d bytes" % maxd)
        key = _buffer_arg(key)
        salt = _buffer_arg(salt)
        person = _buffer_arg(person)
        if len(key) > maxd:
            raise ValueError("maximum key length is %d bytes" % maxd)
        if len(salt) > maxs:
            raise ValueError("maximum salt length is %d bytes" % maxs)
        if len(person) > maxs:
            raise ValueError("maximum person length is %d bytes" % maxs)
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        if leaf_size < 0:
            raise ValueError("value must be positive")
        if leaf_size >= 1 << 32:
            raise OverflowError("leaf_size is too large")
        if node_offset < 0:
            raise ValueError("value must be positive")
        if node_offset >= (1 << 64 if big else 1 << 48):
            raise OverflowError("node_offset is too large")
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        if not 0 <= inner_size <= maxd:
            raise ValueError("inner_size must be between 0 and is %d" % maxd)
        h = _hashcore.Hasher(self._name)
        h._blake2_init(digest_size, key, salt, person, fanout, depth, leaf_size,
                       node_offset if node_offset < 1 << 63 else node_offset - (1 << 64),
                       node_depth, inner_size, last_node)
        self._h = h
        self._size = digest_size
        _check_data(data)
        h.update(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return self._size

    @property
    def block_size(self):
        return _sizes[self._name][1]

    def update(self, data, /):
        _check_data(data)
        self._h.update(data)

    def __repr__(self):
        return '<_blake2.%s object at %s>' % (self._name, hex(id(self)))


def _buffer_arg(v):
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v)
    raise TypeError("a bytes-like object is required, not '%s'" % type(v).__name__)


class blake2b(_Blake2):
    __slots__ = ()
    _name = 'blake2b'
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    __slots__ = ()
    _name = 'blake2s'
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


blake2b.__module__ = blake2s.__module__ = '_blake2'


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    key = name.lower() if name.lower() in _upper_ok else name
    if key not in _sizes:
        raise ValueError("unsupported hash type " + name)
    for k in kwargs:
        if k not in ('usedforsecurity', 'string') and not key.startswith('blake2'):
            raise TypeError("new() got an unexpected keyword argument '%s'" % k)
    if key in ('blake2b', 'blake2s'):
        return (blake2b if key == 'blake2b' else blake2s)(data, **kwargs)
    if 'string' in kwargs:
        # CPython passes data on by position, so a string= keyword collides with it
        raise TypeError("argument for new() given by name ('string') and position (2)")
    return _make(key, data)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    if isinstance(digest, str):
        d = new(digest)
    else:
        d = digest()
    if hasattr(fileobj, 'getbuffer'):
        d.update(fileobj.getbuffer())
        return d
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        d.update(chunk)
    return d
