# Weak reference callbacks: called with the (now dead) reference after the
# referent is collected, in CPython's order for one referent; not called
# when the reference itself died too; exceptions in callbacks are ignored.
import weakref, gc

log = []


class C:
    def __init__(self, name):
        self.name = name


def make_cb(tag):
    def cb(wr):
        log.append((tag, wr(), type(wr).__name__))
    return cb


c = C("a")
r1 = weakref.ref(c, make_cb("first"))
r2 = weakref.ref(c, make_cb("second"))
r3 = weakref.ref(c, make_cb("third"))
plain = weakref.ref(c)
print(weakref.getweakrefcount(c))
# the plain ref comes first, then the ones with callbacks, newest first
print([w is plain for w in weakref.getweakrefs(c)])
print([w.__callback__ is not None for w in weakref.getweakrefs(c)])
del c
gc.collect()
print(log)
print(r1(), r2(), r3(), plain())
print(r1.__callback__, r2.__callback__)

# a reference that dies together with its referent calls nothing
log.clear()
d = C("d")
dead_ref = weakref.ref(d, make_cb("never"))
d.self_ref = dead_ref
d.me = d          # a cycle: CPython finds it dead at gc.collect() too
del d, dead_ref
gc.collect()
print("after cycle:", log)

# a callback may make new objects, new references, even collect again
log.clear()


def busy(wr):
    x = C("made in callback")
    y = weakref.ref(x)
    log.append(("busy", y() is x))
    gc.collect()
    log.append(("busy done",))


e = C("e")
re = weakref.ref(e, busy)
del e
gc.collect()
print(log)

# exceptions in callbacks do not propagate
log.clear()


def bad(wr):
    log.append("bad ran")
    raise RuntimeError("ignored")


f = C("f")
rf = weakref.ref(f, bad)
g = C("g")
rg = weakref.ref(g, make_cb("g"))
del f
gc.collect()
del g
gc.collect()
print(log)
print("still running")

# callbacks of several referents: each runs once
log.clear()
objs = [C(i) for i in range(10)]
refs = [weakref.ref(o, lambda w, i=i: log.append(i)) for i, o in enumerate(objs)]
del objs[::2]
gc.collect()
print(sorted(log))
objs.clear()
gc.collect()
print(sorted(log))
print(all(r() is None for r in refs))

# a callable object as callback
class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, wr):
        self.n += 1


k = Counter()
hs = [C(i) for i in range(5)]
ws = [weakref.ref(h, k) for h in hs]
del hs
gc.collect()
print(k.n)
