# default __eq__/__ne__ behaviour and explicit calls to object's comparison methods
class A: pass
a, b = A(), A()
print(a == a, a == b, a != b, a != a)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, a), object.__ne__(a, b))
print(object.__lt__(a, b), object.__le__(a, a), object.__gt__(a, b), object.__ge__(a, a))
print(a.__eq__(b), a.__ne__(b), a.__lt__(b))
class E:
    def __eq__(self, o): return "eq-result"
e = E()
print(e != 1, e.__ne__(1), object.__ne__(e, 1))
class N:
    def __ne__(self, o): return "ne-result"
n = N()
print(n == n, n != 1, n == 1)
class Both:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
print(Both() == 1, Both() != 1)
# int/str comparisons with custom objects reflect
class Eq5:
    def __eq__(self, o): return o == 5
print(5 == Eq5(), Eq5() == 5, "5" == Eq5(), [5] == [Eq5()], (Eq5(),) == (5,))
# NotImplemented from both sides -> identity for == and !=
class NI:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
x = NI()
print(x == x, x == NI(), x != x, x != NI())
# __eq__ raising propagates
class Raise:
    def __eq__(self, o): raise ValueError("eq failed")
try:
    Raise() == 1
except ValueError as e:
    print("ValueError", e)
try:
    [Raise()] == [1]
except ValueError as e:
    print("ValueError", e)
print([r := Raise()] == [r])
