# descriptors with __set_name__ storing into the instance dict (validators)
class Typed:
    def __init__(self, typ): self.typ = typ
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name} must be {self.typ.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        delattr(obj, self.private)
class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")
class Item:
    name = Typed(str)
    qty = Positive(int)
    def __init__(self, name, qty): self.name, self.qty = name, qty
it = Item("apple", 3)
print(it.name, it.qty, vars(it))
for args in [(1, 2), ("pear", 0), ("pear", "x")]:
    try:
        Item(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del it.qty
print(it.qty, vars(it))
print(type(Item.name).__name__, Item.qty.name, Item.qty.private)
# descriptor instance shared between classes keeps last name
shared = Typed(int)
class A: x = shared
class B: y = shared
print(shared.name)
# lazy (non-data) descriptor caching in instance dict
class lazy:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, owner=None):
        if obj is None: return self
        print("computing", self.name)
        v = self.f(obj)
        obj.__dict__[self.name] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @lazy
    def area(self): return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, vars(c))
del c.area
print(c.area)
# descriptor __get__ returning bound functions
class method_like:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner=None):
        if obj is None: return self.f
        return lambda *a: self.f(obj, *a)
class D:
    @method_like
    def add(self, x): return ("added", x)
print(D().add(1), D.add(None, 2))
# descriptors on metaclass vs class for class attribute access
class Rec:
    def __get__(self, obj, owner): return ("Rec", obj is None, owner.__name__)
class E:
    r = Rec()
print(E.r, E().r)
# __set__ on class attribute assignment does not trigger (type.__setattr__ replaces)
class Loud:
    def __set__(self, obj, v): print("Loud set", v)
    def __get__(self, obj, owner): return "loud"
class F:
    l = Loud()
F().l = 1
F.l = 2
print(F.l, F.__dict__["l"])
