# unicodedata through the module over a sample of code points (every 257th
# from each of a few offsets) and every named sequence; tests/unit/
# test_unicodedata.c checks the data over all code points.
import hashlib
import unicodedata as ud

h = hashlib.sha256()
for start in (0, 100, 200):
    for c in range(start, 0x110000, 257):
        ch = chr(c)
        row = [ud.name(ch, ""), ud.category(ch), ud.bidirectional(ch), str(ud.combining(ch)),
               ud.east_asian_width(ch), str(ud.mirrored(ch)), ud.decomposition(ch),
               str(ud.decimal(ch, None)), str(ud.digit(ch, None)), repr(ud.numeric(ch, None))]
        if not 0xD800 <= c < 0xE000:
            row += [ud.normalize(f, ch) for f in ("NFC", "NFD", "NFKC", "NFKD")]
        h.update("|".join(row).encode("utf-8", "surrogatepass") + b"\n")
print("sample", h.hexdigest()[:32])

seqs = ["KEYCAP NUMBER SIGN", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
        "LATIN SMALL LETTER R WITH TILDE", "TAMIL CONSONANT K", "TAMIL SYLLABLE KSSAU",
        "BENGALI LETTER KHINYA", "GEORGIAN LETTER U-BRJGU", "HIRAGANA LETTER BIDAKUON NGA",
        "KATAKANA LETTER AINU P", "MODIFIER LETTER EXTRA-HIGH EXTRA-LOW CONTOUR TONE BAR",
        "LATIN SMALL LETTER AE WITH GRAVE", "SINHALA CONSONANT SIGN YANSAYA",
        "LATIN SMALL LETTER I WITH DOT ABOVE AND ACUTE", "GURMUKHI SIGN YAKASH"]
for s in seqs:
    print(s, ascii(ud.lookup(s)), ascii(ud.lookup(s.lower())))
