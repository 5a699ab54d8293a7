# zip/map/filter/enumerate objects: single pass, sharing iterators, strict with generators, map with many iterables
z = zip('ab', [1, 2])
print(list(z), list(z))
m = map(str.upper, 'xy')
print(next(m), list(m), list(m))
shared = iter(range(6))
print(list(zip(shared, shared)), list(shared))
def g(n):
    for i in range(n):
        yield i
try:
    list(zip(g(2), g(3), strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip(g(3), g(2), strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(zip(g(2), g(2), strict=True)), list(zip(g(0), strict=True)))
print(list(map(lambda *a: sum(a), range(3), range(10, 13), range(100, 200))), list(map(min, 'abc', 'xBz')))
print(list(filter(lambda s: s.strip(), [' ', 'a', '', ' b '])), list(filter(None, map(int, '01020'))))
e = enumerate(map(str, range(3)), start=10)
print(list(e), list(e))
r = reversed(range(3))
print(next(r), list(zip(r, 'xyz')))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), list(zip(*zip('ab', 'cd'))), dict(zip(range(3), map(chr, range(97, 100)))))
