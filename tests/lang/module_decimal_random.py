# decimal: randomized operations (fixed seed) over contexts with every rounding
# mode, small exponent ranges and clamping; each result and its flags.
import random
from decimal import *
R = random.Random(20261126)
def rnd():
    k = R.random()
    if k < 0.05: return R.choice(['NaN', 'sNaN', 'Inf', '-Inf', '-0', '0', 'NaN12', '-0E-5', '0E+3'])
    digs = ''.join(R.choice('0123456789') for _ in range(R.choice([1,1,2,3,5,10,20,30,40])))
    e = R.choice([0,0,-1,-2,-5,1,2,3,-10,10,-30,R.randint(-60,60)])
    return R.choice(['','-']) + digs + 'E' + str(e)
ops = ['add', 'subtract','multiply','divide','divide_int','remainder','remainder_near','compare','max','min','max_mag','min_mag','quantize', 'power', 'fma','sqrt','exp','ln','log10','normalize','to_integral_exact','to_integral_value','next_plus','next_minus','next_toward','plus','minus','abs','compare_total','same_quantum','logb','scaleb','divmod','to_eng_string','to_sci_string','number_class','compare_signal','copy_sign']
un = {'sqrt','exp','ln','log10','normalize','to_integral_exact','to_integral_value','next_plus','next_minus','plus','minus','abs','logb','to_eng_string','to_sci_string','number_class'}
N = 200
for i in range(N):
    op = R.choice(ops)
    prec = R.choice([1,2,3,5,9,16,28,28,28,40])
    rnd_mode = R.choice(['ROUND_HALF_EVEN','ROUND_HALF_UP','ROUND_HALF_DOWN','ROUND_UP','ROUND_DOWN','ROUND_CEILING','ROUND_FLOOR','ROUND_05UP'])
    emax = R.choice([999999, 99, 20])
    ctx = Context(prec=prec, rounding=rnd_mode, Emax=emax, Emin=-emax, traps=[], clamp=R.choice([0,0,1]))
    a = Decimal(rnd())
    if op == 'power':
        b = Decimal(R.randint(-5, 12))
        if R.random() < 0.6 and a.is_finite(): a = Decimal(str(R.randint(-9,99))+'E'+str(R.randint(-3,2)))
    elif op == 'scaleb':
        b = Decimal(R.randint(-30,30))
    elif op in ('exp',):
        a = Decimal(R.choice([rnd(), str(R.uniform(-300,300)), str(R.uniform(-2,2))]))
    else:
        b = Decimal(rnd())
    c = Decimal(rnd())
    try:
        f = getattr(ctx, op)
        if op in un: r = f(a)
        elif op == 'fma': r = f(a, b, c)
        else: r = f(a, b)
        rs = repr(r)
    except Exception as ex:
        rs = type(ex).__name__ + ' ' + str(ex)
    fl = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    args = (a,) if op in un else (a, b, c) if op == 'fma' else (a, b)
    print(i, op, prec, rnd_mode, emax, ctx.clamp, [str(x) for x in args], "->", rs, fl)
