# super and object: attribute lookup, __init_subclass__, __class__, object methods
class Base:
    greeting = "hello"
    def __init__(self):
        self.inited = ["Base"]
    def who(self):
        return "Base"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.inited.append("Mid")
    def who(self):
        return "Mid>" + super().who()
    def base_greeting(self):
        return super().greeting
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.inited.append("Leaf")
    def who(self):
        return "Leaf>" + super().who()
l = Leaf()
print(l.inited, l.who(), l.base_greeting())
print(super(Leaf, l).who(), super(Mid, l).who())
try:
    super(Base, l).who()
except AttributeError as e:
    print("AttributeError:", e)

class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
print(Plugin.registry)

class Tagged:
    def __init_subclass__(cls, tag="none"):
        cls.tag = tag
class X(Tagged, tag="x"): pass
class Y(Tagged): pass
print(X.tag, Y.tag)

o = object()
print(o.__eq__(o), o.__ne__(o), o.__eq__(1), type(o.__str__()).__name__)
class E:
    pass
e = E()
print(e.__class__ is E, E.__name__, e.__eq__(e), e.__eq__(1))
print(object.__new__(E).__class__.__name__)
class WithNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.v = v * 2
        return inst
    def __init__(self, v):
        self.v += 1
print(WithNew(5).v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
print(Base.__mro__[-1] is object, object.__mro__)
