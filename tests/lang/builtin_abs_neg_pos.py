# abs/neg/pos/invert on numbers and custom classes; operator dunders on bool/int/float/complex; errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r), type(r).__name__)

for v in [0, -0.0, 5, -5, True, False, 2**64, -(2**64), 1.5, -1.5, float('-inf'), float('nan'), 3 - 4j, -0j]:
    t(('abs', v), lambda: abs(v))
    t(('neg', v), lambda: -v)
    t(('pos', v), lambda: +v)
    t(('inv', v), lambda: ~v)
class N:
    def __abs__(self):
        return 'abs'
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inv'
n = N()
t('custom', lambda: (abs(n), -n, +n, ~n))
for bad in ['s', [1], None, {}, (1,)]:
    t(('bad abs', type(bad).__name__), lambda: abs(bad))
    t(('bad neg', type(bad).__name__), lambda: -bad)
    t(('bad pos', type(bad).__name__), lambda: +bad)
    t(('bad inv', type(bad).__name__), lambda: ~bad)
t('double neg', lambda: (- -5, -(-2**63), ~~7, -(-0.0), +-+1))
