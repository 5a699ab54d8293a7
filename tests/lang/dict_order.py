# dict insertion order, views, deletion and reinsertion
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 99
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
keys = d.keys()
vals = d.values()
items = d.items()
d["new"] = 1
print(list(keys), list(vals), len(items))
print("new" in keys, ("new", 1) in items, 1 in vals)
print(sorted(keys), reversed(d) is not None, list(reversed(d)))
print(keys & {"mid", "nope"}, sorted(keys | {"extra"}), sorted(keys - {"mid"}))
try:
    for k in d:
        d["x" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d2 = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del d2[i]
print(d2)
d2[0] = 0
print(list(d2))
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], sum(big))
ints = {3: "c", 1: "a", 2: "b"}
print(list(ints), sorted(ints), sorted(ints.items(), key=lambda kv: kv[1]))
print(list({}.items()), list(dict(zip("abc", range(3))).items()))
od = dict.fromkeys(["b", "a", "b", "c", "a"])
print(list(od))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(min(ints), max(ints.values()), next(iter(ints)))
