# list item/slice assignment and deletion errors; index types; negative indices; assignment to self slices
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

def setit(i, v):
    L = [0, 1, 2]
    L[i] = v
    return L
def delit(i):
    L = [0, 1, 2]
    del L[i]
    return L
for i in [0, -1, -3, 3, -4, 2**70, True, 1.0, '1', None, slice(1, 2)]:
    t(('set', i), lambda: setit(i, 'x') if not isinstance(i, slice) else setit(i, ['x']))
    t(('del', i), lambda: delit(i))
L = [1, 2, 3, 4, 5]
L[1:4] = L[::-1]
print(L)
L = [1, 2, 3, 4, 5]
L[::2] = L[1::2] + [9]
print(L)
L = [1, 2, 3]
L[:] = L
print(L)
L[:0] = [0]
L[len(L):] = [4]
print(L)
L[1:1] = 'ab'
print(L)
L[-1:] = []
print(L)
del L[:]
print(L)
t('tuple target', lambda: (lambda L: (L.__setitem__(slice(0, 1), (7, 8)), L)[1])([1]))
t('gen target', lambda: (lambda L: (L.__setitem__(slice(0, 0), (x for x in 'xy')), L)[1])([1]))
t('dict target', lambda: (lambda L: (L.__setitem__(slice(0, 1), {'k': 1}), L)[1])([1]))
t('step -1 assign', lambda: (lambda L: (L.__setitem__(slice(None, None, -1), [1, 2, 3]), L)[1])([0, 0, 0]))
t('step -1 wrong len', lambda: (lambda L: L.__setitem__(slice(None, None, -1), [1]))([0, 0]))
t('empty ext slice', lambda: (lambda L: (L.__setitem__(slice(5, 10, 2), []), L)[1])([0]))
