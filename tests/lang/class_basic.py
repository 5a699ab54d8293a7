# classes: attributes, methods, instances
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
print(Point.__name__, Point.__qualname__)

m = p.norm2
print(m())
print(Point.norm2(p))

class Empty:
    pass
e = Empty()
e.anything = 5
print(e.anything, hasattr(e, "other"))
print(sorted(vars(e).items()))

q = Point(0, 0)
q.dims = 3
print(q.dims, Point.dims, p.dims)
Point.dims = 10
print(q.dims, p.dims)
del q.dims
print(q.dims)

class WithDoc:
    "A documented class."
    def method(self):
        "A documented method."
print(WithDoc.__doc__, WithDoc.method.__doc__)

class Nested:
    class Inner:
        value = "inner"
    def get(self):
        return self.Inner.value
print(Nested().get(), Nested.Inner.__qualname__)

try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Point.missing
except AttributeError as e:
    print(e)
print(p.__dict__ == {"x": 5, "y": 6})
print(p.__class__.__name__)
