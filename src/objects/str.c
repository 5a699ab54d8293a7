/* str: the immutable Unicode string type, its iterator, UTF-8 conversion,
 * interning, hashing, the StrBuf builder and printf-like str_format.
 *
 * Representation (see docs/decisions/string-representation.md): a Str holds
 * `len` code points in one of two widths, kind 1 (latin-1 bytes) or kind 4
 * (uint32), followed by one NUL code unit.  Invariants:
 *  - canonical width: kind 4 exactly when some code point is >= 256, so two
 *    equal strings have equal kinds and equal bytes (equality is memcmp);
 *  - `ascii` is set exactly when every code point is < 128; the data of an
 *    ASCII string is then also its UTF-8 encoding;
 *  - `hash` is -1 until computed, then the SipHash-1-3 value (never -1);
 *  - strings are immutable once returned by a constructor here.
 * Lone surrogates (U+D800..U+DFFF) are ordinary code points, as in CPython. */
#include <string.h>
#include "objects/strimpl.h"
#include "objects/containers.h"
#include "core/heap.h"
#include "core/siphash.h"
#include "core/unicode.h"
#include "vm/ops.h"
#include "core/limits.h"

/* ------------------------------------------------------------------ */
/* allocation                                                          */

/* Instances of Python subclasses of str get t->basicsize - sizeof(Str) more
 * bytes after the characters (8-aligned): their __dict__ is the last word of
 * the heap block (DICTOFFSET_AT_END, see heap_dict_slot); the characters
 * must stay at the fixed offset of Str.data. */
static size_t str_tail_of(int64_t len, int kind) {
    return (sizeof(Str) + (size_t)(len + 1) * (size_t)kind + 7) & ~(size_t)7;
}

static Value str_alloc_type(Realm *r, Type *t, int64_t len, int kind) {
    size_t n, bytes;
    if (len < 0 || len > INT64_MAX / 8 || __builtin_mul_overflow((size_t)len + 1, (size_t)kind, &n) ||
        __builtin_add_overflow(n, sizeof(Str), &bytes))
        err_no_memory(r);
    if (t != r->t_str && t->basicsize > sizeof(Str)) {
        size_t extra = t->basicsize - sizeof(Str);
        if (__builtin_add_overflow(str_tail_of(len, kind), extra, &bytes)) err_no_memory(r);
    }
    Str *s = (Str *)heap_alloc(r, t, bytes);
    s->len = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    return v_from_obj(s);   /* heap_alloc zeroes: the NUL unit is there */
}

Value str_alloc(Realm *r, int64_t len, int kind) {
    return str_alloc_type(r, r->t_str, len, kind);
}

void str_set_ascii(Str *s) {
    uint8_t acc = 0;
    if (s->kind != 1) { s->ascii = 0; return; }
    for (int64_t i = 0; i < s->len; i++) acc |= s->data[i];
    s->ascii = acc < 0x80;
}

Value str_new_latin1(Realm *r, const uint8_t *data, size_t len) {
    if (len == 0 && r->empty_str) return r->empty_str;
    if (len == 1 && r->latin1[data[0]]) return r->latin1[data[0]];
    if (len > (size_t)INT64_MAX) err_no_memory(r);
    Value v = str_alloc(r, (int64_t)len, 1);
    Str *s = str_ptr(v);
    memcpy(s->data, data, len);
    str_set_ascii(s);
    return v;
}

Value str_new_ucs4(Realm *r, const uint32_t *cps, size_t len) {
    uint32_t max = 0;
    for (size_t i = 0; i < len; i++) if (cps[i] > max) max = cps[i];
    if (max < 256) {
        if (len == 1) return str_from_char(r, cps[0]);
        if (len > (size_t)INT64_MAX) err_no_memory(r);
        Value v = str_alloc(r, (int64_t)len, 1);
        Str *s = str_ptr(v);
        for (size_t i = 0; i < len; i++) s->data[i] = (uint8_t)cps[i];
        s->ascii = max < 128;
        return v;
    }
    if (len > (size_t)INT64_MAX) err_no_memory(r);
    Value v = str_alloc(r, (int64_t)len, 4);
    memcpy(str_ptr(v)->data, cps, len * 4);
    return v;
}

Value str_from_char(Realm *r, uint32_t cp) {
    if (cp < 256 && r->latin1[cp]) return r->latin1[cp];
    if (cp < 256) {
        Value v = str_alloc(r, 1, 1);
        str_ptr(v)->data[0] = (uint8_t)cp;
        str_ptr(v)->ascii = cp < 128;
        return v;
    }
    Value v = str_alloc(r, 1, 4);
    ((uint32_t *)str_ptr(v)->data)[0] = cp;
    return v;
}

Value str_substr(Realm *r, Value sv, int64_t start, int64_t stop) {
    Str *s = str_ptr(sv);
    int64_t n = stop - start;
    if (n <= 0) return r->empty_str;
    if (n == s->len && v_obj(sv)->type == r->t_str) return sv;
    if (s->ascii && n > 1) {   /* a part of an ASCII string is ASCII: no scan */
        Value v = str_alloc(r, n, 1);
        s = str_ptr(sv);
        memcpy(str_ptr(v)->data, s->data + start, (size_t)n);
        str_ptr(v)->ascii = 1;
        return v;
    }
    if (s->kind == 1) return str_new_latin1(r, s->data + start, (size_t)n);
    return str_new_ucs4(r, (const uint32_t *)s->data + start, (size_t)n);
}

Value str_exact(Realm *r, Value sv) {
    if (v_obj(sv)->type == r->t_str) return sv;
    Str *s = str_ptr(sv);
    Value v = str_alloc(r, s->len, s->kind);
    Str *d = str_ptr(v);
    memcpy(d->data, s->data, (size_t)s->len * s->kind);
    d->ascii = s->ascii;
    d->hash = s->hash;
    return v;
}

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */

/* Length of a valid UTF-8 sequence starting with byte c at p[0..avail), or
 * the negative count of bytes forming the invalid prefix (at least 1):
 * *reason receives CPython's message.  allow_surr accepts ED A0..BF.
 * Shared with the utf-8 codec (codec.c). */
