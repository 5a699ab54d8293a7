# complex arithmetic with infinities, nans, signed zeros, int/float mixing, division corner cases
inf, nan = float('inf'), float('nan')
vals = [complex(1, 2), complex(-0.0, 0.0), complex(inf, 0), complex(0, inf), complex(inf, inf), complex(1e308, 1e308), complex(1e-308, 0)]
for a in vals:
    row = []
    for b in [complex(1, 1), complex(2, 0), complex(0, -1), complex(1e-300, 1e-300)]:
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append('ZDE')
        except OverflowError as e:
            row.append('OFE')
    print(repr(a), row, repr(a * complex(0, 1)), repr(a + 1), repr(-a))
print(complex(1, 2) * 2, 2 * complex(1, 2), complex(1, 2) * 2.5, complex(1, 2) * True, complex(1, 2) - 1j)
print(repr(complex(-0.0, 1) * 1), repr(complex(0, -0.0) + 0), repr(0 - complex(0.0, 0.0)), repr(-complex(0.0, -0.0)))
for e in [2, 3, -2, 0.5, 1j, 100]:
    try:
        print(e, repr(complex(1, 1) ** e))
    except OverflowError as err:
        print(e, 'OverflowError', err)
try:
    complex(1e200, 1e200) ** 10
except OverflowError as err:
    print('OverflowError', err)
print(abs(complex(3e200, 4e200)), abs(complex(inf, nan)), abs(complex(nan, 1)))
