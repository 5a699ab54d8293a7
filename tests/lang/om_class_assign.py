# __class__ assignment rules
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B), isinstance(a, A))
for bad in [1, "B", None, B()]:
    try:
        a.__class__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError", e)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)
try:
    [].__class__ = tuple
except TypeError as e:
    print("TypeError", e)
class L(list): pass
class L2(list): pass
l = L([1, 2])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = list
except TypeError as e:
    print("TypeError", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("b",)
class S4:
    __slots__ = ("a", "b")
s = S1(); s.a = 5
s.__class__ = S2
print(type(s).__name__, s.a)
for t in (S3, S4, A):
    try:
        s.__class__ = t
    except TypeError as e:
        print("TypeError", e)
try:
    a.__class__ = S1
except TypeError as e:
    print("TypeError", e)
# __class__ property override
class Fake:
    @property
    def __class__(self): return int
f = Fake()
print(type(f).__name__, f.__class__.__name__, isinstance(f, int), isinstance(f, Fake))
# class-level __class__ assignment changes behaviour of existing instance methods
class Cnt:
    n = 0
class Cnt2(Cnt):
    n = 10
c = Cnt()
c.__class__ = Cnt2
print(c.n)
# module-level object class assignment with metaclass
class M(type): pass
class X(metaclass=M): pass
class Y: pass
try:
    X.__class__ = type
    print("X meta", type(X).__name__)
except TypeError as e:
    print("TypeError", e)
try:
    object().__class__ = A
except TypeError as e:
    print("TypeError", e)
