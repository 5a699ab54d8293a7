# private name mangling
class A:
    __x = 1
    def __m(self): return "private m"
    def get(self): return self.__x, self.__m(), A.__x
    def set(self, v): self.__y = v
    def names(self): return sorted(n for n in vars(self))
a = A()
print(a.get(), hasattr(a, "__x"), hasattr(a, "_A__x"), a._A__m())
a.set(5)
print(a.names(), a._A__y)
try:
    a.__x
except AttributeError as e:
    print("AttributeError", e)
class B(A):
    __x = 2
    def getb(self): return self.__x
print(B().get(), B().getb(), sorted(k for k in vars(B) if "x" in k))
# leading underscores in class name are stripped
class _Under:
    def __p(self): return 1
print([n for n in dir(_Under) if n.endswith("__p")])
class __Dunder:
    __q = 1
print([n for n in vars(__Dunder) if n.endswith("__q")])
# dunder names (ending with __) are not mangled
class C:
    __special__ = "special"
    def __len__(self): return 3
print(C.__special__, len(C()))
# mangling inside nested functions and comprehensions
class D:
    __secret = 42
    def f(self):
        def inner(): return self.__secret
        return inner(), [self.__secret for _ in range(1)], (lambda: D.__secret)()
print(D().f())
# getattr with mangled name strings is not mangled
class E:
    def __init__(self): self.__v = "v"
    def via_getattr(self): return getattr(self, "__v", "not found")
print(E().via_getattr(), E()._E__v)
# mangling applies to imports / globals accessed in a class
__glob = "module private"
class F:
    def g(self):
        try:
            return __glob
        except NameError as e:
            return "NameError " + str(e)
print(F().g())
# keyword argument names are mangled too
class G:
    def call(self, **kw): return sorted(kw)
    def test(self): return self.call(__k=1)
print(G().test())
# long names are not truncated
class H:
    __abcdefghijklmnopqrstuvwxyz = 1
print([n for n in vars(H) if "abc" in n])
