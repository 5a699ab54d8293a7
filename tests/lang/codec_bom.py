# byte order marks: written by utf-16/utf-32/utf-8-sig, consumed on decode
import codecs
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM_UTF16 == codecs.BOM_UTF16_LE, codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE)
for enc in ["utf-16", "utf-32", "utf-8-sig"]:
    b = "hi".encode(enc)
    print(enc, b, b.startswith(codecs.BOM_UTF16_LE), repr(b.decode(enc)))
print(repr((codecs.BOM_UTF8 + b"x").decode("utf-8")), repr((codecs.BOM_UTF8 + b"x").decode("utf-8-sig")))
print(repr(b"x".decode("utf-8-sig")), repr(codecs.BOM_UTF8.decode("utf-8-sig")))
print(repr((codecs.BOM_UTF16_BE + "ok".encode("utf-16-be")).decode("utf-16")))
print(repr((codecs.BOM_UTF32_BE + "ok".encode("utf-32-be")).decode("utf-32")))
print(repr((codecs.BOM_UTF16_LE * 2).decode("utf-16")))   # only the first is a BOM
print(repr("".encode("utf-16")), repr("".encode("utf-32")), repr("".encode("utf-8-sig")))
try:
    (codecs.BOM_UTF8 + b"\xff").decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(e)
