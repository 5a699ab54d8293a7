# large set operations checked against sorted lists: union/intersection/difference/symmetric difference, subset tests
A = {(i * 37) % 1009 for i in range(600)}
B = {(i * 53) % 1009 for i in range(400)}
la, lb = sorted(A), sorted(B)
print(len(A), len(B), len(A | B), len(A & B), len(A - B), len(B - A), len(A ^ B))
print(sorted(A & B)[:10], sorted(A - B)[-5:], sorted(A ^ B)[:5])
print((A & B) <= A, (A & B) <= B, (A | B) >= A, A - B < A, (A ^ B) == (A | B) - (A & B), A.isdisjoint(A - B - A))
C = set(A)
C.intersection_update(B)
D = set(A)
D.difference_update(B)
E = set(A)
E.symmetric_difference_update(B)
print(C == A & B, D == A - B, E == A ^ B, len(C) + len(D) == len(A))
for x in list(C)[:100]:
    A.discard(x)
print(len(A), len(A & B), sum(A) % 1000, min(A), max(A))
s = set()
for i in range(2000):
    s.add(i)
for i in range(0, 2000, 3):
    s.remove(i)
print(len(s), sum(s), 1999 in s, 1998 in s, sorted(s)[:4])
fs = frozenset(range(100))
print(hash(fs) == hash(frozenset(reversed(range(100)))), len(fs | {100}), fs > frozenset(range(50)), fs.issuperset(range(100)))
