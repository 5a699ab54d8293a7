# dict: counting, grouping, nested dicts, dict() constructors, errors
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print({k: groups[k] for k in sorted(groups)})
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv)
print(dict(zip(["a", "b"], [1, 2])), dict(enumerate("xy")))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
d = {"k": 1}
print(d.get("k", "unused"), d.setdefault("k", "unused"), d.pop("k"), d)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Key) and o.v == self.v
kd = {Key(1): "one", Key(2): "two"}
print(kd[Key(1)], Key(3) in kd, len(kd))
kd[Key(1)] = "uno"
print(len(kd), kd[Key(1)])
f = {0.5: "half", 2: "two"}
print(f[0.5], f[2.0], f.get(2))
try:
    {}.update(5)
except TypeError as e:
    print("TypeError:", e)
print(sum({1: 10, 2: 20}.values()), list({1: 10}.__iter__()))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.values()))
deep = {}
cur = deep
for k in "abc":
    cur = cur.setdefault(k, {})
print(deep)
