# weakref.WeakMethod: a weak reference to a bound method, alive while both
# the instance and the function are.
import weakref, gc


class A:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def add(self, k):
        return self.n + k


a = A(4)
wm = weakref.WeakMethod(a.get)
m = wm()
print(m(), m == a.get, type(m).__name__, m.__self__ is a)
print(wm() == a.get, wm() is wm())
wm2 = weakref.WeakMethod(a.get)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
wm3 = weakref.WeakMethod(a.add)
print(wm == wm3, wm3()(10))
print(isinstance(wm, weakref.ref), isinstance(wm, weakref.WeakMethod))

try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
try:
    weakref.WeakMethod(lambda: 1)
except TypeError as e:
    print(e)

calls = []
cbm = weakref.WeakMethod(a.get, lambda r: calls.append(r is cbm))
m = None
del a
gc.collect()
print(wm(), wm3(), calls)
print(wm == wm2, wm == wm)

# the function dying also kills the method reference
class B:
    pass


def f(self):
    return "f"


B.f = f
b = B()
wf = weakref.WeakMethod(b.f, lambda r: print("function gone"))
print(wf()())
del B.f, f
gc.collect()
print(wf(), b is not None)
