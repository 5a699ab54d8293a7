"""io: in-memory streams and the io class hierarchy (asp's own
implementation in Python).

StringIO and BytesIO behave as CPython 3.13's (positions, padding when
writing past the end, seek rules and messages, closed-file errors, line
iteration, newline translation for StringIO).  open() is the built-in one,
which goes through the realm's file capability.
"""

import builtins as _builtins

__all__ = ["BlockingIOError", "IOBase", "RawIOBase", "BytesIO", "StringIO", "BufferedIOBase",
           "TextIOBase", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = _builtins.BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _index_or_none(size, what='argument'):
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None


class IOBase:
    """Base of the stream classes: closing, context management, iteration."""

    _closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _index_or_none(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _c.__module__ = 'io'


class StringIO(TextIOBase):
    """A text stream in memory."""

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._buf = []        # the text, as a list of characters
        self._pos = 0
        self._closed = False
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _translate_in(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen.add('\r\n')
                if '\r' in s.replace('\r\n', ''):
                    self._seen.add('\r')
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            if '\n' in s:
                self._seen.add('\n')
            return s
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    def getvalue(self):
        self._check_closed()
        return ''.join(self._buf)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate_in(s)
        buf = self._buf
        if self._pos > len(buf):
            buf.extend('\0' * (self._pos - len(buf)))
        buf[self._pos:self._pos + len(s)] = list(s)
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _index_or_none(size)
        buf = self._buf
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end) if start < len(buf) else self._pos
        if start >= len(buf):
            return ''
        self._pos = end
        return ''.join(buf[start:end])

    def _line_end(self, start, limit):
        buf = self._buf
        n = len(buf) if limit < 0 else min(len(buf), start + limit)
        nl = self._newline
        i = start
        while i < n:
            c = buf[i]
            if nl == '' and c == '\r':
                if i + 1 < len(buf) and buf[i + 1] == '\n' and i + 1 < n:
                    return i + 2
                return i + 1
            if nl in ('\r',) and c == '\r':
                return i + 1
            if nl == '\r\n' and c == '\r' and i + 1 < n and buf[i + 1] == '\n':
                return i + 2
            if c == '\n' and nl in (None, '', '\n'):
                return i + 1
            i += 1
        return n

    def readline(self, size=-1):
        self._check_closed()
        size = _index_or_none(size)
        start = self._pos
        if start >= len(self._buf):
            return ''
        end = self._line_end(start, size)
        self._pos = end
        return ''.join(self._buf[start:end])

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_closed()
        try:
            pos = pos.__index__()
        except AttributeError:
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer") from None
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        else:
            try:
                pos = pos.__index__()
            except AttributeError:
                raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer") from None
            if pos < 0:
                raise ValueError(f"Negative size value {pos}")
        del self._buf[pos:]
        return pos

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._newline is not None:
            return None
        seen = [k for k in ('\r', '\n', '\r\n') if k in self._seen]
        if not seen:
            return None
        return seen[0] if len(seen) == 1 else tuple(seen)

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'


class BytesIO(BufferedIOBase):
    """A binary stream in memory."""

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        data = bytes(b)
        buf = self._buf
        if self._pos > len(buf):
            buf.extend(b'\0' * (self._pos - len(buf)))
        buf[self._pos:self._pos + len(data)] = data
        self._pos += len(data)
        return len(data)

    def read(self, size=-1):
        self._check_closed()
        size = _index_or_none(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = end
        return bytes(buf[start:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    readinto1 = readinto

    def readline(self, size=-1):
        self._check_closed()
        size = _index_or_none(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b''
        end = buf.find(b'\n', start)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(buf[start:end])

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_closed()
        try:
            pos = pos.__index__()
        except AttributeError:
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer") from None
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        else:
            size = size.__index__()
            if size < 0:
                raise ValueError(f"negative size value {size}")
        del self._buf[size:]
        return size

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'


StringIO.__module__ = BytesIO.__module__ = '_io'


def text_encoding(encoding, stacklevel=2):
    return "utf-8" if encoding is None else encoding


if hasattr(_builtins, 'open'):
    open = _builtins.open
    __all__.append('open')