int64_t str_utf8_seq(const uint8_t *p, size_t avail, bool allow_surr, uint32_t *cp,
                        const char **reason) {
    uint8_t c = p[0];
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c < 0x80) { *cp = c; return 1; }
    if (c < 0xC2) { *reason = "invalid start byte"; return -1; }
    if (c < 0xE0) { need = 1; *cp = c & 0x1F; }
    else if (c < 0xF0) {
        need = 2; *cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED && !allow_surr) hi = 0x9F;
    } else if (c < 0xF5) {
        need = 3; *cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else { *reason = "invalid start byte"; return -1; }
    for (int i = 1; i <= need; i++) {
        if ((size_t)i >= avail) { *reason = "unexpected end of data"; return -(int64_t)avail; }
        uint8_t d = p[i];
        if (i == 1 ? (d < lo || d > hi) : (d & 0xC0) != 0x80) {
            *reason = "invalid continuation byte";
            return -i;
        }
        *cp = (*cp << 6) | (d & 0x3F);
    }
    return need + 1;
}

static bool utf8_all_ascii(const uint8_t *p, size_t n) {
    uint8_t acc = 0;
    for (size_t i = 0; i < n; i++) acc |= p[i];
    return acc < 0x80;
}

_Noreturn static void str_raise_decode(Realm *r, const char *codec, const uint8_t *data,
                                       size_t len, size_t start, size_t end, const char *reason) {
    Value args[5];
    args[0] = str_from_cstr(r, codec);
    args[1] = bytes_new(r, data, len);
    args[2] = int_from_i64(r, (int64_t)start);
    args[3] = int_from_i64(r, (int64_t)end);
    args[4] = str_from_cstr(r, reason);
    err_raise(r, exc_new(r, EXC(r, UnicodeDecodeError), args, 5));
}

static const char str_hexdig[] = "0123456789abcdef";

static void strbuf_add_hex(StrBuf *b, char prefix, uint32_t v, int ndig) {
    strbuf_add_char(b, '\\');
    strbuf_add_char(b, (uint8_t)prefix);
    for (int i = ndig - 1; i >= 0; i--) strbuf_add_char(b, (uint8_t)str_hexdig[(v >> (4 * i)) & 0xF]);
}

Value str_from_utf8(Realm *r, const char *data, size_t len) {
    const uint8_t *p = (const uint8_t *)data;
    if (utf8_all_ascii(p, len)) return str_new_latin1(r, p, len);
    /* count code points and the widest one, then fill */
    size_t n = 0;
    uint32_t max = 0;
    for (size_t i = 0; i < len;) {   /* budget */
        uint32_t cp;
        const char *reason = NULL;
        int64_t k = str_utf8_seq(p + i, len - i, true, &cp, &reason);
        if (k < 0) str_raise_decode(r, "utf-8", p, len, i, i + (size_t)(-k), reason);
        if (cp > max) max = cp;
        i += (size_t)k;
        n++;
    }
    int kind = max < 256 ? 1 : 4;
    if (n == 1) return str_from_char(r, max);
    Value v = str_alloc(r, (int64_t)n, kind);
    Str *s = str_ptr(v);
    size_t j = 0;
    for (size_t i = 0; i < len; j++) {
        uint32_t cp;
        const char *reason = NULL;
        i += (size_t)str_utf8_seq(p + i, len - i, true, &cp, &reason);
        if (kind == 1) s->data[j] = (uint8_t)cp;
        else ((uint32_t *)s->data)[j] = cp;
    }
    s->ascii = 0;
    return v;
}

Value str_from_cstr(Realm *r, const char *s) { return str_from_utf8(r, s, strlen(s)); }

static size_t utf8_put(uint8_t *o, uint32_t cp) {
    if (cp < 0x80) { o[0] = (uint8_t)cp; return 1; }
    if (cp < 0x800) { o[0] = (uint8_t)(0xC0 | (cp >> 6)); o[1] = (uint8_t)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (cp >> 12)); o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (cp >> 18)); o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

const char *str_utf8(Realm *r, Value sv, size_t *len) {
    Str *s = str_ptr(sv);
    if (s->ascii) { if (len) *len = (size_t)s->len; return (const char *)s->data; }
    size_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char(s, i);
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    /* the bytes object stays alive through the conservative stack scan as
     * long as the caller holds the returned pointer (an interior pointer
     * into it); callers needing more keep the str too. */
    Value b = bytes_alloc(r, n);
    uint8_t *o = bytes_ptr(b)->data;
    for (int64_t i = 0; i < s->len; i++) o += utf8_put(o, str_char(s, i));
    *o = 0;
    if (len) *len = n;
    return (const char *)bytes_ptr(b)->data;
}

/* ------------------------------------------------------------------ */
/* interning, hashing, comparison                                      */

Value str_intern(Realm *r, Value s) {
    Str *p = str_ptr(s);
    if (p->interned) return s;
    if (r->interned == V_NULL) r->interned = dict_new(r);
    if (v_obj(s)->type != r->t_str) s = str_exact(r, s);
    Value got = dict_get_str(r, r->interned, s);
    if (got != V_NULL) return got;
    dict_set(r, r->interned, s, s);
    str_ptr(s)->interned = 1;
    return s;
}

Value str_intern_cstr(Realm *r, const char *s) { return str_intern(r, str_from_cstr(r, s)); }

/* CPython hashes the code units of its own representation: 1 byte per
 * character when all are < 256, 2 bytes (UCS-2) when all are < 65536, else
 * 4 bytes; little-endian.  We feed the same bytes. */
