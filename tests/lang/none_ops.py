# None semantics
x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x == None, bool(x))
def f():
    return
def g():
    return None
def h():
    pass
print(f(), g(), h(), f() is g() is h())
print([].append(1), [3, 1].sort(), {}.update(), print("print returns") is None)
vals = [None, 0, "", [], None]
print(vals.count(None), vals.index(None), [v for v in vals if v is not None])
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)))
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d, d.get("a", "dflt"), d.get("b", "dflt"))
print(None or "fallback", None and "never", not None, [None] * 2, (None,))
print(max([1, None], key=lambda v: v is not None), min([2, None], key=lambda v: v or 0))
for op in ["+", "<", "len", "iter", "call", "attr", "index"]:
    try:
        if op == "+":
            None + None
        elif op == "<":
            None < None
        elif op == "len":
            len(None)
        elif op == "iter":
            for _ in None:
                pass
        elif op == "call":
            x()
        elif op == "attr":
            None.value
        else:
            x[0]
    except (TypeError, AttributeError) as e:
        print(op, type(e).__name__ + ":", e)
print(type(None)() is None, hash(None) == hash(None), None.__class__.__name__)
print(f"{None}", "%s" % None, "{}".format(None), str(None).upper())
class Opt:
    def __init__(self, v=None):
        self.v = v
    def get(self, default):
        return default if self.v is None else self.v
print(Opt().get(5), Opt(0).get(5), Opt(None).get("d"))
