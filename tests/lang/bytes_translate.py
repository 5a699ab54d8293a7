# maketrans / translate with tables, deletion, and their errors
t = bytes.maketrans(b"abc", b"xyz")
print(type(t).__name__, len(t), t[97:100], t[:3], bytearray.maketrans(b"a", b"b")[97])
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"hello".translate(t, b"lo"))
print(bytearray(b"abcabc").translate(t), bytearray(b"hello").translate(None, delete=b"he"))
print(b"hello".translate(bytes.maketrans(b"el", b"ip"), b"o"), b"".translate(t), b"abc".translate(None))
rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                        b"nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
print(b"Hello, World!".translate(rot13), b"Hello, World!".translate(rot13).translate(rot13))
print(b"xyz".translate(bytearray(range(256))), b"abc".translate(memoryview(t)))
for args in [(b"x",), (b"a" * 255,), ("abc",), (None, "a"), (None, 1)]:
    try:
        print(b"abc".translate(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for args in [(b"ab", b"xyz"), ("ab", "xy"), (b"a", 1), (b"a",)]:
    try:
        bytes.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
