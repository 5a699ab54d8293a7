#!/usr/bin/env python3
"""Generates tests/unit/data/dtoa_cases.txt with CPython 3.13's answers for
src/core/dtoa.c.  Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 tests/unit/gen_dtoa_cases.py

Line formats (space separated, no field contains a space):
  R <bits-hex> <repr(x)>
  F <bits-hex> <type> <precision> <alt> <format(x, spec)>   type Z = empty type, precision -1 = none
  P <text> <bits-hex of float(text)>      or   P <text> ERR   (float() rejects it)
"""
import math
import random
import struct
import sys
from fractions import Fraction

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
rng = random.Random(20261125)
out = []


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def frombits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def rand_double():
    r = rng.random()
    if r < 0.5:  # whole bit space
        return frombits(rng.getrandbits(64))
    if r < 0.6:  # subnormals
        return frombits(rng.getrandbits(52) | (rng.getrandbits(1) << 63))
    if r < 0.9:  # everyday magnitudes
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-8, 20)
    if r < 0.95:  # short decimals
        return float(f"{rng.randint(0, 10**rng.randint(1, 8))}e{rng.randint(-30, 30)}")
    return float(rng.randint(-2**60, 2**60))


special = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1.0, 1.5, 2.5, 0.5,
           1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 123456789.0, 2.0**53, 2.0**53 + 2.0, 2e16 + 8]
special += [float(f"1e{k}") for k in range(-325, 310)]
special += [math.ldexp(1.0, k) for k in range(-1074, 1024)]
special += [float(f"5e{k}") for k in range(-324, 309)]
special += [math.nextafter(math.ldexp(1.0, k), 0) for k in range(-1021, 1024)]

# ---- repr
vals = special + [rand_double() for _ in range(40000)]
for x in vals:
    out.append(f"R {bits(x):016x} {repr(x)}")

# ---- format
types = ['e', 'E', 'f', 'F', 'g', 'G', '%', 'Z']


def fmt_case(x, t, p, alt):
    spec = ('#' if alt else '') + ('' if p < 0 else f'.{p}') + ('' if t == 'Z' else t)
    out.append(f"F {bits(x):016x} {t} {p} {int(alt)} {format(x, spec)}")


for x in special[:30]:
    for t in types:
        for p in [-1] + list(range(0, 21)):
            for alt in (False, True):
                fmt_case(x, t, p, alt)
for _ in range(40000):
    x = rand_double()
    t = rng.choice(types)
    if t in 'fF%' and abs(x) > 1e30 and rng.random() < 0.8:
        x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-10, 25)
    p = rng.choice([-1] + list(range(0, 21)))
    fmt_case(x, t, p, rng.random() < 0.2)
# half-way decimal cases: exact binary values ending in 5 at the rounding digit
for _ in range(3000):
    n = rng.randint(1, 2**20)
    k = rng.randint(1, 12)
    x = n / 2.0 ** k
    p = rng.randint(0, k)
    fmt_case(x, rng.choice('feg'), p, False)
for x, t, p in [(1e300, 'f', 400), (5e-324, 'e', 1000), (5e-324, 'f', 1100), (0.1, 'g', 1000),
                (0.1, 'f', 60), (1.7976931348623157e308, 'e', 400), (2.0 ** -1074, 'g', 800),
                (1 / 3, '%', 100), (123.456, 'Z', 50), (-1e-300, 'e', 767), (1e22, 'f', 300),
                (math.pi, 'e', 500), (2.2250738585072014e-308, 'f', 1200)]:
    for alt in (False, True):
        fmt_case(x, t, p, alt)

# ---- parse


def p_case(s):
    try:
        v = float(s)
        out.append(f"P {s} {bits(v):016x}")
    except ValueError:
        out.append(f"P {s} ERR")


for x in vals[:12000]:
    if not math.isnan(x):
        p_case(repr(x))
        p_case(format(x, '.17e'))
for _ in range(12000):
    nd = rng.randint(1, 25)
    m = ''.join(rng.choice('0123456789') for _ in range(nd))
    e = rng.randint(-340, 320)
    form = rng.random()
    if form < 0.3:
        s = f"{m}e{e}"
    elif form < 0.6:
        cut = rng.randint(0, nd)
        s = f"{m[:cut]}.{m[cut:]}e{e}"
    else:
        s = f"{m[:1]}.{m[1:]}E{'+' if e >= 0 else ''}{e}"
    if rng.random() < 0.2:
        s = '-' + s
    p_case(s)


def exact_decimal(fr):
    """Exact decimal string of a dyadic Fraction."""
    num, den = fr.numerator, fr.denominator
    k = den.bit_length() - 1
    assert den == 1 << k
    digits = str(num * 5 ** k)
    if k == 0:
        return digits
    digits = digits.rjust(k + 1, '0')
    return digits[:-k] + '.' + digits[-k:]


# halfway points between neighbouring doubles, and a hair above/below them
for _ in range(1500):
    x = abs(rand_double())
    if math.isinf(x) or math.isnan(x) or x == 1.7976931348623157e308:
        continue
    y = math.nextafter(x, math.inf)
    h = (Fraction(x) + Fraction(y)) / 2
    s = exact_decimal(h)
    p_case(s)
    p_case(s + '0000000000000000000000001')
    p_case(s[:rng.randint(18, 40)])  # truncated: long inputs near a halfway point
    if rng.random() < 0.5:
        p_case(s[:-1] + str(int(s[-1]) - 1) + '9' * rng.randint(1, 40))
# long inputs
big = ''.join(rng.choice('0123456789') for _ in range(10000))
for e in ['', 'e-9990', 'e-10200', 'e-9700', 'e-9999']:
    p_case('1' + big + e)
    p_case('0.' + '0' * 300 + big + e)
p_case('1' * 10000 + 'e-10000')
p_case('0.' + '0' * 5000 + '1e5000')
p_case('1' + '0' * 5000 + 'e-5000')
for s in ['inf', '-inf', '+inf', 'INF', 'Infinity', '-iNfInItY', 'nan', '-nan', '+NaN', 'NAN',
          '1e99999999999999999999999', '1e-99999999999999999999999', '0e999999999999', '-0e-5',
          '0', '-0', '0.0', '.5', '5.', '1.e5', '1E5', '1e+5', '1e-5', '+1.5', '00000123.4500000',
          '2.2250738585072011e-308', '2.2250738585072012e-308', '4.9406564584124654e-324',
          '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623157e308',
          '1.7976931348623158e308', '1.7976931348623159e308', '179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999',
          '9007199254740993', '9007199254740993.0000000000000000000000001', '0.1e-400', '10e-325',
          '', '.', 'e5', '1e', '1e+', '--1', '+-1', '1.2.3', 'in', 'infinit', 'nan1', 'infs', '0x10',
          '1e5.0', '.e5', '-', '+', 'e', '1ee5', '1d5', 'inf1', 'nana', '١٢']:
    if s.isascii():
        p_case(s)

path = sys.argv[1] if len(sys.argv) > 1 else 'tests/unit/data/dtoa_cases.txt'
with open(path, 'w') as f:
    f.write('\n'.join(out) + '\n')
print(f"{len(out)} cases -> {path}")
