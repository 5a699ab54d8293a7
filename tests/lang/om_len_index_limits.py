# size and index conversions at their limits
import sys
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [0, sys.maxsize, sys.maxsize + 1, -1, 2**63, True]:
    try:
        print(len(L(n)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
seq = list(range(10))
for v in [3, -3, 100, -100]:
    try:
        print(seq[I(v)])
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
for v in [2**70, -(2**70)]:
    print(seq[I(v):], seq[:I(v)])
try:
    "x" * I(2**70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    [0] * I(-5)
    print([0] * I(-5))
except OverflowError as e:
    print("OverflowError", e)
print(range(I(5))[I(-1)], range(2**70)[I(2**69)] == 2**69)
try:
    len(range(2**70))
except OverflowError as e:
    print("OverflowError", e)
print(range(2**70).__len__ if False else "skip", bool(range(2**70)))
# __index__ returning bool / int subclass
class B:
    def __index__(self): return True
print(seq[B()], bin(B()))
class Sub(int): pass
class S:
    def __index__(self): return Sub(4)
print(seq[S()], type(S().__index__()).__name__)
# operator.index-like behaviour through hex/oct/bin and int()
for v in [I(10), I(-10)]:
    print(hex(v), oct(v), bin(v))
try:
    hex(I("x"))
except TypeError as e:
    print("TypeError", e)
# slices with None and __index__
print(seq[I(1):I(8):I(3)], seq[None:I(2)], slice(I(1), I(5)).indices(4))
try:
    seq[1.5:2]
except TypeError as e:
    print("TypeError", e)
