# hash of int, float, complex, tuple, frozenset, bool, None equal to CPython's values
ints = [0, 1, -1, -2, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, 2**64 + 5, -(2**61), -(2**61 - 1), 10**30, -(10**30), 2**1000]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 0.5, -0.5, 1.5, 1e-300, 1e300, 3.141592653589793, 2.0**61, 2.0**62, -2.0**100, 1.0 / 3, 5e-324, float('inf'), float('-inf')]
print([hash(f) for f in floats])
print(hash(float('nan')) == hash(float('nan')) or 'differ')
cs = [0j, 1j, -1j, 1 + 1j, 2.5 - 3j, complex(1e300, -1e300), complex(float('inf'), 0), complex(0, float('-inf')), complex(-1, 0)]
print([hash(c) for c in cs])
print(hash(1 + 0j) == hash(1), hash(complex(2.5)) == hash(2.5), hash(True) == hash(1), hash(False))
ts = [(), (1,), (1, 2), (1, (2, 3)), ('',) if False else (None,), (1.5, -1), ((),), (2**64, -1, 0.0), tuple(range(20))]
print([hash(t) for t in ts])
fs = [frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset(range(100)), frozenset([-1, -2]), frozenset([(1, 2)]), frozenset([0.5])]
print([hash(f) for f in fs])
print(hash(None), hash(Ellipsis) == hash(...), hash(NotImplemented) == hash(NotImplemented))
print(hash(Fraction(1, 3)), hash(Fraction(3, 1)) == hash(3), hash(Fraction(1, 2)) == hash(0.5))
class H:
    def __hash__(self):
        return 2**65 + 7
print(hash(H()))
class H2:
    def __hash__(self):
        return -1
print(hash(H2()))
class H3:
    def __hash__(self):
        return 1.5
try:
    hash(H3())
except TypeError as e:
    print('TypeError', e)
class H4(int):
    pass
print(hash(H4(2**70)) == hash(2**70))
for v in [[1], {1: 2}, {1}, bytearray(b'x')]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
try:
    hash(([1],))
except TypeError as e:
    print('TypeError', e)
print(hash(b'') == hash(''), hash((1, 2)) == hash((1, 2)), hash(range(3)) == hash(range(0, 3, 1)))
