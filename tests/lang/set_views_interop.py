# sets interoperating with dict views, ranges and iterables; frozenset keys; set comprehension; comparisons with views
d = {'a': 1, 'b': 2, 'c': 3}
s = {'b', 'c', 'd'}
print(sorted(s & d.keys()), sorted(s | d.keys()), sorted(s - d.keys()), sorted(s ^ d.keys()))
print(sorted(d.keys() & s), sorted(d.keys() - s), s <= d.keys() | {'d'}, d.keys() >= {'a'}, s.issubset(d.keys() | s))
print(sorted(set(range(5)) & set(range(3, 8))), set(range(3)) == {0, 1, 2}, set(range(3)) == frozenset(range(3)))
print(sorted(s.union(d)), sorted(s.intersection(d.values(), ['b', 2])) if False else '', sorted(s.difference(d)), s.isdisjoint(d.values()))
fs = {frozenset({1, 2}): 'x', frozenset(): 'empty'}
print(fs[frozenset({2, 1})], fs[frozenset()], frozenset({1, 2}) in fs, {1, 2} in {frozenset({1, 2})})
print(sorted({x % 5 for x in range(20)}), {c for c in 'hello' if c in 'lo'} == {'l', 'o'}, len({(i, i) for i in range(10)}))
nested = {frozenset({frozenset({1})}), frozenset()}
print(len(nested), frozenset({frozenset({1})}) in nested)
a = {1, 2, 3}
b = a
b |= {4}
print(sorted(a), a is b)
c = frozenset({1})
e = c
e |= {2}
print(sorted(c), sorted(e), c is e)
print(set('abc') == set('cba'), set() == frozenset(), {1} < {1, 2} < {1, 2, 3}, not ({1} < {2}) and not ({1} > {2}))
print(sorted(set([3, 1, 2])), min({5, 3, 9}), max(frozenset('xyz')), sum({1, 2, 3}), sorted(map(abs, {-1, 1, -2})))
print({1, 2} | {2: 'a'}.keys(), {(1, 2)} & {1: 2}.items())
