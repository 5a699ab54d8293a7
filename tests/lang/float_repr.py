# float repr: shortest round-tripping strings
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-10, 1.5e-7, 123.456,
        1e15, 1e16, 1e17, 12345678901234567.0, 0.000123, 0.0001, 0.00001, 1e100,
        1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 9007199254740993.0,
        3.141592653589793, 2.718281828459045, 100.0, 1e22, 1.1e-5, 4.35, 0.1 * 3]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(1.0 / 7, 22 / 7, 355 / 113, 10 / 3, 2 ** 0.5 * 2 ** 0.5)
print(0.1 + 0.7, 0.7 + 0.1 + 0.2, 1.15 * 100, 4.35 * 100, 1.005 * 1000)
print([i / 10 for i in range(11)])
print([2.0 ** e for e in range(-3, 4)], [10.0 ** e for e in (-5, -4, 15, 16)])
print(float("1e500"), float("-1e500"), float("1e-500"), float("  +3.25e2 "), float("-.5"), float("5."))
print(float("Infinity"), float("-iNF"), float("nan") != float("nan"), float("1_0.5"))
print(str(1e16), repr(1e16), str(-1e-7), 1e-4, 9.999e-5)
print(123456789012345.6, 1234567890123456.7, 12345678901234567.8)
print(0.5 + 0.25 + 0.125, 1 - 1e-16, 1 + 1e-16, 1 + 2.220446049250313e-16)
print(float(10 ** 16), float(2 ** 53 + 1), float(-(10 ** 22)), float(3))
x = 1.0
steps = []
for _ in range(6):
    x /= 3
    steps.append(x)
print(steps)
print(sum([1e16, 1.0, -1e16]), 1e16 + 1.0 - 1e16, 0.1 * 0.1)
