/* memoryview: one-dimensional views over the bytes of a bytes or bytearray
 * object, and their iterator.
 *
 * Invariants:
 *  - `base` is the object whose bytes are viewed (bytes or bytearray, never
 *    a memoryview: a view of a view, or a slice, refers to the same base),
 *    traced, so the buffer lives as long as any view of it.
 *  - Item k of the view is at byte offset start + k * step of the base's
 *    current data (itemsize bytes); the data pointer is fetched afresh on
 *    every access because a bytearray's buffer can move when it grows.
 *  - A view of a bytearray counts as one export of it (ByteArray.exports)
 *    until released (release(), the with-statement, or finalisation by the
 *    collector); while exports > 0 the bytearray cannot change its length,
 *    so every offset of a live view stays in bounds.  Checks below still
 *    bound every access by the base's current length.
 *  - A released view has released = true and raises ValueError on use. */
#include <string.h>
#include "objects/strimpl.h"
#include "core/heap.h"
#include "core/limits.h"
#include "core/siphash.h"
#include "vm/ops.h"

typedef struct MemView {
    Obj hdr;
    Value base;           /* bytes or bytearray */
    int64_t start;        /* byte offset of item 0 in the base */
    int64_t len;          /* number of items */
    int64_t step;         /* byte distance between items (may be negative) */
    int64_t hash;         /* -1: not computed */
    int itemsize;
    char fmt;             /* struct format character of the items */
    bool readonly, released;
    bool exported;        /* counted in the base bytearray's exports (decided once, at
                           * creation: the finaliser must not look at types) */
    bool shaped;          /* cast with an explicit shape: kept for .shape only */
} MemView;

typedef struct MemIter { Obj hdr; Value view; int64_t i; } MemIter;

static inline MemView *mv_ptr(Value v) { return (MemView *)v_obj(v); }

static bool mv_check(Realm *r, Value v) {
    return v_is_obj(v) && type_is_subtype(v_obj(v)->type, r->t_memoryview);
}

static void mv_trace(Realm *r, Obj *o) { heap_mark(r, ((MemView *)o)->base); }

static bool mv_base_is_ba(Realm *r, Value base) {
    return type_is_subtype(v_obj(base)->type, r->t_bytearray);
}

static void mv_unexport(Realm *r, MemView *m) {
    if (m->released) return;
    m->released = true;
    if (m->exported && ba_ptr(m->base)->exports > 0) ba_ptr(m->base)->exports--;
    m->exported = false;
}

/* The collector runs finalisers while the memory of every unreachable
 * object is still intact, so the base's count can be updated even if it dies
 * in the same cycle (its type may already be finalised: not consulted). */
static void mv_finalize(Realm *r, Obj *o) { mv_unexport(r, (MemView *)o); }

static void mv_live(Realm *r, MemView *m) {
    if (m->released) err_value(r, "operation forbidden on released memoryview object");
}

/* Current data of the base and its length. */
static uint8_t *mv_base_data(Realm *r, MemView *m, int64_t *blen) {
    if (mv_base_is_ba(r, m->base)) {
        ByteArray *a = ba_ptr(m->base);
        *blen = a->len;
        return a->data ? a->data : (uint8_t *)bytes_ptr(r->empty_bytes)->data;
    }
    *blen = bytes_ptr(m->base)->len;
    return bytes_ptr(m->base)->data;
}

/* Address of item k (0 <= k < len), bounds-checked against the base. */
static uint8_t *mv_item_ptr(Realm *r, MemView *m, int64_t k) {
    int64_t blen;
    uint8_t *d = mv_base_data(r, m, &blen);
    int64_t off = m->start + k * m->step;   /* |k * step| <= base length: no overflow */
    if (off < 0 || off > blen - m->itemsize)
        err_format(r, EXC(r, SystemError), "memoryview: buffer out of bounds");
    return d + off;
}

