# __contains__ and its fallbacks to __iter__ and __getitem__
class C:
    def __contains__(self, x):
        print("contains", x); return x == 1
print(1 in C(), 2 in C(), 2 not in C())
class Ret:
    def __contains__(self, x): return "truthy"
print(1 in Ret())
class It:
    def __iter__(self):
        print("iter"); return iter([1, 2, 3])
print(2 in It(), 5 in It())
class GI:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3: raise IndexError
        return i * 10
print(20 in GI(), 25 in GI())
class GIStop:
    def __getitem__(self, i):
        if i > 1: raise StopIteration
        return i
try:
    print(5 in GIStop())
except StopIteration as e:
    print("StopIteration propagated")
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError", e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    1 in NoIter()
except TypeError as e:
    print("TypeError", e)
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
try:
    for x in NoIter(): pass
except TypeError as e:
    print("TypeError", e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError", e)
# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self): return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
try:
    1 in BadIter()
except TypeError as e:
    print("TypeError", e)
# __next__ only on the class
class Counter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Counter()), 2 in Counter(), sum(Counter()))
# old-style sequence iteration
class Seq:
    def __getitem__(self, i):
        if i < 4: return chr(97 + i)
        raise IndexError(i)
print(list(Seq()), "".join(Seq()), sorted(Seq(), reverse=True))
it = iter(Seq())
print(type(it).__name__, next(it), next(it))
# iter(callable, sentinel)
vals = iter([1, 2, 0, 3])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
# contains on builtins with __eq__ calls
class Eq:
    def __eq__(self, o): print("eq", o); return o == 2
print(Eq() in [1, 2, 3])
print(Eq() in (1,), Eq() in {"k": 1}.values())
try:
    [] in {1: 2}
except TypeError as e:
    print("TypeError", e)
print(1 in range(0, 10, 2), 2 in range(0, 10, 2), 2.0 in range(3), "a" in range(3))
