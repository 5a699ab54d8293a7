# Which objects can be weakly referenced: as CPython 3.13 decides.
import weakref, sys


def gen():
    yield 1


class C:
    def m(self):
        pass


class S:
    __slots__ = ("a",)


class SW:
    __slots__ = ("a", "__weakref__")


class SD(S):
    pass


class I(int):
    pass


class St(str):
    pass


class T(tuple):
    pass


class L(list):
    pass


class D(dict):
    pass


class B(bytes):
    pass


class F(float):
    pass


class E(Exception):
    pass


class Se(set):
    pass


class M(type):
    pass


class WithM(metaclass=M):
    pass


cands = [
    ("int", 1), ("float", 1.5), ("str", "x"), ("bytes", b"x"), ("tuple", (1,)),
    ("list", [1]), ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset()),
    ("None", None), ("bool", True), ("range", range(3)), ("slice", slice(1)),
    ("object", object()), ("C", C()), ("S", S()), ("SW", SW()), ("SD", SD()),
    ("I", I(1)), ("St", St("a")), ("T", T()), ("L", L()), ("D", D()), ("B", B()),
    ("F", F(1.0)), ("E", E()), ("Exception", Exception()), ("len", len),
    ("bound builtin", [].append), ("function", gen), ("generator", gen()),
    ("class", C), ("int type", int), ("type", type), ("property", property()),
    ("classmethod", classmethod(len)), ("staticmethod", staticmethod(len)),
    ("module", sys), ("bytearray", bytearray()), ("complex", 1 + 2j),
    ("list_iterator", iter([])), ("map", map(len, [])), ("code", gen.__code__),
    ("ref", weakref.ref(C)), ("NotImplemented", NotImplemented), ("Ellipsis", ...),
    ("enumerate", enumerate([])), ("zip", zip()), ("bound method", C().m),
    ("Se", Se()), ("metaclass instance", WithM), ("lambda", lambda: 0),
]
for name, c in cands:
    try:
        weakref.ref(c)
        print(name, "ok")
    except TypeError as e:
        print(name, "->", e)

def names(cls):
    return [k for k in cls.__dict__ if k != "__doc__"]


print(names(C))
print(names(SW))
print(names(S))
print("__weakref__" in SD.__dict__, "__weakref__" in L.__dict__, "__weakref__" in I.__dict__)
print(C().__weakref__)
c = C()
r = weakref.ref(c)
print(c.__weakref__ is r)
sw = SW()
print(sw.__weakref__)
r2 = weakref.ref(sw)
print(sw.__weakref__ is r2)

try:
    class Bad(C):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
try:
    class Bad2(int):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)


class Sub(SW):
    __slots__ = ("b",)


print(weakref.ref(Sub()) is not None)
