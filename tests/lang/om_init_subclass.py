# __init_subclass__ with keywords, inheritance, classmethod-ness
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

class A(Base, tag="a"): pass
class B(A): pass
class C(B, tag="c"): pass
print(Base.registry, A.tag, B.tag, C.tag)
try:
    class D(Base, tag="d", other=1): pass
except TypeError as e:
    print("TypeError", e)

try:
    class E(unknown=1): pass
except TypeError as e:
    print("TypeError", e)

# __init_subclass__ is implicitly a classmethod
class P:
    def __init_subclass__(cls):
        print("P sub", cls.__name__, type(P.__dict__["__init_subclass__"]).__name__)
class Q(P): pass

# override chain
class M1:
    def __init_subclass__(cls, **kw):
        print("M1", cls.__name__, kw)
        super().__init_subclass__()
class M2(M1):
    def __init_subclass__(cls, x=0, **kw):
        print("M2", cls.__name__, x)
        super().__init_subclass__(**kw)
class R(M2, x=1, y=2): pass

# metaclass receives the kwargs as well
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(m, name, bases, ns, **kw)
class S(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("S.__init_subclass__", cls.__name__, kw)
class T(S, a=1): pass

# error inside __init_subclass__ propagates
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} lacks required")
class Good(Strict): required = 1
try:
    class Bad(Strict): pass
except TypeError as e:
    print("TypeError", e)

# type(...) three-arg passes kwargs to __init_subclass__
U = type("U", (Base,), {}, tag="u")
print(U.tag)
print(object.__init_subclass__() is None)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError", e)
