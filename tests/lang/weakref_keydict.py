# WeakKeyDictionary: entries disappear when their keys are collected;
# keys are compared by equality through the weak references.
import weakref, gc


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return "K(%d)" % self.n


keys = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
del k
print(len(d), d[keys[2]], d[K(2)], K(3) in d, K(9) in d, 5 in d)
print(sorted(d.values()), sorted(k.n for k in d.keys()), sorted((k.n, v) for k, v in d.items()))
print(d.get(K(4)), d.get(K(7), "none"))

del keys[0]
gc.collect()
print(len(d), sorted(k.n for k in d))

d[keys[0]] = "replaced"
print(d[K(1)], len(d))
print(d.pop(K(1)), len(d), d.pop(K(1), "gone"))
print(d.setdefault(keys[1], "sd"), d.setdefault(keys[1], "other"))
del d[keys[1]]
print(K(2) in d)
refs = d.keyrefs()
print(len(refs), sorted(r().n for r in refs))
c = d.copy()
print(type(c).__name__, len(c))
d.update({keys[0]: "u"})
print(d[keys[0]])
k, v = d.popitem()
print(isinstance(k, K), len(d))

# the object-keyed cache idiom
class Node:
    pass


cache = weakref.WeakKeyDictionary()
nodes = [Node() for _ in range(20)]
for i, n in enumerate(nodes):
    cache[n] = i
print(len(cache))
del nodes[10:]
del n
gc.collect()
print(len(cache), sorted(cache.values()))
nodes.clear()
gc.collect()
print(len(cache), list(cache.items()))
try:
    d[1] = 2
except TypeError as e:
    print(e)
