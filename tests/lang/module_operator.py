import operator as op
from operator import attrgetter, itemgetter, methodcaller

print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3),
      op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0), op.lshift(1, 4),
      op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.index(7), op.not_(0), op.truth([]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.is_(None, None),
      op.is_not(1, None))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'),
      op.getitem({'a': 1}, 'a'), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(3, 9))
d = {}
op.setitem(d, 'k', 1); print(d); op.delitem(d, 'k'); print(d)
l = [1]
print(op.iadd(l, [2]) is l, l, op.iconcat(l, [3]), op.imul([1], 2), op.ior({1}, {2}), op.isub(5, 1),
      op.ipow(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ilshift(1, 2), op.irshift(8, 1),
      op.iand(3, 1), op.ixor(3, 1))
for bad in [lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: op.index(1.5),
            lambda: attrgetter(1), lambda: methodcaller(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.child = None
    def dist(self, k=1):
        return (self.x + self.y) * k
p = P(1, 2); p.child = P(3, 4)
print(attrgetter('x')(p), attrgetter('x', 'y')(p), attrgetter('child.y')(p), repr(attrgetter('a', 'b.c')))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), repr(itemgetter(1, 'a')))
print(methodcaller('dist')(p), methodcaller('dist', k=3)(p), repr(methodcaller('m', 1, z=2)))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0, 1)), op.call(max, 1, 5))
print(op.__add__(1, 1), op.__not__(1), op.__matmul__ is op.matmul)
try:
    attrgetter('zz')(p)
except AttributeError as e:
    print(e)
