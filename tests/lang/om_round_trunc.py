# __round__, __trunc__, __floor__, __ceil__
import math
class N:
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = N()
print(round(n), round(n, 2), round(n, None), math.trunc(n), math.floor(n), math.ceil(n))
class Empty: pass
for f in (round, math.trunc, math.floor, math.ceil):
    try:
        f(Empty())
    except TypeError as e:
        print("TypeError", e)
try:
    round(Empty(), 1)
except TypeError as e:
    print("TypeError", e)
class FloatOnly:
    def __float__(self): return 2.7
print(math.floor(FloatOnly()), math.ceil(FloatOnly()))
try:
    round(FloatOnly())
except TypeError as e:
    print("TypeError", e)
try:
    math.trunc(FloatOnly())
except TypeError as e:
    print("TypeError", e)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2), round(1250, -2), round(-1350, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(5, 2), type(round(5, None)).__name__)
print(math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.ceil(True))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("inf"), 2), round(1e300, -300))
class IntSub(int):
    pass
print(type(round(IntSub(5))).__name__, type(math.trunc(IntSub(5))).__name__, type(math.floor(IntSub(5))).__name__)
class FSub(float):
    def __round__(self, nd=None): return "FSub round"
print(round(FSub(1.5)), math.floor(FSub(1.5)))
# instance attributes are not used
n2 = Empty()
n2.__round__ = lambda *a: 0
try:
    round(n2)
except TypeError as e:
    print("TypeError", e)
print(round(-0.0), round(0.5), round(1.5), round(2.675, 2), round(-1e-10, 3))
