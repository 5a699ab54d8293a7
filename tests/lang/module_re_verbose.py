# re: VERBOSE patterns with comments, escaped whitespace, classes
import re

phone = re.compile(r'''
    ^\(?(\d{3})\)?   # area code
    [\s.-]?          # separator
    (\d{3})          # exchange
    [ .-]?           # separator inside a class keeps its space
    (\d{4})$         # number
''', re.VERBOSE)
for s in ['(555) 123-4567', '555.123.4567', '5551234567', '555-1234']:
    m = phone.match(s)
    print(s, m.groups() if m else None)
print(re.match(r'a\ b \# c', 'a b# c'.replace(' c', 'c'), re.X))
print(re.match(r'(?x) a  b  c # comment', 'abc'))
print(re.match(r'(?x) a {2} ', 'aa'), re.match(r'(?x) a + ', 'aaa'))
print(re.match(r'(?x: a b ) c', 'ab c'), re.match(r'(?x: a b ) c', 'abc'))
print(re.compile('(?x)a #x\n b', re.I).flags)
num = re.compile(r"""
    [-+]?          # sign
    (?:
        \d+ \. \d*  # 1.  or 1.5
      | \. \d+      # .5
      | \d+         # 1
    )
    (?: [eE] [-+]? \d+ )?   # exponent
""", re.X)
print([num.fullmatch(s) is not None for s in ['1', '-1.5', '.5e-3', '1e10', 'e5', '1.2.3']])
