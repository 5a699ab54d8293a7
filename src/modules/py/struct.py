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


def pack_into(fmt, buffer, offset, /, *args):
    _pack_into(fmt, buffer, _index(offset), args)


def unpack_from(fmt, /, buffer, offset=0):
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


def iter_unpack(fmt, buffer, /):
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

    def __init__(self, format):
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

    @property
    def size(self):
        return self._size

    def pack(self, *args):
        return pack(self._fmt, *args)

    def pack_into(self, buffer, offset, /, *args):
        _pack_into(self._fmt, buffer, _index(offset), args)

    def unpack(self, buffer, /):
        return unpack(self._fmt, buffer)

    def unpack_from(self, buffer, offset=0):
        return _struct._unpack_from(self._fmt, buffer, _index(offset))

    def iter_unpack(self, buffer, /):
        return iter_unpack(self._fmt, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self._fmt,)


Struct.__module__ = '_struct'
