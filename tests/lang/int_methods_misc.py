# int methods: bit_count, bit_length, as_integer_ratio, is_integer, conjugate, numerator/denominator
vals = [0, 1, -1, 7, -8, 255, 2**31 - 1, -2**31, 2**64, -(2**64) + 1, 10**30, -(3**100)]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(),
          v.conjugate(), v.numerator, v.denominator, v.real, v.imag)
print(True.bit_length(), True.bit_count(), True.as_integer_ratio(), True.numerator, True.denominator)
print(type(True.numerator).__name__, type(True.real).__name__, type(True.conjugate()).__name__)
class I(int):
    pass
x = I(5)
print(type(x.conjugate()).__name__, type(x.numerator).__name__, type(x.as_integer_ratio()[0]).__name__)
print(type(+x).__name__, type(-x).__name__, type(abs(x)).__name__, type(int(x)).__name__)
print(int.__trunc__(7), int.__floor__(-7), int.__ceil__(7), int.__round__(7), int.__round__(1234, -2))
for n, d in [(15, -1), (15, -2), (25, -1), (35, -1), (-25, -1), (-35, -1), (150, -2), (250, -2), (12345, -10), (5, 0), (5, 3)]:
    print(n, d, round(n, d))
print(int.__index__(42), (42).__int__(), (42).__float__(), (42).__bool__(), (0).__bool__())
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__pow__(2, 5), (3).__rpow__(2))
print((5).__add__(1.0), (5).__lt__(1.5), (5).__eq__('5'))
print(int.__new__(int, '12'), int.__new__(I, 3).__class__.__name__)
try:
    int.__new__(str, 5)
except TypeError as e:
    print('TypeError', e)
print((10).__format__('x'), (10).__format__(''), format(10, '#b'))
print((255).__sizeof__() > 0, (2**100).__sizeof__() > (1).__sizeof__())
print(int.__getnewargs__(5))
