# tuples and frozensets as dict keys: equal-hash distinct keys, -1 hash remapping, nested numeric equality, order
d = {}
keys = [(1, 2), (1.0, 2.0), (True, 2), ((1,), 2), (1, (2,)), (), ((),), frozenset(), (frozenset(),), (-1,), (-2,), (None,), ('a', 'b'), ('ab',)]
for i, k in enumerate(keys):
    d[k] = d.get(k, []) + [i]
print(list(d.items()))
print(hash((-1,)) == hash((-2,)), hash(-1) == hash(-2), {(-1,): 'a', (-2,): 'b'})
print({(1, 2): 'x'}[(1.0, 2)], (1, 2) in {(True, 2.0)}, {(0,): 0}.get((False,)), {(0.0, -0.0): 'z'}[(0, 0)])
t = (1, [2])
try:
    {t: 1}
except TypeError as e:
    print('TypeError', e)
print(len({(i, j) for i in range(10) for j in range(10)}), len({(i % 3, j % 3) for i in range(10) for j in range(10)}))
print(sorted({(1, 'b'): 0, (1, 'a'): 1, (0, 'z'): 2}), min({(2, 1), (1, 2)}), max({(1, 2, 3), (1, 3)}))
