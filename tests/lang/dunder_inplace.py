# in-place operator dunders and fallback to binary operators
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __repr__(self):
        return "Acc(%r)" % self.v

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
a *= 10
print(a)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 1
print(o.v, o is before)

lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)

class Weird:
    __iadd__ = lambda self, o: "replaced"
w = Weird()
w += 1
print(w)

class NoInplace:
    pass
n = NoInplace()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)

d = {"k": [1]}; d["k"] += [2]; print(d)
class Box:
    pass
b = Box()
b.items = [0]
b.items += [1]
b.count = 1
b.count <<= 3
print(b.items, b.count)
x = 7
x //= 2; r = [x]
x **= 3; r.append(x)
x %= 5; r.append(x)
x |= 8; r.append(x)
x &= 12; r.append(x)
x ^= 5; r.append(x)
x >>= 1; r.append(x)
print(r)
