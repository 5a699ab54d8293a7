# metaclass __new__ / __init__ / __call__ order and arguments
log = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", mcls.__name__, name, tuple(b.__name__ for b in bases), sorted(k for k in ns if not k.startswith("__")), kw))
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw.get("extra", 0)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name, kw))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__, a, k))
        obj = super().__call__(*a, **k)
        log.append(("made", type(obj).__name__))
        return obj

class A(metaclass=Meta, extra=5):
    x = 1
    def f(self): pass
    def __init__(self, v=0):
        log.append(("A.__init__", v))
        self.v = v

class B(A, extra=7):
    y = 2

for e in log: print(e)
log.clear()
b = B(3, )
print(b.v, A.extra, B.extra, type(B).__name__)
for e in log: print(e)
print(type(A) is Meta, isinstance(B, Meta), Meta.__mro__ == (Meta, type, object))

# __call__ returning something else skips __init__
class M2(type):
    def __call__(cls, *a):
        return ("not an instance", cls.__name__, a)
class C(metaclass=M2):
    def __init__(self):
        print("never")
print(C(1, 2))

# __new__ returning an instance of another class: __init__ not called
class D:
    def __new__(cls, *a):
        print("D.__new__", a)
        return 42
    def __init__(self, *a):
        print("D.__init__ should not run")
print(D(1))

class E:
    def __new__(cls, *a):
        o = super().__new__(cls)
        print("E.__new__", a)
        return o
    def __init__(self, *a):
        print("E.__init__", a)
class F(E): pass
f = F(1, 2)
print(type(f).__name__)

# __new__ returning subclass instance: __init__ is called
class G:
    def __new__(cls, *a):
        return object.__new__(H)
    def __init__(self, *a):
        print("G.__init__ on", type(self).__name__, a)
class H(G): pass
print(type(G(9)).__name__)

# object.__new__ / __init__ excess args
class P: pass
for args in [(), (1,)]:
    try:
        P(*args); print("ok", args)
    except TypeError as e:
        print("TypeError", e)
class Q:
    def __init__(self, a): self.a = a
print(Q(1).a)
try:
    object.__new__(Q, 1, 2); print("object.__new__ with args ok when __init__ overridden")
except TypeError as e:
    print("TypeError", e)
class R:
    def __new__(cls, a): return super().__new__(cls)
try:
    R(1); print("R ok")
except TypeError as e:
    print("TypeError", e)
try:
    object.__init__(R(1), 5)
except TypeError as e:
    print("TypeError", e)

# type() three-arg form and one-arg
T = type("T", (A,), {"z": 3}, extra=9)
print(T.__name__, T.z, T.extra, type(T).__name__)
print(type(5).__name__, type(T).__name__)
for bad in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", 1, {}), ("X", (), 1), ("X", (1,), {})]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError", e)
for e in log: print(e)
