# comparisons used by sorting, min/max, bisect-like code and containers
class Ver:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
    def __lt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.parts < o.parts
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    __hash__ = None
vs = [Ver(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), sorted(vs, reverse=True), min(vs), max(vs))
print(Ver("1.0") > Ver("0.1"), Ver("1.0") <= Ver("1.0") if hasattr(Ver, "__le__") and Ver.__le__ is not object.__le__ else "no __le__")
try:
    Ver("1") <= Ver("2")
except TypeError as e:
    print("TypeError", e)
try:
    sorted([Ver("1"), 3])
except TypeError as e:
    print("TypeError", e)
print(vs.count(Ver("1.2")), vs.index(Ver("1.2.1")), Ver("0.9") in vs)
# sort only uses __lt__
class OnlyLt:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        OnlyLt.calls += 1
        return self.v < o.v
s = sorted(OnlyLt(v) for v in [3, 1, 2])
print([o.v for o in s], OnlyLt.calls > 0)
# reflected __gt__ used when left has no __lt__
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print([o.v for o in sorted([OnlyGt(2), OnlyGt(1)])])
# tuple comparison uses == first then <
class Noisy:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v, o.v); return self.v == o.v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
print((Noisy(1), Noisy(2)) < (Noisy(1), Noisy(3)))
print([Noisy(1)] == [Noisy(1)])
# key functions returning custom objects
words = ["bb", "a", "ccc"]
print(sorted(words, key=lambda w: Ver(str(len(w)))))
# max/min with default and key
print(max([], default="empty"), min([Ver("2"), Ver("1")], key=lambda v: v.parts[0]))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
# comparison result non-bool used in sort
class WeirdLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return [1] if self.v < o.v else []
print([w.v for w in sorted([WeirdLt(2), WeirdLt(1), WeirdLt(3)])])
# exceptions from __lt__ stop the sort; list unchanged order? (CPython leaves it partially sorted)
class Boom:
    def __lt__(self, o): raise ValueError("no compare")
try:
    sorted([Boom(), Boom()])
except ValueError as e:
    print("ValueError", e)
