# types of callables and descriptors of built-ins: names, qualnames, __self__, binding, repr prefixes
import math
items = [len, print, abs, math.floor, [].append, 'x'.upper, str.upper, int.from_bytes, dict.fromkeys, {}.get, object.__init__,
         int.__add__, (1).__add__, str.__dict__['upper'] if False else str.upper, type.__call__, object.__new__, (lambda: 0), int, type]
for f in items:
    print(getattr(f, '__name__', None), getattr(f, '__qualname__', None), callable(f))
print(repr(len), repr(abs), repr(math.floor)[:40])
print(int.from_bytes.__self__ is int, dict.fromkeys.__self__ is dict)
m = 'hello'.upper
print(m(), m.__name__, m.__qualname__)
u = str.upper
print(u('abc'), u.__name__, u.__qualname__)
print((1).__add__(2), int.__add__(1, 2), int.__dict__['__add__'](3, 4) if '__add__' in int.__dict__ else '')
class C:
    def m(self):
        return 'm'
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return 'sm'
c = C()
print(type(C.m).__name__, type(c.m).__name__, type(C.cm).__name__, type(C.sm).__name__, c.m.__self__ is c, C.cm.__self__ is C)
print(c.m.__func__ is C.m, C.__dict__['cm'].__func__.__name__, type(C.__dict__['sm']).__name__, C.sm(), c.cm())
print(c.m.__name__, c.m.__qualname__, C.m.__qualname__, repr(C.m)[:17], repr(c.m)[:26])
