# generator functions and expressions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)

gen = (x * x for x in range(5))
print(type(gen).__name__, sum(gen), sum(gen))

def with_return():
    yield 1
    return "done"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)

def lazy():
    print("started")
    yield "a"
    print("resumed")
    yield "b"
    print("finishing")
g = lazy()
print("created")
for item in g:
    print("got", item)

print(list(x for x in "abc" if x != "b"))
print(sorted((c for c in "zyx")))
print(max(len(w) for w in ["aa", "b", "cccc"]))

def gen_in_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(g) for g in gen_in_gen()])
g = count_up(3)
print(iter(g) is g)
