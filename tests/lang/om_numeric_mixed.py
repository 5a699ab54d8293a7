# custom numbers interacting with int/float/complex
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.cents + o.cents)
        if isinstance(o, int): return Money(self.cents + o * 100)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Money(round(self.cents * k))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, o):
        if isinstance(o, Money): return self.cents / o.cents
        if isinstance(o, int): return Money(self.cents // o)
        return NotImplemented
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __bool__(self): return self.cents != 0
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
    def __round__(self, n=None): return Money(round(self.cents, -2))
    def __hash__(self): return hash(self.cents)
m = Money(250)
print(m + 1, 1 + m, m + m, m * 3, 3 * m, m * 0.5, m / 2, m / Money(50), -m, abs(-m), round(Money(251)))
print(sum([Money(1), Money(2)], Money(0)), sum([Money(5)], 0) if True else None)
print(int(m), float(m), bool(Money(0)), m == Money(250), m != Money(1), sorted([Money(3), Money(1)]))
for expr in ["m + 1.5", "m * m", "m - m", "'x' + m", "m / 'x'", "m ** 2", "divmod(m, 2)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError", e)
print(2.5 * m, True + m, m + True)
print({m: "x"}[Money(250)], Money(250) in {m}, len({Money(1), Money(1)}))
# int/float methods return NotImplemented for custom types
print((1).__add__(m), (1.0).__mul__(m), (1).__eq__(m), (2.0).__lt__(m))
# complex with custom __complex__ and __float__
class Z:
    def __complex__(self): return 1j
    def __float__(self): return 2.0
print(complex(Z()), float(Z()))
# mixed int/float comparisons with custom
print(m > Money(100), Money(100) < m)
# augmented ops fall back to binary ops
acc = Money(0)
for i in range(3):
    acc += Money(i)
print(acc)
acc *= 2
print(acc)
