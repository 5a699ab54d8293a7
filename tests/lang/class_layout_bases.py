# which combinations of bases share an instance layout (CPython's rules)
class E(ValueError, KeyError):
    pass
print(E.__mro__[1].__name__, issubclass(E, LookupError), isinstance(E("x"), ValueError))
class A:
    pass
class B:
    pass
class C(A, B):
    pass
print([k.__name__ for k in C.__mro__])
class L1(list):
    pass
class L2(list):
    pass
class L3(L1, L2):
    pass
print(L3([1, 2]), [k.__name__ for k in L3.__mro__])
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class S3(S1, S2):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class X(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)
class O(OSError, ValueError):
    pass
print(O(2, "msg").errno)
