# randomized set algebra (deterministic small LCG); printed orders must equal CPython's
seed = 777
def rnd(n):
    global seed
    seed = (seed * 75 + 74) % 65537   # small ints only: cheap under GC stress
    return seed % n

sets = [set(), set(), set()]
for step in range(1200):
    a = rnd(3)
    b = rnd(3)
    op = rnd(16)
    k = rnd(400) - 100
    sa, sb = sets[a], sets[b]
    if op < 5:
        sa.add(k)
    elif op < 7:
        sa.discard(k)
    elif op == 7 and sa:
        sa.pop()
    elif op == 8:
        sets[a] = sa | sb
    elif op == 9:
        sets[a] = sa & sb if len(sa & sb) > 3 else sa
    elif op == 10:
        sets[a] = sa - {k, k + 1, k + 2}
    elif op == 11:
        sets[a] = sa ^ {k, -k}
    elif op == 12:
        sa |= {k * 3, k * 5}
    elif op == 13:
        sa -= set(range(k, k + 10))
    elif op == 14:
        sets[a] = sa.copy() if step % 7 else set(list(sa))
    elif op == 15:
        sa.intersection_update(range(-100, 300, 2)) if len(sa) > 40 else sa.update([k, k + 7])
    if step % 100 == 99:
        print([sorted(s)[:5] for s in sets], [len(s) for s in sets])
for s in sets:
    print(s)
print(sets[0] | sets[1], sets[1] - sets[2])
print(sets[2] ^ sets[0], sets[0] & sets[1])
print(frozenset(sets[0]) | frozenset(sets[2]), hash(frozenset(sets[1])))
print(set(reversed(sorted(sets[0]))), {x: None for x in sets[1]}.keys() - sets[2])
d1 = {x: x for x in sets[0]}
d2 = {x: x % 3 for x in sets[1]}
print(d1.keys() & sets[1], sets[2] & d1.keys(), d1.keys() & d2.keys())
print(d1.keys() | sets[2], d1.keys() - d2.keys(), d2.keys() ^ sets[0])
print(d1.items() ^ d2.items())
print(d1.items() & d2.items(), d1.keys() - list(range(0, 300, 3)), [1, 2, 3] - d1.keys())
