# match: sequence, mapping, literal, capture, wildcard, or, as, guards
def m(v):
    match v:
        case []: return "empty seq"
        case [x]: return f"one {x}"
        case [0, *_, 0]: return "zero-bounded"
        case [x, y, *rest] if len(rest) > 2: return f"long {x} {y} {rest}"
        case [*init, last] if last == "end": return f"ends {init}"
        case (1 | 2 | 3) as small: return f"small {small}"
        case -1: return "minus one"
        case 1.5: return "one and a half"
        case 2+3j: return "complex literal"
        case -2-1j: return "negative complex"
        case "a" "b": return "concat ab"
        case b"bytes": return "bytes literal"
        case True: return "True literal"
        case {"type": "point", "x": x, "y": y}: return f"point {x},{y}"
        case {"type": t, **rest} if rest: return f"typed {t} with {sorted(rest)}"
        case {}: return "any mapping"
        case [[a, b], [c, d]]: return f"matrix {a}{b}{c}{d}"
        case x: return f"capture {x!r}"
for v in [[], [5], [0, 1, 2, 0], [1, 2, 3, 4, 5], [1, "end"], 2, -1, 1.5, 2+3j, -2-1j, "ab", b"bytes", True,
          1.0, {"type": "point", "x": 1, "y": 2}, {"type": "t", "a": 1}, {"type": "t"}, [[1, 2], [3, 4]],
          "abc", (0, 0), range(3)]:
    print(repr(v), "->", m(v))
# strings/bytes are not sequences for sequence patterns
for v in ["xy", b"xy", bytearray(b"xy"), (1, 2), [1, 2], range(2)]:
    match v:
        case [a, b]: print("seq2", type(v).__name__, a, b)
        case _: print("not seq", type(v).__name__)
# mappings use get/keys protocol; duplicate keys error
class MyMap(dict):
    def get(self, k, d=None):
        print("get", k); return super().get(k, d)
match MyMap(a=1, b=2):
    case {"a": 1, "b": v}: print("mymap", v)
K1 = "a"
try:
    match {"a": 1}:
        case {"a": 1, **rest}: print("rest", rest)
    class NS:
        A = "a"
    match {"a": 1}:
        case {NS.A: 1, "a": 2}: pass
except ValueError as e:
    print("ValueError", e)
# custom Mapping via collections.abc not required: dict subclasses match
# guard evaluation and binding even when guard fails
match [1, 2]:
    case [x, y] if x > y: print("no")
    case [x, y]: print("bindings", x, y)
print(x, y)
# or-pattern binding same names
match (2, "b"):
    case (1, s) | (2, s): print("or bound", s)
# as with nested patterns
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole: print(a, b, c, inner, whole)
# value capture vs constant
NAME = "const"
match "other":
    case NAME: print("captured", NAME)
# star in mapping not allowed twice is syntax; iterator consumption
def gen():
    yield 1; yield 2
match list(gen()):
    case [1, 2]: print("list from gen")
match gen():
    case [1, 2]: print("generator matched?")
    case _: print("generator is not a sequence")
# match on nested tuples with singletons
for v in [None, False, 0, ()]:
    match v:
        case None: print("None")
        case False: print("False")
        case 0: print("zero")
        case (): print("empty tuple")
# irrefutable pattern error at compile time
for src in ["match x:\n case y: pass\n case 1: pass", "match x:\n case _: pass\n case 2: pass",
            "match x:\n case [*a, *b]: pass", "match x:\n case {**r, 'k': 1}: pass", "match x:\n case a | b: pass"]:
    try:
        exec(src, {"x": 0})
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
