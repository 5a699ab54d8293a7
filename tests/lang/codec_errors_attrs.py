# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError objects
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(str(e), e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
e = UnicodeEncodeError("ascii", "h\xe9\xe9llo", 1, 3, "bad")
print(str(e))
e = UnicodeEncodeError("latin-1", "\U0001f600", 0, 1, "ordinal not in range(256)")
print(str(e))
e = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "invalid start byte")
print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError("utf-8", bytearray(b"a\xff\xfeb"), 1, 3, "boom")
print(str(e), type(e.object).__name__)
e = UnicodeTranslateError("a\u20acb", 1, 2, "no mapping")
print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeTranslateError("abcd", 1, 3, "no")
print(str(e))
print(issubclass(UnicodeEncodeError, UnicodeError), issubclass(UnicodeError, ValueError))
# attributes are writable and str() follows them
e = UnicodeEncodeError("ascii", "abc\xe9", 3, 4, "r")
e.start = 0
e.end = 2
e.reason = "changed"
e.encoding = "xx"
print(str(e))
try:
    "z\u1234".encode("ascii")
except UnicodeError as err:
    print(type(err).__name__, err.args)
try:
    b"\x81".decode("ascii")
except ValueError as err:
    print(type(err).__name__, err.args)
for bad in [("ascii", b"x", 0, 1, "r"), ("ascii", "x", "0", 1, "r")]:
    try:
        UnicodeEncodeError(*bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    UnicodeDecodeError("ascii", "x", 0, 1, "r")
except TypeError as err:
    print("TypeError:", err)
