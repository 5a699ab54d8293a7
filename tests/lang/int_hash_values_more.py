# hash() of ints around the modulus 2**61-1, negatives, and equality with floats/complex/Fraction-like values
M = 2**61 - 1
for n in [M - 1, M, M + 1, 2 * M, 2 * M + 5, -M, -M - 1, -(2 * M), M ** 2, -(M ** 2) + 3, 2**200, -(2**200), 12345678901234567890]:
    print(n % 1000, hash(n), hash(n) == hash(n % M if n >= 0 else -((-n) % M)) or hash(n) == -2)
for x in [0.5, 0.25, 1.5, -2.75, 1e100, 1e-100, 2.0**-60, 123.456, -0.1]:
    print(x, hash(x), hash(complex(x, 0)) == hash(x), hash(complex(0, x)))
print(hash(-1), hash(-2), hash(-1.0), hash(complex(-1, 0)), hash((-1,)), hash((-2,)))
print(hash(10**20) == hash(float(10**20)), hash(2**70) == hash(2.0**70), hash(3) == hash(3.0) == hash(3 + 0j))
