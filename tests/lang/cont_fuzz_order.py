# randomized dict/set/list operations (deterministic small LCG); the printed
# orders must equal CPython's: dict insertion order, set table order for ints
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 75 + 74) % 65537   # small ints only: cheap under GC stress
    return seed % n

d = {}
s = set()
l = []
checks = []
for step in range(3000):
    op = rnd(12)
    k = rnd(300) - 50
    if op < 4:
        d[k] = step
        s.add(k)
        l.append(k)
    elif op == 4:
        d.pop(k, None)
        s.discard(k)
    elif op == 5 and d:
        d.popitem()
    elif op == 6 and s:
        s.pop()
    elif op == 7:
        d.setdefault(k, -step)
    elif op == 8 and l:
        del l[rnd(len(l))]
    elif op == 9:
        s ^= {k, k + 1}
    elif op == 10 and step % 500 == 0:
        d.clear()
        s = set(s)
    elif op == 11:
        l.insert(rnd(len(l) + 1), k)
    if step % 500 == 499:
        checks.append((len(d), sum(d), len(s), sum(s), len(l)))
print(checks)
print(list(d.items())[:40])
print(list(d)[-20:])
print(s)
print(sorted(s) == sorted(set(s)), len(s))
print(l[:30], sum(l), len(l))
l.sort(key=lambda x: x % 7)
print(l[:30])
big = {i * 1000003 % 65537 for i in range(300)}
print(len(big), list(big)[:20])
t = frozenset(range(0, 200, 3)) | frozenset(range(0, 200, 5))
print(t, hash(t))
e = set(range(100))
for i in range(0, 100, 2):
    e.remove(i)
e.add(1000)
print(e)
print(e - set(range(50)), e & set(range(30, 60)), set(range(5)) | e)
