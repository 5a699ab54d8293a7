# the 'n' format type (C locale: like 'd' for ints and 'g' for floats), with widths, precision and errors
for v in [0, 7, -7, 1234567, -10**20, True]:
    print(repr(format(v, 'n')), repr(format(v, '10n')), repr(format(v, '<10n')), repr(format(v, '+n')), repr(format(v, '010n')))
for v in [0.0, 1.5, -1234567.891, 1e20, 1e-7, float('inf'), float('nan'), 123456.0, 1234567.0]:
    print(repr(format(v, 'n')), repr(format(v, '.3n')), repr(format(v, '12.2n')), repr(format(v, '#n')), repr(format(v, '.0n')))
for spec in [',n', '_n', '#n', '.2n']:
    for v in [1234, 1234.5]:
        try:
            print(spec, v, repr(format(v, spec)))
        except ValueError as e:
            print(spec, v, 'ValueError', e)
print(format(1 + 2j, 'n'), format(1.5 + 2j, '.2n'), '%s' % format(12345, 'n'))
