# re: Match objects in depth: expand, regs, repr truncation, copy, indexes
import re

m = re.match(r'(?P<a>\w+) (?P<b>\w+)', 'hello world!')
print(repr(m), m.expand(r'\2 \1'), m.expand(r'\g<b>-\g<a>-\g<0>'))
print(m.regs, m.span(0), m.span('a'), m.start('b'), m.end('b'))
print(m.group(0, 'a', 2), m[0], m['b'], m[2])
print(re.match(r'.*', 'x' * 100))
print(re.match(r'.*', 'a\nb\'c"d'))
print(re.match(rb'.*', b'bytes\x00\xff'))
m = re.match(r'(a)(b)?', 'a')
print(m.regs, m.span(2), m.expand(r'[\2]'))
print(m.group(True), m.group(False))
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(len(re.match(r'(\w)(\w)', 'ab').groups()))
print(re.search(r'\d+', 'abc123def').string, re.search(r'\d+', 'abc123def').re)
m = re.search(r'(x)', 'axb')
print(m.lastindex, m.lastgroup, m.pos, m.endpos)
print(re.match(r'a', 'a') is not None, bool(re.match(r'', '')))
m = re.match('(a)(b)(c)', 'abc')
print(m.group(1, 2, 3), m.span(3), m.regs[1:])
try:
    m.group(4)
except IndexError as e:
    print('IndexError', e)
try:
    m.start('x')
except IndexError as e:
    print('IndexError', e)
try:
    m.expand(r'\4')
except re.error as e:
    print('error', e)
print(re.match(r'(?P<x>a)', 'a').expand(r'\g<x>\g<1>'))
print(type(re.match('a', 'a')).__name__, re.Match.__name__, re.Pattern.__name__)
print(re.Match[str], re.Pattern[bytes])
