# sum, any, all details
print(sum([]), sum([], 10), sum([1, 2, 3]), sum((0.1, 0.2)), sum(range(1, 101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]))
print(sum([1, 2.5]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum({3, 4}))
print(sum([10 ** 20, -(10 ** 20), 1]), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2], start=5))
print(any([]), any([0]), any([0, 1]), any(["", None, 0.0]), any("a"), any([[]]), any([[0]]))
print(all([]), all([1]), all([1, 0]), all(["a", "b"]), all([[], 1]), all(iter([True, 1, "x"])))
evaluated = []
def probe(v):
    evaluated.append(v)
    return v
print(any(probe(v) for v in [0, 0, 5, 0, 7]), evaluated)
evaluated.clear()
print(all(probe(v) for v in [1, 2, 0, 3]), evaluated)
print(any(x > 3 for x in range(3)), all(x < 3 for x in range(3)), any(map(str.isdigit, "ab1")))
class Truthy:
    def __bool__(self):
        return True
class Falsy:
    def __len__(self):
        return 0
print(any([Falsy(), Truthy()]), all([Truthy(), Falsy()]), any([Falsy()]))
nums = [3, 8, 12, 5]
print(all(n > 0 for n in nums), any(n % 2 == 0 for n in nums), sum(n for n in nums if n > 4))
