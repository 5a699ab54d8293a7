# re: module attributes, purge/cache, flags arguments by keyword, positional deprecations, misc
import re
import warnings

print(sorted(n for n in re.__all__))
print(re.NOFLAG == 0, re.RegexFlag.__name__, re.error.__name__)
print(re.sub('a', 'b', 'aaa', count=1), re.split(',', 'a,b,c', maxsplit=1))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(re.sub('a', 'b', 'aaa', 1), re.subn('a', 'b', 'aaa', 1), re.split(',', 'a,b,c', 1))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
print(re.match('A', 'a', flags=re.I), re.search('A', 'xa', re.I), re.findall('A', 'aA', re.I))
print(re.fullmatch('a+', 'AAA', re.I), list(re.finditer('a', 'AbA', re.I)))
for i in range(600):
    re.compile('x%d' % i)
re.purge()
print(re.compile('x1').match('x1'))
print(re.match(re.compile('a'), 'a'), re.sub(re.compile('a'), 'b', 'a'))
print(re.compile(r'\d+').sub(lambda m: m.group()[::-1], 'a123b45'))
print(re.compile(r'\d').split('a1b2c', maxsplit=1))
print(re.template if hasattr(re, 'template') else 'no template')
print(re.compile('(?i)a').match('A').re.flags & re.I != 0)
s = 'The quick brown fox jumps over the lazy dog'
print(re.findall(r'\b\w{5}\b', s), re.sub(r'\b(\w)(\w*)\b', lambda m: m[1].upper() + m[2], s))
print(re.search(r'(?P<first>\w+) (?P=first)', 'hello hello').groupdict())
print(str(re.I), format(re.M), '%s' % re.S, f'{re.X!r}')
