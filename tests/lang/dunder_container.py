# container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("out of grid")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        print("set", key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()

g = Grid(3, 2)
print(len(g))
g[0, 1] = "#"
print(g[0, 1], g[1, 1])
print("#" in g, "@" in g)
del g[0, 1]
print(g[0, 1])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s)
for v in s:
    print("seq item", v)

class Sliceable:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("index", k)
sl = Sliceable()
print(sl[1], sl[1:5], sl[::2], sl[-1:], sl[1:2:3])

class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()))

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
