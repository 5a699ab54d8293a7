/* ast_dump: renders an AST exactly like CPython 3.13's ast.dump() with its
 * default arguments (annotated fields, no attributes, no indent,
 * show_empty=False).  The per-node field walk is generated (ast_gen.c); this
 * file holds the value printers: repr() of str, bytes, int, float, complex.
 * Recursion follows the tree, whose depth the parser bounds; adump_enter()
 * bounds it again so that a tree built by other code cannot overflow. */
#include "front/ast_dump.h"
#include "front/ast_dump_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tommath.h>

#include "core/dtoa.h"
#include "core/unicode.h"

enum { ADUMP_MAX_DEPTH = 10000 };

void adump_raw(AstDump *d, const char *s, size_t n) {
    if (d->failed) return;
    size_t need;
    if (__builtin_add_overflow(d->len, n, &need)) { d->failed = true; return; }
    if (need + 1 > d->cap) {
        size_t ncap = d->cap ? d->cap : 256;
        while (ncap < need + 1) {
            if (__builtin_mul_overflow(ncap, 2, &ncap)) { d->failed = true; return; }
        }
        char *nb = realloc(d->buf, ncap);
        if (!nb) { d->failed = true; return; }
        d->buf = nb;
        d->cap = ncap;
    }
    memcpy(d->buf + d->len, s, n);
    d->len = need;
}

static void adump_str(AstDump *d, const char *s) { adump_raw(d, s, strlen(s)); }

bool adump_enter(AstDump *d) {
    if (d->depth >= ADUMP_MAX_DEPTH) { d->failed = true; return false; }
    d->depth++;
    return true;
}
void adump_leave(AstDump *d) { d->depth--; }

void adump_open(AstDump *d, const char *cls) {
    adump_str(d, cls);
    adump_raw(d, "(", 1);
    d->first = true;
}
void adump_close(AstDump *d) {
    adump_raw(d, ")", 1);
    d->first = false;
}
void adump_key(AstDump *d, const char *name) {
    if (!d->first) adump_raw(d, ", ", 2);
    d->first = false;
    adump_str(d, name);
    adump_raw(d, "=", 1);
}
void adump_lbr(AstDump *d) { adump_raw(d, "[", 1); }
void adump_rbr(AstDump *d) { adump_raw(d, "]", 1); d->first = false; }
void adump_sep(AstDump *d, size_t i) { if (i) adump_raw(d, ", ", 2); }
void adump_simple(AstDump *d, const char *cls) { adump_str(d, cls); adump_raw(d, "()", 2); d->first = false; }

/* Decodes one code point of (WTF-8) text at s[*i]; invalid bytes come back
 * as themselves so that nothing is lost. */
static uint32_t adump_decode(const unsigned char *s, size_t n, size_t *i) {
    unsigned c = s[*i];
    size_t k = 0;
    uint32_t cp = c;
    if (c >= 0xF0 && c < 0xF8) { k = 3; cp = c & 7; }
    else if (c >= 0xE0 && c < 0xF0) { k = 2; cp = c & 15; }
    else if (c >= 0xC0 && c < 0xE0) { k = 1; cp = c & 31; }
    if (k > n - *i - 1) k = 0;   /* truncated sequence */
    for (size_t j = 1; j <= k; j++) {
        if ((s[*i + j] & 0xC0) != 0x80) { k = 0; cp = c; break; }
        cp = (cp << 6) | (s[*i + j] & 0x3F);
    }
    if (!k) cp = c;
    *i += k + 1;
    return cp;
}

/* repr() of a str held in WTF-8. */
static void adump_repr_str(AstDump *d, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    adump_raw(d, &q, 1);
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        uint32_t c = adump_decode(u, n, &i);
        char tmp[16];
        if (c == (uint32_t)q || c == '\\') { tmp[0] = '\\'; tmp[1] = (char)c; adump_raw(d, tmp, 2); }
        else if (c == '\t') adump_raw(d, "\\t", 2);
        else if (c == '\n') adump_raw(d, "\\n", 2);
        else if (c == '\r') adump_raw(d, "\\r", 2);
        else if (c < 0x20 || c == 0x7F) {
            static const char hex[] = "0123456789abcdef";
            tmp[0] = '\\'; tmp[1] = 'x'; tmp[2] = hex[c >> 4]; tmp[3] = hex[c & 15];
            adump_raw(d, tmp, 4);
        } else if (c < 0x7F) {
            adump_raw(d, s + start, 1);
        } else if (uni_isprintable(c)) {
            adump_raw(d, s + start, i - start);
        } else {
            static const char hex[] = "0123456789abcdef";
            int nd = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            tmp[0] = '\\';
            tmp[1] = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
            for (int j = 0; j < nd; j++) tmp[2 + j] = hex[(c >> (4 * (nd - 1 - j))) & 15];
            adump_raw(d, tmp, (size_t)(2 + nd));
        }
    }
    adump_raw(d, &q, 1);
}

