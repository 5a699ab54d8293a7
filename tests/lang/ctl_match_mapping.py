# mapping patterns in detail
def m(v):
    match v:
        case {"type": "circle", "r": r}: return f"circle r={r}"
        case {"type": "rect", "w": w, "h": h} if w == h: return f"square {w}"
        case {"type": "rect", **rest}: return f"rect {sorted(rest.items())}"
        case {1: one, 2.0: two}: return f"numeric keys {one} {two}"
        case {None: n, True: t}: return f"singleton keys {n} {t}"
        case {}: return "other mapping"
        case _: return "not a mapping"
for v in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 1}, {"type": "rect", "w": 1, "h": 2, "c": 0},
          {1: "a", 2: "b"}, {None: 0, 1: 1}, {"x": 1}, [("type", "circle")], "str", {}]:
    print(v, "->", m(v))
# **rest is a new dict, keys are not consumed from the subject
subj = {"a": 1, "b": 2}
match subj:
    case {"a": _, **rest}:
        rest["z"] = 0
        print(rest, subj)
# missing key vs None value
match {"k": None}:
    case {"k": None}: print("k is None")
match {}:
    case {"k": None}: print("no")
    case _: print("missing k")
# dict subclass with __missing__ is not consulted
class D(dict):
    def __missing__(self, k): return "from missing"
match D():
    case {"x": v}: print("matched via missing?", v)
    case _: print("__missing__ not used")
# keys in mapping patterns: value patterns with attributes
class K:
    A = "a"
match {"a": 1}:
    case {K.A: v}: print("attribute key", v)
# mapping pattern on non-mapping objects with keys()
class FakeMap:
    def keys(self): return ["a"]
    def __getitem__(self, k): return 1
match FakeMap():
    case {"a": 1}: print("FakeMap matched")
    case _: print("FakeMap is not a Mapping")
