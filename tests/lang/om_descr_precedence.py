# data descriptors > instance dict > non-data descriptors > class attrs
class Data:
    def __get__(self, obj, typ=None):
        return ("data-get", obj is None, typ.__name__ if typ else None)
    def __set__(self, obj, v):
        print("data-set", v)
        obj.__dict__["d"] = v
    def __delete__(self, obj):
        print("data-delete")
class NonData:
    def __get__(self, obj, typ=None):
        return ("nondata-get", obj is None)
class SetOnly:
    def __set__(self, obj, v):
        print("setonly-set", v)
class DelOnly:
    def __delete__(self, obj):
        print("delonly-delete")
class C:
    d = Data()
    n = NonData()
    s = SetOnly()
    x = DelOnly()
c = C()
print(c.d, C.d)
c.d = 5
print(c.__dict__, c.d)
del c.d
print(c.n)
c.__dict__["n"] = "inst"
print(c.n, C.n)
print(type(c.s).__name__)
c.s = 3
c.__dict__["s"] = "in dict"
print(c.s)
del c.x
c.__dict__["x"] = 1
print(c.x)
try:
    c.x = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del c.n
except AttributeError as e:
    print("AttributeError", e)
print(c.__dict__)
try:
    del c.n
except AttributeError as e:
    print("AttributeError", e)

# __get__ called with None instance on class access, type passed
class Show:
    def __get__(self, obj, typ):
        return (obj, typ)
class D:
    a = Show()
class E(D): pass
print(D.a[0], D.a[1].__name__, E.a[1].__name__, E().a[1].__name__)

# descriptor on the metaclass
class MetaDesc:
    def __get__(self, obj, typ):
        return f"meta {obj.__name__} {typ.__name__}"
class Meta(type):
    m = MetaDesc()
class F(metaclass=Meta): pass
print(F.m)
try:
    F().m
except AttributeError as e:
    print("AttributeError", e)

# class attribute descriptor overriding metaclass data descriptor?
class MetaData:
    def __get__(self, obj, typ): return "meta-data"
    def __set__(self, obj, v): print("meta set", v)
class Meta2(type):
    attr = MetaData()
class G(metaclass=Meta2):
    attr = "class-level"
print(G.attr, G().attr)
G.attr = 5
print(G.__dict__["attr"])

# descriptor __get__ raising AttributeError falls to __getattr__
class Raiser:
    def __get__(self, obj, typ):
        raise AttributeError("from get")
class H:
    r = Raiser()
    def __getattr__(self, name):
        return "getattr " + name
print(H().r)
try:
    H.r
except AttributeError as e:
    print("AttributeError", e)

# __get__ looked up on the type of the descriptor
class Plain: pass
p = Plain()
p.__get__ = lambda *a: "instance __get__"
class I:
    q = p
print(I.q is p)

# calling descriptor methods directly
print(Data().__get__(None, C))
print(NonData.__get__(NonData(), 1))
f = lambda self: self
print(f.__get__(5)(), f.__get__(None, int) is f)
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError", e)
