# re: flags, RegexFlag values and reprs, inline flags
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), str(re.I | re.S), int(re.I | re.M), re.I | 512)
print(re.IGNORECASE == 2, re.MULTILINE == 8, re.DOTALL == 16, re.VERBOSE == 64, re.ASCII == 256, re.UNICODE == 32)
print(type(re.I).__name__, isinstance(re.I, int), re.RegexFlag.IGNORECASE is re.I)
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('(?i)a').flags, re.compile('(?s)(?m)a').flags, re.compile('(?a)a').flags)
print(re.compile('a', re.I | re.M), re.compile('a', re.A), re.compile(b'a', re.I), re.compile('(?x)a'))
print(re.findall(r'^\w', 'ab\ncd\nef', re.M), re.findall(r'^\w', 'ab\ncd'))
print(re.findall(r'\w$', 'ab\ncd\n', re.M), re.findall(r'\w$', 'ab\ncd\n'))
print(re.search(r'a.b', 'a\nb', re.S), re.search(r'(?s)a.b', 'a\nb'), re.search(r'a.b', 'a\nb'))
print(re.match(r'abc', 'ABC', re.I), re.match(r'(?i)abc', 'aBc'))
print(re.match(r'(?i:a)b', 'Ab'), re.match(r'(?i:a)b', 'AB'))
print(re.match(r'(?i)a(?-i:b)', 'AB'), re.match(r'(?i)a(?-i:b)', 'Ab'))
print(re.match(r'''(?x)
    (\d+)   # number
    \s* -   # dash
    \s* (\d+)
''', '12 - 34').groups())
print(re.match(r'a b # c', 'ab', re.VERBOSE), re.match(r'a\ b[ ]c', 'a b c', re.X))
print(re.match(r'\w+', 'été', re.A), re.match(r'\w+', 'été'))
print(re.match(r'(?a)\w+', 'ab€'), re.match(r'\d', '\u0663'), re.match(r'\d', '\u0663', re.A))
print(re.match(r'\s+', '\u2003\u00a0 x'), re.match(r'\s+', '\u2003', re.A))
print(re.findall(r'(?m)^a|b$', 'a\nb\na b'))
print(re.match(r'(?ms)^a.^b', 'a\nb'))
for bad in [('a', re.L), ('a', re.A | re.U), (b'a', re.U)]:
    try:
        re.compile(*bad)
    except ValueError as e:
        print('ValueError', e)
print(re.compile(b'a', re.L).flags, re.compile(b'(?L)a').flags)
print(re.match(r'ß', 'ẞ', re.I), re.match('\u212a', 'k', re.I), re.match('s', '\u017f', re.I))
print(re.match(r'[a-z]+', 'ABC', re.I), re.match(r'[^a-z]', 'A', re.I))
print(re.match(r'[k]', '\u212a', re.I), re.match(r'[k]', '\u212a', re.I | re.A))
print(re.match(r'ÉTÉ', 'été', re.I), re.match(r'Σ', 'σ', re.I), re.match(r'Σ', 'ς', re.I))
print(re.match(r'(a)\1', 'aA', re.I), re.match(r'(a)\1', 'aA'))
print(~re.I, re.I & re.M, re.I ^ re.I)
