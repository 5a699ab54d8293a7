# re: sub and subn with templates and functions
import re

print(re.sub(r'a', 'b', 'banana'))
print(re.sub(r'a', 'b', 'banana', count=2))
print(re.subn(r'a', 'b', 'banana'))
print(re.subn(r'z', 'b', 'banana'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example bob@site'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub(r'x', r'\n\t\\', 'axb'))
print(repr(re.sub(r'x', r'\0', 'x')), repr(re.sub('x', r'\101', 'x')))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'', '-', 'abc'))
print(re.sub(r'\b', '|', 'hi there'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('a', lambda m: None if False else '', 'banana'))
print(re.sub(b'a', b'o', b'banana'))
print(re.sub(rb'(a)', rb'<\1>', b'banana'))
print(re.compile(r'o').sub('0', 'foo boo', 1))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.sub('a', 'b', 'aaa', flags=re.I))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  ').strip())
for bad in [r'\3', r'\g<foo>', r'\g<1', r'\g<>', r'\q', '\\', r'\g<1a>', r'\g', r'\g<-1>']:
    try:
        re.sub(r'(a)(b)', bad, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 'b', b'a')
except TypeError as e:
    print('TypeError', e)
print(re.sub(r'(?P<a>.)(?P<b>.)', r'\g<b>\g<a>', 'abcdef'))
print(re.subn(r'(\d)', r'<\1>', 'a1b2c3', count=2))
