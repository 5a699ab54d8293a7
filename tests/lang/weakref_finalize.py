# weakref.finalize: called once, when the object dies or when called
# directly; alive, peek, detach, atexit.
import weakref, gc


class Res:
    def __init__(self, name):
        self.name = name


log = []


def cleanup(*args, **kwargs):
    log.append((args, kwargs))
    return "result"


r1 = Res("one")
f1 = weakref.finalize(r1, cleanup, "one", flag=True)
print(f1.alive, f1.atexit)
obj, func, args, kwargs = f1.peek()
print(obj is r1, func is cleanup, args, kwargs)
del obj
del r1
gc.collect()
print(log, f1.alive, f1.peek(), f1.detach())
print(f1())

# calling it directly runs it once
r2 = Res("two")
f2 = weakref.finalize(r2, cleanup, "two")
print(f2(), f2.alive, f2(), len(log))
del r2
gc.collect()
print(len(log))

# detach: the function never runs
r3 = Res("three")
f3 = weakref.finalize(r3, cleanup, "three")
d = f3.detach()
print(d[0] is r3, d[2], f3.alive, f3.detach())
del r3, d
gc.collect()
print(len(log))

# atexit can be switched off (and reads False once dead)
r4 = Res("four")
f4 = weakref.finalize(r4, log.append, "four died")
f4.atexit = False
print(f4.atexit)
r4 = None
gc.collect()
print(log[-1], f4.atexit, f4.alive)

# several finalizers on one object all run
r5 = Res("five")
order = []
fs = [weakref.finalize(r5, order.append, i) for i in range(3)]
del r5
gc.collect()
print(sorted(order), [f.alive for f in fs])

# the finalizer must not keep its object alive
class Owner:
    def __init__(self):
        self.f = weakref.finalize(self, print, "owner finalized")


o = Owner()
del o
gc.collect()
print("end")
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(e)
