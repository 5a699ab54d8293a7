# bool: arithmetic, bitwise, repr, int methods, subclassing restriction, truth of objects
print(True + True, True * 3, -True, ~True, ~False, True / 2, True // 2, True % 2, True ** 10, divmod(True, 2))
print(True & False, True | False, True ^ True, False ^ True, type(True & False).__name__, type(True & 1).__name__, type(True + 0).__name__)
print(repr(True), str(False), format(True), format(True, 'd'), format(False, '>5'), f'{True!r:^7}', '%s %d %r' % (True, True, False))
print(int(True), float(False), complex(True), bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(None), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool('a'), bool([0]), bool(0.1), bool(1j), bool(object()), bool(float('nan')))
print(True == 1, False == 0, True is 1 == 1 if False else '', hash(True), hash(False), {True: 'a', 1: 'b'}, {0: 'x', False: 'y'})
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), (True).to_bytes(1, 'big'), True.conjugate())
print(bool.__name__, bool.__base__.__name__, bool.__mro__, isinstance(True, int), type(True) is bool)
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print('TypeError', e)
print(bool.__new__(bool, 5), bool(x=1) if False else '')
try:
    bool(x=1)
except TypeError as e:
    print('TypeError', e)
class Falsy:
    def __bool__(self):
        return False
class LenZero:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**70
print(bool(Falsy()), bool(LenZero()), not Falsy(), 'yes' if LenZero() else 'no')
for obj in [BadBool(), BadLen(), BigLen()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class BoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(BoolAndLen()))
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print('TypeError', e)
print(sum([True] * 5), max(True, 2), sorted([True, False, 0, 1]), [True, False].index(0), True in [1], 1 in [True])
print(True and 'x', False or 0, not 0, not 'a', (True, False) < (True, True), True > False, True < 2)
print(bool.from_bytes(b'\x00\x01', 'big'), type(bool.from_bytes(b'\x01', 'big')).__name__)
print(True.__add__(1), True.__and__(False), True.__or__(2), True.__xor__(1), False.__invert__())
