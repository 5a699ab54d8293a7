# 'g'/'n'/'' float formatting boundaries: exponent switch points, precision 0/1, alternate form, repr-style empty type
vals = [0.0001, 0.00001, 123456.0, 1234567.0, 1e16, 1e15, 9.9999e-5, 99999.95, 999999.5, 0.5, 1.0, 10.0, 100.0, 1.5e300, 2.5e-300, 0.1 + 0.2]
for v in vals:
    print(repr(v), [format(v, s) for s in ['g', '.0g', '.1g', '.2g', '#g', '#.2g', 'G', '.10g', '', '.1', '.3', '#', 'n', '.2n', 'e', '.0e', '#.0e']])
for p in range(0, 18):
    print(p, format(2 / 3, f'.{p}g'), format(2 / 3, f'.{p}'), format(12345.678, f'.{p}g'), format(1e-10, f'.{p}g'))
print(format(float('inf'), 'g'), format(float('-inf'), 'G'), format(float('nan'), 'G'), format(float('nan'), '+g'), format(float('inf'), '010g'))
print(format(0.0, 'g'), format(-0.0, 'g'), format(-0.0, '.0e'), format(0.0, '#g'), format(0.0, '.3'), format(0.0, ''))
