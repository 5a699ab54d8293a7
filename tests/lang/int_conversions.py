# int <-> str conversions in various bases
for n in [0, 1, -1, 255, -255, 2 ** 31, 10 ** 20, -(2 ** 100)]:
    print(n, str(n), hex(n), oct(n), bin(n))
for s, base in [("0", 10), ("-17", 10), ("+9", 10), ("1010", 2), ("777", 8), ("ff", 16),
                ("FF", 16), ("zz", 36), ("Zz", 36), ("10", 3), ("  42\n", 10), ("1_0", 10),
                ("0x10", 16), ("0b11", 0), ("0o7", 0), ("123", 0), ("-0x1f", 0)]:
    print(repr(s), base, int(s, base))
for bad, base in [("", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("_1", 10), ("1__0", 10),
                  ("09", 0), ("abc", 10), (" ", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for b in (2, 7, 16, 36):
    s = to_base(-123456789, b)
    print(b, s, int(s, b))
print(int("1" * 50, 2), len(str(7 ** 500)), str(-10 ** 40))
print(int(" -0 "), int("000"), int("0", 0), int(b"42"), int(bytearray(b"-7")))
print(format(255, "08b"), format(-5, "x"), f"{2**70:x}", f"{-42:#o}")
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
