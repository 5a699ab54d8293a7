# __slots__ and inheritance / descriptors interplay
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    pass
c = C()
c.a, c.b, c.c = 1, 2, 3
print(c.a, c.b, c.__dict__, sorted(k for k in ("a", "b") if k in C.__dict__))
print(type(A.__dict__["a"]).__name__, "a" in B.__dict__, B.__slots__, C.__dict__.get("__slots__"))
b = B()
try:
    b.c = 1
except AttributeError as e:
    print("AttributeError", e)
# redefining a slot in subclass shadows
class D(A):
    __slots__ = ("a",)
d = D(); d.a = 5
print(d.a, A.a.__get__(d) if False else "skip")
# slot and property with same name conflict
try:
    class E:
        __slots__ = ("x",)
        @property
        def x(self): return 1
except ValueError as e:
    print("ValueError", e)
# class attribute default for a slot is not possible, but __init__ sets it
class F:
    __slots__ = ("v",)
    def __init__(self, v=0): self.v = v
print(F().v, F(3).v)
# slots with __getattr__ fallback
class G:
    __slots__ = ("x",)
    def __getattr__(self, n): return "fallback " + n
g = G()
print(g.x, g.y)
g.x = 1
print(g.x)
# __slots__ iterable consumed once (generator)
class H:
    __slots__ = (n for n in ["p", "q"])
h = H(); h.p = 1; h.q = 2
print(h.p, h.q, type(H.__slots__).__name__)
# deleting slot values and repr of member descriptors
del h.p
print(hasattr(h, "p"), repr(H.q))
# vars() on slotted instance
try:
    vars(F())
except TypeError as e:
    print("TypeError", e)
# slots with weakref and dict both
class I:
    __slots__ = ("__dict__", "s")
i = I(); i.s = 1; i.other = 2
print(i.s, vars(i))
