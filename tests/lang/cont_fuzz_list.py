# randomized list slicing / slice assignment / deletion against CPython
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 75 + 74) % 65537   # small ints only: cheap under GC stress
    return seed % n

def bound(n):
    c = rnd(5)
    if c == 0:
        return None
    return rnd(2 * n + 7) - n - 3

l = list(range(20))
errors = 0
digest = 0
for step in range(1000):
    n = len(l)
    sl = slice(bound(n), bound(n), [None, 1, 2, 3, -1, -2, -3][rnd(7)])
    op = rnd(6)
    try:
        if op == 0:
            got = l[sl]
            digest = (digest * 31 + sum(got) + len(got)) % 1000000007
        elif op == 1:
            k = len(range(*sl.indices(n)))
            if sl.step in (None, 1) and rnd(2):
                k = rnd(5)
            l[sl] = [step + i for i in range(k)]
        elif op == 2:
            del l[sl]
        elif op == 3:
            l[sl] = tuple(range(rnd(4)))
        elif op == 4:
            l.insert(bound(n) or 0, -step)
        elif op == 5:
            if len(l) < 10:
                l.extend(range(step % 13))
    except ValueError as e:
        errors += 1
    if len(l) > 200:
        del l[::2]
print(len(l), errors, digest)
print(l[:50])