int64_t str_hash(Realm *r, Value sv) {
    Str *s = str_ptr(sv);
    if (s->hash != -1) return s->hash;
    int64_t h;
    if (s->len == 0) h = 0;
    else if (s->kind == 1) h = (int64_t)siphash13(r->hash_k0, r->hash_k1, s->data, (size_t)s->len);
    else {
        const uint32_t *u = (const uint32_t *)s->data;
        uint32_t max = 0;
        for (int64_t i = 0; i < s->len; i++) if (u[i] > max) max = u[i];
        int w = max < 0x10000 ? 2 : 4;
        SipState st;
        sip_init(&st, r->hash_k0, r->hash_k1);
        uint8_t tmp[256];
        for (int64_t i = 0; i < s->len;) {   /* budget */
            size_t k = 0;
            for (; i < s->len && k + 4 <= sizeof tmp; i++)
                for (int j = 0; j < w; j++) tmp[k++] = (uint8_t)(u[i] >> (8 * j));
            sip_update(&st, tmp, k);
        }
        h = (int64_t)sip_final(&st);
    }
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

bool str_eq(Value a, Value b) {
    if (a == b) return true;
    Str *x = str_ptr(a), *y = str_ptr(b);
    if (x->len != y->len || x->kind != y->kind) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, (size_t)x->len * x->kind) == 0;
}

int str_cmp(Value a, Value b) {
    Str *x = str_ptr(a), *y = str_ptr(b);
    int64_t n = x->len < y->len ? x->len : y->len;
    if (x->kind == 1 && y->kind == 1) {
        int c = memcmp(x->data, y->data, (size_t)n);
        if (c) return c;
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t p = str_char(x, i), q = str_char(y, i);
            if (p != q) return p < q ? -1 : 1;
        }
    }
    return x->len < y->len ? -1 : x->len > y->len;
}

static void str_copy_into(Str *d, int64_t at, const Str *s, int64_t start, int64_t n) {
    if (d->kind == s->kind) memcpy(d->data + at * d->kind, s->data + start * s->kind, (size_t)n * s->kind);
    else {  /* widen 1 -> 4 */
        uint32_t *o = (uint32_t *)d->data + at;
        for (int64_t i = 0; i < n; i++) o[i] = s->data[start + i];
    }
}

Value str_concat(Realm *r, Value a, Value b) {
    Str *x = str_ptr(a), *y = str_ptr(b);
    if (y->len == 0 && v_obj(a)->type == r->t_str) return a;
    if (x->len == 0 && v_obj(b)->type == r->t_str) return b;
    int64_t n;
    if (__builtin_add_overflow(x->len, y->len, &n)) err_no_memory(r);
    int kind = x->kind > y->kind ? x->kind : y->kind;
    Value v = str_alloc(r, n, kind);
    Str *d = str_ptr(v);
    x = str_ptr(a); y = str_ptr(b);
    str_copy_into(d, 0, x, 0, x->len);
    str_copy_into(d, x->len, y, 0, y->len);
    d->ascii = x->ascii && y->ascii;
    return v;
}

/* ------------------------------------------------------------------ */
/* StrBuf: the buffer is an exact str object of `cap` units (b->data points
 * at its Obj header), so a raise in the middle of building leaks nothing:
 * the collector frees it.  Growth copies into a new one.  strbuf_finish
 * returns the buffer itself when little space is unused (no final copy),
 * after narrowing a wide buffer whose characters all fit in latin-1 (adding
 * part of a wide string widens the buffer even if that part is narrow). */

static inline Str *strbuf_obj(StrBuf *b) { return (Str *)(void *)b->data; }

void strbuf_init(Realm *r, StrBuf *b) {
    b->r = r;
    b->kind = 1;
    b->len = 0;
    b->cap = 0;
    b->data = NULL;
}

static void strbuf_realloc(StrBuf *b, int64_t cap, int kind) {
    Value nv = str_alloc(b->r, cap, kind);
    Str *o = str_ptr(nv);
    Str *old = strbuf_obj(b);
    if (old) {
        if (kind == b->kind) memcpy(o->data, old->data, (size_t)b->len * kind);
        else {
            uint32_t *w = (uint32_t *)(void *)o->data;
            for (int64_t i = 0; i < b->len; i++) w[i] = old->data[i];
        }
    }
    b->data = (uint8_t *)(void *)o;
    b->cap = cap;
    b->kind = (uint8_t)kind;
}

static void strbuf_reserve(StrBuf *b, int64_t extra, int kind) {
    int64_t need;
    if (extra < 0 || __builtin_add_overflow(b->len, extra, &need) || need > INT64_MAX / 8)
        err_no_memory(b->r);
    if (kind < b->kind) kind = b->kind;
    if (need <= b->cap && kind == b->kind) return;
    int64_t cap = b->cap;
    if (need > cap) {
        cap = cap * 2 > need ? cap * 2 : need;
        if (cap < 16) cap = 16;
    }
    strbuf_realloc(b, cap, kind);
}

void strbuf_grow(StrBuf *b, int64_t extra, int kind) { strbuf_reserve(b, extra, kind); }

void strbuf_add_char(StrBuf *b, uint32_t cp) {
    strbuf_reserve(b, 1, cp < 256 ? 1 : 4);
    uint8_t *d = strbuf_bytes(b);
    if (b->kind == 1) d[b->len++] = (uint8_t)cp;
    else ((uint32_t *)(void *)d)[b->len++] = cp;
}

void strbuf_add_repeat(StrBuf *b, uint32_t cp, int64_t n) {
    if (n <= 0) return;
    strbuf_reserve(b, n, cp < 256 ? 1 : 4);
    uint8_t *d = strbuf_bytes(b);
    if (b->kind == 1) memset(d + b->len, (int)cp, (size_t)n);
    else for (int64_t i = 0; i < n; i++) ((uint32_t *)(void *)d)[b->len + i] = cp;
    b->len += n;
}

void strbuf_add_ascii(StrBuf *b, const char *s, size_t n) {
    if (n > (size_t)INT64_MAX) err_no_memory(b->r);
    strbuf_reserve(b, (int64_t)n, 1);
    uint8_t *d = strbuf_bytes(b);
    if (b->kind == 1) memcpy(d + b->len, s, n);
    else for (size_t i = 0; i < n; i++) ((uint32_t *)(void *)d)[b->len + (int64_t)i] = (uint8_t)s[i];
    b->len += (int64_t)n;
}

void strbuf_add_cstr(StrBuf *b, const char *s) {
    size_t n = strlen(s);
    if (utf8_all_ascii((const uint8_t *)s, n)) { strbuf_add_ascii(b, s, n); return; }
    strbuf_add_str(b, str_from_utf8(b->r, s, n));
}

