# unicodedata: properties of characters across scripts, edge code points,
# names and lookup, argument checking and error messages.
import unicodedata as ud

print(ud.unidata_version)

def show(ch):
    cp = ord(ch)
    print("U+%04X" % cp, ud.name(ch, None), ud.category(ch), repr(ud.bidirectional(ch)),
          ud.combining(ch), ud.east_asian_width(ch), ud.mirrored(ch),
          repr(ud.decomposition(ch)), ud.decimal(ch, None), ud.digit(ch, None),
          ud.numeric(ch, None))

samples = [
    0x00, 0x09, 0x0A, 0x20, 0x30, 0x39, 0x41, 0x5A, 0x61, 0x7A, 0x7F, 0x80, 0x9F,
    0xA0, 0xA7, 0xAA, 0xAD, 0xB2, 0xB5, 0xBC, 0xBD, 0xBE, 0xC0, 0xC5, 0xDF, 0xE9, 0xFF,
    0x130, 0x131, 0x149, 0x17F, 0x1C5, 0x1F0, 0x2B0, 0x300, 0x301, 0x327, 0x344, 0x345,
    0x370, 0x386, 0x390, 0x3A3, 0x3C2, 0x3D2, 0x3F4, 0x401, 0x419, 0x4C1, 0x531, 0x587,
    0x5B0, 0x5D0, 0x5EA, 0x600, 0x627, 0x660, 0x669, 0x6F0, 0x6F9, 0x70F, 0x7C0, 0x900,
    0x915, 0x93C, 0x94D, 0x958, 0x966, 0x9F4, 0xBF0, 0xBF1, 0xBF2, 0xD58, 0xE01, 0xE3F,
    0xE50, 0xF0C, 0xF20, 0xF2A, 0xF33, 0xF73, 0xF77, 0x1000, 0x1100, 0x1161, 0x11A8,
    0x1369, 0x1372, 0x137C, 0x13A0, 0x16EE, 0x17E0, 0x1810, 0x1E00, 0x1E9B, 0x1E9E,
    0x1F00, 0x1F80, 0x1FBE, 0x1FEF, 0x2000, 0x2007, 0x200B, 0x200D, 0x200E, 0x2028,
    0x2029, 0x202A, 0x202E, 0x2066, 0x2069, 0x2070, 0x2074, 0x2080, 0x20AC, 0x20D0,
    0x2102, 0x2126, 0x212A, 0x212B, 0x2153, 0x215F, 0x2160, 0x2181, 0x2182, 0x2185,
    0x2189, 0x2208, 0x2215, 0x221E, 0x2260, 0x2329, 0x232A, 0x2460, 0x2473, 0x24B6,
    0x24EA, 0x2500, 0x2776, 0x2CFD, 0x2E80, 0x3000, 0x3007, 0x3021, 0x3029, 0x3038,
    0x3042, 0x304C, 0x3099, 0x309B, 0x30AC, 0x3192, 0x3220, 0x3280, 0x3358, 0x3400,
    0x4DBF, 0x4DC0, 0x4E00, 0x4E07, 0x4E5D, 0x5341, 0x5343, 0x5E7A, 0x842C, 0x9FFF,
    0xA000, 0xA620, 0xA830, 0xA835, 0xAC00, 0xAC01, 0xD4DB, 0xD7A3, 0xD7A4, 0xD7B0,
    0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xF8FF, 0xF900, 0xF96B, 0xF973, 0xF978,
    0xF9B2, 0xF9D1, 0xF9FD, 0xFA0E, 0xFAD9, 0xFB00, 0xFB1D, 0xFB4F, 0xFD3E, 0xFDD0,
    0xFDEF, 0xFDFA, 0xFE00, 0xFE0F, 0xFE30, 0xFE69, 0xFEFF, 0xFF10, 0xFF21, 0xFF61,
    0xFFE0, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x10107, 0x10133, 0x10140, 0x10174,
    0x10178, 0x10320, 0x103D1, 0x10A40, 0x10E60, 0x10E7E, 0x11052, 0x12000, 0x12400,
    0x12432, 0x12433, 0x12456, 0x13000, 0x16FE0, 0x17000, 0x187F7, 0x18800, 0x18B00,
    0x18D00, 0x1B000, 0x1B170, 0x1D15E, 0x1D164, 0x1D360, 0x1D400, 0x1D7CE, 0x1D7FF,
    0x1E900, 0x1EC71, 0x1F100, 0x1F10A, 0x1F10C, 0x1F12B, 0x1F1E6, 0x1F300, 0x1F600,
    0x1F9FF, 0x1FBF0, 0x1FFFE, 0x1FFFF, 0x20000, 0x2A6DF, 0x2A6E0, 0x2A700, 0x2B739,
    0x2B740, 0x2CEB0, 0x2EBE0, 0x2F800, 0x2F81F, 0x2FA1D, 0x2FA1E, 0x30000, 0x3134A,
    0x31350, 0x323AF, 0x323B0, 0xE0001, 0xE0020, 0xE007F, 0xE0100, 0xE01EF, 0xEFFFF,
    0xF0000, 0xFFFFD, 0xFFFFF, 0x100000, 0x10FFFD, 0x10FFFF,
]
for cp in samples:
    show(chr(cp))

