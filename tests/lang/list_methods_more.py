# list: methods with iterators and generators, nested equality, comparisons, copy semantics, repeat aliasing
L = [3, 1, 2]
L.extend(x * 10 for x in range(3))
L += iter([7])
L[len(L):] = (8, 9)
print(L, len(L), L.index(20), L.count(0))
m = [[0]] * 3
m[0].append(1)
print(m, [[0] for _ in range(3)])
a = [1, [2, 3]]
b = a.copy()
b[1].append(4)
b[0] = 9
print(a, b, a == b, a[1] is b[1])
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] == [1, [2]], [float('nan')] == [float('nan')], [] == [], [[]] < [[1]])
print(list(reversed(L)), L[::-1] == list(reversed(L)), sorted(L, reverse=True)[:3])
L.reverse()
print(L)
L.sort()
print(L, L.pop(), L.pop(0), L)
del L[::2]
print(L)
L.insert(1, 'x')
L.remove('x')
print(L, 'x' in L, 20 in L)
L *= 2
print(L)
L[1:3] = []
print(L)
L.clear()
print(L, bool(L), len(L))
print([1, 2, 3][-1:-4:-1], [1, 2, 3][::-2], [1, 2, 3][5:0:-1], list(range(10))[1:9:3])
stack = []
for i in range(5):
    stack.append(i)
print([stack.pop() for _ in range(3)], stack)
q = list('abc')
q.insert(0, q.pop())
print(q)
nested = [[i * j for j in range(4)] for i in range(3)]
print(nested, [row[1] for row in nested], list(zip(*nested)))
print(sum(nested, []), max(nested), min(map(len, nested)))
x = [5]
x.extend(x)
x.extend(x)
print(x)
y = [1, 2, 3]
y[1:2] = y
print(y)
print(list.__len__([1]), list.__getitem__([1, 2], 1), list.__contains__([1], 1), [].__class__.__name__)
print([1, 2, 3].__reversed__().__class__.__name__, list(iter([1, 2, 3]).__class__.__name__ for _ in [0]))
