# comparisons and arithmetic mixing ints and floats
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 10 ** 23 < 1e23)
print(0.1 < 1, 1 < 1.0000001, -1 > -1.5, 3 <= 3.0, 4 >= 4.5)
big = 10 ** 400
print(big > 1e308, big < float("inf"), -big > float("-inf"), big == float("inf"))
print(float("nan") == 1, float("nan") < 1, 1 < float("nan"), 1 != float("nan"))
print(type(1 + 1.0).__name__, type(2 * 1.5).__name__, type(3 / 1).__name__, type(4 // 2.0).__name__)
print(1 + 0.5, 2 * 0.25, 7 / 2, 7 // 2.0, 7 % 2.5, -7 % 2.5, 2 ** -1, 4 ** 0.5)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([2.0, 1, 1.5, 2]))
print(sum([1, 2.5, 3]), sum([0.1, 0.2, 0.3]), sum(range(5)) / 2)
print(int(2.5) == 2, round(2.5) == 2, float(2 ** 60) == 2 ** 60, float(2 ** 60 + 1) == 2 ** 60 + 1)
print(1e16 + 1 == 1e16, 10 ** 16 + 1 == 10 ** 16, (10 ** 16 + 1) * 1.0)
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), {1: "a"}[1.0], 1.0 in {1}, 2 in {2.0})
try:
    big * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    big / 3
except OverflowError as e:
    print("OverflowError:", e)
print(big // 10 ** 399, (big + 1) % 7, float(10 ** 308) < float("inf"))
print(0 == -0.0, 0.0 == 0, -0.0 < 0, abs(-0.0) == 0)
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-9, round(3 * 0.1, 2) == 0.3)
print([x / 4 for x in range(-4, 5)], [x // 4 for x in range(-4, 5)])
print(1 / 3 * 3 == 1, 0.1 * 10 == 1.0, sum([0.1] * 10) == 1.0)
print(True + 0.5, False * 2.5, 5 == 5.0 == True * 5)
