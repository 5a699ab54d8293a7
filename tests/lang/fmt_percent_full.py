# printf-style % formatting: every conversion, flags, *, dict keys, errors
def t(fmt, args):
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '!', type(e).__name__, e)

for v in [0, 42, -42, 255, 3.75, -0.5, 1e20, 10**25, True]:
    for conv in ['d', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'r', 's', 'a', '#o', '#x', '#X', '+d', ' d', '-6d',
                 '06d', '6.2f', '-+8.1e', '#.0f', '#g', '.3g', '010.3f', '#08x', '.0e', '.5d', '.0s', '-3s']:
        t('%' + conv, v)
t('%c', 65)
t('%c', 'Z')
t('%c', 'ZZ')
t('%c', 0x110000)
t('%c', -1)
t('%c', 3.0)
t('%5c|%-5c', (97, 98))
t('%s %s', ('a', 'b'))
t('%s', ('a', 'b'))
t('%s', (('a', 'b'),))
t('%s %s', ('a',))
t('%s', ())
t('%d', '1')
t('%d', 1.9)
t('%x', 1.0)
t('%f', 'x')
t('%*d', (5, 3))
t('%-*d|', (5, 3))
t('%.*f', (2, 3.14159))
t('%*.*f', (8, 3, 2.5))
t('%*d', ('a', 3))
t('%(a)s-%(b)05d', {'a': 'x', 'b': 7})
t('%(a)s', {'b': 1})
t('%(a)s %s', {'a': 1})
t('%(a)*d', {'a': 1})
t('%s', {'a': 1})
t('%(a)s', ('a',))
t('%(x(y))s', {'x(y)': 5})
t('%%', ())
t('%%%d%%', 5)
t('100%', ())
t('%z', 1)
t('%', ())
t('abc', 5)
t('abc', ())
t('abc', {})
t('abc', [])
t('%s', [1, 2])
t('%r', 'é')
t('%a', 'é€')
t('%s', None)
t('%d', None)
t('%5%', ())
t('%i %u', (3.99, -3.99))
t('%o', -8)
t('%x', -255)
t('%#X', 2**70)
t('%e', 10**400)
t('%.100f', 1.5)
t('% .3e', 12345.678)
t('%+.3e', -0.0)
t('%g', float('nan'))
t('%F', float('inf'))
t('%5.1f%%', 99.44)
class D(dict):
    def __missing__(self, k):
        return k.upper()
t('%(hello)s %(x)s', D())
class S:
    def __str__(self):
        return 'S!'
    def __repr__(self):
        return 'R!'
t('%s %r %a', (S(), S(), S()))
class Idx:
    def __index__(self):
        return 10
t('%d %x', (Idx(), Idx()))
class Num:
    def __int__(self):
        return 5
t('%d', Num())
t('%x', Num())
