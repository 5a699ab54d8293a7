# property: getter/setter/deleter copies, doc, errors
class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting")
        self._x = None
c = C()
c.x = 4
print(c.x, C.x.__doc__)
del c.x
print(c.x)
p = C.x
p2 = p.setter(None)
print(p is not p2, p2.fset is p.fset, p2.fget is p.fget, p2.__doc__)
p3 = p.getter(lambda s: "new")
print(p3.fget(None), p3.__doc__, p3.fset is p.fset)

class RO:
    @property
    def v(self): return 1
r = RO()
try:
    r.v = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del r.v
except AttributeError as e:
    print("AttributeError", e)

class NoGet:
    v = property(None, lambda s, v: print("set", v))
n = NoGet()
n.v = 3
try:
    n.v
except AttributeError as e:
    print("AttributeError", e)

# property with doc arg and name
def g(self): "getter doc"; return 1
pp = property(g)
print(pp.__doc__)
pp = property(g, doc="explicit")
print(pp.__doc__)
print(property().__doc__, property(None).fget)
print(pp.__get__(None, object) is pp)
print(pp.__get__(5))
class K:
    prop = property(lambda s: 42)
print(K().prop, K.prop.__name__ if hasattr(K.prop, "__name__") else "noname")

# property subclass
class myprop(property):
    pass
class L:
    @myprop
    def a(self): return "A"
    @a.setter
    def a(self, v): print("setting", v)
print(type(L.__dict__["a"]).__name__, L().a)
L().a = 1

# __isabstractmethod__
def abstract(f):
    f.__isabstractmethod__ = True
    return f
pa = property(abstract(lambda s: 1))
print(pa.__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
print(property(None, abstract(lambda s, v: 1)).__isabstractmethod__)

# property getter raising
class M:
    @property
    def bad(self): raise ValueError("in getter")
    @property
    def attr_err(self): raise AttributeError("inner")
    def __getattr__(self, name): return "fallback " + name
try:
    M().bad
except ValueError as e:
    print("ValueError", e)
print(M().attr_err)

# setting attributes on property
try:
    pp.fget = None
except AttributeError as e:
    print("AttributeError", e)
try:
    property(1)
    print("property(1) accepted")
    property(1).__get__(5)
except TypeError as e:
    print("TypeError", e)

# inheritance: override only setter
class Base:
    @property
    def v(self): return "base"
class Derived(Base):
    @Base.v.setter
    def v(self, val): print("derived set", val)
d = Derived()
print(d.v)
d.v = 9
print(Base.v.fset, Derived.v.fget is Base.v.fget)
