# struct: pack/unpack of every format character, byte orders, alignment, errors
import struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

# sizes and alignment
for f in ['c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 'P', 's', 'p', 'x',
          'ci', 'cq', 'bxq', '3s3p', '0s', 'c0i', 'c0q', '@ci', '=ci', '<ci', '>ci', '!ci', 'hcd', ' i ', 'ii ',
          '10x', '2i3h', '<5q', 'llh0l', '', '@', '<']:
    print(repr(f), struct.calcsize(f))

# round trips in every byte order
vals = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [65535], 'i': [-2**31, 2**31 - 1],
        'I': [2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [2**32 - 1], 'q': [-2**63, 2**63 - 1],
        'Q': [2**64 - 1], '?': [True, False], 'e': [1.5, -0.0, 65504.0, 6e-08, float('inf')],
        'f': [1.5, -2.25, 3.4e38], 'd': [1e300, -5e-324, 0.1]}
for order in '@=<>!':
    for code, vs in vals.items():
        for v in vs:
            b = struct.pack(order + code, v)
            print(order + code, v, b.hex(), struct.unpack(order + code, b))
for code in 'nNP':
    b = struct.pack(code, 12345)
    print(code, b.hex(), struct.unpack(code, b))
print(struct.pack('P', -1).hex())

# half floats: rounding and subnormals
for v in [1.0009765625, 1.00048828125, 1.00146484375, 2**-24, 2**-25, 2**-25 * 1.0001, 3 * 2**-26, 65519.99, 1e-10,
          -1e-10, 0.1, 1/3, 2**-14, 2**-14 - 2**-24]:
    b = struct.pack('<e', v)
    print(v, b.hex(), struct.unpack('<e', b))
print(struct.pack('<e', float('nan')).hex(), struct.unpack('<e', b'\x00\x7e'))
print(struct.unpack('<e', b'\x00\xfc'), struct.unpack('>e', b'\x7c\x00'))

# mixed formats
print(struct.pack('<ih', 1, 2), struct.pack('>ih', 1, 2), struct.pack('@ih', 1, 2), struct.pack('hi', 1, 2))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('s', b''))
print(struct.pack('3p', b'abcdef'), struct.pack('5p', b'ab'), struct.pack('1p', b'ab'))
print(struct.unpack('3p', b'\x05ab'), struct.unpack('5p', b'\x02abcd'), struct.unpack('0p', b''))
print(len(struct.pack('300p', b'a' * 300)), struct.pack('300p', b'a' * 300)[:3])
print(struct.unpack('300p', struct.pack('300p', b'a' * 300))[0] == b'a' * 255)
print(struct.pack('4c', b'a', b'b', b'c', b'd'), struct.unpack('4c', b'wxyz'))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.pack('?', 2**100), struct.unpack('??', b'\x00\x05'))
print(struct.pack('x2xbx', 7))
print(struct.pack('s', bytearray(b'q')))
print(struct.unpack('<2hxq', bytes(range(13))))
class I:
    def __index__(self): return 5
class F:
    def __float__(self): return 2.5
print(struct.pack('i', I()), struct.pack('f', I()), struct.pack('d', F()), struct.pack('d', 3), struct.pack('i', True))
print(struct.pack(b'<h', 3), struct.unpack(b'<h', b'\x03\x00'))

# buffers
print(struct.unpack('i', memoryview(b'1234')), struct.unpack('i', bytearray(b'1234')))
print(struct.unpack_from('<h', b'abcdef', 2), struct.unpack_from('<h', b'abcdef', offset=4), struct.unpack_from('<h', b'abcdef', -2))
print(struct.unpack_from('<h', buffer=b'ab'))
ba = bytearray(8)
struct.pack_into('<hh', ba, 2, 1, -1)
print(ba)
struct.pack_into('<h', ba, -2, 0x4142)
print(ba)
mv = memoryview(ba)
struct.pack_into('>I', mv, 0, 0xdeadbeef)
print(ba)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = struct.iter_unpack('<h', bytearray(b'\x01\x00\x02\x00\x03\x00'))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())

