# WeakSet: membership by weak reference, set operations, elements vanish
# when collected.
import weakref, gc


class E:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "E(%d)" % self.n


def ns(s):
    return sorted(x.n for x in s)


items = [E(i) for i in range(6)]
s = weakref.WeakSet(items[:4])
print(len(s), ns(s), items[0] in s, items[5] in s, 3 in s)
s.add(items[4])
s.add(items[4])
print(len(s))
s.discard(items[4])
s.discard(items[5])
print(ns(s))
try:
    s.remove(items[5])
except KeyError:
    print("KeyError on remove")
t = weakref.WeakSet(items[2:])
print(ns(s | t), ns(s & t), ns(s - t), ns(s ^ t))
print(ns(s.union(t)), ns(s.intersection(t)), ns(s.difference(t)), ns(s.symmetric_difference(t)))
print(s.issubset(items), s <= weakref.WeakSet(items), s < weakref.WeakSet(items), s >= t, s.issuperset(items[:1]))
print(s.isdisjoint(items[4:]), s.isdisjoint(items[3:]))
print(s == weakref.WeakSet(items[:4]), s != t, s == set(items[:4]))
c = s.copy()
print(type(c).__name__, ns(c))
u = weakref.WeakSet()
u |= s
u -= weakref.WeakSet(items[:1])
print(ns(u))
u &= weakref.WeakSet(items[1:3])
print(ns(u))
u ^= weakref.WeakSet(items[2:4])
print(ns(u))
u.update(items[5:])
print(ns(u))
p = u.pop()
print(isinstance(p, E), len(u))
del p                 # which element pop() chose depends on addresses
u.clear()
print(len(u))
try:
    u.pop()
except KeyError as e:
    print("KeyError", e)

# elements die
del items[0:3]
gc.collect()
print(len(s), ns(s), len(t), ns(t))
items.clear()
gc.collect()
print(len(s), list(s), len(t))

# dying while iterating: removal waits for the end of the loop
objs = [E(i) for i in range(8)]
w = weakref.WeakSet(objs)
count = 0
for x in w:
    count += 1
    if count == 2:
        objs.clear()
        gc.collect()
x = None
gc.collect()
print(count >= 2, len(w), list(w))
try:
    w.add(1)
except TypeError as e:
    print(e)
print(1 in w)
