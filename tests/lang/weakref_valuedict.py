# WeakValueDictionary: entries disappear when their values are collected.
import weakref, gc


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


vals = [Obj(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for v in vals:
    d["k%d" % v.n] = v
del v
print(len(d), sorted(d), d["k3"], d.get("k9", "none"), "k2" in d, "zz" in d)
print(sorted(d.keys()), sorted(x.n for x in d.values()))
print(sorted((k, v.n) for k, v in d.items()))
print(repr(d).startswith("<WeakValueDictionary at 0x"))

# removing values makes entries vanish at the next collection
del vals[0:4:2]
gc.collect()
print(len(d), sorted(d))
try:
    d["k0"]
except KeyError as e:
    print("KeyError", e)

# mutation API
d["new"] = vals[0]
print(d.pop("new").n, "new" in d)
print(d.pop("missing", "dflt"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
keep = Obj(100)
print(d.setdefault("sd", keep).n, d.setdefault("sd", Obj(5)).n)
del d["sd"]
print("sd" in d)
d.update({"u1": vals[1]}, u2=vals[2])
print(sorted(d))
c = d.copy()
print(type(c).__name__, sorted(c) == sorted(d))
refs = d.valuerefs()
print(len(refs), all(r() is not None for r in refs))
print(sorted(r().n for r in d.itervaluerefs()))
k, v = d.popitem()
print(k not in d, isinstance(v, Obj))

# iteration while values die: entries are removed after the loop
vals2 = [Obj(i) for i in range(10, 20)]
d2 = weakref.WeakValueDictionary((i, o) for i, o in enumerate(vals2))
print(len(d2))
seen = []
for key in d2.keys():
    seen.append(key)
    if key == 3:
        vals2.clear()
        o = None
        gc.collect()
print(len(seen) >= 4, len(d2))

# values that die while nothing iterates
d3 = weakref.WeakValueDictionary()
for i in range(50):
    d3[i] = Obj(i)
gc.collect()
print(len(d3), list(d3.items()))
d3.clear()
print(len(d3))

# | and |=
a = Obj(1)
b = Obj(2)
x = weakref.WeakValueDictionary({"a": a})
y = x | {"b": b}
print(type(y).__name__, sorted(y))
x |= {"b": b}
print(sorted(x))
print(x == {"a": a, "b": b})
