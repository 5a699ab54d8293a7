# RecursionError for Python-level recursion
import sys
print(sys.getrecursionlimit())
def down(n): return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
# recovers afterwards and depth is usable again
def depth(n): return n if n == 0 else 1 + depth(n - 1)
print(depth(900))
# mutual recursion
def a(n): return b(n)
def b(n): return a(n)
try:
    a(0)
except RecursionError as e:
    print("mutual", type(e).__name__)
# recursion through methods and properties
class P:
    @property
    def x(self): return self.x
try:
    P().x
except RecursionError as e:
    print("property", type(e).__name__)
class G:
    def __getattr__(self, name): return getattr(self, "_" + name)
try:
    G().q
except RecursionError as e:
    print("getattr chain", type(e).__name__)
class GA:
    def __getattribute__(self, name): return self.other
try:
    GA().x
except RecursionError as e:
    print("getattribute", type(e).__name__)
class SA:
    def __setattr__(self, n, v): setattr(self, n, v)
try:
    SA().x = 1
except RecursionError as e:
    print("setattr", type(e).__name__)
# recursion in __init__ via calls to the class
class Self:
    def __init__(self): Self()
try:
    Self()
except RecursionError as e:
    print("init", type(e).__name__)
# recursion through __call__ and __eq__
class C:
    def __call__(self): return self()
try:
    C()()
except RecursionError as e:
    print("call", type(e).__name__)
class E:
    def __eq__(self, o): return self == o
try:
    E() == 1
except RecursionError as e:
    print("eq", type(e).__name__)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", type(e).__name__)
class L:
    def __len__(self): return len(self)
try:
    len(L())
except RecursionError as e:
    print("len", type(e).__name__)
class I:
    def __iter__(self): return iter(self)
try:
    iter(I())
except RecursionError as e:
    print("iter", type(e).__name__)
# generators recursing
def gen(n):
    yield from gen(n + 1)
try:
    next(gen(0))
except RecursionError as e:
    print("gen", type(e).__name__)
# setrecursionlimit
sys.setrecursionlimit(200)
try:
    depth(300)
except RecursionError as e:
    print("limit 200", type(e).__name__)
print(depth(150))
sys.setrecursionlimit(1000)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError", e)
# exception handler that recurses again
def handler(n):
    try:
        return handler(n + 1)
    except RecursionError:
        if n % 100 == 0:
            raise
        raise
try:
    handler(0)
except RecursionError as e:
    print("handler", type(e).__name__)
print("done", depth(500))
