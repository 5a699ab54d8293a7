# repr/str of numbers: ints of many sizes, floats at exponent boundaries, -0.0, inf/nan, complex, bool, big negative
for n in [0, -0, 7, -7, 10**15, 10**16, 10**17, 2**63, -2**63, 10**100]:
    print(repr(n), str(n), len(repr(n)))
for x in [1e15, 1e16, 1e-4, 1e-5, 123456789012345.6, 1234567890123456.7, 0.1, 1 / 3, 2 / 3, 1e22, 1e23, 9007199254740993.0,
          -0.0, 0.0, float('inf'), -float('inf'), float('nan'), 5e-324, 1.7976931348623157e308, 100.0, 1e100, 12.0, 0.5]:
    print(repr(x), str(x), f'{x}', f'{x!r}', '%r' % x, '%s' % x)
for c in [1j, -1j, 1 + 1j, 1.5 - 0j, complex(0, 1e100), complex(-0.0, -0.0)]:
    print(repr(c), str(c))
print(repr(True), str(False), repr([1.0, -0.0, 1e100]), str((0.1,)), repr({1.5: 2.5}))
