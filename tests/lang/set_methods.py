# more set behaviour: methods with multiple args, update variants, comprehension, iteration
a = set(range(10))
a.difference_update({1, 2}, [3])
print(sorted(a))
a.intersection_update(range(0, 10, 2), {0, 4, 6, 8, 100})
print(sorted(a))
a.symmetric_difference_update({4, 5})
print(sorted(a))
b = {1, 2}
b.update("ab", (3,))
print(sorted(b, key=str))
print(sorted(set.union({1}, {2}, {3})), sorted({1, 2, 3}.intersection({2, 3}, {3})))
print(sorted({1, 2, 3}.difference({1}, {2})), {1, 2}.issubset(range(5)), {1, 7}.issubset(range(5)))
s = {3, 1, 2}
out = []
while s:
    out.append(s.pop())
print(sorted(out), s)
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(words) - len(set(words)))
seen = set()
dups = []
for w in words:
    if w in seen and w not in dups:
        dups.append(w)
    seen.add(w)
print(dups)
print({x * x for x in range(-3, 4)} == {0, 1, 4, 9}, len({x * x for x in range(-3, 4)}))
fs1 = frozenset("abc")
fs2 = frozenset("cde")
print(sorted(fs1 | fs2), sorted(fs1 & fs2), sorted(fs1 - fs2), fs1 < frozenset("abcd"))
print(fs1.union("z") == frozenset("abcz"), type(fs1.copy()).__name__, fs1.isdisjoint("xyz"))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({1, 2}) in nested)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
print(set([1, 2]) == {2, 1}, set() == frozenset(), {1} != {1.0}, {0} == {False})
print(sorted(set("hello") & set("world")), sorted(set("hello") | set("world")))
print(min({4, 2, 8}), max(frozenset([4, 2, 8])), sum({0.5, 0.25}), sorted({-1, 1}, key=abs))
