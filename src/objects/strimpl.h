/* strimpl: helpers shared by str.c, str_methods.c, format.c and bytes.c.
 * Not part of the public object API (objects.h). */
#ifndef ASP_STRIMPL_H
#define ASP_STRIMPL_H

#include "objects/objects.h"

static inline bool str_check(Value v) {
    return v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB);
}
static inline Str *str_ptr(Value v) { return (Str *)v_obj(v); }
static inline int64_t str_len(Value v) { return str_ptr(v)->len; }
static inline bool bytes_check(Realm *r, Value v) {
    return v_is_obj(v) && (v_obj(v)->type->flags & TF_BYTES_SUB);
}
static inline Bytes *bytes_ptr(Value v) { return (Bytes *)v_obj(v); }

/* str.c */
/* A fresh exact str of len code points of the given kind (1 or 4), hash -1,
 * data uninitialised except the terminating NUL unit.  The caller fills it
 * and must keep the canonical form (kind 4 only if some code point >= 256)
 * and set `ascii`. */
Value str_alloc(Realm *r, int64_t len, int kind);
/* True if `other` is an instance of a Python class defining rname (__radd__,
 * __rmul__): sequence concatenation/repetition then returns NotImplemented
 * so the VM tries the reflected method, as CPython's ordering does. */
bool str_defer_to(Realm *r, Value other, Value rname);
/* Sets the ascii flag of a kind-1 str from its data. */
void str_set_ascii(Str *s);
/* s[start:stop] (0 <= start <= stop <= len), narrowed. */
Value str_substr(Realm *r, Value s, int64_t start, int64_t stop);
/* The single-character string for cp. */
Value str_from_char(Realm *r, uint32_t cp);
/* Exact-str copy of a str subclass instance (or s itself if exact). */
Value str_exact(Realm *r, Value s);
/* Finds needle in hay[start:end); returns index or -1.  dir < 0: last. */
int64_t str_find_sub(Value hay, Value needle, int64_t start, int64_t end, int dir);
/* Two-way search of x (m units of kind xkind) in h (hn units of kind hkind):
 * first match index, or -1; rev searches from the end (the index returned is
 * then counted from the end: the match starts at hn - m - result). */
int64_t str_twoway(const uint8_t *h, int hkind, int64_t hn, const uint8_t *x, int xkind, int64_t m, bool rev);
/* Counts non-overlapping occurrences. */
int64_t str_count_sub(Value hay, Value needle, int64_t start, int64_t end, int64_t max);
/* Requires a str argument or raises TypeError "<what> must be str, not T"
 * with CPython's method-specific wording supplied by the caller. */
Value str_arg(Realm *r, Value v, const char *fmt);
/* Normalises start/end like CPython's ADJUST_INDICES (V_NULL / None = default). */
void str_adjust_range(Realm *r, Value vstart, Value vend, int64_t len, int64_t *start, int64_t *end);

/* StrBuf direct access. */
static inline uint8_t *strbuf_bytes(StrBuf *b) { return ((Str *)(void *)b->data)->data; }
/* Makes room for `extra` more units of the given kind (1 or 4). */
void strbuf_grow(StrBuf *b, int64_t extra, int kind);
void strbuf_add_substr(StrBuf *b, Value s, int64_t start, int64_t stop);
void strbuf_add_repeat(StrBuf *b, uint32_t cp, int64_t n);

/* str_methods.c */
void str_add_methods(Realm *r, Type *t);
Value str_mod(Realm *r, Value a, Value b);   /* nb[NB_MOD] slot */
/* format.c: bytes % args (fmt: bytes or bytearray); returns bytes. */
Value bytes_percent(Realm *r, Value fmt, Value args);

/* format.c */
Value str_format_method(Realm *r, Value *args, size_t nargs, Value kwnames);
Value str_format_map_method(Realm *r, Value *args, size_t nargs, Value kwnames);
Value str_dunder_format(Realm *r, Value *args, size_t nargs, Value kwnames);

/* bytes.c */
typedef struct ByteArray {
    Obj hdr;
    int64_t len, cap;
    uint8_t *data;        /* heap_raw buffer of cap bytes, or NULL */
    int64_t exports;      /* live memoryviews: the length may not change while > 0 */
} ByteArray;
static inline ByteArray *ba_ptr(Value v) { return (ByteArray *)v_obj(v); }

Value bytes_from_object(Realm *r, Value v);   /* bytes(v) for buffers/iterables/ints */
/* memoryview.c */
Value memview_new(Realm *r, Value obj);      /* memoryview(obj) */
bool memview_check(Realm *r, Value v);
/* The bytes of a contiguous view, or NULL for a strided one; ValueError if released. */
const uint8_t *memview_buffer(Realm *r, Value v, int64_t *len);
Value memview_tobytes(Realm *r, Value v);
/* __buffer__ / __release_buffer__ methods shared by bytes, bytearray and memoryview */
Value memview_dunder_buffer(Realm *r, Value *args, size_t nargs, Value kwnames);
Value memview_dunder_release_buffer(Realm *r, Value *args, size_t nargs, Value kwnames);    /* a copy of the view's bytes, any layout */

/* The data of a bytes-like object (bytes, bytearray, contiguous memoryview),
 * or NULL if v is not one. */
const uint8_t *bytes_buffer(Realm *r, Value v, int64_t *len);

/* One UTF-8 sequence at p[0..avail): its length, or minus the length of the
 * invalid prefix with CPython's reason (str.c; the utf-8 codec uses it too). */
int64_t str_utf8_seq(const uint8_t *p, size_t avail, bool allow_surr, uint32_t *cp, const char **reason);

#endif
