# latin-1 and ascii: every byte value, error runs and messages
allb = bytes(range(256))
s = allb.decode("latin-1")
print(len(s), s.encode("latin-1") == allb, s[0xe9], ord(s[-1]))
print(allb.decode("ascii", "replace").count("\ufffd"), allb.decode("ascii", "ignore") == s[:128])
for enc in ["latin-1", "latin1", "iso-8859-1", "ISO8859-1", "L1", "cp819", "8859", "latin", "iso_8859_1"]:
    print(enc, "caf\xe9".encode(enc))
for enc in ["ascii", "US-ASCII", "us", "646", "ansi_x3.4_1968", "cp367", "ASCII"]:
    print(enc, "abc".encode(enc), b"xyz".decode(enc))

def enc(s, codec, errors="strict"):
    try:
        print(s.encode(codec, errors))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e, "|", e.encoding, e.start, e.end, e.reason)

for t in ["\u20ac", "a\u20ac\u20acb", "\xe9t\xe9", "\U0001f600!", "x\ud800"]:
    for codec in ["ascii", "latin-1"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
            enc(t, codec, errors)
try:
    b"ab\x80\xffcd".decode("ascii")
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
print(b"ab\x80\xffcd".decode("ascii", "backslashreplace"), b"ab\x80\xffcd".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))
