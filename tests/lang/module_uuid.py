# uuid: UUID construction from every form, properties, uuid3/uuid4/uuid5, namespaces, SafeUUID, errors
import uuid, copy

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
for a in ['bytes', 'bytes_le', 'fields', 'time_low', 'time_mid', 'time_hi_version', 'clock_seq_hi_variant',
          'clock_seq_low', 'time', 'clock_seq', 'node', 'hex', 'urn', 'variant', 'version', 'int', 'is_safe']:
    print(a, repr(getattr(u, a)))
print(str(u), int(u), repr(u), u == uuid.UUID(str(u)), hash(u) == hash(u.int))
for form in ['{12345678-1234-5678-1234-567812345678}', 'urn:uuid:12345678-1234-5678-1234-567812345678',
             '12345678123456781234567812345678', '{{12345678-1234-5678-1234-567812345678}}',
             ' 2345678123456781234567812345678', '12345678-1234-5678-1234-56781234567_']:
    t(uuid.UUID, form)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u, uuid.UUID(hex=u.hex) == u)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=1) >= uuid.UUID(int=2), uuid.UUID(int=1) == 1, uuid.UUID(int=1) != 1)
for v in range(0, 8):
    t(uuid.UUID, int=5, version=v)
w = uuid.UUID(int=(1 << 128) - 1, version=4)
print(w, w.version, w.variant)
print(uuid.UUID(int=1).variant, uuid.UUID(int=0x8000 << 48).variant, uuid.UUID(int=0xc000 << 48).variant,
      uuid.UUID(int=0xe000 << 48).variant, uuid.UUID(int=1).version)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=' | ')

print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, b'http://x/'), uuid.uuid5(uuid.NAMESPACE_URL, b'x'))
print(uuid.uuid3(uuid.NAMESPACE_OID, 'é'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'a' * 1000).version, uuid.uuid3(uuid.NAMESPACE_DNS, '').variant)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
seen = set()
for i in range(50):
    v = uuid.uuid4()
    assert v.version == 4 and v.variant == uuid.RFC_4122 and len(str(v)) == 36
    seen.add(v)
print(len(seen), type(uuid.uuid4()).__name__)

print(uuid.SafeUUID.safe, repr(uuid.SafeUUID.unknown), uuid.SafeUUID.unsafe.value, list(uuid.SafeUUID), uuid.SafeUUID(0))
print(u.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
s = uuid.UUID(int=9, is_safe=uuid.SafeUUID.unsafe)
print(s.is_safe, copy.copy(s) == s, copy.deepcopy(u) == u, copy.copy(s).is_safe)
print(uuid.UUID.__slots__)

t(uuid.UUID)
t(uuid.UUID, 'zz')
t(uuid.UUID, 'z' * 32)
t(uuid.UUID, '12345678123456781234567812345678', bytes=b'x' * 16)
t(uuid.UUID, bytes=b'x' * 15)
t(uuid.UUID, bytes='x' * 16)
t(uuid.UUID, bytes_le=b'x' * 15)
t(uuid.UUID, fields=(1, 2, 3))
t(uuid.UUID, fields=(1 << 32, 2, 3, 4, 5, 6))
t(uuid.UUID, fields=(1, 1 << 16, 3, 4, 5, 6))
t(uuid.UUID, fields=(1, 1, 1 << 16, 4, 5, 6))
t(uuid.UUID, fields=(1, 1, 1, 256, 5, 6))
t(uuid.UUID, fields=(1, 1, 1, 1, 256, 6))
t(uuid.UUID, fields=(1, 1, 1, 1, 1, 1 << 48))
t(uuid.UUID, fields=(-1, 1, 1, 1, 1, 1))
t(uuid.UUID, int=-1)
t(uuid.UUID, int=1 << 128)
t(uuid.UUID, hex=5)
t(setattr, u, 'int', 1)
t(setattr, u, 'x', 1)
t(lambda: u < 5)
t(uuid.uuid3, uuid.NAMESPACE_DNS, 5)
t(uuid.uuid3, 'x', 'y')
