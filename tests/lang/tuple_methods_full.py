# tuple: construction, indexing, slicing, count/index with bounds, comparison, hashing, concatenation, repr
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

T = (1, 2, 3, 2, 1, 'a', None, (1, 2))
t('basic', lambda: (T[0], T[-1], T[1:4], T[::-2], T[100:], len(T), T.count(2), T.count(1.0), T.count((1, 2))))
t('index', lambda: (T.index(2), T.index(2, 2), T.index(1, -4), T.index('a', 0, 6)))
t('index missing', lambda: T.index(99))
t('index range', lambda: T.index(2, 4, 6))
t('index big', lambda: T.index(1, -2**70, 2**70))
t('concat', lambda: ((1,) + (2,), () + (), (1,) * 3, 0 * (1,), (1, 2) * -1, 2 * ()))
t('concat list', lambda: (1,) + [2])
t('mul float', lambda: (1,) * 1.0)
t('cmp', lambda: ((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, 'a') == (1, 'a'), (2,) > (1, 9), (1, 2) <= (1, 2), (1,) != (1.0,)))
t('cmp err', lambda: (1, 'a') < (1, 2))
t('cmp short-circuit', lambda: (1, 'a') < (2, 2))
t('eq nan', lambda: ((float('nan'),) == (float('nan'),), (lambda n: (n,) == (n,))(float('nan'))))
t('hash', lambda: (hash(()), hash((1,)), hash((1, 2)), hash(((1, 2), 3)), hash((None, True)), hash(('',)) == hash(('',))))
t('hash unhashable', lambda: hash((1, [2])))
t('tuple()', lambda: (tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), tuple(x for x in 'xy')))
t('tuple bad', lambda: tuple(5))
t('tuple kw', lambda: tuple(iterable=[1]))
t('tuple 2 args', lambda: tuple([1], [2]))
t('identity', lambda: (tuple(T) is T, T[:] is T, T[::1] is T, () is tuple()))
t('repr', lambda: (repr(()), repr((1,)), repr((1, 2)), repr(((),)), repr(('a', "b'c"))))
t('setitem', lambda: T.__setitem__(0, 1))
t('in', lambda: (1 in T, 'b' in T, None in T, [1] in ([1],)))
t('unpack', lambda: (lambda a, *b: (a, b))(*T[:3]))
t('getitem float', lambda: T[1.0])
t('getitem oor', lambda: T[8])
t('getitem neg oor', lambda: T[-9])
t('nested slice', lambda: T[7][::-1])
class TS(tuple):
    pass
ts = TS([1, 2])
t('subclass', lambda: (ts, type(ts).__name__, type(ts + ts).__name__, type(ts[:]).__name__, type(ts * 2).__name__, ts == (1, 2), hash(ts) == hash((1, 2))))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
t('point', lambda: (p, p.x, p[1], len(p), list(p)))
t('sorted tuples', lambda: sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
t('min max', lambda: (min([(1, 2), (1, 1)]), max([(0, 9), (1, 0)])))
t('iter', lambda: (type(iter(T)).__name__, list(iter(())), next(iter((5,)))))
t('len hint', lambda: iter((1, 2, 3)).__length_hint__())
t('getnewargs', lambda: (1, 2).__getnewargs__())
t('class_getitem', lambda: repr(tuple[int, ...]))
