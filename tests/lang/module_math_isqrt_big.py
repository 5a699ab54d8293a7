# math.isqrt on values beyond a double's precision and range.
import math

for v in [2 * 10**60, 10**400, 10**400 - 1, 2**1000 + 12345, (10**50 + 7)**2, (10**50 + 7)**2 - 1,
          3, 15, 16, 17, 2**64 - 1, 2**64]:
    r = math.isqrt(v)
    print(len(str(r)), r % 1000003, r * r <= v < (r + 1) * (r + 1))
