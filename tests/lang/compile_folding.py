# Compiler: constant folding as CPython 3.13 (values, limits, errors left to run time).
print(2 ** 10, 1 << 20, 2 ** 200, 60 * 60 * 24, -(1 + 2), ~5, +3, 1 + 2j, 3 - 1.5, 7 // 2, -7 % 3, 2 ** -1)
print("ab" * 3, b"x" + b"y", "a" + "b", 3 * "z", 10 ** 20, (1 << 100) >> 99, 255 & 15 | 256 ^ 1)
for expr in ["1 / 0", "2.0 ** 10000", "1 << -1", "'a' + 1", "7 // 0", "'%s' % ()", "len('x' * 5000)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
def f():
    return 2 ** 8 - 1
print(f(), 1.5 * 2, -0.0 * 1, (1, -2, 3 * 4))
