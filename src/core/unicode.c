/* unicode.c: character properties, case mappings and name lookup, read from
 * the tables that tools/gen_unicode.py derives from CPython 3.13 (Unicode
 * 15.1).  Pure functions over static const data; no state.
 *
 * Invariants of the generated data (checked by the generator, and again here
 * wherever an index comes from data rather than from the code point alone):
 *   - three levels map a code point to a record: uni_idx_top[cp >> (S1+S2)]
 *     is a mid block, uni_idx_mid[block << S1 | middle bits] a leaf block,
 *     uni_idx_leaf[block << S2 | low bits] a record index < UNI_NRECORDS;
 *   - a case field is a delta to add to the code point, unless the record's
 *     UNI_F_EXT_* bit says it is (index << 2 | count) into uni_case_ext;
 *   - name entry e (0-based) is stored in the phrasebook after
 *     uni_phrase_off[e / UNI_NAME_BLOCK] and e % UNI_NAME_BLOCK other
 *     entries; its code point comes from the run table. */
#include "core/unicode.h"

#include <string.h>

struct uni_record {
    int32_t lower, upper, title, fold;  /* delta, or ext index << 2 | count */
    uint32_t flags;
    uint8_t cat;                        /* index into uni_category_names */
    int8_t dec, dig;                    /* -1 when none */
    uint8_t bidi, eaw;                  /* into uni_bidi_names, uni_eaw_names */
    uint8_t num;                        /* into uni_numeric_values; 0: none */
};

enum {
    UNI_F_PRINTABLE = 1u << 0,
    UNI_F_ALPHA = 1u << 1,
    UNI_F_DECIMAL = 1u << 2,
    UNI_F_DIGIT = 1u << 3,
    UNI_F_NUMERIC = 1u << 4,
    UNI_F_SPACE = 1u << 5,
    UNI_F_UPPER = 1u << 6,
    UNI_F_LOWER = 1u << 7,
    UNI_F_TITLE = 1u << 8,
    UNI_F_CASED = 1u << 9,
    UNI_F_CASE_IGNORABLE = 1u << 10,
    UNI_F_XID_START = 1u << 11,
    UNI_F_XID_CONTINUE = 1u << 12,
    UNI_F_EXT_LOWER = 1u << 13,  /* then EXT_UPPER, EXT_TITLE, EXT_FOLD */
    UNI_F_MIRRORED = 1u << 17,
};

#include "core/unicode_tables.h"

#define UNI_COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define UNI_MAX_CP 0x10FFFFu

/* Code points past U+10FFFF get the properties of U+10FFFF (a
 * noncharacter: category Cn, no flags, identity mappings). */
static const struct uni_record *uni_rec(ucp c)
{
    if (c > UNI_MAX_CP)
        c = UNI_MAX_CP;
    size_t i1 = c >> (UNI_SHIFT1 + UNI_SHIFT2);
    if (i1 >= UNI_COUNT(uni_idx_top))
        return &uni_records[0];
    size_t i2 = ((size_t)uni_idx_top[i1] << UNI_SHIFT1) |
                ((c >> UNI_SHIFT2) & ((1u << UNI_SHIFT1) - 1));
    if (i2 >= UNI_COUNT(uni_idx_mid))
        return &uni_records[0];
    size_t i3 = ((size_t)uni_idx_mid[i2] << UNI_SHIFT2) | (c & ((1u << UNI_SHIFT2) - 1));
    if (i3 >= UNI_COUNT(uni_idx_leaf) || uni_idx_leaf[i3] >= UNI_COUNT(uni_records))
        return &uni_records[0];
    return &uni_records[uni_idx_leaf[i3]];
}

static bool uni_flag(ucp c, uint32_t f) { return (uni_rec(c)->flags & f) != 0; }