# names, aliases, named sequences, algorithmic names
for name in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Capital Letter Sharp S",
             "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK", "NULL", "LINE FEED", "LF", "NBSP",
             "ZWJ", "VS16", "KANNADA LETTER LLLA", "SPACE", "EURO SIGN", "GREEK SMALL LETTER FINAL SIGMA",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-20000",
             "CJK COMPATIBILITY IDEOGRAPH-F900", "CJK COMPATIBILITY IDEOGRAPH-2F800",
             "HANGUL SYLLABLE GA", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE A", "HANGUL SYLLABLE PWILH",
             "TANGUT IDEOGRAPH-17000", "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "keycap digit zero",
             "KEYCAP NUMBER SIGN", "TAMIL SYLLABLE SSA", "MODIFIER LETTER EXTRA-LOW EXTRA-HIGH CONTOUR TONE BAR",
             "BENGALI LETTER KHINYA", "GEORGIAN LETTER U-BRJGU", "SNOWMAN", "GRINNING FACE",
             "PILE OF POO", "RIGHT-POINTING MAGNIFYING GLASS"]:
    try:
        print(repr(name), ascii(ud.lookup(name)))
    except KeyError as e:
        print(repr(name), "KeyError", e)
print(ascii(ud.lookup(b"LATIN SMALL LETTER B")), ascii(ud.lookup(b"keycap asterisk")))

class B(bytes):
    pass
print(ascii(ud.lookup(B(b"DIGIT NINE"))))

# round trip name -> lookup over a range of scripts
count = 0
for cp in list(range(0x20, 0x3000, 7)) + list(range(0xAC00, 0xD7A4, 301)) + list(range(0x1D400, 0x1D800, 13)):
    n = ud.name(chr(cp), None)
    if n is not None:
        assert ud.lookup(n) == chr(cp), n
        assert n.startswith(("HANGUL SYLLABLE", "CJK UNIFIED")) or ud.lookup(n.lower()) == chr(cp), n
        count += 1
print("round trips", count)

def err(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, "->", ascii(r))

for name in ["xyz", "", "LATIN SMALL LETTER", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A",
             "hangul syllable ga", "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-4e00",
             "CJK UNIFIED IDEOGRAPH-3400F", "CJK UNIFIED IDEOGRAPH-9FFF0", "CJK UNIFIED IDEOGRAPH-A000",
             "x\0y", "\xe9t\xe9", "a" * 256, "a" * 257, b"\xff\xfe", b"LATIN\0", "\u00e9" * 200]:
    err(ud.lookup, name)
err(ud.lookup, "\ud800")
err(ud.lookup, 1)
err(ud.lookup, None)
err(ud.lookup, bytearray(b"LATIN SMALL LETTER A"))
err(ud.lookup, memoryview(b"LATIN SMALL LETTER A"))
err(ud.lookup)
err(ud.lookup, "a", "b")
for f in [ud.name, ud.category, ud.bidirectional, ud.combining, ud.east_asian_width,
          ud.mirrored, ud.decomposition, ud.decimal, ud.digit, ud.numeric]:
    err(f, "ab")
    err(f, "")
    err(f, 65)
    err(f, b"a")
    err(f)
    err(f, "a", None, None)
for f in [ud.name, ud.decimal, ud.digit, ud.numeric]:
    err(f, "\U0010FFFF")
    err(f, "x")
    print(f("\uE000", "default"), f("\uE000", None), f("\uE000", 0))
for f in [ud.normalize, ud.is_normalized]:
    err(f, "NFC")
    err(f, "NFC", 1)
    err(f, 1, "a")
    err(f, 1, 1)
    err(f, b"NFC", "a")
    err(f, "nfc", "a")
    err(f, "NFX", "a")
    err(f, "NFX", "")
    err(f, " NFC", "a")
    err(f, "NFC", "a", "b")
for call in ["ud.name(chr=65)", "ud.category(chr='a')", "ud.normalize(form='NFC', unistr='a')",
             "ud.lookup(name='a')", "ud.numeric('1', default=2)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError", e)

class S(str):
    pass
print(ud.category(S("a")), ud.name(S("b")), ud.normalize("NFC", S("c")), type(ud.normalize("NFD", S("\u00e9"))).__name__)
s = S("abc")
print(ud.normalize("NFKC", s) is s, type(ud.normalize("NFKC", s)).__name__)
print(sorted(n for n in dir(ud) if not n.startswith("_") and n not in ("UCD", "ucd_3_2_0")))
print(type(ud.numeric("5")).__name__, type(ud.decimal("5")).__name__, ud.mirrored("(") is 1)
