import collections
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString
from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Hashable, Sized, Set, Callable, Generator

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, len(p), p == (1, 2))
print(type(p).__name__, Point.__module__, isinstance(p, tuple), Point.__doc__, Point.x.__doc__)
x, y = p; print(x + y, hash(p) == hash((1, 2)), p.__match_args__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(9), P3._field_defaults, P3(1, 2, 3))
R = namedtuple('R', 'a def a _x', rename=True)
print(R._fields)
for bad in [lambda: namedtuple('B', 'a a'), lambda: namedtuple('B', '_a'), lambda: namedtuple('B', 'class'),
            lambda: namedtuple('1B', 'a'), lambda: Point(1), lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: namedtuple('B', 'a', defaults=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
match p:
    case Point(x=1, y=yy):
        print('matched', yy)

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.count('a'), d.index('a'), 'x' in d, list(reversed(d)))
d.remove('a'); d.insert(1, 'Z'); d.reverse(); print(d)
del d[0]; d[0] = 'first'; print(d, d == deque(list(d)), d != deque())
m = deque(range(5), maxlen=3); print(m, m.maxlen); m.append(9); m.appendleft(-1); print(m)
print(deque('ab') + deque('c'), deque('ab') * 2, deque([1]) < deque([2]), bool(deque()), deque())
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque([1]).index(5)
except ValueError as e:
    print(e)
dd = deque([1, 2])
try:
    for v in dd:
        dd.append(3)
except RuntimeError as e:
    print(e)
r = deque([1]); r.append(r); print(r)
dm = deque(maxlen=2); dm.extend(range(10)); print(dm)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)

dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, dd['a'], 'c' in dd, dict(dd), dd.default_factory)
di = defaultdict(int, {'x': 1}); di['y'] += 2; print(sorted(di.items()), repr(defaultdict(None)))
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print(e)
print(type(dd.copy()).__name__, dd | {'z': 1})

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od, list(od)); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict.fromkeys('xy', 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.total(), sorted(c.elements())[:4])
c.update('aaz'); c.subtract({'b': 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2),
      Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2), Counter(), Counter(a=1) == Counter(a=1, b=0))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
del c['nothing']; print(Counter({'x': 2}) <= Counter({'x': 3}), Counter(['x', 'y', 'x']).most_common())

base = {'a': 1}; over = {'a': 2, 'b': 3}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0), 'a' in cm, cm)
cm['c'] = 4; print(over, cm.new_child({'a': 0})['a'], cm.parents, cm.maps[1] is base)
try:
    del cm['zz']
except KeyError as e:
    print('KeyError', e)

ud = UserDict({'a': 1}); ud['b'] = 2; print(ud, len(ud), ud.data, 'a' in ud, isinstance(ud, MutableMapping))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], ul + [5], len(ul), ul.pop())
us = UserString('hello'); print(us.upper(), us + '!', len(us), us[1:3], us.split('l'), 'ell' in us)

print(isinstance({}, Mapping), isinstance([], Sequence), isinstance((), MutableSequence),
      isinstance(iter([]), Iterator), isinstance(3, Hashable), isinstance([], Hashable),
      isinstance('', Sized), issubclass(list, MutableSequence), isinstance({1}, Set), isinstance(len, Callable),
      isinstance((x for x in ()), Generator), issubclass(dict, Mapping), isinstance({}.keys(), Set))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
mm = MyMap({'k': 1, 'j': 2})
print(mm.get('k'), mm.get('q', 9), list(mm.keys()), list(mm.items()), list(mm.values()), 'k' in mm, mm == {'k': 1, 'j': 2})
try:
    class Half(Mapping):
        def __getitem__(self, k): return 1
    Half()
except TypeError as e:
    print(e)
class MySeq(Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
s = MySeq()
print(list(s), s.index(20), s.count(30), 20 in s, list(reversed(s)))
print(collections.abc.Iterable is Iterable, Iterable[int])
