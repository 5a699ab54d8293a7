# __getitem__/__setitem__/__delitem__ with ints, slices, tuples
class S:
    def __init__(self): self.log = []; self.data = list(range(10))
    def __getitem__(self, k):
        self.log.append(("get", k)); return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(("set", k, v)); self.data[k] = v
    def __delitem__(self, k):
        self.log.append(("del", k)); del self.data[k]
s = S()
print(s[1], s[-1], s[2:5], s[::3], s[1:8:2])
s[0] = 100
s[1:3] = ["a", "b", "c"]
del s[5]
del s[::4]
print(s.data)
for entry in s.log: print(entry)
class K:
    def __getitem__(self, k): return k
k = K()
print(k[1, 2], k[1:2, 3], k[...], k[:, None], k[1:], k[::], k["x"], k[()], k[1:2:3])
sl = k[1:2]
print(type(sl).__name__, sl.start, sl.stop, sl.step, sl == slice(1, 2), hash(slice(1, 2)) == hash(slice(1, 2)))
# slice.indices
for sl in [slice(None), slice(1, 100, 2), slice(-3, None), slice(None, None, -1), slice(5, 1, -2)]:
    print(sl, sl.indices(10))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError", e)
# missing methods messages
class RO:
    def __getitem__(self, k): return k
r = RO()
try:
    r[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del r[0]
except TypeError as e:
    print("TypeError", e)
class WO:
    def __setitem__(self, k, v): pass
try:
    WO()[0]
except TypeError as e:
    print("TypeError", e)
# errors inside propagate
class Err:
    def __getitem__(self, k): raise KeyError(k)
try:
    Err()["x"]
except KeyError as e:
    print("KeyError", e)
# __getitem__ with __index__ objects on builtins
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], "abc"[Idx()], (1, 2, 3)[Idx():], b"xyz"[Idx()], range(5)[Idx()])
for seq in ([1], "a", (1,), b"a", range(1)):
    for key in (1.0, "0", None):
        try:
            seq[key]
        except TypeError as e:
            print("TypeError", e)
for seq in ([1], "a", (1,), range(1)):
    try:
        seq[5]
    except IndexError as e:
        print("IndexError", e)
# class-level __getitem__ on a metaclass vs __class_getitem__
class Meta(type):
    def __getitem__(cls, k): return f"meta[{k}]"
class M(metaclass=Meta): pass
print(M[1])
# augmented assignment with getitem
s2 = S()
s2[0] += 5
print(s2.log)
