# tuples: packing, returning multiple values, comparison, as keys, immutability
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 8, 1, 9])
print(lo, hi, min_max("hello"))
records = [("b", 2, 1.0), ("a", 2, 0.5), ("a", 1, 3.0)]
print(sorted(records), max(records), sorted(records, key=lambda r: r[2]))
grid = {}
for r in range(2):
    for c in range(2):
        grid[r, c] = r * 2 + c
print(grid, grid[(1, 0)])
t = (1, 2, 3)
print(t + (4,), t * 2, t[::-1], t.index(2), 3 in t, len(t))
a = (1, [2, 3])
a[1].append(4)
print(a)
try:
    a[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(a)
x = 1,
print(x, type(x).__name__, len(x))
empty = ()
print(empty, len(empty), bool(empty), () == tuple())
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") < (1, "b"), (0, 0) == (0, 0.0))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2))), tuple(map(str, (1, 2))))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], [y for x in nested for y in (x if isinstance(x, tuple) else (x,))])
def args(*a):
    return a
print(args(), args(1), args(1, 2), type(args()).__name__)
print(hash((1, "a", (2, 3))) == hash((1, "a", (2, 3))), hash((1, 2)) != hash((2, 1)))
s = set()
s.add((1, 2)); s.add((1, 2)); s.add((2, 1))
print(len(s), sorted(s))
print(str((1, "two", None)), repr(((),)), (1, 2).count(3))
