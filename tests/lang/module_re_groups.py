# re: named groups, group access, groupdict, groupindex, lastgroup
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?: (?P<suffix>Jr|Sr))?')
print(p.groups, p.groupindex, sorted(p.groupindex.items()))
m = p.match('Jane Doe')
print(m.group('first'), m.group('last'), m.group('suffix'), m.group('first', 'last', 0))
print(m.groupdict(), m.groupdict('?'))
print(m['first'], m.start('last'), m.end('last'), m.span('suffix'))
print(m.lastindex, m.lastgroup)
m = p.match('John Smith Jr')
print(m.groupdict(), m.lastindex, m.lastgroup)
for bad in [3 + 1, -1, 'nope', 1.5]:
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m['nope']
except IndexError as e:
    print('IndexError', e)
m = re.match(r'(?P<a>x)(?P<b>y)(z)', 'xyz')
print(m.lastgroup, m.lastindex, m.group(3), m.groupdict())
m = re.match(r'(?P<outer>a(?P<inner>b))', 'ab')
print(m.lastgroup, m.lastindex)
m = re.match(r'(a)(?P<n>b)?', 'a')
print(m.lastgroup, m.lastindex)
print(re.match(r'(?P<x>a)(?P=x)', 'aa').span())
print(re.match(r'(?P<x>a)(?P=x)', 'ab'))
print(re.compile(r'(a)(?:b)(c)').groups)
print(re.compile(r'(?P<n_1>a)(?P<Ünï>b)').groupindex)
print(re.match(r'(a)?(b)?', 'b').groups(0))
m = re.match(r'(?P<g>a)|(?P<h>b)', 'b')
print(m.groupdict(), m.lastgroup)
print(m.expand(r'[\g<h>|\2|\g<2>]'))
