# round trips of many strings through every codec that can hold them
import codecs
strings = ["", "plain ascii", "\x00\x01\x7f", "latin \xe0\xe9\xff", "bmp \u0100\u20ac\uffff",
           "astral \U00010000\U0001f600\U0010ffff", "\ufeff leading bom char"]
for s in strings:
    row = []
    for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        b = s.encode(enc)
        back = b.decode(enc)
        row.append("%s:%d:%s" % (enc, len(b), back == s))
    print(" ".join(row))
    for enc in ["latin-1", "ascii"]:
        try:
            print(enc, s.encode(enc).decode(enc) == s)
        except UnicodeEncodeError as e:
            print(enc, "cannot:", e.reason, e.start, e.end)
# long inputs
big = "\xe9\u20ac\U0001f600x" * 3000
for enc in ["utf-8", "utf-16", "utf-32"]:
    b = big.encode(enc)
    print(enc, len(b), b.decode(enc) == big, codecs.decode(b, enc) == big)
print(len(("\xff" * 3000).encode("ascii", "replace")), len((b"\xff" * 3000).decode("utf-8", "replace")))
# all code points of a few ranges survive utf-8 / utf-16 / utf-32
for lo, hi in [(0, 0xd800), (0xe000, 0x11000), (0x10f000, 0x110000)]:
    s = "".join(map(chr, range(lo, hi, 61)))
    print(hex(lo), all(s.encode(e).decode(e) == s for e in ["utf-8", "utf-16-be", "utf-32"]))
