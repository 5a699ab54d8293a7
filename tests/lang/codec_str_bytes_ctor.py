# str(b, encoding, errors), bytes(s, encoding, errors), bytearray(s, ...)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"\xff", "utf-8", "replace"))
print(str(bytearray(b"abc"), "ascii"), str(memoryview(b"xyz"), "ascii"), str(b"a", encoding="ascii"))
print(str(b"\xff", errors="ignore"), repr(str(b"x\xffy", "ascii", "backslashreplace")))
print(bytes("h\xe9", "utf-16-le"), bytes("h\xe9", "latin-1"), bytearray("\u20ac", "utf-8"))
print(bytes("\u20ac", "ascii", "xmlcharrefreplace"), bytearray("\xe9", encoding="ascii", errors="replace"))
for f in [lambda: str("abc", "utf-8"), lambda: str(3, "utf-8"), lambda: bytes("x"), lambda: bytes(3, "utf-8"),
          lambda: bytes("x", errors="strict"), lambda: str(b"x", None), lambda: bytes("x", "utf-8", None),
          lambda: bytearray("x", 5), lambda: str(b"\xff", "utf-8"), lambda: bytes("\xff", "ascii"),
          lambda: str(b"x", "bogus-codec")]:
    try:
        print(repr(f()))
    except (TypeError, UnicodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)

class S(str):
    pass
print(type(str.__new__(S, b"ab", "ascii")).__name__, S(b"ab", "ascii") + "!")
print(S("h\xe9").encode("utf-8"), "x".encode(encoding="utf-16-be", errors="strict"))
