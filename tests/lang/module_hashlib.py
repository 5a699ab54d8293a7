# hashlib: known-answer vectors (FIPS 180 / RFC 1321 examples), block-boundary and long inputs, hash objects
import hashlib

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
print(sorted(hashlib.algorithms_guaranteed & set(names)), sorted(hashlib.algorithms_available & set(names)))
vectors = [b'', b'a', b'abc', b'message digest', b'abcdefghijklmnopqrstuvwxyz',
           b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
           b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
           b'1234567890' * 8]
for n in names:
    for v in vectors:
        print(n, len(v), hashlib.new(n, v).hexdigest())
    # every length around the padding boundaries
    acc = hashlib.sha256()
    for k in range(0, 260):
        acc.update(hashlib.new(n, bytes(range(256))[:k] * 1).digest())
    print(n, 'boundaries', acc.hexdigest())
    print(n, 'million a', hashlib.new(n, b'a' * 1000000).hexdigest())
    # incremental == one shot, in odd-sized pieces
    h = hashlib.new(n)
    data = bytes(i * 7 % 251 for i in range(5000))
    pos = 0
    step = 1
    while pos < len(data):
        h.update(data[pos:pos + step])
        pos += step
        step = step * 3 % 97 + 1
    print(n, h.hexdigest() == hashlib.new(n, data).hexdigest())

for f in [hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha384, hashlib.sha512]:
    h = f(b'abc')
    print(h.name, h.digest_size, h.block_size, len(h.digest()), type(h).__name__, type(h).__module__)
    c = h.copy()
    c.update(b'def')
    print(h.hexdigest(), c.hexdigest() == f(b'abcdef').hexdigest(), h.digest().hex() == h.hexdigest())
    print(f(b'a', usedforsecurity=False).hexdigest() == f(b'a').hexdigest())

h = hashlib.sha256()
h.update(bytearray(b'ab'))
h.update(memoryview(b'c'))
print(h.hexdigest())
print(hashlib.new('SHA256', b'abc').name, hashlib.new('sha512', data=b'abc').hexdigest()[:16])
print(hashlib.new('md5', string=b'abc').hexdigest())
print(hashlib.md5(string=b'x').hexdigest())
# digest does not finalise: more updates go on
h = hashlib.sha1(b'ab')
d1 = h.digest()
h.update(b'c')
print(d1.hex(), h.hexdigest())
print(repr(hashlib.sha1()).startswith('<sha1 _hashlib.HASH object @ 0x'))

t(hashlib.new, 'foo')
t(hashlib.new, 5)
t(hashlib.sha256, 'abc')
t(hashlib.sha256, 5)
t(hashlib.md5, data=b'a')
t(hashlib.sha256().update, 'x')
t(hashlib.sha256().update, None)
t(hashlib.sha256().update)
