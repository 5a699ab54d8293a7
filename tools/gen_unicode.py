#!/usr/bin/env python3
"""Generate src/core/unicode_tables.h from CPython 3.13's own answers.

Run from the repository root with CPython 3.13:
    PYENV_VERSION=3.13.0 python3 tools/gen_unicode.py

Every property is taken from what CPython 3.13 answers (str methods and the
unicodedata module, Unicode 15.1), not from the UCD files, so that asp agrees
with CPython even where CPython's derivation is peculiar.  The only input file
is tools/data/NameAliases-15.1.0.txt: unicodedata accepts alias names but has
no way to list them; each alias is checked against unicodedata.lookup.

Output layout (see src/core/unicode.c for the reader):
  * property records: one per distinct (flags, category, decimal, digit,
    4 case mappings); case mappings are a delta from the code point, or for
    multi-code-point results an index into uni_case_ext.
  * a three-level table code point -> record (top, mid and leaf blocks,
    equal blocks shared; the shifts are chosen for the smallest total).
  * names: a lexicon of words (most frequent first) and a phrasebook with one
    entry per name or alias (header byte = word count | 0x80 when the name ends
    with "-<hex of the code point>", then 1- or 2-byte word codes); an open
    addressing hash table of entry numbers keyed by FNV-1a of the upper-cased
    name; entry number -> code point through a table of runs.
"""
import sys
import os
import unicodedata

