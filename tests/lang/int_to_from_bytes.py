# int.to_bytes / int.from_bytes with every option and error
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

for n in [0, 1, 127, 128, 255, 256, 65535, 2**63, 2**64 - 1, 2**200 + 12345]:
    for order in ('big', 'little'):
        t((n, order), lambda: n.to_bytes((n.bit_length() + 7) // 8 or 1, order))
for n in [-1, -128, -129, -32768, -32769, 127, -2**63]:
    t(('s', n), lambda: n.to_bytes(8, 'big', signed=True))
    t(('sl', n), lambda: n.to_bytes(9, byteorder='little', signed=True))
t('default', lambda: (5).to_bytes())
t('default2', lambda: (255).to_bytes())
t('over', lambda: (256).to_bytes())
t('over2', lambda: (256).to_bytes(1, 'big'))
t('neg', lambda: (-1).to_bytes(2, 'big'))
t('signed over', lambda: (128).to_bytes(1, 'big', signed=True))
t('signed under', lambda: (-129).to_bytes(1, 'big', signed=True))
t('badorder', lambda: (1).to_bytes(1, 'middle'))
t('neglen', lambda: (1).to_bytes(-1, 'big'))
t('zero len', lambda: (0).to_bytes(0, 'big'))
t('zero len1', lambda: (1).to_bytes(0, 'big'))
t('len kw', lambda: (1).to_bytes(length=3, byteorder='little'))
t('float len', lambda: (1).to_bytes(1.0, 'big'))
t('bool', lambda: True.to_bytes(2, 'big'))

for b in [b'', b'\x00', b'\x01', b'\xff', b'\x00\xff', b'\xff\x00', b'\x80' + b'\x00' * 9, bytes(range(20))]:
    t(('fb', b), lambda: (int.from_bytes(b, 'big'), int.from_bytes(b, 'little'),
                           int.from_bytes(b, 'big', signed=True), int.from_bytes(b, 'little', signed=True)))
t('fb default', lambda: int.from_bytes(b'\x01\x00'))
t('fb list', lambda: int.from_bytes([1, 2, 3], 'big'))
t('fb tuple', lambda: int.from_bytes((255, 0), 'little'))
t('fb bytearray', lambda: int.from_bytes(bytearray(b'\x12\x34'), 'big'))
t('fb badlist', lambda: int.from_bytes([256], 'big'))
t('fb str', lambda: int.from_bytes('ab', 'big'))
t('fb order', lambda: int.from_bytes(b'a', 'north'))
t('fb bool', lambda: bool.from_bytes(b'\x01', 'big'))
t('fb bool0', lambda: bool.from_bytes(b'\x00', 'big'))
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x00\x10', 'big')
print(type(r).__name__, r)
for n in [0, 1, -1, 12345678901234567890, -98765432109876543210]:
    for signed in (False, True):
        try:
            L = (n.bit_length() + 8) // 8
            b = n.to_bytes(L, 'little', signed=signed)
            print(n, signed, int.from_bytes(b, 'little', signed=signed) == n)
        except OverflowError as e:
            print(n, signed, 'OverflowError', e)
