# arbitrary-precision integers
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b)
print(b // a, b % a, divmod(b, a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(10 ** 30 // 10 ** 15, 10 ** 30 / 10 ** 15)
print(pow(2, 200, 10 ** 9 + 7), pow(3, 10 ** 18, 1000))
print(2 ** 100 == 1267650600228229401496703205376)
print((2 ** 100) >> 90, 1 << 70, (2 ** 70 - 1) & 0xFFFF, (2 ** 70) | 1)
print(-(2 ** 70) >> 3, ~(2 ** 65), (2 ** 80) ^ (2 ** 79))
print(abs(-10 ** 25), -(-10 ** 25))
print(int("9" * 40) + 1)
print(hex(2 ** 80), oct(2 ** 40), bin(2 ** 20))
print((2 ** 64).bit_length(), (2 ** 64 - 1).bit_length(), (-2 ** 64).bit_length())
print(int(str(3 ** 200)) == 3 ** 200)
x = 1
for _ in range(10):
    x = x * 1000003 + 7
print(x)
print(sum(range(10 ** 4)) * 10 ** 20)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99), 2 ** 100 == 2.0 ** 100)
print(float(2 ** 100), int(1e20), int(-1.5e19))
print(10 ** 18 * 10 ** 18 // 10 ** 36)
print(hash(2 ** 100) == hash(2 ** 100), (2**100) % 97)
