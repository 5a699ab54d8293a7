# base64: base64/32/16, Ascii85, base85, Z85, legacy encodebytes/decodebytes, errors
import base64, binascii

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00\x00\x00\x00', b'\xff' * 7,
           b'    ', b'\x00', b'\x00\x00\x00\x00\x00', bytes(range(40))]
for s in samples:
    print(base64.b64encode(s), base64.standard_b64encode(s), base64.urlsafe_b64encode(s))
    print(base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    print(base64.a85encode(s), base64.b85encode(s), base64.z85encode(s) if len(s) % 4 == 0 else None)
    print(base64.a85encode(s, pad=True), base64.b85encode(s, pad=True), base64.a85encode(s, foldspaces=True))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True), adobe=True) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.z85decode(base64.z85encode(s)) == s
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64encode(b'\xfb\xff', b'*!'))
print(base64.b64decode(b'-_-_', altchars=b'-_'), base64.b64decode('YWJj'), base64.b64decode(bytearray(b'YWJj')))
print(base64.b64decode(b'YW!!Jj'), base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode(b'+/+/'))
print(base64.standard_b64decode(b'YWJjZA=='), base64.b64decode(memoryview(b'YWJj')))
t(base64.b64decode, b'YW!!Jj', validate=True)
t(base64.b64decode, b'YWJjZA==', validate=True)
t(base64.b64decode, b'YWJjZA===', validate=True)
t(base64.b64decode, b'YWJjZA=', validate=True)
t(base64.b64decode, b'YWJj\n', validate=True)
t(base64.b64decode, b'YWJjZ')
t(base64.b64decode, 'é')
t(base64.b64decode, 5)
t(base64.b64encode, 'abc')
t(base64.b64encode, b'abc', b'-')
t(base64.b64decode, b'abc', b'-')
t(base64.b32decode, b'MZXW6===')
t(base64.b32decode, b'mzxw6===', casefold=True)
t(base64.b32decode, b'mzxw6===')
t(base64.b32decode, b'MZXW6==')
t(base64.b32decode, b'MZXW6=====')
t(base64.b32decode, b'MZXW====')
t(base64.b32decode, b'MZ=W6===')
t(base64.b32decode, b'========')
t(base64.b32decode, b'')
t(base64.b32decode, b'0I', map01=b'L')
t(base64.b32decode, b'0123456=', map01=b'I')
t(base64.b32decode, b'MZXW6YQ=', map01=b'LL')
t(base64.b32hexdecode, b'CPNMU===')
t(base64.b32hexdecode, b'cpnmu===', casefold=True)
t(base64.b32hexdecode, b'CPNMW===')
t(base64.b16decode, b'0A0B')
t(base64.b16decode, b'0a0b')
t(base64.b16decode, b'0a0b', casefold=True)
t(base64.b16decode, b'0A0')
t(base64.b16decode, '0A0G')
t(base64.b16encode, 'x')
print(base64.a85encode(b'hello world' * 3, wrapcol=10))
print(base64.a85encode(b'hello world' * 3, wrapcol=10, adobe=True))
print(base64.a85encode(b'hello world', wrapcol=1, adobe=True))
print(base64.a85encode(b'hell', wrapcol=7, adobe=True))
print(base64.a85encode(b'hello world', adobe=True))
t(base64.a85decode, b'<~BOu!rD]j7BEbo7~>', adobe=True)
t(base64.a85decode, b'BOu!rD]j7BEbo7~>', adobe=True)
t(base64.a85decode, b'BOu!rD]j7BEbo7', adobe=True)
t(base64.a85decode, b'BOu!r D]j7\nBEbo7')
t(base64.a85decode, b'zz!!')
t(base64.a85decode, b'!z')
t(base64.a85decode, b'yy', foldspaces=True)
t(base64.a85decode, b'!y', foldspaces=True)
t(base64.a85decode, b'y')
t(base64.a85decode, b's8W-"')
t(base64.a85decode, b'uuuuu')
t(base64.a85decode, b'BOu x', ignorechars=b'x')
t(base64.a85decode, '<~~>', adobe=True)
t(base64.b85decode, b'Xk~0{Zy<MXa%^NF')
t(base64.b85decode, 'Xk~0{')
t(base64.b85decode, b'Xk~0"')
t(base64.b85decode, b'|NsC0|NsC0')
t(base64.b85decode, b'~~~~~')
t(base64.b85decode, b'')
t(base64.z85decode, b'HelloWorld')
t(base64.z85encode, b'\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b')
t(base64.z85decode, b'Hello~orld')
t(base64.z85decode, b'%%%%%')
big = bytes(range(256)) * 20
print(base64.b85decode(base64.b85encode(big)) == big, base64.a85decode(base64.a85encode(big)) == big)
print(base64.b32decode(base64.b32encode(big)) == big, base64.b64decode(base64.b64encode(big)) == big)

e = base64.encodebytes(bytes(range(100)))
print(e)
print(base64.decodebytes(e) == bytes(range(100)), base64.encodebytes(b''), base64.decodebytes(b''))
print(base64.encodebytes(bytearray(b'xyz')), base64.encodebytes(memoryview(b'xyz')))
t(base64.encodebytes, 'abc')
t(base64.decodebytes, 'YWJj')
t(base64.encodebytes, memoryview(b'abcd').cast('H'))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
import io
src = io.BytesIO(bytes(range(120)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(120)))
t(base64.b85encode, 'x')
t(base64.a85encode, 5)
t(base64.z85encode, 'x')
print(base64.b64encode(memoryview(b'abcd').cast('I')), base64.b32encode(bytearray(b'ab')), base64.b16encode(memoryview(b'ab')))
