# float arithmetic and repr
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 1e-4)
print(1.0, 100.0, 1.5e300 * 1e10, -1.5e300 * 1e10, 123456789.123, 1e22, 1e23)
print(float("inf"), float("-inf"), float("nan"), -float("inf") < 0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, 1 / inf, inf == inf, -inf < -1e308)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2), round(-0.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(5.0 % -3, -5.0 % 3, 0.0 * -1, -0.0, abs(-0.0))
print(float("1.5"), float(" -2.25 "), float("1e3"), float("inf"), float(7))
print(3.0 == 3, hash(3.0) == hash(3), 0.5.as_integer_ratio())
print((2.5).is_integer(), (2.0).is_integer(), int(2.9), int(-2.9))
print(2 ** 0.5, 10 ** -2, 4 ** 0.5, (-8) ** (1 / 3) if False else 8 ** (1 / 3))
print(1.1 * 3, 0.1 * 3, 1.23456789e-10, 9.999999999999999e22)
print(float.fromhex("0x1.8p1"), (1.5).hex(), 3.0.__repr__())
print(1e308 * 10, 5e-324, 5e-324 / 2, 2.2250738585072014e-308)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 100 * 1.1)
print(min(0.0, -0.0), max(1, 1.0), str(1e100), repr(1.0e-7))
print(round(0.1 + 0.2, 10), f"{0.1 + 0.2:.17f}", 3.0 // 2, 3 / 2.0)