static int mv_fmt_size(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

static bool mv_is_byte_fmt(char f) { return f == 'B' || f == 'b' || f == 'c'; }

static Value mv_new_view(Realm *r, Value base, bool readonly) {
    MemView *m = (MemView *)heap_alloc(r, r->t_memoryview, sizeof(MemView));
    m->base = base;
    m->itemsize = 1;
    m->fmt = 'B';
    m->step = 1;
    m->hash = -1;
    m->readonly = readonly;
    if (mv_base_is_ba(r, base)) {
        m->len = ba_ptr(base)->len;
        ba_ptr(base)->exports++;
        m->exported = true;
    } else m->len = bytes_ptr(base)->len;
    return v_from_obj(m);
}

/* A new view sharing m's base (registered as one more export). */
static Value mv_derive(Realm *r, MemView *m) {
    Value v = mv_new_view(r, m->base, m->readonly);
    m = NULL;
    return v;
}

Value memview_new(Realm *r, Value obj) {
    if (mv_check(r, obj)) {
        MemView *src = mv_ptr(obj);
        mv_live(r, src);
        Value v = mv_derive(r, src);
        MemView *d = mv_ptr(v);
        src = mv_ptr(obj);
        d->start = src->start; d->len = src->len; d->step = src->step;
        d->itemsize = src->itemsize; d->fmt = src->fmt; d->shaped = src->shaped;
        return v;
    }
    if (v_is_obj(obj) && ((v_obj(obj)->type->flags & TF_BYTES_SUB) || mv_base_is_ba(r, obj)))
        return mv_new_view(r, obj, !mv_base_is_ba(r, obj));
    err_type(r, "memoryview: a bytes-like object is required, not '%T'", obj);
}

static Value mv_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object", NULL};
    Value a[1];
    arg_parse(r, "memoryview", args, nargs, kwnames, 0, 1, names, a);
    return memview_new(r, a[0]);
}

/* ---- items ---- */

static Value mv_unpack(Realm *r, MemView *m, const uint8_t *p) {
    union { int8_t i8; uint8_t u8; int16_t i16; uint16_t u16; int32_t i32; uint32_t u32;
            int64_t i64; uint64_t u64; float f; double d; } u;
    memcpy(&u, p, (size_t)m->itemsize);
    switch (m->fmt) {
    case 'B': return v_small(u.u8);
    case 'b': return v_small(u.i8);
    case 'c': return bytes_new(r, p, 1);
    case '?': return v_bool(u.u8 != 0);
    case 'h': return v_small(u.i16);
    case 'H': return v_small(u.u16);
    case 'i': return v_small(u.i32);
    case 'I': return int_from_i64(r, u.u32);
    case 'f': return v_from_double(u.f);
    case 'd': return v_from_double(u.d);
    case 'l': case 'q': case 'n': return int_from_i64(r, u.i64);
    default: return int_from_u64(r, u.u64);
    }
}

_Noreturn static void mv_bad_value(Realm *r, MemView *m, bool type) {
    if (type) err_type(r, "memoryview: invalid type for format '%c'", m->fmt);
    err_value(r, "memoryview: invalid value for format '%c'", m->fmt);
}

/* Packs x into out (itemsize bytes) per the format. */
static void mv_pack(Realm *r, MemView *m, Value x, uint8_t *out) {
    char f = m->fmt;
    if (f == 'c') {
        if (!bytes_check(r, x)) mv_bad_value(r, m, true);
        if (bytes_ptr(x)->len != 1) mv_bad_value(r, m, false);
        out[0] = bytes_ptr(x)->data[0];
        return;
    }
    if (f == '?') { out[0] = op_truth(r, x) ? 1 : 0; return; }
    if (f == 'f' || f == 'd') {
        if (!float_check(r, x) && !v_is_int(x) && !v_type(r, x)->index &&
            !v_type(r, x)->to_float)
            mv_bad_value(r, m, true);
        double d = float_as_double(r, x);
        if (f == 'f') { float fl = (float)d; memcpy(out, &fl, 4); }
        else memcpy(out, &d, 8);
        return;
    }
    if (!v_is_int(x) && !v_type(r, x)->index) mv_bad_value(r, m, true);
    Value iv = v_is_int(x) ? x : num_index(r, x);
    bool sgn = f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
    int64_t v;
    if (!sgn && (f == 'L' || f == 'Q' || f == 'N' || f == 'P')) {
        if (int_sign(r, iv) < 0) mv_bad_value(r, m, false);
        uint64_t u = 0;
        /* values up to 2**64-1: split in two halves */
        if (!int_to_i64(r, iv, &v)) {
            Value hi = op_binary(r, NB_RSHIFT, iv, v_small(32));
            int64_t h;
            if (!int_to_i64(r, hi, &h) || h > 0xFFFFFFFFLL) mv_bad_value(r, m, false);
            int64_t lo = int_as_i64(r, op_binary(r, NB_AND, iv, int_from_i64(r, 0xFFFFFFFFLL)));
            u = (uint64_t)h << 32 | (uint64_t)lo;
        } else u = (uint64_t)v;
        memcpy(out, &u, 8);
        return;
    }
    if (!int_to_i64(r, iv, &v)) mv_bad_value(r, m, false);
    int64_t lo, hi;
    switch (f) {
    case 'B': lo = 0; hi = 0xFF; break;
    case 'b': lo = -128; hi = 127; break;
    case 'h': lo = -32768; hi = 32767; break;
    case 'H': lo = 0; hi = 0xFFFF; break;
    case 'i': lo = INT32_MIN; hi = INT32_MAX; break;
    case 'I': lo = 0; hi = 0xFFFFFFFFLL; break;
    default: lo = INT64_MIN; hi = INT64_MAX; break;
    }
    if (v < lo || v > hi) mv_bad_value(r, m, false);
    uint64_t u = (uint64_t)v;
    for (int i = 0; i < m->itemsize; i++) out[i] = (uint8_t)(u >> (8 * i));   /* little-endian */
}

