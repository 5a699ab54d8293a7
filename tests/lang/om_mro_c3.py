# C3 linearisation and its errors
def names(c): return [k.__name__ for k in c.__mro__]
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(Z))
print(names(K1), names(K3))
try:
    class Bad(A, K1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError", e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Q(XY, YX): pass
except TypeError as e:
    print("TypeError", e)
print(names(type("T", (B, A), {})))
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__)

# custom mro() in a metaclass
class Meta(type):
    def mro(cls):
        r = super().mro()
        print("mro() for", cls.__name__, [k.__name__ for k in r])
        return r[::-1] if cls.__name__ == "Rev" else r
class Base(metaclass=Meta):
    def who(self): return "Base"
class Rev(Base):
    def who(self): return "Rev"
print(names(Rev), Rev().who())

class Meta2(type):
    def mro(cls): return [cls, 42]
try:
    class W(metaclass=Meta2): pass
except TypeError as e:
    print("TypeError", e)

print(object.__bases__, object.__mro__, type.__mro__)
print(names(bool), names(type(None)))
