# __bool__ and __len__ checks
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
for v in [True, False]:
    print(bool(B(v)), "yes" if B(v) else "no", not B(v))
for v in [1, 0, None, "x", 1.0]:
    try:
        bool(B(v))
    except TypeError as e:
        print("TypeError", e)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)), len(L(7)))
import sys
for n in [-1, 1.5, "3", None, sys.maxsize + 1, 2**100, -(2**100)]:
    for f in (len, bool):
        try:
            print(f.__name__, f(L(n)))
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
print(len(L(sys.maxsize)))
class IntSub(int): pass
print(len(L(IntSub(4))), type(len(L(IntSub(4)))).__name__)
class Idx:
    def __index__(self): return 6
print(len(L(Idx())))
print(len(L(True)))
# __bool__ takes precedence over __len__
class Both:
    def __bool__(self): print("bool"); return True
    def __len__(self): print("len"); return 0
print(bool(Both()))
# __bool__ = None
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print("TypeError", e)
class NoLen:
    __len__ = None
try:
    len(NoLen())
except TypeError as e:
    print("TypeError", e)
print(bool(NoLen()) if False else "skip")
try:
    bool(NoLen())
except TypeError as e:
    print("TypeError", e)
# neither: True
class Neither: pass
print(bool(Neither()))
for x in [1, object(), 5.0, None, len]:
    try:
        len(x)
    except TypeError as e:
        print("TypeError", e)
# bool subclassing refused
try:
    class MyBool(bool): pass
except TypeError as e:
    print("TypeError", e)
# while/if/and/or/ternary use __bool__
class Count:
    calls = 0
    def __bool__(self):
        Count.calls += 1; return Count.calls < 3
c = Count()
while c: print("loop")
print(Count.calls)
print(B(False) or "fallback", B(True) and "second")
print([x for x in [B(True), B(False)] if x].__len__())
# bool() of builtins
print(bool(0j), bool(""), bool(b""), bool(range(0)), bool(range(1)), bool({}), bool(set()), bool(frozenset([0])))
