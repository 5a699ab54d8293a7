# inf / nan arithmetic and comparisons, float/int mixed comparisons
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, inf == inf, -inf < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan, [nan] == [nan], (nan,) == (nan,))
print(nan in [nan], nan in {nan}, {nan: 1}.get(nan), max(1, nan), max(nan, 1), min(nan, 1))
print(inf > 10**400, -inf < -(10**400), 10**400 < inf, 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53 + 1)
print(0.0 == -0.0, hash(0.0) == hash(-0.0), str(-0.0), abs(-0.0), -0.0 < 0.0, repr(0.0 * -1))
print(1 == 1.0, hash(1) == hash(1.0), True == 1.0, 10**20 == 1e20, 10**23 == 1e23, float(10**23) == 10**23)
print(sorted([3, 1.5, True, 2**70, -inf, 0.0, -1]))
print(hash(inf), hash(-inf), hash(0.5), hash(-0.5), hash(1e300), hash(2.0**-1074), hash(123.456), hash(-1.0))
import math
print(math.isnan(inf - inf), math.isinf(1e308 * 10), math.copysign(1, -0.0), math.copysign(1, nan))
print(inf // 1, -inf // 1 if False else '', inf % 1 if False else '')
for a in [1.0, -1.0, 0.0, inf, -inf, nan]:
    for b in [2.0, -2.0, inf, -inf]:
        try:
            r = (a // b, a % b)
        except Exception as e:
            r = type(e).__name__
        print(a, b, r)
print(pow(2.0, 0.5), pow(-2.0, 2), pow(2.0, -1), pow(0.0, 0.0), pow(nan, 0), pow(1, nan), pow(inf, -1))
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(type(pow(-8.0, 1/3)).__name__, pow(-8.0, 1/3).real > 0)
print((-1) ** 0.5)
print(float('1e500'), float('-1e500'), float('1e-500'))
