# adding, replacing and deleting dunders on a class after creation
class V:
    def __init__(self, v): self.v = v
a, b = V(1), V(2)
ops = {"__add__": lambda s, o: V(s.v + o.v), "__sub__": lambda s, o: V(s.v - o.v),
       "__lt__": lambda s, o: s.v < o.v, "__eq__": lambda s, o: s.v == o.v,
       "__repr__": lambda s: f"V({s.v})", "__len__": lambda s: s.v, "__bool__": lambda s: s.v > 1,
       "__getitem__": lambda s, k: s.v * k, "__call__": lambda s, *a: ("called", s.v, a),
       "__hash__": lambda s: s.v, "__iter__": lambda s: iter(range(s.v)), "__neg__": lambda s: V(-s.v),
       "__contains__": lambda s, x: x == s.v, "__index__": lambda s: s.v}
try:
    a + b
except TypeError as e:
    print("TypeError", e)
for k, f in ops.items():
    setattr(V, k, f)
print(a + b, b - a, a < b, a == V(1), repr(a), len(b), bool(a), bool(b), a[5], a(9), hash(b), list(b), -a, 2 in b, [0, 1, 2][b])
print({a, V(1)} if False else len({a: 1, V(1): 2}))
V.__add__ = lambda s, o: "replaced"
print(a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print("TypeError", e)
del V.__len__, V.__bool__
print(bool(a))
del V.__repr__
print(repr(a).startswith("<__main__.V object"))
V.__eq__ = lambda s, o: NotImplemented
print(a == a, a == V(1))
V.__hash__ = None
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
# __getattr__ added later
V.__getattr__ = lambda s, n: "dyn " + n
print(a.missing)
del V.__getattr__
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
# __setattr__ added later
V.__setattr__ = lambda s, n, v: object.__setattr__(s, n, ("wrapped", v))
a.z = 1
print(a.z)
del V.__setattr__
a.z = 2
print(a.z)
# __init__ replaced
V.__init__ = lambda s, *args: object.__setattr__(s, "v", sum(args))
print(V(1, 2, 3).v)
# instance-level dunder assignment doesn't matter
c = V(5)
c.__neg__ = lambda: "inst"
print((-c).v)
# builtin types refuse
for t in (int, list, object):
    try:
        t.__add__ = lambda s, o: 0
    except TypeError as e:
        print("TypeError", e)
