# properties and class attributes through inheritance
class Base:
    _registry_count = 0
    def __init__(self, value):
        self._value = value
        type(self)._registry_count += 1
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        self._value = self.validate(v)
    def validate(self, v):
        return v
    @property
    def kind(self):
        return "base"

class Positive(Base):
    def validate(self, v):
        if v <= 0:
            raise ValueError("must be positive")
        return v
    @property
    def kind(self):
        return "positive(" + super().kind + ")"

class Doubled(Base):
    @Base.value.getter
    def value(self):
        return self._value * 2

b = Base(1)
p = Positive(5)
d = Doubled(7)
b.value = -3
print(b.value, p.value, d.value, b.kind, p.kind, d.kind)
try:
    p.value = -1
except ValueError as e:
    print("ValueError:", e)
d.value = 10
print(d.value, d._value)
print(Base._registry_count, Positive._registry_count, Doubled._registry_count)
Positive(3)
print(Base._registry_count, Positive._registry_count)

class Temperature:
    def __init__(self):
        self._c = 0.0
    celsius = property(lambda self: self._c)
    @celsius.setter
    def celsius(self, v):
        self._c = float(v)
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32,
                          lambda self, f: setattr(self, "celsius", (f - 32) * 5 / 9))
t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(round(t.fahrenheit, 1))
print(isinstance(Temperature.celsius, property), Temperature.fahrenheit.fset is not None)
class ReadOnly(Base):
    value = property(Base.value.fget)
r = ReadOnly(4)
try:
    r.value = 5
except AttributeError as e:
    print("AttributeError:", e)
