# subclasses of built-in types with __new__/__init__ customisation
class Celsius(float):
    def __new__(cls, v, unit="C"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
    def __repr__(self): return f"{float(self)}{self.unit}"
c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, c.unit, isinstance(c, float), float(c))
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, type(u).__name__, u.lower(), type(u.lower()).__name__, u + "x", type(u + "x").__name__, u[0], type(u[0]).__name__)
class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    x = property(lambda s: s[0])
    y = property(lambda s: s[1])
p = Point(1, 2)
print(p, p.x, p.y, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
class Even(int):
    def __new__(cls, v):
        if v % 2: raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
print(Even(4), type(Even(4) + 1).__name__, Even(4) * 2)
try:
    Even(3)
except ValueError as e:
    print("ValueError", e)
class MyList(list):
    def __init__(self, *a):
        super().__init__(a)
ml = MyList(1, 2, 3)
print(ml, type(ml[:2]).__name__, type(ml + ml).__name__, type(ml * 2).__name__, ml.copy(), type(ml.copy()).__name__)
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
md = MyDict(a=1)
md["b"] = 2
md.update(c=3)
md.setdefault("d", 4)
print(sorted(md.items()), type(md.copy()).__name__, type(md | {}).__name__)
class Bytes(bytes):
    def __new__(cls, n): return super().__new__(cls, b"x" * n)
print(Bytes(3), type(Bytes(3)).__name__, Bytes(2) + b"y", type(Bytes(2).upper()).__name__)
class Frozen(frozenset):
    def __new__(cls, *items): return super().__new__(cls, items)
fz = Frozen(1, 2)
print(sorted(fz), type(fz | {3}).__name__, type(fz.copy()).__name__)
class Cplx(complex): pass
print(Cplx(1, 2), type(Cplx(1, 2) + 1).__name__)
class B(bool if False else int): pass
print(B(True), type(B(True)).__name__)
# __init__ extra args on immutable types need __new__
class Tagged(int):
    def __init__(self, v, tag): self.tag = tag
try:
    Tagged(1, "t")
except TypeError as e:
    print("TypeError", e)
class Tagged2(int):
    def __new__(cls, v, tag): return super().__new__(cls, v)
    def __init__(self, v, tag): self.tag = tag
t = Tagged2(7, "seven")
print(t, t.tag)
# overriding __eq__/__hash__ on str subclass used as dict key
class CI(str):
    def __eq__(self, o): return self.lower() == o.lower()
    def __hash__(self): return hash(self.lower())
d = {CI("Key"): 1}
print(d[CI("KEY")], CI("a") == "A", "A" == CI("a"))
