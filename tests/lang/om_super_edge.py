# super() edge cases: properties, descriptors, class methods via instances, __class__ reassignment
class A:
    @property
    def p(self): return "A.p"
    @p.setter
    def p(self, v): print("A.p setter", v)
    def m(self): return "A.m"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
class B(A):
    @property
    def p(self): return "B>" + super().p
    @p.setter
    def p(self, v):
        print("B.p setter", v)
        A.p.fset(self, v)
    def call_c(self): return super().c()
b = B()
print(b.p, b.call_c())
b.p = 5
# setting attributes through super() is not supported
try:
    super(B, b).p = 1
except AttributeError as e:
    print("AttributeError", e)
# super() inside a method after __class__ of the instance changed
class C(A):
    def m(self): return "C>" + super().m()
class D: pass
c = C()
print(c.m())
# super with a subclass instance of a sibling
class X(A):
    def m(self): return "X>" + super().m()
class Y(X, C):
    pass
print(Y().m(), [k.__name__ for k in Y.__mro__])
print(super(X, Y()).m())
# super() in __repr__ / __eq__ defaults
class R:
    def __repr__(self): return "R(" + super().__repr__()[:10] + ")"
    def __eq__(self, o): return super().__eq__(o)
print(repr(R())[:12], R() == R(), (r := R()) == r)
# super().__init__ with object base and arguments
class S:
    def __init__(self, x):
        try:
            super().__init__(x)
        except TypeError as e:
            print("TypeError", e)
S(1)
# super().__new__ with arguments when __init__ is overridden
class T:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): self.a = a
print(T(1, 2).a)
# super() attribute lookup for data attributes on class
class U:
    value = "U.value"
class W(U):
    value = "W.value"
    def get(self): return super().value
print(W().get())
try:
    super(W, W()).nothing
except AttributeError as e:
    print("AttributeError", e)
