# strings with astral and combining characters: len, iteration, slicing, reversed, find, comparison, sorting by code point
s = 'a😀b\U0001F1EB\U0001F1F7c\u0301\U00010400'
print(len(s), [hex(ord(c)) for c in s], s[1], s[3:5], s[::-1] == ''.join(reversed(s)), s.find('\U0001F1F7'), s.rfind('c'))
print(s.upper() == s.upper(), s.lower()[-1] == '\U00010428', s.swapcase()[-1], s.isprintable(), s.encode('utf-16-le')[:4] if False else '')
print(sorted(['😀', 'z', '\uffff', '\U00010000', 'é']), max('a😀'), min(['\U0010ffff', '\U00010000']))
print('😀' < '\U0001F601', '\ud7ff' < '\ue000', chr(0x1F600) == '😀', ord(s[1]), repr(s), ascii(s))
for i, ch in enumerate(s):
    print(i, repr(ch), ch.isalpha(), ch.isalnum(), ch.isprintable(), len(ch.encode('utf-8')))
print(s.count('😀'), s.replace('😀', 'X'), s.split('b'), s.partition('c'), s.center(12, '*'), s.zfill(10))
print(list(map(ord, '😀😀')), '😀'.join('ab'), '-'.join(s[:3]), s[1:2] * 2)
