# __index__, __int__, __float__, __complex__
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][I(1)], "abc"[I(-1)], list(range(I(3))), bin(I(5)), hex(I(255)), oct(I(8)))
print([1, 2, 3, 4][I(1):I(3)], (1, 2, 3)[:I(2)], I(3).__index__())
print(int(I(7)), type(int(I(7))).__name__)
for bad in ["x", 1.5, None]:
    try:
        [1][I(bad)]
    except TypeError as e:
        print("TypeError", e)
    try:
        int(I(bad))
    except TypeError as e:
        print("TypeError", e)
class B(int): pass
class RetSub:
    def __index__(self): return B(3)
print(range(10)[RetSub()], type(int(RetSub())).__name__)
print("ab" * I(2), [0] * I(3), I(2) * "x" if False else "skip")
try:
    "ab" * I("q")
except TypeError as e:
    print("TypeError", e)
class Int:
    def __int__(self): return 42
print(int(Int()))
try:
    [1][Int()]
except TypeError as e:
    print("TypeError", e)
class IntBad:
    def __int__(self): return "x"
try:
    int(IntBad())
except TypeError as e:
    print("TypeError", e)
class IntSub:
    def __int__(self): return B(9)
v = int(IntSub())
print(v, type(v).__name__)
class Trunc:
    def __trunc__(self): return 5
try:
    print(int(Trunc()))
except TypeError as e:
    print("TypeError", e)
class F:
    def __float__(self): return 2.5
print(float(F()), complex(F()))
class FI:
    def __index__(self): return 3
print(float(FI()), complex(FI()))
class FB:
    def __float__(self): return 1
try:
    float(FB())
except TypeError as e:
    print("TypeError", e)
class FSub(float): pass
class FS:
    def __float__(self): return FSub(1.5)
print(type(float(FS())).__name__)
class C:
    def __complex__(self): return 1 + 2j
print(complex(C()), complex(C()).imag)
class CB:
    def __complex__(self): return 1.0
try:
    complex(CB())
except TypeError as e:
    print("TypeError", e)
import math
print(math.floor(F()) if hasattr(math, "floor") else "", math.sqrt(FI()))
for x in [I(4), F(), Int()]:
    try:
        print(math.isqrt(x) if hasattr(math, "isqrt") else "", end=" ")
    except TypeError as e:
        print("TypeError", e, end=" ")
print()
print(int("12", I(8)) if False else int("12", 8))
try:
    int("12", I(8))
except TypeError as e:
    print("TypeError", e)
print(round(2.567, I(2)), chr(I(65)), "%d %x %c" % (I(3), I(255), I(66)))
try:
    "%d" % F()
except TypeError as e:
    print("TypeError", e)
print(f"{I(5):d}" if False else "skip")
