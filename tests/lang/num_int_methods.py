# int methods, constructors and conversions (numbers helper)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in [0, 1, -1, 255, -256, 2 ** 47 - 1, 2 ** 47, -2 ** 47, -2 ** 47 - 1, 2 ** 100, -3 ** 50]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(),
          v.real, v.imag, v.numerator, v.denominator, v.conjugate(), hash(v))
print((1000).to_bytes(2, 'big'), (1000).to_bytes(2, 'little'), (-1).to_bytes(3, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xfe', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), (2 ** 64).to_bytes(9, 'big'))
show(lambda: (256).to_bytes(1, 'big'))
show(lambda: (-1).to_bytes(1, 'big'))
show(lambda: (1).to_bytes(1, 'middle'))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 3), round(7))
print(round(10 ** 30 + 5 * 10 ** 10, -11), type(round(3, None)))
print(int(), int(7), int(-7.9), int(True), int('  42  '), int('-0x1F', 16), int('0b101', 0), int('1_000_000'))
print(int('z', 36), int('Z', 36), int(b' 12 '), int('0o777', 0), int('00', 0), int('٣٤'))
for bad in ['x', '1_', '_1', '1__0', '0x', '010', '', ' ', '1.5', '12a']:
    show(lambda: int(bad, 0))
show(lambda: int('12', 1))
show(lambda: int(12, 10))
show(lambda: int([1]))
show(lambda: int(float('inf')))
show(lambda: int(float('nan')))
show(lambda: int('1' * 5000))
show(lambda: str(10 ** 5000))
print(len(str(10 ** 4299)), len(hex(7 ** 5000)))
class Idx:
    def __index__(self):
        return 5
class Tr:
    def __trunc__(self):
        return 9
class IntLike:
    def __int__(self):
        return 11
print(int(Idx()), int(IntLike()), bin(Idx()), [10, 20, 30, 40, 50, 60][Idx()])
class MyInt(int):
    pass
m = MyInt(42)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, isinstance(m, int), MyInt('ff', 16), hash(m) == hash(42))
print(True + True, True * 3, True & False, True | False, True ^ True, -True, ~False, type(True & True).__name__)
print(bool(0), bool(-1), bool(2 ** 100), bool(), repr(True), str(False), int(True))
show(lambda: int('x' * 300))
show(lambda: int('é' * 300 + '\u20ac'))
show(lambda: int(b'y' * 300))
