# reflected operators, NotImplemented, subclass priority
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if isinstance(o, int):
            return Money(self.cents - o)
        return NotImplemented
    def __rsub__(self, o):
        print("rsub")
        return Money(o - self.cents)
    def __rtruediv__(self, o):
        return f"{o} / {self.cents}"
    def __rmul__(self, o):
        return Money(self.cents * o)
    def __rpow__(self, o):
        return f"{o} ** Money"
    def __rmod__(self, o):
        return "rmod"
    def __rfloordiv__(self, o):
        return "rfloordiv"

m = Money(100)
print(m + 5, 5 + m, m + m, m - 1, 1000 - m, 10 / m, 3 * m, 2 ** m, 7 % m, 7 // m)
print(sum([Money(1), Money(2)]))
try:
    m * 2
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __add__(self, o):
        return "Derived.__add__"
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ got " + type(o).__name__
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__ called")
        return NotImplemented
print(Eq() == 1, 1 == Eq(), Eq() != 2)
print((5).__add__("x"), (5).__radd__(3), "a".__add__("b"))
