# every binary operator dunder, its reflected form and NotImplemented
ops = [("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("//", "floordiv"),
       ("%", "mod"), ("**", "pow"), ("<<", "lshift"), (">>", "rshift"), ("&", "and"),
       ("|", "or"), ("^", "xor"), ("@", "matmul")]
def make(name, refl):
    def f(self, other):
        return f"{type(self).__name__}.{name}({other!r})"
    return f
class L:
    def __repr__(self): return "L()"
class R:
    def __repr__(self): return "R()"
for sym, nm in ops:
    setattr(L, f"__{nm}__", make(f"__{nm}__", False))
    setattr(R, f"__r{nm}__", make(f"__r{nm}__", True))
for sym, nm in ops:
    print(sym, eval(f"L() {sym} 1"), eval(f"1 {sym} R()"), eval(f"L() {sym} R()"))
print(divmod(7, 2))
class DM:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(divmod(DM(), 3), divmod(3, DM()))
print(pow(L(), 2), pow(2, R()))
class P3:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
print(pow(P3(), 2, 5))
try:
    pow(2, R(), 5)
except TypeError as e:
    print("TypeError", e)

# NotImplemented everywhere -> TypeError with operator symbol
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
for sym, nm in ops:
    try:
        eval(f"N() {sym} N()")
    except TypeError as e:
        print("TypeError", e)
try:
    divmod(N(), 1)
except TypeError as e:
    print("TypeError", e)
try:
    pow(N(), 1, 2)
except TypeError as e:
    print("TypeError", e)

# reflected tried when left returns NotImplemented; not tried for same type
class A:
    def __add__(self, o):
        print("A.__add__"); return NotImplemented
    def __radd__(self, o):
        print("A.__radd__"); return "A.radd"
try:
    A() + A()
except TypeError as e:
    print("TypeError", e)
class B:
    def __radd__(self, o):
        print("B.__radd__"); return "B.radd"
print(A() + B())

# subclass with overriding reflected method goes first
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
class Sub2(Base): pass
print(Base() + Sub(), Sub() + Base(), Base() + Sub2())
class IntSub(int):
    def __radd__(self, o): return "IntSub.radd"
    def __rsub__(self, o): return NotImplemented
print(1 + IntSub(2), IntSub(2) + 1)
print(5 - IntSub(2) if False else "skip")
try:
    print(5 - IntSub(2))
except TypeError as e:
    print("TypeError", e)

# NotImplemented is truthy-deprecated; returned values pass through
class Odd:
    def __mul__(self, o): return None
print(Odd() * 3)
# operator methods on the instance are ignored
x = L()
x.__add__ = lambda o: "instance"
print(x + 1)
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
try:
    bool(NotImplemented)
except TypeError as e:
    print("TypeError", e)