bool uni_isprintable(ucp c) { return uni_flag(c, UNI_F_PRINTABLE); }
bool uni_isalpha(ucp c) { return uni_flag(c, UNI_F_ALPHA); }
bool uni_isdecimal(ucp c) { return uni_flag(c, UNI_F_DECIMAL); }
bool uni_isdigit(ucp c) { return uni_flag(c, UNI_F_DIGIT); }
bool uni_isnumeric(ucp c) { return uni_flag(c, UNI_F_NUMERIC); }
bool uni_isspace(ucp c) { return uni_flag(c, UNI_F_SPACE); }
bool uni_isupper(ucp c) { return uni_flag(c, UNI_F_UPPER); }
bool uni_islower(ucp c) { return uni_flag(c, UNI_F_LOWER); }
bool uni_istitle(ucp c) { return uni_flag(c, UNI_F_TITLE); }
bool uni_iscased(ucp c) { return uni_flag(c, UNI_F_CASED); }
bool uni_iscaseignorable(ucp c) { return uni_flag(c, UNI_F_CASE_IGNORABLE); }
bool uni_isxid_start(ucp c) { return uni_flag(c, UNI_F_XID_START); }
bool uni_isxid_continue(ucp c) { return uni_flag(c, UNI_F_XID_CONTINUE); }
int uni_decimal_value(ucp c) { return uni_rec(c)->dec; }
int uni_digit_value(ucp c) { return uni_rec(c)->dig; }

const char *uni_category(ucp c)
{
    uint8_t cat = uni_rec(c)->cat;
    return cat < UNI_COUNT(uni_category_names) ? uni_category_names[cat] : "Cn";
}

const char *uni_bidirectional(ucp c)
{
    uint8_t b = uni_rec(c)->bidi;
    return b < UNI_COUNT(uni_bidi_names) ? uni_bidi_names[b] : "";
}

const char *uni_east_asian_width(ucp c)
{
    uint8_t e = uni_rec(c)->eaw;
    return e < UNI_COUNT(uni_eaw_names) ? uni_eaw_names[e] : "N";
}

bool uni_mirrored(ucp c) { return uni_flag(c, UNI_F_MIRRORED); }

bool uni_numeric_value(ucp c, double *out)
{
    uint8_t n = uni_rec(c)->num;
    if (n == 0 || n >= UNI_COUNT(uni_numeric_values))
        return false;
    *out = uni_numeric_values[n];
    return true;
}

/* kind: 0 lower, 1 upper, 2 title, 3 fold. */
static int uni_map(ucp c, unsigned kind, ucp out[3])
{
    const struct uni_record *r = uni_rec(c);
    int32_t v = kind == 0 ? r->lower : kind == 1 ? r->upper : kind == 2 ? r->title : r->fold;
    if (r->flags & (UNI_F_EXT_LOWER << kind)) {
        uint32_t idx = (uint32_t)v >> 2, n = (uint32_t)v & 3;
        if (n == 0 || idx > UNI_COUNT(uni_case_ext) - n)
            goto identity;
        for (uint32_t k = 0; k < n; k++)
            out[k] = uni_case_ext[idx + k];
        return (int)n;
    }
    if (c <= UNI_MAX_CP) {
        /* |delta| < 0x110000 and the result is a code point: no overflow. */
        out[0] = (ucp)((int32_t)c + v);
        return 1;
    }
identity:
    out[0] = c;
    return 1;
}

int uni_to_lower(ucp c, ucp out[3]) { return uni_map(c, 0, out); }
int uni_to_upper(ucp c, ucp out[3]) { return uni_map(c, 1, out); }
int uni_to_title(ucp c, ucp out[3]) { return uni_map(c, 2, out); }
int uni_to_fold(ucp c, ucp out[3]) { return uni_map(c, 3, out); }

/* ------------------------------------------------------------------ names */

/* CPython compares names with an ASCII-only upper-casing of the query. */
static unsigned char uni_ascii_upper(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') ? (unsigned char)(ch - 'a' + 'A') : ch;
}

/* The algorithmic names are matched case-sensitively (CPython 3.13 rejects
 * "\N{hangul syllable GA}" although it accepts "\N{latin small letter a}"). */
static bool uni_has_prefix(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    return len >= n && memcmp(s, prefix, n) == 0;
}

/* Hangul syllable names are "HANGUL SYLLABLE " + L + V + T short jamo
 * names.  Like CPython, each part takes the longest jamo name that matches
 * at that point (case-sensitively), without backtracking, and a name that
 * has the prefix but no valid syllable is not looked up elsewhere. */
static int uni_jamo_part(const char *s, size_t len, size_t *pos,
                         const char (*tab)[4], int count)
{
    int best = -1;
    size_t bestlen = 0;
    for (int i = 0; i < count; i++) {
        size_t n = strlen(tab[i]);
        if (best >= 0 && n <= bestlen)
            continue;
        if (n <= len - *pos && memcmp(s + *pos, tab[i], n) == 0) {
            best = i;
            bestlen = n;
        }
    }
    *pos += bestlen;
    return best;
}

