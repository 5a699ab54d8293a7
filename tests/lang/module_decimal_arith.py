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
       'compare', 'max', 'min', 'max_mag', 'min_mag', 'power', 'compare_total',
       'compare_total_mag', 'same_quantum', 'copy_sign', 'quantize', 'compare_signal']
vals = ['0', '-0', '2.50', '-7.5', '1E+3', '123456789.5', '-Inf', 'NaN', 'sNaN', '1E-7']
for op in ops:
    f = getattr(c, op)
    print('==', op)
    for a in vals:
        out = []
        for b in vals:
            out.append(run(c, lambda: f(D(a), D(b))))
        print(a, out)

c = Context(prec=12, traps=[])
for op in ['sqrt', 'exp', 'ln', 'log10', 'normalize', 'to_integral_exact',
           'to_integral_value', 'next_plus', 'next_minus', 'plus', 'minus', 'abs', 'logb',
           'number_class', 'to_eng_string', 'to_sci_string', 'copy_abs', 'copy_negate',
           'is_normal', 'is_subnormal', 'logical_invert']:
    f = getattr(c, op)
    print('==', op, [run(c, lambda: f(D(a))) for a in
                     ['0', '-0', '1', '-1', '2', '0.5', '100', '1E-10', '1.5E+5', '12.3400',
                      'Inf', '-Inf', 'NaN', 'sNaN', '0E-3', '1E+2', '0.01', '1E-1000000', '101']])

