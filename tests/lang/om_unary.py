# unary dunders and their errors
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
class E: pass
for expr in ["-E()", "+E()", "~E()", "abs(E())", "-'s'", "~1.5", "+[]", "abs('x')", "~None"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError", e)
print(-True, +True, ~True, abs(-3), ~5, -(-0.0), abs(-2+0j), +1.5)
class B(int): pass
print(type(-B(3)).__name__, type(+B(3)).__name__, type(abs(B(-3))).__name__, type(~B(3)).__name__)
class NotImp:
    def __neg__(self): return NotImplemented
print(-NotImp())
class Ret:
    def __neg__(self): return self
r = Ret()
print(-r is r)
x = U()
x.__neg__ = lambda: "instance"
print(-x)
# unary not uses __bool__
class T:
    def __bool__(self): return False
print(not T(), not not T())
