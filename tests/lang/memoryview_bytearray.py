# writable views over bytearray: item and slice assignment, shared data
ba = bytearray(b"hello world")
m = memoryview(ba)
print(m.readonly, m.obj is ba)
m[0] = ord("H")
m[6:11] = b"WORLD"
print(ba)
m[::2] = b"abcdef"
print(ba, m.tobytes())
ba[1] = 0x41
print(m[1], chr(m[1]))
m[-1] = 33
print(ba)
v = m[2:8]
v[0] = 0x5f
v[::-1] = b"123456"
print(ba, v.tobytes())
m[2:4] = memoryview(b"ZZ")
m[4:6] = bytearray(b"YY")
print(ba)
m[0:3] = m[3:6]   # overlapping source and destination
print(ba)
for k, x in [(0, 256), (0, -1), (0, "a"), (0, b"a"), (0, 1.0), (slice(0, 2), b"abc"), (slice(0, 2), "ab"),
             (slice(0, 2), [1, 2]), (100, 1), (slice(0, 4, 2), b"x")]:
    try:
        m[k] = x
        print("ok", ba)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    del m[0]
except TypeError as e:
    print("TypeError:", e)
ro = memoryview(b"abc")
for k, x in [(0, 1), (slice(0, 1), b"x")]:
    try:
        ro[k] = x
    except TypeError as e:
        print("TypeError:", e)
r2 = m.toreadonly()
print(r2.readonly, r2.tobytes() == bytes(ba))
try:
    r2[0] = 1
except TypeError as e:
    print("TypeError:", e)
