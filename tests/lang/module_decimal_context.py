# decimal: contexts, signals, flags, traps and exception messages.
import decimal
from decimal import *


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print(ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
      ROUND_FLOOR, ROUND_05UP)
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
            Subnormal, Overflow, Underflow, FloatOperation]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__], cls.__module__)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
c = Context()
print(c)
c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow])
print(c, c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags[Inexact], c.traps[Overflow], c.traps[DivisionByZero])
c2 = c.copy()
c2.prec = 7
print(c.prec, c2.prec, c2.flags[Inexact])
c2.clear_flags()
c2.clear_traps()
print(c2)
show(lambda: Context(flags={Rounded: True, Inexact: False}, traps={InvalidOperation: 1}))
print(Context(flags=dict.fromkeys(Context().flags, False), traps=dict.fromkeys(Context().traps, 1)))
for kw in [dict(prec=0), dict(prec='x'), dict(prec=1.5), dict(Emin=1), dict(Emax=-1),
           dict(capitals=2), dict(clamp=2), dict(rounding='x'), dict(rounding=1),
           dict(flags=[1]), dict(traps=['x']), dict(prec=MAX_PREC + 1)]:
    show(lambda: Context(**kw))
c = Context()
show(lambda: setattr(c, 'prec', 0))
show(lambda: setattr(c, 'foo', 1))
show(lambda: setcontext(5))
show(lambda: Context().create_decimal('1.23456789012345678901234567890123'))
show(lambda: Context(prec=3).create_decimal('1.2345'))
show(lambda: Context(prec=3).create_decimal(1.2345))
show(lambda: Context(prec=3).create_decimal('nan12345'))
show(lambda: Context(prec=3).create_decimal('xyz'))
show(lambda: Context(prec=3).create_decimal())
show(lambda: Context(prec=3).create_decimal(Decimal('99999')))
show(lambda: Context(prec=3).create_decimal_from_float(0.1))
show(lambda: Context(prec=3).create_decimal_from_float('1'))
show(lambda: Context(prec=3, traps=[Inexact]).create_decimal('1.2345'))

# traps and messages
for e in ["Decimal(1) / 0", "Decimal(0) / 0", "Decimal(1) % 0", "Decimal(0) % 0",
          "Decimal(1) // 0", "Decimal('abc')", "Decimal(-1).sqrt()", "Decimal('sNaN') + 1",
          "Decimal('1e999999') * 10", "Decimal('Inf') - Decimal('Inf')", "Decimal(0) * Decimal('Inf')",
          "Decimal(10**30).quantize(Decimal(1), context=Context(prec=5))",
          "divmod(Decimal(3), 0)", "Decimal(10) ** Decimal('1e30')",
          "Decimal('1e99') // Decimal('1e-99')", "Decimal(-1).ln()", "Decimal(0).log10()",
          "Decimal(0).logb()"]:
    getcontext().clear_flags()
    try:
        r = repr(eval(e))
    except DecimalException as ex:
        r = '%s %s %r %s' % (type(ex).__name__, ex, ex.args, isinstance(ex, ArithmeticError))
    print(e, '->', r, getcontext())

c = Context(traps=[Overflow, Inexact, Rounded])
show(lambda: c.multiply(Decimal('1e999999'), 10))
c = Context(traps=[Inexact, Rounded, Subnormal, Underflow, Clamped], prec=3, Emin=-5, Emax=5)
for a, b in [('1e-5', '0.1234'), ('1e-5', '0.1'), ('1e-7', '1e-7'), ('1', '3'), ('1.5', '1'),
             ('1e5', '100'), ('1.00', '1')]:
    c.clear_flags()
    show(lambda: c.multiply(Decimal(a), Decimal(b)))
    print(' ', c.flags[Inexact], c.flags[Subnormal], c.flags[Underflow], c.flags[Clamped])
c = Context(traps=[], prec=3, Emin=-5, Emax=5)
for x in ['1e-5', '0.12e-5', '0.1e-7', '9.999e5', '1e6', '-9.999e5', '1.23e-8']:
    for m in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
        c.rounding = m
        c.clear_flags()
        r = c.plus(Decimal(x))
        print(x, m, repr(r), sorted(k.__name__ for k, v in c.flags.items() if v))
c = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
for x in ['1e5', '1.2e5', '0e9', '1e-7']:
    c.clear_flags()
    print(x, repr(c.plus(Decimal(x))), c.flags[Clamped])

# FloatOperation
c = getcontext()
c.clear_flags()
print(Decimal(1) == 1.5, c.flags[FloatOperation])
c.clear_flags()
print(Decimal(1) < 1.5, c.flags[FloatOperation])
c.traps[FloatOperation] = True
show(lambda: Decimal(1) == 1.5)
show(lambda: Decimal(1) < 1.5)
show(lambda: Decimal(1.5))
show(lambda: Decimal.from_float(1.5))
show(lambda: Context().create_decimal(1.5))
c.traps[FloatOperation] = False
c.clear_flags()

# localcontext / setcontext
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 3, getcontext().prec)
print(Decimal(1) / 3, getcontext().prec)
with localcontext(Context(prec=4, rounding=ROUND_UP)) as lc:
    print(Decimal(1) / 3, lc.rounding)
with localcontext(prec=3, traps=[]) as lc:
    print(Decimal(1) / 0, lc.flags[DivisionByZero])
print(getcontext().flags[DivisionByZero])
show(lambda: localcontext(foo=1))
show(lambda: localcontext(prec=-1))
show(lambda: localcontext(5))
old = getcontext()
setcontext(Context(prec=6))
print(Decimal(2).sqrt(), getcontext().prec)
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0)
setcontext(old)
print(getcontext() is old)
try:
    with localcontext(prec=2):
        print(Decimal(1) / 3)
        raise ValueError('x')
except ValueError:
    pass
print(getcontext().prec)

# context methods accept ints, not floats or strings
c = Context(prec=6)
print(c.add(1, 2), c.divide(1, 7), c.power(2, 10), c.power(3, 4, 5), c.sqrt(2), c.exp(1),
      c.abs(-5), c.minus(3), c.plus(-0), c.compare(1, 2), c.max(1, 2), c.to_sci_string(Decimal('1e-8')),
      c.to_eng_string(Decimal('1e-8')), c.divmod(7, 2), c.is_zero(0), c.copy_decimal(4),
      c.fma(2, 3, 4), c.quantize(Decimal('1.2345'), Decimal('0.01')), c.radix(), c.number_class(5))
show(lambda: c.add(1.5, 2))
show(lambda: c.add('1', 2))
show(lambda: c.sqrt(2.0))
show(lambda: Decimal(5).quantize(1.0))
show(lambda: Decimal(5).compare('1'))
show(lambda: Decimal(1).quantize(Decimal('0.1'), rounding='bad'))
print(Decimal(5).quantize(1), Decimal('1.23456').quantize(Decimal('0.001'), ROUND_UP))
c = Context(prec=3, capitals=0)
print(c.to_sci_string(Decimal('1e10')), c.create_decimal('1.23456e20'))
print(decimal.Decimal.__name__, decimal.Context.__name__, type(decimal.DecimalTuple(0, (1,), 0)))