static int64_t mv_index(Realm *r, MemView *m, Value k) {
    int64_t i;
    if (v_is_int(k)) i = v_as_small(k);
    else i = int_as_ssize(r, num_index(r, k));
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) err_index(r, "index out of bounds on dimension 1");
    return i;
}

static bool mv_is_index(Realm *r, Value k) {
    return v_is_int(k) || (v_is_obj(k) && v_type(r, k) != r->t_slice && v_type(r, k)->index);
}

/* A tuple key: CPython's checks for a one-dimensional view.  Returns the
 * index of a 1-tuple holding an index; raises otherwise. */
static Value mv_tuple_key(Realm *r, Value k, bool assign) {
    Tuple *t = tuple_ptr(k);
    if (t->len == 0) err_format(r, EXC(r, NotImplementedError), "sub-views are not implemented");
    bool all_index = true, all_slice = true;
    for (int64_t i = 0; i < t->len; i++) {
        if (!mv_is_index(r, t->items[i])) all_index = false;
        if (!(v_is_obj(t->items[i]) && v_type(r, t->items[i]) == r->t_slice)) all_slice = false;
    }
    if (all_index) {
        if (t->len == 1) return t->items[0];
        err_type(r, "cannot index 1-dimension view with %lld-element tuple", (long long)t->len);
    }
    if (all_slice)
        err_format(r, EXC(r, NotImplementedError), assign
                   ? "memoryview slice assignments are currently restricted to ndim = 1"
                   : "multi-dimensional slicing is not implemented");
    err_type(r, "memoryview: invalid slice key");
}

static Value mv_getitem(Realm *r, Value v, Value k) {
    MemView *m = mv_ptr(v);
    mv_live(r, m);
    if (v_is_obj(k) && v_type(r, k) == r->t_tuple) k = mv_tuple_key(r, k, false);
    if (mv_is_index(r, k)) {
        int64_t i = mv_index(r, m, k);
        m = mv_ptr(v);
        return mv_unpack(r, m, mv_item_ptr(r, m, i));
    }
    if (v_is_obj(k) && v_type(r, k) == r->t_slice) {
        int64_t start, stop, step;
        int64_t cnt = slice_indices(r, k, mv_ptr(v)->len, &start, &stop, &step);
        Value nv = mv_derive(r, mv_ptr(v));
        MemView *d = mv_ptr(nv), *s = mv_ptr(v);
        d->itemsize = s->itemsize;
        d->fmt = s->fmt;
        d->len = cnt < 0 ? 0 : cnt;
        /* with two or more items |step| < len, so the products fit; a huge
         * step selects at most one item and its stride never matters */
        d->start = d->len ? s->start + start * s->step : s->start;
        d->step = d->len >= 2 ? s->step * step : s->step;
        return nv;
    }
    err_type(r, "memoryview: invalid slice key");
}

