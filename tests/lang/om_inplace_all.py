# in-place operators: __iXXX__, fallback to binary, NotImplemented rules
ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
class I:
    def __init__(self): self.log = []
    def __repr__(self): return "I" + str(self.log)
for nm in names:
    def f(self, o, nm=nm):
        self.log.append(nm); return self
    setattr(I, f"__i{nm}__", f)
x = I()
for op in ops:
    exec(f"x {op} 1")
print(x)

class Bin:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Bin({self.v})"
    def __add__(self, o): return Bin(self.v + o)
    def __radd__(self, o): return Bin(o + self.v + 1000)
b = Bin(1)
c = b
b += 2
print(b, c, b is c)
n = 5
n += Bin(1)
print(n)

class NI:
    def __iadd__(self, o):
        print("iadd NotImplemented"); return NotImplemented
    def __add__(self, o):
        print("add"); return "added"
v = NI()
v += 1
print(v)
class NI2:
    def __iadd__(self, o): return NotImplemented
w = NI2()
try:
    w += 1
except TypeError as e:
    print("TypeError", e)
for op in ops:
    z = object()
    try:
        exec(f"z {op} 1")
    except TypeError as e:
        print("TypeError", e)

# __iadd__ returning something else rebinds
class R:
    def __iadd__(self, o): return "replaced"
r = R(); r += 1
print(r)
# list += iterable vs list + iterable
l = [1]; l2 = l
l += (2, 3)
print(l, l2 is l)
try:
    l = l + (4,)
except TypeError as e:
    print("TypeError", e)
# augmented assignment on attributes and subscripts evaluates target once
class T:
    def __init__(self): self.d = {"k": 1}
    def __getattr__(self, n):
        print("getattr", n); raise AttributeError(n)
class Log(dict):
    def __getitem__(self, k):
        print("getitem", k); return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v); super().__setitem__(k, v)
d = Log(a=1)
def key():
    print("key evaluated"); return "a"
d[key()] += 5
print(d)
class AttrObj:
    def __init__(self): object.__setattr__(self, "x", 1)
    def __setattr__(self, n, v):
        print("setattr", n, v); object.__setattr__(self, n, v)
a = AttrObj()
a.x **= 3
print(a.x)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError", e)
print(t)
# inplace on immutables returns new objects
s = "ab"; s2 = s; s += "c"; print(s, s2)
fs = frozenset({1}); fs2 = fs; fs |= {2}; print(sorted(fs), sorted(fs2))
st = {1}; st2 = st; st |= {2}; print(sorted(st2))
