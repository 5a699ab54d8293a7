# randomized sorts (stability, key, reverse, mixed int/float, strings) against CPython
seed = 99
def rnd(n):
    global seed
    seed = (seed * 75 + 74) % 65537   # small ints only: cheap under GC stress
    return seed % n
for trial in range(8):
    n = rnd(60)
    kind = trial % 4
    if kind == 0:
        data = [rnd(50) for _ in range(n)]
    elif kind == 1:
        data = [rnd(1000) / 7 if rnd(2) else rnd(1000) for _ in range(n)]
    elif kind == 2:
        data = ["".join(chr(97 + rnd(4)) for _ in range(rnd(4))) for _ in range(n)]
    else:
        data = [(rnd(5), rnd(5)) for _ in range(n)]
    tagged = list(enumerate(data))
    a = sorted(tagged, key=lambda p: p[1])
    b = sorted(tagged, key=lambda p: p[1], reverse=True)
    c = sorted(data, reverse=bool(trial % 2))
    print(trial, n, [p[0] for p in a][:15], [p[0] for p in b][:15], c[:8] == sorted(c)[:8] or c[:8])
big = [rnd(10 ** 6) for _ in range(500)]
big.sort()
print(all(big[i] <= big[i + 1] for i in range(len(big) - 1)), big[:5], big[-3:])