/* The bytes of a view as a contiguous copy (a bytes object). */
static Value mv_tobytes(Realm *r, Value v) {
    MemView *m = mv_ptr(v);
    mv_live(r, m);
    int64_t n;
    if (__builtin_mul_overflow(m->len, (int64_t)m->itemsize, &n)) err_no_memory(r);
    if (m->step == m->itemsize || m->len <= 1) {
        if (m->len == 0) return bytes_new(r, NULL, 0);
        return bytes_new(r, mv_item_ptr(r, m, 0), (size_t)n);
    }
    Value b = bytes_alloc(r, (size_t)n);
    m = mv_ptr(v);
    uint8_t *o = bytes_ptr(b)->data;
    limits_count(r, (uint64_t)m->len / 16 + 1);
    for (int64_t k = 0; k < m->len; k++)   /* budget: counted above */
        memcpy(o + k * m->itemsize, mv_item_ptr(r, m, k), (size_t)m->itemsize);
    return b;
}

static void mv_setitem(Realm *r, Value v, Value k, Value x) {
    MemView *m = mv_ptr(v);
    mv_live(r, m);
    if (m->readonly) err_type(r, "cannot modify read-only memory");
    if (x == V_NULL) err_type(r, "cannot delete memory");
    if (v_is_obj(k) && v_type(r, k) == r->t_tuple) k = mv_tuple_key(r, k, true);
    if (mv_is_index(r, k)) {
        int64_t i = mv_index(r, m, k);
        uint8_t tmp[8];
        mv_pack(r, mv_ptr(v), x, tmp);
        m = mv_ptr(v);
        mv_live(r, m);
        if (i >= m->len) err_index(r, "index out of bounds on dimension 1");
        memcpy(mv_item_ptr(r, m, i), tmp, (size_t)m->itemsize);
        return;
    }
    if (!(v_is_obj(k) && v_type(r, k) == r->t_slice)) err_type(r, "memoryview: invalid slice key");
    /* the source: another view (same format and item count) or bytes-like */
    Value src;
    char sfmt = 'B';
    int64_t scount;
    if (mv_check(r, x)) {
        mv_live(r, mv_ptr(x));
        sfmt = mv_ptr(x)->fmt;
        scount = mv_ptr(x)->len;
        src = mv_tobytes(r, x);
    } else {
        int64_t n;
        const uint8_t *d = bytes_buffer(r, x, &n);
        if (!d) err_type(r, "a bytes-like object is required, not '%T'", x);
        src = bytes_new(r, d, (size_t)n);   /* a copy: x may be the same buffer */
        scount = n;
    }
    int64_t start, stop, step;
    m = mv_ptr(v);
    int64_t cnt = slice_indices(r, k, m->len, &start, &stop, &step);
    m = mv_ptr(v);
    if (cnt < 0) cnt = 0;
    bool same_fmt = sfmt == m->fmt || (mv_is_byte_fmt(sfmt) && sfmt != 'c' && m->fmt == 'B' && sfmt == 'B');
    if (!same_fmt || scount != cnt || (!mv_check(r, x) && m->itemsize != 1))
        err_value(r, "memoryview assignment: lvalue and rvalue have different structures");
    const uint8_t *sd = bytes_ptr(src)->data;
    for (int64_t i = 0; i < cnt; i++)   /* budget: bounded by the view */
        memcpy(mv_item_ptr(r, m, start + i * step), sd + i * m->itemsize, (size_t)m->itemsize);
}

static int64_t mv_len(Realm *r, Value v) {
    mv_live(r, mv_ptr(v));
    return mv_ptr(v)->len;
}

/* ---- comparison and hashing ---- */

