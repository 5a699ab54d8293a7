# splitlines with every boundary; split/rsplit with maxsplit and sep
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

for b in ['\n', '\r', '\r\n', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029', '\n\r']:
    s = 'a' + b + 'b' + b
    print(repr(b), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), 'x'.splitlines(True), '\r\r\n\n'.splitlines(True), 'a\x0bb'.split())
print(b'a\x1cb\x85c\rd'.splitlines())
s = '  a  b\tc\nd  '
for m in [-1, 0, 1, 2, 10]:
    print(m, s.split(maxsplit=m), s.rsplit(maxsplit=m), s.split(None, m), 'a,b,,c,'.split(',', m), 'a,b,,c,'.rsplit(',', m))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), ':::'.split('::'), ':::'.rsplit('::'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
print(''.split(), ''.split(','), ' '.split(' '), 'abc'.split('abc'), '\u3000x\u3000y\x85'.split(), 'x\x1fy'.split())
t('empty sep', lambda: 'a'.split(''))
t('rempty sep', lambda: 'a'.rsplit(''))
t('bad sep', lambda: 'a'.split(1))
t('kw', lambda: 'a b c'.split(sep=' ', maxsplit=1))
t('kw2', lambda: 'a b c'.rsplit(maxsplit=1, sep=None))
t('float max', lambda: 'a b'.split(' ', 1.0))
t('big max', lambda: 'a b'.split(' ', 2**70))
for s in ['abc', 'a.b.c', '.', '..', 'no']:
    print(s.partition('.'), s.rpartition('.'), s.partition('b'), s.rpartition('bc'))
t('part empty', lambda: 'a'.partition(''))
t('rpart empty', lambda: 'a'.rpartition(''))
t('part none', lambda: 'a'.partition(None))
print('x'.join([]), '-'.join(['a']), ', '.join('abc'), ''.join(['é', '€', '😀']))
t('join int', lambda: '-'.join(['a', 1, 'b']))
t('join bytes', lambda: '-'.join([b'a']))
t('join gen', lambda: '+'.join(str(i) for i in range(5)))
