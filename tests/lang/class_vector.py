# a complete value class: arithmetic, comparison, hashing, iteration, formatting
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"
    def __iter__(self):
        yield self.x
        yield self.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self @ self) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __lt__(self, o):
        return abs(self) < abs(o)

a, b = Vec(3, 4), Vec(1, -2)
print(a, repr(b), f"{a:.2f}", f"{b:>4}")
print(a + b, a - b, a * 2, 3 * b, -a, abs(a), a @ b)
print(list(a), tuple(b), len(a), a[0], a[-1], dict(x=a[0]))
print(a == Vec(3, 4), a != b, a == (3, 4), bool(Vec()), bool(b))
print(sorted([a, b, Vec(0, 1)]), max(a, b), min([a, b]))
print(len({a, Vec(3, 4), b}), Vec(3, 4) in {a})
x, y = a
print(x, y, sum(a), [c * 10 for c in b])
total = Vec()
for v in [Vec(1, 1), Vec(2, 3), Vec(-1, 0)]:
    total += v
print(total)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(a @ Vec(0, 1), abs(Vec(5, 12)), Vec(1.5, 2) * 2)
