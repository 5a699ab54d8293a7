# generator expression semantics
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(s) for s in ["a", "abc"]), "".join(c for c in "abc"))
print(sorted(x % 3 for x in range(10)), tuple(x for x in "hi"), set(x % 2 for x in range(5)))
calls = []
def src():
    for i in range(3):
        calls.append(i)
        yield i
g = (x + 100 for x in src())
print(calls)
print(next(g), calls)
print(list(g), calls)
try:
    (1 / x for x in [1, 0])
    print("creating the generator did not raise")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
def first(it, pred):
    return next((x for x in it if pred(x)), None)
print(first(range(10), lambda x: x > 6), first([], bool), first("abc", str.isupper))
print(dict((k, len(k)) for k in ["aa", "b"]), list(zip("ab", (i for i in range(9)))))
print(any(x == 3 for x in range(10 ** 9)), next(x for x in range(10 ** 9) if x > 5))
nums = [4, 5, 6]
g = (n for n in nums)
nums.append(7)
print(list(g))
it = iter(range(6))
pairs = list(zip(it, it))
print(pairs)
print(list(enumerate(x.upper() for x in "ab")), sum((x for x in [0.5, 0.25]), 10))
gen = (i for i in range(3))
print(list(gen), list(gen), sum(i for i in []), max((i for i in []), default="empty"))
print(" ".join(str(n) for n in range(5) if n % 2), [*(x for x in "xy")])
