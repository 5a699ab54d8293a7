# property: getter, setter, deleter
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print("get radius")
        return self._r
    @radius.setter
    def radius(self, v):
        print("set radius", v)
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    @radius.deleter
    def radius(self):
        print("delete radius")
        del self._r
    @property
    def area(self):
        return 3 * self._r * self._r

c = Circle(2)
print(c.radius)
c.radius = 5
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_r"))

class Old:
    def get_x(self):
        return self.__x
    def set_x(self, v):
        self.__x = v * 2
    x = property(get_x, set_x, doc="the x")
o = Old()
o.x = 21
print(o.x, Old.x.__doc__, sorted(vars(o)))

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
print(type(Circle.radius).__name__, Circle.radius.fget.__name__)

class Child(Circle):
    @property
    def radius(self):
        return "child radius"
print(Child(1).radius)
try:
    Child(1).radius = 3
except AttributeError as e:
    print("AttributeError:", e)
