# dict views are live; iteration; mutation errors; view set operations
inventory = {"apples": 3, "pears": 0, "plums": 7}
keys, values, items = inventory.keys(), inventory.values(), inventory.items()
print(len(keys), sorted(keys), sorted(values), sorted(items))
inventory["kiwis"] = 2
print(len(keys), "kiwis" in keys, 2 in values, ("kiwis", 2) in items, ("kiwis", 3) in items)
del inventory["pears"]
print(list(keys), list(values))
print(keys == {"apples", "plums", "kiwis"}, sorted(keys ^ {"apples", "figs"}))
print(items & {("apples", 3), ("x", 1)}, isinstance(keys, object))
for k in list(inventory):
    if inventory[k] < 3:
        del inventory[k]
print(inventory)
try:
    for k in inventory:
        inventory.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
print(inventory)
d = {i: str(i) for i in range(5)}
for k, v in d.items():
    d[k] = v * 2
print(d)
it = iter(d)
print(next(it), next(it), list(it))
vit = iter(d.values())
print(next(vit), list(vit)[-1])
print(list(reversed(d.items()))[:2], list(reversed(d.values()))[0])
try:
    d.keys()[0]
except TypeError as e:
    print("TypeError:", e)
total = 0
for value in {"a": 1, "b": 2, "c": 3}.values():
    total += value
print(total, max({"x": 5, "y": 9}.items(), key=lambda kv: kv[1]))
e = {}
print(list(e.items()), len(e.keys()), bool(e.values()))
ks = {"a": 1}.keys()
print(ks | {"b"} == {"a", "b"}, ks - {"a"}, type(ks - {"a"}).__name__)
