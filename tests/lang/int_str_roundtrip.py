# large int <-> str conversions and digit manipulation (below the 4300-digit limit)
n = 7 ** 1000
s = str(n)
print(len(s), s[:30], s[-30:], int(s) == n)
print(len(str(2 ** 10000)), str(2 ** 10000)[:25], str(2 ** 10000)[-10:])
f = 1
for i in range(2, 301):
    f *= i
fs = str(f)
print(len(fs), fs[:20], len(fs) - len(fs.rstrip("0")))
print(sum(int(d) for d in str(2 ** 1000)), sum(map(int, fs)))
print(int("9" * 1000) + 1 == 10 ** 1000, len(str(-10 ** 999)))
print(hex(3 ** 300)[:30], int(hex(3 ** 300), 16) == 3 ** 300)
print(bin(2 ** 500 - 1).count("1"), oct(8 ** 100)[:5], len(oct(8 ** 100)))
print(int("1" + "0" * 100, 2) == 2 ** 100, int("z" * 50, 36) == 36 ** 50 - 1)
a = int("123456789" * 50)
b = int("987654321" * 40)
print(str(a * b)[:40], len(str(a * b)), (a * b) // b == a, (a * b) % a)
print(str(a // 7)[-20:], a % 1000003, divmod(a, b)[0] > 10 ** 89)
print(f"{2 ** 200:,}"[:30], f"{2 ** 200:_x}"[:20], f"{-(2 ** 100):>40}")
print(repr(10 ** 50), str(-(10 ** 50) + 1))
digits = [int(c) for c in str(2 ** 64)]
print(digits, int("".join(map(str, digits))) == 2 ** 64)
print(round(2 ** 100, -25), round(-(2 ** 100), -29), 2 ** 100 // 10 ** 25 * 10 ** 25)
