# hmac: RFC 2202 / RFC 4231 vectors, the HMAC class, digest, compare_digest
import hmac, hashlib

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

cases = [(b'\x0b' * 20, b'Hi There'), (b'Jefe', b'what do ya want for nothing?'),
         (b'\xaa' * 20, b'\xdd' * 50), (bytes(range(1, 26)), b'\xcd' * 50),
         (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First'),
         (b'\xaa' * 80, b'Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data'),
         (b'', b''), (bytearray(b'key'), bytearray(b'msg'))]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for key, msg in cases:
        print(name, hmac.new(key, msg, name).hexdigest())
    print(hmac.digest(b'key', b'msg', name).hex())

m = hmac.new(b'key', b'msg', 'sha256')
print(m.name, m.digest_size, m.block_size, hmac.HMAC.blocksize, type(m).__name__)
c = m.copy()
c.update(b'more')
print(m.hexdigest(), c.hexdigest(), hmac.new(b'key', b'msgmore', 'sha256').hexdigest() == c.hexdigest())
print(m.digest().hex() == m.hexdigest())
m2 = hmac.new(b'k', digestmod=hashlib.sha1)
m2.update(b'a')
m2.update(b'b')
print(m2.name, m2.hexdigest() == hmac.new(b'k', b'ab', hashlib.sha1).hexdigest())
print(hmac.HMAC(b'k', b'x', digestmod='md5').hexdigest())
print(hmac.new(b'k', b'x', hashlib.sha384).name)

print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest(b'abc', b'ab'))
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest('abc', 'abd'))
print(hmac.compare_digest(bytearray(b'a'), memoryview(b'a')))
t(hmac.compare_digest, 'a', b'a')
t(hmac.compare_digest, b'a', 'a')
t(hmac.compare_digest, 1, b'a')
t(hmac.compare_digest, 1, 2)
t(hmac.compare_digest, 'a', 1)
t(hmac.compare_digest, 'é', 'é')
t(hmac.new, b'key')
t(hmac.new, 'key', b'', 'md5')
t(hmac.new, b'k', b'm', 'nope')
t(hmac.new, b'k', 'm', 'md5')
t(hmac.new(b'k', digestmod='md5').update, 'x')

# hmac over SHA-3 and BLAKE2, hashlib.file_digest
print(hmac.new(b'k', b'm', hashlib.blake2b).hexdigest(), hmac.new(b'k', b'm', 'sha3_256').hexdigest())
print(hmac.new(b'k' * 200, b'm', 'blake2s').hexdigest(), hmac.new(b'k', b'm', 'sha3_512').block_size)
import io
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
try:
    hashlib.file_digest(io.StringIO('x'), 'sha256')
except ValueError as e:
    print('ValueError', str(e).endswith('is not a file-like object in binary reading mode.'))
