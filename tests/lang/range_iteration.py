# iterating ranges: reversed, stepping, big bounds, membership, equality
print(list(range(3, 30, 7)), list(reversed(range(3, 30, 7))), list(range(30, 3, -7)))
print([i for i in range(-10, 10, 3)], [i for i in range(10, -10, -3)])
r = range(0, 100, 10)
print(r[3], r[-2], r[2:5], r[::-1][:3], list(r[1::4]), r.index(50), 55 in r)
print(sum(range(0, 1000, 7)), len(range(-5, 5)), len(range(5, -5)), len(range(5, -5, -1)))
print(range(10)[-3:], range(10)[:-3], range(0, 10, 3)[::-1])
total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i
print(total)
countdown = []
for i in range(5, 0, -1):
    countdown.append(i)
print(countdown)
big = range(0, 2 ** 64, 2 ** 32)
print(len(big), big[-1], 2 ** 40 in big, 2 ** 40 + 1 in big, big.index(2 ** 63))
print(range(5) == range(0, 5, 1), range(0, 5, 2) == range(0, 6, 2), range(0) == range(3, 3))
print(hash(range(3)) == hash(range(0, 3)), range(1, 7, 2) != range(1, 6, 2))
print(list(map(lambda i: i * i, range(5))), list(filter(lambda i: i % 3 == 0, range(10))))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), str(range(-1, -5, -1)))
print(range(2, 8)[1], range(2, 8)[-1], range(2, 8)[10:], list(range(2, 8)[10:]))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print([x for x in range(3) for _ in range(2)], [[i] * i for i in range(4)])
print(list(zip(range(3), range(10, 13), range(20, 30, 5))))
print(max(range(-5, 5), key=abs), min(range(1, 10), key=lambda x: abs(x - 5.4)))
