# strip family with char sets, partition/rpartition, removeprefix/suffix chains, startswith tuples with bounds
tests = ['  hello  ', '\t\n x \r\x0b\x0c', 'xxhixx', 'abcHELLOcba', '', '   ', '\u2003em\u2003', '..a..b..', '😀x😀']
for s in tests:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip('abc')), repr(s.strip('.')),
          repr(s.lstrip('😀')), repr(s.rstrip(' x')))
for s in ['key=value', 'a=b=c', '=start', 'end=', 'none', '', '==']:
    print(s.partition('='), s.rpartition('='), s.partition('=='), s.split('=', 1), s.rsplit('=', 1))
p = 'test_file_name.tar.gz'
print(p.removeprefix('test_').removesuffix('.gz').removesuffix('.tar'), p.removeprefix('x'), p.removesuffix(''), p.rpartition('.')[0])
print(p.startswith(('a', 'test')), p.startswith('file', 5), p.startswith('file', 5, 8), p.endswith(('.gz', '.zip'), 0, -3), p.endswith('tar', 0, -3))
print(p.find('.'), p.rfind('.'), p.index('_', 5), p.rindex('_', 0, 9), p.count('_'), p.count('a', 10), p.find('gz', -3))
print(p.split('_'), p.split('.', 1), p.rsplit('.', 1), p.rsplit('_', 5), p.split('_', 0))
print('a.b.c'.replace('.', '', 1), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '.'), ''.replace('', 'x'), 'abc'.replace('b', ''))
