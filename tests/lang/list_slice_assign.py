# list slice assignment with steps, extended slices, deletion, index/count/remove with bounds
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

def assign(sl, val):
    L = list(range(10))
    L[sl] = val
    return L
def delete(sl):
    L = list(range(10))
    del L[sl]
    return L
for sl in [slice(2, 5), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1), slice(8, 2, -2), slice(5, 5), slice(-3, None),
           slice(20, 30), slice(None, -20), slice(3, 1), slice(None, None, -3)]:
    t(('del', sl), lambda: delete(sl))
    t(('asg3', sl), lambda: assign(sl, ['a', 'b', 'c']))
    t(('asg0', sl), lambda: assign(sl, []))
t('step len', lambda: assign(slice(None, None, 2), [1, 2]))
t('step it', lambda: assign(slice(None, None, 5), iter('xy')))
t('noniter', lambda: assign(slice(1, 2), 5))
t('str', lambda: assign(slice(0, 2), 'xyz'))
t('self', lambda: (lambda L: (L.__setitem__(slice(1, 3), L), L)[1])(list('abcd')))
t('step0', lambda: assign(slice(None, None, 0), []))
t('big', lambda: assign(slice(2**70, 2**71), [1]))
t('neg big', lambda: delete(slice(-2**70, 3)))
L = [1, 2, 3, 2, 1, 2]
for args in [(2,), (2, 2), (2, 4), (2, -3), (2, 0, 1), (9,), (1, -1), (1, 1, 100), (2, -100, 100), (2, 2**70)]:
    t(('index', args), lambda: L.index(*args))
t('count', lambda: (L.count(2), L.count(9), L.count(2.0), [[1]].count([1])))
t('count args', lambda: L.count())
t('remove', lambda: (L.remove(2), L)[1])
t('remove missing', lambda: L.remove(42))
t('pop', lambda: (L.pop(), L.pop(0), L.pop(-1), L))
t('pop empty', lambda: [].pop())
t('pop range', lambda: [1].pop(5))
t('pop str', lambda: [1].pop('0'))
t('insert', lambda: [(M := [1, 2, 3]), M.insert(-1, 'a'), M.insert(100, 'z'), M.insert(-100, 'q'), M][-1])
t('insert big', lambda: (lambda M: (M.insert(2**70, 'x'), M)[1])([1]))
t('extend', lambda: (lambda M: (M.extend(range(3)), M.extend('ab'), M.extend(M), M)[3])([0]))
t('iadd', lambda: (lambda M: (M.__iadd__((1, 2)), M)[1])([0]))
t('add tuple', lambda: [1] + (2,))
t('mul', lambda: ([1, 2] * 3, [0] * 0, [1] * -5, 2 * [None]))
t('imul', lambda: (lambda M: (M.__imul__(2), M)[1])([1, 2]))
t('getitem', lambda: [1, 2, 3][5])
t('getitem neg', lambda: [1, 2, 3][-4])
t('getitem str', lambda: [1][None])
t('setitem', lambda: (lambda M: M.__setitem__(3, 0))([1]))
t('reverse', lambda: (lambda M: (M.reverse(), M)[1])(list('abcde')))
t('copy', lambda: (lambda M: (M.copy() is M, M.copy() == M))([1]))
t('clear', lambda: (lambda M: (M.clear(), M)[1])([1, 2]))
t('cmp', lambda: ([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, 'a'] == [1, 'a'], [2] > [1, 9]))
t('cmp err', lambda: [1, 'a'] < [1, 2])
t('list()', lambda: (list(), list('ab'), list(range(3)), list({1: 2}), list((1,))))
t('list bad', lambda: list(5))
t('list kw', lambda: list(iterable=[1]))
t('ext slices', lambda: (list(range(10))[::3], list(range(10))[-1:-8:-2], list(range(10))[3:-3:2]))
