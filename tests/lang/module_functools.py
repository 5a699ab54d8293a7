import functools
from functools import (reduce, partial, partialmethod, wraps, update_wrapper, lru_cache, cache,
                       cached_property, total_ordering, cmp_to_key, singledispatch, singledispatchmethod)
import operator, typing

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords, repr(p))
q = partial(p, '111')
print(q(), q.args, q.keywords, repr(partial(max, 1, 2)))
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
print(partial(f, 1)(2), partial(f, 1, d=5)(2, 3), partial(f, d=2)(1, 2, d=9))
try:
    partial(3)
except TypeError as e:
    print(e)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) + 1
    return inner
@deco
def g(x: int) -> int:
    """g doc"""
    return x
print(g(1), g.__name__, g.__doc__, g.__wrapped__.__name__, g.__annotations__, g.__qualname__)

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().misses, fact.__wrapped__(3))
@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print(e)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing')
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__, type(Circle.area).__name__)
del c.area
print(c.area)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(e)

print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: b - a)))

@singledispatch
def show(x):
    return 'object'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
@show.register(typing.Union[str, bytes])
def _(x):
    return 'text'
print(show(1), show([]), show('s'), show(b'b'), show(1.5), show(True), show.dispatch(bool).__name__)

class Shape:
    @singledispatchmethod
    def area(self, arg):
        return 'generic'
    @area.register
    def _(self, arg: int):
        return f'int {arg}'
print(Shape().area(3), Shape().area('x'))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cell = Cell(); cell.set_alive(); print(cell._alive); cell.set_dead(); print(cell._alive)

def h(): pass
def h2(): pass
h2.__dict__['extra'] = 1
update_wrapper(h, h2)
print(h.__name__, h.extra, h.__wrapped__ is h2)
