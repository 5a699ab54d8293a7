# functions, builtins and other callables as class attributes (descriptor behaviour)
def plain(*a): return a
class A:
    f = plain
    b = len
    lam = lambda self: "lambda bound"
    cls = dict
    sm = staticmethod(plain)
    cm = classmethod(plain)
a = A()
print(a.f(1)[0] is a, A.f(1), a.b("xyz"), a.lam(), a.cls(x=1), a.sm(2), a.cm(3)[0] is A)
# functions are non-data descriptors: instance dict wins
a.__dict__["f"] = lambda *x: "from instance dict"
print(a.f())
# __get__ of functions
bound = plain.__get__(a)
print(bound() == (a,), plain.__get__(None, A) is plain, type(bound).__name__)
# callable object without __get__ is not bound
class Callable:
    def __call__(self, *a): return ("called with", len(a))
class B:
    c = Callable()
print(B().c(1))
# builtin methods as class attributes do not bind
class C:
    up = str.upper
    app = list.append
print(C.up("x"))
try:
    C().up()
except TypeError as e:
    print("TypeError", e)
# method descriptors bind on access
print(type(str.upper).__name__ in ("method_descriptor", "builtin_function_or_method"), "abc".upper.__self__)
# __get__ on property, classmethod from outside
class D:
    @property
    def p(self): return "prop " + type(self).__name__
print(D.__dict__["p"].__get__(D()), D.__dict__["p"].__get__(None, D) is D.__dict__["p"])
# methods retrieved from instance of subclass bind the subclass instance
class E(D):
    def m(self): return type(self).__name__
print(E().m(), E.m(D()) if True else "", D.p.fget(E()))
# a function assigned after creation becomes a method for existing instances
d = D()
D.late = lambda self: "late " + type(self).__name__
print(d.late())
