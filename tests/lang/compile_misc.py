# Compiler: class keywords and star bases, f-string forms, global in class, generator handlers, closures in loops, super in classmethods.
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(m, name, bases, ns)
bases = (object,)
class A(*bases, metaclass=Meta, **{'flag': 1}):
    pass
print(A.kw, A.__bases__)
x = 5
print(f"{x=}", f"{x!r:>{x}}", f"{'a' if x else 'b'}", f"{f'{x}'}")
class G:
    global gg
    gg = 'global from class'
print(gg)
def delg():
    global gg
    del gg
delg()
try:
    gg
except NameError:
    print("gg deleted")
def gen():
    try:
        yield 1
        raise ValueError
    except ValueError:
        yield 2
    finally:
        yield 3
print(list(gen()))
class CM:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with CM() as (p, q):
    print(p, q)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
print({k: {v for v in range(k)} for k in range(3)})
print([x if x % 2 else -x for x in range(5)])
class B:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(): return __class__.__name__
class C(B):
    @classmethod
    def make(cls): return "C:" + super().make()
print(C.make(), C.st())
def order():
    try:
        print("try")
    except Exception:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
order()
def outer():
    res = []
    for i in range(3):
        def inner():
            for j in range(3):
                if j == 1:
                    break
            else:
                return "no break"
            return "broke at %d" % j
        res.append(inner())
    return res
print(outer())
a = [1, 2, 3]
a[0:2] = [9]
print(a)
b = {}
b.setdefault('k', []).append(1)
print(b)
n = 0
while (n := n + 1) < 3:
    pass
print(n)
print(*range(3), sep=',')
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1))
def posonly(a, b, /, c): return a, b, c
print(posonly(1, 2, c=3))