void strbuf_add_substr(StrBuf *b, Value sv, int64_t start, int64_t stop) {
    if (stop <= start) return;
    Str *s = str_ptr(sv);
    strbuf_reserve(b, stop - start, s->kind);
    s = str_ptr(sv);
    uint8_t *d = strbuf_bytes(b);
    if (b->kind == s->kind) memcpy(d + b->len * b->kind, s->data + start * s->kind, (size_t)(stop - start) * s->kind);
    else for (int64_t i = start; i < stop; i++) ((uint32_t *)(void *)d)[b->len + i - start] = s->data[i];
    b->len += stop - start;
}

void strbuf_add_str(StrBuf *b, Value s) { strbuf_add_substr(b, s, 0, str_ptr(s)->len); }

Value strbuf_finish(StrBuf *b) {
    Realm *r = b->r;
    Str *o = strbuf_obj(b);
    int64_t n = b->len;
    int kind = b->kind;
    b->data = NULL;
    b->len = b->cap = 0;
    if (n == 0) return r->empty_str;
    if (n == 1) return str_from_char(r, kind == 1 ? o->data[0] : ((uint32_t *)(void *)o->data)[0]);
    if (kind == 4) {
        const uint32_t *w = (const uint32_t *)(const void *)o->data;
        uint32_t max = 0;
        for (int64_t i = 0; i < n; i++) if (w[i] > max) max = w[i];
        if (max < 256) {   /* canonical form: narrow */
            Value v = str_alloc(r, n, 1);
            Str *d = str_ptr(v);
            for (int64_t i = 0; i < n; i++) d->data[i] = (uint8_t)w[i];
            d->ascii = max < 128;
            return v;
        }
    }
    Value v = v_from_obj(o);
    int64_t slack = (o->len - n) * kind;
    if (slack > 64 && slack > n * kind / 4) {
        /* too much unused space: copy into an exact-size str */
        v = str_alloc(r, n, kind);
        memcpy(str_ptr(v)->data, o->data, (size_t)n * kind);
        o = str_ptr(v);
    } else {
        o->len = n;
        memset(o->data + n * kind, 0, (size_t)kind);   /* the NUL unit */
    }
    if (kind == 1) str_set_ascii(o);
    return v;
}

void strbuf_discard(StrBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ------------------------------------------------------------------ */
/* str_format: printf-like, for C-side messages                        */

Value str_vformat(Realm *r, const char *fmt, va_list ap) {
    StrBuf b;
    strbuf_init(r, &b);
    const char *p = fmt;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%') q++;
        if (q > p) {
            /* literal text may be UTF-8 */
            size_t n = (size_t)(q - p);
            if (utf8_all_ascii((const uint8_t *)p, n)) strbuf_add_ascii(&b, p, n);
            else strbuf_add_str(&b, str_from_utf8(r, p, n));
        }
        if (!*q) break;
        p = q + 1;
        /* optional precision ".N" (limits characters of %s %U %R %S) */
        int64_t prec = -1;
        if (*p == '.') {
            prec = 0;
            for (p++; *p >= '0' && *p <= '9'; p++) prec = prec * 10 + (*p - '0');
        }
        while (*p >= '0' && *p <= '9') p++;   /* width: ignored */
        int lmod = 0;   /* 1: l, 2: ll, 3: z */
        if (*p == 'l') { lmod = 1; p++; if (*p == 'l') { lmod = 2; p++; } }
        else if (*p == 'z') { lmod = 3; p++; }
        char c = *p ? *p++ : 0;
        char num[32];
        int nn = 0;
        Value sv = V_NULL;
        switch (c) {
        case '%': strbuf_add_char(&b, '%'); break;
        case 'c': strbuf_add_char(&b, (uint32_t)va_arg(ap, int)); break;
        case 'd': case 'i': case 'u': case 'x': {
            unsigned long long mag;
            bool neg = false;
            if (c == 'd' || c == 'i') {
                long long v = lmod == 0 ? va_arg(ap, int) : lmod == 1 ? va_arg(ap, long)
                            : lmod == 2 ? va_arg(ap, long long) : (long long)va_arg(ap, ptrdiff_t);
                neg = v < 0;
                mag = neg ? 0ull - (unsigned long long)v : (unsigned long long)v;
            } else {
                mag = lmod == 0 ? va_arg(ap, unsigned) : lmod == 1 ? va_arg(ap, unsigned long)
                    : lmod == 2 ? va_arg(ap, unsigned long long) : (unsigned long long)va_arg(ap, size_t);
            }
            unsigned base = c == 'x' ? 16 : 10;
            char tmp[32];
            int k = 0;
            do { tmp[k++] = str_hexdig[mag % base]; mag /= base; } while (mag);
            if (neg) num[nn++] = '-';
            while (k) num[nn++] = tmp[--k];
            strbuf_add_ascii(&b, num, (size_t)nn);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            sv = str_from_cstr(r, s);
            break;
        }
        case 'R': sv = op_repr(r, va_arg(ap, Value)); break;
        case 'S': sv = op_str(r, va_arg(ap, Value)); break;
        case 'U': sv = va_arg(ap, Value); break;
        case 'T': sv = str_from_cstr(r, v_type(r, va_arg(ap, Value))->name); break;
        default:   /* unknown directive: copy it literally */
            strbuf_add_char(&b, '%');
            if (c) strbuf_add_char(&b, (uint8_t)c);
            break;
        }
        if (sv != V_NULL) {
            int64_t n = str_ptr(sv)->len;
            if (prec >= 0 && prec < n) n = prec;
            strbuf_add_substr(&b, sv, 0, n);
        }
    }
    return strbuf_finish(&b);
}

Value str_format(Realm *r, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value v = str_vformat(r, fmt, ap);
    va_end(ap);
    return v;
}

/* ------------------------------------------------------------------ */
/* repr                                                                */

