# __instancecheck__ / __subclasscheck__
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__ if isinstance(sub, type) else sub)
        return sub is int
class Any(metaclass=Meta): pass
print(isinstance(42, Any), isinstance(1, Any), issubclass(int, Any), issubclass(str, Any))
print(isinstance(Any(), Any))
print(isinstance(42, (str, Any)), issubclass(int, (Any, str)))
class Sub(Any): pass
print(isinstance(Sub(), Any))
# non-bool results are converted
class Meta2(type):
    def __instancecheck__(cls, i): return 1
    def __subclasscheck__(cls, s): return []
class T(metaclass=Meta2): pass
print(isinstance(0, T), issubclass(int, T))
# instance-level __instancecheck__ on a non-type second arg
class Checker:
    def __instancecheck__(self, inst): return isinstance(inst, str)
    def __subclasscheck__(self, sub): return True
print(isinstance("s", Checker()), isinstance(1, Checker()), issubclass(int, Checker()))
# errors
for args in [(1, 1), (1, (int, 1)), (1, [int])]:
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError", e)
for args in [(1, int), (int, 1), (int, (int, 1)), (int, [int])]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
# __class__ property consulted by isinstance
class Liar:
    @property
    def __class__(self): return str
print(isinstance(Liar(), str), isinstance(Liar(), Liar), type(Liar()).__name__)
# nested tuples
print(isinstance(1, (str, (bytes, (int,)))), issubclass(bool, ((str,), int)))
# exception in __instancecheck__ propagates
class Boom(type):
    def __instancecheck__(cls, i): raise ValueError("boom")
class BB(metaclass=Boom): pass
try:
    isinstance(1, BB)
except ValueError as e:
    print("ValueError", e)
# except clauses use issubclass semantics without __subclasscheck__ on exceptions
try:
    raise KeyError("k")
except (TypeError, LookupError) as e:
    print("caught", type(e).__name__)
print(isinstance(True, int), issubclass(bool, object), isinstance(int, type), isinstance(type, type), issubclass(type, object))
