# class decorators and what they may return
def register(cls):
    register.seen.append(cls.__name__)
    return cls
register.seen = []
def add_method(cls):
    cls.extra = lambda self: "extra " + type(self).__name__
    return cls
def replace(cls):
    return "replaced"
def with_args(**kw):
    def deco(cls):
        for k, v in kw.items(): setattr(cls, k, v)
        return cls
    return deco
@register
@add_method
@with_args(a=1, b=2)
class A:
    pass
print(register.seen, A().extra(), A.a, A.b)
@replace
class B: pass
print(B)
order = []
def d1(c): order.append("d1"); return c
def d2(c): order.append("d2"); return c
def make(name):
    order.append("make " + name)
    return d1 if name == "1" else d2
@make("1")
@make("2")
class C: pass
print(order)
# decorator sees the final class (metaclass already applied, __set_name__ done)
class Meta(type):
    def __new__(m, n, b, ns):
        print("Meta.__new__", n)
        return super().__new__(m, n, b, ns)
class Named:
    def __set_name__(self, owner, name): print("set_name", name)
def show(cls):
    print("decorator", cls.__name__, type(cls).__name__)
    return cls
@show
class D(metaclass=Meta):
    n = Named()
# decorator returning a subclass
def subclassing(cls):
    class Wrapped(cls):
        def hello(self): return "wrapped " + super().hello()
    Wrapped.__name__ = cls.__name__
    return Wrapped
@subclassing
class E:
    def hello(self): return "hello"
print(E().hello(), E.__name__, E.__mro__[1].__name__)
# decorator expression forms (PEP 614)
decos = [lambda c: c, add_method]
@decos[1]
class F: pass
print(F().extra())
@(lambda c: c)
class G: pass
print(G.__name__)
# exceptions in decorators
def boom(cls): raise ValueError("deco failed for " + cls.__name__)
try:
    @boom
    class H: pass
except ValueError as e:
    print("ValueError", e)
try:
    H
except NameError as e:
    print("NameError", e)
