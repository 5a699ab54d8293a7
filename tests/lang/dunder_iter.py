# __iter__ / __next__ iterator protocol
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r))
print(sum(Range2(101)))
print(dict(zip(Range2(3), "abc")))
a, b, c = Range2(3)
print(a, b, c)
print(sorted(Range2(4), reverse=True))
print(max(Range2(7)), min(Range2(7)), 2 in Range2(3), 5 in Range2(3))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
it = iter("ab")
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(iter([]), "default"))

class Pairs:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
p = Pairs([1, 2, 3])
print(list(p), list(reversed(p)))
