# int(str) with bases, underscores, whitespace, signs, and errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

cases = ['0', '-0', '+12', ' 12 ', '\t-7\n', '1_000', '1__000', '_1', '1_', '0x1f', '0o17', '0b101',
         '00', '007', '0_0', '0_7', '', ' ', '-', '+', '1.5', '1e3', '١٢٣', '\u3000 42\u3000', '12a',
         '9' * 30, '-' + '9' * 30, '0x', 'infinity', '1 2', '²']
for c in cases:
    t(repr(c), lambda: int(c))
for base in [0, 2, 8, 10, 16, 36]:
    for s in ['0', '10', '11', 'z', 'Z', '0x10', '0X1_0', '0b1', '0o7', '0_1', '07', '1_0']:
        t((s, base), lambda: int(s, base))
t('base1', lambda: int('1', 1))
t('base37', lambda: int('1', 37))
t('base-1', lambda: int('1', -1))
t('baseflt', lambda: int('1', 2.0))
t('base big', lambda: int('1', 2**70))
t('nonstr base', lambda: int(5, 10))
t('bytes', lambda: int(b'42'))
t('bytes base', lambda: int(b'ff', 16))
t('bytearray', lambda: int(bytearray(b' 17 ')))
t('bytes bad', lambda: int(b'4x'))
t('float', lambda: int(3.99))
t('negf', lambda: int(-3.99))
t('inf', lambda: int(float('inf')))
t('nan', lambda: int(float('nan')))
t('none', lambda: int(None))
t('list', lambda: int([]))
t('kw', lambda: int('ff', base=16))
t('kw x', lambda: int(x='5'))
t('noargs', lambda: int())
t('base only', lambda: int(base=10))
t('long err', lambda: int('x' * 300))
t('big hex', lambda: int('0x' + 'f' * 40, 16))
t('big bin', lambda: int('1' * 100, 2))
class S(str):
    pass
t('strsub', lambda: int(S('77')))
class WithIndex:
    def __index__(self):
        return 9
t('index obj', lambda: int(WithIndex()))
class WithInt:
    def __int__(self):
        return 11
t('int obj', lambda: int(WithInt()))
class WithTrunc:
    def __trunc__(self):
        return 12
t('trunc obj', lambda: int(WithTrunc()))
class BadInt:
    def __int__(self):
        return 'x'
t('bad int', lambda: int(BadInt()))
