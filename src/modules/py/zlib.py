"""zlib: DEFLATE compression with the zlib (RFC 1950) and gzip (RFC 1952)
wrappers, over the C inflater/compressor in _zlib (src/modules/zlib.c).

Compressed output is valid but not byte-identical to the zlib library's
(the match finder and block choices differ).  Streaming decompression keeps
the input from the current block's header on and resumes at the next
symbol, reading only that block's code tables again."""

import _zlib
import _binascii

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


def _data_arg(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _int_arg(v):
    if isinstance(v, int):
        return v
    if not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return type(v).__index__(v)


def adler32(data, value=1, /):
    return _zlib.adler32(_data_arg(data), _int_arg(value))


def crc32(data, value=0, /):
    return _binascii.crc32(_data_arg(data), _int_arg(value))


# ---------------------------------------------------------------- compression

def _wrapper_for_compress(wbits):
    """('zlib', window bits) / ('raw', ...) / ('gzip', ...), or None if invalid."""
    if 8 <= wbits <= 15:
        return 'zlib', max(wbits, 9)
    if -15 <= wbits <= -9:
        return 'raw', -wbits
    if 25 <= wbits <= 31:
        return 'gzip', wbits - 16
    return None


def _zlib_header(level, wbits, zdict):
    cmf = ((wbits - 8) << 4) | 8
    if level == -1 or level == 6:
        flevel = 2
    elif level < 2:
        flevel = 0
    elif level < 6:
        flevel = 1
    else:
        flevel = 3
    flg = flevel << 6
    if zdict is not None:
        flg |= 0x20
    flg |= 31 - ((cmf << 8) | flg) % 31
    head = bytes((cmf, flg))
    if zdict is not None:
        head += _zlib.adler32(zdict, 1).to_bytes(4, 'big')
    return head


def _gzip_header(level):
    xfl = 2 if level == 9 else 4 if level == 1 else 0
    return b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes((xfl, 3))


class _Compress:
    __slots__ = ('_level', '_kind', '_wbits', '_zdict', '_pending', '_started',
                 '_finished', '_check', '_size')

    def compress(self, data, /):
        data = _data_arg(data)
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        out = self._start()
        self._take(data)
        if len(self._pending) >= 1 << 18:
            out += _zlib.deflate(bytes(self._pending), self._level, False)
            self._pending = bytearray()
        return out

    def _start(self):
        if self._started:
            return b''
        self._started = True
        if self._kind == 'zlib':
            return _zlib_header(self._level, self._wbits, self._zdict)
        if self._kind == 'gzip':
            return _gzip_header(self._level)
        return b''

    def _take(self, data):
        self._pending += data
        self._size = (self._size + len(data)) & 0xffffffff
        if self._kind == 'zlib':
            self._check = _zlib.adler32(data, self._check)
        elif self._kind == 'gzip':
            self._check = _binascii.crc32(data, self._check)

    def flush(self, mode=Z_FINISH, /):
        mode = _int_arg(mode)
        if self._finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        if mode == Z_NO_FLUSH:
            return b''
        out = self._start()
        if mode == Z_FINISH:
            out += _zlib.deflate(bytes(self._pending), self._level, True)
            if self._kind == 'zlib':
                out += self._check.to_bytes(4, 'big')
            elif self._kind == 'gzip':
                out += self._check.to_bytes(4, 'little') + self._size.to_bytes(4, 'little')
            self._finished = True
        else:
            out += _zlib.deflate(bytes(self._pending), self._level, False)
        self._pending = bytearray()
        return out

    def copy(self):
        if self._finished:
            raise ValueError("Inconsistent stream state")
        c = object.__new__(_Compress)
        for name in _Compress.__slots__:
            setattr(c, name, getattr(self, name))
        c._pending = bytearray(self._pending)
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


_Compress.__module__ = 'zlib'
_Compress.__name__ = _Compress.__qualname__ = 'Compress'


def _check_level(level):
    if not -1 <= level <= 9:
        raise error("Bad compression level")
    return 6 if level == -1 else level


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    level = _int_arg(level)
    method = _int_arg(method)
    wbits = _int_arg(wbits)
    memLevel = _int_arg(memLevel)
    strategy = _int_arg(strategy)
    if zdict is not None:
        zdict = _data_arg(zdict)
    kind = _wrapper_for_compress(wbits)
    if (method != DEFLATED or kind is None or not 1 <= memLevel <= 9
            or not 0 <= strategy <= 4 or not -1 <= level <= 9):
        raise ValueError("Invalid initialization option")
    c = object.__new__(_Compress)
    c._level = 6 if level == -1 else level
    c._kind, c._wbits = kind
    c._zdict = zdict
    c._pending = bytearray()
    c._started = False
    c._finished = False
    c._check = 1 if c._kind == 'zlib' else 0
    c._size = 0
    return c


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _data_arg(data)
    level = _int_arg(level)
    wbits = _int_arg(wbits)
    kind = _wrapper_for_compress(wbits)
    if kind is None or not -1 <= level <= 9:
        raise error("Bad compression level")
    c = compressobj(level, DEFLATED, wbits)
    return c.compress(data) + c.flush()


# -------------------------------------------------------------- decompression

class _Incomplete(Exception):
    pass


class _Decompress:
    __slots__ = ('_mode', '_wbits', '_zdict', '_buf', '_bit', '_sym', '_window', '_returned',
                 '_phase', '_check', '_size', '_kind', 'unused_data', 'unconsumed_tail', 'eof')

    def _fail(self, msg):
        raise error("Error -3 while decompressing data: " + msg)

    def _header(self):
        """Parses the wrapper header at the start of _buf; returns its length
        or raises _Incomplete."""
        buf = self._buf
        kind = self._mode
        if kind == 'auto':
            if len(buf) < 2:
                raise _Incomplete
            kind = 'gzip' if buf[0] == 0x1f and buf[1] == 0x8b else 'zlib'
        self._kind = kind
        if kind == 'raw':
            if self._zdict is not None:
                self._window = self._zdict[-32768:]
            return 0
        if kind == 'zlib':
            if len(buf) < 2:
                raise _Incomplete
            cmf, flg = buf[0], buf[1]
            if ((cmf << 8) | flg) % 31:
                self._fail("incorrect header check")
            if cmf & 15 != 8:
                self._fail("unknown compression method")
            wb = (cmf >> 4) + 8
            if wb > 15 or (self._wbits and wb > self._wbits):
                self._fail("invalid window size")
            if flg & 0x20:
                if len(buf) < 6:
                    raise _Incomplete
                if self._zdict is None:
                    raise error("Error 2 while decompressing data")
                if _zlib.adler32(self._zdict, 1) != int.from_bytes(buf[2:6], 'big'):
                    raise error("Error -3 while setting zdict: invalid input data")
                self._window = self._zdict[-32768:]
                return 6
            return 2
        # gzip
        if len(buf) < 10:
            raise _Incomplete
        if buf[0] != 0x1f or buf[1] != 0x8b:
            self._fail("incorrect header check")
        if buf[2] != 8:
            self._fail("unknown compression method")
        flags = buf[3]
        if flags & 0xe0:
            self._fail("unknown header flags set")
        pos = 10
        if flags & 4:
            if len(buf) < pos + 2:
                raise _Incomplete
            pos += 2 + int.from_bytes(buf[pos:pos + 2], 'little')
            if len(buf) < pos:
                raise _Incomplete
        for bit in (8, 16):
            if flags & bit:
                end = buf.find(b'\0', pos)
                if end < 0:
                    raise _Incomplete
                pos = end + 1
        if flags & 2:
            if len(buf) < pos + 2:
                raise _Incomplete
            pos += 2
        return pos

    def _commit(self, data):
        self._size = (self._size + len(data)) & 0xffffffff
        if self._kind == 'zlib':
            self._check = _zlib.adler32(data, self._check)
        elif self._kind == 'gzip':
            self._check = _binascii.crc32(data, self._check)

    def decompress(self, data, /, max_length=0):
        data = _data_arg(data)
        max_length = _int_arg(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += data
            return b''
        self._buf += data
        self.unconsumed_tail = b''
        out = b''
        if self._phase == 0:
            try:
                hlen = self._header()
            except _Incomplete:
                return b''
            self._buf = self._buf[hlen:]
            self._check = 1 if self._kind == 'zlib' else 0
            self._phase = 1
        if self._phase == 1:
            limit = self._returned + max_length if max_length else 0
            res, status, stop, ck_hdr, ck_sym, ckout, msg = _zlib.inflate(
                self._buf, self._bit, self._window, limit, self._sym)
            if status == 3:
                self._fail(msg)
            out = res[self._returned:]
            if max_length and len(out) > max_length:
                out = out[:max_length]
            returned = self._returned + len(out)
            if status == 2:
                # input past the stop point is handed back to the caller
                keep = (stop + 7) // 8
                self.unconsumed_tail = self._buf[keep:]
                self._buf = self._buf[:keep]
            if ckout <= returned:
                committed = res[:ckout]
                self._commit(committed)
                self._window = (self._window + committed)[-32768:]
                drop = ck_hdr // 8
                self._buf = self._buf[drop:]
                self._bit = ck_hdr - drop * 8
                self._sym = ck_sym - drop * 8 if ck_sym >= 0 else -1
                self._returned = returned - ckout
            else:
                self._returned = returned
            if status == 0 and ckout == len(res) and returned == len(res):
                # the final block is decoded: the trailer starts at the next byte
                self._buf = self._buf[(self._bit + 7) // 8:]
                self._bit = 0
                self._sym = -1
                self._returned = 0
                self._phase = 2
        if self._phase == 2:
            need = {'zlib': 4, 'gzip': 8}.get(self._kind, 0)
            if len(self._buf) < need:
                return out
            if self._kind == 'zlib':
                if int.from_bytes(self._buf[:4], 'big') != self._check:
                    self._fail("incorrect data check")
            elif self._kind == 'gzip':
                if int.from_bytes(self._buf[:4], 'little') != self._check:
                    self._fail("incorrect data check")
                if int.from_bytes(self._buf[4:8], 'little') != self._size:
                    self._fail("incorrect length check")
            self.unused_data = self._buf[need:] + self.unconsumed_tail
            self.unconsumed_tail = b''
            self._buf = b''
            self._phase = 3
            self.eof = True
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _int_arg(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.eof:
            return b''
        tail = self.unconsumed_tail
        self.unconsumed_tail = b''
        return self.decompress(tail)

    def copy(self):
        c = object.__new__(_Decompress)
        for name in _Decompress.__slots__:
            setattr(c, name, getattr(self, name))
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


_Decompress.__module__ = 'zlib'
_Decompress.__name__ = _Decompress.__qualname__ = 'Decompress'


def _decompress_mode(wbits):
    if wbits == 0 or 8 <= wbits <= 15:
        return 'zlib'
    if -15 <= wbits <= -8:
        return 'raw'
    if 24 <= wbits <= 31:
        return 'gzip'
    if 40 <= wbits <= 47 or wbits == 32:
        return 'auto'
    return None


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    wbits = _int_arg(wbits)
    if zdict is not None and not isinstance(zdict, (bytes, bytearray, memoryview)):
        raise TypeError("zdict argument must support the buffer protocol")
    mode = _decompress_mode(wbits)
    if mode is None:
        raise ValueError("Invalid initialization option")
    d = object.__new__(_Decompress)
    d._mode = mode
    d._wbits = wbits & 15 if mode != 'raw' else -wbits
    d._zdict = bytes(zdict) if zdict else None
    d._buf = b''
    d._bit = 0
    d._sym = -1
    d._window = b''
    d._returned = 0
    d._phase = 0
    d._check = 0
    d._size = 0
    d._kind = mode
    d.unused_data = b''
    d.unconsumed_tail = b''
    d.eof = False
    return d


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _data_arg(data)
    wbits = _int_arg(wbits)
    bufsize = _int_arg(bufsize)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    mode = _decompress_mode(wbits)
    if mode is None:
        raise error("Error -2 while preparing to decompress data: inconsistent stream state")
    d = decompressobj(wbits)
    out = d.decompress(data)
    if not d.eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out
