# dunders added to or removed from a base class after subclasses exist
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
class Other(Base):
    def __add__(self, o): return "Other's own add"
leaf, mid, other = Leaf(), Mid(), Other()
try:
    leaf + 1
except TypeError as e:
    print("TypeError", e)
Base.__add__ = lambda self, o: f"Base add on {type(self).__name__}"
print(leaf + 1, mid + 1, other + 1)
Mid.__add__ = lambda self, o: "Mid add"
print(leaf + 1, mid + 1, Base() + 1)
del Mid.__add__
print(leaf + 1)
del Base.__add__
try:
    leaf + 1
except TypeError as e:
    print("TypeError", e)
# len / iter / repr / bool / eq / hash / call / getitem through the hierarchy
Base.__len__ = lambda self: 7
Base.__iter__ = lambda self: iter("ab")
Base.__repr__ = lambda self: f"<{type(self).__name__} via Base.__repr__>"
Base.__call__ = lambda self, *a: ("called", a)
Base.__getitem__ = lambda self, k: k * 2
print(len(leaf), list(leaf), repr(leaf), leaf(1), leaf[4], bool(leaf))
Base.__bool__ = lambda self: False
print(bool(leaf), "truthy" if mid else "falsy")
Base.__eq__ = lambda self, o: True
print(leaf == 5, mid != 1)
Base.__hash__ = None
try:
    hash(leaf)
except TypeError as e:
    print("TypeError", e)
Base.__hash__ = lambda self: 99
print(hash(leaf))
# attribute hooks
Base.__getattr__ = lambda self, n: "dynamic " + n
print(leaf.anything)
Leaf.__getattr__ = lambda self, n: "leaf " + n
print(leaf.anything, mid.anything)
del Base.__getattr__
try:
    mid.anything
except AttributeError as e:
    print("AttributeError", e)
print(leaf.anything)
# a subclass created after the change inherits it as usual
class Late(Mid): pass
print(Late() + 1 if hasattr(Base, "__add__") else "no add", len(Late()))
# metaclass-level dunders added later affect classes using it
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
class SubMeta(Meta): pass
class WithSubMeta(metaclass=SubMeta): pass
Meta.__len__ = lambda cls: 123
print(len(WithMeta), len(WithSubMeta))
