# multiple inheritance and C3 linearization
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(names(D))
print(D().who())

class E(C, B):
    pass
print(names(E), E().who())

class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(O): pass
class J(O): pass
class K1(F, G, H): pass
class K2(I, G, J): pass
class K3(I, H): pass
class Z(K1, K2, K3): pass
print(names(Z))

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Conflict(XY, YX):
        pass
except TypeError as e:
    print("TypeError:", e)

class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Person(Mixin, Named):
    pass
print(Person().greet())
print([c.__name__ for c in Person.__bases__])
print(names(bool), names(int))
print(D.mro() == list(D.__mro__))
