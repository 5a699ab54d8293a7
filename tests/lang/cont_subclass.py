# subclasses of the built-in containers: attributes, super() calls into the C
# methods, dunder wrappers, __missing__, tuple subclasses with __new__
class P(tuple):
    def norm(self):
        return sum(x * x for x in self)
p = P((3, 4))
p.tag = "pt"
q = P([1, 2, 3, 4, 5, 6, 7])
q.tag = "q"
print(p, p.norm(), p.tag, q, q.tag, p[0], len(q), type(p[1:]).__name__, p == (3, 4), hash(p) == hash((3, 4)))

class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self):
        return self[0]
    def __repr__(self):
        return "Pair" + super().__repr__()
n = Pair(5, 6)
print(n, n.a, type(n).__name__, isinstance(n, tuple), n + (7,), sorted([Pair(2, 1), Pair(1, 9)]))

class LoggedList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __repr__(self):
        return "LL" + super().__repr__()
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = None
ll = LoggedList([1])
ll.append(2)
ll += [3]
ll.extend(range(4, 6))
print(ll, len(ll), ll[1:3], type(ll[1:3]).__name__, ll == [1, 2, 3, 4, 5], ll < [9], list.__repr__(ll))
ll.sort(reverse=True)
print(ll, list(reversed(ll)), ll.pop(), ll.index(4))

class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list, a=[0])
dd["x"].append(1)
dd["x"].append(2)
dd["y"]
print(dd, dd.factory, "z" in dd, dd.get("z"), sorted(dd), dict(dd) == {"a": [0], "x": [1, 2], "y": []})

class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
ud = UpperDict()
ud["a"] = 1
ud.update(b=2)
print(ud, ud["A"], ud["a"], list(ud.items()), sorted(ud.keys() & {"A", "b"}))

class Tags(set):
    def add(self, x):
        super().add(x.lower())
t = Tags()
t.add("A")
t.add("a")
t.update(["B"])
print(sorted(t), type(t | {"c"}).__name__, t.copy().__class__.__name__, Tags("xy") == {"x", "y"}, repr(Tags()))

class Frozen(frozenset):
    pass
f = Frozen([1, 2])
print(f, hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset({1, 2})], type(f & {1}).__name__)
class R(list):
    pass
r = R()
r.append(r)
print(r, repr(r) == "[[...]]")
