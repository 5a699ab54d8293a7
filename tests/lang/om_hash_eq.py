# __hash__ = None, hash inheritance when __eq__ is defined
class A:
    def __eq__(self, o): return True
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print("TypeError", e)
try:
    {A()}
except TypeError as e:
    print("TypeError", e)
class B(A):
    pass
print(B.__hash__, "__hash__" in B.__dict__)
class C(A):
    __hash__ = object.__hash__
print(hash(C()) == hash(C()) or True, type(hash(C())).__name__)
class D:
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, D)
print(hash(D()), len({D(), D()}))
class E(D):
    def __eq__(self, o): return False
print(E.__hash__)
class F(D):
    pass
print(hash(F()))
class G:
    __hash__ = None
try:
    hash(G())
except TypeError as e:
    print("TypeError", e)
print(isinstance(G(), object))
# __hash__ returning non-int, big ints, bools
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in [True, -1, 2**64, 2**61 - 1, 2**61, -(2**70), 1.5, "x", None]:
    try:
        print(v if not isinstance(v, int) or abs(v) < 100 else "big", hash(H(v)))
    except TypeError as e:
        print("TypeError", e)
class IntSub(int): pass
print(hash(H(IntSub(7))))
# hash of builtins equal values
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(-1), hash(-2), hash(0.5), hash(2**61 - 1), hash(2**61))
print(hash(()), hash((1, 2)) == hash((1, 2)), hash(frozenset()) == hash(frozenset()))
for x in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        hash(x)
    except TypeError as e:
        print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
# dict lookup uses __eq__ only when hashes match
class K:
    def __init__(self, h, n): self.h, self.n = h, n
    def __hash__(self): return self.h
    def __eq__(self, o):
        print("eq", self.n, o.n); return self.h == o.h
d = {K(1, "a"): 1}
print(d[K(1, "b")])
print(K(2, "c") in d)
# unhashable subclass of hashable builtin
class L(int):
    def __eq__(self, o): return int(self) == o
try:
    hash(L(1))
except TypeError as e:
    print("TypeError", e)
class M(int):
    __hash__ = int.__hash__
    def __eq__(self, o): return True
print(hash(M(5)))
# object.__hash__ consistency, __ne__
o = object()
print(hash(o) == hash(o), object.__hash__(o) == hash(o))
print(type(A.__dict__.get("__hash__")).__name__)
