# range objects
r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::3])
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-5)), list(range(-3, 3)))
print(len(range(0, 100, 7)), len(range(10, 0, -1)), len(range(5, 5)))
print(5 in r, 10 in r, -1 in r, 3.0 in r, 14 in range(0, 20, 7), 13 in range(0, 20, 7))
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.count(30))
try:
    r.index(50)
except ValueError as e:
    print("ValueError:", e)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
neg = range(10, -10, -4)
print(list(neg), neg[1], neg[-1], len(neg), -6 in neg, -5 in neg)
print(range(0, 10, 2)[1:4], list(range(0, 10, 2)[1:4]), range(1, 10)[::-2])
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1))
print(range(1, 2, 3).start, range(1, 2, 3).stop, range(1, 2, 3).step)
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 3)), big[-1], 10 ** 19 in big)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))))
print(list(range(3)) == [0, 1, 2], tuple(range(2)), set(range(3)) == {0, 1, 2})
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(bool(range(0)), bool(range(1)), type(range(1)).__name__)
print([i for i in range(20, 0, -6)], range(-1, -10, -2)[2])
