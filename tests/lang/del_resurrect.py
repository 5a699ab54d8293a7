# Resurrection: __del__ may store self somewhere; the object lives on and
# its __del__ never runs again (PEP 442).
import gc

saved = []


class Phoenix:
    runs = 0

    def __init__(self, n):
        self.n = n
        self.me = self      # a cycle: CPython also finds it at gc.collect()

    def __del__(self):
        Phoenix.runs += 1
        print("del", self.n, "run", Phoenix.runs)
        saved.append(self)


p = Phoenix(1)
del p
gc.collect()
print(len(saved), saved[0].n, Phoenix.runs)
saved[0].n = 2
print(saved[0].n)
saved.clear()
gc.collect()
print("runs after second death:", Phoenix.runs)

# resurrected object keeps what it references alive
class Holder:
    keep = None

    def __init__(self):
        self.data = [1, 2, 3]
        self.child = {"k": "v"}
        self.me = self

    def __del__(self):
        Holder.keep = self


h = Holder()
h = None
gc.collect()
gc.collect()
print(Holder.keep.data, Holder.keep.child)
Holder.keep = None
gc.collect()
print("gone")

# a resurrected object can be used as usual, including making new ones
class Maker:
    made = []

    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        if self.n < 3:
            Maker.made.append(Maker(self.n + 1))
        print("finalizing", self.n)


m = Maker(0)
m = None
for _ in range(5):
    gc.collect()
    Maker.made.clear()
print("done")