static int32_t uni_lookup_hangul(const char *s, size_t len)
{
    size_t pos = 0;
    int l = uni_jamo_part(s, len, &pos, uni_jamo_l, (int)UNI_COUNT(uni_jamo_l));
    int v = uni_jamo_part(s, len, &pos, uni_jamo_v, (int)UNI_COUNT(uni_jamo_v));
    int t = uni_jamo_part(s, len, &pos, uni_jamo_t, (int)UNI_COUNT(uni_jamo_t));
    if (l < 0 || v < 0 || t < 0 || pos != len)
        return -1;
    int32_t nv = (int32_t)UNI_COUNT(uni_jamo_v), nt = (int32_t)UNI_COUNT(uni_jamo_t);
    return 0xAC00 + ((int32_t)l * nv + v) * nt + t;
}

/* "CJK UNIFIED IDEOGRAPH-" + 4 or 5 upper-case hex digits (CPython accepts
 * exactly these, so "04E00" works and "4e00" does not). */
static int32_t uni_lookup_cjk(const char *s, size_t len)
{
    if (len != 4 && len != 5)
        return -1;
    uint32_t v = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        uint32_t d;
        if (ch >= '0' && ch <= '9')
            d = (uint32_t)(ch - '0');
        else if (ch >= 'A' && ch <= 'F')
            d = (uint32_t)(ch - 'A' + 10);
        else
            return -1;
        v = v * 16 + d;
    }
    for (size_t i = 0; i + 1 < UNI_COUNT(uni_cjk_ranges); i += 2)
        if (v >= uni_cjk_ranges[i] && v <= uni_cjk_ranges[i + 1])
            return (int32_t)v;
    return -1;
}

/* Offset of entry e in the phrasebook, or SIZE_MAX if the data is bad. */
static size_t uni_entry_offset(uint32_t e)
{
    size_t blk = e / UNI_NAME_BLOCK;
    if (blk >= UNI_COUNT(uni_phrase_off))
        return SIZE_MAX;
    size_t off = uni_phrase_off[blk];
    for (uint32_t k = e % UNI_NAME_BLOCK; k > 0; k--) {
        if (off >= UNI_COUNT(uni_phrasebook))
            return SIZE_MAX;
        unsigned nw = uni_phrasebook[off++] & 0x7Fu;
        for (unsigned w = 0; w < nw; w++) {
            if (off >= UNI_COUNT(uni_phrasebook))
                return SIZE_MAX;
            off += uni_phrasebook[off] >= UNI_WORD_ONE ? 2 : 1;
        }
    }
    return off;
}

static ucp uni_entry_cp(uint32_t e)
{
    /* Last run whose first entry is <= e. */
    size_t lo = 0, hi = UNI_COUNT(uni_name_run_entry) - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        if (uni_name_run_entry[mid] <= e)
            lo = mid;
        else
            hi = mid - 1;
    }
    return uni_name_run_cp[lo] + (e - uni_name_run_entry[lo]);
}

/* Compare query s[*pos..] with `n` bytes of text, upper-casing the query. */
static bool uni_match_text(const char *s, size_t len, size_t *pos,
                           const uint8_t *text, size_t n)
{
    if (n > len - *pos)
        return false;
    for (size_t i = 0; i < n; i++)
        if (uni_ascii_upper((unsigned char)s[*pos + i]) != text[i])
            return false;
    *pos += n;
    return true;
}