static Value mv_richcmp(Realm *r, Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return r->notimpl;
    Value self = mv_check(r, a) ? a : b, other = mv_check(r, a) ? b : a;
    bool eq;
    if (mv_ptr(self)->released || (mv_check(r, other) && mv_ptr(other)->released))
        eq = self == other;   /* a released view equals only itself */
    else {
        MemView *m = mv_ptr(self);
        if (!mv_check(r, other)) {
            int64_t n;
            if (!bytes_buffer(r, other, &n)) return r->notimpl;
            other = memview_new(r, other);   /* compare as a 'B' view */
            m = mv_ptr(self);
        }
        MemView *o = mv_ptr(other);
        if (m->len != o->len) eq = false;
        else if (m->fmt == o->fmt && m->fmt != 'f' && m->fmt != 'd') {
            eq = true;
            for (int64_t k = 0; k < m->len && eq; k++)   /* budget: bounded by the views */
                eq = memcmp(mv_item_ptr(r, m, k), mv_item_ptr(r, o, k), (size_t)m->itemsize) == 0;
        } else {
            /* different formats (or floats, where 0.0 == -0.0 and nan != nan):
             * compare the unpacked values */
            eq = true;
            for (int64_t k = 0; k < m->len && eq; k++) {   /* budget: bounded by the views */
                Value x = mv_unpack(r, mv_ptr(self), mv_item_ptr(r, mv_ptr(self), k));
                Value y = mv_unpack(r, mv_ptr(other), mv_item_ptr(r, mv_ptr(other), k));
                eq = op_eq(r, x, y);
            }
        }
        if (!mv_check(r, b) || !mv_check(r, a)) mv_unexport(r, mv_ptr(other));   /* temporary view */
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t mv_hash(Realm *r, Value v) {
    MemView *m = mv_ptr(v);
    if (m->hash != -1) return m->hash;
    mv_live(r, m);
    if (!m->readonly) err_value(r, "cannot hash writable memoryview object");
    if (!mv_is_byte_fmt(m->fmt)) err_value(r, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    op_hash(r, m->base);   /* as CPython: the exporter must be hashable (not a bytearray) */
    Value b = mv_tobytes(r, v);
    int64_t h = op_hash(r, b);
    mv_ptr(v)->hash = h;
    return h;
}

/* ---- repr, iteration ---- */

static Value mv_repr(Realm *r, Value v) {
    Value idf = dict_get_cstr(r, r->builtins, "id");
    Value id = idf != V_NULL ? op_call1(r, idf, v) : v_small(0);
    Value hex = op_call2(r, dict_get_cstr(r, r->builtins, "format"), id, str_from_cstr(r, "#x"));
    return str_format(r, mv_ptr(v)->released ? "<released memory at %S>" : "<memory at %S>", hex);
}

static void memiter_trace(Realm *r, Obj *o) { heap_mark(r, ((MemIter *)o)->view); }

static Value mv_iter(Realm *r, Value v) {
    mv_live(r, mv_ptr(v));
    MemIter *it = (MemIter *)heap_alloc(r, r->t_memory_iterator, sizeof(MemIter));
    it->view = v;
    return v_from_obj(it);
}

static Value memiter_self(Realm *r, Value v) { return v; }

static Value memiter_next(Realm *r, Value v) {
    MemIter *it = (MemIter *)v_obj(v);
    if (it->view == V_NULL) return V_NULL;
    MemView *m = mv_ptr(it->view);
    mv_live(r, m);
    if (it->i >= m->len) { it->view = V_NULL; return V_NULL; }
    return mv_unpack(r, m, mv_item_ptr(r, m, it->i++));
}

/* ---- methods ---- */

#define MV_SELF(name) \
    if (nargs < 1 || !mv_check(r, args[0])) err_type(r, "descriptor '" name "' requires a 'memoryview' object")

static Value mv_tobytes_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    MV_SELF("tobytes");
    static const char *const names[] = {"order", NULL};
    Value a[1];
    arg_parse(r, "tobytes", args + 1, nargs - 1, kwnames, 0, 0, names, a);
    if (a[0] != V_NULL && a[0] != V_NONE) {
        if (!str_check(a[0])) err_type(r, "tobytes() argument 'order' must be str or None, not %T", a[0]);
        Str *s = str_ptr(a[0]);
        uint32_t c = s->len == 1 ? str_char(s, 0) : 0;
        if (c != 'C' && c != 'F' && c != 'A') err_value(r, "order must be 'C', 'F' or 'A'");
    }
    return mv_tobytes(r, args[0]);
}

static Value mv_tolist_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    MV_SELF("tolist");
    arg_count(r, "tolist", nargs - 1, kwnames, 0, 0);
    Value v = args[0];
    mv_live(r, mv_ptr(v));
    Value l = list_new(r, (size_t)mv_ptr(v)->len);
    for (int64_t k = 0; k < list_ptr(l)->len; k++) {   /* budget: bounded by the view */
        MemView *m = mv_ptr(v);
        Value x = mv_unpack(r, m, mv_item_ptr(r, m, k));
        list_ptr(l)->items[k] = x;
    }
    return l;
}

static Value mv_hex_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    MV_SELF("hex");
    Value b = mv_tobytes(r, args[0]);
    Value f = op_getattr(r, b, str_from_cstr(r, "hex"));
    return op_call(r, f, args + 1, nargs - 1, kwnames);
}

