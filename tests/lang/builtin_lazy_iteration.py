# laziness and short-circuiting: any/all, zip pulling order, map/filter laziness, min/max consumption, enumerate, next on exhausted
log = []
def src(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i
print(any(x > 1 for x in src('a', 10)), log)
log.clear()
print(all(x < 2 for x in src('b', 10)), log)
log.clear()
z = zip(src('p', 3), src('q', 2))
print(list(z), log)
log.clear()
z = zip(src('p', 2), src('q', 3))
print(list(z), log)
log.clear()
m = map(lambda x: x * 10, src('m', 3))
print(log, next(m), log, list(m), log)
log.clear()
f = filter(lambda x: x % 2, src('f', 5))
print(next(f), log)
log.clear()
e = enumerate(src('e', 3), 1)
print(next(e), log)
log.clear()
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
it = iter([1, 2])
print(list(zip(it, it)), list(it))
it = iter(range(7))
print(list(zip(it, it, it)))
g = (x for x in range(3))
print(sum(g), sum(g), list(g))
def gen_with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        log.append('closed')
log.clear()
g2 = gen_with_cleanup()
print(next(g2), log)
g2.close()
print(log)
print(min(src('n', 4)), max(x for x in [3, 1, 2]), sorted(src('s', 3), reverse=True))
print(list(map(lambda a, b: a + b, [1, 2, 3], src('w', 2))))
print(dict(zip('abc', src('d', 5))), tuple(zip()))
