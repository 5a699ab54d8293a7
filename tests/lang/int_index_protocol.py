# __index__ used by builtins: hex/bin/oct, range, slicing, list index, repetition, bytes, chr, int(); and results' types
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i3 = Idx(3)
t('hex bin oct', lambda: (hex(Idx(255)), bin(i3), oct(Idx(8))))
t('range', lambda: (list(range(i3)), range(Idx(1), Idx(10), Idx(3))))
t('slicing', lambda: ('abcdef'[i3], 'abcdef'[Idx(1):i3], [1, 2, 3, 4][i3], (1, 2, 3, 4)[:i3]))
t('repeat', lambda: ('ab' * i3, [0] * i3, (1,) * i3))
t('bytes', lambda: (bytes(i3), bytearray(Idx(2))))
t('chr', lambda: chr(Idx(65)))
t('int()', lambda: int(Idx(42)))
t('float()', lambda: float(Idx(42)))
t('complex()', lambda: complex(Idx(2)))
t('operator', lambda: __import__('operator').index(i3) if False else i3.__index__())
t('list insert pop', lambda: (lambda L: (L.insert(Idx(1), 'x'), L.pop(Idx(0)), L)[2])([1, 2]))
t('round', lambda: round(123, Idx(-1)))
t('pow mod', lambda: pow(2, Idx(5), Idx(7)))
t('bad index', lambda: hex(Idx('x')))
t('bad index float', lambda: [1][Idx(1.0)])
class BoolIdx:
    def __index__(self):
        return True
t('bool idx', lambda: 'ab'[BoolIdx()])
class SubIdx:
    def __index__(self):
        return type('I2', (int,), {})(2)
t('sub idx', lambda: 'abc'[SubIdx()])
t('float slice', lambda: 'abc'[1.0:])
t('str idx', lambda: [1][None:'x'])
t('no index', lambda: 'abc'[object()])
t('int subclass arith types', lambda: [type(op).__name__ for op in (Idx(1).__index__() + 1, type('I', (int,), {})(5) + 1, -type('I', (int,), {})(5))])
t('math', lambda: (abs(Idx(5)) if False else '', divmod(7, 2)))
t('abs idx', lambda: abs(Idx(-5)))
t('int base idx', lambda: int('11', Idx(2)))
t('enumerate start idx', lambda: list(enumerate('ab', Idx(5))))
t('zfill idx', lambda: '1'.zfill(Idx(4)))
t('center idx', lambda: 'a'.center(Idx(3), '*'))
t('to_bytes idx', lambda: (5).to_bytes(Idx(2), 'big'))
t('islice like', lambda: list(range(10))[Idx(2):Idx(8):Idx(2)])
