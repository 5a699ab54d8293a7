# iterator protocol details
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)
# next() on non-iterators
for x in [[1], "s", 5, None]:
    try:
        next(x)
    except TypeError as e:
        print("TypeError", e)
# iter() of an iterator returns it
it = iter([1, 2])
print(iter(it) is it, type(it).__name__)
# __next__ returning values after StopIteration (not 'exhausted' forever)
class Flaky:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 2 or self.i > 4: raise StopIteration
        return self.i
f = Flaky()
print(list(f), list(f), list(f))
# for loop calls iter once, next until StopIteration
class Logged:
    def __iter__(self):
        print("iter called"); return iter([1, 2])
for v in Logged():
    print("v", v)
# unpacking uses iteration
a, *b = Countdown(4)
print(a, b)
try:
    x, y = Countdown(3)
except ValueError as e:
    print("ValueError", e)
try:
    x, y, z = Countdown(2)
except ValueError as e:
    print("ValueError", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError", e)
# iterating while mutating
d = {1: 1}
try:
    for k in d: d[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError", e)
s = {1}
try:
    for k in s: s.add(k + 1)
except RuntimeError as e:
    print("RuntimeError", e)
l = [1, 2, 3]
for v in l:
    if v == 1: l.remove(v)
print(l)
# iterator exhaustion of builtins
m = map(str, [1, 2])
print(list(m), list(m))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
e = enumerate("xy", start=5)
print(list(e))
# __length_hint__ used by list()
class Hint:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def __length_hint__(self): return 1000
print(list(Hint()))
# StopIteration value from __next__ ignored by for
class WithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("val")
print(list(WithValue()))
