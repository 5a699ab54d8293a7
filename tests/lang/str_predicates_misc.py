# isidentifier, is* predicates, removeprefix/suffix, zfill, center/ljust/rjust, strip
words = ['abc', '_x', '1a', 'a1', '', 'é', 'ℕ', 'a b', 'class', 'x\u0300', '\u0300x', '℘', '·a', 'a·', '𝔘𝔫', 'aⅧ', '_', '$', '٣', 'A\u200c']
for w in words:
    print(repr(w), w.isidentifier(), w.isalpha(), w.isalnum(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isascii(), w.isprintable())
for w in ['', ' ', '\t\n', '\x1c', '\u00a0', '\u200b', 'Ab', 'AB', 'ab', 'A1', '1', 'Ǆ', 'ǅ', 'Hello World', 'Hello world', 'HELLO wORLD', "Don't", '½', '²', '\x7f', '\u2028']:
    print(repr(w), w.isspace(), w.isupper(), w.islower(), w.istitle(), w.isprintable(), w.isdigit(), w.isnumeric(), w.isdecimal())
for s in ['prefix-body-suffix', 'prefix', '', 'body']:
    print(repr(s.removeprefix('prefix')), repr(s.removesuffix('suffix')), repr(s.removeprefix('')), repr(s.removesuffix(s)))
try:
    'x'.removeprefix(('x',))
except TypeError as e:
    print('TypeError', e)
for s in ['42', '-42', '+42', '', '-', 'abc', '0x1', '-0', '  7', 'é']:
    print(repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-2)), repr(s.zfill(1)))
for s in ['a', 'ab', 'abc', '', 'é€']:
    for w in [0, 1, 4, 5, 6]:
        print(repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '€')), end=' ')
    print()
for f in [lambda: 'a'.center(5, 'ab'), lambda: 'a'.center(5, ''), lambda: 'a'.ljust('5'), lambda: 'a'.rjust(5, 1), lambda: 'a'.center()]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
s = '  \t xx yy \n\x0b\x85'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')), repr('abc'.strip('')),
      repr('  a  '.strip(None)), repr('\u3000a\u2029'.strip()), repr('ééa'.lstrip('é')), repr('a😀😀'.rstrip('😀')))
try:
    'a'.strip(1)
except TypeError as e:
    print('TypeError', e)
print('abc'.title(), "they're bill's".title(), 'ǆungla'.title(), 'hello123world'.title(), 'a.b-c_d'.title(), 'ﬂour'.title(), 'ß'.title())
print('ab' * 3, 3 * 'x', 'ab' * 0, 'ab' * -1, 'ab' * True, 'é' * 2)
try:
    'a' * 2.0
except TypeError as e:
    print('TypeError', e)
try:
    'a' * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    1 + 'a'
except TypeError as e:
    print('TypeError', e)
print('b' in 'abc', '' in 'abc', 'abc' in 'abc', 'ac' in 'abc')
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError', e)
