# rich comparisons between int, float, bool, complex, Fraction-free; chained comparisons; comparing big ints with floats exactly
vals = [0, 1, -1, True, False, 0.5, -0.0, 2**53, 2**53 + 1, float(2**53), 1e308, 10**308, 10**309, float('inf'), float('nan')]
for a in vals:
    row = []
    for b in vals:
        row.append(('<' if a < b else '') + ('=' if a == b else '') + ('>' if a > b else ''))
    print(repr(a), row)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 3 > 2 >= 2 > 1, 1 < 2 > 0, (1 < 2) < 3)
for op in ['<', '<=', '>', '>=']:
    try:
        eval(f'1j {op} 1')
    except TypeError as e:
        print(op, 'TypeError', e)
print(1j == 1j, 1 + 0j == 1, 1 + 0j == True, 1j != 1, complex(2**53 + 1) == 2**53 + 1)
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max(True, 1), sorted([1, True, 1.0]), sorted([1.0, 1, True]))
