# the codecs module: lookup, encode/decode, per-codec functions
import codecs
ci = codecs.lookup("UTF8")
print(ci.name, type(ci).__name__, isinstance(ci, tuple), len(ci))
print(ci.encode("h\xe9"), ci.decode(b"h\xc3\xa9"), ci[0]("x"), ci[1](b"y"))
print(repr(ci).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))
for n in ["latin1", "ascii", "utf-16", "utf-16-be", "utf-32-le", "utf_8_sig", "646"]:
    print(n, codecs.lookup(n).name)
print(codecs.encode("\xe9"), codecs.encode("\xe9", "latin-1"), codecs.encode("\u20ac", "ascii", "replace"))
print(codecs.decode(b"\xc3\xa9"), codecs.decode(b"\xe9", "latin-1"), codecs.decode(b"\xff", "ascii", "ignore"))
print(codecs.encode(obj="x", encoding="utf-16-be"), codecs.decode(obj=b"\x00x", encoding="utf-16-be"))
print(codecs.decode(bytearray(b"abc")), codecs.decode(memoryview(b"abc"), "ascii"))
print(codecs.utf_8_encode("\xe9"), codecs.utf_8_decode(b"\xc3\xa9"), codecs.latin_1_encode("\xff"))
print(codecs.ascii_decode(b"hi"), codecs.utf_16_le_encode("A"), codecs.utf_32_be_decode(b"\x00\x00\x00A"))
print(codecs.utf_16_encode("A"), codecs.utf_16_decode(b"\xff\xfeA\x00"))
for f, arg in [(codecs.encode, b"x"), (codecs.decode, "x"), (codecs.utf_8_encode, 1)]:
    try:
        f(arg)
    except TypeError as e:
        print("TypeError:", e)
try:
    codecs.lookup("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.encode("x", "nope")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.decode(b"\xff")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