Value str_repr(Realm *r, Value sv) {
    Str *s = str_ptr(sv);
    bool has_sq = false, has_dq = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char(s, i);
        if (c == '\'') has_sq = true;
        else if (c == '"') has_dq = true;
    }
    uint32_t quote = has_sq && !has_dq ? '"' : '\'';
    StrBuf b;
    strbuf_init(r, &b);
    strbuf_reserve(&b, s->len + 2, 1);
    strbuf_add_char(&b, quote);
    for (int64_t i = 0; i < s->len; i++) {   /* budget */
        uint32_t c = str_char(str_ptr(sv), i);
        if (c == quote || c == '\\') { strbuf_add_char(&b, '\\'); strbuf_add_char(&b, c); }
        else if (c == '\t') strbuf_add_ascii(&b, "\\t", 2);
        else if (c == '\n') strbuf_add_ascii(&b, "\\n", 2);
        else if (c == '\r') strbuf_add_ascii(&b, "\\r", 2);
        else if (c < ' ' || c == 0x7F) strbuf_add_hex(&b, 'x', c, 2);
        else if (c < 0x7F) strbuf_add_char(&b, c);
        else if (uni_isprintable(c)) strbuf_add_char(&b, c);
        else if (c < 0x100) strbuf_add_hex(&b, 'x', c, 2);
        else if (c < 0x10000) strbuf_add_hex(&b, 'u', c, 4);
        else strbuf_add_hex(&b, 'U', c, 8);
    }
    strbuf_add_char(&b, quote);
    return strbuf_finish(&b);
}

/* ------------------------------------------------------------------ */
/* argument helpers                                                    */

Value str_arg(Realm *r, Value v, const char *fmt) {
    if (!str_check(v)) err_type(r, fmt, v);
    return v;
}

static int64_t str_index_value(Realm *r, Value v) {
    if (v_is_int(v)) return v_as_small(v);
    return int_as_ssize(r, num_index(r, v));
}

void str_adjust_range(Realm *r, Value vs, Value ve, int64_t len, int64_t *start, int64_t *end) {
    int64_t s = 0, e = len;
    if (vs != V_NULL && vs != V_NONE) {
        if (!v_is_int(vs) && !v_type(r, vs)->index)
            err_type(r, "slice indices must be integers or None or have an __index__ method");
        s = slice_clamp_index(r, vs);   /* find(x, 2**70) clamps */
    }
    if (ve != V_NULL && ve != V_NONE) {
        if (!v_is_int(ve) && !v_type(r, ve)->index)
            err_type(r, "slice indices must be integers or None or have an __index__ method");
        e = slice_clamp_index(r, ve);
    }
    if (e > len) e = len;
    else if (e < 0) { e += len; if (e < 0) e = 0; }
    if (s < 0) { s += len; if (s < 0) s = 0; }
    *start = s;
    *end = e;
}

/* ------------------------------------------------------------------ */
/* searching                                                           */

/* Substring search is guest-controlled work: the simple memchr/memcmp scan is
 * fastest for short needles, but costs O(n*m) on inputs such as
 * ("a"*n).find("a"*m + "b").  Needles of TW_MIN units or more use the
 * Crochemore-Perrin two-way algorithm: O(n + m) time, O(1) space. */
#define TW_MIN 8

typedef struct TwSeq { const uint8_t *p; int kind; int64_t len; bool rev; } TwSeq;

static inline uint32_t tw_at(const TwSeq *s, int64_t i) {
    if (s->rev) i = s->len - 1 - i;
    return s->kind == 1 ? s->p[i] : ((const uint32_t *)(const void *)s->p)[i];
}

/* Start of the maximal suffix of x for the order (tilde: reversed order)
 * minus one, and its period in *per. */
static int64_t tw_maxsuf(const TwSeq *x, bool tilde, int64_t *per) {
    int64_t ms = -1, j = 0, k = 1, p = 1, m = x->len;
    while (j + k < m) {
        uint32_t a = tw_at(x, j + k), b = tw_at(x, ms + k);
        if (tilde ? a > b : a < b) { j += k; k = 1; p = j - ms; }
        else if (a == b) {
            if (k != p) k++;
            else { j += p; k = 1; }
        } else { ms = j; j = ms + 1; k = p = 1; }
    }
    *per = p;
    return ms;
}

/* First occurrence of x in y (in the sequences' own direction), or -1. */
int64_t str_twoway(const uint8_t *hp, int hkind, int64_t hn, const uint8_t *xp, int xkind, int64_t m, bool rev) {
    TwSeq y = {hp, hkind, hn, rev}, x = {xp, xkind, m, rev};
    int64_t n = hn;
    if (m == 0) return 0;
    if (m > n) return -1;
    int64_t p, q;
    int64_t i = tw_maxsuf(&x, false, &p), j = tw_maxsuf(&x, true, &q);
    int64_t ell = i > j ? i : j, per = i > j ? p : q;
    bool periodic = per + ell + 1 <= m;
    for (int64_t k = 0; periodic && k <= ell; k++)
        if (tw_at(&x, k) != tw_at(&x, k + per)) periodic = false;
    int64_t pos = 0;
    if (periodic) {
        int64_t memory = -1;
        while (pos <= n - m) {   /* budget */
            i = (ell > memory ? ell : memory) + 1;
            while (i < m && tw_at(&x, i) == tw_at(&y, i + pos)) i++;
            if (i >= m) {
                i = ell;
                while (i > memory && tw_at(&x, i) == tw_at(&y, i + pos)) i--;
                if (i <= memory) return pos;
                pos += per;
                memory = m - per - 1;
            } else {
                pos += i - ell;
                memory = -1;
            }
        }
    } else {
        per = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
        while (pos <= n - m) {   /* budget */
            i = ell + 1;
            while (i < m && tw_at(&x, i) == tw_at(&y, i + pos)) i++;
            if (i >= m) {
                i = ell;
                while (i >= 0 && tw_at(&x, i) == tw_at(&y, i + pos)) i--;
                if (i < 0) return pos;
                pos += per;
            } else pos += i - ell;
        }
    }
    return -1;
}

static bool str_match_at(const Str *h, int64_t i, const Str *n) {
    if (h->kind == 1 && n->kind == 1) return memcmp(h->data + i, n->data, (size_t)n->len) == 0;
    for (int64_t j = 0; j < n->len; j++)
        if (str_char(h, i + j) != str_char(n, j)) return false;
    return true;
}

