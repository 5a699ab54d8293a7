# integer arithmetic: floor division, modulo signs, pow, bit ops
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(7 / 2, -7 / 2, 6 / 3, 1 / 4)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, 1 << 10, 1024 >> 3, -17 >> 2)
print(abs(-7), -(-7), +7)
print(int("123"), int("-0042"), int("  17  "), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("101", 2), int("z", 36))
print(int("0b1010", 0), int("0o17", 0), int("0x1F", 0), int("42", 0))
print(int(3.99), int(-3.99), int(True), int("+5"))
print(str(-255), repr(10), str(0))
print(0x10, 0o10, 0b10, 1_000_000)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((10).bit_length(), (0).bit_length(), (-8).bit_length(), (7).bit_count())
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(divmod(-13, 4), divmod(13, -4), 13 % 1, -0 == 0)
print(max(3, 7, -1), min(3, 7, -1), round(1234, -2), round(1250, -2), round(1350, -2))
print((12).__add__(3), (5).__neg__(), int.__mul__(6, 7))
print((17).conjugate(), (17).numerator, (17).denominator, (17).real, (17).imag)