/* Does entry e spell the (upper-cased) query?  If so, *cp is its code point. */
static bool uni_entry_matches(uint32_t e, const char *s, size_t len, ucp *cp)
{
    size_t off = uni_entry_offset(e);
    if (off >= UNI_COUNT(uni_phrasebook))
        return false;
    uint8_t hdr = uni_phrasebook[off++];
    unsigned nw = hdr & 0x7Fu;
    size_t pos = 0;
    for (unsigned w = 0; w < nw; w++) {
        if (w > 0 && !uni_match_text(s, len, &pos, (const uint8_t *)" ", 1))
            return false;
        if (off >= UNI_COUNT(uni_phrasebook))
            return false;
        uint32_t word = uni_phrasebook[off++];
        if (word >= UNI_WORD_ONE) {
            if (off >= UNI_COUNT(uni_phrasebook))
                return false;
            word = UNI_WORD_ONE + ((word - UNI_WORD_ONE) << 8) + uni_phrasebook[off++];
        }
        if (word >= UNI_NWORDS || word + 1 >= UNI_COUNT(uni_lex_off))
            return false;
        size_t a = uni_lex_base[word >> 8] + uni_lex_off[word];
        size_t b = uni_lex_base[(word + 1) >> 8] + uni_lex_off[word + 1];
        if (a > b || b > UNI_COUNT(uni_lexicon))
            return false;
        if (!uni_match_text(s, len, &pos, uni_lexicon + a, b - a))
            return false;
    }
    ucp c = uni_entry_cp(e);
    if (hdr & 0x80u) {
        /* The name ends with "-" and the code point in (>= 4) hex digits. */
        uint8_t hex[8];
        size_t n = 0;
        hex[n++] = '-';
        int digits = c > 0xFFFFF ? 6 : c > 0xFFFF ? 5 : 4;
        for (int d = digits - 1; d >= 0; d--)
            hex[n++] = (uint8_t)"0123456789ABCDEF"[(c >> (4 * d)) & 0xF];
        if (!uni_match_text(s, len, &pos, hex, n))
            return false;
    }
    if (pos != len)
        return false;
    *cp = c;
    return true;
}

static uint32_t uni_name_fnv(const char *s, size_t len)
{
    uint32_t h = 0x811C9DC5u;  /* FNV-1a over the upper-cased bytes */
    for (size_t i = 0; i < len; i++) {
        h ^= uni_ascii_upper((unsigned char)s[i]);
        h *= 0x01000193u;
    }
    return h;
}

int32_t uni_lookup(const char *name, size_t len)
{
    if (name == NULL)
        return -1;
    static const char hangul[] = "HANGUL SYLLABLE ";
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (uni_has_prefix(name, len, hangul))
        return uni_lookup_hangul(name + (sizeof hangul - 1), len - (sizeof hangul - 1));
    if (uni_has_prefix(name, len, cjk))
        return uni_lookup_cjk(name + (sizeof cjk - 1), len - (sizeof cjk - 1));
    if (len == 0 || len > UNI_NAME_MAXLEN)
        return -1;
    uint32_t mask = (1u << UNI_HASH_BITS) - 1;
    uint32_t slot = (uni_name_fnv(name, len) * 0x9E3779B1u) >> (32 - UNI_HASH_BITS);
    /* The table is never full, so an empty slot ends every probe sequence;
     * the count bounds the loop regardless. */
    for (uint32_t probes = 0; probes <= mask; probes++) {
        uint16_t e = uni_name_hash[slot & mask];
        if (e == 0)
            return -1;
        ucp c;
        if (uni_entry_matches((uint32_t)e - 1, name, len, &c))
            return (int32_t)c;
        slot = (slot + 1) & mask;
    }
    return -1;
}

/* ------------------------------------------------------------ cp -> name */

