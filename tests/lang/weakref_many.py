# Many weak references to many objects: the weak table grows, entries
# go away as referents die, plain references are shared per object.
import gc, weakref


class O:
    __slots__ = ("n", "__weakref__")

    def __init__(self, n):
        self.n = n


objs = [O(i) for i in range(3000)]
refs = [weakref.ref(o) for o in objs]
print(all(weakref.ref(o) is r for o, r in zip(objs, refs)))
extra = [weakref.ref(o, lambda w: None) for o in objs[::3]]
print(weakref.getweakrefcount(objs[0]), weakref.getweakrefcount(objs[1]))

# kill two thirds, in several rounds
for rnd in range(3):
    for i in range(rnd, len(objs), 3):
        if rnd < 2:
            objs[i] = None
    gc.collect()
    print(rnd, sum(r() is None for r in refs), sum(e() is None for e in extra))

# new references after many deaths (tombstones in the table are reused)
more = [O(i) for i in range(2000)]
mrefs = [weakref.ref(o) for o in more]
print(sum(r() is not None for r in mrefs), sum(weakref.getweakrefcount(o) for o in more))
survivors = [o for o in objs if o is not None]
print(len(survivors), all(weakref.getweakrefcount(o) >= 1 for o in survivors))
more = None
gc.collect()
print(sum(r() is None for r in mrefs))

# weak references themselves die quietly
tmp = [weakref.ref(s, lambda w: print("never")) for s in survivors[:100]]
tmp = None
gc.collect()
print(weakref.getweakrefcount(survivors[0]), weakref.getweakrefcount(survivors[1]))
survivors = objs = None
gc.collect()
print(sum(r() is None for r in refs))
