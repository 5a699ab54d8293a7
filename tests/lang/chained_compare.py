# chained comparisons and evaluation order
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, 1 < x <= 5)
print(1 < 2 > 1.5, None is None is not False)
a = [1]
b = a
print(a is b is not None, a == b == [1], 1 in a in [a])
print("a" < "b" < "c", [1, 2] < [1, 3] < [2], (1,) < (1, 0))
print(1 < 2.5 < 3, True < 2, -1 < False < True)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError:", e)
print(1 > "a" if False else 0 < 1 < 2 < 3 < 4 < 5)
lo, hi = 3, 7
print([n for n in range(10) if lo <= n < hi])
print(None is None, None is not None, 0 == False, 1 == True, 2 == True)
print(float("nan") == float("nan"), 0.0 == -0.0, 1 == 1.0, 10**20 == 1e20)
print([] == [], [] is [], () == (), "" == "")
print((1, 2) == [1, 2], [1, 2] == [1, 2.0], {1: 2} == {1: 2.0})
print(sorted([3, 1, 2]) == [1, 2, 3] != [3, 2, 1])
