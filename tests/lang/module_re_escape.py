# re: re.escape round trips and escapes in patterns
import re

for s in ['', 'abc', 'a.b', '1+1=2', '(x)', '[a-z]', 'a b\tc\nd', '#hash', '&~', 'ü日', '\x00', '-_']:
    e = re.escape(s)
    print(repr(s), repr(e), re.fullmatch(e, s) is not None)
print(re.escape(b'(1+1)'), re.fullmatch(re.escape(b'a.b'), b'a.b'))
text = 'Price: $5.00 (approx.) [sale]'
for word in ['$5.00', '(approx.)', '[sale]']:
    print(re.search(re.escape(word), text).span())
print(re.findall(r'\\', 'a\\b\\c'))
print(re.match(r'\0', '\x00'), re.match(r'\012', '\n'), re.match(r'\1234', 'S4'))
print(re.match(r'[\1]', '\x01'), re.match(r'[\0-\x1f]+', '\x01\x02 '))
print(re.match(r'\x7e\u007e\U0000007e', '~~~'))
