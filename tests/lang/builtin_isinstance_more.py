# isinstance/issubclass with tuples, nested tuples, bool/int, user hierarchies, type()
class A: pass
class B(A): pass
class C: pass
objs = [1, True, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, None, A(), B(), C(), len, int]
types = [int, bool, float, str, bytes, list, tuple, dict, set, type(None), A, B, C, object, type]
for o in objs:
    print(type(o).__name__, [t.__name__ for t in types if isinstance(o, t)])
print(isinstance(1, (str, (list, (int,)))), isinstance("x", ()), issubclass(B, (C, (A,))))
print(issubclass(bool, (int, str)), issubclass(type, object), issubclass(object, type))
print(isinstance(A, type), isinstance(A(), A), type(B()) is B, type(B()) == A)
print(isinstance(True, bool) and isinstance(True, int), type(True) is int)
print([cls.__name__ for cls in (int, bool, float) if issubclass(bool, cls)])
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple, set)):
        return "collection"
    return "other"
print([kind(x) for x in [True, 3, 2.5, "a", [1], (2,), {3}, {}, None]])
print(isinstance(range(3), object), isinstance(iter([]), object), issubclass(int, int))
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(B(), A)
except TypeError as e:
    print("TypeError:", e)
print(type(1) in (int, float), type(1.0) in (int, float), type(True) in (int, float))
