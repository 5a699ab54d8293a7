# rich comparisons, __eq__ and __hash__
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Ver" + repr(self.parts)

a, b, c = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(a == c, a != b, a < b, a <= c, b > a, b >= a)
print(a == (1, 2), a != "x")
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(len({a, b, c}), a in {c})
print(max(a, b), min([b, a]))

class NoEq:
    pass
x, y = NoEq(), NoEq()
print(x == x, x == y, x != y)

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))

class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("Rev.__gt__")
        return self.v > o
print(5 < Rev(10))

try:
    Ver(1) < 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    NoEq() < NoEq()
except TypeError as e:
    print("TypeError:", e)

class AlwaysEq:
    def __eq__(self, o):
        return True
print([1, 2, 3].index(AlwaysEq()) if False else AlwaysEq() in [1, 2], [1, 2].count(AlwaysEq()))
