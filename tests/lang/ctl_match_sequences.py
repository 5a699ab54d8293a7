# match: sequence patterns with star captures, nesting and types
def m(v):
    match v:
        case [a, b, *rest, c, d] if rest: return f"long a={a} b={b} rest={rest} c={c} d={d}"
        case [*_, "end"]: return "ends with end"
        case ["start", *_]: return "starts with start"
        case [(x, y), *others]: return f"first pair {x},{y} others={len(others)}"
        case [[1, *inner], *_]: return f"nested inner={inner}"
        case [*everything]: return f"any seq {everything}"
        case _: return "not a sequence"
for v in [[1, 2, 3, 4, 5], [1, 2, 3, 4], ["x", "end"], ("start", 1, 2), [(1, 2), 3], [[1, 2, 3], 4],
          [], (), "string", b"bytes", range(3), {1: 2}, {1, 2}, iter([1]), bytearray(b"ab"), [None]]:
    print(type(v).__name__ if type(v).__name__.endswith("iterator") else repr(v)[:30], "->", m(v))
# star capture type is always list
match (1, 2, 3):
    case (first, *rest):
        print(type(rest).__name__, rest)
match range(5):
    case [0, *mid, 4]:
        print("range mid", mid)
# length checks happen before element matching
class Seq(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        print("len")
        return super().__len__()
match Seq([1, 2, 3]):
    case [1, 2]: print("two")
    case [1, 2, 3]: print("three")
# custom Sequence registered by being list/tuple subclass only
class NotSeq:
    def __getitem__(self, i): return i
    def __len__(self): return 2
match NotSeq():
    case [a, b]: print("matched NotSeq")
    case _: print("NotSeq is not a sequence")
# capture names bound by failed alternative are not relied on
match [1, 2]:
    case [x, 3] | [1, x]: print("alternative", x)
for src in ["match v:\n case [1, 3] | [1, x]: pass", "match v:\n case (a, b) | (b, a): pass",
            "match v:\n case {'k': a} | [a, _]: pass", "match v:\n case C(x=a) | C(y=b): pass",
            "match v:\n case [*a] | (a, *_): pass", "match v:\n case 1 | 2 | z: pass"]:
    try:
        exec(src, {"v": 0, "C": int})
        print("compiled and ran")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
# sequences of different lengths with stars
for v in [[1], [1, 2], [1, 2, 3]]:
    match v:
        case [x, *ys, z]: print("xz", x, ys, z)
        case [x]: print("single", x)
