# zero padding with grouping, sign-aware padding, widths smaller than the number, grouping of floats with exponents
for v in [0, 1, -1, 1234, -1234, 1234567, -1234567890, 10**15]:
    print(v, [format(v, s) for s in ['010,', '010_', '+012,', ' 012_', '=12,', '>12,', '<12_', '^12,', '03,', '0=10,', '#012_x', '#012,d', '012_b', '0>10', '0<10']])
for v in [0.0, -0.0, 1234.5, -1234567.891, 1e10, 1.5e-7, 123456789.0]:
    print(v, [format(v, s) for s in ['015,.2f', '015_.1f', '+015,.3e', '015,g', '015,.0f', '=+15,.2f', '*>15,.1f', '015,%', '015,.1%', '0=15,']])
for s in ['0,', '0_', ',_', '_,', ',,', '__']:
    try:
        print(s, format(12345, s))
    except ValueError as e:
        print(s, 'ValueError', e)
for s in ['010,s', '5,s', '_s']:
    try:
        print(s, format('ab', s))
    except ValueError as e:
        print(s, 'ValueError', e)
print(format(10**20, ','), format(-10**20, '_'), format(2**64, '_x'), format(2**64, '_o'), format(2**64, '_b')[:20])
print(f'{1234567:,}', f'{1234567:_}', f'{1234567.125:,.2f}', f'{-0.5:010,.2f}', f'{12:0{5}d}', f'{3.5:0{8},.{2}f}')
