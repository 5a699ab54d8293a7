# weakref.proxy: attribute access, operators and calls forwarded to the
# referent; ReferenceError once it is gone; proxies are unhashable.
import weakref, gc


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))

    def __radd__(self, other):
        return V(other + self.x)

    def __iadd__(self, other):
        self.x += other
        return self

    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x

    __hash__ = object.__hash__

    def __lt__(self, other):
        return self.x < other.x

    def __len__(self):
        return self.x

    def __getitem__(self, i):
        return i * self.x

    def __setitem__(self, i, v):
        self.last = (i, v)

    def __contains__(self, v):
        return v == self.x

    def __iter__(self):
        return iter(range(self.x))

    def __bool__(self):
        return self.x != 0

    def __str__(self):
        return "V<%d>" % self.x

    def __neg__(self):
        return V(-self.x)

    def __index__(self):
        return self.x

    def method(self, y):
        return self.x * y


v = V(3)
p = weakref.proxy(v)
print(type(p) is weakref.ProxyType, type(p).__name__, isinstance(p, weakref.ProxyTypes))
print(p.x, p.method(2), str(p), len(p), p[4], 3 in p, 4 in p, list(p), bool(p))
print((p + 1).x, (1 + p).x, (-p).x, p == V(3), p < V(5), V(1) < p)
print(p == v, v == p, [10, 20, 30, 40][p])
p.y = 7
print(v.y)
del p.y
print(hasattr(v, "y"))
p[1] = 2
print(v.last)
q2 = weakref.proxy(v)
print(q2 is p)
q2 += 1           # the in-place result is what __iadd__ returned
print(v.x, type(q2).__name__, q2 is v)
del q2
try:
    hash(p)
except TypeError as e:
    print(e)
print(weakref.proxy(v) is p, weakref.getweakrefcount(v))
print(p.__class__ is V)


def f(a, b=2):
    return a + b


cp = weakref.proxy(f)
print(type(cp) is weakref.CallableProxyType, cp(1), cp(1, b=5))

calls = []
q = weakref.proxy(v, lambda pr: calls.append(type(pr).__name__))
print(q is p)
del v
gc.collect()
print(calls)
for op in (lambda: p.x, lambda: len(p), lambda: p + 1, lambda: str(p), lambda: p.method(1)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)

# attribute errors come from the referent
w2 = V(1)
p2 = weakref.proxy(w2)
print(hasattr(p2, "nope"), getattr(p2, "nope", "dflt"))
try:
    p2.nope
except AttributeError as e:
    print(e)
