# int: comparisons across types, int() of various, bool results, divmod identities, abs/neg of extremes, small int caching not observable
vals = [0, 1, -1, 2**31, -2**31, 2**63 - 1, -2**63, 2**63, 2**64, -(2**64), 10**40, -(10**40)]
for a in vals:
    print(a, -a, abs(a), +a, a == -(-a), a // 7, a % 7, divmod(a, -7), a * a % 1000, a.bit_length())
for a in vals[:6]:
    for b in [3, -3, 2**65, -(2**65)]:
        q, r = divmod(a, b)
        print(q, r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
print(5 == 5.0, 5 == 5 + 0j, 5 < 5.5, -5 > -5.5, 2**100 > 1e29, 2**100 < 1e31, 1 == True, 0 == False, 2 == True)
print(int(True), int(-0.9), int(0.9), int('  -12  '), int('+0'), int(1e18), int(1e19), int(-1e19), int(2.0**70))
print((7).__floordiv__(2), (7).__rfloordiv__(20), (7).__mod__(-3), (7).__rmod__(30), (7).__truediv__(2), (7).__rtruediv__(14))
print((7).__neg__(), (7).__pos__(), (-7).__abs__(), (7).__invert__(), (7).__bool__(), (7).__index__(), (7).__hash__())
print((10).__lt__(11), (10).__le__(10.0), (10).__gt__('x'), (10).__ne__(10), (10).__eq__(10.0), (10).__ge__(2**70))
print(int.__dict__['__add__'] is not None, (5).real, (5).imag, (5).numerator, (5).denominator, (-5).conjugate())
print(7 // -1, -7 // 1, -(2**63) // -1, (-(2**63)) * -1, (2**63 - 1) + 1, -(2**62) * 2, (2**62) * 2, (2**62) * -2 - 1)
print(sum(range(10**6 - 10, 10**6)), 3 ** 40, (-3) ** 41, 7 ** 0, 0 ** 0, (-1) ** 10**18, 1 ** -5, (-1) ** -3)
