# __slots__ corners
class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
p = P()
print(p.x, hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
print(type(P.x).__name__, P.x.__name__, P.x.__objclass__ is P)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x)
P.x.__set__(p, 10)
print(p.x)
try:
    P.x.__get__(5)
except TypeError as e:
    print("TypeError", e)

class Q(P):
    pass
q = Q()
q.z = 3
print(q.__dict__, q.x)

class R(P):
    __slots__ = ("z",)
r = R()
r.z = 1
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError", e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1; w.b = 2
print(w.__dict__, w.a)

class Str:
    __slots__ = "only"
s = Str(); s.only = 5
print(s.only, Str.__slots__)

class Mangled:
    __slots__ = ("__priv",)
    def set(self, v): self.__priv = v
    def get(self): return self.__priv
m = Mangled(); m.set(7)
print(m.get(), "_Mangled__priv" in dir(Mangled))

try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)
try:
    class BadItem:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)
try:
    class TwoDict:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError", e)
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
class IntEmpty(int):
    __slots__ = ()
print(IntEmpty(5) + 1)
try:
    IntEmpty(5).attr = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    class NotId:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError", e)

# slots from dict/list
class DictSlots:
    __slots__ = {"a": "doc for a", "b": None}
print(DictSlots.a.__doc__, DictSlots.b.__doc__)
class ListSlots:
    __slots__ = ["u"]
print(ListSlots.__slots__)

# multiple inheritance layout conflict
class S1: __slots__ = ("a",)
class S2: __slots__ = ("b",)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print("TypeError", e)
class E1: __slots__ = ()
class E2: __slots__ = ()
class E3(E1, E2): __slots__ = ()
print(E3.__mro__[1:3] == (E1, E2))

# weakref slot
class W:
    __slots__ = ("__weakref__",)
print(W.__slots__)

# slots and __class__ assignment with same layout
class A1: __slots__ = ("v",)
class A2: __slots__ = ("v",)
a = A1(); a.v = 1
a.__class__ = A2
print(type(a).__name__, a.v)
class A3: __slots__ = ("w",)
try:
    a.__class__ = A3
except TypeError as e:
    print("TypeError", e)
