import math
from fractions import Fraction as F

def show(*args):
    try:
        print(repr(math.sumprod(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show((), ())
show([-0.0], [1.0])
show([0.0], [-1.0])
show([1, 2], [3, 4])
show([1, 2.5], [3, 4])
show([0.1] * 10, [1] * 10)
show([0.1] * 10, [0.1] * 10)
show([1e308, 1e308], [10, -10])
show([math.inf, 1], [1, 2])
show([math.inf], [0.0])
show([math.inf, -math.inf], [1.0, 1.0])
show([math.nan], [1.0])
show([F(1, 2), 2], [3, 0.5])
show([2 ** 64, 1.5], [3, 2])
show([True, True], [2.5, 1])
show([1e300], [1e300])
show([1.0, 1e-16, -1.0], [1.0, 1.0, 1.0])
show([1e100, 1.0, -1e100], [1.0, 1.0, 1.0])
show([10 ** 30, 10 ** 30], [10 ** 30, -(10 ** 30) + 1])
show([2 ** 53 + 1, 0.5], [1.0, 2])
show([0.1, 0.2, 0.3], [0.3, 0.2, 0.1])
show(iter([1.5, 2.5]), (x for x in [2, 4]))
show(range(10), range(10))
show([1j, 2], [1j, 3.5])
show([F(1, 3), F(1, 6)], [3, 6])
show([1e308, 1e308, -1e308], [1.0, 1.0, 1.0])
show([1.5], [True])
# the accurate sum of products of many floats
import random
rng = random.Random(7)
xs = [rng.uniform(-1e6, 1e6) for _ in range(200)]
ys = [rng.uniform(-1, 1) for _ in range(200)]
exact = sum(F(x) * F(y) for x, y in zip(xs, ys))
print(math.sumprod(xs, ys) == float(exact), math.sumprod(xs, xs) == float(sum(F(x) ** 2 for x in xs)))
show([1.0, -1.0] * 500, [1e20, 1e20] * 500)
show(1)
show([1], [1, 2])
show([1, 2], [1])
show(1, [2])
show(["a"], [2])
show(["a"], ["b"])
show([1], [2], [3])
try:
    math.sumprod(p=[1], q=[2])
except TypeError as e:
    print(e)
