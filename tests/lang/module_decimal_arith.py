# decimal: arithmetic under contexts: rounding modes, specials, methods.
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
# rounding modes on + at low precision
for m in MODES:
    c = Context(prec=3, rounding=m, traps=[])
    row = []
    for a in ['1.234', '1.235', '1.245', '-1.235', '-1.245', '1.2451', '9.995', '-9.995',
              '1.250', '1.201', '0.001235', '1.055', '1.05001']:
        row.append(str(c.plus(D(a))))
    print(m, row)
    print('  quantize', [str(D(a).quantize(D('0.1'), rounding=m))
                         for a in ['2.45', '2.55', '-2.45', '2.451', '2.44', '0.05', '-0.05']])
    print('  integral', [str(D(a).to_integral_value(rounding=m))
                         for a in ['2.5', '3.5', '-2.5', '2.51', '-0.4', '1.0', '15.05']])

c = Context(prec=9, traps=[])
ops = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near',
       'compare', 'max', 'min_mag', 'power', 'compare_total', 'quantize']
vals = ['0', '-0', '2.50', '-7.5', '1E+3', '123456789.5', '-Inf', 'NaN', 'sNaN']
for op in ops:
    f = getattr(c, op)
    print('==', op)
    for a in vals:
        out = []
        for b in vals:
            out.append(run(c, lambda: f(D(a), D(b))))
        print(a, out)