if sys.version_info[:2] != (3, 13) or unicodedata.unidata_version != "15.1.0":
    sys.exit("gen_unicode.py must run under CPython 3.13 (unicodedata 15.1.0)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAXCP = 0x110000

# Flag bits; must match src/core/unicode.c.
F_PRINTABLE = 1 << 0
F_ALPHA = 1 << 1
F_DECIMAL = 1 << 2
F_DIGIT = 1 << 3
F_NUMERIC = 1 << 4
F_SPACE = 1 << 5
F_UPPER = 1 << 6
F_LOWER = 1 << 7
F_TITLE = 1 << 8
F_CASED = 1 << 9
F_CASE_IGNORABLE = 1 << 10
F_XID_START = 1 << 11
F_XID_CONTINUE = 1 << 12
F_EXT_LOWER = 1 << 13   # the lower field is an index into uni_case_ext
F_EXT_UPPER = 1 << 14
F_EXT_TITLE = 1 << 15
F_EXT_FOLD = 1 << 16
F_MIRRORED = 1 << 17    # unicodedata.mirrored

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl",
              "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Pc", "Pd", "Ps",
              "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]

# unicodedata.bidirectional and east_asian_width values (index 0 of BIDI is
# what unassigned code points answer).
BIDI = ["", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S",
        "WS", "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"]
EAW = ["N", "Na", "A", "W", "H", "F"]

SIGMA = "\u03a3"
FINAL = "\u03c2"


def cased(ch):
    # str.title() lower-cases a character iff the previous one is cased.
    return (ch + "a").title()[-1] == "a"


def case_ignorable(ch):
    # Final sigma: U+03A3 becomes U+03C2 after cased (case-ignorable)* and
    # when not followed by (case-ignorable)* cased.  A case-ignorable
    # character is transparent on both sides; any other one is decisive on
    # exactly one side (as cased before, as non-cased after).
    before = ("A" + ch + SIGMA).lower()[-1] == FINAL
    after = ("A" + SIGMA + ch).lower()[1] == FINAL
    return before and after


def props(c):
    ch = chr(c)
    cat = unicodedata.category(ch)
    f = 0
    if ch.isprintable(): f |= F_PRINTABLE
    if ch.isalpha(): f |= F_ALPHA
    if ch.isdecimal(): f |= F_DECIMAL
    if ch.isdigit(): f |= F_DIGIT
    if ch.isnumeric(): f |= F_NUMERIC
    if ch.isspace(): f |= F_SPACE
    if ch.isupper(): f |= F_UPPER
    if ch.islower(): f |= F_LOWER
    # _PyUnicode_IsTitlecase is category Lt; one-character istitle() is
    # "titlecase or uppercase", which we check for consistency.
    if cat == "Lt": f |= F_TITLE
    assert ch.istitle() == (cat == "Lt" or ch.isupper()), hex(c)
    if cased(ch): f |= F_CASED
    if case_ignorable(ch): f |= F_CASE_IGNORABLE
    if c != 0x5F and ch.isidentifier(): f |= F_XID_START
    if ("a" + ch).isidentifier(): f |= F_XID_CONTINUE
    if unicodedata.mirrored(ch): f |= F_MIRRORED
    dec = unicodedata.decimal(ch, -1)
    dig = unicodedata.digit(ch, -1)
    assert (dec >= 0) == ch.isdecimal() and (dig >= 0) == ch.isdigit(), hex(c)
    maps = (ch.lower(), ch.upper(), ch.title(), ch.casefold())
    num = unicodedata.numeric(ch, None)
    assert (num is not None) == ch.isnumeric(), hex(c)
    extra = (BIDI.index(unicodedata.bidirectional(ch)),
             EAW.index(unicodedata.east_asian_width(ch)), num)
    return f, CATEGORIES.index(cat), dec, dig, extra, maps


def c_array(ctype, name, values, per_line=16):
    out = ["static const %s %s[%d] = {" % (ctype, name, len(values))]
    for i in range(0, len(values), per_line):
        out.append("    " + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    out.append("};")
    return "\n".join(out) + "\n"


def c_type_for(maxval):
    if maxval < 256: return "uint8_t", 1
    if maxval < 65536: return "uint16_t", 2
    return "uint32_t", 4


def build_properties():
    ext = []            # flattened multi-code-point case mappings
    ext_index = {}
    records = []
    record_index = {}
    per_cp = []
    numerics = [None]  # index 0: not numeric
    num_index = {None: 0}
    for c in range(MAXCP):
        f, cat, dec, dig, (bidi, eaw, num), maps = props(c)
        if num not in num_index:
            num_index[num] = len(numerics)
            numerics.append(num)
        fields = []
        for k, m in enumerate(maps):
            if len(m) == 1:
                fields.append(ord(m) - c)
            else:
                assert 2 <= len(m) <= 3, hex(c)
                seq = tuple(ord(x) for x in m)
                if seq not in ext_index:
                    ext_index[seq] = len(ext)
                    ext.extend(seq)
                fields.append((ext_index[seq] << 2) | len(seq))
                f |= F_EXT_LOWER << k
        rec = (f, cat, dec, dig, bidi, eaw, num_index[num]) + tuple(fields)
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        per_cp.append(record_index[rec])
    assert len(numerics) < 256
    return records, per_cp, ext, numerics


def split_blocks(values, shift):
    """Cut values into blocks of 1 << shift, sharing equal blocks."""
    size = 1 << shift
    blocks = {}
    index = []
    data = []
    for start in range(0, len(values), size):
        blk = tuple(values[start:start + size])
        if blk not in blocks:
            blocks[blk] = len(blocks)
            data.extend(blk)
        index.append(blocks[blk])
    return index, data


def nbytes(values):
    return len(values) * c_type_for(max(values))[1]


def split_three_level(values):
    """Smallest top/mid/leaf split: record = leaf[mid[top[cp >> (s1 + s2)]
    << s1 | (cp >> s2) & m1] << s2 | cp & m2]."""
    best = None
    for s2 in range(2, 9):
        mid_full, leaf = split_blocks(values, s2)
        for s1 in range(2, 10):
            top, mid = split_blocks(mid_full, s1)
            total = nbytes(top) + nbytes(mid) + nbytes(leaf)
            if best is None or total < best[0]:
                best = (total, s1, s2, top, mid, leaf)
    return best


# ---------------------------------------------------------------- names

def fnv1a(s):
    h = 0x811C9DC5
    for b in s.encode("ascii"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def name_slot(name, bits):
    # FNV-1a's low bits cluster on these similar names; a multiplicative
    # mix taking the top bits spreads them (same formula in unicode.c).
    return ((fnv1a(name) * 0x9E3779B1) & 0xFFFFFFFF) >> (32 - bits)


def load_aliases():
    path = os.path.join(ROOT, "tools", "data", "NameAliases-15.1.0.txt")
    out = []
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            cp, alias, _kind = line.split(";")
            cp = int(cp, 16)
            got = unicodedata.lookup(alias)
            assert got == chr(cp), (alias, hex(cp))
            # \N{...} in a literal must accept it too.
            lit = eval('"\\N{%s}"' % alias)
            assert lit == chr(cp), alias
            out.append((cp, alias))
    return out


def load_named_sequences():
    """(name, code points) sorted by name: unicodedata.lookup accepts these
    (\\N{...} does not); from tools/data/NamedSequences-15.1.0.txt, each
    checked against CPython."""
    path = os.path.join(ROOT, "tools", "data", "NamedSequences-15.1.0.txt")
    out = []
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, cps = line.split(";")
            seq = [int(x, 16) for x in cps.split()]
            assert unicodedata.lookup(name) == "".join(map(chr, seq)), name
            assert unicodedata.lookup(name.lower()) == "".join(map(chr, seq)), name
            assert name == name.upper() and len(seq) > 1
            out.append((name, seq))
    out.sort()
    return out


CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "
S_BASE, L_COUNT, V_COUNT, T_COUNT = 0xAC00, 19, 21, 28


def hangul_jamo():
    """Short jamo names, derived from CPython's syllable names."""
    def tail(cp):
        return unicodedata.name(chr(cp))[len(HANGUL_PREFIX):]
    N = V_COUNT * T_COUNT
    # L index 11 (IEUNG) and T index 0 have empty short names.
    vs = [tail(S_BASE + 11 * N + v * T_COUNT) for v in range(V_COUNT)]
    ls = [tail(S_BASE + l * N)[:-len(vs[0])] for l in range(L_COUNT)]
    ts = [tail(S_BASE + 11 * N + t)[len(vs[0]):] for t in range(T_COUNT)]
    for s in range(L_COUNT * N):
        l, v, t = s // N, (s % N) // T_COUNT, s % T_COUNT
        assert unicodedata.name(chr(S_BASE + s)) == HANGUL_PREFIX + ls[l] + vs[v] + ts[t]
    return ls, vs, ts


def build_names():
    entries = []   # (cp, name) in code point order; aliases after names
    cjk = []
    for c in range(MAXCP):
        n = unicodedata.name(chr(c), None)
        if n is None:
            continue
        if n.startswith(CJK_PREFIX):
            assert n == CJK_PREFIX + "%04X" % c
            cjk.append(c)
            continue
        if n.startswith(HANGUL_PREFIX):
            assert S_BASE <= c < S_BASE + L_COUNT * V_COUNT * T_COUNT
            continue
        entries.append((c, n))
    aliases = load_aliases()
    alias_set = set(aliases)
    entries.extend(aliases)
    names_seen = {}
    for c, n in entries:
        assert n not in names_seen, n
        assert not n.startswith((CJK_PREFIX, HANGUL_PREFIX)), n
        assert all(ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -" for ch in n)
        names_seen[n] = c
    # Entries sorted by code point (aliases mixed in) so that the code point
    # of an entry can come from a short table of runs.
    entries.sort()

    cjk_ranges = []
    for c in cjk:
        if cjk_ranges and cjk_ranges[-1][1] == c - 1:
            cjk_ranges[-1][1] = c
        else:
            cjk_ranges.append([c, c])

    def words_of(c, n):
        suffix = "-%04X" % c
        hexsuf = n.endswith(suffix)
        if hexsuf:
            n = n[:-len(suffix)]
        return hexsuf, n.split(" ")

    counts = {}
    for c, n in entries:
        for w in words_of(c, n)[1]:
            counts[w] = counts.get(w, 0) + 1
    lexicon = sorted(counts, key=lambda w: (-counts[w], w))
    ONE = 200  # word codes < ONE take one byte; others 2 bytes
    assert len(lexicon) <= ONE + (256 - ONE) * 256
    word_no = {w: i for i, w in enumerate(lexicon)}

    lex_bytes = bytearray()
    lex_off = []
    for w in lexicon:
        assert 0 < len(w) < 128
        lex_off.append(len(lex_bytes))
        lex_bytes += w.encode("ascii")
    lex_off.append(len(lex_bytes))
    # Offsets as 16 bits plus a 32-bit base per 256 words.
    lex_base = [lex_off[i] for i in range(0, len(lex_off), 256)]
    lex_off16 = [o - lex_base[i >> 8] for i, o in enumerate(lex_off)]
    assert max(lex_off16) < 65536

    BLOCK = 8   # phrasebook offset stored for every BLOCK-th entry
    phrase = bytearray()
    phrase_off = []
    for i, (c, n) in enumerate(entries):
        if i % BLOCK == 0:
            phrase_off.append(len(phrase))
        hexsuf, ws = words_of(c, n)
        assert 0 < len(ws) < 128
        phrase.append(len(ws) | (0x80 if hexsuf else 0))
        for w in ws:
            k = word_no[w]
            if k < ONE:
                phrase.append(k)
            else:
                k -= ONE
                phrase.append(ONE + (k >> 8))
                phrase.append(k & 0xFF)

    # Runs of consecutive code points over consecutive entries.
    runs = []   # (first entry, first cp)
    for i, (c, n) in enumerate(entries):
        if i > 0 and entries[i - 1][0] + 1 == c:
            continue
        runs.append((i, c))
    def cp_of(i):
        lo, hi = 0, len(runs) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if runs[mid][0] <= i:
                lo = mid
            else:
                hi = mid - 1
        return runs[lo][1] + (i - runs[lo][0])
    for i, (c, n) in enumerate(entries):
        assert cp_of(i) == c

    HBITS = 16
    hsize = 1 << HBITS
    assert len(entries) < hsize * 3 // 4
    table = [0] * hsize
    max_probe = 0
    sum_probe = 0
    for i, (c, n) in enumerate(entries):
        h = name_slot(n, HBITS)
        probe = 0
        while table[h]:
            h = (h + 1) & (hsize - 1)
            probe += 1
        table[h] = i + 1
        max_probe = max(max_probe, probe)
        sum_probe += probe + 1
    # Cost of a miss: slots visited until an empty one, averaged over slots.
    miss = 0
    for h in range(hsize):
        k = h
        while table[k]:
            k = (k + 1) & (hsize - 1)
            miss += 1
        miss += 1

    maxlen = max(len(n) for c, n in entries)
    # Entry numbers of the aliases, so that code point -> name (the
    # namereplace error handler) can skip them.
    alias_entries = [i for i, e in enumerate(entries) if e in alias_set]
    return dict(entries=entries, alias_entries=alias_entries, lexicon=lexicon, lex_bytes=lex_bytes,
                lex_base=lex_base, lex_off16=lex_off16, phrase=phrase,
                phrase_off=phrase_off, block=BLOCK, one=ONE, runs=runs,
                table=table, hbits=HBITS, max_probe=max_probe,
                avg_hit=sum_probe / len(entries), avg_miss=miss / hsize, maxlen=maxlen,
                cjk_ranges=cjk_ranges)


def c_string_array(name, strings, width):
    # Fixed-width char arrays rather than pointers: no relocations.
    assert max(len(s) for s in strings) < width
    body = ", ".join('"%s"' % s for s in strings)
    return "static const char %s[%d][%d] = {%s};\n" % (name, len(strings), width, body)


def main():
    records, per_cp, ext, numerics = build_properties()
    total, s1, s2, top, mid, leaf = split_three_level(per_cp)
    nm = build_names()
    ls, vs, ts = hangul_jamo()

    sizes = {}
    out = []
    out.append("/* unicode_tables.h: GENERATED by tools/gen_unicode.py from CPython %s\n"
               " * (unicodedata %s).  Do not edit.  Included only by unicode.c. */\n"
               % (sys.version.split()[0], unicodedata.unidata_version))
    out.append("#ifndef ASP_UNICODE_TABLES_H\n#define ASP_UNICODE_TABLES_H\n\n")
    out.append("#define UNI_SHIFT1 %d\n#define UNI_SHIFT2 %d\n" % (s1, s2))
    out.append("#define UNI_NRECORDS %d\n" % len(records))
    out.append("#define UNI_NEXT %d\n" % len(ext))
    out.append(c_string_array("uni_category_names", CATEGORIES, 3))
    out.append(c_string_array("uni_bidi_names", BIDI, 4))
    out.append(c_string_array("uni_eaw_names", EAW, 3))
    out.append("static const struct uni_record uni_records[%d] = {\n" % len(records))
    for f, cat, dec, dig, bidi, eaw, num, lo, up, ti, fo in records:
        out.append("    {%d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d},\n"
                   % (lo, up, ti, fo, f, cat, dec, dig, bidi, eaw, num))
    out.append("};\n")
    sizes["records"] = len(records) * 28
    # numeric values exactly as CPython's doubles (hex literals round-trip)
    out.append("static const double uni_numeric_values[%d] = {\n    0,\n%s};\n"
               % (len(numerics), "".join("    %s,  /* %r */\n" % (v.hex(), v)
                                         for v in numerics[1:])))
    sizes["numeric"] = len(numerics) * 8
    out.append(c_array("uint32_t", "uni_case_ext", ext or [0], 8))
    sizes["case_ext"] = len(ext) * 4
    out.append(c_array(c_type_for(max(top))[0], "uni_idx_top", top, 24))
    out.append(c_array(c_type_for(max(mid))[0], "uni_idx_mid", mid, 24))
    out.append(c_array(c_type_for(max(leaf))[0], "uni_idx_leaf", leaf, 24))
    sizes["index"] = total

    # names
    nsz = {}
    out.append("#define UNI_NAME_MAXLEN %d\n" % nm["maxlen"])
    out.append("#define UNI_NAME_ENTRIES %d\n" % len(nm["entries"]))
    out.append("#define UNI_NAME_BLOCK %d\n" % nm["block"])
    out.append("#define UNI_WORD_ONE %d\n" % nm["one"])
    out.append("#define UNI_NWORDS %d\n" % len(nm["lexicon"]))
    out.append("#define UNI_HASH_BITS %d\n" % nm["hbits"])
    out.append(c_array("uint8_t", "uni_lexicon", list(nm["lex_bytes"]), 24))
    nsz["lexicon"] = len(nm["lex_bytes"])
    out.append(c_array("uint32_t", "uni_lex_base", nm["lex_base"], 8))
    out.append(c_array("uint16_t", "uni_lex_off", nm["lex_off16"], 16))
    nsz["lexicon offsets"] = len(nm["lex_base"]) * 4 + len(nm["lex_off16"]) * 2
    out.append(c_array("uint8_t", "uni_phrasebook", list(nm["phrase"]), 24))
    nsz["phrasebook"] = len(nm["phrase"])
    out.append(c_array("uint32_t", "uni_phrase_off", nm["phrase_off"], 8))
    nsz["phrasebook offsets"] = len(nm["phrase_off"]) * 4
    out.append(c_array("uint16_t", "uni_name_run_entry", [r[0] for r in nm["runs"]], 16))
    out.append(c_array("uint32_t", "uni_name_run_cp", [r[1] for r in nm["runs"]], 8))
    nsz["runs"] = len(nm["runs"]) * 6
    out.append(c_array("uint16_t", "uni_name_hash", nm["table"], 16))
    out.append(c_array("uint16_t", "uni_alias_entries", nm["alias_entries"], 16))
    nsz["hash table"] = len(nm["table"]) * 2
    flat = []
    for a, b in nm["cjk_ranges"]:
        flat += [a, b]
    out.append("#define UNI_NCJK %d\n" % len(nm["cjk_ranges"]))
    out.append(c_array("uint32_t", "uni_cjk_ranges", flat, 8))
    seqs = load_named_sequences()
    text, name_off, cps, cp_off = bytearray(), [0], [], [0]
    for name, seq in seqs:
        text += name.encode("ascii")
        name_off.append(len(text))
        cps.extend(seq)
        cp_off.append(len(cps))
    out.append("#define UNI_NSEQ %d\n" % len(seqs))
    out.append(c_array("uint8_t", "uni_seq_text", list(text), 24))
    out.append(c_array("uint16_t", "uni_seq_name_off", name_off, 16))
    out.append(c_array(c_type_for(max(cps))[0], "uni_seq_cps", cps, 16))
    out.append(c_array("uint16_t", "uni_seq_cp_off", cp_off, 16))
    nsz["named sequences"] = len(text) + 2 * len(name_off) + c_type_for(max(cps))[1] * len(cps) + 2 * len(cp_off)
    out.append(c_string_array("uni_jamo_l", ls, 4))
    out.append(c_string_array("uni_jamo_v", vs, 4))
    out.append(c_string_array("uni_jamo_t", ts, 4))
    out.append("\n#endif\n")

    path = os.path.join(ROOT, "src", "core", "unicode_tables.h")
    with open(path, "w") as fh:
        fh.write("".join(out))
    print("records %d, ext %d, shifts %d/%d, top %d, mid %d, leaf %d entries"
          % (len(records), len(ext), s1, s2, len(top), len(mid), len(leaf)))
    print("property tables (bytes):", sizes, "total", sum(sizes.values()))
    print("names: %d entries, %d words, %d runs, max probe %d, "
          "slots visited: hit %.2f miss %.2f"
          % (len(nm["entries"]), len(nm["lexicon"]), len(nm["runs"]),
             nm["max_probe"], nm["avg_hit"], nm["avg_miss"]))
    print("name tables (bytes):", nsz, "total", sum(nsz.values()))


if __name__ == "__main__":
    main()
