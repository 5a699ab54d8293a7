import collections
import dataclasses
import pprint
import types

od = collections.OrderedDict((k, list(range(k))) for k in range(8, 14))
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict(), width=5)
dd = collections.defaultdict(list, {'alpha': [1, 2, 3] * 4, 'beta': 'x' * 30, 'gamma': None})
pprint.pprint(dd, width=40)
pprint.pprint(collections.defaultdict(int), width=5)
c = collections.Counter('abracadabra' * 3 + 'xyz')
pprint.pprint(c, width=30)
pprint.pprint(c, width=30, indent=3)
cm = collections.ChainMap({'a': list(range(12)), 'b': 2}, {'c': 'three' * 8})
pprint.pprint(cm, width=40)
pprint.pprint(collections.ChainMap(), width=5)
pprint.pprint(collections.deque(range(30)), width=30)
pprint.pprint(collections.deque(range(30), maxlen=20), width=30)
pprint.pprint(collections.deque(), width=5)
pprint.pprint(collections.UserDict({'k%d' % i: i for i in range(12)}), width=30)
pprint.pprint(collections.UserList(list(range(25))), width=30)
pprint.pprint(collections.UserString('ab ' * 40), width=30)
pprint.pprint(bytearray(b'0123456789abcdefghijklmnopqrstuvwxyz' * 2), width=40)
pprint.pprint(types.MappingProxyType({'a' * 20: 1, 'b' * 20: [2] * 10}), width=40)
ns = types.SimpleNamespace(name='value' * 5, items=list(range(20)), nested=types.SimpleNamespace(a=1, b='two' * 10))
pprint.pprint(ns, width=40)
d = {'key%02d' % i: i * i for i in range(15)}
pprint.pprint(d.keys(), width=40)
pprint.pprint(d.values(), width=40)
pprint.pprint(d.items(), width=50)
pprint.pprint(d.items(), width=50, sort_dicts=False)
pprint.pprint({}.keys(), width=5)


@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'origin point with a long label'
    tags: list = dataclasses.field(default_factory=lambda: list(range(12)))
    hidden: int = dataclasses.field(default=0, repr=False)


pprint.pprint(Point(1, 2), width=40)
pprint.pprint([Point(3, 4, 'short', [])], width=20)


@dataclasses.dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!' * 20


pprint.pprint(Custom(1), width=20)


@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int


print(pprint.pformat(NoRepr(1), width=5).startswith('<'))
pprint.pprint({'od': od, 'dq': collections.deque('abc'), 'c': collections.Counter('aab')}, width=50)
