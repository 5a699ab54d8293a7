# float methods, constructors, rounding, hashing (numbers helper)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.0, -0.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 123.456, 2.0 ** 53, float('inf'), float('-inf')]:
    print(x, x.hex(), x.is_integer(), hash(x), x.real, x.imag, x.conjugate())
    show(lambda: x.as_integer_ratio())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex(' 0x10 '), float.fromhex('inf'))
show(lambda: float.fromhex('0x1p1024'))
show(lambda: float.fromhex('zz'))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, 1e300, 5e-324, -0.0]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -2), round(x, 400))
show(lambda: round(float('inf')))
show(lambda: round(float('nan')))
print(round(float('inf'), 2))
show(lambda: round(1.7976931348623157e308, -308))
show(lambda: round(1.5e308, -308))
print(float(), float(3), float('  1_0.5 '), float('-inf'), float('nan'), float(b'2.5'), float('١.٥'), float(True))
for bad in ['x', '1__0', '_1', '1_e5', '', '1e', '0x10']:
    show(lambda: float(bad))
show(lambda: float([]))
show(lambda: float(10 ** 400))
class F:
    def __float__(self):
        return 2.5
print(float(F()))
class MyFloat(float):
    pass
mf = MyFloat(1.25)
print(mf, type(mf).__name__, mf * 2, type(mf * 2).__name__, isinstance(mf, float))
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70), hash(-0.5), hash(1e100), hash(float('inf')))
print(int(2.5e20), int(-1e-300), 7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), -0.0 % 5)
show(lambda: 1.0 // 0)
show(lambda: 1.0 % 0)
show(lambda: 1.0 / 0)
show(lambda: divmod(1.0, 0))
show(lambda: 0.0 ** -1)
show(lambda: 2.0 ** 10000)
print((-8) ** (1 / 3), 2 ** 0.5, 10 ** -2, (-2) ** -1, 0.0 ** 0, float('nan') ** 0, 1 ** float('nan'))
show(lambda: pow(2.0, 3, 5))
print(2 ** 53 + 1 == float(2 ** 53), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > float('inf'), 10 ** 400 > 1e308)
print(1 / 3, 10 ** 400 // 10 ** 399 / 7, 10 ** 30 / 7, 1 / 2 ** 1074, 2 ** 1100 / 3 ** 600)
show(lambda: 10 ** 400 / 1)
show(lambda: 1.0 + 10 ** 400)
