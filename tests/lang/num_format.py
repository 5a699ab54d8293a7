# format() of ints and floats (numbers helper)
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)

for spec in ['', 'd', 'b', 'o', 'x', 'X', '#x', '#o', '#b', '+d', ' d', ',', '_', '_x', '010', '010,', '08,',
             '#010_x', '=+10', '0>+10', '0<10', '^+10,', 'c', 'e', '.2f', '%', 'g', 'n', '*^9', ',x', '.2', 'z', 'q']:
    show(1234, spec)
    show(-1234, spec)
show(2 ** 70, ',')
show(65, 'c')
show(-1, 'c')
for spec in ['', '.3', '.0', '10', '010', '+', 'z.1f', 'e', '.2e', 'E', 'f', '.2f', 'F', 'g', '.3g', 'G', '%', '.1%',
             'n', ',', '_', '015,.2f', '#.0f', '#', '<12', '^12', '*>12.2f', '=+12.1f', ',.2f', '#.3', 'x']:
    for v in [1234.5678, -0.0, 1e16, 0.5, float('inf'), float('nan'), 1.0, 1e-5]:
        show(v, spec)
print(f"{3.14159:.2f} {1e100:g} {12345678.9:,.1f} {0.25:.0%} {-1.5:+.3e} {2**0.5:10.4f}|")
print('{:>8} {:<8}| {:^8}|'.format(1.5, -2, 3))
print('%d %5.2f %x %e %g %r' % (42, 3.14159, 255, 1234.5, 0.0001, 1e22))
