# translate with large tables, surrogates, deletions and expansions; maketrans dict forms with int and str keys mixed
table = str.maketrans({'a': '1', 98: '22', 'c': None, '€': 'EUR', 0x1F600: ':)'})
print(sorted(table.items()))
print('abcabc€😀x'.translate(table))
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
msg = 'Hello, World! Python 3.13'
enc = msg.translate(rot13)
print(enc, enc.translate(rot13) == msg)
print('hello'.translate({ord('l'): 'L' * 3}), 'hello'.translate(dict.fromkeys(map(ord, 'aeiou'))), 'hello'.translate({}))
print(''.join(chr(i) for i in range(100, 110)).translate({i: i + 1 for i in range(100, 110)}))
class Lazy:
    def __getitem__(self, c):
        if chr(c).isdigit():
            return '#'
        raise LookupError
print('a1b22c333'.translate(Lazy()))
try:
    'x'.translate({ord('x'): b'y'})
except TypeError as e:
    print('TypeError', e)
print(str.maketrans('', '', 'abc') == {97: None, 98: None, 99: None}, len(str.maketrans('aab', 'xyz')), str.maketrans('aab', 'xyz')[97])
