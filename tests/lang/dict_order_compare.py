# dict: insertion order after deletes/updates, equality ignoring order, comprehension, nested, numeric key unification
d = {}
for k in 'hello world':
    d[k] = d.get(k, 0) + 1
print(d, list(d), list(d.values()))
del d['l']
d['l'] = 0
print(list(d.items()))
d.update({'h': 100, 'new': 1})
print(list(d))
d2 = dict(reversed(list(d.items())))
print(d == d2, list(d2)[:3])
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 1, 0.0: 2, False: 3, -0.0: 4})
print({(1, 2): 'x', (1.0, 2.0): 'y'}, {frozenset([1]): 1, frozenset([1.0]): 2})
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big.values()))
for i in range(0, 1000, 3):
    big[i] = -i
print(list(big)[-3:], list(big)[666:669])
nested = {'a': {'b': {'c': [1, {'d': 2}]}}}
print(nested['a']['b']['c'][1]['d'], nested == {'a': {'b': {'c': [1, {'d': 2}]}}}, nested != {'a': {}})
print({k: v for k, v in zip('abc', range(3)) if v}, dict.fromkeys(range(3), []) == {0: [], 1: [], 2: []})
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), max({'x': 5, 'y': 9}, key={'x': 5, 'y': 9}.get))
e = {}
e[2**70] = 'big'
e[-1] = 'neg'
e[1.5] = 'float'
e[None] = 'none'
e[()] = 'tuple'
print(e[2**70], e[-1.0] if -1.0 in e else '', e[1.5], e[None], e[()], len(e))
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
kd = {K(1): 'a', K(2): 'b', K(1): 'c'}
print(len(kd), [k.v for k in kd], kd[K(2)])
print(list({'x': 1} | {'y': 2} | {'x': 3}), {**{'a': 1}, **{'a': 2, 'b': 3}}, dict(**{'k': 1}, j=2))
