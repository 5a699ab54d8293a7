# operations on a released view
m = memoryview(b"abc")
m.release()
tests = [("index", lambda: m[0]), ("len", lambda: len(m)), ("tobytes", lambda: m.tobytes()),
         ("tolist", lambda: m.tolist()), ("hex", lambda: m.hex()), ("obj", lambda: m.obj),
         ("nbytes", lambda: m.nbytes), ("readonly", lambda: m.readonly), ("format", lambda: m.format),
         ("itemsize", lambda: m.itemsize), ("shape", lambda: m.shape), ("strides", lambda: m.strides),
         ("ndim", lambda: m.ndim), ("slice", lambda: m[1:]),
         ("cast", lambda: m.cast("c")), ("bytes", lambda: bytes(m)), ("hash", lambda: hash(m)),
         ("enter", lambda: m.__enter__()), ("toreadonly", lambda: m.toreadonly()),
         ("contiguous", lambda: m.contiguous), ("in", lambda: 97 in m)]
for name, f in tests:
    try:
        print(name, f())
    except ValueError as e:
        print(name, "ValueError:", e)
print(m == m, m != m, m == memoryview(b"abc"), repr(m).startswith("<released memory at 0x"))
m.release()
m.__exit__(None, None, None)
with memoryview(b"xyz") as v:
    print(v[0], v.obj)
try:
    v[0]
except ValueError as e:
    print("after with:", e)
it = iter(memoryview(b"ab"))
print(next(it), next(it), next(it, "end"))
