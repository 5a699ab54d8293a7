# unhashable keys in dict/set operations: messages for get, setdefault, pop, in, del, fromkeys, update, set ops
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))
d = {'a': 1}
s = {1}
for key in [[1], {}, set(), bytearray(b'x'), ([],), {1: 2}.keys() if False else slice(1) if False else [[]]]:
    n = type(key).__name__
    t(('getitem', n), lambda: d[key])
    t(('get', n), lambda: d.get(key))
    t(('in', n), lambda: key in d)
    t(('setitem', n), lambda: d.__setitem__(key, 1))
    t(('setdefault', n), lambda: d.setdefault(key))
    t(('pop', n), lambda: d.pop(key, None))
    t(('del', n), lambda: d.__delitem__(key))
    t(('set in', n), lambda: key in s)
    t(('set add', n), lambda: s.add(key))
    t(('set discard', n), lambda: s.discard(key))
    t(('set literal', n), lambda: {key})
    t(('frozenset', n), lambda: frozenset([key]))
t('fromkeys', lambda: dict.fromkeys([[1]]))
t('update', lambda: {}.update([([1], 2)]))
t('dict()', lambda: dict([([1], 2)]))
t('comprehension', lambda: {[i]: i for i in range(2)})
t('set comp', lambda: {[i] for i in range(2)})
t('set ops', lambda: {1} | {[1]} if False else {1}.union([[1]]))
t('ok tuple', lambda: {(1, 2): 3}[(1, 2)])
t('list of tuples in set', lambda: {(1, (2, 3))})
t('nested unhashable tuple', lambda: {(1, [2])})
