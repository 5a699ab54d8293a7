# pow with modulus: negative exponents (modular inverse), negative modulus, big values, errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

for b, e, m in [(2, 10, 1000), (3, 200, 10**9 + 7), (-2, 3, 5), (2, 3, -5), (-2, 3, -5), (0, 0, 7), (5, 0, 1), (5, 0, -1), (7, 1, 1),
                (2**100, 2**100, 2**61 - 1), (12345, 6789, 2**64), (3, -1, 7), (3, -2, 7), (-3, -1, 7), (3, -1, -7), (2**70 + 1, -1, 2**64 + 13),
                (10, -5, 101), (1, -1, 1), (6, -1, 9), (2, -1, 4), (0, -1, 5), (5, 3, 0)]:
    t((b, e, m), lambda: pow(b, e, m))
t('kw', lambda: pow(base=2, exp=5, mod=7))
t('float mod', lambda: pow(2.0, 3, 5))
t('float exp', lambda: pow(2, 3.0, 5))
t('none mod', lambda: pow(2, 3, None))
t('str', lambda: pow('2', 3))
t('two args neg', lambda: (pow(2, -2), pow(-2, -1), pow(4, 0.5), pow(-8, 1/3) == (-8) ** (1/3)))
t('zero neg', lambda: pow(0, -2))
t('zero float neg', lambda: pow(0.0, -2))
t('big exp', lambda: pow(2, 10000) % 1000)
t('bool', lambda: (pow(True, 5), pow(2, True, 3), pow(True, -1, 5)))
t('inverse check', lambda: all(pow(a, -1, 97) * a % 97 == 1 for a in range(1, 97)))
t('int.__pow__', lambda: ((3).__pow__(4, 5), (3).__pow__(-1, 5), (3).__rpow__(2)))
t('** precedence', lambda: (-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2))
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
t('dunder', lambda: (pow(P(), 2), pow(P(), 2, 3), 2 ** P(), pow(2, P())))
t('dunder rpow 3', lambda: pow(2, P(), 3))
