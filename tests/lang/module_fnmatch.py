import fnmatch

pats = ['*.py', 'a*b*c', '**', '?x', '[abc]', '[!abc]', '[a-z]*', '[]]', '[!]]', '[', '[!', 'a[b',
        '*a*', 'a**b', '[z-a]', '[a-c-e]', '[^x]', '[\\]', 'x.y+z', '[a-]', '[--0]', '*?*', 'a*b*',
        '[a&&b]', '[[]', '[a~~b]', '[a||b]', '[]-]', '[!-a]', '\\*', '***a', '[!z-a]', '[a-z-]',
        '(x)', '{a,b}', 'a$b^', '[0-9][0-9]', 'dé*', '']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.py', 'b.PY', 'abc', 'axbxc', 'xx', 'ax', ']', '-', '\\', 'x.y+z', 'a\nb', '', 'dé.txt',
         'ac', 'a-c', '[', 'a[b', '^', 'b', 'z', '05', 'a*b']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('a.py', '*.PY'))
print(fnmatch.filter(names, '*'))
print(fnmatch.filter(names, 'a?'))
print(fnmatch.filter(['x.c', 'y.h', 'z.cc'], '*.[ch]'))
print(fnmatch.filter(iter(['q', 'r']), '[q]'))
print(fnmatch.fnmatchcase(b'abc.txt', b'*.txt'), fnmatch.fnmatch(b'x', b'?'), fnmatch.filter([b'a1', b'b2'], b'a*'))
print(fnmatch.fnmatchcase('a\nb', 'a?b'), fnmatch.fnmatchcase('long' * 20, '*l*o*n*g*x'))
for args in ((1, '*'), ('a', 2)):
    try:
        fnmatch.fnmatch(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    fnmatch.fnmatchcase('a', b'a')
except TypeError as e:
    print('TypeError', e)
