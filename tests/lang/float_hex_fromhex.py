# float.hex / float.fromhex round trips and errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

for x in [0.0, -0.0, 1.0, -1.0, 0.1, 1/3, 2.0**-1074, 2.0**-1022, 2.0**-1023, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 123456.789, 1e-300, 3.5, 2.0**52 + 1]:
    t(x, lambda: x.hex())
    if x == x:
        t(('rt', x), lambda: float.fromhex(x.hex()) == x)
for s in ['0x1p0', '0x1.8p1', '-0x1p-2', '0X1P+3', '0x.8p1', '0x1.', '1p4', 'a', ' 0x1p0 ', '0x1p', 'inf', '-Infinity',
          'nan', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', '0x1p1024', '0x1p-1074', '0x1p-1075', '0x1.8p-1074',
          '0x3p-1076', '0x0p0', '0x1_0p0', '', '0x', '0xg', '+0x1.23456789abcdefp10', '0x123456789abcdef123p0',
          '0x1p-2000', '0x1p+99999999999999999999', '0x0.00000000000000000001p0']:
    t(s, lambda: float.fromhex(s))
t('nonstr', lambda: float.fromhex(1))
class F(float):
    pass
r = F.fromhex('0x1p1')
print(type(r).__name__, r)
print((2.5).as_integer_ratio(), (-0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1])
t('ratio inf', lambda: float('inf').as_integer_ratio())
t('ratio nan', lambda: float('nan').as_integer_ratio())
for x in [1.0, 1.5, -2.0, 1e300, float('inf'), float('nan'), -0.0]:
    print(x, x.is_integer())
print((3.5).conjugate(), (3.5).real, (3.5).imag, float.__trunc__(-2.5), float.__floor__(-2.5), float.__ceil__(-2.5))
t('floor inf', lambda: float('inf').__floor__())
t('ceil nan', lambda: float('nan').__ceil__())
t('trunc inf', lambda: int(float('-inf')))
