# format mini-language for float: e/f/g/%/n, precision, alternate form, z, grouping
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), '!', type(e).__name__, e)

for v in [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-7, 123456789.125, 1e16, 1e22, 5e-324, float('inf'), float('-inf'), float('nan'), 2.5, 0.5]:
    print('--', repr(v))
    for spec in ['', 'e', 'E', '.0e', '#.0e', '.3e', 'f', 'F', '.0f', '#.0f', '.2f', 'g', 'G', '.0g', '#g', '#.3g', '.10g', '%', '.2%',
                 '10.3f', '<10.2f', '^12.4g', '+.1f', ' .1f', '012.3f', '-012.3e', ',.2f', '_.3f', ',', '_', 'z.1f', 'z', 'zg',
                 '.3', 'n', '.1n', '#', '#.3', '=+12.2f', '*>15,.1f', 'd']:
        t(v, spec)
for spec in ['.500f', '.1000e', '1000.2f']:
    r = format(1.5, spec)
    print(spec, len(r), r[:12])
t(1.5, 'x')
t(1.5, ',d')
t(1.5, 'c')
t(1e100, 'f')
t(-1e-100, 'z.3f')
t(-0.0001, 'z.2e')
t(-0.0001, 'z.1%')
print(f'{1234567.891:,.2f}', f'{1234567.891:_.3e}', f'{0.000012345:.3g}', f'{123456789.0:.3g}', f'{1e-5:g}', f'{1e-4:g}')
print(f'{1e15:g}', f'{1e16:g}', f'{123456.0:g}', f'{1234567.0:g}', f'{0.1:.17g}', f'{0.1:.20f}')
print(format(1.0, '.0%'), format(0.125, '.1%'), format(2.675, '.2f'), format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'))
class F(float):
    pass
print(format(F(2.5), '>6'), str(F(2.5)), repr(F(2.5)))
