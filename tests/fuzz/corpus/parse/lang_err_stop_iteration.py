# uncaught StopIteration from next() at module level
it = iter(["first", "second"])
print(next(it))
print(next(it))
print(next(it, "default when exhausted"))
def take(iterator, n):
    out = []
    for _ in range(n):
        out.append(next(iterator))
    return out
nums = iter(range(5))
print(take(nums, 3))
try:
    take(nums, 5)
except StopIteration:
    print("handled StopIteration")
g = (x * 2 for x in range(2))
print(next(g), next(g))
print("exhausting generator")
next(g)
print("never printed")
