# results of the built-in functions
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([3, 1, 2], key=lambda x: -x))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([3, 1, 2], key=None, reverse=False))
print(min(3, 1, 2), max("abc"), min([], default=7), max([1, 5, 2], key=lambda x: -x))
print(min((1, 2), (1, 3)), max([(1, 'b'), (1, 'a')]), max(1, 1.0), min(1.0, 1), max([2, 3, 3.0]))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2.5, 3]), sum([[1], [2]], []), sum([], start=5))
print(sum([True, True]), sum([2**70, 1]), sum([1e308, 1e308, -1e308]), sum(x for x in range(5)))
print(sum([-0.0]), sum([], -0.0), sum([0.1, 0.2, 0.3]), sum([1.5, 2**70]), sum([2**63, 2**63]))
print(sum([1e100, 1.0, -1e100, 1.0]), sum([1, 2], 0.5), sum([(1,), (2,)], ()), sum(range(100)))
print(any([]), all([]), any([0, 1]), all([1, 0]), any(x > 2 for x in range(5)))
print(abs(-3), abs(-2.5), abs(True), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(2**70, 3), divmod(7, -2.0))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(base=2, exp=5), pow(2, 3, None), pow(2.0, 0.5))
print(round(2.5), round(3.5), round(2.675, 2), round(7), round(1234, -2), round(-0.5), round(2.5, None))
print(round(number=2.567, ndigits=2), type(round(2.5)), type(round(2.5, 0)))
print(chr(65), chr(0x1F600), chr(255), ord('A'), ord('\U0001F600'), ord(b'z'), ord(bytearray(b'q')))
print(hex(255), oct(8), bin(5), hex(-255), bin(0), hex(2**70), oct(True))
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '>5'), format(1234567, ','), format(5))
print(len([1, 2]), len('héllo'), len({}), repr('a'), repr([1, 'b']), ascii('é✓'), ascii([1, 'ü']))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), issubclass(bool, int))
print(issubclass(int, (str, object)), isinstance('s', (list, tuple)), callable(len), callable(1), callable(int))
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)), hash(-1), hash(0.5))
print(id(None) == id(None), id(1) == id(1), type(id(1)), id(len) == id(len))
a, b = [], []
print(id(a) == id(a), id(a) != id(b))
print(getattr(1, 'real'), getattr(1, 'nope', 'dflt'), hasattr([], 'append'), hasattr([], 'nope'))
class O:
    pass
o = O()
setattr(o, 'x', 5)
print(o.x, getattr(o, 'x'), hasattr(o, 'x'))
delattr(o, 'x')
print(hasattr(o, 'x'), getattr(o, 'x', None))
it = iter([1, 2]); print(next(it), next(it), next(it, 'end'))
print(list(iter([3, 4])), next(iter('ab')))
calls = []
def source():
    calls.append(1)
    return len(calls)
print(list(iter(source, 4)))
print('append' in dir([]), dir(O) == sorted(dir(O)), 'x' in dir(o), '__class__' in dir(o))
o.y = 1
print([n for n in dir(o) if not n.startswith('__')])
print(list(zip([1, 2], 'ab')), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(enumerate('ab')))
print(list(reversed([1, 2, 3])), range(3), slice(1, 2), type(None), NotImplemented, Ellipsis, __debug__)
print(int, bool, object, type, ValueError, ExceptionGroup, IOError is OSError, EnvironmentError)
print(print('a', 'b', sep='-', end='|'), 'after')
print(1, 2, 3, sep=None, end=None)
print()
print('x', sep='')
print(*[1, 2, 3], sep=', ')
print('no newline', end='')
print(' <- joined', flush=True)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('to', 'file', sep='_', file=w)
print(w.parts)
try:
    exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    quit()
except SystemExit as e:
    print('SystemExit', e.code)
