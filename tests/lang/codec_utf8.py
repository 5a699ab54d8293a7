# UTF-8: multi-byte sequences, error spans and reasons
samples = ["", "abc", "h\xe9llo", "\u20ac100", "\U0001f600 smile", "mix \xe9\u0101\U00010000"]
for s in samples:
    b = s.encode("utf-8")
    print(repr(s), b, len(b), b.decode("utf-8") == s)

def dec(b, errors="strict"):
    try:
        print(repr(b.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, "|", e.encoding, e.start, e.end, e.reason, e.object == b)

for b in [b"\x80", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xf0\x9f\x98",
          b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf5", b"\xc0\xaf",
          b"\xe0\x80\x80", b"\xf0\x80\x80\x80", b"ok\xffok", b"a\xe2\x82b\xffc"]:
    dec(b)
    dec(b, "replace")
    dec(b, "ignore")
    dec(b, "backslashreplace")

# encoding surrogates
for s in ["\ud800", "a\udc80b", "\ud800\udc00", "x\ud83d\ude00y"]:
    try:
        print(s.encode("utf-8"))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e, "|", e.start, e.end)
    print(s.encode("utf-8", "replace"), s.encode("utf-8", "ignore"),
          s.encode("utf-8", "surrogatepass"), s.encode("utf-8", "backslashreplace"))
print(b"\xed\xa0\x80\xed\xb0\x80".decode("utf-8", "surrogatepass") == "\ud800\udc00")