int64_t str_find_sub(Value hay, Value needle, int64_t start, int64_t end, int dir) {
    const Str *h = str_ptr(hay), *n = str_ptr(needle);
    if (end > h->len) end = h->len;
    if (start < 0) start = 0;
    if (end - start < n->len) return -1;
    if (n->len == 0) return dir < 0 ? end : start;
    if (n->kind > h->kind) return -1;  /* canonical form: a wide char never occurs in a narrow string */
    int64_t last = end - n->len;
    if (n->len == 1 && h->kind == 1) {
        uint8_t c = n->data[0];
        if (dir >= 0) {
            const uint8_t *p = memchr(h->data + start, c, (size_t)(end - start));
            return p ? p - h->data : -1;
        }
        for (int64_t i = end - 1; i >= start; i--) if (h->data[i] == c) return i;   /* budget */
        return -1;
    }
    if (n->len >= TW_MIN) {
        const uint8_t *base = h->data + start * h->kind;
        int64_t k = str_twoway(base, h->kind, end - start, n->data, n->kind, n->len, dir < 0);
        if (k < 0) return -1;
        return dir < 0 ? end - n->len - k : start + k;
    }
    if (dir >= 0) {
        if (h->kind == 1 && n->kind == 1) {
            const uint8_t *p = h->data + start, *stop = h->data + last;
            uint8_t first = n->data[0];
            while (p <= stop) {   /* budget */
                p = memchr(p, first, (size_t)(stop - p) + 1);
                if (!p) return -1;
                if (memcmp(p, n->data, (size_t)n->len) == 0) return p - h->data;
                p++;
            }
            return -1;
        }
        uint32_t first = str_char(n, 0);
        for (int64_t i = start; i <= last; i++)   /* budget */
            if (str_char(h, i) == first && str_match_at(h, i, n)) return i;
    } else {
        uint32_t first = str_char(n, 0);
        for (int64_t i = last; i >= start; i--)   /* budget */
            if (str_char(h, i) == first && str_match_at(h, i, n)) return i;
    }
    return -1;
}

int64_t str_count_sub(Value hay, Value needle, int64_t start, int64_t end, int64_t max) {
    const Str *h = str_ptr(hay), *n = str_ptr(needle);
    if (end > h->len) end = h->len;
    if (start < 0) start = 0;
    if (end - start < n->len) return 0;
    if (n->len == 0) {
        int64_t c = end - start + 1;
        return max >= 0 && c > max ? max : c;
    }
    int64_t count = 0;
    if (n->len == 1 && h->kind == 1 && n->kind == 1 && max < 0) {
        const uint8_t *p = h->data + start, *e = h->data + end;
        uint8_t c = n->data[0];
        for (; p < e; p++) count += *p == c;   /* budget */
        return count;
    }
    while (max < 0 || count < max) {   /* budget */
        int64_t i = str_find_sub(hay, needle, start, end, 1);
        if (i < 0) break;
        count++;
        start = i + n->len;
    }
    return count;
}

/* ------------------------------------------------------------------ */
/* type slots                                                          */

static Value str_repr_slot(Realm *r, Value v) { return str_repr(r, v); }
static Value str_str_slot(Realm *r, Value v) { return str_exact(r, v); }
static int64_t str_hash_slot(Realm *r, Value v) { return str_hash(r, v); }
static int64_t str_len_slot(Realm *r, Value v) { return str_ptr(v)->len; }
static int str_truth_slot(Realm *r, Value v) { return str_ptr(v)->len != 0; }

