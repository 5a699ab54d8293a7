# weakref.ref: calling, identity of plain refs, callbacks, hashing,
# equality, counts and lists of weak references, dead references.
import weakref, gc


def mask(s):
    """repr text with the addresses replaced (they differ run to run)."""
    out, i = [], 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("0x?")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "C(%d)" % self.n


c = C(1)
r = weakref.ref(c)
print(r() is c, r().n)
print(weakref.ref(c) is r, weakref.ref(c, None) is r)
print(r.__callback__)
print(type(r) is weakref.ref, type(r) is weakref.ReferenceType, isinstance(r, weakref.ref))
print(weakref.ref.__name__, weakref.ref.__module__, weakref.ref)
print(weakref.getweakrefcount(c), weakref.getweakrefcount(5), weakref.getweakrefs(5))


def cb(wr):
    print("cb called", wr is r2)


r2 = weakref.ref(c, cb)
print(r2 is r, r2() is c, r2.__callback__ is cb)
print(weakref.getweakrefcount(c))
refs = weakref.getweakrefs(c)
print(len(refs), refs[0] is r, refs[1] is r2)

# equality compares the referents while both are alive
d1 = C(1)
rd = weakref.ref(d1)
print(r == r2, r != r2, r == rd, r == 1, r != "x")
print(hash(r) == hash(c), hash(r2) == hash(c))


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, H) and self.h == other.h


h1, h2 = H(7), H(7)
print(hash(weakref.ref(h1)), weakref.ref(h1) == weakref.ref(h2))

print(mask(repr(r)))


def f():
    pass


print(mask(repr(weakref.ref(f))))
print(mask(repr(weakref.ref(int))))
print(mask(repr(weakref.ref(len))))

# death: the referent goes away at the next collection
hr = hash(r)
del c
gc.collect()
print(r(), r2(), r2.__callback__)
print(mask(repr(r)))
print(hash(r) == hr)          # the hash was cached while alive
print(r == r2, r == r, r != r2)
try:
    hash(r2)
    print("hashed")
except TypeError as e:
    print("TypeError", e)
try:
    hash(weakref.ref(d1) if False else rd)
    print("alive hash ok")
except TypeError as e:
    print(e)

# dead refs stay dead; new refs to other objects are independent
e = C(5)
re = weakref.ref(e)
print(weakref.getweakrefcount(e), re().n)
del e
gc.collect()
print(re(), weakref.getweakrefcount(d1))

# errors
try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    weakref.ref(d1, None, 3)
except TypeError as e:
    print(e)
try:
    weakref.ref(d1, callback=None)
except TypeError as e:
    print(e)
try:
    rd(1)
except TypeError as e:
    print(e)
try:
    rd(x=1)
except TypeError as e:
    print(e)
