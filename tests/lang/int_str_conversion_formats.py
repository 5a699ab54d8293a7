# str(int)/repr/format of ints in every base with signs and prefixes, and parsing them back with int(x, 0)
for n in [0, 5, -5, 255, -256, 2**31, -(2**63), 10**25, -(7**50)]:
    forms = [str(n), bin(n), oct(n), hex(n), format(n, '#X'), format(n, '+#b'), format(n, ' #o'), f'{n:#_x}']
    back = [int(forms[0]), int(forms[1], 0), int(forms[2], 0), int(forms[3], 0), int(forms[4], 0), int(forms[5], 0), int(forms[6], 0), int(forms[7], 0)]
    print(forms[:5], all(b == n for b in back))
for s in ['0b_1', '0_b1', '0x_ff', '0X1_F', '-0o_7', '+0b1', '0b', '0o8', '0xg', '00', '0_0', '01', '-0', '0b1_', ' 0x10 ']:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for base in [2, 8, 16]:
    for s in ['0b101', '0o17', '0x1f', '101', '17', '1f']:
        try:
            print(base, s, int(s, base))
        except ValueError as e:
            print(base, s, 'ValueError', e)
