# repr/ascii/str of containers and strings with special characters, recursion, nesting
items = ['', "'", '"', '\'"', '\\', '\n\t\r', '\x00\x1f\x7f', 'é', '\u200b', '\u2028', '\ud800', '😀', '\U000e0001', '\xa0', '\xad', "it's", 'a"b\'c']
for s in items:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(items))
print(ascii(items))
L = [1, 2]
L.append(L)
print(repr(L), str(L))
d = {'a': 1}
d['self'] = d
print(repr(d))
s = set()
t = (L, d)
print(repr(t))
class R:
    def __repr__(self):
        return 'Rê'
print(repr([R()]), ascii([R()]), str([R()]), ascii(R()), f'{R()!a}', '%a' % R())
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
try:
    repr([BadRepr()])
except TypeError as e:
    print('TypeError', e)
class StrOnly:
    def __str__(self):
        return 'S'
print(str(StrOnly()), repr(StrOnly())[:9], str([StrOnly()])[:10])
print(repr(1.0), repr(-0.0), repr(1e100), repr(float('nan')), repr(float('-inf')), repr(10**20), repr(-5), repr(True), repr(None))
print(repr(b'\x00a\'"'), repr(bytearray(b'x')), repr(range(3)), repr(slice(1, 2)), repr(frozenset()), repr(set()), repr({}), repr(()))
print(repr(...), repr(NotImplemented), repr(int), repr(len), repr(print)[:26], repr(type(None)))
nested = [[[[[]]]]]
print(repr(nested), repr({1: {2: {3: ()}}}), repr([(1,), {2}, {3: [4]}]))
print(str('é'), str(b'\xc3\xa9'), repr('\x1b[0m'), ascii('\x1b'), repr('\U0010ffff'), ascii('\U0010ffff'))
