# namereplace over a sample of every plane: names, algorithmic names (Hangul,
# CJK), aliases never used, unnamed characters as escapes
chars = [chr(c) for c in range(0x80, 0x110000, 223)
         if not (0xD800 <= c < 0xE000) and not (0xF0000 <= c < 0xF1000)]
b = "".join(chars).encode("ascii", "namereplace")
print(len(chars), len(b), b.count(b"\\N{"), b.count(b"\\x"), b.count(b"\\u"), b.count(b"\\U"))
h = 0
for byte in b:
    h = (h * 31 + byte) % 1000000007
print(h)
parts = b.split(b"\\")
for p in parts[1:40] + parts[-10:]:
    print(p.decode())
for c in "\x00\x1f\x7f\x80\x9f\xa0\xad\u0378\u2028\ufeff\ufffd\uac00\ud7a3\u4e00\U0002a6df\U000e0001\U0010fffd\u3400\U00031350":
    print(hex(ord(c)), c.encode("ascii", "namereplace"), c.encode("latin-1", "namereplace"))
