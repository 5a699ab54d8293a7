/* unicode_norm: decomposition, canonical ordering and canonical composition
 * (UAX #15) over the tables of unicode_norm_tables.h (generated from CPython
 * 3.13 by tools/gen_unicode_norm.py).
 *
 * Invariants of the generated data, checked by the generator and again here
 * where an index comes from data: decomp_offs[i] holds offset << 10 | tag <<
 * 5 | count with offset + count <= the length of uni_decomp_data and tag <
 * the number of tags; applying single-level mappings repeatedly never needs
 * more than UNI_NORM_STACK pending code points nor yields more than
 * UNI_DECOMP_MAX (the generator computed both bounds over every code point),
 * so the expansion needs no recursion; every composition pair starts with a
 * starter (class 0); the flags of the three-level table are exact (a code
 * point without UNI_NF_DECOMP has no entry in uni_decomp_keys, one without
 * UNI_NF_SECOND is the second of no pair), so they may skip the searches. */
#include "core/unicode_norm.h"

#include <string.h>

#include "core/unicode_norm_tables.h"

#define UNI_NORM_COUNT(a) (sizeof(a) / sizeof((a)[0]))

enum {
    UNI_NORM_STACK = 32,
    HANGUL_S = 0xAC00, HANGUL_L = 0x1100, HANGUL_V = 0x1161, HANGUL_T = 0x11A7,
    HANGUL_LCOUNT = 19, HANGUL_VCOUNT = 21, HANGUL_TCOUNT = 28,
    HANGUL_NCOUNT = HANGUL_VCOUNT * HANGUL_TCOUNT,
    HANGUL_SCOUNT = HANGUL_LCOUNT * HANGUL_NCOUNT,
};

/* Flag bits of uni_norm_flags (set by the generator). */
enum { UNI_NF_CANON = 1, UNI_NF_DECOMP = 2, UNI_NF_SECOND = 4 };

/* Index of c's (class, flags) record; 0 (class 0, no flags) when out of
 * range. */
static size_t uni_norm_rec(ucp c)
{
    if (c > 0x10FFFF)
        return 0;
    size_t i1 = c >> (UNI_NORM_SHIFT1 + UNI_NORM_SHIFT2);
    if (i1 >= UNI_NORM_COUNT(uni_norm_top))
        return 0;
    size_t i2 = ((size_t)uni_norm_top[i1] << UNI_NORM_SHIFT1) |
                ((c >> UNI_NORM_SHIFT2) & ((1u << UNI_NORM_SHIFT1) - 1));
    if (i2 >= UNI_NORM_COUNT(uni_norm_mid))
        return 0;
    size_t i3 = ((size_t)uni_norm_mid[i2] << UNI_NORM_SHIFT2) | (c & ((1u << UNI_NORM_SHIFT2) - 1));
    if (i3 >= UNI_NORM_COUNT(uni_norm_leaf) || uni_norm_leaf[i3] >= UNI_NORM_COUNT(uni_norm_ccc))
        return 0;
    return uni_norm_leaf[i3];
}

int uni_combining(ucp c) { return uni_norm_ccc[uni_norm_rec(c)]; }

bool uni_norm_quick(ucp c, bool compat, bool compose)
{
    size_t k = uni_norm_rec(c);
    unsigned f = uni_norm_flags[k];
    if (uni_norm_ccc[k] != 0 || (f & (compat ? UNI_NF_DECOMP : UNI_NF_CANON)))
        return false;
    return !(compose && (f & UNI_NF_SECOND));
}

/* The single-level mapping of c: its code points in uni_decomp_data from
 * *data (count returned, 0 if none) and its tag number in *tag. */
static size_t uni_decomp_find(ucp c, const uint32_t **data, unsigned *tag)
{
    size_t lo = 0, hi = UNI_NORM_COUNT(uni_decomp_keys);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < uni_decomp_keys[mid]) {
            hi = mid;
        } else if (c > uni_decomp_keys[mid]) {
            lo = mid + 1;
        } else {
            uint32_t v = uni_decomp_offs[mid];
            size_t off = v >> 10, n = v & 31;
            unsigned t = (v >> 5) & 31;
            if (n > UNI_DECOMP_MAX || off > UNI_NORM_COUNT(uni_decomp_data) - n ||
                t >= UNI_NORM_COUNT(uni_decomp_tags))
                return 0;
            *data = uni_decomp_data + off;
            *tag = t;
            return n;
        }
    }
    return 0;
}

size_t uni_decomposition(ucp c, const char **tag, ucp out[UNI_DECOMP_MAX])
{
    const uint32_t *data = NULL;
    unsigned t = 0;
    size_t n = uni_decomp_find(c, &data, &t);
    *tag = uni_decomp_tags[t];
    for (size_t i = 0; i < n; i++)
        out[i] = data[i];
    return n;
}

