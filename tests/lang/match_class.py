# match with class patterns and value patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

class Color:
    RED = "red"
    GREEN = "green"

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0, y=y) if False:
            return "unreachable"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case Circle(Point(0, 0), r):
            return f"circle at origin radius {r}"
        case Circle(center=c, r=r) if r > 10:
            return "big circle"
        case Circle():
            return "circle"
        case _:
            return "not a shape"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9),
          Circle(Point(0, 0), 3), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), "x"]:
    print(where(s))

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return "unknown " + other
print(paint("red"), paint("green"), paint("blue"))

def types(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) | float(i):
            return f"number {i}"
        case str(s) if s.isdigit():
            return "digit string"
        case list([int(), *_]):
            return "list starting with int"
        case dict(d) if not d:
            return "empty dict"
        case _:
            return "other"
for v in [True, 3, 2.5, "42", "x", [1, "a"], ["a"], {}, {"k": 1}]:
    print(repr(v), types(v))
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