static Value str_richcmp(Realm *r, Value a, Value b, int op) {
    if (!str_check(a) || !str_check(b)) return r->notimpl;
    if (op == CMP_EQ) return v_bool(str_eq(a, b));
    if (op == CMP_NE) return v_bool(!str_eq(a, b));
    int c = str_cmp(a, b);
    switch (op) {
    case CMP_LT: return v_bool(c < 0);
    case CMP_LE: return v_bool(c <= 0);
    case CMP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

static Value str_getitem(Realm *r, Value sv, Value k) {
    Str *s = str_ptr(sv);
    if (v_is_int(k) || (v_type(r, k) != r->t_slice && v_type(r, k)->index)) {
        int64_t i = str_index_value(r, k);
        if (i < 0) i += s->len;
        if (i < 0 || i >= s->len) err_index(r, "string index out of range");
        return str_from_char(r, str_char(s, i));
    }
    if (v_is_obj(k) && v_type(r, k) == r->t_slice) {
        int64_t start, stop, step;
        int64_t n = slice_indices(r, k, s->len, &start, &stop, &step);
        if (n <= 0) return r->empty_str;
        if (step == 1) return str_substr(r, sv, start, start + n);
        s = str_ptr(sv);
        if (s->kind == 1) {
            Value v = str_alloc(r, n, 1);
            Str *d = str_ptr(v);
            s = str_ptr(sv);
            for (int64_t i = 0; i < n; i++) d->data[i] = s->data[start + i * step];
            str_set_ascii(d);
            return v;
        }
        StrBuf b;
        strbuf_init(r, &b);
        for (int64_t i = 0; i < n; i++) strbuf_add_char(&b, str_char(str_ptr(sv), start + i * step));
        return strbuf_finish(&b);
    }
    err_type(r, "string indices must be integers, not '%s'", v_type(r, k)->name);
}

static int str_contains_slot(Realm *r, Value sv, Value item) {
    if (!str_check(item))
        err_type(r, "'in <string>' requires string as left operand, not %T", item);
    limits_count(r, 1 + (uint64_t)str_ptr(sv)->len / 64);
    return str_find_sub(sv, item, 0, str_ptr(sv)->len, 1) >= 0;
}

bool str_defer_to(Realm *r, Value other, Value rname) {
    Type *t = v_type(r, other);
    return (t->flags & TF_HEAPTYPE) && type_lookup(r, t, rname) != V_NULL;
}

static Value str_add_slot(Realm *r, Value a, Value b) {
    if (str_check(a) && str_check(b)) return str_concat(r, a, b);
    if (!str_check(a)) return r->notimpl;
    /* CPython tries the other operand's __radd__ before str's sequence
     * concatenation: defer to a class that defines one. */
    if (str_defer_to(r, b, NM(r, __radd__))) return r->notimpl;
    err_type(r, "can only concatenate str (not \"%s\") to str", v_type(r, b)->name);
}

static Value str_repeat(Realm *r, Value sv, int64_t n) {
    Str *s = str_ptr(sv);
    if (n <= 0 || s->len == 0) return r->empty_str;
    if (n == 1) return str_exact(r, sv);
    int64_t total;
    if (__builtin_mul_overflow(s->len, n, &total)) err_overflow(r, "repeated string is too long");
    Value v = str_alloc(r, total, s->kind);
    Str *d = str_ptr(v);
    s = str_ptr(sv);
    size_t unit = (size_t)s->len * s->kind;
    if (s->len == 1 && s->kind == 1) memset(d->data, s->data[0], (size_t)n);
    else {
        /* doubling copy: O(log n) memcpy calls */
        memcpy(d->data, s->data, unit);
        size_t done = unit, all = (size_t)total * s->kind;
        while (done < all) {   /* budget */
            size_t k = done < all - done ? done : all - done;
            memcpy(d->data + done, d->data, k);
            done += k;
        }
    }
    d->ascii = s->ascii;
    return v;
}

static Value str_mul_slot(Realm *r, Value a, Value b) {
    Value s = str_check(a) ? a : b, n = str_check(a) ? b : a;
    if (!str_check(s)) return r->notimpl;
    if (v_is_int(n)) return str_repeat(r, s, v_as_small(n));
    if (v_type(r, n)->index) {
        Value i = num_index(r, n);
        int64_t k;
        if (!int_to_i64(r, i, &k)) {
            err_overflow(r, "cannot fit 'int' into an index-sized integer");
        }
        return str_repeat(r, s, k);
    }
    if (str_check(n)) err_type(r, "can't multiply sequence by non-int of type '%s'", v_type(r, n)->name);
    if (str_defer_to(r, n, NM(r, __rmul__))) return r->notimpl;
    err_type(r, "can't multiply sequence by non-int of type '%s'", v_type(r, n)->name);
}

static Value str_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Value a[3];
    arg_parse(r, "str", args, nargs, kwnames, 0, 0, names, a);
    Value res;
    if (a[0] == V_NULL) res = r->empty_str;
    else if (a[1] == V_NULL && a[2] == V_NULL) res = op_str(r, a[0]);
    else {
        if (a[1] != V_NULL && !str_check(a[1]))
            err_type(r, "str() argument 'encoding' must be str, not %T", a[1]);   /* "NoneType" here, as CPython */
        if (a[2] != V_NULL && !str_check(a[2]))
            err_type(r, "str() argument 'errors' must be str, not %T", a[2]);
        if (str_check(a[0])) err_type(r, "decoding str is not supported");
        int64_t n;
        const uint8_t *d = bytes_buffer(r, a[0], &n);
        if (!d) err_type(r, "decoding to str: need a bytes-like object, %T found", a[0]);
        int codec = codec_lookup(r, a[1]);
        /* a bytes object: the decoder may run Python code, and bytearray data can move */
        Value src = bytes_check(r, a[0]) ? a[0] : bytes_new(r, d, (size_t)n);
        res = codec_decode(r, codec, src, a[2]);
    }
    if (t == r->t_str) return res;
    Str *s = str_ptr(res);
    Value v = str_alloc_type(r, t, s->len, s->kind);
    s = str_ptr(res);
    memcpy(str_ptr(v)->data, s->data, (size_t)s->len * s->kind);
    str_ptr(v)->ascii = s->ascii;
    return v;
}

/* ---- iterator ---- */

typedef struct StrIter { Obj hdr; Value s; int64_t i; } StrIter;

static void striter_trace(Realm *r, Obj *o) { heap_mark(r, ((StrIter *)o)->s); }

static Value str_iter_slot(Realm *r, Value sv) {
    /* CPython 3.13 names the iterator of an ASCII string str_ascii_iterator */
    Type *t = str_ptr(sv)->ascii ? r->t_str_ascii_iterator : r->t_str_iterator;
    StrIter *it = (StrIter *)heap_alloc(r, t, sizeof(StrIter));
    it->s = sv;
    return v_from_obj(it);
}

static Value striter_self(Realm *r, Value it) { return it; }

static Value striter_next(Realm *r, Value v) {
    StrIter *it = (StrIter *)v_obj(v);
    if (it->s == V_NULL) return V_NULL;
    Str *s = str_ptr(it->s);
    if (it->i >= s->len) { it->s = V_NULL; return V_NULL; }
    return str_from_char(r, str_char(s, it->i++));
}

static Value striter_length_hint(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__length_hint__", nargs - 1, kwnames, 0, 0);
    StrIter *it = (StrIter *)v_obj(args[0]);
    return v_small(it->s == V_NULL ? 0 : str_ptr(it->s)->len - it->i);
}

static const MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0},
    {NULL, NULL, 0},
};

/* ---- dunder methods: the slots seen from Python (str.__eq__(a, b),
 * super().__new__(cls, x) in subclasses) ---- */

static void str_self_check(Realm *r, const char *name, Value *args, size_t nargs) {
    if (nargs < 1 || !str_check(args[0]))
        err_type(r, "descriptor '%s' requires a 'str' object but received a '%s'", name,
                 nargs < 1 ? "NoneType" : v_type(r, args[0])->name);
}

#define STR_CMP_DUNDER(fn, nm, op) \
    static Value fn(Realm *r, Value *args, size_t nargs, Value kw) { \
        str_self_check(r, nm, args, nargs); \
        arg_count(r, nm, nargs - 1, kw, 1, 1); \
        return str_richcmp(r, args[0], args[1], op); \
    }
STR_CMP_DUNDER(str_eq_m, "__eq__", CMP_EQ)
STR_CMP_DUNDER(str_ne_m, "__ne__", CMP_NE)
STR_CMP_DUNDER(str_lt_m, "__lt__", CMP_LT)
STR_CMP_DUNDER(str_le_m, "__le__", CMP_LE)
STR_CMP_DUNDER(str_gt_m, "__gt__", CMP_GT)
STR_CMP_DUNDER(str_ge_m, "__ge__", CMP_GE)
#undef STR_CMP_DUNDER

