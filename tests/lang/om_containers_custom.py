# built-in containers calling custom __eq__/__hash__/__repr__
class K:
    def __init__(self, k): self.k = k
    def __hash__(self):
        print("hash", self.k); return hash(self.k)
    def __eq__(self, o):
        print("eq", self.k, getattr(o, "k", o)); return isinstance(o, K) and self.k == o.k
    def __repr__(self): return f"K({self.k})"
d = {K(1): "one"}
print(d[K(1)])
s = {K(2), K(2)}
print(len(s))
print(K(3) in [K(1), K(3)])
print([K(1), K(2)] == [K(1), K(2)])
print((K(1),) == (K(2),))
print([K(1)].index(K(1)), [K(1), K(1)].count(K(1)))
l = [K(1), K(2)]
l.remove(K(2))
print(l)
print(repr({K(1): [K(2), (K(3),)]}))
# identity shortcut: same object compares equal without __eq__
k = K(9)
print([k] == [k], k in [k], {k: 1}[k])
# hash collisions handled by eq
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
cs = {Collide(i) for i in range(5)}
print(len(cs), Collide(3) in cs, Collide(7) in cs)
# mutating a key's hash
class Mut:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return self is o
m = Mut(1)
dd = {m: "val"}
m.v = 2
print(m in dd, list(dd.values()))
# dict.__eq__ with custom values
print({"a": K(1)} == {"a": K(1)})
# sets of custom objects: union/intersection call eq
print(sorted(x.k for x in {K(1), K(2)} & {K(2), K(3)}))
