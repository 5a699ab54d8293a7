# iteration protocol: StopIteration, iter() with sentinel
data = [1, 2, 3, 0, 4]
it = iter(data)
calls = 0
def reader():
    global calls
    calls += 1
    return next(it)
print(list(iter(reader, 0)), calls)

class Source:
    def __init__(self):
        self.values = ["a", "b", "", "c"]
    def read(self):
        return self.values.pop(0)
src = Source()
for chunk in iter(src.read, ""):
    print("chunk", chunk)
print(src.values)

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))

try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)

def gen():
    yield 1
    raise StopIteration("inside generator")
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e)

it = iter(range(3))
print(next(it), next(it), next(it), next(it, None), next(it, "again"))
e = StopIteration(7)
print(e.value, StopIteration().value)

it = iter({"x": 1, "y": 2})
print(sorted(it))
it = iter((1, 2))
print(type(it).__name__, type(iter([])).__name__, type(iter("s")).__name__)
print(type(iter(range(2))).__name__, type(iter({})).__name__)
def first_n(iterable, n):
    it = iter(iterable)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(first_n("abcdef", 3), first_n([1], 5))
