import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), repr(count(3)), repr(count(1, 2)))
c = count(10); next(c); print(repr(c))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, -2)), repr(repeat(5)), repr(repeat('a', 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)),
      list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(batched('abcdefg', 3)), list(batched([], 2)))
try:
    list(batched('abc', 2, strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    batched('abc', 0)
except ValueError as e:
    print('ValueError', e)
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, '', 'a'])),
      list(filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = list(groupby('aabb'))
print([(k, list(g)) for k, g in gs])
g = groupby('aaabbb')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g2), list(g1))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 9, 3)))
for args in [(-1,), (1, -1), (0, 5, 0), ('a',)]:
    try:
        islice('abc', *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    islice('abc')
except TypeError as e:
    print(e)
src = iter(range(10))
print(list(islice(src, 2)), next(src))
print(list(pairwise('abcd')), list(pairwise('a')), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a), tee([1], 0), len(tee('ab', 3)))
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()), list(zip_longest('ab', 'c')))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('ab', [])))
print(list(permutations('abc', 2)), len(list(permutations(range(5)))), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)),
      list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)),
      list(combinations_with_replacement('', 0)))
for name in ['count', 'chain', 'islice', 'groupby', 'product', 'zip_longest', 'permutations']:
    obj = getattr(it, name)
    print(obj.__name__, obj.__module__)
print(type(chain()).__name__, type(islice('', 1)).__name__, iter(c) is c)
try:
    permutations('abc', -1)
except ValueError as e:
    print(e)
try:
    combinations('abc', -1)
except ValueError as e:
    print(e)
try:
    product('a', repeat=-1)
except ValueError as e:
    print(e)
try:
    chain(x=1)
except TypeError as e:
    print(e)
