# classmethod and staticmethod
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(deg):
        return deg > -273.15
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit

t = Temp.from_f(212)
print(type(t).__name__, t.deg)
print(Temp.valid(-300), Temp.valid(0), t.valid(5))
print(Temp.describe(), t.describe())

class Kelvin(Temp):
    unit = "K"
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.describe())

class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.add("a"), Registry.add("b"), Registry.items)

sm = staticmethod(lambda x: x * 2)
class Holder:
    double = sm
print(Holder.double(4), Holder().double(5))

class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class Sub(Counter):
    pass
print(Counter.inc(), Sub.inc(), Sub.inc(), Counter.n, Sub.n)

print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)
print(callable(Temp.__dict__["valid"]))
