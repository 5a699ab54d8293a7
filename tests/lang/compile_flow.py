# Compiler: control flow through finally/except, with, closures, calls, unpacking, displays.
# control flow through finally / except
def f1():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("else")
    return "done"
print(f1())

def f2():
    try:
        raise ValueError("x")
    except ValueError as e:
        try:
            return "in handler"
        finally:
            print("inner fin")
    finally:
        print("outer fin")
print(f2())

def f3():
    try:
        try:
            raise KeyError(1)
        except ValueError:
            print("wrong")
    except KeyError:
        print("right")
    try:
        raise TypeError
    except (ValueError, TypeError):
        print("tuple ok")
    x = 0
    while True:
        x += 1
        try:
            if x > 3:
                break
        except:
            pass
    print("x", x)
f3()

def f4():
    try:
        return 1
    finally:
        return 2
print(f4())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())

class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t is not None); return self.suppress
with Ctx("a") as a, Ctx("b"):
    print("inside", a.name)
with Ctx("s", True):
    raise ValueError
print("after suppress")
def wf():
    with Ctx("r"):
        return "from with"
print(wf())
for i in range(3):
    with Ctx("loop"):
        if i == 1:
            break
try:
    with Ctx("noexc"):
        raise KeyError("k")
except KeyError:
    print("propagated")

# comprehensions and scopes
x = 10
def g():
    x = 5
    return [x + i for i in range(3)], (lambda: x * 2)()
print(g())
print({i: [j for j in range(i)] for i in range(3)})
print(list(i for i in range(5)), set(c for c in "aab") == {"a", "b"})
def kw(a, b=2, *args, c, d=4, **rest):
    return (a, b, args, c, d, rest)
print(kw(1, c=3))
print(kw(1, 2, 3, 4, c=5, e=6))
print(kw(*[1, 2], **{"c": 9}))
print(kw(1, *(7, 8), c=1, **{'z': 1}))
def dflt(a, b=[]):
    b.append(a); return b
dflt(1); print(dflt(2))
z = [1, 2, 3]
z[1] += 10
print(z)
class P:
    y = 1
    def __init__(self): self.v = 1
p = P(); p.v += 5; print(p.v)
a = b = 7
print(a, b)
(q, (r, s)), t = (1, (2, 3)), 4
print(q, r, s, t)
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2 != 3)
print(not 1 or 2 and 3)
print([1, *range(3), 4], (*"ab",), {**{1: 2}, 3: 4})
print(f"{'x'!r} {3.5:.2f} {10:>{4}}|")
del z[0]
print(z)
def gen2():
    x = yield 1
    print("got", x)
    yield x * 2
gg = gen2(); print(next(gg)); print(gg.send(21))
