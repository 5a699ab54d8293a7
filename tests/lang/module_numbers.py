import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in (1, True, 2.5, 1j, "x", None, [1]):
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])

for t in (int, bool, float, complex, str):
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])

print(issubclass(Integral, Rational), issubclass(Rational, Integral))
print(sorted(Complex.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
print(sorted(Rational.__abstractmethods__))
print(sorted(Integral.__abstractmethods__))
print(Number.__hash__)

try:
    Number()
    print("Number ok")
except TypeError as e:
    print("TypeError", e)

try:
    Integral()
except TypeError as e:
    print("TypeError", str(e)[:50])


class MyInt(Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, o): return int(o) ** self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return f"MyInt({self.v})"


m = MyInt(7)
print(isinstance(m, Integral), isinstance(m, Number))
print(float(m), complex(m), m.real, m.imag, m.conjugate(), m.numerator, m.denominator)
print(m.__index__(), [0, 1, 2, 3, 4, 5, 6, 7, 8][m], bool(m), bool(MyInt(0)))
print(m - 2, 10 - m, divmod(m, 3), divmod(20, m))
print(numbers.__all__)


class R(Real):
    pass

print(sorted(R.__abstractmethods__))


class MyComplex(Complex):
    __complex__ = lambda s: 1j
print(sorted(MyComplex.__abstractmethods__)[:5])
