# map, filter, any, all, iter, next
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x > 2, range(6))))
m = map(abs, [-1, -2, -3])
print(next(m), list(m), list(m))
f = filter(lambda x: x % 2, range(10))
print(next(f), next(f), list(f))
print(any([0, 0, 1]), any([]), any(x > 5 for x in range(3)), any("0"))
print(all([1, 2, 3]), all([1, 0]), all([]), all(x < 5 for x in range(5)))
def noisy(v):
    print("checking", v)
    return v
print(any(noisy(v) for v in [0, 3, 0]))
print(all(noisy(v) for v in [1, 0, 1]))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
print(list(map(lambda t: t[0] + t[1], zip("abc", "xyz"))))
print(sorted(map(lambda s: s[::-1], ["abc", "xy"])))
print(list(map(str.upper, filter(str.isalpha, ["a", "1", "b"]))))
words = ["Apple", "bob", "Cat"]
print(list(filter(lambda w: w[0].isupper(), words)), any(w.islower() for w in words))
squares = map(lambda x: x * x, range(1, 4))
print(sum(squares), sum(squares))
print(list(map(None.__class__, [])) if False else list(map(bool, [0, 1, ""])))
