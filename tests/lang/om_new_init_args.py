# object.__new__/__init__ excess-argument rules
class A: pass
class B:
    def __init__(self, x): self.x = x
class C:
    def __new__(cls, x): return super().__new__(cls)
class D:
    def __new__(cls, *a): return super().__new__(cls, *a) if False else object.__new__(cls)
    def __init__(self, *a): self.a = a
for cls, args in [(A, ()), (A, (1,)), (B, (1,)), (B, ()), (C, (1,)), (C, ()), (D, (1, 2))]:
    try:
        o = cls(*args)
        print(cls.__name__, "ok", vars(o))
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
try:
    A(k=1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(A, 1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(B, 1)
    print("object.__new__(B, 1) ok")
except TypeError as e:
    print("TypeError", e)
try:
    object.__init__(A(), 1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__init__(B(1), 1)
    print("object.__init__(B(1), 1) ok?")
except TypeError as e:
    print("TypeError", e)
class E:
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
try:
    E(1)
except TypeError as e:
    print("TypeError", e)
# __new__ not a subclass of object
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__()
except TypeError as e:
    print("TypeError", e)
# __init__ returning non-None
class F:
    def __init__(self): return 5
try:
    F()
except TypeError as e:
    print("TypeError", e)
# calling __init__ explicitly re-initialises
class G:
    def __init__(self, v=0): self.v = v
g = G(1); g.__init__(2)
print(g.v)
# __new__ as staticmethod explicitly, classmethod __new__
class H:
    @staticmethod
    def __new__(cls, v):
        o = object.__new__(cls); o.v = v; return o
print(H(3).v)
class I:
    @classmethod
    def __new__(cls, *a):
        return ("classmethod new", cls.__name__, a)
print(I(1))
# __init__ of a base called via super with kwargs
class J:
    def __init__(self, *, a, b=2): self.a, self.b = a, b
class K(J):
    def __init__(self, **kw):
        super().__init__(**kw)
print(vars(K(a=1)))
try:
    K(c=1)
except TypeError as e:
    print("TypeError", e)
# abstract-ish: type with __new__ = None
class L:
    __new__ = None
try:
    L()
except TypeError as e:
    print("TypeError", e)
class M:
    __init__ = None
try:
    M()
except TypeError as e:
    print("TypeError", e)
