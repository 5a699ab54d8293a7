# __hash__ inheritance rules across class hierarchies
class A:
    def __hash__(self): return 1
class B(A):
    def __eq__(self, o): return True
class C(B):
    pass
class D(B):
    __hash__ = A.__hash__
class E(A):
    pass
for cls in (A, B, C, D, E):
    try:
        print(cls.__name__, hash(cls()), "__hash__" in cls.__dict__, type(cls.__dict__.get("__hash__", "absent")).__name__)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
# __eq__ defined via assignment after class creation doesn't reset __hash__
class F:
    pass
F.__eq__ = lambda s, o: True
print(hash(F()) is not None)
# unhashable because __hash__ set to None in a base
class G:
    __hash__ = None
class H(G):
    def __hash__(self): return 5
print(hash(H()))
try:
    hash(G())
except TypeError as e:
    print("TypeError", e)
# hashing builtins subclasses with __eq__
class MyTuple(tuple):
    def __eq__(self, o): return True
try:
    hash(MyTuple((1,)))
except TypeError as e:
    print("TypeError", e)
class MyStr(str):
    pass
print(hash(MyStr("a")) == hash("a"))
class MyFrozen(frozenset):
    def __hash__(self): return 7
print(hash(MyFrozen([1])), {MyFrozen([1]): 1}[MyFrozen([1])])
# dataclass-like eq with hash provided
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
print(len({Pt(1, 2), Pt(1, 2), Pt(2, 1)}), Pt(1, 2) in {Pt(1, 2)})
