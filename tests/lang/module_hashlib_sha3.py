# hashlib SHA-3 and SHAKE (FIPS 202): rate-boundary lengths, long inputs, XOF output lengths, errors
import hashlib
for n in ['sha3_224','sha3_256','sha3_384','sha3_512']:
    for k in [0, 1, 3, 71, 72, 73, 103, 104, 105, 135, 136, 137, 143, 144, 145, 200, 1000]:
        print(n, k, hashlib.new(n, bytes(range(256))[:k] * 1 if k <= 256 else b'q' * k).hexdigest())
    h = hashlib.new(n)
    for i in range(300): h.update(b'z' * (i % 17))
    print(n, h.hexdigest(), h.name, h.digest_size, h.block_size)
for n in ['shake_128','shake_256']:
    for k in [0, 1, 167, 168, 169, 500]:
        h = hashlib.new(n, b'a' * k)
        print(n, k, h.hexdigest(20), h.digest(0), len(h.digest(400)), h.digest(400)[-8:].hex(), h.name, h.digest_size, h.block_size, type(h).__name__)
print(hashlib.sha3_256(b'a' * 1000000).hexdigest())
print(hashlib.shake_128(b'abc').copy().hexdigest(16), type(hashlib.shake_128().copy()).__name__)
print(sorted(hashlib.algorithms_guaranteed - {'blake2b', 'blake2s'}))
print(hashlib.sha3_256.__name__, hashlib.shake_128.__name__, hashlib.new('sha3_512', b'abc').name)
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
s = hashlib.shake_128(b'abc')
t(s.digest)
t(s.hexdigest)
t(s.digest, 'x')
t(s.digest, length=5)
t(hashlib.new, 'SHA3_256')
t(hashlib.sha3_256, 'text')
t(hashlib.md5, None)
print(hashlib.md5().hexdigest(), hashlib.sha256(string=b'abc').hexdigest()[:8])
