# enumerate and zip in detail
seasons = ["spring", "summer", "fall", "winter"]
print(list(enumerate(seasons)), list(enumerate(seasons, start=1)), list(enumerate(seasons, -2))[:2])
for i, (s, n) in enumerate(zip(seasons, range(10, 50, 10))):
    print(i, s, n)
e = enumerate("ab")
print(type(e).__name__, iter(e) is e, next(e), list(e))
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("ab", range(100))), list(zip([], "abc")), list(zip("a")))
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "xy", strict=True)))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z))
d = dict(zip("abc", range(3)))
print(d, {v: k for k, v in d.items()})
print(list(enumerate(zip("ab", "cd"), 1)))
pairs = list(zip(range(5), range(5)[1:]))
print(pairs, [b - a for a, b in pairs])
it = iter(range(7))
print(list(zip(it, it, it)))
print([(i, c) for i, c in enumerate("hello") if c == "l"])
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(max(enumerate([3, 9, 2]), key=lambda t: t[1]), sorted(enumerate("cab"), key=lambda t: t[1]))