static Value mv_release_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    MV_SELF("release");
    arg_count(r, "release", nargs - 1, kwnames, 0, 0);
    mv_unexport(r, mv_ptr(args[0]));
    return V_NONE;
}

static Value mv_enter_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    MV_SELF("__enter__");
    arg_count(r, "__enter__", nargs - 1, kwnames, 0, 0);
    mv_live(r, mv_ptr(args[0]));
    return args[0];
}

static Value mv_exit_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    MV_SELF("__exit__");
    mv_unexport(r, mv_ptr(args[0]));
    return V_NONE;
}

static Value mv_toreadonly_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    MV_SELF("toreadonly");
    arg_count(r, "toreadonly", nargs - 1, kwnames, 0, 0);
    Value v = memview_new(r, args[0]);
    mv_ptr(v)->readonly = true;
    return v;
}

static Value mv_cast_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    MV_SELF("cast");
    static const char *const names[] = {"format", "shape", NULL};
    Value a[2];
    arg_parse(r, "cast", args + 1, nargs - 1, kwnames, 0, 1, names, a);
    if (!str_check(a[0])) err_type(r, "cast() argument 'format' must be str, not %T", a[0]);
    MemView *m = mv_ptr(args[0]);
    mv_live(r, m);
    Str *fs = str_ptr(a[0]);
    uint32_t fc = 0;
    if (fs->len == 1) fc = str_char(fs, 0);
    else if (fs->len == 2 && str_char(fs, 0) == '@') fc = str_char(fs, 1);
    int size = fc < 128 ? mv_fmt_size((char)fc) : 0;
    if (size == 0)
        err_value(r, "memoryview: destination format must be a native single character format "
                     "prefixed with an optional '@'");
    if (!(m->step == m->itemsize || m->len <= 1))
        err_type(r, "memoryview: casts are restricted to C-contiguous views");
    if (!mv_is_byte_fmt(m->fmt) && !mv_is_byte_fmt((char)fc))
        err_type(r, "memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = m->len * m->itemsize;
    if (nbytes % size) err_type(r, "memoryview: length is not a multiple of itemsize");
    int64_t count = nbytes / size;
    bool shaped = false;
    if (a[1] != V_NULL) {
        Value sh = a[1];
        if (!v_is_obj(sh) || !(v_type(r, sh) == r->t_list || v_type(r, sh) == r->t_tuple))
            err_type(r, "shape must be a list or a tuple");
        int64_t n = v_type(r, sh) == r->t_list ? list_ptr(sh)->len : tuple_ptr(sh)->len;
        const Value *items = v_type(r, sh) == r->t_list ? list_ptr(sh)->items : tuple_ptr(sh)->items;
        if (n != 1)
            err_format(r, EXC(r, NotImplementedError), "memoryview: only one-dimensional casts are supported");
        int64_t d = int_as_ssize(r, num_index(r, items[0]));
        if (d <= 0) err_value(r, "memoryview.cast(): elements of shape must be integers > 0");
        if (d != count) err_type(r, "memoryview: product(shape) * itemsize != buffer size");
        shaped = true;
    }
    Value nv = memview_new(r, args[0]);
    MemView *d = mv_ptr(nv);
    d->fmt = (char)fc;
    d->itemsize = size;
    d->step = size;
    d->len = count;
    d->shaped = shaped;
    return nv;
}

/* obj.__buffer__(flags) for bytes, bytearray and memoryview: a new view. */
Value memview_dunder_buffer(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__buffer__", nargs - 1, kwnames, 1, 1);
    if (!v_is_int(args[1]) && !int_check(r, args[1]))
        err_type(r, "'%T' object cannot be interpreted as an integer", args[1]);
    return memview_new(r, args[0]);
}

/* obj.__release_buffer__(view): releases a view __buffer__ returned. */
Value memview_dunder_release_buffer(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__release_buffer__", nargs - 1, kwnames, 1, 1);
    if (!mv_check(r, args[1])) err_type(r, "expected a memoryview object");
    mv_unexport(r, mv_ptr(args[1]));
    return V_NONE;
}

static const MethodDef mv_methods[] = {
    {"__buffer__", memview_dunder_buffer, 0}, {"__release_buffer__", memview_dunder_release_buffer, 0},
    {"tobytes", mv_tobytes_m, 0}, {"tolist", mv_tolist_m, 0}, {"hex", mv_hex_m, 0},
    {"release", mv_release_m, 0}, {"__enter__", mv_enter_m, 0}, {"__exit__", mv_exit_m, 0},
    {"toreadonly", mv_toreadonly_m, 0}, {"cast", mv_cast_m, 0},
    {NULL, NULL, 0},
};

