# set and frozenset operations
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)), a.isdisjoint({7}), a.isdisjoint(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {1, 2}.issubset(a), a.issuperset([1]))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
s.discard(100)
s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = {42}.pop()
print(p)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c.clear()
print(c, sorted(a))
x = {1, 2, 3}
x |= {4}; x &= {1, 2, 4}; x -= {1}; x ^= {9}
print(sorted(x))
fs = frozenset([3, 1, 3])
print(sorted(fs), type(fs).__name__, fs == {1, 3}, {fs: "frozen key"}[frozenset({1, 3})])
print(type(fs | {5}).__name__, type({5} | fs).__name__)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(set("hello") == {"h", "e", "l", "o"}, len(set("hello")), 2 in {1, 2}, {1, 1.0, True})
print(set(), frozenset(), {()} , sorted({-1, 10, 5, 0}))
print(sorted({1, 2} | frozenset([3])), hash(frozenset([1])) == hash(frozenset([1])))
print({1, 2} == frozenset([1, 2]), set([1]) != {2}, sorted(set(range(5)) - set(range(0, 5, 2))))
print(sorted({x % 4 for x in range(100)}), max({3, 9, 1}), sum({1, 2, 3}))
