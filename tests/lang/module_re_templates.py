# re: replacement templates in sub and expand, escapes and errors
import re

m = re.match(r'(?P<a>x)(y)(z)?', 'xy')
for t in [r'\1', r'\g<1>', r'\g<a>', r'\g<0>', r'\1\2', r'[\3]', r'\\1', r'\n', r'\t\\', r'\x', r'\&', r'\-',
          r'\10', r'\0', r'\01', r'\012', r'\101']:
    try:
        print(repr(t), repr(m.expand(t)))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
p = re.compile(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)')
print(p.sub(r'\11-\10-\1', 'abcdefghijk'))
print(p.sub(r'\g<11>0', 'abcdefghijk'))
for t in [r'\12', r'\g<12>', r'\g<name>', r'\g<2x>', r'\g< 1>', r'\g<1 >', r'\400', r'\777']:
    try:
        print(repr(t), p.sub(t, 'abcdefghijk'))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
print(re.sub('a', r'\\', 'banana'), re.sub('a', '\\\\n', 'a'))
print(re.sub(b'(a)', rb'\1\1', b'ba'), re.sub(b'(a)', rb'\g<1>!', b'ba'))
try:
    re.sub(b'(a)', rb'\g<\xe9>', b'a')
except re.error as e:
    print(e)
print(re.sub('(?P<x>a)', r'\g<x>', 'a'), re.sub('(?P<x1>a)', r'\g<x1>\g<x1>', 'a'))
