# dict keys of mixed types, numeric equality of keys, None/bool/tuple/frozenset keys
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "true"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "float zero"
print(d)
mixed = {None: "none", "s": "str", (1, 2): "tuple", frozenset({1}): "frozenset", 2.5: "float", -3: "neg"}
for k in [None, "s", (1, 2), frozenset([1]), 2.5, -3]:
    print(repr(k), mixed[k])
print((1, 2) in mixed, [1, 2] in [list(k) for k in mixed if isinstance(k, tuple)])
try:
    mixed[[1, 2]]
except TypeError as e:
    print("TypeError:", e)
try:
    mixed[{1}] = 1
except TypeError as e:
    print("TypeError:", e)
big = {2 ** 100: "big", -(2 ** 100): "neg big"}
print(big[2 ** 100], big[-(2 ** 100)], 2.0 ** 100 in big)
nan = float("nan")
nd = {nan: "nan"}
print(nd[nan], float("nan") in nd)
print({1: "a", 1.0: "b"}, {0: "x", -0.0: "y"}, {(1,): 1, (1.0,): 2})
counts = {}
for v in [1, 1.0, True, 2, 2.0, "2"]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
class K:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, K) and self.n == o.n
    def __hash__(self):
        return self.n % 3
ks = {K(i): i for i in range(7)}
print(len(ks), ks[K(4)], K(10) in ks, [k.n for k in ks])
del ks[K(3)]
print(len(ks), sorted(k.n for k in ks))
print(dict.fromkeys([1, 1.0, True]), list({"b": 0, "a": 0}))
