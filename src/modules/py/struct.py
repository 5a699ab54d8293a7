"""struct: packing values into bytes by a format, over the C core _struct
(src/modules/struct.c), which parses formats and raises struct.error."""

import _struct
from _struct import calcsize, pack, unpack, error

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


def _writable(buffer):
    if isinstance(buffer, bytearray):
        return buffer
    if isinstance(buffer, memoryview) and not buffer.readonly:
        return buffer.cast('B') if buffer.format != 'B' or buffer.ndim != 1 else buffer
    raise TypeError("argument must be read-write bytes-like object, not %s"
                    % type(buffer).__name__)


def _pack_into(fmt, buffer, offset, args):
    buf = _writable(buffer)
    data = _struct._pack_named('pack_into', fmt, *args)
    offset = offset.__index__() if not isinstance(offset, int) else offset
    size = len(data)
    n = len(buf)
    if offset < 0:
        if offset < -n:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        if offset + size > 0:
            raise error("no space to pack %d bytes at offset %d" % (size, offset))
        offset += n
    elif n - offset < size:
        raise error("pack_into requires a buffer of at least %d bytes for packing"
                    " %d bytes at offset %d (actual buffer size is %d)"
                    % (size + offset, size, offset, n))
    buf[offset:offset + size] = data


def _index(v):
    if isinstance(v, int):
        return v
    t = type(v)
    if not hasattr(t, '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % t.__name__)
    return t.__index__(v)


def pack_into(fmt, /, *args):
    if len(args) < 1:
        raise error("pack_into expected buffer argument")
    if len(args) < 2:
        raise error("pack_into expected offset argument")
    _pack_into(fmt, args[0], _index(args[1]), args[2:])


_MISSING = object()


def unpack_from(fmt, /, buffer=_MISSING, offset=0):
    if buffer is _MISSING:
        raise TypeError("unpack_from() missing required argument 'buffer' (pos 2)")
    return _struct._unpack_from(fmt, buffer, _index(offset))


class _UnpackIterator:
    __slots__ = ('_fmt', '_data', '_size', '_pos')

    def __iter__(self):
        return self

    def __next__(self):
        if self._data is None or self._pos >= len(self._data):
            self._data = None
            raise StopIteration
        pos = self._pos
        self._pos = pos + self._size
        return _struct._unpack_from(self._fmt, self._data, pos)

    def __length_hint__(self):
        if self._data is None:
            return 0
        return (len(self._data) - self._pos) // self._size

    def __reduce__(self):
        raise TypeError("cannot pickle 'unpack_iterator' object")


_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = 'unpack_iterator'
_UnpackIterator.__module__ = '_struct'


def iter_unpack(*args):
    if len(args) != 2:
        raise TypeError("iter_unpack expected 2 arguments, got %d" % len(args))
    fmt, buffer = args
    size = calcsize(fmt)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if isinstance(buffer, bytes):
        data = buffer
    elif isinstance(buffer, (bytearray, memoryview)):
        data = bytes(buffer)
    else:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
    if len(data) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    it = _UnpackIterator.__new__(_UnpackIterator)
    it._fmt = fmt
    it._data = data
    it._size = size
    it._pos = 0
    return it


class Struct:
    __slots__ = ('_fmt', '_size', '__weakref__')

    def __init__(self, *args, **kwargs):
        if kwargs:
            if not args and len(kwargs) == 1 and 'format' not in kwargs:
                raise TypeError("Struct() missing required argument 'format' (pos 1)")
            if args or list(kwargs) != ['format']:
                raise TypeError("Struct() takes at most 1 %sargument (%d given)"
                                % ('' if args else 'keyword ', len(args) + len(kwargs)))
            format = kwargs['format']
        elif len(args) == 1:
            format = args[0]
        elif not args:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        else:
            raise TypeError("Struct() takes at most 1 argument (%d given)" % len(args))
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self._size = calcsize(format)
        self._fmt = format

    @property
    def format(self):
        return self._fmt

    @format.setter
    def format(self, value):
        raise AttributeError("attribute 'format' of '_struct.Struct' objects is not writable")

    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, value):
        raise AttributeError("attribute 'size' of '_struct.Struct' objects is not writable")

    def pack(self, *args):
        return pack(self._fmt, *args)

    def pack_into(self, /, *args):
        if len(args) < 1:
            raise error("pack_into expected buffer argument")
        if len(args) < 2:
            raise error("pack_into expected offset argument")
        _pack_into(self._fmt, args[0], _index(args[1]), args[2:])

    def unpack(self, *args):
        if len(args) != 1:
            raise TypeError("Struct.unpack() takes exactly one argument (%d given)" % len(args))
        return unpack(self._fmt, args[0])

    def unpack_from(self, buffer=_MISSING, offset=0):
        if buffer is _MISSING:
            raise TypeError("unpack_from() missing required argument 'buffer' (pos 1)")
        return _struct._unpack_from(self._fmt, buffer, _index(offset))

    def iter_unpack(self, buffer, /):
        return iter_unpack(self._fmt, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self._fmt,)


Struct.__module__ = '_struct'
