# super() in multiple-inheritance diamonds (cooperative methods)
class Base:
    def __init__(self):
        print("Base.__init__")
        self.log = ["Base"]
    def hello(self):
        return ["Base"]

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.log.append("Left")
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.log.append("Right")
    def hello(self):
        return ["Right"] + super().hello()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
        self.log.append("Bottom")
    def hello(self):
        return ["Bottom"] + super().hello()

b = Bottom()
print(b.log)
print(b.hello())
print(Left().hello())

# explicit two-argument super
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f>" + super(B, self).f()
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
print(C().f())

# super with kwargs passing through the chain
class P:
    def __init__(self, **kw):
        self.rest = sorted(kw)
class Q(P):
    def __init__(self, q=0, **kw):
        self.q = q
        super().__init__(**kw)
class R(P):
    def __init__(self, r=0, **kw):
        self.r = r
        super().__init__(**kw)
class S(Q, R):
    pass
s = S(q=1, r=2, extra=3)
print(s.q, s.r, s.rest)

# super in a classmethod
class M:
    @classmethod
    def make(cls):
        return "M.make for " + cls.__name__
class N(M):
    @classmethod
    def make(cls):
        return "N+" + super().make()
print(N.make())
print(super(N, N).make())
