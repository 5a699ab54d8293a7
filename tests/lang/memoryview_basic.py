# memoryview over bytes: length, indexing, slicing, attributes
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[2:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[5:1:-2].tobytes())
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].contiguous, m[::2].strides, m[::-1].strides)
print(m.obj, m[1:].obj is m.obj, memoryview(m).obj, memoryview(m[2:]).tobytes())
print(m.tolist(), m[1:3].tolist(), m[::3].tolist(), m[10:].tolist(), m[4:2].tobytes())
print(m.hex(), m[::2].hex(), m.hex(":"), m.hex("-", 2), m.hex(b".", -4), memoryview(b"").hex())
print(list(m), list(reversed(m)), 98 in m, 1 in m, [x for x in m[::2]])
print(type(iter(m)).__name__, sum(m), max(m[1:3]))
print(bytes(m), bytearray(m[1:3]), bytes(m[::2]), b"".join([m, m[:1]]), b"-".join([m[1:3], b"!"]))
try:
    b"-".join([m[::2]])
except TypeError as e:
    print("TypeError:", e)
print(b"x" + m, bytearray(b"y") + m[1:], m.tobytes(order="C"), m.tobytes(None))
try:
    bytearray(b"y") + m[::-1]
except TypeError as e:
    print("TypeError:", e)
for k in [6, -7, 100]:
    try:
        m[k]
    except IndexError as e:
        print("IndexError:", e)
for k in ["a", 1.5, None, (), (1,), (1, 2), (slice(1, 2),), (1, slice(None))]:
    try:
        print(repr(m[k]))
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
try:
    m[::0]
except ValueError as e:
    print("ValueError:", e)
for bad in ["text", 3, [1, 2], None]:
    try:
        memoryview(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    memoryview()
except TypeError as e:
    print("TypeError:", e)
print(memoryview(object=b"kw").tobytes())
try:
    m.tobytes("Z")
except ValueError as e:
    print("ValueError:", e)
print(repr(m).startswith("<memory at 0x"), str(m) == repr(m))
# huge steps select at most one item; nested slices compose
print(m[3::2**62].tobytes(), m[::-2**62].tobytes(), m[::2**63 - 1].tolist(), m[10::2**62].tobytes())
print(m[::3][::2].tobytes(), m[::-1][1::2].tobytes(), m[1:][::-2][1:].tobytes(), m[::-1][::-1] == m)
