# type, isinstance, issubclass, type conversions
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__)
print(type(()).__name__, type({}).__name__, type(set()).__name__, type(None).__name__)
print(type(len).__name__, type(lambda: 0).__name__, type(type).__name__, type(object).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance("s", object), isinstance(None, object), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, int)), issubclass(object, int))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(int("5"), int(5.9), int(-5.9), float("2.5"), float(2), str(2), bool("x"), bool(""))
print(list("ab"), tuple([1]), set([1, 1]), frozenset([2]) == {2}, dict([(1, 2)]))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
print(type(1) is int, type(True) is bool, type(True) == int)
T = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi"})
d = T()
print(T.__name__, d.x, d.hello(), isinstance(d, T))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), type(B()) is A)
print(type(A).__name__, type(B).__name__, A.__class__ is type)
print(int.__name__, str.__name__, bool.__name__, type(int("1")) is int)
print(str(int), str(A).endswith("A'>"), repr(int), repr(type(None)))
print(isinstance(A, type), isinstance(A(), type), callable(A), callable(A()))
print(type(object()).__name__, object.__bases__, int.__bases__, bool.__bases__)
print(type(print).__name__, type([].append).__name__)
def f(): pass
class C:
    def m(self): pass
print(type(f).__name__, type(C().m).__name__, type(C.m).__name__)
