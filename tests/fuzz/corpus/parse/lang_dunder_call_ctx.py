# __call__, __enter__/__exit__, __bool__
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, extra=0):
        return x * self.k + extra
m = Multiplier(3)
print(m(5), m(5, extra=1), callable(m), callable(Multiplier), callable(5))
print(list(map(m, [1, 2, 3])))

class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("start")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.events.append("stop:" + (exc_type.__name__ if exc_type else "ok"))
        return exc_type is KeyError
t = Timer()
with t as same:
    print(same is t)
with t:
    raise KeyError("swallowed")
try:
    with t:
        raise ValueError("kept")
except ValueError:
    pass
print(t.events)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
print(bool(Flag(True)), bool(Flag(False)))
if Flag(False):
    print("no")
else:
    print("falsy flag")
print(not Flag(True))
print(Flag(True) and "and-result")

class LenOnly:
    def __len__(self):
        return 2
print(bool(LenOnly()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class Adder:
    def __init__(self):
        self.total = 0
    def __call__(self, *nums):
        self.total += sum(nums)
        return self
print(Adder()(1)(2, 3)(4).total)
