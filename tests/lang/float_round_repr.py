# round() with ndigits, repr shortest, float(str) parsing
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16 + 0.5, 1.005, 123.456, -123.456, 5e-324, 1e300]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -2), round(x, 400), round(x, -400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
t('round inf', lambda: round(float('inf')))
t('round nan', lambda: round(float('nan')))
t('round inf 2', lambda: round(float('inf'), 2))
t('round nan 2', lambda: round(float('nan'), 2))
t('round str', lambda: round('1.5'))
t('round nd float', lambda: round(1.5, 1.0))
t('round big', lambda: round(1e300, 2**70))
for x in [0.1, 0.2, 0.3, 1/3, 2/3, 1e22, 1e23, 1e16, 1.0e-5, 0.0001, 123456789012345678.0, 1e-7, 9.999999999999999e22,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 100.0, 1e15, 1e17, -0.0, 0.1 + 0.7]:
    print(repr(x), str(x))
for s in ['1', '1.', '.5', '1e5', '1E-5', ' 3.25 ', '1_000.5', '1__0', 'inf', '-INF', 'Infinity', 'nan', '-nan', 'iNfInItY',
          '+1.5', '1e', 'e5', '0x10', '', '١.٥', '1.7976931348623159e308', '2e-324', '3e-324', '1' * 400, '.', '1_', '_1', '1e1_0']:
    t(repr(s), lambda: float(s))
t('bytes', lambda: float(b'2.5'))
t('none', lambda: float(None))
t('no arg', lambda: float())
class FF:
    def __float__(self):
        return 2.5
class FI:
    def __index__(self):
        return 7
class FB:
    def __float__(self):
        return 1
t('obj float', lambda: float(FF()))
t('obj index', lambda: float(FI()))
t('bad float', lambda: float(FB()))
t('int huge', lambda: float(10**309))
