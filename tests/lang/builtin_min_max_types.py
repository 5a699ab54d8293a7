# min/max over strings, tuples, mixed numbers, generators, dict views, with key returning tuples; errors with mixed types
print(min('hello'), max('hello'), min(['b', 'a', 'c']), max([(1, 'b'), (1, 'a')]), min([[2], [1, 5], [1]]))
print(max(1, 2.5, True), min(-1, -1.0), max([2**70, 1e21]), min(range(5, 0, -1)), max({'a': 9, 'z': 0}), min({3: 'x', 1: 'y'}.values()))
print(max('ab', 'b', key=len), min(['aa', 'b', 'cc'], key=len), max(['aa', 'b', 'cc'], key=len), max([], key=len, default='none'))
print(min((x * x - 4 * x for x in range(10))), max(zip('abc', [3, 1, 2]), key=lambda p: p[1]), min(enumerate('zyx'), key=lambda p: p[1]))
print(max([1, 2, 3], key=lambda v: -v), min([1, 2, 3], key=lambda v: (v % 2, v)), max('aAbB', key=str.lower))
for bad in [lambda: max(1, 'a'), lambda: min([None, 1]), lambda: max([1j, 2j]), lambda: min(1), lambda: max(), lambda: min([], default=1, key=len, x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
    except ValueError as e:
        print('ValueError', e)
print(max(iter([5])), min(x for x in 'q'), max([float('-inf'), -1e308]), min([0.0, -0.0]), max([-0.0, 0.0]))
