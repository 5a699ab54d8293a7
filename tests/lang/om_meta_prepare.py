# __prepare__ and class body namespace
class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        ns = OrderedNS()
        ns["injected"] = "yes"
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        return cls
    def __init__(cls, *a, **kw):
        super().__init__(*a)

class A(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def m(self): return injected
    c = injected
print(A.c, A.injected, A.__dict__["b"])

# namespace that records lookups
class LookupNS(dict):
    def __getitem__(self, k):
        if not k.startswith("__"): print("lookup", k)
        return super().__getitem__(k)
    def __missing__(self, k):
        if not k.startswith("__"): print("missing", k)
        raise KeyError(k)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LookupNS(x=10)
class B(metaclass=M2):
    y = x + 1
    z = len
print(B.y, B.z is len)

# __prepare__ returning non-mapping
class M3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class C(metaclass=M3): pass
except TypeError as e:
    print("TypeError", e)

# __prepare__ default
print(type(type.__prepare__("X", ())).__name__, type.__prepare__("X", (), a=1))

# a plain function as metaclass
def fmeta(name, bases, ns, **kw):
    print("fmeta", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return (name, kw)
class D(object, metaclass=fmeta, k=1):
    q = 1
print(D)

# __qualname__, __module__ and __classcell__ seen in the namespace
class M4(type):
    def __new__(mcls, name, bases, ns):
        print(sorted(k for k in ns.keys() if k != "__classcell__"))
        return super().__new__(mcls, name, bases, ns)
class E(metaclass=M4):
    "doc"
    def f(self): return __class__
print(E().f() is E)

# metaclass derivation: most derived metaclass wins
class MA(type): pass
class MB(MA): pass
class X(metaclass=MA): pass
class Y(metaclass=MB): pass
class Z(X, Y): pass
print(type(Z).__name__)
class MC(type): pass
class W(metaclass=MC): pass
try:
    class V(X, W): pass
except TypeError as e:
    print("TypeError", e)
try:
    class U(Y, metaclass=MA): pass
    print(type(U).__name__)
except TypeError as e:
    print("TypeError", e)
