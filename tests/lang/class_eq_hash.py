# user classes in sets and dicts: identity hashing by default, value hashing when defined
class Plain:
    pass
a, b = Plain(), Plain()
s = {a, b, a}
print(len(s), a in s, Plain() in s, a == a, a == b)
d = {a: "a", b: "b"}
print(d[a], d[b], len(d))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(2, 1) in pts, sorted(pts, key=lambda p: (p.x, p.y)))
visits = {}
for p in [Point(0, 0), Point(1, 1), Point(0, 0), Point(0, 0)]:
    visits[p] = visits.get(p, 0) + 1
print(visits)

class Mutable:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    __hash__ = None
try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError:", e)
print(Mutable(1) == Mutable(1), Mutable(1) in [Mutable(1)], [Mutable(2)].index(Mutable(2)))

class Caseless(str):
    def __eq__(self, o):
        return self.lower() == str(o).lower()
    def __hash__(self):
        return hash(self.lower())
names = {Caseless("Ann"), Caseless("ANN"), Caseless("bob")}
print(len(names), Caseless("ann") in names)

class Counter:
    eq_calls = 0
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 1
    def __eq__(self, o):
        Counter.eq_calls += 1
        return self.k == o.k
cs = set(Counter(i) for i in range(5))
print(len(cs), Counter.eq_calls > 0, Counter(3) in cs, Counter(9) in cs)
class Child(Point):
    pass
print(Child(1, 2) == Point(1, 2), hash(Child(1, 2)) == hash(Point(1, 2)), len({Child(1, 2), Point(1, 2)}))
class EqNoHash(Point):
    def __eq__(self, o):
        return False
print(EqNoHash.__hash__ is None)
