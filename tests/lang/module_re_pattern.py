# re: Pattern objects: attributes, methods with pos/endpos, repr, equality, cache
import re

p = re.compile(r'(?P<d>\d)(\w)?', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, repr(p))
print(p.match('1a'), p.match('x1a'), p.match('x1a', 1), p.match('x1a', 1, 2))
print(p.search('ab12', 1), p.search('ab12', 3), p.search('ab12', 0, 2), p.search('ab12', 10))
print(p.fullmatch('1a'), p.fullmatch('1a2'), p.fullmatch('1a2', 0, 2), p.fullmatch('x1a', 1))
print(p.findall('1a2b3'), p.findall('1a2b3', 2, 4))
print([m.span() for m in p.finditer('1a2b3', 1)])
print(p.sub('#', '1a2b'), p.subn('#', '1a2b'), p.split('x1ay2bz'))
m = p.search('zz9q', 1, 4)
print(m.pos, m.endpos, m.re is p, m.string)
print(re.compile(r'^a').search('ba', 1), re.compile(r'(?m)^a').search('\na', 1))
print(re.compile(r'a$').search('ab', 0, 1), re.compile(r'\ba').search('ba', 1))
print(re.compile(r'(?<=b)a').search('ba', 1))
print(p.match('1a', -5), p.match('1a', 0, 100), p.search('1a', 5))
print(repr(re.compile('x' * 300))[:30], len(repr(re.compile('x' * 300))))
print(re.compile("it's"), re.compile('say "hi"'), re.compile(r'\d'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile(b'a'))
print(hash(re.compile('abc')) == hash(re.compile('abc')))
print(re.compile(p) is p, re.compile('a+') is re.compile('a+'))
re.purge()
print(re.compile('a+').match('aa'))
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
print(p.scanner('1a2b').match(), p.scanner('x1a').search())
sc = re.compile(r'\d').scanner('12a3')
print(sc.match(), sc.match(), sc.match(), sc.match())
print(re.compile(r'(a)(b)').groups, re.compile('').groups, re.compile(r'(?:a)').groups)
