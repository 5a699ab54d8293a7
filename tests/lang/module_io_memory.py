import io
from io import StringIO, BytesIO

s = StringIO()
print(s.write('hello\n'), s.write('world'), repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(0); print(list(s), s.readlines())
s.seek(0); print(s.readlines())
s = StringIO('abc\ndef\r\nghi')
print(repr(s.read(2)), repr(s.readline()), repr(s.readline(3)), s.tell())
s.seek(10); s.write('X'); print(repr(s.getvalue()))
s.truncate(4); print(repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seekable(), s.readable(), s.writable(), s.isatty(), s.closed)
for bad in [lambda: s.seek(1, 1), lambda: s.seek(-1), lambda: s.write(b'x'), lambda: s.seek(0, 5), lambda: StringIO(5)]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
with StringIO('x') as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
t = StringIO(newline=None); t.write('a\r\nb\rc\n'); print(repr(t.getvalue()), t.newlines)
t = StringIO(newline='\r\n'); t.write('a\nb'); print(repr(t.getvalue()))
t = StringIO('l1\nl2\n'); print([line for line in t])
print(isinstance(StringIO(), io.TextIOBase), isinstance(StringIO(), io.IOBase), issubclass(io.UnsupportedOperation, OSError))

b = BytesIO(b'abc')
print(b.read(), b.read(), b.tell(), b.write(b'de'), b.getvalue(), b.seek(-2, 2), b.read(1), b.seek(1, 1))
b.seek(8); b.write(b'!'); print(b.getvalue())
b = BytesIO(b'one\ntwo\nthree'); print(b.readline(), b.readlines(), list(BytesIO(b'a\nb')))
print(b.truncate(3), b.getvalue(), b.tell())
ba = bytearray(4); n = BytesIO(b'xyz').readinto(ba); print(n, ba)
for bad in [lambda: BytesIO().write('s'), lambda: BytesIO().seek(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, isinstance(BytesIO(), io.BufferedIOBase))
import sys
old = sys.stdout
sys.stdout = buf = StringIO()
print('into buffer', 42)
sys.stdout = old
print(repr(buf.getvalue()))
print(*['x', 'y'], sep='-', file=buf)
print(repr(buf.getvalue()))