static bool uni_is_hangul(ucp c) { return c >= HANGUL_S && c < HANGUL_S + HANGUL_SCOUNT; }

size_t uni_decompose(ucp c, bool compat, ucp out[UNI_DECOMP_MAX])
{
    /* Pending code points, the next one on top; a mapping is pushed in
     * reverse so that it comes out in order. */
    ucp stack[UNI_NORM_STACK];
    size_t sp = 0, n = 0;
    stack[sp++] = c;
    while (sp > 0) {
        ucp x = stack[--sp];
        if (uni_is_hangul(x)) {
            uint32_t s = x - HANGUL_S;
            if (n > UNI_DECOMP_MAX - 3)
                break;
            out[n++] = HANGUL_L + s / HANGUL_NCOUNT;
            out[n++] = HANGUL_V + (s % HANGUL_NCOUNT) / HANGUL_TCOUNT;
            if (s % HANGUL_TCOUNT)
                out[n++] = HANGUL_T + s % HANGUL_TCOUNT;
            continue;
        }
        const uint32_t *data = NULL;
        unsigned tag = 0;
        size_t k = (uni_norm_flags[uni_norm_rec(x)] & UNI_NF_DECOMP) ? uni_decomp_find(x, &data, &tag) : 0;
        if (k > 0 && (compat || tag == 0) && k <= UNI_NORM_STACK - sp) {
            for (size_t i = k; i > 0; i--)
                stack[sp++] = data[i - 1];
            continue;
        }
        if (n >= UNI_DECOMP_MAX)
            break;      /* cannot happen with the generated data */
        out[n++] = x;
    }
    return n;
}

/* Stable sort of cps[0..n) (all non-starters) by class. */
static void uni_sort_run(ucp *cps, size_t n, ucp *tmp)
{
    if (n < 16) {
        for (size_t i = 1; i < n; i++) {
            ucp c = cps[i];
            int k = uni_combining(c);
            size_t j = i;
            while (j > 0 && uni_combining(cps[j - 1]) > k) {
                cps[j] = cps[j - 1];
                j--;
            }
            cps[j] = c;
        }
        return;
    }
    size_t count[257] = {0};
    for (size_t i = 0; i < n; i++)
        count[uni_combining(cps[i]) + 1]++;
    for (int k = 1; k < 257; k++)
        count[k] += count[k - 1];
    for (size_t i = 0; i < n; i++)
        tmp[count[uni_combining(cps[i])]++] = cps[i];
    memcpy(cps, tmp, n * sizeof *cps);
}

void uni_canonical_order(ucp *buf, size_t n, ucp *tmp)
{
    for (size_t i = 0; i < n;) {
        if (!uni_combining(buf[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && uni_combining(buf[j]))
            j++;
        if (j - i > 1)
            uni_sort_run(buf + i, j - i, tmp);
        i = j;
    }
}

/* The canonical composite of (a, b), or 0. */
static ucp uni_compose_pair(ucp a, ucp b)
{
    if (a >= HANGUL_L && a < HANGUL_L + HANGUL_LCOUNT && b >= HANGUL_V && b < HANGUL_V + HANGUL_VCOUNT)
        return HANGUL_S + ((a - HANGUL_L) * HANGUL_VCOUNT + (b - HANGUL_V)) * HANGUL_TCOUNT;
    if (uni_is_hangul(a) && (a - HANGUL_S) % HANGUL_TCOUNT == 0 &&
        b > HANGUL_T && b < HANGUL_T + HANGUL_TCOUNT)
        return a + (b - HANGUL_T);
    if (!(uni_norm_flags[uni_norm_rec(b)] & UNI_NF_SECOND))
        return 0;
    uint64_t key = ((uint64_t)a << 21) | b;
    size_t lo = 0, hi = UNI_NORM_COUNT(uni_comp_keys);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (key < uni_comp_keys[mid])
            hi = mid;
        else if (key > uni_comp_keys[mid])
            lo = mid + 1;
        else
            return uni_comp_vals[mid];
    }
    return 0;
}

size_t uni_compose(ucp *buf, size_t n)
{
    if (n == 0)
        return 0;
    /* buf[starter] is the last starter kept; last_class the class of the
     * last code point kept after it (256: no starter yet, nothing composes) */
    size_t out = 1, starter = 0;
    int last_class = uni_combining(buf[0]) ? 256 : 0;
    for (size_t i = 1; i < n; i++) {
        ucp c = buf[i];
        int cls = uni_combining(c);
        if (last_class < cls || last_class == 0) {
            ucp composite = uni_compose_pair(buf[starter], c);
            if (composite) {
                buf[starter] = composite;
                continue;
            }
        }
        if (cls == 0)
            starter = out;
        last_class = cls;
        buf[out++] = c;
    }
    return out;
}
