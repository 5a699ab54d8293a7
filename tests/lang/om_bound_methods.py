# bound methods: identity, equality, attributes, calling through the class
class A:
    def m(self, x=1): return (type(self).__name__, x)
    def __eq__(self, o): return True
    __hash__ = object.__hash__
a = A()
m1, m2 = a.m, a.m
print(m1 is m2, m1 == m2, m1.__self__ is a, m1.__func__ is A.m, m1.__name__, m1.__qualname__)
print(A.m(a, 5), m1(7), type(m1).__name__, type(A.m).__name__)
b = A()
print(a.m == b.m, hash(a.m) == hash(a.m))
print(m1.__doc__, m1.__module__)
try:
    m1.attr = 1
except AttributeError as e:
    print("AttributeError", e)
A.m.attr = "func attr"
print(m1.attr)
# methods of builtins
l = [3, 1]
app = l.append
app(2)
print(l, app.__self__ is l, app.__name__, type(app).__name__)
print([].append == [].append, l.append == l.append)
print(str.upper("x"), str.join(",", "ab"), int.__add__(1, 2), dict.fromkeys("ab"))
try:
    str.upper(1)
except TypeError as e:
    print("TypeError", e)
try:
    list.append()
except TypeError as e:
    print("TypeError", e)
# calling a plain function stored on an instance does not bind
def free(*a): return a
a.f = free
print(a.f(1))
A.g = free
print(a.g(1)[1:], a.g(1)[0] is a)
# staticmethod/classmethod binding of builtin functions
class B:
    l = len
    sm = staticmethod(len)
print(B().l([1, 2]), B().sm([1]))
# method on subclass instance
class C(A): pass
print(C().m(), C.m(C(), 2))
# repr patterns
r = repr(a.m)
print(r.startswith("<bound method A.m of "), repr(len), repr([].append)[:31])
# __call__ chain: bound method of a callable object
class Call:
    def __call__(self, *a): return ("called", a)
class H:
    c = Call()
print(H().c(1))
# method objects can be created manually via __get__
f = A.__dict__["m"]
bm = f.__get__(a, A)
print(bm(), bm == a.m)
# unbound call with wrong type is allowed for Python functions
print(A.m("not an A"))
