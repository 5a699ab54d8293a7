# attribute lookup on classes: metaclass __getattribute__/__getattr__, type attributes
class Meta(type):
    def __getattr__(cls, name):
        return f"Meta.__getattr__({cls.__name__}, {name})"
class A(metaclass=Meta):
    x = 1
print(A.x, A.missing)
try:
    A().missing
except AttributeError as e:
    print("AttributeError", e)
class Meta2(type):
    def __getattribute__(cls, name):
        if name == "secret": return "from metaclass getattribute"
        return super().__getattribute__(name)
class B(metaclass=Meta2):
    y = 2
print(B.secret, B.y, B.__name__)
# class attribute lookup order: metaclass data descriptor > class dict (MRO) > metaclass attribute
class MD:
    def __get__(self, obj, typ): return "meta data descriptor"
    def __set__(self, obj, v): pass
class MN:
    def __get__(self, obj, typ): return "meta non-data descriptor"
class Meta3(type):
    d = MD()
    n = MN()
    plain = "meta plain"
class C(metaclass=Meta3):
    d = "class d"
    n = "class n"
class D(metaclass=Meta3): pass
print(C.d, C.n, C.plain, D.d, D.n, D.plain)
# type.__getattribute__ / object.__getattribute__ used directly
print(type.__getattribute__(C, "n"), object.__getattribute__(C(), "n"))
try:
    type.__getattribute__(C(), "n")
except TypeError as e:
    print("TypeError", e)
# setting attributes through metaclass __setattr__
class Meta4(type):
    def __setattr__(cls, name, value):
        print("Meta4.__setattr__", name)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
class E(metaclass=Meta4): pass
E.attr = "value"
print(E.attr)
# deleting class attributes
class F:
    a = 1
del F.a
try:
    del F.a
except AttributeError as e:
    print("AttributeError", e)
try:
    F.b
except AttributeError as e:
    print("AttributeError", e)
# class attribute that is a function accessed on class -> plain function
class G:
    def m(self): pass
print(type(G.m).__name__, type(G().m).__name__, G.m is G.__dict__["m"])
