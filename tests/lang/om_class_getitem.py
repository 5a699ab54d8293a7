# __class_getitem__ and __mro_entries__
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G[1, 2], G["x"])
class H(G): pass
print(H[str])
print(type(G.__dict__["__class_getitem__"]).__name__)
try:
    G()[0]
except TypeError as e:
    print("TypeError", e)

# metaclass __getitem__ wins over __class_getitem__
class M(type):
    def __getitem__(cls, k): return ("meta", k)
class K(metaclass=M):
    def __class_getitem__(cls, k): return ("cgi", k)
print(K[1])

# plain type without it
try:
    int[0]
    print("int[0] ok", int[0])
except TypeError as e:
    print("TypeError", e)
try:
    class Plain: pass
    Plain[0]
except TypeError as e:
    print("TypeError", e)

print(list[int], dict[str, list[int]], tuple[int, ...])
ga = list[int]
print(ga.__origin__, ga.__args__, ga == list[int], ga != list[str])

# __mro_entries__
class Fake:
    def __init__(self, real): self.real = real
    def __mro_entries__(self, bases):
        print("mro_entries", [type(b).__name__ for b in bases])
        return (self.real,)
class Real:
    def hi(self): return "hi"
class C(Fake(Real)):
    pass
print(C.__bases__, C.__orig_bases__[0].__class__.__name__, C().hi())

class Two:
    def __mro_entries__(self, bases): return (Real, dict)
class D(Two()): pass
print([b.__name__ for b in D.__bases__])

class Empty:
    def __mro_entries__(self, bases): return ()
class E(Empty()): pass
print(E.__bases__)

class BadEntries:
    def __mro_entries__(self, bases): return [Real]
try:
    class F(BadEntries()): pass
except TypeError as e:
    print("TypeError", e)


# type() three-arg does not resolve __mro_entries__
try:
    type("Y", (Fake(Real),), {})
except TypeError as e:
    print("TypeError", e)

# generic alias as base
class L(list[int]): pass
print(L.__bases__, L.__orig_bases__)
print(hasattr(Real, "__orig_bases__"))