static void adump_repr_bytes(AstDump *d, const char *s, size_t n) {
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    adump_raw(d, "b", 1);
    adump_raw(d, &q, 1);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char tmp[4];
        if (c == (unsigned char)q || c == '\\') { tmp[0] = '\\'; tmp[1] = (char)c; adump_raw(d, tmp, 2); }
        else if (c == '\t') adump_raw(d, "\\t", 2);
        else if (c == '\n') adump_raw(d, "\\n", 2);
        else if (c == '\r') adump_raw(d, "\\r", 2);
        else if (c < 0x20 || c >= 0x7F) {
            tmp[0] = '\\'; tmp[1] = 'x'; tmp[2] = hex[c >> 4]; tmp[3] = hex[c & 15];
            adump_raw(d, tmp, 4);
        } else adump_raw(d, (const char *)&c, 1);
    }
    adump_raw(d, &q, 1);
}

void adump_ident(AstDump *d, const char *key, AstIdent id) {
    if (!id.str) return;
    adump_key(d, key);
    adump_repr_str(d, id.str, id.len);
}

void adump_identseq(AstDump *d, const char *key, const AstIdentSeq *s) {
    if (!s->count) return;
    adump_key(d, key);
    adump_lbr(d);
    for (size_t i = 0; i < s->count; i++) {
        adump_sep(d, i);
        adump_repr_str(d, s->items[i].str, s->items[i].len);
    }
    adump_rbr(d);
}

void adump_int(AstDump *d, const char *key, int v) {
    char tmp[24];
    adump_key(d, key);
    size_t n = 0;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)(long long)v : (unsigned long long)v;
    char rev[24];
    do { rev[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    size_t k = 0;
    if (v < 0) tmp[k++] = '-';
    while (n) tmp[k++] = rev[--n];
    adump_raw(d, tmp, k);
}

/* An int literal in decimal.  Base-10 digits print as they are (minus
 * leading zeros, which only "0...0" can have); other bases go through
 * libtommath. */
static void adump_repr_int(AstDump *d, const AstConstant *c) {
    if (c->base == 10) {
        size_t i = 0;
        while (i + 1 < c->len && c->data[i] == '0') i++;
        adump_raw(d, c->data + i, c->len - i);
        return;
    }
    mp_int v;
    if (mp_init(&v) != MP_OKAY) { d->failed = true; return; }
    int size = 0;
    char *out = NULL;
    if (mp_read_radix(&v, c->data, c->base) != MP_OKAY || mp_radix_size(&v, 10, &size) != MP_OKAY ||
        size <= 0 || !(out = malloc((size_t)size)) || mp_to_radix(&v, out, (size_t)size, NULL, 10) != MP_OKAY) {
        d->failed = true;
    } else {
        adump_str(d, out);
    }
    free(out);
    mp_clear(&v);
}

static void adump_repr_float(AstDump *d, const char *text, size_t len, bool imag) {
    double x = 0;
    if (!dtoa_parse(text, len, &x)) { d->failed = true; return; }
    char buf[DTOA_BUF];
    size_t n = dtoa_repr(x, buf);
    if (imag) {
        /* complex repr of 0+xj: the float repr without a ".0" tail, then 'j' */
        if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
        adump_raw(d, buf, n);
        adump_raw(d, "j", 1);
    } else {
        adump_raw(d, buf, n);
    }
}

void adump_const(AstDump *d, const char *key, const AstConstant *c) {
    adump_key(d, key);
    switch (c->kind) {
    case AST_CONST_NONE: adump_str(d, "None"); break;
    case AST_CONST_TRUE: adump_str(d, "True"); break;
    case AST_CONST_FALSE: adump_str(d, "False"); break;
    case AST_CONST_ELLIPSIS: adump_str(d, "Ellipsis"); break;
    case AST_CONST_INT: adump_repr_int(d, c); break;
    case AST_CONST_FLOAT: adump_repr_float(d, c->data, c->len, false); break;
    case AST_CONST_IMAG: adump_repr_float(d, c->data, c->len, true); break;
    case AST_CONST_STR: adump_repr_str(d, c->data, c->len); break;
    case AST_CONST_BYTES: adump_repr_bytes(d, c->data, c->len); break;
    }
}

/* With include_attributes=True CPython appends the four positions. */
void adump_attrs(AstDump *d, int lineno, int col_offset, int end_lineno, int end_col_offset) {
    if (!d->attrs) return;
    adump_int(d, "lineno", lineno);
    adump_int(d, "col_offset", col_offset);
    adump_int(d, "end_lineno", end_lineno);
    adump_int(d, "end_col_offset", end_col_offset);
}

char *ast_dump(Arena *a, const AstMod *m, size_t *len) { return ast_dump_ex(a, m, false, len); }

char *ast_dump_ex(Arena *a, const AstMod *m, bool attributes, size_t *len) {
    AstDump d = {0};
    d.attrs = attributes;
    adump_mod(&d, m);
    char *out = NULL;
    if (!d.failed) out = arena_strndup(a, d.buf ? d.buf : "", d.len);
    if (out && len) *len = d.len;
    free(d.buf);
    return out;
}