static Value str_hash_m(Realm *r, Value *args, size_t nargs, Value kw) {
    str_self_check(r, "__hash__", args, nargs);
    arg_count(r, "__hash__", nargs - 1, kw, 0, 0);
    return int_from_i64(r, str_hash(r, args[0]));
}
static Value str_len_m(Realm *r, Value *args, size_t nargs, Value kw) {
    str_self_check(r, "__len__", args, nargs);
    arg_count(r, "__len__", nargs - 1, kw, 0, 0);
    return int_from_i64(r, str_ptr(args[0])->len);
}
static Value str_getitem_m(Realm *r, Value *args, size_t nargs, Value kw) {
    str_self_check(r, "__getitem__", args, nargs);
    arg_count(r, "__getitem__", nargs - 1, kw, 1, 1);
    return str_getitem(r, args[0], args[1]);
}
static Value str_contains_m(Realm *r, Value *args, size_t nargs, Value kw) {
    str_self_check(r, "__contains__", args, nargs);
    arg_count(r, "__contains__", nargs - 1, kw, 1, 1);
    return v_bool(str_contains_slot(r, args[0], args[1]));
}
static Value str_add_m(Realm *r, Value *args, size_t nargs, Value kw) {
    str_self_check(r, "__add__", args, nargs);
    arg_count(r, "__add__", nargs - 1, kw, 1, 1);
    if (!str_check(args[1]))
        err_type(r, "can only concatenate str (not \"%s\") to str", v_type(r, args[1])->name);
    return str_concat(r, args[0], args[1]);
}
static Value str_mul_m(Realm *r, Value *args, size_t nargs, Value kw) {
    str_self_check(r, "__mul__", args, nargs);
    arg_count(r, "__mul__", nargs - 1, kw, 1, 1);
    if (!v_is_int(args[1]) && !v_type(r, args[1])->index)
        err_type(r, "'%s' object cannot be interpreted as an integer", v_type(r, args[1])->name);
    return str_mul_slot(r, args[0], args[1]);
}
static Value str_iter_m(Realm *r, Value *args, size_t nargs, Value kw) {
    str_self_check(r, "__iter__", args, nargs);
    arg_count(r, "__iter__", nargs - 1, kw, 0, 0);
    return str_iter_slot(r, args[0]);
}
static Value str_repr_m(Realm *r, Value *args, size_t nargs, Value kw) {
    str_self_check(r, "__repr__", args, nargs);
    arg_count(r, "__repr__", nargs - 1, kw, 0, 0);
    return str_repr(r, args[0]);
}
static Value str_str_m(Realm *r, Value *args, size_t nargs, Value kw) {
    str_self_check(r, "__str__", args, nargs);
    arg_count(r, "__str__", nargs - 1, kw, 0, 0);
    return str_exact(r, args[0]);
}
static Value str_new_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1) err_type(r, "str.__new__(): not enough arguments");
    if (!v_is_obj(args[0]) || !(v_obj(args[0])->type->flags & TF_TYPE_SUB))
        err_type(r, "str.__new__(X): X is not a type object (%T)", args[0]);
    Type *t = (Type *)v_obj(args[0]);
    if (!type_is_subtype(t, r->t_str))
        err_type(r, "str.__new__(%s): %s is not a subtype of str", t->name, t->name);
    return str_new_slot(r, t, args + 1, nargs - 1, kw);
}

static const MethodDef str_dunders[] = {
    {"__new__", str_new_m, NF_STATICMETHOD},
    {"__eq__", str_eq_m, 0}, {"__ne__", str_ne_m, 0}, {"__lt__", str_lt_m, 0},
    {"__le__", str_le_m, 0}, {"__gt__", str_gt_m, 0}, {"__ge__", str_ge_m, 0},
    {"__hash__", str_hash_m, 0}, {"__len__", str_len_m, 0}, {"__getitem__", str_getitem_m, 0},
    {"__contains__", str_contains_m, 0}, {"__add__", str_add_m, 0}, {"__mul__", str_mul_m, 0},
    {"__rmul__", str_mul_m, 0}, {"__iter__", str_iter_m, 0}, {"__repr__", str_repr_m, 0},
    {"__str__", str_str_m, 0},
    {NULL, NULL, 0},
};

void str_init_type(Realm *r) {
    /* one-character strings and '' first: constructors return them */
    r->empty_str = str_alloc(r, 0, 1);
    str_ptr(r->empty_str)->ascii = 1;
    for (int c = 0; c < 256; c++) {
        Value v = str_alloc(r, 1, 1);
        str_ptr(v)->data[0] = (uint8_t)c;
        str_ptr(v)->ascii = c < 128;
        r->latin1[c] = v;
    }
    Type *t = r->t_str;
    t->basicsize = sizeof(Str);
    t->flags |= TF_BASETYPE | TF_STR_SUB | TF_IMMUTABLE;
    t->new_ = str_new_slot;
    t->repr = str_repr_slot;
    t->str = str_str_slot;
    t->hash = str_hash_slot;
    t->richcmp = str_richcmp;
    t->iter = str_iter_slot;
    t->len = str_len_slot;
    t->getitem = str_getitem;
    t->contains = str_contains_slot;
    t->truth = str_truth_slot;
    t->nb[NB_ADD] = str_add_slot;
    t->nb[NB_MUL] = str_mul_slot;
    t->nb[NB_MOD] = str_mod;
    str_add_methods(r, t);
    type_add_methods(r, t, str_dunders);

    Type *its[2] = {r->t_str_iterator, r->t_str_ascii_iterator};
    for (int k = 0; k < 2; k++) {
        Type *it = its[k];
        it->basicsize = sizeof(StrIter);
        it->flags |= TF_IMMUTABLE;
        it->trace = striter_trace;
        it->iter = striter_self;
        it->next = striter_next;
        type_add_methods(r, it, striter_methods);
    }
}
