# sorting with inconsistent orders (NaN among floats, sets by inclusion) gives CPython's exact result for short lists
nan = float('nan')
state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
for trial in range(60):
    n = 1 + rnd(40)
    L = [nan if rnd(5) == 0 else rnd(10) for _ in range(n)]
    print(sorted(L), sorted(L, reverse=True) == sorted(L, reverse=True))
    r = L[:]
    r.sort(reverse=True)
    print(r)
for trial in range(30):
    n = 1 + rnd(12)
    S = [set(x for x in range(4) if rnd(2)) for _ in range(n)]
    print([sorted(s) for s in sorted(S)], [sorted(s) for s in sorted(S, reverse=True)])
keyed = [(rnd(3), i) for i in range(30)]
print(sorted(keyed, key=lambda p: nan if p[0] == 0 else p[0]))
print(sorted([3, 1, 2], key=lambda x: nan), sorted([2, nan, 1, nan, 0]), sorted([nan, nan, 1]), sorted([1, nan, nan]))
