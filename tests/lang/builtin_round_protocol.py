# round(): __round__ protocol, ints with negative ndigits, bool, big ints, ndigits types
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r), type(r).__name__)

t('int', lambda: round(7))
t('int none', lambda: round(7, None))
t('int 2', lambda: round(7, 2))
for n in [5, 15, 25, 35, 45, 55, -5, -15, -25, 1250, 1350, 123456789, -123456789, 10**30 + 5 * 10**9, 2**100]:
    print(n, [round(n, d) for d in (-1, -2, -3, -10, -40)])
t('bool', lambda: round(True))
t('bool nd', lambda: round(True, 1))
t('bool nd neg', lambda: round(True, -1))
class R:
    def __round__(self, nd=None):
        return ('round', nd)
t('dunder', lambda: round(R()))
t('dunder nd', lambda: round(R(), 3))
t('dunder nd none', lambda: round(R(), None))
class NoRound:
    pass
t('no round', lambda: round(NoRound()))
t('nd str', lambda: round(1.5, '1'))
t('nd float', lambda: round(15, 1.0))
class Idx:
    def __index__(self):
        return -1
t('nd index', lambda: round(15, Idx()))
t('nd big', lambda: round(15, 2**70))
t('float nd big neg', lambda: round(1.5, -2**70))
t('float nd big', lambda: round(1.5, 2**70))
t('kw', lambda: round(number=2.675, ndigits=2))
t('float halves', lambda: [round(x + 0.5) for x in range(-4, 4)])
t('float to ndigits', lambda: [round(0.5 + i / 1000, 2) for i in range(0, 20, 3)])
t('float big', lambda: (round(1e300), round(-1.5e16 + 0.5) if False else '', round(2.5e15)))
t('subclass int', lambda: round(type('I', (int,), {})(17), -1))
t('subclass float', lambda: round(type('F', (float,), {})(1.25), 1))
