# sys.setrecursionlimit and RecursionError: messages, limit changes within the realm bound, recovery after the error
import sys
lim = sys.getrecursionlimit()
print(lim)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d1 = depth()
print(d1 > 100, d1 < lim)
sys.setrecursionlimit(300)
d2 = depth()
print(sys.getrecursionlimit(), d2 < 300, d2 > 200)
sys.setrecursionlimit(lim)
def f():
    return f()
try:
    f()
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print('repr', e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
try:
    sys.setrecursionlimit(2**70)
except OverflowError as e:
    print('OverflowError', e)
print(sys.getrecursionlimit())
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
