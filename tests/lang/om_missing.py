# __missing__ on dict subclasses
class D(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
d = D(a=1)
print(d["a"], d["bb"], d.get("zz"), "bb" in d, len(d))
try:
    print(d.pop("q"))
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("s", 5), d)
class Raise(dict):
    def __missing__(self, k):
        raise LookupError(f"no {k}")
try:
    Raise()["x"]
except LookupError as e:
    print(type(e).__name__, e)
class Store(dict):
    def __missing__(self, k):
        self[k] = v = len(self)
        return v
s = Store()
print(s["a"], s["b"], s["a"], s)
# __missing__ only used by __getitem__ of subclass, not by dict itself
print(dict.__getitem__(Store(), "x") if False else "skip")
try:
    dict.__getitem__(Store(), "x")
    print("dict.__getitem__ used __missing__")
except KeyError as e:
    print("KeyError", e)
# instance attribute __missing__ is ignored
class P(dict): pass
p = P()
p.__missing__ = lambda k: "inst"
try:
    p["k"]
except KeyError as e:
    print("KeyError", e)
# defaultdict-like with factory
class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        self[key] = val = self.factory()
        return val
dd = DefaultDict(list)
dd["x"].append(1); dd["x"].append(2); dd["y"]
print(dd, sorted(dd))
# __missing__ = None
class MNone(dict):
    __missing__ = None
try:
    MNone()["k"]
except TypeError as e:
    print("TypeError", e)
# non-dict class with __missing__ is ordinary
class NotDict:
    def __missing__(self, k): return 1
    def __getitem__(self, k): raise KeyError(k)
try:
    NotDict()["k"]
except KeyError as e:
    print("KeyError", e)
# __missing__ with unhashable key
try:
    D()[[1]]
except TypeError as e:
    print("TypeError", e)
# KeyError repr for tuples and empty
for k in [(1, 2), (), "", None]:
    try:
        {}[k]
    except KeyError as e:
        print(repr(e), str(e))
