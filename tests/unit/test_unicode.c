/* test_unicode: checks src/core/unicode.c against what CPython 3.13 answers,
 * as recorded by tools/gen_unicode_expect.py in
 * tests/unit/data/unicode_expect.txt (format described there).  Every code
 * point 0..0x10FFFF is one test (all properties and mappings must agree);
 * every N line is one test of uni_lookup.  Prints "N passed, M failed".
 *
 * Build and run from the repository root:
 *   cc -std=c11 -O2 -Isrc tests/unit/test_unicode.c src/core/unicode.c -o build/test_unicode
 *   build/test_unicode [tests/unit/data/unicode_expect.txt]
 */
#include "core/unicode.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NAME 1024
#define MAX_LINE 4096

struct expect {
    uint32_t flags;
    char cat[3];
    int dec, dig;
    /* per mapping: n == 0 means a delta, else n explicit code points */
    int n[4];
    long delta[4];
    ucp cps[4][3];
};

struct counts {
    long passed, failed, shown;
};

static bool (*const predicates[13])(ucp) = {
    uni_isprintable, uni_isalpha, uni_isdecimal, uni_isdigit, uni_isnumeric,
    uni_isspace, uni_isupper, uni_islower, uni_istitle, uni_iscased,
    uni_iscaseignorable, uni_isxid_start, uni_isxid_continue,
};
static const char *const predicate_names[13] = {
    "printable", "alpha", "decimal", "digit", "numeric", "space", "upper",
    "lower", "title", "cased", "caseignorable", "xid_start", "xid_continue",
};
static int (*const mappers[4])(ucp, ucp[3]) = {
    uni_to_lower, uni_to_upper, uni_to_title, uni_to_fold,
};
static const char *const mapper_names[4] = {"lower", "upper", "title", "fold"};

static void report(struct counts *k, const char *fmt, unsigned long a, const char *what)
{
    if (k->shown < 30) {
        printf("FAIL ");
        printf(fmt, a, what);
        printf("\n");
        k->shown++;
    }
}

static void check_cp(ucp c, const struct expect *e, struct counts *k)
{
    bool ok = true;
    for (int i = 0; i < 13; i++) {
        bool want = (e->flags >> i) & 1;
        if (predicates[i](c) != want) {
            report(k, "U+%04lX %s", c, predicate_names[i]);
            ok = false;
        }
    }
    if (strcmp(uni_category(c), e->cat) != 0) {
        report(k, "U+%04lX %s", c, "category");
        ok = false;
    }
    if (uni_decimal_value(c) != e->dec || uni_digit_value(c) != e->dig) {
        report(k, "U+%04lX %s", c, "decimal/digit value");
        ok = false;
    }
    for (int m = 0; m < 4; m++) {
        ucp out[3] = {0, 0, 0};
        int n = mappers[m](c, out);
        bool good;
        if (e->n[m] == 0)
            good = n == 1 && (long)out[0] == (long)c + e->delta[m];
        else
            good = n == e->n[m] && memcmp(out, e->cps[m], (size_t)n * sizeof(ucp)) == 0;
        if (!good) {
            report(k, "U+%04lX %s", c, mapper_names[m]);
            ok = false;
        }
    }
    if (ok)
        k->passed++;
    else
        k->failed++;
}

static bool parse_mapping(const char *tok, struct expect *e, int m)
{
    if (tok[0] == 'd') {
        char *end;
        e->n[m] = 0;
        e->delta[m] = strtol(tok + 1, &end, 10);
        return *end == '\0';
    }
    int n = 0;
    const char *p = tok;
    while (*p) {
        char *end;
        unsigned long v = strtoul(p, &end, 16);
        if (end == p || n >= 3 || v > 0x10FFFF)
            return false;
        e->cps[m][n++] = (ucp)v;
        p = end;
        if (*p == ',')
            p++;
        else if (*p)
            return false;
    }
    e->n[m] = n;
    return n >= 2;
}

