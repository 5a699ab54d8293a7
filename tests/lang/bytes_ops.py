# operators on bytes and bytearray: +, *, in, comparisons, indexing, hashing
a, b = b"abc", bytearray(b"abd")
print(a + b, b + a, a * 2, 2 * b, a * 0, a * -1, b * 1 is b)
print(a < b, a <= b, a == b"abc", a == bytearray(b"abc"), b > a, a != "abc", a == "abc")
print(b"a" in a, 97 in a, b"bc" in b, b"" in a, bytearray(b"c") in a, memoryview(b"b") in a, 200 in a)
print(a[0], a[-1], a[1:], a[::-1], a[5:], b[0], b[::2], type(b[:1]).__name__, a[-3])
print(hash(a) == hash(b"abc"), hash(b"") == 0, {a: 1}[b"abc"], len({b"x", b"x", bytearray(b"x") and b"x"}))
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(bytearray(b"hello")), sum(b"\x01\x02"))
print(list(a), list(reversed(b)), [x for x in b"\x00\xff"], bool(b""), bool(b"\x00"), bool(bytearray()))
for f in [lambda: a + "s", lambda: a + 1, lambda: a * 1.5, lambda: a * a, lambda: a < "x", lambda: a < 1,
          lambda: "s" in a, lambda: 256 in a, lambda: a[3], lambda: b[3], lambda: a["i"], lambda: a[1.0],
          lambda: hash(b), lambda: b"x" - b"y"]:
    try:
        print(f())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(str(b"x"), str(bytearray(b"y")), f"{b'z'}", "%s" % b"w", format(b"v"), ascii(b"\xff"))
