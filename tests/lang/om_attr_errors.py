# AttributeError messages and suggestions in various contexts
class Point:
    def __init__(self): self.x = 1; self.y = 2
    def norm(self): return 0
p = Point()
for name in ["z", "nrom", "X", "__len__"]:
    try:
        getattr(p, name)
    except AttributeError as e:
        print(repr(str(e)), e.name, e.obj is p)
try:
    Point.missing
except AttributeError as e:
    print(str(e), e.name, e.obj is Point)
try:
    (1).real = 5
except AttributeError as e:
    print(str(e))
try:
    (1).imag2
except AttributeError as e:
    print(str(e))
try:
    "s".upperr()
except AttributeError as e:
    print(str(e))
try:
    None.foo
except AttributeError as e:
    print(str(e))
try:
    [].push(1)
except AttributeError as e:
    print(str(e))
import sys
try:
    sys.nonexistent
except AttributeError as e:
    print(str(e))
try:
    del p.nothing
except AttributeError as e:
    print(str(e))
class Slots:
    __slots__ = ("a",)
try:
    Slots().b = 1
except AttributeError as e:
    print(str(e))
try:
    Slots().a
except AttributeError as e:
    print(str(e))
# hasattr swallows only AttributeError
class Raises:
    @property
    def bad(self): raise KeyError("not attribute error")
try:
    hasattr(Raises(), "bad")
except KeyError as e:
    print("KeyError propagated", e)
print(hasattr(Raises(), "nope"), getattr(Raises(), "nope", None))
# AttributeError raised manually with name/obj
e = AttributeError("custom", name="n", obj=1)
print(e.name, e.obj, e.args)
try:
    AttributeError("x", bogus=1)
except TypeError as err:
    print("TypeError", err)
# functions and modules
def f(): pass
try:
    f.nope
except AttributeError as e:
    print(str(e))
try:
    type.nope
except AttributeError as e:
    print(str(e))