# Struct objects
s = struct.Struct('<ih')
print(s, repr(s), s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
print(s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2), list(s.iter_unpack(bytes(12))))
ba = bytearray(6)
s.pack_into(ba, 0, 7, 8)
print(ba)
print(struct.Struct(b'>q').format, struct.Struct(format='i').size, type(s).__name__)
print(struct.error.__module__, struct.error.__mro__)
print(issubclass(struct.error, Exception))

# errors
for fmt, v in [('b', 200), ('<b', 200), ('B', -1), ('<B', 256), ('h', 70000), ('<h', 70000), ('H', -1), ('i', 2**31),
               ('I', -1), ('<I', 2**32), ('l', 2**63), ('<l', 2**31), ('L', -1), ('<L', -1), ('q', 2**63),
               ('Q', -1), ('<Q', 2**64), ('n', 2**63), ('N', -1), ('P', 2**64), ('b', 'x'), ('i', 1.5),
               ('f', 'x'), ('e', 1e6), ('<e', 1e6), ('<e', 65520.0), ('<f', 1e300), ('f', 1e300), ('c', b'ab'), ('c', 1),
               ('c', bytearray(b'a')), ('s', 1), ('s', 'x'), ('s', memoryview(b'a')), ('i', 2**100), ('Q', -2**100),
               ('q', -2**100), ('d', 'x'), ('d', None)]:
    t(struct.pack, fmt, v)
for f in ['<n', '!P', '=N', 'z', '4', 'i4', '4 s', 'x\0', '99999999999999999999i', '9223372036854775807q',
          '4611686018427387904s', 'i' * 3 + '$', 5, None]:
    t(struct.calcsize, f)
t(struct.pack, 'ii', 1)
t(struct.pack, 'i', 1, 2)
t(struct.pack, 'x', 1)
t(struct.pack)
t(struct.unpack, 'i', b'123')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i')
t(struct.unpack_from, 'i', b'123')
t(struct.unpack_from, 'i', b'12345', 3)
t(struct.unpack_from, 'i', b'12345', -1)
t(struct.unpack_from, 'i', b'12345', -10)
t(struct.unpack_from, 'i', b'12345', 10)
t(struct.unpack_from, 'i', b'12345', 0.5)
b = bytearray(5)
t(struct.pack_into, 'i', b, 2, 1)
t(struct.pack_into, 'i', b, -10, 1)
t(struct.pack_into, 'i', b, -2, 1)
t(struct.pack_into, 'i', b, 10, 1)
t(struct.pack_into, 'i', b'12345', 0, 1)
t(struct.pack_into, 'i', memoryview(b'12345'), 0, 1)
t(struct.pack_into, 'i', b, 0)
t(struct.pack_into, 'i', b, 0.5, 1)
t(struct.iter_unpack, 'i', b'12345')
t(struct.iter_unpack, '0s', b'12345')
t(struct.iter_unpack, 'i', 5)
t(struct.Struct, 1)
t(struct.Struct, 'z')
t(s.pack, 1)
t(s.unpack, b'')
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught', type(e).__name__, e.args)

# a larger round trip
data = list(range(-500, 500))
packed = struct.pack('<%dh' % len(data), *data)
print(len(packed), struct.unpack('<%dh' % len(data), packed) == tuple(data))
fs = [i / 7 for i in range(200)]
print(struct.unpack('>200d', struct.pack('>200d', *fs)) == tuple(fs))
t(struct.Struct)
t(struct.calcsize)
t(struct.unpack_from, 'i')
t(struct.pack_into, 'i', bytearray(4))
t(struct.iter_unpack, 'i')
s = struct.Struct('i')
t(s.unpack)
t(s.pack_into, bytearray(4))
t(setattr, s, 'format', 'h')
t(setattr, s, 'size', 3)
print(s.__sizeof__() > 0)
t(struct.pack, 'i', 1, x=1)
t(struct.unpack, 'i', b'1234', 5)
t(struct.Struct, 'i', 5)
t(struct.pack_into, 'i')
t(struct.Struct('i').pack_into)
t(struct.Struct('i').unpack_from)
t(struct.Struct, format='<h', x=1)
print(struct.Struct(format='<h').size)
