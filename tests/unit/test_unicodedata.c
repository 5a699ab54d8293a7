/* test_unicodedata: the data behind the unicodedata module (src/core/unicode.c
 * and src/core/unicode_norm.c) over every code point, against digests of
 * CPython 3.13's answers in tests/unit/data/unicodedata_expect.txt (made by
 * tools/gen_unicodedata_expect.py, which describes the digests: FNV-1a 64
 * over "<answer>\n" per code point).  One check per property; a mismatch
 * prints the property name.  Run from the repository root. */
#include "core/unicode.h"
#include "core/unicode_norm.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "unit.h"

typedef struct {
    uint64_t h;
} Fnv;

static void fnv_put(Fnv *f, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        f->h ^= (unsigned char)s[i];
        f->h *= 0x100000001B3ull;
    }
}

static void fnv_str(Fnv *f, const char *s) { fnv_put(f, s, strlen(s)); }

/* The NFC/NFD/NFKC/NFKD form of one code point (form: bit 0 compat, bit 1
 * compose), written as upper-case hex code points separated by spaces. */
static void norm_one(ucp c, int form, char *out, size_t cap) {
    ucp buf[UNI_DECOMP_MAX], tmp[UNI_DECOMP_MAX];
    size_t n = uni_decompose(c, (form & 1) != 0, buf);
    uni_canonical_order(buf, n, tmp);
    if (form & 2) n = uni_compose(buf, n);
    size_t pos = 0;
    out[0] = 0;
    for (size_t i = 0; i < n && pos + 10 < cap; i++)
        pos += (size_t)snprintf(out + pos, cap - pos, i ? " %" PRIX32 : "%" PRIX32, buf[i]);
}

static void answer(int prop, ucp c, char *out, size_t cap) {
    char name[UNI_NAME_BUFSIZE];
    const char *tag;
    ucp d[UNI_DECOMP_MAX];
    double v;
    switch (prop) {
    case 0: {
        size_t n = uni_name(c, name, sizeof name - 1);
        name[n] = 0;
        snprintf(out, cap, "%s", name);
        break;
    }
    case 1: snprintf(out, cap, "%s", uni_category(c)); break;
    case 2: snprintf(out, cap, "%s", uni_bidirectional(c)); break;
    case 3: snprintf(out, cap, "%s", uni_east_asian_width(c)); break;
    case 4: {
        size_t n = uni_decomposition(c, &tag, d);
        size_t pos = (size_t)snprintf(out, cap, "%s", tag);
        for (size_t i = 0; i < n && pos + 10 < cap; i++)
            pos += (size_t)snprintf(out + pos, cap - pos, pos ? " %04" PRIX32 : "%04" PRIX32, d[i]);
        break;
    }
    case 5: snprintf(out, cap, "%d", uni_combining(c)); break;
    case 6: snprintf(out, cap, "%d", uni_mirrored(c) ? 1 : 0); break;
    case 7: {
        int k = uni_decimal_value(c);
        if (k < 0) snprintf(out, cap, "-");
        else snprintf(out, cap, "%d", k);
        break;
    }
    case 8: {
        int k = uni_digit_value(c);
        if (k < 0) snprintf(out, cap, "-");
        else snprintf(out, cap, "%d", k);
        break;
    }
    case 9:
        if (uni_numeric_value(c, &v)) {
            uint64_t bits;
            memcpy(&bits, &v, sizeof bits);
            snprintf(out, cap, "%016" PRIx64, bits);
        } else {
            snprintf(out, cap, "-");
        }
        break;
    case 10: norm_one(c, 2, out, cap); break;   /* NFC */
    case 11: norm_one(c, 0, out, cap); break;   /* NFD */
    case 12: norm_one(c, 3, out, cap); break;   /* NFKC */
    default: norm_one(c, 1, out, cap); break;   /* NFKD */
    }
}

static const char *const prop_names[14] = {
    "name", "category", "bidirectional", "east_asian_width", "decomposition", "combining",
    "mirrored", "decimal", "digit", "numeric", "NFC", "NFD", "NFKC", "NFKD",
};

int main(void) {
    FILE *fh = fopen("tests/unit/data/unicodedata_expect.txt", "r");
    CHECK(fh != NULL);
    if (!fh) return unit_report();
    char line[256];
    int seen = 0;
    while (fgets(line, sizeof line, fh)) {
        if (line[0] == '#') continue;
        char pname[64];
        uint64_t want;
        if (sscanf(line, "%63s %" SCNx64, pname, &want) != 2) continue;
        int prop = -1;
        for (int k = 0; k < 14; k++)
            if (strcmp(prop_names[k], pname) == 0) prop = k;
        CHECK(prop >= 0);
        if (prop < 0) continue;
        seen++;
        Fnv f = {0xCBF29CE484222325ull};
        char out[512];
        for (ucp c = 0; c <= 0x10FFFF; c++) {
            if (prop >= 10 && c >= 0xD800 && c < 0xE000) continue;
            answer(prop, c, out, sizeof out);
            fnv_str(&f, out);
            fnv_put(&f, "\n", 1);
        }
        if (f.h != want) printf("FAIL %s: digest %016" PRIx64 " != %016" PRIx64 "\n", pname, f.h, want);
        CHECK(f.h == want);
    }
    fclose(fh);
    CHECK_EQ_INT(seen, 14);
    /* named sequences: case-insensitive, exact length */
    ucp seq[UNI_SEQ_MAX];
    const char *ns = "latin capital letter a with macron and grave";
    CHECK_EQ_INT(uni_lookup_sequence(ns, strlen(ns), seq, UNI_SEQ_MAX), 2);
    CHECK(seq[0] == 0x100 && seq[1] == 0x300);
    CHECK_EQ_INT(uni_lookup_sequence(ns, strlen(ns) - 1, seq, UNI_SEQ_MAX), 0);
    CHECK_EQ_INT(uni_lookup_sequence("LATIN SMALL LETTER A", 20, seq, UNI_SEQ_MAX), 0);
    return unit_report();
}
