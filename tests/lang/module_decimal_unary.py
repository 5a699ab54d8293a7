# decimal: one-operand operations and predicates over ordinary and special values.
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
c = Context(prec=12, traps=[])
for op in ['sqrt', 'exp', 'ln', 'log10', 'normalize', 'to_integral_exact',
           'to_integral_value', 'next_plus', 'next_minus', 'plus', 'minus', 'abs', 'logb',
           'number_class', 'to_eng_string', 'to_sci_string', 'copy_abs', 'copy_negate',
           'is_normal', 'is_subnormal', 'logical_invert']:
    f = getattr(c, op)
    print('==', op, [run(c, lambda: f(D(a))) for a in
                     ['0', '-0', '1', '-1', '2', '0.5', '100', '1E-10', '1.5E+5', '12.3400',
                      'Inf', '-Inf', 'NaN', 'sNaN', '0E-3', '1E+2', '0.01', '1E-1000000', '101']])

