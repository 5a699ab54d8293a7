# dict: order, deletion, resizing, views, set operations, errors, subclasses
def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {}
for i in range(1000):
    d[i * 7 % 1000] = i
for i in range(0, 1000, 3):
    del d[i]
print(len(d), list(d)[:10], list(d.values())[-5:])
for i in range(-1, -50, -1):
    d[i] = i
print(list(d.items())[-3:], d.get(-49), d.get(3), d.get(3, "dflt"))
d2 = {"b": 1, "a": 2}
d2["c"] = 3
d2["b"] = 4
print(d2, list(d2.keys()), list(reversed(d2)), list(reversed(d2.items())), list(reversed(d2.values())))
print(d2.pop("a"), d2.pop("zz", None), d2.setdefault("b", 9), d2.setdefault("d", 5), d2)
print(d2.popitem(), d2.popitem(), d2)
err(lambda: {}.popitem())
err(lambda: {}["k"])
err(lambda: {}.pop("k"))
err(lambda: {[1]: 2})
err(lambda: {}.get([1]))
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict([1]))
err(lambda: dict(1))
print(dict(a=1, b=2), dict([("x", 1), ["y", 2]], z=3), dict({1: 2}, one=1), dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print({1: 1, True: 2, 1.0: 3}, {0: "a", False: "b"})
e = {1: "a"}
e.update({2: "b"}, three=3)
e.update([(4, "d")])
print(e, e | {1: "z"}, {0: 0} | e)
e |= [(5, "e")]
print(e)
k = e.keys()
print(k & {1, 2, 99}, sorted(k | {0}, key=str), sorted(k - {1}, key=str), sorted(k ^ {1, 100}, key=str), {1, 2} - k, [2, 3] & k, k == {1, 2, 'three', 4, 5}, k <= {1, 2, 'three', 4, 5, 6})
it = {1: 2, 3: 4}.items()
print(it & {(1, 2)}, (1, 2) in it, (1, 3) in it, it - {(1, 2)}, it.isdisjoint([(9, 9)]), k.isdisjoint([1]))
print(len(k), repr(k), repr(e.values()), repr(e.items()), k.mapping == e)
print(2 in e, "a" in e.values(), e.values() == e.values())

def mutate():
    m = {1: 1, 2: 2}
    for key in m:
        m[key + 10] = 0
err(mutate)
def mutate2():
    m = {1: 1, 2: 2}
    for key in m:
        del m[key]
        m[key + 10] = 0
err(mutate2)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["x"] += 2
print(c, c["y"], "y" in c, c.get("y"), type(c).__name__)
class D(dict):
    pass
dd = D(a=1)
print(dd, dd.copy(), type(dd.copy()).__name__, D.fromkeys([1]), type(D.fromkeys([1])).__name__)

r = {}
r["self"] = r
print(r)
v = {1: {2: {3: {}}}}
print(v, v == {1: {2: {3: {}}}}, v != {1: {2: {3: 4}}})

class BadEq:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        table.clear()
        return False
table = {}
table[BadEq(1)] = 1
table[BadEq(1)] = 2
print(len(table))

big = {str(i): i for i in range(600)}
for i in range(0, 600, 2):
    del big[str(i)]
print(len(big), big["599"], list(big)[:3], sum(big.values()))
