# str indexing, slicing with steps, comparison, hashing equality, iteration, ord/chr
s = 'héllo wörld😀'
print(s[0], s[-1], s[3:7], s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[100:], s[-100:2], s[5:1], s[5:1:-1], s[::-3])
for i in [len(s), -len(s) - 1, 2**70]:
    try:
        s[i]
    except IndexError as e:
        print('IndexError', e)
try:
    s['a']
except TypeError as e:
    print('TypeError', e)
try:
    s[1] = 'x'
except TypeError as e:
    print('TypeError', e)
try:
    del s[1]
except TypeError as e:
    print('TypeError', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
print(s[slice(1, 5)], s[slice(None, None, -2)], s[True], s[False:True])
print('a' < 'b', 'a' < 'ab', 'B' < 'a', 'é' > 'z', '😀' > '\uffff', 'abc' == 'abc', 'a' != 'a', 'abc' <= 'abd', '' < 'a')
for op in ['<', '<=', '>', '>=']:
    try:
        eval("'a' %s 1" % op)
    except TypeError as e:
        print('TypeError', e)
print('a' == 1, 'a' != None, hash('abc') == hash('ab' + 'c'), hash('') == hash(str()), len({'a', 'a', 'b'}))
print([c for c in 'aé😀'], list(reversed('abc')), ''.join(sorted('hello')), min('hello'), max('hello'))
for cp in [0, 65, 127, 128, 255, 256, 0xD800, 0xFFFF, 0x10000, 0x10FFFF]:
    print(cp, repr(chr(cp)), ord(chr(cp)) == cp, ascii(chr(cp)))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: chr('a'), lambda: ord(''), lambda: ord('ab'),
          lambda: ord(1), lambda: ord(b'ab'), lambda: ord(bytearray(b'z')), lambda: chr(2**70)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(str(), str(5), str(b'ab'), str(b'ab', 'ascii'), str(b'\xff', 'latin-1'), str(object='x'), str(None), str([1, 'a']))
for f in [lambda: str(b'\xff', 'utf-8'), lambda: str(1, 'ascii'), lambda: str('a', 'ascii'), lambda: str(b'a', 'nope'), lambda: str(b'a', encoding=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
