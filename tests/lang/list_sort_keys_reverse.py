# list.sort with tuple keys, reverse with equal keys, in-place identity, numeric mixes, sorting records by several fields
people = [('ann', 31, 'nyc'), ('bob', 25, 'la'), ('cid', 31, 'sf'), ('dee', 25, 'nyc'), ('eve', 40, 'la'), ('fay', 31, 'la')]
for key in [lambda p: p[1], lambda p: (p[1], p[2]), lambda p: (-p[1], p[0]), lambda p: p[2], lambda p: len(p[0])]:
    L = people[:]
    L.sort(key=key)
    print([p[0] for p in L])
    L.sort(key=key, reverse=True)
    print([p[0] for p in L])
L = people[:]
L.sort(key=lambda p: p[0], reverse=True)
L.sort(key=lambda p: p[1])
print([p[0] for p in L])
nums = [3, 1.5, -2, 2**64, -0.0, 0, True, 1e-9, -1e300, 7]
r = nums[:]
r.sort()
print(r)
r.sort(reverse=True)
print(r)
r.sort(key=abs)
print(r)
L = [5, 3, 1]
ident = L
res = L.sort()
print(res, L is ident, L)
seq = []
state = 7
for i in range(500):
    state = (state * 1103515245 + 12345) % 2**31
    seq.append((state % 50, i))
s1 = sorted(seq, key=lambda p: p[0])
print(all(s1[i][0] < s1[i + 1][0] or (s1[i][0] == s1[i + 1][0] and s1[i][1] < s1[i + 1][1]) for i in range(499)))
s2 = sorted(seq, key=lambda p: p[0], reverse=True)
print(all(s2[i][0] > s2[i + 1][0] or (s2[i][0] == s2[i + 1][0] and s2[i][1] < s2[i + 1][1]) for i in range(499)))
print(s1[:4], s2[:4])
strs = ['b10', 'a2', 'b2', 'a10', 'B1', 'a1']
print(sorted(strs), sorted(strs, key=lambda s: (s[0].lower(), int(s[1:]))), sorted(strs, key=str.casefold))
