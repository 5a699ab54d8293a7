# equality and hashing of views
a = memoryview(b"abc")
print(a == b"abc", b"abc" == a, a == bytearray(b"abc"), a == memoryview(b"abc"), a != b"abd")
print(a == "abc", a == [97, 98, 99], a == a[::1], a[::2] == b"ac", a[::-1] == b"cba")
print(memoryview(b"\xff").cast("b") == memoryview(b"\xff"), memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01\x00\x00\x00").cast("i")[:1].cast("B")[:2].cast("h"))
print(memoryview(b"\x01\x00\x00\x00").cast("i") == memoryview(b"\x01\x00").cast("h")[:1])
for op in ["<", "<=", ">", ">="]:
    try:
        eval("a %s a" % op)
    except TypeError as e:
        print("TypeError:", e)
try:
    b"a" < memoryview(b"b")
except TypeError as e:
    print("TypeError:", e)
print(hash(a) == hash(b"abc"), hash(a[1:]) == hash(b"bc"), hash(a[::2]) == hash(b"ac"))
print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"), hash(memoryview(b"")) == hash(b""))
d = {memoryview(b"key"): 1}
print(d[b"key"], b"key" in d)
for v in [memoryview(bytearray(b"x")), memoryview(b"abcd").cast("i")]:
    try:
        hash(v)
    except ValueError as e:
        print("ValueError:", e)
try:
    hash(memoryview(bytearray(b"xy")).toreadonly())
except TypeError as e:
    print("TypeError:", e)
f1 = memoryview(bytearray(b"\x00\x00\xc0\x7f")).cast("f")
print(f1 == f1, f1.tolist())   # nan: a view equals itself only by identity
print(memoryview(bytearray(8)).cast("d") == memoryview(bytes(8)).cast("d"))
