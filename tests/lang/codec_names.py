# encoding names: normalisation, aliases, unknown names
import codecs
names = ["utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "U8", "utf", "cp65001", "Utf-8", " utf-8 ",
         "utf--8", "utf 8", "utf8_ucs4", "utf-8-sig", "UTF_8_SIG", "utf-16", "UTF-16LE", "utf_16_be",
         "unicodelittleunmarked", "UnicodeBigUnmarked", "utf-32", "UTF-32-BE", "utf_32le",
         "latin-1", "latin_1", "Latin1", "ISO-8859-1", "iso8859", "iso_ir_100", "csISOLatin1", "IBM819",
         "ascii", "us-ascii", "US_ASCII", "iso646-us", "csASCII", "ibm367", "iso_646.irv_1991", "iso_ir_6"]
for n in names:
    print(repr(n), codecs.lookup(n).name, "\xe9".encode(n, "replace"))
for n in ["utf-7x", "utf.8", "latin-2x", "", "-", "ütf8", "utf_8_", "cp1252x", "x" * 100]:
    try:
        "a".encode(n)
    except LookupError as e:
        print("LookupError:", e)
    try:
        b"a".decode(n)
    except LookupError as e:
        print("LookupError:", e)
try:
    "a".encode("utf-8\0")
except ValueError as e:
    print("ValueError:", e)
for bad in [1, None, b"utf-8"]:
    try:
        "a".encode(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        b"a".decode(bad)
    except TypeError as e:
        print("TypeError:", e)
# the handler is looked up only when needed
print("abc".encode("ascii", "no-such-handler"), b"abc".decode("ascii", "no-such-handler"))
try:
    "\xe9".encode("ascii", "no-such-handler")
except LookupError as e:
    print("LookupError:", e)
try:
    b"\xe9".decode("ascii", "no-such-handler")
except LookupError as e:
    print("LookupError:", e)
