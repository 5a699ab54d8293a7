# id (equality only), hash (equalities and fixed small values), callable, object
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c)
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(1) == hash(True))
print(hash(5), hash(-3), hash(0), hash(1000000))
print(hash(-1), hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash("x") == hash("x"), hash(1.5) == hash(1.5))
print(hash(2.0) == hash(2), hash(frozenset()) == hash(frozenset()))
print(hash(10 ** 20) == hash(10 ** 20), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5))
print(hash(0.5), hash(-0.0), hash(float("inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((0, 0)))
print(hash(None) == hash(None), hash(True), hash(False))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
class H:
    def __hash__(self):
        return 42
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()) == hash(2 ** 70))
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, hash(o1) == hash(o1), type(o1).__name__)
print(callable(len), callable(print), callable("s"), callable(H), callable(H()), callable(lambda: 0))
try:
    object().attr = 5
except AttributeError as e:
    print("AttributeError:", e)
print(str(object()).startswith("<object object at "), isinstance(object, type))
x = 1000
y = x
print(id(x) == id(y), x is y)
class P:
    pass
p = P()
print(id(p) == id(p), id(p) != id(P()))
