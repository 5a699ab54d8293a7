/* tok_nfkc: NFKC (compatibility decomposition, canonical ordering,
 * canonical composition) for identifiers, which CPython stores normalized.
 * Only called for identifiers with non-ASCII characters.  Linear time: the
 * reordering of combining marks uses insertion sort on short runs and a
 * stable counting sort on long ones. */
#include "front/tok_nfkc.h"

#include <stdint.h>
#include <string.h>

#include "front/tok_nfkc_data.h"

enum {
    HANGUL_S = 0xAC00, HANGUL_L = 0x1100, HANGUL_V = 0x1161, HANGUL_T = 0x11A7,
    HANGUL_LCOUNT = 19, HANGUL_VCOUNT = 21, HANGUL_TCOUNT = 28,
    HANGUL_NCOUNT = HANGUL_VCOUNT * HANGUL_TCOUNT, HANGUL_SCOUNT = HANGUL_LCOUNT * HANGUL_NCOUNT,
    NFKC_MAXDECOMP = 18   /* longest decomposition in the table */
};

static int nfkc_ccc(uint32_t c) {
    size_t lo = 0, hi = ccc_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < ccc_ranges[3 * mid]) hi = mid;
        else if (c > ccc_ranges[3 * mid + 1]) lo = mid + 1;
        else return (int)ccc_ranges[3 * mid + 2];
    }
    return 0;
}

/* Appends the full decomposition of c to out (room for NFKC_MAXDECOMP). */
static size_t nfkc_decompose(uint32_t c, uint32_t *out) {
    if (c >= HANGUL_S && c < HANGUL_S + HANGUL_SCOUNT) {
        uint32_t s = c - HANGUL_S;
        out[0] = HANGUL_L + s / HANGUL_NCOUNT;
        out[1] = HANGUL_V + (s % HANGUL_NCOUNT) / HANGUL_TCOUNT;
        if (s % HANGUL_TCOUNT) { out[2] = HANGUL_T + s % HANGUL_TCOUNT; return 3; }
        return 2;
    }
    size_t lo = 0, hi = nfkd_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < nfkd_keys[mid]) hi = mid;
        else if (c > nfkd_keys[mid]) lo = mid + 1;
        else {
            uint32_t o = nfkd_offs[mid] >> 5, n = nfkd_offs[mid] & 31;
            memcpy(out, nfkd_data + o, n * sizeof *out);
            return n;
        }
    }
    out[0] = c;
    return 1;
}

/* The canonical composite of (a, b), or 0. */
static uint32_t nfkc_compose(uint32_t a, uint32_t b) {
    if (a >= HANGUL_L && a < HANGUL_L + HANGUL_LCOUNT && b >= HANGUL_V && b < HANGUL_V + HANGUL_VCOUNT)
        return HANGUL_S + ((a - HANGUL_L) * HANGUL_VCOUNT + (b - HANGUL_V)) * HANGUL_TCOUNT;
    if (a >= HANGUL_S && a < HANGUL_S + HANGUL_SCOUNT && (a - HANGUL_S) % HANGUL_TCOUNT == 0 &&
        b > HANGUL_T && b < HANGUL_T + HANGUL_TCOUNT)
        return a + (b - HANGUL_T);
    uint64_t key = ((uint64_t)a << 21) | b;
    size_t lo = 0, hi = comp_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (key < comp_keys[mid]) hi = mid;
        else if (key > comp_keys[mid]) lo = mid + 1;
        else return comp_vals[mid];
    }
    return 0;
}

/* Stable sort of cps[0..n) by combining class (all non-zero). */
static void nfkc_sort_run(uint32_t *cps, size_t n, uint32_t *tmp) {
    if (n < 16) {
        for (size_t i = 1; i < n; i++) {
            uint32_t c = cps[i];
            int k = nfkc_ccc(c);
            size_t j = i;
            while (j > 0 && nfkc_ccc(cps[j - 1]) > k) { cps[j] = cps[j - 1]; j--; }
            cps[j] = c;
        }
        return;
    }
    size_t count[257] = {0};
    for (size_t i = 0; i < n; i++) count[nfkc_ccc(cps[i]) + 1]++;
    for (int k = 1; k < 257; k++) count[k] += count[k - 1];
    for (size_t i = 0; i < n; i++) tmp[count[nfkc_ccc(cps[i])]++] = cps[i];
    memcpy(cps, tmp, n * sizeof *cps);
}

/* Decodes the next code point of valid UTF-8 at s[*i] (n bytes in all). */
static uint32_t nfkc_next(const unsigned char *u, size_t n, size_t *i) {
    uint32_t c = u[*i];
    size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (*i + k > n) k = n - *i;
    if (k > 1) {
        c &= k == 2 ? 0x1F : k == 3 ? 0x0F : 0x07;
        for (size_t j = 1; j < k; j++) c = (c << 6) | (u[*i + j] & 0x3F);
    }
    *i += k;
    return c;
}

char *tok_nfkc(Arena *a, const char *s, size_t n, size_t *outlen) {
    const unsigned char *u = (const unsigned char *)s;
    /* first pass: the exact decomposed length, so memory follows the output */
    size_t cap = 0;
    uint32_t one[NFKC_MAXDECOMP];
    for (size_t i = 0; i < n;) {
        size_t k = nfkc_decompose(nfkc_next(u, n, &i), one);
        if (__builtin_add_overflow(cap, k, &cap)) return NULL;
    }
    uint32_t *buf = arena_calloc(a, cap + 1, sizeof *buf);
    uint32_t *tmp = arena_calloc(a, cap + 1, sizeof *tmp);
    if (!buf || !tmp) return NULL;
    /* decode (the source is valid UTF-8) and decompose */
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        len += nfkc_decompose(nfkc_next(u, n, &i), buf + len);
    }
    /* canonical ordering of each run of combining marks */
    for (size_t i = 0; i < len;) {
        if (!nfkc_ccc(buf[i])) { i++; continue; }
        size_t j = i;
        while (j < len && nfkc_ccc(buf[j])) j++;
        if (j - i > 1) nfkc_sort_run(buf + i, j - i, tmp);
        i = j;
    }
    /* canonical composition (UAX #15) */
    size_t comp = len ? 1 : 0, starter = 0;
    int last_class = len && nfkc_ccc(buf[0]) ? 256 : 0;
    for (size_t i = 1; i < len; i++) {
        uint32_t c = buf[i];
        int cls = nfkc_ccc(c);
        uint32_t composite = nfkc_compose(buf[starter], c);
        if (composite && (last_class < cls || last_class == 0)) {
            buf[starter] = composite;
            continue;
        }
        if (cls == 0) starter = comp;
        last_class = cls;
        buf[comp++] = c;
    }
    /* encode */
    size_t bytes;
    if (__builtin_mul_overflow(comp, (size_t)4, &bytes)) return NULL;
    char *out = arena_alloc(a, bytes + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < comp; i++) {
        uint32_t c = buf[i];
        if (c < 0x80) out[o++] = (char)c;
        else if (c < 0x800) { out[o++] = (char)(0xC0 | (c >> 6)); out[o++] = (char)(0x80 | (c & 0x3F)); }
        else if (c < 0x10000) {
            out[o++] = (char)(0xE0 | (c >> 12)); out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[o++] = (char)(0xF0 | (c >> 18)); out[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[o++] = (char)(0x80 | ((c >> 6) & 0x3F)); out[o++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[o] = 0;
    *outlen = o;
    return out;
}
