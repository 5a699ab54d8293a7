# slice objects: indices, hash (3.12+), comparisons, repr, attributes, errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

for s in [slice(None), slice(5), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(10, -10, -2), slice(-100, 100, 3),
          slice(1, 2, 2**70), slice(2**70, None), slice(None, None, -2**70)]:
    for n in [0, 1, 5, 10]:
        t((s, n), lambda: s.indices(n))
t('step0', lambda: slice(1, 2, 0).indices(5))
t('neg len', lambda: slice(1).indices(-1))
t('str', lambda: slice('a').indices(5))
t('float', lambda: slice(1.0).indices(5))
t('len float', lambda: slice(1).indices(5.0))
t('hash', lambda: (hash(slice(1, 2)) == hash(slice(1, 2)), hash(slice(1, 2, None)) == hash(slice(1, 2)), hash(slice(1, 2)) != hash(slice(2, 1))))
t('hash val', lambda: hash(slice(1, 2, 3)))
t('hash val2', lambda: hash(slice(None)))
t('hash unhash', lambda: hash(slice([1])))
t('dict key', lambda: {slice(1, 2): 'x'}[slice(1, 2)])
t('eq', lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1), slice(1, 2) < slice(1, 3), slice(1) <= slice(1)))
t('lt mixed', lambda: slice(1) < slice('a'))
t('lt other', lambda: slice(1) < (1,))
t('eq other', lambda: slice(1) == (None, 1, None))
t('repr', lambda: (repr(slice(1)), repr(slice('a', [1], None)), str(slice(-1, None, -1))))
t('attrs', lambda: (slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step, slice(5).start))
t('readonly', lambda: setattr(slice(1), 'start', 5))
t('no args', lambda: slice())
t('4 args', lambda: slice(1, 2, 3, 4))
t('kw', lambda: slice(stop=1))
t('subclass', lambda: type('S', (slice,), {}))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
t('index objs', lambda: slice(Idx(1), Idx(-1), Idx(2)).indices(10))
t('use index objs', lambda: 'abcdefgh'[Idx(1):Idx(-1):Idx(2)])
class Custom:
    def __getitem__(self, k):
        return k
c = Custom()
t('getitem slice', lambda: (c[1:2], c[::], c[1:2:3], c[:, 1], c[..., 1:], c[:]))
t('tuple slice', lambda: (1, 2, 3, 4)[slice(None, None, -1)])
t('list slice obj', lambda: [0, 1, 2, 3][slice(1, None)])
t('slice of slice', lambda: slice(slice(1), 2))
