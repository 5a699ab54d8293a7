# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(2, None, -1))
data = list(range(20))
print(data[s], data[slice(None, None, 5)], data[slice(-3, None)])
print("abcdefgh"[slice(1, 6, 2)], (1, 2, 3, 4)[slice(None, None, -1)])
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, k):
        return k
r = Recorder()
print(r[1:2], r[::], r[:5:], r[1:2, 3], r[..., 1], r[::-1])
rng = range(100)
cut = slice(10, 50, 7)
print(list(rng[cut]), rng[cut])
lst = list(range(10))
lst[slice(0, 3)] = ["x"]
print(lst)
del lst[slice(None, None, 3)]
print(lst)
sl = slice(1, 4)
print("hello world"[sl], [10, 20, 30, 40, 50][sl])
try:
    slice(1, 2, 0).indices(10)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("hashable in 3.13")
except TypeError as e:
    print("TypeError:", e)
print(type(s).__name__, isinstance(s, slice))
print(slice(1, 2, 3).indices(100), slice(-100, 100).indices(7))