/* ---- attributes ---- */

static Value mv_get_obj(Realm *r, Value v) { mv_live(r, mv_ptr(v)); return mv_ptr(v)->base; }
static Value mv_get_nbytes(Realm *r, Value v) {
    mv_live(r, mv_ptr(v));
    return int_from_i64(r, mv_ptr(v)->len * mv_ptr(v)->itemsize);
}
static Value mv_get_readonly(Realm *r, Value v) { mv_live(r, mv_ptr(v)); return v_bool(mv_ptr(v)->readonly); }
static Value mv_get_itemsize(Realm *r, Value v) { mv_live(r, mv_ptr(v)); return v_small(mv_ptr(v)->itemsize); }
static Value mv_get_format(Realm *r, Value v) {
    mv_live(r, mv_ptr(v));
    char f = mv_ptr(v)->fmt;
    return str_new_latin1(r, (const uint8_t *)&f, 1);
}
static Value mv_get_ndim(Realm *r, Value v) { mv_live(r, mv_ptr(v)); return v_small(1); }
static Value mv_get_shape(Realm *r, Value v) {
    mv_live(r, mv_ptr(v));
    return tuple_pack(r, 1, int_from_i64(r, mv_ptr(v)->len));
}
static Value mv_get_strides(Realm *r, Value v) {
    mv_live(r, mv_ptr(v));
    return tuple_pack(r, 1, int_from_i64(r, mv_ptr(v)->step));
}
static Value mv_get_suboffsets(Realm *r, Value v) { mv_live(r, mv_ptr(v)); return r->empty_tuple; }
static Value mv_get_contig(Realm *r, Value v) {
    MemView *m = mv_ptr(v);
    mv_live(r, m);
    return v_bool(m->step == m->itemsize || m->len <= 1);
}

static const GetSetDef mv_getsets[] = {
    {"obj", mv_get_obj, NULL}, {"nbytes", mv_get_nbytes, NULL}, {"readonly", mv_get_readonly, NULL},
    {"itemsize", mv_get_itemsize, NULL}, {"format", mv_get_format, NULL}, {"ndim", mv_get_ndim, NULL},
    {"shape", mv_get_shape, NULL}, {"strides", mv_get_strides, NULL},
    {"suboffsets", mv_get_suboffsets, NULL}, {"c_contiguous", mv_get_contig, NULL},
    {"f_contiguous", mv_get_contig, NULL}, {"contiguous", mv_get_contig, NULL},
    {NULL, NULL, NULL},
};

/* ---- the buffer of a view for bytes-like consumers ---- */

const uint8_t *memview_buffer(Realm *r, Value v, int64_t *len) {
    MemView *m = mv_ptr(v);
    mv_live(r, m);
    /* consumers that need one contiguous block (CPython's PyBUF_SIMPLE)
     * refuse strided views; bytes() and bytearray() copy them instead */
    if (!(m->step == m->itemsize || m->len <= 1)) return NULL;
    *len = m->len * m->itemsize;
    if (m->len == 0) return bytes_ptr(r->empty_bytes)->data;
    return mv_item_ptr(r, m, 0);
}

Value memview_tobytes(Realm *r, Value v) { return mv_tobytes(r, v); }

bool memview_check(Realm *r, Value v) { return mv_check(r, v); }

void memoryview_init_type(Realm *r) {
    Type *t = r->t_memoryview;
    t->basicsize = sizeof(MemView);
    t->flags |= TF_IMMUTABLE;
    t->trace = mv_trace;
    t->finalize = mv_finalize;
    t->new_ = mv_new_slot;
    t->repr = mv_repr;
    t->hash = mv_hash;
    t->richcmp = mv_richcmp;
    t->iter = mv_iter;
    t->len = mv_len;
    t->getitem = mv_getitem;
    t->setitem = mv_setitem;
    type_add_methods(r, t, mv_methods);
    type_add_getsets(r, t, mv_getsets);

    Type *it = r->t_memory_iterator;
    it->basicsize = sizeof(MemIter);
    it->flags |= TF_IMMUTABLE;
    it->trace = memiter_trace;
    it->iter = memiter_self;
    it->next = memiter_next;
}
