# decimal: construction, text forms, conversions, hashing and format().
import decimal
from decimal import Decimal, getcontext, Context, InvalidOperation
from fractions import Fraction


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# construction from str: signs, exponents, specials, payloads, underscores
for s in ['0', '-0', '+1', '1.50', '-.5', '5.', '1e3', '1E-3', '1.23e+5', '  12.5\n',
          '1_000', '1_0.0_1e1_0', 'Inf', '-Infinity', 'iNF', 'NaN', '-nan', 'NaN123',
          'sNaN', '-sNaN45', 'NaN0012', '\u0661\u0662.5', '0e-100', '-0E+7',
          '123456789012345678901234567890', '1e999999999', '1e-999999999',
          'abc', '1e', '.', '', '1 2', 'e5', '++1', '1.2.3', 'Infinit', 'NaNx', 'iNf1']:
    show(lambda: Decimal(s))

# from int, float, tuple, Decimal
for v in [0, -7, 10**30, 2**64, -2**100]:
    print(repr(Decimal(v)))
for f in [0.1, 1.1, -0.0, 0.5, 1e100, 5e-324, float('inf'), float('-inf'), float('nan'), 3.0]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal.from_float(5)))
show(lambda: Decimal.from_float('1'))
for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 'F'), (1, (1, 2), 'n'), (0, (), 'N'),
          (0, (1, 2), 5), [0, [4, 5], -1], (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5),
          (0, (1,)), (0, (1,), 'x')]:
    show(lambda: Decimal(t))
d = Decimal('3.14')
print(Decimal(d) is d, repr(Decimal(d)))
show(lambda: Decimal(None))
show(lambda: Decimal(b'1'))
show(lambda: Decimal(1j))
show(lambda: Decimal('1', 5))


class MyDec(Decimal):
    pass


m = MyDec('2.5')
print(type(m).__name__, repr(m), type(m + 1).__name__, isinstance(m, Decimal))

# str / repr / to_eng_string
for s in ['123E-10', '0E-7', '0E+3', '0E+4', '0E+5', '0E-8', '1.23E+5', '-5E-9', '1E+4',
          '123E+4', '0.000001', '0.0000001', '12345E-12', '1.000', '-0.00', 'NaN12',
          '-sNaN', '-Inf', '100', '1E+2', '0.1E-5', '123456.789E3']:
    d = Decimal(s)
    print(s, str(d), d.to_eng_string(), repr(d))

# as_tuple, as_integer_ratio, adjusted
for s in ['1.25', '-0.00', '1E+3', 'Inf', '-NaN7', 'sNaN', '0.125', '-12.5E-3', '7']:
    d = Decimal(s)
    print(d.as_tuple(), d.adjusted())
    show(lambda: d.as_integer_ratio())
t = Decimal('-1.5').as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__)

# int, float, round, trunc, floor, ceil, bool
import math
for s in ['1.5', '2.5', '-2.5', '-1.4', '0.5', '7', '-0', '123.456', '1E+3', '99.99']:
    d = Decimal(s)
    print(s, int(d), float(d), round(d), round(d, 1), repr(round(d, -1)),
          math.trunc(d), math.floor(d), math.ceil(d), bool(d))
for s in ['Inf', '-Inf', 'NaN', 'sNaN']:
    d = Decimal(s)
    show(lambda: int(d))
    show(lambda: float(d))
    show(lambda: round(d))
    show(lambda: math.floor(d))
show(lambda: round(Decimal('1.5'), 'x'))
show(lambda: round(Decimal('123.456'), -5))
show(lambda: round(Decimal('1e30'), 2))
print(bool(Decimal('0E-5')), bool(Decimal('NaN')), bool(Decimal('-Inf')))
print(complex(Decimal('1.5')))

# hashing agrees with int, float and Fraction
for s in ['1', '1.0', '-7', '0.5', '1.25', '-0', '1E+3', '0.1', '123.456', '1E-30', '-2.5',
          'Inf', '-Inf', '1E+100', '3.333']:
    d = Decimal(s)
    print(s, hash(d) == hash(Fraction(d.as_integer_ratio()[0], d.as_integer_ratio()[1]))
          if d.is_finite() else hash(d))
print(hash(Decimal(5)) == hash(5), hash(Decimal('0.5')) == hash(0.5),
      hash(Decimal('-1')), hash(Decimal('1e-9999')) == hash(Fraction(1, 10**9999)))
show(lambda: hash(Decimal('sNaN')))
print(len({Decimal('1.0'), Decimal(1), 1, 1.0}))
print({Decimal('2.50'): 'a'}[Decimal('2.5')])

# predicates
for s in ['0', '-0', '1.5', '-Inf', 'NaN', 'sNaN', '1E-999999', '1E-1000001', '-1E+5']:
    d = Decimal(s)
    print(s, d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(),
          d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.number_class(),
          d.is_canonical())
print(Decimal(3).real, Decimal(3).imag, Decimal(3).conjugate(), Decimal(1).radix())

# format()
vals = ['0', '-0', '1', '-1', '2.5', '123.456', '1234567.891', '0.000123', '1E+10',
        '1.23E-10', '-0.00', '0E+5', '1E+5', '1.000', '12345678901234567890.123', 'Inf',
        '-Inf', 'NaN', '-NaN12', '9.999', '999.9999', '0.00001234', '123E+3', '5E-7']
specs = ['', 'f', '.2f', '.0f', '.10f', 'e', '.2e', '.0e', 'E', 'g', '.3g', '.1g',
         '.10g', 'G', '%', '.1%', ',', ',.2f', '>10', '<10', '^12', '=+12.2f', '+', ' ',
         '010.2f', '012,.2f', '*^15.3e', '#.0f', '#g', '.3', '.0', 'z.2f', '+.3e', '-',
         ',g', '.2n', 'n', '#.3g', '08', '020,', '.5G', '#e', '=10', 'x<8.1f']
for v in vals:
    d = Decimal(v)
    out = []
    for sp in specs:
        try:
            out.append(format(d, sp))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(v, out)
for sp in ['.f', 'q', '1.2.3', ',_', '_.2f', 'd', 'x']:
    show(lambda: format(Decimal(1), sp))
print(f'{Decimal("1234.5"):,.2f}|{Decimal("-0.001"):z.1f}|{Decimal("1.1"):>8}|'
      f'{Decimal("19.999"):.2f}|{Decimal("0.125"):.2f}|{Decimal("0.135"):.2f}')
with decimal.localcontext() as c:
    c.rounding = decimal.ROUND_HALF_UP
    print(format(Decimal('0.125'), '.2f'), format(Decimal('2.5'), '.0f'))
    c.capitals = 0
    print(str(Decimal('1E+10')), format(Decimal('1E+10'), ''), repr(Decimal('1e-10')))
