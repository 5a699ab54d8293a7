# dir() and __dir__
class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
    def __init__(self): self.inst = 3
names = dir(B())
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, names == sorted(names))
print([n for n in dir(B) if not n.startswith("__")])

class Custom:
    def __dir__(self):
        return ["z", "a", "m", "a"]
print(dir(Custom()))
class Tup:
    def __dir__(self): return ("b", "a")
print(dir(Tup()))
class Bad:
    def __dir__(self): return 5
try:
    dir(Bad())
except TypeError as e:
    print("TypeError", e)
class Gen:
    def __dir__(self): yield "y"; yield "x"
print(dir(Gen()))

# metaclass __dir__ for class objects
class Meta(type):
    def __dir__(cls): return ["meta_listed"]
class M(metaclass=Meta):
    hidden = 1
print(dir(M))

# dir of modules and builtin types
import sys
print("getrecursionlimit" in dir(sys))
print([n for n in dir(int) if not n.startswith("_")])
print(set(dir(object())) <= set(dir(A())))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)

# instance __dict__ non-str keys excluded? (sorted must work)
class D: pass
d = D()
d.__dict__["x"] = 1
print([n for n in dir(d) if not n.startswith("_")])

# dir() without args inside function
def f():
    a = 1; b = 2
    return dir()
print(f())
# object.__dir__ directly
print(sorted(object.__dir__(B()))[:3])
