# sorted, min, max, sum, abs, enumerate, zip, reversed
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs))
print(min(3, 1, 2), max("apple", "fig", "banana"), max("apple", "fig", "banana", key=len))
print(min([], default="empty"), max([], default=None), max([1], default=5))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
print(sum(nums), sum(nums, 100), sum([0.5, 0.25]), sum([[1], [2]], []), sum(()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 20))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("xy", [1, 2])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(max([(1, "b"), (1, "a"), (0, "z")]), min("hello"), max([2, 1], [1, 5]))
print(max(1, 2.5), min(-1, -1.0), max(True, 0), type(max(1, 1.0)).__name__)
print(sorted({"b": 2, "a": 1}.items()), min({"b": 2, "a": 1}), min({"b": 2, "a": 1}.values()))
first = max([3, 3.0, 3], key=lambda x: 0)
print(first, type(first).__name__)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
z = zip(range(3), range(10, 13))
print(next(z), list(z))
print(sum(i * i for i in range(10)), sum(range(1, 11)) / 10)
