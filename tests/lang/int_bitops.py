# bit operations on small, negative and big ints
vals = [0, 1, 5, -1, -6, 255, 2 ** 40 + 3, -(2 ** 40)]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a & 0xF0, a | 0x0F, a ^ 0xFF)
print(-1 >> 100, 1 >> 100, -(2 ** 100) >> 99, (2 ** 100) >> 99)
print(1 << 100, -1 << 65, 0 << 1000)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(bin(-5 & 0xFF), bin(-5 | 0), (-5) & (-3), (-5) | (-3), (-5) ^ (-3))
print((2 ** 64 - 1) & -(2 ** 32), (2 ** 70) | (2 ** 3), (2 ** 70 + 5) ^ (2 ** 70))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(16)], popcount(2 ** 100 - 1))
print([(n).bit_count() for n in (0, 7, -7, 2 ** 65)], (255).bit_length())
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b1011, 8), bin(reverse_bits(1, 16)))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(True << 3, True & 3, False | True, type(True ^ True).__name__)
x = 0xDEADBEEF
print(hex(x >> 16), hex(x & 0xFFFF), hex((x << 4) & 0xFFFFFFFF), hex(x ^ 0xFFFFFFFF))
print([1 << i for i in range(0, 70, 10)])
print(-17 & 0xF, -17 % 16, -(17 >> 1), (-17) >> 1)
