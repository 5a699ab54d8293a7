"""array: compact arrays of numbers (and characters) of one C type.

The items are kept in a list, checked against the type code's range when
they go in (with CPython's messages) and packed with struct only when bytes
are asked for (tobytes, buffer_info's length, the bytes written by
tofile); floats of code 'f' are rounded to single precision on the way in.
Sizes are those of CPython on 64-bit Linux.  An array does not export the
buffer protocol here: memoryview(array) is not supported."""

import struct as _struct
import types as _types

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuwhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}
# (min, max, message stem) of the integer codes whose range check is their own
_NAMED = {'b': (-128, 127, 'signed char'), 'B': (0, 255, 'unsigned byte integer'),
          'h': (-32768, 32767, 'signed short integer'), 'H': (0, 65535, 'unsigned short'),
          'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer'), 'I': (0, 2 ** 32 - 1, 'unsigned int')}
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1


def _int_item(code, v):
    """v checked for code, with the messages CPython's converters give."""
    v = v.__index__() if not isinstance(v, int) else v
    if code in 'qQ':
        if code == 'Q' and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > (_ULONG_MAX if code == 'Q' else _LONG_MAX) or v < _LONG_MIN:
            raise OverflowError("int too big to convert")
        return v
    if code in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if code == 'I' and v > 2 ** 32 - 1:
            raise OverflowError("unsigned int is greater than maximum")
        return v
    if v > _LONG_MAX or v < _LONG_MIN:
        raise OverflowError("Python int too large to convert to C long")
    if code == 'l':
        return v
    lo, hi, what = _NAMED[code]
    if v > hi:
        raise OverflowError(f"{what} is greater than maximum")
    if v < lo:
        raise OverflowError(f"{what} is less than minimum")
    return v


def _check_int(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(v, int) and not hasattr(type(v), '__index__'):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


class array:
    """array(typecode[, initializer]) -> array"""
    __slots__ = ('_code', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            f"{type(typecode).__name__}")
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        if typecode == 'u':
            import warnings
            warnings.warn("The 'u' type code is deprecated and will be removed in Python 3.16",
                          DeprecationWarning, stacklevel=2)
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode not in 'uw':
                raise TypeError("cannot use a str to initialize an array with typecode "
                                f"'{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode in 'uw' and initializer._code not in 'uw':
                raise TypeError("cannot use a unicode array to initialize an array with "
                                f"typecode '{typecode}'")
            self.extend(initializer._items)
        else:
            self.extend(initializer)
        return self

    # ---- items ----
    def _item(self, v):
        code = self._code
        if code in 'fd':
            if not isinstance(v, (int, float)):
                t = type(v)
                if not (hasattr(t, '__float__') or hasattr(t, '__index__')):
                    raise TypeError("must be real number, not " + t.__name__)
            v = float(v)
            if code == 'f':
                v = _struct.unpack('f', _struct.pack('f', v))[0]
            return v
        if code in 'uw':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        _check_int(v)
        return _int_item(code, v)

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            self._items[index] = list(value._items)
            return
        value = self._item(value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = object.__new__(type(self))
        a._code = self._code
        a._items = items
        return a

    # ---- operators ----
    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._items *= n
        return self

    def _cmp(self, other):
        if not isinstance(other, array):
            return None
        return self._items, other._items

    def __eq__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] >= p[1]

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        if not self._items:
            return f"array('{self._code}')"
        if self._code in 'uw':
            return f"array('{self._code}', {''.join(self._items)!r})"
        return f"array('{self._code}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._code, list(self._items)))

    # ---- methods ----
    def append(self, v):
        self._items.append(self._item(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable)
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(self._item(v))

    def insert(self, i, v):
        self._items.insert(i, self._item(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        new = [self._item(v) for v in items]
        self._items.extend(new)

    def _fmt(self, n):
        code = self._code
        return '<%d%s' % (n, {'u': 'I', 'w': 'I', 'l': 'q', 'L': 'Q'}.get(code, code))

    def tobytes(self):
        items = self._items
        if self._code in 'uw':
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    def frombytes(self, data):
        data = bytes(memoryview(data))
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        items = list(_struct.unpack(self._fmt(len(data) // size), data))
        if self._code in 'uw':
            items = [chr(c) for c in items]
        self._items.extend(items)

    def tounicode(self):
        if self._code not in 'uw':
            raise ValueError("tounicode() may only be called on unicode type arrays "
                             "('u' or 'w')")
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code not in 'uw':
            raise ValueError("fromunicode() may only be called on unicode type arrays "
                             "('u' or 'w')")
        if not isinstance(s, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(s).__name__}")
        self._items.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self._items), len(self._items))

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = self.itemsize
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) < n * size:
            raise EOFError("read() didn't return enough bytes")

    def __class_getitem__(cls, item):
        return _types.GenericAlias(cls, item)


array.__module__ = 'array'
ArrayType = array
