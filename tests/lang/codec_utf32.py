# UTF-32 with and without BOM, both byte orders and the decoder's errors
for s in ["", "A", "\xe9", "\U0010ffff", "ab\U0001f600"]:
    for enc in ["utf-32", "utf-32-le", "utf-32-be", "UTF32", "u32", "utf_32le"]:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)

print(b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"), b"\xff\xfe\x00\x00A\x00\x00\x00".decode("utf-32"))
print(b"A\x00\x00\x00".decode("utf-32"))

def dec(b, enc, errors="strict"):
    try:
        print(repr(b.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, "|", e.encoding, e.start, e.end, e.reason)

for b in [b"A\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"A\x00\x00\x00\xff\xff\xff\xff",
          b"A\x00\x00\x00B"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass"]:
        dec(b, "utf-32-le", errors)
dec(b"\x00\x00\xfe\xff\x00\x00\x00", "utf-32")
dec(b"\x00\x00\xd8\x00", "utf-32-be", "surrogatepass")
for s in ["\udfff", "x\ud800y"]:
    try:
        s.encode("utf-32")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    print(s.encode("utf-32-be", "surrogatepass"), s.encode("utf-32-le", "replace"))
