# A class's __dict__ is a read-only live view (mappingproxy), as is a dict
# view's .mapping; types.MappingProxyType is the same type.
import types


class C:
    x = 1

    def m(self):
        return 2


d = C.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType, d["x"], "m" in d, "zz" in d)
C.y = 5
print("y" in d, d["y"], d.get("y"), d.get("nope", "dflt"), len(d) == len(dict(d)))
for op in [lambda: d.__setitem__("z", 1), lambda: d.__delitem__("x"), lambda: d.pop("x"),
           lambda: d.update({}), lambda: d.clear(), lambda: d.setdefault("q", 1)]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d["z"] = 3
except TypeError as e:
    print("TypeError", e)
print(sorted(k for k in d.keys() if not k.startswith("__")), type(d.copy()).__name__)
cp = d.copy()
cp["w"] = 1
print("w" in d, "w" in C.__dict__)
print(sorted(k for k in d if not k.startswith("__")), [k for k in reversed(types.MappingProxyType({"a": 1, "b": 2}))])

p = types.MappingProxyType({"a": 1, "b": 2})
print(p, repr(p), str(p), len(p), list(p.items()), list(p.values()), p == {"a": 1, "b": 2}, p != {"a": 1})
print(p | {"c": 3}, {"z": 0} | p, type(p | {}).__name__)
for bad in [[1, 2], (1,), 5, "abc"]:
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError")

# a dict view's mapping cannot write the dict
k = {"a": 1}.keys()
print(type(k.mapping).__name__, k.mapping["a"])
try:
    k.mapping["b"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    C.__dict__.keys().mapping["x"] = 99
except TypeError as e:
    print("TypeError", e)
print(C.x, C().m())

# still the class namespace for vars() and inspection
print(sorted(k for k in vars(C) if not k.startswith("__")), vars(C)["x"], type(vars(C)).__name__)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__)
