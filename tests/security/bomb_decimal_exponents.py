# args: --max-memory=64M --max-time=20s
# timeout: 30
# max-seconds: 3
# expect: ok
# stdout: done
# Decimals with exponents near the limits: every operation stays bounded
# (no 10**exponent is ever built from an exponent difference).
from decimal import Decimal, Context, MAX_PREC, MAX_EMAX, MIN_EMIN, DecimalException

big = Decimal('1e999999999')
tiny = Decimal('1e-999999999')
c = Context(traps=[])
results = [
    c.power(big, 10**30), c.power(Decimal(2), Decimal('1e999999')),
    c.power(Decimal('1.0000000000000000000000000001'), 10**40),
    c.power(tiny, -(10**20)), c.add(big, tiny), c.subtract(big, Decimal('0e-999999999')),
    c.multiply(big, big), c.divide(tiny, big), c.quantize(tiny, Decimal(1)),
    c.quantize(Decimal(1), Decimal('1e-99999')), c.divide_int(big, 3), c.remainder(big, 3),
    c.remainder_near(tiny, big), c.sqrt(big), c.exp(big), c.exp(c.minus(big)), c.ln(big),
    c.log10(big), c.exp(tiny), c.scaleb(Decimal(1), Decimal(10**30)), c.next_plus(big),
    c.compare(big, tiny), c.max(big, tiny), c.fma(big, big, tiny), c.to_integral_value(tiny),
    Context(prec=MAX_PREC).divide(Decimal(1), Decimal(8)),
    Context(Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[]).multiply(Decimal('9e999999999999999999'), 10),
]
print(len(results), big > tiny, big == Decimal('10e999999998'), hash(tiny) == hash(tiny))
print(str(tiny), format(tiny, '.3e'), float(tiny), round(tiny), tiny.copy_negate().__floor__())
for f in (lambda: big ** (10**30), lambda: round(big, 2), lambda: big // 3):
    try:
        f()
    except DecimalException as e:
        print(type(e).__name__)
print('done')
