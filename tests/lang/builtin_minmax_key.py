# min/max/sorted with key functions, defaults, ties
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max(people, key=lambda p: len(p[0])), min(people, key=lambda p: (len(p[0]), p[0])))
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: -p[1]))
print(max([3, 1, 3], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min("apple", "Banana", key=str.lower), max("apple", "Banana"), min([[3], [1, 2]], key=len))
print(max([], key=len, default="none"), min((), default=0), max([5], default=9))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: (x % 4, -x)))
print(max({"a": 3, "b": 7}, key={"a": 3, "b": 7}.get), min({"a": 3, "b": 7}.items(), key=lambda kv: kv[1]))
print(max(-5, 3, key=abs), max(-5, 5, key=abs), min(-5, 5, key=abs))
try:
    max([], key=len)
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    min(5)
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted(range(-3, 4), key=lambda x: (abs(x), x)), sorted([0.5, -2, 1.5], key=abs))
scores = {"ann": [90, 85], "bob": [70, 95, 80], "cy": [88]}
best = max(scores, key=lambda n: sum(scores[n]) / len(scores[n]))
print(best, {n: round(sum(v) / len(v), 1) for n, v in scores.items()})
print(max("hello world".split(), key=len), min(map(len, "a bb ccc".split())))
