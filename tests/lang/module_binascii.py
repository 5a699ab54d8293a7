# binascii: hex, base64, crc32, crc_hqx, errors
import binascii as b

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, type(e).__module__, e)

print(b.Error.__mro__, b.Incomplete.__mro__)
t(b.hexlify, b'\x01\xab\xff')
t(b.hexlify, b'\x01\xab\xff\x00', '-')
t(b.hexlify, b'\x01\xab\xff\x00\x05', b':', 2)
t(b.hexlify, b'\x01\xab\xff\x00\x05', ':', -2)
t(b.hexlify, b'\x01\xab\xff\x00\x05\x06\x07', ':', 3)
t(b.hexlify, b'\x01\xab\xff\x00\x05\x06\x07', ':', -3)
t(b.hexlify, b'abc', '-', 0)
t(b.hexlify, b'abc', '-', 10)
t(b.hexlify, b'', ':')
t(b.hexlify, 'ab')
t(b.hexlify, b'ab', 'ab')
t(b.hexlify, b'ab', 'é')
t(b.hexlify, b'ab', '€')
t(b.hexlify, b'ab', b'\xff')
t(b.hexlify, b'ab', 5)
t(b.hexlify, b'ab', '-', 1.0)
t(b.hexlify, b'ab', '-', 2**40)
t(b.b2a_hex, bytearray(b'ab'), sep='.')
t(b.b2a_hex, memoryview(bytes(range(256)))[250:])
t(b.unhexlify, b'01ab')
t(b.unhexlify, '01AB')
t(b.unhexlify, bytearray(b'ff00'))
t(b.unhexlify, '01A')
t(b.unhexlify, '01AG')
t(b.unhexlify, 'é1')
t(b.unhexlify, 5)
t(b.a2b_hex, memoryview(b'ff'))
print(b.unhexlify(b.hexlify(bytes(range(256)))) == bytes(range(256)))

for data in [b'', b'a', b'ab', b'abc', b'abcd', b'\xff\xfe\xfd', bytes(range(256))]:
    e = b.b2a_base64(data)
    print(e, b.b2a_base64(data, newline=False), b.a2b_base64(e) == data, b.a2b_base64(e, strict_mode=True) == data)
t(b.b2a_base64, 'abcd')
for s in [b'YWJjZA==\n', 'YWJjZA==', b'YWJjZA', b'YWJjZ', b'Y', b'YW!!JjZA==', b'YWJjZA==YQ==', b'YWJjZB==',
          b'YW=JjZA==', b'YWJjZ===', b'', 'é', b'YWJj\nZA==', b'YQ=', b'YQ', b'YQ=a=', b'YQ==a', b'Y===',
          b'abcde', b'abcde====', b'ab=c', b' Y W J j ', b'====', b'=YQ==']:
    t(b.a2b_base64, s)
    t(b.a2b_base64, s, strict_mode=True)

t(b.crc32, b'hello')
t(b.crc32, b'hello', 5)
t(b.crc32, b'hello', -1)
t(b.crc32, b'hello', 2**40)
t(b.crc32, b'')
t(b.crc32, b'The quick brown fox jumps over the lazy dog')
t(b.crc32, b'world', b.crc32(b'hello '))
t(b.crc32, b'x' * 100000)
t(b.crc32, 'x')
t(b.crc32, bytearray(b'abc'), 0)
t(b.crc_hqx, b'hello', 0)
t(b.crc_hqx, b'hello', 0x1ffff)
t(b.crc_hqx, b'hello', -1)
t(b.crc_hqx, b'123456789', 0xffff)
t(b.crc_hqx, b'', 7)
t(b.crc_hqx, b'x' * 100000, 0)
t(b.crc_hqx, 'x', 0)

# uuencode
for d in [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\x00\x00', bytes(range(45)), b'x' * 46, bytearray(b'hi')]:
    t(b.b2a_uu, d)
    t(b.b2a_uu, d, backtick=True)
for s in [b'', b'\n', b' ', b'!80\n', b'#86)C\n', b'#86)C', b'#86)C    \n', b'$86)C\n', b'#86)C9999\n', b'\x7f\n',
          b'!8\n', b'`\n', b'#86)C\r\n', b'"86)C\n', b'#86)\n', 'é', b'#8&)C\n', b'!80   xx\n', '#86)C\n',
          b'#8\x016)C\n', b'#8\x7f6)\n', b'M' + b'!' * 60 + b'\n', b'#86)C``\n']:
    t(b.a2b_uu, s)
for i in range(46):
    data = bytes((j * 37 + i) % 256 for j in range(i))
    assert b.a2b_uu(b.b2a_uu(data)) == data and b.a2b_uu(b.b2a_uu(data, backtick=True)) == data
print('uu round trips ok')

# quoted-printable
for d in [b'', b'hello', b'a=b', b'caf\xe9', b'tab\tend\t', b'space end ', b'line\nnext \nlast', b'crlf\r\nline \r\n',
          b'.\n', b'.\r\n', b'.', b'.\x00', b'x.\n', b'under_score', b'a' * 80, b'a' * 75 + b'=', b'a' * 74 + b'\xff\xff',
          b'b' * 200 + b'\n' + b'c' * 100, b'\x00\x01\x7f', b'lone\rcr', b'a \t\r\n', bytes(range(256))]:
    for kw in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}, {'quotetabs': True, 'header': True}):
        e = b.b2a_qp(d, **kw)
        print(kw, e)
        if not kw.get('header'):
            assert b.a2b_qp(e) == d or kw.get('istext', True), (d, kw)
for s in [b'', b'abc', b'a=3Db', b'a=3db', b'a=\nb', b'a=\r\nb', b'a=  \r\nb', b'a=', b'a==b', b'a=4', b'a=XYb',
          b'under_score', '=41=42', b'=\r', b'x=\rq\ny', b'=C3=A9']:
    t(b.a2b_qp, s)
    t(b.a2b_qp, s, header=True)
t(b.a2b_qp, 'é')
t(b.b2a_qp, 'x')
