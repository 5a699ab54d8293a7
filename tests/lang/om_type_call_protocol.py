# what type(...)() does: __new__, then __init__ only for instances of the class
class Tracker(type):
    def __call__(cls, *a, **k):
        print("Tracker.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=Tracker):
    def __new__(cls, *a, **k):
        print("A.__new__", a, k)
        return super().__new__(cls)
    def __init__(self, *a, **k):
        print("A.__init__", a, k)
A(1, x=2)
class B(A):
    def __init__(self, *a):
        print("B.__init__", a)
B(3)
# __new__ returning instance of unrelated class skips __init__
class Other: pass
class C(metaclass=Tracker):
    def __new__(cls): return Other()
    def __init__(self): print("C.__init__ not called")
print(type(C()).__name__)
# __new__ returning None
class D:
    def __new__(cls): return None
    def __init__(self): print("D init not called")
print(D())
# __init__ defined on the metaclass does not affect instance creation
class M(type):
    def __init__(cls, *a, **k):
        super().__init__(*a, **k)
        cls.made_by = "M"
class E(metaclass=M): pass
print(E.made_by, hasattr(E(), "made_by"))
# calling type.__call__ directly
class F:
    def __init__(self, v): self.v = v
print(type.__call__(F, 7).v)
# object() and type() with no args
print(type(object()).__name__)
try:
    type()
except TypeError as e:
    print("TypeError", e)
# instance creation of builtin types through type.__call__
print(type.__call__(int, "12"), type.__call__(list, "ab"))
# __init__ raising leaves no instance
class G:
    def __init__(self): raise RuntimeError("init failed")
try:
    G()
except RuntimeError as e:
    print("RuntimeError", e)
# subclass of type as a factory
class Factory(type):
    def __call__(cls, *a):
        if a and a[0] == "int": return int(*a[1:])
        return type.__call__(cls, *a)
class H(metaclass=Factory):
    def __init__(self, *a): self.a = a
print(H("int", "5"), H(1, 2).a)
