# set / frozenset: printed order of small ints as CPython, algebra, methods, errors
def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

print({3, 1, 2}, set(range(20, 0, -1)), {100, 3, 1000000, 7}, {-1, -2, 5}, set(), frozenset())
s = {0, 8}; s.discard(0); s.add(16); print(s)
s = set(range(10)); print(s.pop(), s.pop(), s)
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union([9], (8,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([4, 10]))
print(a < b, {3} < b, b <= b, b < b, a > {1}, a >= a, a == {4, 3, 2, 1}, a != b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]))
c = set(a)
c |= {10}; c &= {1, 2, 10, 11}; c -= {2}; c ^= {1, 12}
print(c)
c.update([20, 21], {22}); c.intersection_update(range(21)); print(c)
c.difference_update([10]); c.symmetric_difference_update({20, 30}); print(c)
f = frozenset([5, 6, 5])
print(f, f | {7}, type(f | {7}).__name__, {7} | f, type({7} | f).__name__, f.copy() is f, hash(f) == hash(frozenset([6, 5])))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print({frozenset([1]): "x"}[frozenset({1})], frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
err(lambda: {[1]})
err(lambda: set().pop())
err(lambda: {1}.remove(2))
err(lambda: {1} | [2])
err(lambda: {1} < [1])
err(lambda: set(1))