static bool parse_props(char *line, unsigned long *cp, struct expect *e)
{
    char *save = NULL;
    char *tok[9];
    int n = 0;
    for (char *t = strtok_r(line, " ", &save); t && n < 9; t = strtok_r(NULL, " ", &save))
        tok[n++] = t;
    if (n != 9 || strlen(tok[2]) != 2)
        return false;
    *cp = strtoul(tok[0], NULL, 16);
    e->flags = (uint32_t)strtoul(tok[1], NULL, 16);
    memcpy(e->cat, tok[2], 3);
    e->dec = atoi(tok[3]);
    e->dig = atoi(tok[4]);
    for (int m = 0; m < 4; m++)
        if (!parse_mapping(tok[5 + m], e, m))
            return false;
    return true;
}

/* Decode the suffix of an N line into name[k..]; returns the new length or -1. */
static long decode_name(const char *s, char *name, size_t k)
{
    size_t len = k;
    while (*s) {
        unsigned char ch = (unsigned char)*s++;
        if (ch == '\\' && s[0] == 'x' && s[1] && s[2]) {
            char hex[3] = {s[1], s[2], 0};
            ch = (unsigned char)strtoul(hex, NULL, 16);
            s += 3;
        }
        if (len >= MAX_NAME)
            return -1;
        name[len++] = (char)ch;
    }
    return (long)len;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "tests/unit/data/unicode_expect.txt";
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    struct counts k = {0, 0, 0};
    struct counts names = {0, 0, 0};
    char line[MAX_LINE];
    char name[MAX_NAME];
    size_t name_len = 0;
    struct expect cur;
    unsigned long next_cp = 0;   /* first code point not yet checked */
    bool have = false;
    long bad_lines = 0;
    while (fgets(line, sizeof line, f)) {
        size_t l = strlen(line);
        if (l == 0 || line[l - 1] != '\n') {
            bad_lines++;
            continue;
        }
        line[--l] = '\0';
        if (line[0] == 'P' && line[1] == ' ') {
            unsigned long cp;
            struct expect e;
            if (!parse_props(line + 2, &cp, &e) || cp > 0x10FFFF ||
                cp < next_cp || (!have && cp != 0)) {
                bad_lines++;
                continue;
            }
            for (unsigned long c = next_cp; have && c < cp; c++)
                check_cp((ucp)c, &cur, &k);
            cur = e;
            have = true;
            next_cp = cp;
        } else if (line[0] == 'N' && line[1] == ' ') {
            char *p = line + 2;
            char *end;
            long want = -1;
            if (*p == '-')
                end = p + 1;
            else
                want = strtol(p, &end, 16);
            if (*end != ' ') {
                bad_lines++;
                continue;
            }
            p = end + 1;
            unsigned long pre = strtoul(p, &end, 10);
            if (end == p || pre > name_len || (*end != ' ' && *end != '\0')) {
                bad_lines++;
                continue;
            }
            long len = decode_name(*end ? end + 1 : end, name, pre);
            if (len < 0) {
                bad_lines++;
                continue;
            }
            name_len = (size_t)len;
            int32_t got = uni_lookup(name, name_len);
            if (got == want) {
                names.passed++;
            } else {
                names.failed++;
                if (names.shown++ < 30)
                    printf("FAIL lookup \"%.*s\": got %" PRId32 ", want %ld\n",
                           (int)name_len, name, got, want);
            }
        } else if (line[0] != '#' && line[0] != '\0') {
            bad_lines++;
        }
    }
    fclose(f);
    if (have)
        for (unsigned long c = next_cp; c <= 0x10FFFF; c++)
            check_cp((ucp)c, &cur, &k);
    long missing = 0x110000 - (k.passed + k.failed);
    printf("code points: %ld passed, %ld failed, %ld not covered\n", k.passed, k.failed, missing);
    printf("names: %ld passed, %ld failed\n", names.passed, names.failed);
    if (bad_lines)
        printf("unreadable lines in %s: %ld\n", path, bad_lines);
    long passed = k.passed + names.passed;
    long failed = k.failed + names.failed + missing + bad_lines;
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed ? 1 : 0;
}
