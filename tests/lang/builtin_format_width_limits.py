# format widths and precisions near the limits: big widths, huge precision errors, width from nested fields, overflow messages
print(len(format('x', '1000')), len(format(1.5, '.300f')), len(format(2**100, '500')), len(f'{"y":^999}'))
for spec in ['99999999999999999999', '.99999999999999999999', '1' * 30 + 'd', '.' + '9' * 25 + 'f']:
    for v in [1, 1.5, 'a']:
        try:
            r = format(v, spec)
            print(spec[:8], type(v).__name__, len(r))
        except (ValueError, OverflowError, MemoryError) as e:
            print(spec[:8], type(v).__name__, type(e).__name__, e)
try:
    '{:{}}'.format(1, 10**30)
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    '%*d' % (10**30, 1)
except (ValueError, OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    '%.*f' % (10**30, 1.0)
except (ValueError, OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print('%.50f' % 0.1, '%.0e' % 5e-324, '%.17g' % (1 / 3), format(1e300, '.0f')[:20], len(format(1e300, '.0f')))
