# format mini-language for str and complex, format() protocol errors
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), '!', type(e).__name__, e)

for spec in ['', 's', '10', '<10', '>10', '^10', '^11', '*^11', '.2', '10.2', '.0', 'x', '=10', '+', ' ', '#', '010', ',', '_', 'z', 'd', '<', '0']:
    t('hello', spec)
t('', '^5')
t('é€😀', '^9')
t('abc', '\U0001F600^7')
for c in [1+2j, -1.5-0.25j, 3j, -0j, complex(0, -0.0), complex(1e20, 1e-20), complex(float('inf'), float('nan'))]:
    print('--', repr(c))
    for spec in ['', '10', '<20', '^20', '.2f', '+.3e', 'g', '.2g', 'e', '#', '#.0f', ',.1f', '_', 'z.1f', '>+25.3f', 's', '=10', '010', 'n', '%', 'c']:
        t(c, spec)
t(None, '')
t(None, '>5')
t([1, 2], '')
t([1, 2], 's')
t(object(), 'x')
t(True, '')
t(True, '>6')
t(True, 'd')
t(False, '.2f')
class NoFmt:
    def __str__(self):
        return 'NF'
t(NoFmt(), '')
t(NoFmt(), '>4')
class BadFmt:
    def __format__(self, spec):
        return 42
t(BadFmt(), '')
t(1, 3)
print(format(3.0), format('x'), format(12), type(format(12)).__name__)
print('{0!r:>10}|{0!s:<6}|{0!a}'.format('é'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=3), '{:{}{}}'.format(7, '>', 4))
