# super() in every form
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return f"A.c({cls.__name__})"
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
    x = "A.x"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    @staticmethod
    def s(): return "B>" + super(B, B).s()
    @property
    def p(self): return "B>" + super().p
    def nested(self):
        def inner():
            return super(B, self).f()
        return inner()
    def comp(self):
        return [super().f() for _ in range(2)]
    def gen(self):
        yield super().f()
    def lam(self):
        return (lambda: super(B, self).x)()
    def attr(self): return super().x
class C(B):
    def f(self): return "C>" + super().f()
b, c = B(), C()
print(b.f(), c.f(), B.c(), C.c(), B.s(), c.p)
print(b.nested(), b.comp(), list(b.gen()), b.lam(), b.attr())
# two-arg super
print(super(B, c).f(), super(C, c).f(), super(A, c).__class__.__name__)
print(super(B, C).c(), super(B, C).f(c))
# unbound super
us = super(B)
print(repr(us)[:20], us.__thisclass__.__name__, us.__self__, us.__self_class__)
bound = us.__get__(c, C)
print(bound.f())
# super() errors
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
def outside(self):
    return super().f()
try:
    outside(b)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(B, 1)
except TypeError as e:
    print("TypeError", e)
try:
    super(1, b)
except TypeError as e:
    print("TypeError", e)
try:
    super(B, b).nope
except AttributeError as e:
    print("AttributeError", e)
class D(A):
    def f(self):
        del self
        return super().f()
try:
    D().f()
except RuntimeError as e:
    print("RuntimeError", e)
class E(A):
    def f(*args): return super().f()
try:
    print(E().f())
except RuntimeError as e:
    print("RuntimeError", e)
class F(A):
    def f(self):
        self = 5
        return super().f()
try:
    F().f()
except TypeError as e:
    print("TypeError", e)
# super of a metaclass
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a)
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class G(metaclass=Meta):
    def __init__(self, v): self.v = v
print(G(3).v)
# super in __init_subclass__ and __new__
class H:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, v): self.v = v
print(H(5).v)
# diamond cooperative
class Root:
    def go(self): return ["Root"]
class L1(Root):
    def go(self): return ["L1"] + super().go()
class R1(Root):
    def go(self): return ["R1"] + super().go()
class Bot(L1, R1):
    def go(self): return ["Bot"] + super().go()
print(Bot().go())
# super().__setattr__ / data descriptors through super
class Base:
    def __setattr__(self, n, v): object.__setattr__(self, n, ("base", v))
class Der(Base):
    def __setattr__(self, n, v): super().__setattr__(n, v * 2)
d = Der(); d.q = 2
print(d.q)
# super with __class__ cell
class K:
    def m(self): return __class__.__name__
print(K().m())
print(super(int, True).__repr__(), super(int, 5).__add__(1))