static bool uni_is_alias_entry(uint32_t e)
{
    size_t lo = 0, hi = UNI_COUNT(uni_alias_entries);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (uni_alias_entries[mid] == e)
            return true;
        if (uni_alias_entries[mid] < e)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* Appends n bytes to out[*pos..cap); false when they do not fit. */
static bool uni_put(char *out, size_t cap, size_t *pos, const void *p, size_t n)
{
    if (n > cap || *pos > cap - n)
        return false;
    memcpy(out + *pos, p, n);
    *pos += n;
    return true;
}

/* Writes the name of entry e; returns its length or 0. */
static size_t uni_entry_name(uint32_t e, ucp c, char *out, size_t cap)
{
    size_t off = uni_entry_offset(e);
    if (off >= UNI_COUNT(uni_phrasebook))
        return 0;
    uint8_t hdr = uni_phrasebook[off++];
    unsigned nw = hdr & 0x7Fu;
    size_t pos = 0;
    for (unsigned w = 0; w < nw; w++) {
        if (w > 0 && !uni_put(out, cap, &pos, " ", 1))
            return 0;
        if (off >= UNI_COUNT(uni_phrasebook))
            return 0;
        uint32_t word = uni_phrasebook[off++];
        if (word >= UNI_WORD_ONE) {
            if (off >= UNI_COUNT(uni_phrasebook))
                return 0;
            word = UNI_WORD_ONE + ((word - UNI_WORD_ONE) << 8) + uni_phrasebook[off++];
        }
        if (word >= UNI_NWORDS || word + 1 >= UNI_COUNT(uni_lex_off))
            return 0;
        size_t a = uni_lex_base[word >> 8] + uni_lex_off[word];
        size_t b = uni_lex_base[(word + 1) >> 8] + uni_lex_off[word + 1];
        if (a > b || b > UNI_COUNT(uni_lexicon))
            return 0;
        if (!uni_put(out, cap, &pos, uni_lexicon + a, b - a))
            return 0;
    }
    if (hdr & 0x80u) {
        char hex[8];
        size_t n = 0;
        hex[n++] = '-';
        int digits = c > 0xFFFFF ? 6 : c > 0xFFFF ? 5 : 4;
        for (int d = digits - 1; d >= 0; d--)
            hex[n++] = "0123456789ABCDEF"[(c >> (4 * d)) & 0xF];
        if (!uni_put(out, cap, &pos, hex, n))
            return 0;
    }
    return pos;
}

size_t uni_name(ucp c, char *out, size_t cap)
{
    size_t pos = 0;
    if (c >= 0xAC00 && c < 0xAC00 + 11172) {
        static const char pre[] = "HANGUL SYLLABLE ";
        uint32_t s = c - 0xAC00;
        size_t nv = UNI_COUNT(uni_jamo_v), nt = UNI_COUNT(uni_jamo_t);
        size_t l = s / (nv * nt), v = (s / nt) % nv, t = s % nt;
        if (l >= UNI_COUNT(uni_jamo_l))
            return 0;
        if (!uni_put(out, cap, &pos, pre, sizeof pre - 1) ||
            !uni_put(out, cap, &pos, uni_jamo_l[l], strnlen(uni_jamo_l[l], 4)) ||
            !uni_put(out, cap, &pos, uni_jamo_v[v], strnlen(uni_jamo_v[v], 4)) ||
            !uni_put(out, cap, &pos, uni_jamo_t[t], strnlen(uni_jamo_t[t], 4)))
            return 0;
        return pos;
    }
    for (size_t i = 0; i + 1 < UNI_COUNT(uni_cjk_ranges); i += 2) {
        if (c >= uni_cjk_ranges[i] && c <= uni_cjk_ranges[i + 1]) {
            static const char pre[] = "CJK UNIFIED IDEOGRAPH-";
            char hex[8];
            size_t n = 0;
            int digits = c > 0xFFFF ? 5 : 4;
            for (int d = digits - 1; d >= 0; d--)
                hex[n++] = "0123456789ABCDEF"[(c >> (4 * d)) & 0xF];
            if (!uni_put(out, cap, &pos, pre, sizeof pre - 1) || !uni_put(out, cap, &pos, hex, n))
                return 0;
            return pos;
        }
    }
    /* entries are sorted by code point: the first entry whose code point
     * is >= c, then the first of those for c that is not an alias */
    uint32_t lo = 0, hi = UNI_NAME_ENTRIES;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (uni_entry_cp(mid) < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (uint32_t e = lo; e < UNI_NAME_ENTRIES && uni_entry_cp(e) == c; e++)
        if (!uni_is_alias_entry(e))
            return uni_entry_name(e, c, out, cap);
    return 0;
}

/* ------------------------------------------------------ named sequences */

/* Compares the query (ASCII upper-cased) with sequence name k: <0, 0, >0. */
static int uni_seq_cmp(const char *s, size_t len, size_t k)
{
    size_t a = uni_seq_name_off[k], b = uni_seq_name_off[k + 1];
    if (a > b || b > UNI_COUNT(uni_seq_text))
        return -1;
    size_t n = b - a;
    for (size_t i = 0; i < len && i < n; i++) {
        unsigned char x = uni_ascii_upper((unsigned char)s[i]), y = uni_seq_text[a + i];
        if (x != y)
            return x < y ? -1 : 1;
    }
    return len < n ? -1 : len > n ? 1 : 0;
}

size_t uni_lookup_sequence(const char *name, size_t len, ucp *out, size_t cap)
{
    if (name == NULL)
        return 0;
    size_t lo = 0, hi = UNI_NSEQ;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int d = uni_seq_cmp(name, len, mid);
        if (d == 0) {
            size_t a = uni_seq_cp_off[mid], b = uni_seq_cp_off[mid + 1];
            if (a > b || b > UNI_COUNT(uni_seq_cps) || b - a > cap)
                return 0;
            for (size_t i = a; i < b; i++)
                out[i - a] = uni_seq_cps[i];
            return b - a;
        }
        if (d < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}
