# sorted(): any iterable, key functions (builtins, lambdas, methods), reverse stability, errors in key, mixed types
print(sorted({3, 1, 2}), sorted('bca'), sorted((3, 1)), sorted(range(5, 0, -1)), sorted({'b': 1, 'a': 2}.items()), sorted(x % 4 for x in range(9)))
print(sorted(['aa', 'B', 'c', 'Ab'], key=str.lower), sorted([-3, 2, -1], key=abs), sorted(['x', 'yy', 'z'], key=len, reverse=True))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: p[0]), sorted([[2, 1], [1, 2], [1, 1]]))
print(sorted([1.5, 1, True, 0.5, False]), sorted([2**70, -2**70, 0, 1e30, -1e30]))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=words.count, reverse=True)[:3])
print(sorted(words, key=lambda w: w[-1]), sorted(set(words), key=lambda w: -len(w))[:2] if False else '')
data = [('a', 3), ('b', 1), ('c', 3), ('d', 2), ('e', 1)]
print(sorted(data, key=lambda p: p[1], reverse=True), sorted(sorted(data, key=lambda p: p[0], reverse=True), key=lambda p: p[1]))
def bad_key(x):
    if x == 3:
        raise ValueError('key failed on 3')
    return x
try:
    sorted([1, 2, 3, 4], key=bad_key)
except ValueError as e:
    print('ValueError', e)
for bad in [[1, 'a', 2], [(1, 2), (1, 'x')], [None, 1], [1, 2, [3]], [{1}, {2}, 3]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print('TypeError', e)
try:
    sorted(5)
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1], key=5)
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1, 2], key=lambda: 0)
except TypeError as e:
    print('TypeError', e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f'R{self.v}'
print(sorted([Rev(1), Rev(3), Rev(2)]), min(Rev(1), Rev(3)), max([Rev(5), Rev(2)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f'G{self.v}'
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
L = list(range(50, 0, -1))
r = sorted(L)
print(r[:5], L[:3], r is not L)
print(sorted([], reverse=True), sorted([1], key=lambda x: 1 / 0 if False else x), sorted('', key=len))
print(sorted(['b', 'A', 'a', 'B'], key=lambda s: (s.lower(), s.islower())))
