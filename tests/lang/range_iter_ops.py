# range iteration corners: negative steps, empty ranges, big steps, reversed, membership, equality of slices, len of huge ranges
for args in [(0,), (5,), (-5,), (0, 10, 3), (10, 0, -3), (0, -10, -1), (-10, 0, 4), (5, 5, 1), (5, 4, 1), (1, 2, 10**20), (-1, -2, -10**20),
             (10**20, 10**20 + 50, 17), (-(2**64), -(2**64) + 10, 3)]:
    r = range(*args)
    print(args, len(r), list(r)[:6], list(reversed(r))[:4], r[0] if r else None, r[-1] if r else None, bool(r))
    print('  ', r[::2], r[::-1], r[1:3], r[-2:], r == range(*args), hash(r) == hash(range(*args)))
print(range(0, 10, 2) == range(0, 9, 2), range(0, 10, 2)[1:] == range(2, 10, 2), range(3)[5:] == range(0), range(10)[::3] == range(0, 10, 3))
print(list(range(10)[2:8][::2][1:]), range(10)[-100:100], range(10)[::-1][::-1] == range(10))
big = range(-10**30, 10**30, 7)
print(len(big), 10**29 in big, (10**29 - 10**29 % 7 + (-10**30) % 7) in big, big.index(-10**30 + 7 * 12345), big.count(-10**30))
try:
    len(range(10**30))
except OverflowError as e:
    print('OverflowError', e)
print(range(10**30)[10**29], range(10**30)[-1], range(10**30).__len__ if False else '', bool(range(10**30)))
it = iter(range(3))
print(next(it), list(it), list(it))
r = range(2**63 - 2, 2**63 + 2)
print(list(r), len(r), r[1], list(reversed(r)))
print(sum(range(-100, 101)), max(range(-5, 5, 3)), min(range(10, 0, -4)), sorted(range(5, 0, -2)), list(enumerate(range(2, 5))))
print([x for x in range(20) if x % 7 == 3], {x % 3 for x in range(10)}, dict(zip(range(3), range(10, 13))))
