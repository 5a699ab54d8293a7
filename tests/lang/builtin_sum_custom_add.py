# sum() with objects defining __add__/__radd__, start values of many types, mixed int/float/complex accumulation
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.c + other.c)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f'Money({self.c})'
print(sum([Money(1), Money(2), Money(3)]), sum([Money(5)], Money(10)), sum([], Money(0)))
try:
    sum([Money(1)], 5)
except TypeError as e:
    print('TypeError', e)
class Vec(tuple):
    def __add__(self, o):
        return Vec(a + b for a, b in zip(self, o))
print(sum([Vec((1, 2)), Vec((3, 4))], Vec((0, 0))), type(sum([Vec((1,))], Vec((0,)))).__name__)
print(sum([1, 2.5, 3]), sum([1, 2, 3j]), sum([0.1, 0.2, 0.3], 0.0), sum([True, 2, 3.0]), sum(range(10), -45), sum([[1], [2]], start=[0]))
print(sum([2**62, 2**62, 2**62, -(2**62)]), sum([-(2**63), -1]), sum([1e308, 1e308, -1e308]), sum([1.0, float('nan')]) != sum([1.0, float('nan')]))
print(sum(x / 10 for x in range(10)), sum([0.1] * 3) == 0.30000000000000004, sum([1e-16] * 10, 1.0))
print(sum(iter([1, 2])), sum({1: 'a', 2: 'b'}), sum({3, 4}), sum((5,)), sum(map(len, ['ab', 'c'])))
for bad in [(['a', 'b'],), ([[1]],), ([1, 'x'],), ([b'a'], b''), ([1], None)]:
    try:
        print(sum(*bad))
    except TypeError as e:
        print('TypeError', e)
