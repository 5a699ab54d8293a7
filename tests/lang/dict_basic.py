# dict basics
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, "=", v)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict())
print({1: "int", 1.0: "float"}, {(1, 2): "t"}, {None: 0, True: 1})
e = {}
try:
    e.popitem()
except KeyError as err:
    print("KeyError:", err)
try:
    {[1]: 2}
except TypeError as err:
    print("TypeError:", err)
c = d.copy()
c["new"] = 1
print("new" in d, "new" in c)
d.clear()
print(d, bool(d), bool(c))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
print({**{"x": 1}, **{"y": 2}}, {"a": 1} | {"b": 2}, {"a": 1} | {"a": 2})
m = {"a": 1}
m |= {"b": 2}
print(m, len(m))
