# classmethod and staticmethod details
class C:
    @classmethod
    def cm(cls, *a): return (cls.__name__, a)
    @staticmethod
    def sm(*a): return a
class D(C): pass
print(C.cm(1), D.cm(2), D().cm(3), C.sm(1), D().sm(2))
cm = C.__dict__["cm"]
sm = C.__dict__["sm"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__get__(None, D)(), cm.__get__(D())(), sm.__get__(None, D)(7))
print(sm(1, 2))
try:
    cm(1)
except TypeError as e:
    print("TypeError", e)
print(C.cm.__self__ is C, C.cm.__func__ is cm.__func__)

# wrapping attributes copied
def f(x):
    "doc of f"
    return x
s = staticmethod(f)
c = classmethod(f)
print(s.__doc__, s.__name__, s.__qualname__, c.__doc__, c.__name__)
f.__isabstractmethod__ = True
print(staticmethod(f).__isabstractmethod__, classmethod(f).__isabstractmethod__)
def g(): pass
print(staticmethod(g).__isabstractmethod__)

# classmethod wrapping a non-callable
cm2 = classmethod(42)
class E:
    x = cm2
try:
    E.x()
except TypeError as e:
    print("TypeError", e)
print(staticmethod(5).__func__)

# classmethod on a property (chaining no longer supported in 3.13)
class F:
    @classmethod
    @property
    def cp(cls): return "cp " + cls.__name__
r = F.cp
print(type(r).__name__)

# staticmethod called on instance doesn't bind
class G:
    @staticmethod
    def who(x=None): return x
print(G().who(), G.who(5))

# classmethod in metaclass
class Meta(type):
    @classmethod
    def mc(mcls): return mcls.__name__
class H(metaclass=Meta): pass
print(H.mc(), Meta.mc())

# instance attribute on staticmethod object

# __get__ with only type
class A: pass
print(classmethod(lambda cls: cls.__name__).__get__(None, A)())
print(classmethod(lambda cls: cls.__name__).__get__(A())())
try:
    classmethod()
except TypeError as e:
    print("TypeError", e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print("TypeError", e)
print(repr(staticmethod(len))[:26])
print(callable(staticmethod(len)), staticmethod(len)([1, 2]))
