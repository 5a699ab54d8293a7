# iter with sentinel, next with default, enumerate, zip strict messages, map, filter, reversed
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

n = [0]
def counter():
    n[0] += 1
    return n[0]
t('sentinel', lambda: list(iter(counter, 4)))
t('sentinel nocall', lambda: iter(5, 1))
t('sentinel eq', lambda: list(iter(iter([1, 2, 3.0, 4]).__next__, 3)))
it = iter(lambda: 1, 1)
t('sentinel done', lambda: (list(it), next(it, 'd')))
t('iter bad', lambda: iter(5))
t('iter none', lambda: iter(None))
t('iter 3 args', lambda: iter(1, 2, 3))
t('next default', lambda: (next(iter([]), 'x'), next(iter([1]), 'x'), next(iter(''), None)))
t('next noniter', lambda: next([1]))
t('next stop', lambda: next(iter([])))
t('next kw', lambda: next(iter([]), default=1))
t('enumerate', lambda: (list(enumerate('ab')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate([], 3))))
t('enumerate big', lambda: list(enumerate('ab', 2**64)))
t('enumerate float', lambda: enumerate('a', 1.5))
t('enumerate kw', lambda: list(enumerate(iterable='ab')))
t('enumerate bad', lambda: enumerate(5))
t('zip', lambda: (list(zip()), list(zip('ab')), list(zip('abc', range(2))), list(zip('ab', 'cd', 'ef'))))
t('zip strict ok', lambda: list(zip('ab', 'cd', strict=True)))
t('zip strict 1', lambda: list(zip('abc', 'cd', strict=True)))
t('zip strict 2', lambda: list(zip('ab', 'cde', strict=True)))
t('zip strict 3', lambda: list(zip('ab', 'cd', 'e', strict=True)))
t('zip strict 3b', lambda: list(zip('ab', 'cd', 'efg', strict=True)))
t('zip strict 3c', lambda: list(zip('a', 'cd', 'efg', strict=True)))
t('zip strict empty', lambda: list(zip(strict=True)))
t('zip bad', lambda: zip(1))
t('zip bad2', lambda: zip('a', None))
t('zip kw', lambda: zip('a', foo=1))
t('map', lambda: (list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: a, 'ab', 'cd', 'e'))))
t('map strict', lambda: map(str, [1], strict=True))
t('map noargs', lambda: map(str))
t('map bad', lambda: map(str, 1))
t('map nonfunc', lambda: list(map(5, [1])))
t('filter', lambda: (list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')), list(filter(lambda x: x > 1, range(4)))))
t('filter bad', lambda: filter(None, 5))
t('filter args', lambda: filter(None))
t('reversed', lambda: (list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('ab')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2}))))
t('reversed bad', lambda: reversed(5))
t('reversed set', lambda: reversed({1}))
t('reversed gen', lambda: reversed(x for x in 'a'))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
t('reversed seq', lambda: list(reversed(Seq())))
t('iter seq', lambda: list(iter(Seq())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t('reversed none', lambda: reversed(NoRev()))
class NoIter:
    __iter__ = None
t('iter none attr', lambda: iter(NoIter()))
class BadIter:
    def __iter__(self):
        return 5
t('bad iter', lambda: iter(BadIter()))
t('len hint', lambda: (iter([1, 2, 3]).__length_hint__(), reversed([1, 2]).__length_hint__(), iter(range(5)).__length_hint__()))
it = iter([1, 2, 3])
next(it)
t('iter exhausted', lambda: (list(it), list(it)))
e = enumerate('xyz')
t('enumerate iter', lambda: (iter(e) is e, next(e), list(e)))
t('map iter', lambda: (lambda m: iter(m) is m)(map(str, [])))
t('type names', lambda: [type(x).__name__ for x in (enumerate(''), zip(), map(str, ''), filter(None, ''), reversed([]), iter([]), iter(()), iter(''), iter({}), iter(set()), iter(range(1)), iter(lambda: 1, 2))])
