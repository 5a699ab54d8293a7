# list.sort: stability with key/reverse, mutation during sort, comparison errors
data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f'), (2, 'g')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=str.lower, reverse=True))
L = list(range(20))
L.sort(key=lambda x: x % 3)
print(L)
L.sort(key=lambda x: x % 3, reverse=True)
print(L)
def mutate_key(x):
    L2.append(x)
    return x
L2 = [3, 1, 2]
try:
    L2.sort(key=mutate_key)
except ValueError as e:
    print('ValueError', e)
print(L2)
class Evil:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        L3.clear()
        return self.v < other.v
L3 = [Evil(3), Evil(1), Evil(2)]
try:
    L3.sort()
except ValueError as e:
    print('ValueError', e)
print(len(L3))
L4 = [5, 4, 3]
def peek(x):
    print('len during sort', len(L4), L4)
    return x
L4.sort(key=peek)
print(L4)
for bad in [[1, 'a'], [None, None], [1, 2, None], [{}, {}], [1j, 2j]]:
    try:
        sorted(bad)
    except TypeError as e:
        print('TypeError', e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        raise RuntimeError('no compare')
try:
    sorted([Cmp(1), Cmp(2)])
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted([Cmp(1)])[0].v, sorted([]))
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print('TypeError', e)
try:
    sorted()
except TypeError as e:
    print('TypeError', e)
print(sorted('hello', key=None), sorted({3: 'a', 1: 'b'}), sorted([2, 1], reverse=0), sorted([1.5, True, 0, -2]))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(s), sorted(big, reverse=True)[:3])
pairs = [(i % 10, i) for i in range(100)]
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(r[i][1] < r[i + 1][1] for i in range(99) if r[i][0] == r[i + 1][0]))
print(sorted([float('nan'), 1, 0])[1:] if False else 'skip')
