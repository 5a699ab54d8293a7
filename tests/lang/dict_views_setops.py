# dict views: set operations, comparisons, reversed, mapping attribute, isdisjoint
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 3, 'd': 4}
k, v, it = d.keys(), d.values(), d.items()
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k & {'a', 'z'}), sorted(k | ['x']), sorted(k - ('a',)), sorted(['q', 'a'] - k), sorted({'a', 'z'} ^ k))
print(sorted(it & e.items()), sorted(it - e.items()), sorted(it | {('z', 0)}), sorted(it ^ e.items()))
print(k == {'a', 'b', 'c'}, k == ['a', 'b', 'c'], k <= {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c'}, k > {'a'}, k >= k)
print(it == {('a', 1), ('b', 2), ('c', 3)}, it <= d.items(), ('a', 1) in it, ('a', 2) in it, ['a', 1] in it, 'a' in k, 1 in v)
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), it.isdisjoint([('a', 1)]), v == v, v == d.values())
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), len(k), len(v), len(it))
print(dict(k.mapping) == d, k.mapping['a'])
print(repr(k), repr(v), repr(it), repr({}.keys()))
print(type(k & e.keys()).__name__, type(it | e.items()).__name__)
try:
    k & 5
except TypeError as e:
    print('TypeError', e)
try:
    it - [1]
except TypeError as e:
    print('TypeError', e)
try:
    v & v
except TypeError as e:
    print('TypeError', e)
try:
    hash(k)
except TypeError as e:
    print('TypeError', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError', e)
try:
    ['unhashable'] in k
except TypeError as e:
    print('TypeError', e)
print([1] in it, (1, [2]) in it)
live = d.keys()
d['z'] = 26
print(sorted(live), len(live))
del d['z']
ri = reversed(d.items())
print(next(ri), type(ri).__name__ if False else '', list(ri))
rk = reversed(d)
d['new'] = 1
try:
    next(rk)
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(d.keys() ^ d.keys()), sorted(d.keys() - set()), {1: 1}.items() & {(1, 1)}, set(d.items()) == set(d.items()))
