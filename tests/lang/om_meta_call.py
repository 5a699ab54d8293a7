# metaclass __call__ patterns: singletons, registries, argument rewriting
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in Singleton._inst:
            Singleton._inst[cls] = super().__call__(*a, **k)
        return Singleton._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        print("Config init", v)
        self.v = v
a = Config(1); b = Config(2)
print(a is b, a.v)
class Sub(Config): pass
print(Sub(5) is a, type(Sub()).__name__)
class Registry(type):
    classes = []
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        if bases:
            m.classes.append(name)
        return cls
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
class P2(P1): pass
print(Registry.classes)
class Kw(type):
    def __call__(cls, *args, **kwargs):
        kwargs.setdefault("default", "filled")
        return super().__call__(*args, **kwargs)
class K(metaclass=Kw):
    def __init__(self, default): self.default = default
print(K().default, K(default="given").default)
class Counting(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.count = 0
    def __call__(cls, *a):
        cls.count += 1
        return super().__call__(*a)
class C(metaclass=Counting): pass
C(); C(); C()
print(C.count)
class D(C): pass
D()
print(C.count, D.count)
# metaclass method vs class method resolution
class M(type):
    def hello(cls): return f"M.hello {cls.__name__}"
    def shared(cls): return "meta shared"
class E(metaclass=M):
    def shared(self): return "instance shared"
print(E.hello(), E.shared(E()), E().shared())
try:
    E().hello()
except AttributeError as e:
    print("AttributeError", e)
# metaclass attributes
class MA(type):
    meta_attr = "meta"
class F(metaclass=MA): pass
print(F.meta_attr, hasattr(F(), "meta_attr"), "meta_attr" in dir(F))
# metaclass __repr__ and __str__ for classes
class Pretty(type):
    def __repr__(cls): return f"<Pretty {cls.__name__}>"
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return k * 2
    def __bool__(cls): return False
class G(metaclass=Pretty): pass
print(repr(G), str(G), len(G), list(G), G[3], bool(G), [G])
# operators on classes via metaclass
class OpMeta(type):
    def __or__(cls, other): return ("or", cls.__name__, other.__name__)
    def __add__(cls, other): return cls.__name__ + other.__name__
class H(metaclass=OpMeta): pass
class I(metaclass=OpMeta): pass
print(H | I, H + I)
# __call__ on metaclass receiving keyword args and returning different types
class Factory(type):
    def __call__(cls, kind=None):
        if kind == "int": return 0
        return super().__call__()
class J(metaclass=Factory): pass
print(J("int"), type(J()).__name__)
