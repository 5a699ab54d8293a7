# Subclasses of weakref.ref: extra attributes, __slots__, keyword
# arguments taken by __init__, callbacks receiving the subclass instance.
import weakref, gc


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__dict__.update(annotations)
        self.count = 0

    def __call__(self):
        self.count += 1
        return super().__call__()


class KeyedRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class Obj:
    pass


o = Obj()
m = MyRef(o, tag="first", weight=3)
print(m() is o, m.tag, m.weight, m.count)
m()
print(m.count)
print(isinstance(m, weakref.ref), type(m).__name__, type(m).__mro__[1] is weakref.ref)
# a subclass instance is never the shared plain reference
pr, m2 = weakref.ref(o), MyRef(o)
print(pr is m, m2 is m)
print(weakref.getweakrefcount(o))

seen = []
k1 = KeyedRef(o, lambda w: seen.append(w.key), "k1")
k2 = KeyedRef(o, lambda w: seen.append(w.key), "k2")
print(k1.key, k2.key, k1() is o)
try:
    k1.other = 1
except AttributeError as e:
    print("AttributeError", e)
print(k1 == k2, hash(k1) == hash(o))
del o
gc.collect()
print(sorted(seen), k1(), m())
print(k1 == k2, k1 != k2, k1 == k1)


class Trackable(weakref.ref):
    instances = 0

    def __init__(self, ob, cb=None):
        super().__init__(ob, cb)
        Trackable.instances += 1


objs = [Obj() for _ in range(4)]
trs = [Trackable(x, lambda w: print("gone", type(w).__name__)) for x in objs[:2]]
print(Trackable.instances)
del objs[:2]
gc.collect()
print([t() for t in trs])
print(weakref.ref.__call__(trs[0]))
print(weakref.ref[int])   # a generic alias, as for list[int]
