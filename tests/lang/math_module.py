# The math module: each function on ordinary values, special values (inf,
# nan, -0.0), ints too large for a float, and the errors CPython raises.
import math

inf, nan = math.inf, math.nan

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        if isinstance(r, float):
            r = repr(r)
        print(label, args, '->', r)
    except Exception as e:
        print(label, args, '->', type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, math.nan)

one_arg = ['sqrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
           'asinh', 'acosh', 'atanh', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p',
           'fabs', 'erf', 'erfc', 'cbrt', 'degrees', 'radians']
values = [0.0, -0.0, 0.5, 1, -1, 2, 10, 1e300, -1e300, inf, -inf, nan, 10**400, True]
for name in one_arg:
    f = getattr(math, name)
    for v in values:
        show(name, f, v)
    show(name, f, 'x')

# gamma and lgamma: poles, special values and exact points only (CPython
# computes them itself, libm's last bit may differ elsewhere)
for v in [0.0, -0.0, -1, -2.0, -1e300, 1, 2, 3, 10, 1e300, inf, -inf, nan, 200, 'x']:
    show('gamma', math.gamma, v)
for v in [0.0, -0.0, -1, -2.0, -1e300, 1, 2, inf, -inf, nan, 'x']:
    show('lgamma', math.lgamma, v)

for v in [0.0, 2.5, -2.5, 3, 1e300, inf, -inf, nan, 10**30, True, -7]:
    show('floor', math.floor, v)
    show('ceil', math.ceil, v)
    show('trunc', math.trunc, v)
    show('isnan', math.isnan, v)
    show('isinf', math.isinf, v)
    show('isfinite', math.isfinite, v)
    show('modf', math.modf, v)
    show('frexp', math.frexp, v)

class Fl:
    def __repr__(self): return 'Fl()'
    def __float__(self): return 2.25
class Idx:
    def __repr__(self): return 'Idx()'
    def __index__(self): return 7
class Fl2:
    def __repr__(self): return 'Fl2()'
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
show('sqrt', math.sqrt, Fl())
show('floor', math.floor, Fl2())
show('ceil', math.ceil, Fl2())
show('trunc', math.trunc, Fl2())
show('floor', math.floor, Fl())
show('factorial', math.factorial, Idx())

two = [(2, 3), (2.0, 0.5), (-8, 1/3), (0, -1), (0.0, -1.5), (-2, 0.5), (inf, 0), (nan, 0),
       (1, nan), (10, 400), (-inf, 3), (2, -inf), (0.5, inf), (1e308, 2), (-1, inf)]
for a, b in two:
    show('pow', math.pow, a, b)
    show('atan2', math.atan2, a, b)
    show('fmod', math.fmod, a, b)
    show('copysign', math.copysign, a, b)
    show('hypot', math.hypot, a, b)
    show('log', math.log, a, b)
    show('ldexp', math.ldexp, a, int(b) if b == b and abs(b) != inf else 3)
show('fmod', math.fmod, inf, 2)
show('fmod', math.fmod, 5, 0)
show('ldexp', math.ldexp, 1.0, 10**20)
show('ldexp', math.ldexp, 1.0, -10**20)
show('ldexp', math.ldexp, 0.0, 10**20)
show('ldexp', math.ldexp, 1.0, 2.5)
show('log', math.log, 10**400)
show('log', math.log, 10**400, 10)
show('log2', math.log2, 2**2000)
show('log10', math.log10, 10**500)
show('log', math.log, -10**400)
show('log', math.log, 8, 1)
show('log', math.log, 0)
show('hypot', math.hypot)
show('hypot', math.hypot, 3, 4, 12)
show('hypot', math.hypot, inf, nan)
show('hypot', math.hypot, nan, 1)
show('hypot', math.hypot, 1e308, 1e308)
show('hypot', math.hypot, 'a')
show('dist', math.dist, (0, 0), (3, 4))
show('dist', math.dist, [1, 2, 3], [4, 6, 15])
show('dist', math.dist, (1,), (1, 2))
show('dist', math.dist, 1, 2)
show('dist', math.dist, (), ())

for a, b in [(12, 18), (0, 0), (-4, 6), (2**100, 2**80 * 3), (7, 0)]:
    show('gcd', math.gcd, a, b)
    show('lcm', math.lcm, a, b)
show('gcd', math.gcd)
show('gcd', math.gcd, 12, 18, 27)
show('lcm', math.lcm)
show('lcm', math.lcm, 4, 6, 10)
show('gcd', math.gcd, 1.5, 2)
show('lcm', math.lcm, 'a')

for n in [0, 1, 5, 20, 30, -1, 2.0, 'x']:
    show('factorial', math.factorial, n)
for n in [0, 1, 15, 16, 17, 10**40, -1, 2.0, True]:
    show('isqrt', math.isqrt, n)
for n, k in [(5, 2), (10, 0), (10, 10), (3, 5), (60, 30), (-1, 2), (5, -1), (2.0, 1)]:
    show('comb', math.comb, n, k)
    show('perm', math.perm, n, k)
show('perm', math.perm, 5)
show('perm', math.perm, 5, None)

show('prod', math.prod, [1, 2, 3, 4])
show('prod', math.prod, [])
show('prod', math.prod, [1.5, 2, 4])
show('prod', math.prod, [2**40, 2**40])
show('prod', math.prod, [1, 2], start=10)
show('prod', math.prod, ['a', 3])
show('prod', math.prod, range(1, 6), start=0.5)
show('fsum', math.fsum, [0.1] * 10)
show('fsum', math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
show('fsum', math.fsum, [])
show('fsum', math.fsum, [inf, 1.0])
show('fsum', math.fsum, [inf, -inf])
show('fsum', math.fsum, [nan, 1])
show('fsum', math.fsum, [1e308, 1e308])
show('fsum', math.fsum, [1, 2, 3])
show('fsum', math.fsum, ['a'])
show('fsum', math.fsum, 5)

for a, b in [(1.0, 1.0 + 1e-10), (1.0, 1.1), (0.0, 1e-12), (inf, inf), (inf, -inf), (nan, nan), (5, 5)]:
    show('isclose', math.isclose, a, b)
print(math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
show('isclose', math.isclose, 1, 2, rel_tol=-1)
show('isclose', math.isclose, 1, 2, abs_tol=-1)
show('sqrt', math.sqrt)
show('sqrt', math.sqrt, 1, 2)
show('atan2', math.atan2, 1)
show('pow', math.pow, 'a', 2)
print(math.sqrt(16) == 4.0, type(math.floor(2.5)).__name__, math.floor(-0.5), math.ceil(-0.5))
print(math.trunc(-2.7), math.copysign(1, -0.0), math.degrees(math.pi), math.radians(180))
