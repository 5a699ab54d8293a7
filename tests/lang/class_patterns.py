# common class patterns: abstract base via NotImplementedError, template method, registry, equality by value
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash((type(self).__name__, tuple(sorted(vars(self).items()))))

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Blob(Shape):
    pass

print(sorted(Shape.registry))
shapes = [Shape.registry["rect"](2, 3), Square(2), Circle(1)]
for s in shapes:
    print(s.describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Rect(1, 2) == Rect(1, 2), Rect(2, 2) == Square(2), Square(2) == Square(2))
print(len({Rect(1, 2), Rect(1, 2), Square(3)}))
print(isinstance(Square(1), Rect), issubclass(Circle, Shape), Square.__mro__[1].__name__)
print(sum(s.area() for s in shapes if isinstance(s, Rect)))

class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "-".join(self.parts)
print(Builder().add("a").add("b").add("c").build())

class Observable:
    def __init__(self):
        self.listeners = []
    def on(self, fn):
        self.listeners.append(fn)
        return fn
    def emit(self, *args):
        return [fn(*args) for fn in self.listeners]
bus = Observable()
@bus.on
def double(x):
    return x * 2
bus.on(lambda x: x + 1)
print(bus.emit(10))
