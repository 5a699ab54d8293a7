# int()/float()/complex()/bool() of each other and of str/bytes; bin/oct/hex of bools; numeric tower result types
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r), type(r).__name__)

for v in [0, -3, 2**70, True, 2.5, -2.5, 1e30, float('inf'), float('nan'), 1 + 0j, '7', ' 8 ', '9.5', b'10', bytearray(b'11'), '1e3', '0x10']:
    t(('int', v), lambda: int(v))
    t(('float', v), lambda: float(v))
    t(('complex', v), lambda: complex(v))
    t(('bool', v), lambda: bool(v))
t('bin bool', lambda: (bin(True), oct(False), hex(True)))
t('bin float', lambda: bin(1.0))
t('hex str', lambda: hex('1'))
t('types', lambda: [type(x).__name__ for x in (1 + True, 1 + 1.0, 1 + 1j, True + True, 1.0 + 1j, 2 ** -1, 2 ** 2, 4 / 2, 4 // 2, 4.0 // 2)])
t('int of str with unicode digits', lambda: (int('١٢'), int('٣', 16), float('١.٥'), int('\uff11\uff12')))
t('int of float big', lambda: int(1.7976931348623157e308) % 1000)
t('float of int exact', lambda: (float(2**53 - 1), float(2**53 + 1), float(-(2**63))))
t('complex from two', lambda: (complex(1, 2.5), complex(True, False), complex('1', ) if True else ''))
