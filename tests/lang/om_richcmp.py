# rich comparison dunders, reflection, NotImplemented and defaults
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"C{self.n}"
    def __eq__(self, o): print(f"{self}.__eq__({o})"); return NotImplemented
    def __lt__(self, o): print(f"{self}.__lt__({o})"); return NotImplemented
    def __gt__(self, o): print(f"{self}.__gt__({o})"); return NotImplemented
    def __le__(self, o): print(f"{self}.__le__({o})"); return NotImplemented
    def __ge__(self, o): print(f"{self}.__ge__({o})"); return NotImplemented
    def __ne__(self, o): print(f"{self}.__ne__({o})"); return NotImplemented
a, b = C(1), C(2)
print(a == b)
print(a != b)
print(a == a)
for op in ["<", ">", "<=", ">="]:
    try:
        eval(f"a {op} b")
    except TypeError as e:
        print("TypeError", e)

class Sub(C):
    def __eq__(self, o): print("Sub.__eq__"); return "sub-eq"
    def __lt__(self, o): print("Sub.__lt__"); return "sub-lt"
    def __gt__(self, o): print("Sub.__gt__"); return "sub-gt"
print(a == Sub(3))
print(a < Sub(3))
print(a > Sub(3))
# subclass without overriding: left first
class Sub2(C): pass
try:
    print(a < Sub2(4))
except TypeError as e:
    print("TypeError", e)

class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
print(V(1) < V(2), V(2) > V(1), V(1) == V(1), V(1) != V(1), V(1) != V(2))
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError", e)
print(sorted([V(3), V(1), V(2)], key=lambda x: x).__len__(), [x.v for x in sorted([V(3), V(1), V(2)])])
print(max([V(3), V(1), V(2)]).v)

# default __ne__ inverts __eq__ unless NotImplemented
class OnlyEq:
    def __eq__(self, o): return "truthy"
print(OnlyEq() != 1, OnlyEq() == 1)
class EqNone:
    def __eq__(self, o): return None
print(EqNone() != 1)
# identity fallback for == and != ; TypeError for ordering
o = object()
print(o == o, o != o, o == object())
try:
    o < o
except TypeError as e:
    print("TypeError", e)
# comparisons returning non-bools in chained comparisons
class W:
    def __lt__(self, o): return [1]
print(W() < 1 < 2, 1 < 2 < 3)
# mixed builtin types
for x, y in [(1, "a"), ([1], (1,)), (None, 0), ({1}, [1])]:
    try:
        print(x < y)
    except TypeError as e:
        print("TypeError", e)
print({1} < {1, 2}, [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "a" < "b", 1 < 1.5, 2 == 2.0, 1 == 1+0j)
# __eq__ of list elements uses identity shortcut
class NeverEq:
    def __eq__(self, o): return False
n = NeverEq()
print([n] == [n], n in [n], [n].count(n), [n].index(n), (n,) == (n,))
# NotImplemented returned by both __eq__ -> identity
print(C(5) == 5, 5 == C(5))
