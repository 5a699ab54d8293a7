# unicodedata.normalize / is_normalized: tricky sequences (reordering of
# combining marks, composition exclusions, singletons, blocked marks,
# Hangul), then pseudo-random strings over an alphabet of troublemakers,
# checked through a digest.
import hashlib
import unicodedata as ud

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
cases = [
    "e\u0301", "\u00e9", "\u1e9b\u0323", "\u1e69", "s\u0323\u0307", "s\u0307\u0323",
    "q\u0307\u0323", "q\u0323\u0307", "A\u0327\u0301\u0300", "a\u0301\u0327", "a\u0300\u0301",
    "a\u0316\u0300\u0317\u0301", "\u00c5", "\u212b", "A\u030a", "\u2126", "\u03a9",
    "\u212a", "\u0344", "\u0308\u0301", "\u0f73", "\u0f71\u0f72", "\u0f77", "\u0958",
    "\u0915\u093c", "\u09cb", "\u09c7\u09be", "\u0b4b", "\u0b47\u0b3e", "\u1100\u1161",
    "\u1100\u1161\u11a8", "\uac00\u11a8", "\uac01", "\u1100\u0300\u1161", "\u1100\u1161\u0300\u11a8",
    "\u1112\u1175\u11c2", "\u115f\u1161", "\u1100\u1176", "\u11a7", "\uac00\u11a7",
    "\ufb01", "\ufb2c", "\ufb2a\u05bc", "\u05e9\u05c1\u05bc", "\u05e9\u05bc\u05c1", "\u2460", "\u00bd",
    "\u2153", "\u3300", "\u32ff", "\ufdfa", "\u1f82", "\u1fb3\u0301", "\u03b1\u0345\u0313",
    "\u0041\u030a\u0301", "\u00c5\u0301", "\u01fa", "\u1e0a\u0323", "\u1e0c\u0307", "D\u0307\u0323",
    "\u0226\u0304", "\u01e0", "o\u031b\u0323", "\u1ee3", "u\u0308\u0304\u0301",
    "\u0308a", "\u0301\u0301a\u0301", "a\u0301\u0301", "\u00e0\u0308", "\u0061\u05ae\u0300\u0301\u0315\u0062",
    "\u1e14\u0301", "\U0001d15e", "\U0001d160", "\U0001d15f\U0001d16e", "\U000110ab",
    "\U00011099\U000110ba", "\U0001133b\U0001133c", "\U0002f800", "\U0002fa1d", "\uf900",
    "\u0340", "\u0341", "\u0343", "\u0374", "\u037e", "\u0387", "\u1f71", "\u1fbb", "\u2000",
    "\u2001", "\u2260", "=\u0338", "\u226e", "<\u0338", "\u00a0", "\u2002", "\ufeff",
    "\u3099\u304b", "\u304b\u3099", "\u304c", "\uff76\uff9e", "\u30ac", "\u309b", "\u309c",
    "\u3131", "\uffa1", "\u00c7\u0301", "\u1e08", "C\u0301\u0327", "\u0107\u0327",
    "\u0627\u0653", "\u0622", "\u0648\u0654", "\u064a\u0654", "\u06d2\u0654", "\u1b05\u1b35",
    "\u1b06", "\u0b92\u0bd7", "\u0b94", "\u0bc6\u0bbe", "\u0bca", "\u0cc6\u0cc2\u0cd5", "\u0cc7",
    "\u0d46\u0d3e", "\u0dd9\u0dcf\u0dca", "\u0dda", "\u1025\u102e", "\u1026", "\u3131\u314f",
    "Henry \u2163", "\u00c6\u0301", "\u01fc", "x" * 10 + "\u0301" * 40 + "\u0323" * 30,
    "a" + "\u0301\u0316" * 20, "\u0301" * 5, "", "abc", "\u00e9\u00e9\u00e9", "\ud800\u0301",
    "a\udc00\u0301", "\U0010ffff\u0301",
]
for s in cases:
    out = [ascii(ud.normalize(f, s)) + ("" if ud.is_normalized(f, s) else "*") for f in FORMS]
    print(ascii(s), " ".join(out))

# identity of already-normalized strings
for s in ["abc", "\u00e9", "e\u0301", "", "\uac00", "\u1100\u1161"]:
    print(ascii(s), [ud.normalize(f, s) is s for f in FORMS])

# pseudo-random strings (a linear congruential generator, same in both)
ALPHABET = ("a e o u A E O U s d q S D \u0300 \u0301 \u0302 \u0303 \u0304 \u0306 \u0307 \u0308 "
            "\u030a \u030c \u0316 \u0323 \u0327 \u0328 \u0331 \u0345 \u0313 \u0314 \u05b0 \u05bc "
            "\u05c1 \u05e9 \u0653 \u0654 \u0627 \u0648 \u093c \u0915 \u09be \u09c7 \u0b3e \u0b47 "
            "\u0bbe \u0bc6 \u0bd7 \u1100 \u1112 \u1161 \u1175 \u11a8 \u11c2 \uac00 \uac01 \u00c5 "
            "\u00e9 \u1e9b \u212b \u2126 \u0344 \u0f71 \u0f72 \u0f73 \u0f80 \u3099 \u304b \u30cf "
            "\ufb01 \u2460 \u00bd \u3300 \u1f80 \u03b1 \u03c9 \u0391 \U0001d15e \U0001d165 "
            "\U0001d16e \U00011099 \U000110ba \U0001133c \uff9e \uff76 \u00a8 \u00b4 \u0385 \u1fee "
            "\u1e0a \u0226 \u01ea \u0328 \u031b \u01a1 \u0f40 \u0fb5 \u0f39").split()
state = 12345

def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n

h = {f: hashlib.sha256() for f in FORMS}
flags = {f: [] for f in FORMS}
for i in range(900):
    s = "".join(ALPHABET[rnd(len(ALPHABET))] for _ in range(1 + rnd(12)))
    for f in FORMS:
        h[f].update(ud.normalize(f, s).encode("utf-8") + b"\0")
        flags[f].append("1" if ud.is_normalized(f, s) else "0")
for f in FORMS:
    print(f, h[f].hexdigest()[:24], "".join(flags[f]).count("1"))

# idempotence and the relations between forms on the same strings
state = 999
bad = 0
for i in range(250):
    s = "".join(ALPHABET[rnd(len(ALPHABET))] for _ in range(1 + rnd(10)))
    nfd = ud.normalize("NFD", s)
    nfc = ud.normalize("NFC", s)
    nfkd = ud.normalize("NFKD", s)
    if ud.normalize("NFC", nfd) != nfc or ud.normalize("NFD", nfc) != nfd:
        bad += 1
    if ud.normalize("NFKD", nfc) != nfkd or not ud.is_normalized("NFKC", ud.normalize("NFKC", s)):
        bad += 1
print("relations broken:", bad)

# a long string (more than one pass of the budget counter)
long = ("\u1e9b\u0323e\u0301\uac00\u11a8" * 3000)
for f in FORMS:
    r = ud.normalize(f, long)
    print(f, len(r), hashlib.sha256(r.encode()).hexdigest()[:16])
