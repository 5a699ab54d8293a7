# class attributes: __name__, __qualname__, __module__, __doc__, __dict__
class Outer:
    "Outer doc"
    class Inner:
        def m(self): pass
    def method(self):
        class Local: pass
        return Local
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(Outer().method().__qualname__, Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__, repr(Outer))
Outer.__qualname__ = "Q.R"
print(repr(Outer))
for attr, val in [("__name__", 1), ("__qualname__", None), ("__name__", "a\0b")]:
    try:
        setattr(Outer, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del Outer.__name__
except TypeError as e:
    print("TypeError", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError", e)
Outer.__doc__ = "new doc"
print(Outer.__doc__)
Outer.__module__ = "elsewhere"
print(repr(Outer), Outer.__module__)
class NoDoc: pass
print(NoDoc.__doc__, NoDoc().__doc__ if hasattr(NoDoc(), "__doc__") else "-")
d = NoDoc.__dict__
print(sorted(k for k in d if k not in ("__dict__", "__weakref__")), d["__module__"])
print(int.__module__, int.__qualname__, type.__name__)
print(int.__base__, bool.__base__, object.__base__, NoDoc.__base__)
print(NoDoc.__bases__, bool.__bases__, type.__bases__)
print(NoDoc.__mro__, NoDoc.mro())
# class body __qualname__ override and __module__ in namespace
class X:
    __qualname__ = "Custom.Name"
print(X.__qualname__)
try:
    class Y:
        __qualname__ = 5
except TypeError as e:
    print("TypeError", e)
# __class__ of classes
print(type(X).__name__, X.__class__.__name__, type.__class__.__name__)
# instances of type are classes
print(isinstance(X, type), isinstance(X(), type), callable(X))
# vars() on class and instance
x = X(); x.a = 1
print(vars(x), "a" in vars(x))
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
# __annotations__ of classes
class Ann:
    a: int
    b: str = "s"
print(Ann.__annotations__, Ann.b, hasattr(Ann, "a"))
class NoAnn: pass
print(NoAnn.__annotations__ if "__annotations__" in NoAnn.__dict__ else "no own annotations")
# __firstlineno__ and __static_attributes__ (3.13)
class Stat:
    def __init__(self): self.x = 1; self.y = 2
    def other(self): self.z = 3
print(Stat.__static_attributes__, type(Stat.__firstlineno__).__name__)
