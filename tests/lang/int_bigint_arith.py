# big-int arithmetic: signs of //, %, divmod, shifts, bitwise ops on negatives, pow
a = 3**200 + 7
b = -(2**130) + 11
vals = [a, -a, b, -b, 12345, -12345, 1, -1]
for x in vals:
    for y in vals:
        q, r = divmod(x, y)
        assert q * y + r == x
        print(x % 1000003, y % 1000003, q % 1000003, r % 1000003, (x // y) % 97, (x % y) % 97,
              (x & y) % 101, (x | y) % 101, (x ^ y) % 101, x < y, x == y)
for s in [0, 1, 31, 32, 63, 64, 65, 127, 200]:
    print(s, (a >> s) % 1000003, (-a >> s) % 1000003, (b << s) % 1000003, (-1 << s) % 1000003, (-1) >> s)
print(~a % 1000, ~b % 1000, ~0, ~-1)
print(pow(a, 3) % 10**9, pow(-a, 3) % 10**9, pow(a, 0), pow(0, 0), pow(-2, 63), pow(-2, 64))
print(pow(2, -1), pow(-2, -3), pow(10, -5))
print(abs(b) == -b, -(-a) == a, +b == b)
print(a * 0, a * -1 == -a, (a * b) // b == a, a - a, a + (-a))
print(10**50 // 7, -10**50 // 7, 10**50 % 7, -10**50 % 7, 10**50 % -7)
print((2**100) / (2**50), (2**100 + 1) / 3, -(10**40) / 3)
try:
    (10**400) / 1
except OverflowError as e:
    print('OverflowError', e)
print((10**400) / (10**399), 1 / (10**400), (10**400) // (10**399))
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError', e)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
print(0 << 10**30, 5 >> 10**30, -5 >> 10**30)
try:
    1 << 10**30
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
for x in [0, 1, -1, 2**64, -(2**64)]:
    try:
        print(x // 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        print(x % 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        print(divmod(x, 0))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        print(x / 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(int.__pow__(0, -1) if False else 'skip')
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100), hash(-(2**100)), hash(-1), hash(-2))
print(2**64 == 2.0**64, 2**64 + 1 == 2.0**64, 2**64 + 1 > 2.0**64, -(2**1000) < -1e308, 2**1100 > float('inf'))
