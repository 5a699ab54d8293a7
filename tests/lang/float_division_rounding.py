# correctly rounded int/int true division and int->float conversion
import sys
cases = [(1, 3), (2, 3), (10**30, 3), (-10**30, 7), (2**53 + 1, 1), (2**54 + 3, 2), (10**400, 10**399),
         (1, 10**400), (3**500, 2**700), (-(3**500), 2**793), (2**1024 - 2**970, 1), (123456789 * 10**300, 10**300),
         (2**1074, 2**2148), (1, 2**1074), (1, 2**1075), (3, 2**1076), (10**308 * 17, 10), (2**60 + 1, 2**7)]
for a, b in cases:
    try:
        print(repr(a / b))
    except OverflowError as e:
        print('OverflowError', e)
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**63 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1, -(2**64 + 2**12 - 1),
          10**22, 10**23, 2**1023 * 3 // 2, 2**1024 - 2**971, 2**1024 - 2**970]:
    try:
        print(n % 1000, repr(float(n)))
    except OverflowError as e:
        print('OverflowError', e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 5e-324 / 2, 5e-324 * 0.5, 1.5 * 5e-324)
print(2.0 ** 1023 * 2 == float('inf'))
try:
    2.0 ** 1024
except OverflowError as e:
    print('OverflowError', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError', e)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1e16 + 1, 2**0.5, (-8) ** (1/3))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0, divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1.0))
print(5.0 % float('inf'), -5.0 % float('inf'), 5.0 // float('inf'), -5.0 // float('inf'))
print(float('inf') % 2.0 if False else 'x', 1e300 % 3.0, -1e-300 % 1.0)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0), (1.0, 0)]:
    for op in ('/', '//', '%'):
        try:
            print(eval('a %s b' % op))
        except ZeroDivisionError as e:
            print(op, 'ZeroDivisionError', e)
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print('divmod ZeroDivisionError', e)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.min_10_exp,
      sys.float_info.radix, sys.float_info.rounds)
