# decimal: operators, mixed int/float operands, methods on special cases,
# money-style computations and localcontext.
from decimal import (Decimal, Context, localcontext, getcontext, ROUND_HALF_EVEN,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_05UP, InvalidOperation, DivisionByZero, Inexact,
                     Rounded, Overflow, Underflow, Subnormal, Clamped, FloatOperation)

MODES = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
         ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]


def flags(c):
    return sorted(k.__name__ for k, v in c.flags.items() if v)


def run(c, f):
    c.clear_flags()
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ' ' + str(e)
    return r + ' ' + str(flags(c))


D = Decimal


# operators with the default context, mixed with int
a, b = D('10.5'), D('3')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(-a))
print(a + 1, 1 + a, 2 - a, a * 2, 7 / b, 7 // b, 7 % b, divmod(7, b), 2 ** D('0.5'), D(2) ** -2)
print(D(-7) // 2, D(-7) % 2, D(7) // -2, D(7) % -2, divmod(D(-7), D(2)), D('-7.5') % 2)
print(a == 10.5, a == D('10.50'), a != 1, a < 11, a > 10.4, 10 < a, a <= a, a >= 11)
print(D(1) == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(1) == 1 + 0j, D(1) == '1', D(1) != None)
print(sorted([D('1.5'), 2, D('-1'), 0.5, D('1.50')]), max(D(1), D('1.0')), min(3, D(2)))
for e in ['1 + "a"', 'D(1) + "a"', 'D(1) + 1.5', '1.5 * D(1)', 'D(1) < "a"', 'D(1) < 1j',
          'D(1) ** 1.5', 'D(1) / 0', 'D(0) / 0', 'D(1) % 0', 'D(1) // 0', 'divmod(D(3), 0)',
          'D("NaN") < 1', 'D("sNaN") == 1', 'D("NaN") == D("NaN")',
          'pow(D(3), 4, 5)', 'pow(D(-3), 3, 7)', 'pow(D(3), D("4.0"), 5)', 'pow(D("3.5"), 4, 5)',
          'pow(D(3), -1, 5)', 'pow(D(3), 4, 0)', 'D(0) ** 0', 'D(0) ** -1', 'D("-0") ** -3',
          'D("Inf") ** -1', 'D(-2) ** D("0.5")', 'D("1.0") ** 2', 'D("2.0") ** -2',
          'D("1e999999") * 10', 'D(10) ** 1000000', 'D(2) ** 100', 'D("1.1") ** 30',
          'D("0.5") ** 3', 'D(7) ** -3', 'D(4) ** D("0.5")', 'D("1e-999999") / 10**10',
          'D(1).fma(2, 3)', 'D(2).fma(D("Inf"), 0)', 'D(5).scaleb(3)', 'D(5).scaleb(D("1.5"))',
          'D("1.23").scaleb(-5)', 'D(2).sqrt()', 'D("1E+2").sqrt()', 'D("0.04").sqrt()',
          'D(1).exp()', 'D(100).exp()', 'D("-100").exp()', 'D(2).ln()', 'D(10).ln()',
          'D(2).log10()', 'D("0.001").log10()', 'D("1e10").exp()', 'D("-1e10").exp()',
          'D(123).rotate(2)', 'D(123).shift(-1)', 'D(101).logical_and(D(110))',
          'D(101).logical_or(D(10))', 'D(101).logical_xor(D(111))', 'D(12).logical_and(1)',
          'D(1).next_toward(2)', 'D(1).next_toward(0)', 'D(1).next_toward(1)',
          'D("1.20").same_quantum(D("3.45"))', 'D(1).compare_total(D("1.0"))',
          'D("-0").compare_total(D("0"))', 'D("NaN").compare_total(D("sNaN"))',
          'D(1).max(D("NaN"))', 'D("12.30").normalize()', 'D("-0.00").normalize()',
          'D("1E+3").normalize()', 'D("123.45").quantize(D("1E+1"))',
          'D("123.45").quantize(D("1E-30"))', 'D("1.5").quantize(D("Inf"))',
          'D("Inf").quantize(D("Inf"))', 'D(1).remainder_near(D(3))', 'D(2).remainder_near(D(3))',
          'D("10").remainder_near(D("4"))', 'D("3.7").to_integral_exact()',
          'D("3.7").to_integral()', 'D(10**30) // 1', 'D(1).copy_sign(D("-0"))',
          'D(1).compare(D("NaN"))', 'D(1).compare_signal(D("NaN"))']:
        getcontext().clear_flags()
        try:
            r = repr(eval(e))
        except Exception as ex:
            r = type(ex).__name__ + ' ' + str(ex)
        print(e, '->', r, flags(getcontext()))

# money-style computations
prices = [D('19.99'), D('5.01'), D('0.10'), D('100')]
total = sum(prices, D('0'))
tax = (total * D('0.0825')).quantize(D('0.01'), rounding=ROUND_HALF_UP)
print(total, tax, total + tax, (total / 3).quantize(D('0.01')), sum(prices) / len(prices))
rate = D('0.05') / 12
bal = D('10000')
for _ in range(12):
    bal = (bal * (1 + rate)).quantize(D('0.01'))
print(bal, f'{bal:,.2f}', D('1') / D('7'), D(1) / 3 * 3)
with localcontext(prec=50):
    print(D(1) / 7, D(2).sqrt())
with localcontext(rounding=ROUND_DOWN, prec=5) as ctx:
    print(D(2) / 3, ctx.prec, getcontext().prec)
print(getcontext().prec, D(2) / 3)
