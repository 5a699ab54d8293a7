import io
import pprint

data = {
    'name': 'asp interpreter', 'version': (3, 13, 0), 'tags': ['fast', 'safe', 'embeddable', 'python'],
    'nested': {'a': list(range(30)), 'b': {'x': 1, 'y': [1, 2, {'deep': 'value' * 5}]}},
    'empty': {}, 'elist': [], 'etuple': (), 'one': (1,), 'set': {3, 1, 2}, 'fs': frozenset({5, 4}),
    'text': 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore',
    'none': None, 'float': 3.25, 'bool': True, 'bytes': b'hello world bytes',
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=60, indent=4))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=50))
pprint.pp(data, width=50)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint([list(range(10))] * 4, width=30, compact=True)
pprint.pprint(list(range(40)), width=30)
pprint.pprint(tuple(range(25)), width=20)
pprint.pprint((list(range(25)),), width=30)
pprint.pprint(set(range(30)), width=40)
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint({'k': frozenset(range(20))}, width=40)
s = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(s)
pprint.pprint(s, width=30)
pprint.pprint([s, s[:20]], width=40)
pprint.pprint({'key': s}, width=50)
pprint.pprint("line one\nline two is longer than the others\nthree\n", width=20)
pprint.pprint("nospacesatallinthisverylongstringwhichcannotbebrokenanywhere", width=20)
pprint.pprint(b'0123456789abcdefghijklmnopqrstuvwxyz' * 2, width=30)
pprint.pprint([b'0123456789abcdefghijklmnopqrstuvwxyz'], width=30)
pprint.pprint(b'0123456789abcdefghijklmnopqrstuvwxy', width=20)
pprint.pprint(10**20, underscore_numbers=True)
pprint.pprint([10**8, -12345678], underscore_numbers=True)
pprint.pprint({3: 'c', 1: 'a', 2: 'b'})
pprint.pprint({3: 'c', 1: 'a', 2: 'b'}, sort_dicts=False)
pprint.pprint({1: 'a', 'b': 2, None: 3, (1, 2): 4})
pprint.pprint({'z' * 30: 1, 'y' * 30: [1, 2, 3] * 5}, width=40)
lst = [1, 2]
lst.append(lst)
print(pprint.isrecursive(lst), pprint.isreadable(lst))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object]), pprint.isrecursive([1, [2]]))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))
print(pprint.saferepr("x"), pprint.saferepr([]), pprint.saferepr(()), pprint.saferepr({}))
d = {'x': 1}
d['self'] = d
print(pprint.saferepr(d).startswith("{'self': <Recursion on dict with id="))
print(pprint.pformat(d).startswith("{'self': <Recursion on dict with id="))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(pp.pformat([[[['deep']]], {'a': {'b': {'c': 1}}}]))
print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]), pp.isreadable(lst))
print(pp.format([1, 2], {}, 0, 0))
print(pp.format([[1]], {}, 1, 0))
sio = io.StringIO()
pprint.pprint(list(range(30)), stream=sio, width=20)
print(repr(sio.getvalue()[:40]))
pprint.PrettyPrinter(stream=sio).pprint('x')
print(repr(sio.getvalue()[-4:]))
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError', e)


class L(list):
    pass


class R(list):
    def __repr__(self):
        return 'R!'


pprint.pprint(L(range(30)), width=30)
pprint.pprint(R(range(30)), width=3)
pprint.pprint([R()] * 3, width=5)
pprint.pprint([1, 2, 3], width=1)
pprint.pprint({'a': [1, 2, 3]}, width=1)
pprint.pprint((), width=1)
pprint.pprint([('a', 1), ('b', 2), ('c', 3)] * 3, width=40)
pprint.pprint({'long': [{'id': i, 'name': 'item%d' % i} for i in range(4)]}, width=45, indent=3)
