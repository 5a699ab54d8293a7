# re: compile errors with CPython's messages, positions, lines and columns
import re

pats = [r'(', r'(a', r'a)', r'*', r'a**', r'a*?*', r'a{2,1}', r'\q', r'[a', r'[z-a]',
        r'[\d-z]', r'(?P<1a>x)', r'(?P<a>x)(?P<a>y)', r'(?P=b)', r'(?P<a>(?P=a))', r'\2(a)',
        r'(?<=a+)', r'(?x', r'(?z)', r'(?<x)', r'(?Px)', r'x(?i)', r'\x4', r'\u12',
        r'\U00110000', r'\N{foo}', r'\N', r'\777', r'(?#abc', r'(?(1)a|b|c)', r'(?(x)a)',
        r'(?(2)a)', r'^*', r'\b+', r'a|*', r'(*)', '\\', r'[]', r'[^]', r'(?i', r'(?-', r'(?i-',
        r'(?-i)', r'(?i-i:a)', r'(?<', r'(?P', r'(?P<', r'(?P<a', r'(?P=', r'(?P=a', r'(?',
        r'[a-\d]', r'\8', r'(a)\2', r'[\A]', r'(?P<a>a)(?(b)x)', r'\g', '(?(1', r'(?(1)',
        '(?<=a|bc)', '(?<!(a)\\1)', r'\1', r'(?L)a', r'(?-a:x)', r'a++*', r'\k', r'[\w-a]',
        '\\N{LATIN SMALL LETTER A', r'\N{', r'(?<n>x)', 'ab\n(cd', 'a\nb\n*', r'(?P<a b>x)',
        r'(?P<a>x)(?P=a b)', r'x{3,2}', r'[\x4]', r'(?<=(?:a|bc))', r'\xZZ', r'[\q]']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
for p in [b'\\u1234', b'(?u)a', b'\\N{x}', b'(?P<\xe9>a)']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, '|', e)
print(re.error is re.PatternError, issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
try:
    re.compile(1)
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
e = re.error('boom', 'pat', 1)
print(e, e.msg, e.pos, e.lineno, e.colno)
e = re.error('boom')
print(e, e.pos, e.lineno)
