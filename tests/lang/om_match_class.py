# match: class patterns, __match_args__, every pattern kind
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def show(v):
    match v:
        case P(0, 0): return "origin"
        case P(x, 0): return f"on x {x}"
        case P(0, y=yy): return f"on y {yy}"
        case P(x=1, y=1 | 2 as yv): return f"x1 y{yv}"
        case P(): return "some P"
        case int(n) if n > 100: return f"big int {n}"
        case int() | float() as num: return f"number {num!r}"
        case str(s): return f"str {s}"
        case bool(): return "never reached"
        case [1, *rest]: return f"list starting 1 rest {rest}"
        case (a, b): return f"pair {a} {b}"
        case {"k": val, **others}: return f"mapping k={val} others={others}"
        case None: return "None"
        case _: return "other"
print([show(v) for v in [P(0, 0), P(3, 0), P(0, 4), P(1, 2), P(5, 5), 500, 5, 2.5, True, "hi",
                         [1, 2, 3], (7, 8), {"k": 1, "z": 2}, None, {1}]])
class Q:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
try:
    match Q():
        case Q(1, 2): pass
except TypeError as e:
    print("TypeError", e)
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print("TypeError", e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1): pass
except TypeError as e:
    print("TypeError", e)
class BadItem:
    __match_args__ = (1,)
try:
    match BadItem():
        case BadItem(1): pass
except TypeError as e:
    print("TypeError", e)
try:
    match P(1, 2):
        case P(1, x=1): pass
except TypeError as e:
    print("TypeError", e)
try:
    match 1:
        case len(): pass
except TypeError as e:
    print("TypeError", e)
# builtins self-matching
for v in [b"x", bytearray(b"y"), frozenset({1}), {2}, {"a": 1}, [1], (1,), 1.0, 7, "s", True]:
    match v:
        case bool(x): print("bool", x)
        case bytes(x) | bytearray(x): print("bytes-like", x)
        case frozenset(x) | set(x): print("set-like", sorted(x))
        case dict(x): print("dict", x)
        case list(x) | tuple(x): print("seq", x)
        case float(x): print("float", x)
        case int(x): print("int", x)
        case str(x): print("str", x)
# attribute lookup failure -> no match; other errors propagate
class Raises:
    @property
    def x(self): raise AttributeError("no x")
    @property
    def y(self): raise ValueError("bad y")
match Raises():
    case Raises(x=1): print("matched x")
    case _: print("no match on x")
try:
    match Raises():
        case Raises(y=1): pass
except ValueError as e:
    print("ValueError", e)
# subclass with inherited __match_args__
class P3(P):
    __match_args__ = P.__match_args__ + ("z",)
    def __init__(self, x, y, z): super().__init__(x, y); self.z = z
match P3(1, 2, 3):
    case P3(a, b, c): print("P3", a, b, c)
# isinstance via metaclass __instancecheck__ in class patterns
class Meta(type):
    def __instancecheck__(cls, i): return isinstance(i, int)
class IntLike(metaclass=Meta): pass
match 5:
    case IntLike(): print("IntLike matched")
# dotted value patterns
class Color:
    RED = 1
    GREEN = 2
for c in [1, 2, 3]:
    match c:
        case Color.RED: print("red")
        case Color.GREEN: print("green")
        case _: print("unknown")
