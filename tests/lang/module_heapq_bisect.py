import heapq, bisect
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data); print(data)
print(heapreplace(data, 10), data, heappushpop(data, -1), heappushpop(data, 11), data)
print(nlargest(3, [1, 8, 2, 9, 3]), nsmallest(2, [5, 1, 4]), nlargest(2, ['aa', 'b', 'ccc'], key=len),
      nsmallest(1, []), nlargest(0, [1]), nsmallest(10, [3, 1, 2]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6])), list(merge(['a', 'bb'], ['ccc'], key=len)),
      list(merge([7, 4, 1], [8, 5], reverse=True)))
tasks = []
heappush(tasks, (2, 'write')); heappush(tasks, (1, 'read')); heappush(tasks, (3, 'exec'))
print([heappop(tasks)[1] for _ in range(3)])
for bad in [lambda: heappop([]), lambda: heappush((), 1), lambda: heapreplace([], 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9),
      bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
recs = [(1, 'a'), (3, 'c'), (5, 'e')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'd'), key=lambda r: r[0]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
