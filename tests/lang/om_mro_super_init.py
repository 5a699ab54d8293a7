# cooperative __init__ through the MRO with **kwargs
log = []
class Base:
    def __init__(self, **kw):
        log.append(("Base", sorted(kw)))
        super().__init__()
class Named(Base):
    def __init__(self, name=None, **kw):
        log.append(("Named", name))
        self.name = name
        super().__init__(**kw)
class Sized(Base):
    def __init__(self, size=0, **kw):
        log.append(("Sized", size))
        self.size = size
        super().__init__(**kw)
class Thing(Named, Sized):
    def __init__(self, **kw):
        log.append(("Thing", sorted(kw)))
        super().__init__(**kw)
t = Thing(name="box", size=3)
print(t.name, t.size, [c.__name__ for c in Thing.__mro__])
for entry in log: print(entry)
log.clear()
try:
    Thing(name="x", colour="red")
except TypeError as e:
    print("TypeError", e)
print(log)
# method resolution with same-named methods across the diamond
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
class E(C, B):
    def who(self): return ["E"] + super().who()
print(D().who(), E().who())
try:
    class F(D, E): pass
except TypeError as e:
    print("TypeError", e)
# attributes found along the MRO
class X:
    attr = "X"
class Y(X): pass
class Z(X):
    attr = "Z"
class W(Y, Z): pass
print(W.attr, [k.__name__ for k in W.__mro__])
# super() skipping a class that doesn't define the method
class P:
    def m(self): return "P"
class Q(P): pass
class R(Q):
    def m(self): return "R>" + super().m()
print(R().m())
# calling a specific base explicitly
class S(B, C):
    def who(self): return C.who(self) + ["explicit"]
print(S().who())
# object at the end of every MRO
print(all(k.__mro__[-1] is object for k in [A, B, D, W, S, int, type]))
