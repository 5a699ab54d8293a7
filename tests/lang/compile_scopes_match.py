# Compiler: decorators, class scopes, name mangling, except-as deletion, match, yield from, walrus.
def deco(f):
    def w(*a, **k):
        return ("deco", f(*a, **k))
    return w
@deco
def h(x): return x + 1
print(h(1))
class K:
    "docstring"
    n = 3
    m = [n * i for i in range(2)] if False else None
    def __init__(self): self.__p = 5
    def get(self): return self.__p, __class__.__name__
    @staticmethod
    def s(): return "static"
print(K().get(), K.s(), K.__doc__, K.__qualname__, K.__module__)
def outer():
    y = 1
    class In:
        z = y + 1
        def f(self): return y + In2
    In2 = 10
    return In.z, In().f()
print(outer())
try:
    raise KeyError("k")
except KeyError as err:
    pass
try:
    err
except NameError:
    print("err deleted")
def m(v):
    match v:
        case 0 | 1:
            return "small"
        case [a, b, *rest]:
            return ("seq", a, b, rest)
        case {"x": x, **others}:
            return ("map", x, others)
        case str() as s:
            return ("str", s)
        case K(n=3):
            return "K3"
        case int(i) if i > 100:
            return ("big", i)
        case _:
            return "other"
for v in [0, 1, [1, 2, 3, 4], {"x": 1, "y": 2}, "hi", K(), 500, 50, (9,)]:
    print(m(v))
def gr():
    r = yield 1
    return r
def dr():
    v = yield from gr()
    print("ret", v)
g = dr(); print(g.send(None))
try:
    g.send("val")
except StopIteration:
    print("stop")
if (n := 5) > 3:
    print("walrus", n)
print([(y := i) for i in range(3)], y)
x = 1
def gl():
    global x
    x = 2
gl(); print(x)
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
try:
    pass
except Exception:
    print("no")
else:
    print("else branch")
i = 0
while i < 5:
    i += 1
    if i == 2: continue
    if i == 4: break
else:
    print("not here")
print("i", i)
lst = [3, 1, 2]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
print((lambda *a, **k: (a, k))(1, x=2))
assert True, "no"
try:
    assert 1 == 2, "bad"
except AssertionError as e:
    print("assert")
print(-3 ** 2, (-3) ** 2, ~5, +True, 7 // 2, 7 % 3, 2 ** -1)
print(1 if [] else 2, [] or "empty", 0 and 1)
d = {}
d["a"] = d.get("a", 0) + 1
print(d)
s = "abc"
print(s[1:], s[::-1], s[:-1])
