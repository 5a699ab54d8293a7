# __call__ and callable()
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw): return (self.n + x) * scale, rest, kw
add = Adder(10)
print(add(1), add(1, 2, 3, scale=2, extra=True), callable(add), callable(Adder))
try:
    add()
except TypeError as e:
    print("TypeError", e)
try:
    add(1, bogus=2, scale=1, **{"scale": 2})
except TypeError as e:
    print("TypeError", str(e).split(" got ")[1])
class NotCallable: pass
print(callable(NotCallable()), callable(NotCallable), callable(len), callable(1), callable(lambda: 0))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
# __call__ set on instance is ignored
n = NotCallable()
n.__call__ = lambda: "instance call"
print(callable(n))
try:
    n()
except TypeError as e:
    print("TypeError", e)
# __call__ as a staticmethod / classmethod / another callable object
class S:
    @staticmethod
    def __call__(*a): return ("static", a)
class K:
    @classmethod
    def __call__(cls, *a): return ("class", cls.__name__, a)
class Nested:
    __call__ = Adder(5)
print(S()(1), K()(2), Nested()(1))
# recursion through __call__ is bounded
class Loop:
    def __call__(self): return self()
try:
    Loop()()
except RecursionError as e:
    print("RecursionError")
# calling with various argument unpackings
def f(*a, **k): return a, k
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}), f(*"ab"), f(**dict(z=0)))
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError", e)
try:
    f(x=1, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
# mapping with keys() used for **
class Mapping:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(f(**Mapping()))
# type objects are callable; calling a metaclass instance
print(callable(type), type("X", (), {})().__class__.__name__)
