# UTF-16 with and without BOM, both byte orders, surrogate pairs and errors
for s in ["", "A", "h\xe9", "\u20ac", "\U0001f600", "a\U00010000b"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "UTF-16LE", "utf_16_be", "U16"]:
        b = s.encode(enc)
        print(enc, repr(s), b, b.decode(enc) == s)

print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"))
print(repr(b"\xff\xfeA\x00".decode("utf-16-le")))   # BOM kept as U+FEFF
print(repr(b"".decode("utf-16")), repr(b"\xff\xfe".decode("utf-16")))

def dec(b, enc, errors="strict"):
    try:
        print(repr(b.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, "|", e.encoding, e.start, e.end)

for b in [b"A", b"A\x00B", b"\x00\xd8", b"\x00\xd8\x00", b"\x00\xd8A\x00", b"\x00\xdcA\x00",
          b"\x00\xd8\x00\xd8", b"=\xd8\x00\xde"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass"]:
        dec(b, "utf-16-le", errors)
dec(b"\xfe\xff\xd8\x00", "utf-16")
dec(b"\xfe\xff\xd8\x00\x00A", "utf-16", "replace")

for s in ["\ud800", "a\udc80\udc81b"]:
    for enc in ["utf-16", "utf-16-be"]:
        try:
            s.encode(enc)
        except UnicodeEncodeError as e:
            print("UnicodeEncodeError:", e, "|", e.encoding, e.start, e.end)
        print(s.encode(enc, "replace"), s.encode(enc, "surrogatepass"), s.encode(enc, "xmlcharrefreplace"))
print("\ud800\udc00".encode("utf-16-le", "surrogatepass").decode("utf-16-le") == "\U00010000")
