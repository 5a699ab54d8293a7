# complex: construction from str/numbers, arithmetic, division, pow, repr, comparisons, errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

for s in ['1+2j', '1-2j', ' (1+2j) ', 'j', '-j', '+1.5e3-2.5E-2J', '3', '-4.5', '1e400j', 'nan+nanj', 'inf-infj', '(1)', '1 + 2j',
          '1+', 'j1', '((1+2j))', '', '1+2j+3', '1_0+2_0j', '0x1+2j', '1.j', '.5j', '-0j', '+j']:
    t(repr(s), lambda: complex(s))
t('two args', lambda: (complex(1, 2), complex(1.5, -0.0), complex(1j, 1j), complex(1 + 2j, 3), complex(imag=5), complex(real=2)))
t('str and imag', lambda: complex('1', 2))
t('imag str', lambda: complex(1, '2'))
t('none', lambda: complex(None))
t('list', lambda: complex([]))
class C:
    def __complex__(self):
        return 3 + 4j
class Bad:
    def __complex__(self):
        return 5
class Fl:
    def __float__(self):
        return 2.5
class Ix:
    def __index__(self):
        return 7
t('dunder', lambda: (complex(C()), complex(Fl()), complex(Ix())))
t('bad dunder', lambda: complex(Bad()))
a, b = 3 + 4j, 1 - 2j
t('arith', lambda: (a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a == 3 + 4j, a != b))
t('mixed', lambda: (a + 1, 1 + a, a * 2.5, 2 / a, a - True, a == 3, (3 + 0j) == 3, (3 + 0j) == 3.0, 1j * 1j))
t('pow', lambda: (a ** 2, a ** 0, a ** -1, a ** 0.5, 2 ** a, 1j ** 2, 0j ** 0, (1 + 1j) ** 10, pow(a, 3)))
t('pow zero neg', lambda: 0j ** -1)
t('pow zero complex', lambda: 0j ** 1j)
t('pow mod', lambda: pow(a, 2, 3))
t('div zero', lambda: a / 0)
t('div zero c', lambda: a / 0j)
t('floordiv', lambda: a // 2)
t('mod', lambda: a % 2)
t('divmod', lambda: divmod(a, 2))
t('lt', lambda: a < b)
t('int', lambda: int(a))
t('float', lambda: float(a))
t('round', lambda: round(a))
for c in [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1j, -1j, 1 + 0j, complex(1e20, 1e-20), complex(float('inf'), float('nan')),
          complex(1.5, 2.25), complex(-1, -1), complex(1e-310, 1e310 if False else 1e300), 123456789j]:
    print(repr(c), str(c), c.real, c.imag, hash(c) == hash(c))
t('attrs', lambda: ((2 + 3j).real, (2 + 3j).imag, (5).imag, (5.0).imag, (5).real))
t('set real', lambda: setattr(1j, 'real', 5))
t('bool', lambda: (bool(0j), bool(1j), bool(complex(0, -0.0))))
t('big', lambda: complex(10**400))
t('big mul', lambda: complex(1e308, 1e308) * 10)
t('abs overflow', lambda: abs(complex(1e308, 1e308)))
t('eq nan', lambda: complex(float('nan'), 0) == complex(float('nan'), 0))
t('from int big', lambda: complex(2**53 + 1))
t('subclass', lambda: type(type('Z', (complex,), {})(1, 2)).__name__)
t('complex complex', lambda: complex(complex(1, 2), complex(3, 4)))
