# __getattr__, __getattribute__, __setattr__, __delattr__
class G:
    x = 1
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("no"):
            raise AttributeError(f"custom {name}")
        return name.upper()
g = G()
print(g.x, g.abc)
try:
    g.nothing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(g, "nope", "default"), hasattr(g, "nada"), hasattr(g, "yes"))

class GA:
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "missing":
            raise AttributeError("gone")
        if name == "boom":
            raise KeyError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    def meth(self): return "m"
ga = GA()
ga.__dict__["v"] = 5
print(ga.v, ga.missing, ga.meth())
try:
    ga.boom
except KeyError as e:
    print("KeyError", e)
print(type(ga).__name__)

class S:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "ro":
            raise AttributeError("read-only " + name)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("delattr", name)
        if name == "keep":
            raise AttributeError("cannot delete keep")
        super().__delattr__(name)
s = S()
s.a = 3
print(s.a)
try:
    s.ro = 1
except AttributeError as e:
    print("AttributeError", e)
setattr(s, "b", "str")
print(s.b)
del s.a
try:
    del s.keep
except AttributeError as e:
    print("AttributeError", e)
try:
    del s.zzz
except AttributeError as e:
    print("AttributeError", e)
print(s.__dict__)

# __getattr__ on class vs instance dict
class NoRecurse:
    def __init__(self): self.data = {"k": 1}
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None
n = NoRecurse()
print(n.k)
try:
    n.q
except AttributeError as e:
    print("AttributeError", e, e.__suppress_context__)

# object.__setattr__ on built-ins
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__setattr__(int, "x", 2)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(g, 5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(g, 5)
except TypeError as e:
    print("TypeError", e)
try:
    delattr(g, None)
except TypeError as e:
    print("TypeError", e)

# attribute names that are str subclasses
class MyStr(str): pass
setattr(g, MyStr("sub"), 9)
print(g.sub, getattr(g, MyStr("sub")))

# __getattr__ is not used for special method lookup
class Sp:
    def __getattr__(self, name):
        return lambda *a: "via getattr"
sp = Sp()
print(sp.__len__())
try:
    len(sp)
except TypeError as e:
    print("TypeError", e)

# AttributeError attributes
try:
    g2 = object()
    g2.foo
except AttributeError as e:
    print(e.name, e.obj is g2)
class Slot:
    __slots__ = ()
try:
    Slot().bar = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    Slot.__dict__
    object().__dict__
except AttributeError as e:
    print("AttributeError", e)
