/* tok_nfkc: NFKC for identifiers, which CPython stores normalized.  Only
 * called for identifiers with non-ASCII characters: decodes the UTF-8, then
 * the general normalization of core/unicode_norm.c (the same code as
 * unicodedata.normalize) does the work in arena buffers. */
#include "front/tok_nfkc.h"

#include <stdint.h>
#include <string.h>

#include "core/unicode_norm.h"

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
    uint32_t one[UNI_DECOMP_MAX];
    for (size_t i = 0; i < n;) {
        size_t k = uni_decompose(nfkc_next(u, n, &i), true, one);
        if (__builtin_add_overflow(cap, k, &cap)) return NULL;
    }
    uint32_t *buf = arena_calloc(a, cap + 1, sizeof *buf);
    uint32_t *tmp = arena_calloc(a, cap + 1, sizeof *tmp);
    if (!buf || !tmp) return NULL;
    /* decode (the source is valid UTF-8) and decompose */
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        len += uni_decompose(nfkc_next(u, n, &i), true, buf + len);
    }
    uni_canonical_order(buf, len, tmp);
    size_t comp = uni_compose(buf, len);
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
