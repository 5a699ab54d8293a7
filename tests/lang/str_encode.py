# str.encode / bytes.decode basics
s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s)
print("abc".encode("ascii"), "abc".encode())
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff abc".decode("utf-8", "replace"), b"\xff abc".decode("utf-8", "ignore"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"))
print("😀".encode("utf-8"), len("😀"), len("😀".encode()))
print(bytes("abc", "utf-8"), list("AZ".encode()))
print("".encode(), "A".encode("utf-8") == b"A")
print(b"caf\xc3\xa9".decode(), bytearray("ñ", "utf-8"))
print("\u00e9" == "e\u0301", len("e\u0301"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(b"abc".hex(), bytes.fromhex("616263"), b"\x00\x01".hex())
for ch in ["a", "ß", "€", "𝄞"]:
    print(ch, len(ch.encode()), ch.encode().decode() == ch)
