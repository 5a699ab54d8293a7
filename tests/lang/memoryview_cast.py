# cast between byte formats and native integer / float formats
buf = bytearray(b"".join(x.to_bytes(4, "little", signed=True) for x in (1, -2, 300, 2**31 - 1)))
m = memoryview(buf)
i = m.cast("i")
print(i.format, i.itemsize, len(i), i.nbytes, i.shape, i.strides, i.tolist(), i[1], i[-1])
i[0] = -5
print(i.tolist(), bytes(buf[:4]), i.cast("B")[:4].tolist(), i.cast("b")[:4].tolist())
h = m.cast("H")
print(h.tolist(), h[::2].tolist(), h[1:3].tolist(), len(h))
q = m.cast("q")
print(q.tolist(), m.cast("Q").tolist(), m.cast("l").tolist(), m.cast("@L").tolist(), m.cast("n").tolist())
c = m.cast("c")
print(c[0], c[:3].tolist(), c.format, c.tobytes()[:4])
c[0] = b"Z"
print(buf[0])
packed = {"f": b"\x00\x00\xc0\x3f\x00\x00\x80\xbe",
          "d": (0x3FF8000000000000).to_bytes(8, "little") + (0xBFD0000000000000).to_bytes(8, "little")}
for fmt in ["f", "d"]:
    fb = bytearray(packed[fmt])
    fv = memoryview(fb).cast(fmt)
    print(fmt, fv.tolist(), fv[0])
    fv[1] = 3
    fv[0] = 2.75
    print(fv.tolist())
bv = memoryview(bytearray(b"\x00\x01\x02")).cast("?")
print(bv.tolist())
bv[0] = "nonempty"
print(bv.tolist())
print(memoryview(b"ab").cast("B", shape=[2]).tolist(), memoryview(b"abcd").cast("h", (2,)).shape)
errors = [lambda: i.cast("h"), lambda: memoryview(b"abc").cast("h"), lambda: m.cast("x"), lambda: m.cast("ii"),
          lambda: m[::2].cast("B"), lambda: i.__setitem__(0, 2**40), lambda: i.__setitem__(0, 1.5),
          lambda: i.__setitem__(0, "x"), lambda: h.__setitem__(0, -1), lambda: c.__setitem__(0, b"zz"),
          lambda: c.__setitem__(0, 1), lambda: memoryview(b"ab").cast("B", shape=[3]),
          lambda: memoryview(b"ab").cast(1), lambda: m.cast("<i")]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
q[0] = 2**63 - 1
print(q[0], m.cast("Q")[0])
u = m.cast("Q")
u[1] = 2**64 - 1
print(u[1], q[1])
