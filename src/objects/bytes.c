/* bytes and bytearray: immutable and mutable byte strings, their shared
 * iterator, and the methods both types have.
 *
 * bytes: the Bytes layout of object.h, len bytes + NUL, hash cached (-1 not
 * computed), immutable once returned.  Hash: SipHash-1-3 of the bytes, the
 * same function as a kind-1 str, so hash(b'ab') == hash('ab') as in CPython.
 * bytearray: a ByteArray (below) owning a heap_raw buffer of `cap` bytes, of
 * which `len` are used; the buffer can move on any mutation, so C code never
 * keeps a bytearray's data pointer across a call that may run Python code.
 * Methods shared by both types read their operand through bytes_buffer and
 * build results of the receiver's kind (bytes or bytearray). */
#include <string.h>
#include "objects/strimpl.h"
#include "core/heap.h"
#include "core/siphash.h"
#include "core/limits.h"
#include "vm/ops.h"

static bool ba_check(Realm *r, Value v) {
    return v_is_obj(v) && type_is_subtype(v_obj(v)->type, r->t_bytearray);
}

/* A bytearray with live memoryviews (exports) cannot change its length.
 * An unreachable view that the collector has not finalised yet would still
 * count, where CPython's reference counting would have released it: collect
 * once before refusing. */
static void ba_resize_check(Realm *r, Value v, int64_t newlen) {
    if (ba_ptr(v)->exports == 0 || newlen == ba_ptr(v)->len) return;
    /* the collection is charged to the instruction budget by heap size, so
     * a loop retrying a refused resize cannot burn unbounded time */
    limits_count(r, r->heap.bytes / 256 + 1);
    heap_collect(r);
    if (ba_ptr(v)->exports > 0)
        err_format(r, EXC(r, BufferError), "Existing exports of data: object cannot be re-sized");
}

/* ------------------------------------------------------------------ */
/* construction                                                        */

/* As for str (see str_alloc_type), the __dict__ of an instance of a Python
 * subclass of bytes follows the data, as the last word of the heap block. */
static size_t bytes_tail_of(size_t len) { return (sizeof(Bytes) + len + 1 + 7) & ~(size_t)7; }

static Value bytes_alloc_type(Realm *r, Type *t, size_t len) {
    size_t size;
    if (len > (size_t)INT64_MAX / 8 || __builtin_add_overflow(sizeof(Bytes) + 1, len, &size))
        err_no_memory(r);
    if (t != r->t_bytes && t->basicsize > sizeof(Bytes)) {
        size_t extra = t->basicsize - sizeof(Bytes);
        if (__builtin_add_overflow(bytes_tail_of(len), extra, &size)) err_no_memory(r);
    }
    Bytes *b = (Bytes *)heap_alloc(r, t, size);
    b->len = (int64_t)len;
    b->hash = -1;
    return v_from_obj(b);
}

Value bytes_alloc(Realm *r, size_t len) { return bytes_alloc_type(r, r->t_bytes, len); }

Value bytes_new(Realm *r, const uint8_t *data, size_t len) {
    if (len == 0 && r->empty_bytes) return r->empty_bytes;
    Value v = bytes_alloc(r, len);
    if (len) memcpy(bytes_ptr(v)->data, data, len);
    return v;
}

static void ba_reserve(Realm *r, Value v, int64_t need) {
    if (need > ba_ptr(v)->len) ba_resize_check(r, v, need);
    ByteArray *a = ba_ptr(v);
    if (need < 0 || need > INT64_MAX / 4) err_no_memory(r);
    if (need <= a->cap) return;
    int64_t cap = a->cap + (a->cap >> 1);
    if (cap < need) cap = need;
    if (cap < 16) cap = 16;
    a->data = heap_raw_realloc(r, a->data, a->data ? (size_t)a->cap + 1 : 0, (size_t)cap + 1);
    a = ba_ptr(v);
    a->cap = cap;   /* one extra byte keeps a NUL after the data */
}

static void ba_set_len(ByteArray *a, int64_t len) {
    a->len = len;
    if (a->data) a->data[len] = 0;
}

/* Replaces the contents of bytearray v by those of bytearray src. */
static void ba_replace_all(Realm *r, Value v, Value src) {
    int64_t n = ba_ptr(src)->len;
    ba_resize_check(r, v, n);
    ba_reserve(r, v, n);
    if (n) memcpy(ba_ptr(v)->data, ba_ptr(src)->data, (size_t)n);
    ba_set_len(ba_ptr(v), n);
}

static Value ba_new_type(Realm *r, Type *t, const uint8_t *data, size_t len) {
    Value v = v_from_obj(heap_alloc(r, t, t->basicsize > sizeof(ByteArray) ? t->basicsize : sizeof(ByteArray)));
    if (len > (size_t)INT64_MAX / 4) err_no_memory(r);
    ba_reserve(r, v, (int64_t)len);
    if (len) memcpy(ba_ptr(v)->data, data, len);
    ba_set_len(ba_ptr(v), (int64_t)len);
    return v;
}

static Value ba_new(Realm *r, const uint8_t *data, size_t len) {
    return ba_new_type(r, r->t_bytearray, data, len);
}

const uint8_t *bytes_buffer(Realm *r, Value v, int64_t *len) {
    *len = 0;
    if (!v_is_obj(v)) return NULL;
    Type *t = v_obj(v)->type;
    if (t->flags & TF_BYTES_SUB) { *len = bytes_ptr(v)->len; return bytes_ptr(v)->data; }
    if (t == r->t_bytearray || type_is_subtype(t, r->t_bytearray)) {
        ByteArray *a = ba_ptr(v);
        *len = a->len;
        return a->data ? a->data : (const uint8_t *)"";
    }
    if (t == r->t_memoryview) return memview_buffer(r, v, len);
    return NULL;
}

/* Result of the receiver's kind. */
static Value bytes_like(Realm *r, Value self, const uint8_t *data, size_t len) {
    if (ba_check(r, self)) return ba_new(r, data, len);
    return bytes_new(r, data, len);
}

/* A growable buffer for building results: a bytearray object. */
static void ba_append_raw(Realm *r, Value v, const uint8_t *data, size_t n) {
    ByteArray *a = ba_ptr(v);
    int64_t need;
    if (n > (size_t)INT64_MAX / 4 || __builtin_add_overflow(a->len, (int64_t)n, &need)) err_no_memory(r);
    ba_reserve(r, v, need);
    a = ba_ptr(v);
    if (n) memmove(a->data + a->len, data, n);
    ba_set_len(a, need);
}

static int bytes_byte_value_msg(Realm *r, Value item, const char *msg) {
    if (!v_is_int(item) && !v_type(r, item)->index)
        err_type(r, "'%s' object cannot be interpreted as an integer", v_type(r, item)->name);
    Value i = v_is_int(item) ? item : num_index(r, item);
    int64_t b;
    if (!int_to_i64(r, i, &b) || b < 0 || b > 255) err_value(r, "%s", msg);
    return (int)b;
}

static int bytes_byte_value(Realm *r, Value item) {
    return bytes_byte_value_msg(r, item, "byte must be in range(0, 256)");
}

/* Appends the bytes of any bytes(x)-acceptable source (not str/int). */
static void ba_extend_iter_msg(Realm *r, Value acc, Value src, const char *msg) {
    int64_t n;
    const uint8_t *d = bytes_buffer(r, src, &n);
    if (d) {
        Value copy = bytes_new(r, d, (size_t)n);   /* src may be acc itself */
        ba_append_raw(r, acc, bytes_ptr(copy)->data, (size_t)n);
        return;
    }
    Value it = op_iter(r, src);
    for (;;) {   /* budget */
        Value item = op_next(r, it);
        if (item == V_NULL) break;
        uint8_t b = (uint8_t)bytes_byte_value_msg(r, item, msg);
        ba_append_raw(r, acc, &b, 1);
    }
}

static void ba_extend_iter(Realm *r, Value acc, Value src) {
    ba_extend_iter_msg(r, acc, src, "byte must be in range(0, 256)");
}

/* Contents for bytes(...) / bytearray(...) constructors, as a bytearray. */
static Value bytes_source(Realm *r, const char *fname, Value src, Value enc, Value errors) {
    if (src == V_NULL) {
        if (enc != V_NULL || errors != V_NULL)
            err_type(r, enc != V_NULL ? "encoding without a string argument"
                                      : "errors without a string argument");
        return ba_new(r, NULL, 0);
    }
    if (str_check(src)) {
        if (enc == V_NULL) err_type(r, "string argument without an encoding");
        if (!str_check(enc)) err_type(r, "%s() argument 'encoding' must be str, not %s", fname, enc == V_NONE ? "None" : v_type(r, enc)->name);
        if (errors != V_NULL && !str_check(errors))
            err_type(r, "%s() argument 'errors' must be str, not %s", fname, errors == V_NONE ? "None" : v_type(r, errors)->name);
        Value b = codec_encode(r, codec_lookup(r, enc), src, errors);
        return ba_new(r, bytes_ptr(b)->data, (size_t)bytes_ptr(b)->len);
    }
    if (enc != V_NULL) err_type(r, "encoding without a string argument");
    if (errors != V_NULL) err_type(r, "errors without a string argument");
    if (v_is_int(src) || (v_type(r, src)->index && !bytes_buffer(r, src, &(int64_t){0}))) {
        int64_t n;
        Value i = v_is_int(src) ? src : num_index(r, src);
        if (!int_to_i64(r, i, &n)) err_overflow(r, "cannot fit 'int' into an index-sized integer");
        if (n < 0) err_value(r, "negative count");
        Value v = ba_new(r, NULL, 0);
        ba_reserve(r, v, n);
        memset(ba_ptr(v)->data, 0, (size_t)n);
        ba_set_len(ba_ptr(v), n);
        return v;
    }
    Value acc = ba_new(r, NULL, 0);
    int64_t n;
    if (memview_check(r, src)) {   /* any layout: copied item by item */
        Value b = memview_tobytes(r, src);
        ba_append_raw(r, acc, bytes_ptr(b)->data, (size_t)bytes_ptr(b)->len);
        return acc;
    }
    if (!bytes_buffer(r, src, &n) && !v_type(r, src)->iter &&
        type_lookup(r, v_type(r, src), NM(r, __iter__)) == V_NULL &&
        type_lookup(r, v_type(r, src), NM(r, __getitem__)) == V_NULL)
        err_type(r, "cannot convert '%s' object to %s", v_type(r, src)->name, fname);
    ba_extend_iter_msg(r, acc, src, fname[4] == 'a' ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
    return acc;
}

Value bytes_from_object(Realm *r, Value v) {
    if (v_is_obj(v) && v_obj(v)->type == r->t_bytes) return v;
    Value acc = bytes_source(r, "bytes", v, V_NULL, V_NULL);
    Value res = bytes_new(r, ba_ptr(acc)->data, (size_t)ba_ptr(acc)->len);
    heap_keep(acc);
    return res;
}

static Value bytes_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value a[3];
    arg_parse(r, "bytes", args, nargs, kwnames, 0, 0, names, a);
    Value res = V_NULL;
    if (a[0] != V_NULL && a[1] == V_NULL && a[2] == V_NULL && !str_check(a[0])) {
        Value m = op_call_special(r, a[0], NM(r, __bytes__), NULL, 0);
        if (m != V_NULL) {
            if (!v_is_obj(m) || !(v_obj(m)->type->flags & TF_BYTES_SUB))
                err_type(r, "__bytes__ returned non-bytes (type %T)", m);
            res = m;
        }
    }
    if (res == V_NULL) {
        if (a[0] != V_NULL && v_is_obj(a[0]) && v_obj(a[0])->type == r->t_bytes && a[1] == V_NULL &&
            a[2] == V_NULL)
            res = a[0];
        else {
            Value acc = bytes_source(r, "bytes", a[0], a[1], a[2]);
            res = bytes_new(r, ba_ptr(acc)->data, (size_t)ba_ptr(acc)->len);
            heap_keep(acc);
        }
    }
    if (t == r->t_bytes) return res;
    Value v = bytes_alloc_type(r, t, (size_t)bytes_ptr(res)->len);
    memcpy(bytes_ptr(v)->data, bytes_ptr(res)->data, (size_t)bytes_ptr(res)->len);
    return v;
}

/* As in CPython, bytearray.__new__ makes an empty object and __init__ fills
 * it, so that subclasses may call super().__init__(...) (and calling
 * __init__ again re-initialises the contents). */
static Value ba_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    return ba_new_type(r, t, NULL, 0);
}

static Value ba_init_slot(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value a[3];
    if (nargs < 1 || !ba_check(r, args[0])) err_type(r, "descriptor '__init__' requires a 'bytearray' object");
    arg_parse(r, "bytearray", args + 1, nargs - 1, kwnames, 0, 0, names, a);
    Value acc = bytes_source(r, "bytearray", a[0], a[1], a[2]);
    Value self = args[0];
    ba_replace_all(r, self, acc);
    heap_keep(acc);
    return V_NONE;
}

static void ba_trace(Realm *r, Obj *o) { (void)r; (void)o; }
static void ba_finalize(Realm *r, Obj *o) {
    ByteArray *a = (ByteArray *)o;
    if (a->data) heap_raw_free(r, a->data, (size_t)a->cap + 1);
    a->data = NULL;
}

/* ------------------------------------------------------------------ */
/* slots                                                               */

static Value bytes_repr_common(Realm *r, const uint8_t *d, int64_t n, bool ba, bool wrap) {
    bool sq = false, dq = false;
    for (int64_t i = 0; i < n; i++) { if (d[i] == '\'') sq = true; else if (d[i] == '"') dq = true; }
    uint8_t quote = sq && !dq ? '"' : '\'';
    StrBuf b;
    strbuf_init(r, &b);
    if (wrap) strbuf_add_ascii(&b, "bytearray(", 10);
    strbuf_add_char(&b, 'b');
    strbuf_add_char(&b, quote);
    static const char hex[] = "0123456789abcdef";
    for (int64_t i = 0; i < n; i++) {   /* budget */
        uint8_t c = d[i];
        char tmp[4];
        /* CPython's bytearray repr escapes ' even inside double quotes */
        if (c == quote || c == '\\' || (ba && c == '\'')) { tmp[0] = '\\'; tmp[1] = (char)c; strbuf_add_ascii(&b, tmp, 2); }
        else if (c == '\t') strbuf_add_ascii(&b, "\\t", 2);
        else if (c == '\n') strbuf_add_ascii(&b, "\\n", 2);
        else if (c == '\r') strbuf_add_ascii(&b, "\\r", 2);
        else if (c < ' ' || c >= 0x7F) {
            tmp[0] = '\\'; tmp[1] = 'x'; tmp[2] = hex[c >> 4]; tmp[3] = hex[c & 15];
            strbuf_add_ascii(&b, tmp, 4);
        } else strbuf_add_char(&b, c);
    }
    strbuf_add_char(&b, quote);
    if (wrap) strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

static Value bytes_repr_slot(Realm *r, Value v) {
    int64_t n;
    const uint8_t *d = bytes_buffer(r, v, &n);
    if (ba_check(r, v) && v_obj(v)->type != r->t_bytearray) {
        /* subclass: CPython prints the subclass name */
        Value body = bytes_repr_common(r, d, n, true, false);
        return str_format(r, "%s(%U)", v_obj(v)->type->name, body);
    }
    return bytes_repr_common(r, d, n, ba_check(r, v), ba_check(r, v));
}

static int64_t bytes_hash_slot(Realm *r, Value v) {
    Bytes *b = bytes_ptr(v);
    if (b->hash != -1) return b->hash;
    int64_t h = b->len == 0 ? 0 : (int64_t)siphash13(r->hash_k0, r->hash_k1, b->data, (size_t)b->len);
    if (h == -1) h = -2;
    b->hash = h;
    return h;
}

static int64_t bytes_len_slot(Realm *r, Value v) {
    int64_t n;
    bytes_buffer(r, v, &n);
    return n;
}


static Value bytes_richcmp(Realm *r, Value a, Value b, int op) {
    int64_t na, nb;
    if (memview_check(r, a) || memview_check(r, b)) return r->notimpl;   /* memoryview decides */
    const uint8_t *da = bytes_buffer(r, a, &na), *db = bytes_buffer(r, b, &nb);
    if (!da || !db) return r->notimpl;
    if ((op == CMP_EQ || op == CMP_NE) && na != nb) return v_bool(op == CMP_NE);
    int64_t n = na < nb ? na : nb;
    int c = n ? memcmp(da, db, (size_t)n) : 0;
    if (c == 0) c = na < nb ? -1 : na > nb;
    switch (op) {
    case CMP_EQ: return v_bool(c == 0);
    case CMP_NE: return v_bool(c != 0);
    case CMP_LT: return v_bool(c < 0);
    case CMP_LE: return v_bool(c <= 0);
    case CMP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

static int64_t bytes_index_of(Realm *r, Value k) {
    if (v_is_int(k)) return v_as_small(k);
    return int_as_ssize(r, num_index(r, k));
}

static Value bytes_getitem(Realm *r, Value v, Value k) {
    bool ba = ba_check(r, v);
    if (v_is_int(k) || (v_type(r, k) != r->t_slice && v_type(r, k)->index)) {
        int64_t i = bytes_index_of(r, k), n;
        const uint8_t *d = bytes_buffer(r, v, &n);
        if (i < 0) i += n;
        if (i < 0 || i >= n) err_index(r, ba ? "bytearray index out of range" : "index out of range");
        return v_small(d[i]);
    }
    if (v_type(r, k) == r->t_slice) {
        int64_t n, start, stop, step;
        bytes_buffer(r, v, &n);
        int64_t cnt = slice_indices(r, k, n, &start, &stop, &step);
        if (cnt < 0) cnt = 0;
        Value res = ba ? ba_new(r, NULL, 0) : bytes_alloc(r, (size_t)cnt);
        if (ba) { ba_reserve(r, res, cnt); ba_set_len(ba_ptr(res), cnt); }
        int64_t dummy;
        const uint8_t *d = bytes_buffer(r, v, &n);
        uint8_t *o = (uint8_t *)bytes_buffer(r, res, &dummy);
        for (int64_t i = 0; i < cnt; i++) o[i] = d[start + i * step];
        return res;
    }
    err_type(r, "%s indices must be integers or slices, not %T", ba ? "bytearray" : "byte", k);
}

static int bytes_contains_slot(Realm *r, Value v, Value item) {
    int64_t n, m;
    if (v_is_int(item) || (!bytes_buffer(r, item, &m) && v_type(r, item)->index)) {
        int b = bytes_byte_value(r, item);
        const uint8_t *d = bytes_buffer(r, v, &n);
        return n > 0 && memchr(d, b, (size_t)n) != NULL;
    }
    const uint8_t *sub = bytes_buffer(r, item, &m);
    if (!sub) err_type(r, "a bytes-like object is required, not '%s'", v_type(r, item)->name);
    const uint8_t *d = bytes_buffer(r, v, &n);
    if (m == 0) return 1;
    for (int64_t i = 0; i + m <= n; i++)   /* budget */
        if (d[i] == sub[0] && memcmp(d + i, sub, (size_t)m) == 0) return 1;
    return 0;
}

static Value bytes_add_slot(Realm *r, Value a, Value b) {
    int64_t na, nb;
    const uint8_t *da = bytes_buffer(r, a, &na), *db = bytes_buffer(r, b, &nb);
    if (!da || memview_check(r, a)) return r->notimpl;   /* memoryview has no + */
    if (!db) {
        if (str_defer_to(r, b, NM(r, __radd__))) return r->notimpl;
        err_type(r, "can't concat %s to %s", v_type(r, b)->name, v_type(r, a)->name);
    }
    int64_t n;
    if (__builtin_add_overflow(na, nb, &n)) err_no_memory(r);
    Value res;
    if (ba_check(r, a)) {
        res = ba_new(r, NULL, 0);
        ba_reserve(r, res, n);
        ba_set_len(ba_ptr(res), n);
    } else res = bytes_alloc(r, (size_t)n);
    int64_t dummy;
    uint8_t *o = (uint8_t *)bytes_buffer(r, res, &dummy);
    da = bytes_buffer(r, a, &na);
    db = bytes_buffer(r, b, &nb);
    memcpy(o, da, (size_t)na);
    memcpy(o + na, db, (size_t)nb);
    return res;
}

static Value bytes_mul_slot(Realm *r, Value a, Value b) {
    int64_t n;
    Value s = bytes_buffer(r, a, &n) ? a : b, k = s == a ? b : a;
    if (!bytes_buffer(r, s, &n)) return r->notimpl;
    if (!v_is_int(k) && !v_type(r, k)->index) {
        if (str_defer_to(r, k, NM(r, __rmul__))) return r->notimpl;
        err_type(r, "can't multiply sequence by non-int of type '%s'", v_type(r, k)->name);
    }
    Value iv = v_is_int(k) ? k : num_index(r, k);
    int64_t times;
    if (!int_to_i64(r, iv, &times)) {
        if (int_sign(r, iv) < 0) times = 0;
        else err_overflow(r, "cannot fit 'int' into an index-sized integer");
    }
    if (times < 0) times = 0;
    int64_t total;
    if (__builtin_mul_overflow(n, times, &total)) err_no_memory(r);
    Value res;
    if (ba_check(r, s)) { res = ba_new(r, NULL, 0); ba_reserve(r, res, total); ba_set_len(ba_ptr(res), total); }
    else res = bytes_alloc(r, (size_t)total);
    int64_t dummy;
    uint8_t *o = (uint8_t *)bytes_buffer(r, res, &dummy);
    const uint8_t *d = bytes_buffer(r, s, &n);
    for (int64_t i = 0; i < times; i++) memcpy(o + i * n, d, (size_t)n);   /* budget */
    return res;
}

static Value bytes_str_slot(Realm *r, Value v) { return bytes_repr_slot(r, v); }

/* ---- iterator over bytes and bytearray ---- */

typedef struct BytesIter { Obj hdr; Value seq; int64_t i; } BytesIter;

static void bytesiter_trace(Realm *r, Obj *o) { heap_mark(r, ((BytesIter *)o)->seq); }

static Value bytes_iter_slot(Realm *r, Value v) {
    BytesIter *it = (BytesIter *)heap_alloc(r, r->t_bytes_iterator, sizeof(BytesIter));
    it->seq = v;
    return v_from_obj(it);
}

static Value bytesiter_self(Realm *r, Value v) { return v; }

static Value bytesiter_next(Realm *r, Value v) {
    BytesIter *it = (BytesIter *)v_obj(v);
    if (it->seq == V_NULL) return V_NULL;
    int64_t n;
    const uint8_t *d = bytes_buffer(r, it->seq, &n);
    if (it->i >= n) { it->seq = V_NULL; return V_NULL; }
    return v_small(d[it->i++]);
}

static Value bytesiter_length_hint(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__length_hint__", nargs - 1, kwnames, 0, 0);
    BytesIter *it = (BytesIter *)v_obj(args[0]);
    if (it->seq == V_NULL) return v_small(0);
    int64_t n;
    bytes_buffer(r, it->seq, &n);
    return v_small(n > it->i ? n - it->i : 0);
}

static const MethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, 0},
    {NULL, NULL, 0},
};

/* ---- bytearray mutation ---- */

static void ba_setitem(Realm *r, Value v, Value k, Value x) {
    ByteArray *a = ba_ptr(v);
    if (v_is_int(k) || (v_type(r, k) != r->t_slice && v_type(r, k)->index)) {
        int64_t i = bytes_index_of(r, k);
        a = ba_ptr(v);
        if (i < 0) i += a->len;
        if (i < 0 || i >= a->len) err_index(r, "bytearray index out of range");
        if (x == V_NULL) {
            ba_resize_check(r, v, a->len - 1);
            memmove(a->data + i, a->data + i + 1, (size_t)(a->len - i - 1));
            ba_set_len(a, a->len - 1);
            return;
        }
        int b = bytes_byte_value(r, x);
        a = ba_ptr(v);
        if (i >= a->len) err_index(r, "bytearray index out of range");
        a->data[i] = (uint8_t)b;
        return;
    }
    if (v_type(r, k) != r->t_slice)
        err_type(r, "bytearray indices must be integers or slices, not %T", k);
    Value src = V_NULL;
    if (x != V_NULL) {
        if (str_check(x)) err_type(r, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        if (v_is_int(x)) err_type(r, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        src = ba_new(r, NULL, 0);
        ba_extend_iter(r, src, x);
    }
    int64_t start, stop, step;
    a = ba_ptr(v);
    int64_t cnt = slice_indices(r, k, a->len, &start, &stop, &step);
    int64_t m = src == V_NULL ? 0 : ba_ptr(src)->len;
    if (step == 1) {
        if (stop < start) stop = start;
        int64_t newlen = a->len - (stop - start) + m;
        ba_resize_check(r, v, newlen);
        ba_reserve(r, v, newlen);
        a = ba_ptr(v);
        memmove(a->data + start + m, a->data + stop, (size_t)(a->len - stop));
        if (m) memcpy(a->data + start, ba_ptr(src)->data, (size_t)m);
        ba_set_len(a, newlen);
        return;
    }
    if (cnt < 0) cnt = 0;
    if (src == V_NULL) {   /* delete extended slice */
        ba_resize_check(r, v, a->len - cnt);
        if (step < 0) { start = start + step * (cnt - 1); step = -step; }
        int64_t w = start, next = start, removed = 0;
        for (int64_t i = start; i < a->len; i++) {
            if (removed < cnt && i == next) { removed++; next += step; continue; }
            a->data[w++] = a->data[i];
        }
        ba_set_len(a, w);
        return;
    }
    if (m != cnt)
        err_value(r, "attempt to assign bytes of size %lld to extended slice of size %lld",
                  (long long)m, (long long)cnt);
    for (int64_t i = 0; i < cnt; i++) a->data[start + i * step] = ba_ptr(src)->data[i];
}

static Value ba_iadd(Realm *r, Value a, Value b) {
    int64_t n;
    if (!ba_check(r, a)) return r->notimpl;
    if (!bytes_buffer(r, b, &n)) err_type(r, "can't concat %s to %s", v_type(r, b)->name, v_type(r, a)->name);
    /* CPython exports a's own buffer while resizing it: x += x fails */
    if (a == b && n > 0) err_format(r, EXC(r, BufferError), "Existing exports of data: object cannot be re-sized");
    ba_extend_iter(r, a, b);
    return a;
}

static Value ba_imul(Realm *r, Value a, Value b) {
    if (!ba_check(r, a)) return r->notimpl;
    Value res = bytes_mul_slot(r, a, b);
    if (res == r->notimpl) return res;
    ba_replace_all(r, a, res);
    return a;
}

#define SELF_DATA(n) int64_t n##len; const uint8_t *n = bytes_buffer(r, args[0], &n##len)

static Value ba_append_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "append", nargs - 1, kwnames, 1, 1);
    uint8_t b = (uint8_t)bytes_byte_value(r, args[1]);
    ba_append_raw(r, args[0], &b, 1);
    return V_NONE;
}

static Value ba_extend_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "extend", nargs - 1, kwnames, 1, 1);
    if (str_check(args[1])) err_type(r, "expected iterable of integers; got: 'str'");
    if (v_is_int(args[1]) || (!v_type(r, args[1])->iter && type_lookup(r, v_type(r, args[1]), NM(r, __iter__)) == V_NULL &&
                              !bytes_buffer(r, args[1], &(int64_t){0})))
        err_type(r, "can't extend bytearray with %s", v_type(r, args[1])->name);
    Value tmp = ba_new(r, NULL, 0);
    ba_extend_iter(r, tmp, args[1]);
    ba_append_raw(r, args[0], ba_ptr(tmp)->data ? ba_ptr(tmp)->data : (const uint8_t *)"", (size_t)ba_ptr(tmp)->len);
    return V_NONE;
}

static Value ba_pop_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "pop", nargs - 1, kwnames, 0, 1);
    int64_t i = nargs > 1 ? bytes_index_of(r, args[1]) : -1;
    ByteArray *a = ba_ptr(args[0]);
    if (a->len == 0) err_index(r, "pop from empty bytearray");
    if (i < 0) i += a->len;
    if (i < 0 || i >= a->len) err_index(r, "pop index out of range");
    ba_resize_check(r, args[0], a->len - 1);
    a = ba_ptr(args[0]);
    uint8_t b = a->data[i];
    memmove(a->data + i, a->data + i + 1, (size_t)(a->len - i - 1));
    ba_set_len(a, a->len - 1);
    return v_small(b);
}

static Value ba_insert_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "insert", nargs - 1, kwnames, 2, 2);
    int64_t i = bytes_index_of(r, args[1]);
    uint8_t b = (uint8_t)bytes_byte_value(r, args[2]);
    Value v = args[0];
    ba_reserve(r, v, ba_ptr(v)->len + 1);
    ByteArray *a = ba_ptr(v);
    if (i < 0) { i += a->len; if (i < 0) i = 0; }
    if (i > a->len) i = a->len;
    memmove(a->data + i + 1, a->data + i, (size_t)(a->len - i));
    a->data[i] = b;
    ba_set_len(a, a->len + 1);
    return V_NONE;
}

static Value ba_remove_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "remove", nargs - 1, kwnames, 1, 1);
    int b = bytes_byte_value(r, args[1]);
    ByteArray *a = ba_ptr(args[0]);
    for (int64_t i = 0; i < a->len; i++)
        if (a->data[i] == b) {
            ba_resize_check(r, args[0], a->len - 1);
            a = ba_ptr(args[0]);
            memmove(a->data + i, a->data + i + 1, (size_t)(a->len - i - 1));
            ba_set_len(a, a->len - 1);
            return V_NONE;
        }
    err_value(r, "value not found in bytearray");
}

static Value ba_clear_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "clear", nargs - 1, kwnames, 0, 0);
    ba_resize_check(r, args[0], 0);
    ba_set_len(ba_ptr(args[0]), 0);
    return V_NONE;
}

static Value ba_reverse_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "reverse", nargs - 1, kwnames, 0, 0);
    ByteArray *a = ba_ptr(args[0]);
    for (int64_t i = 0, j = a->len - 1; i < j; i++, j--) {
        uint8_t t = a->data[i]; a->data[i] = a->data[j]; a->data[j] = t;
    }
    return V_NONE;
}

static Value ba_alloc_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__alloc__", nargs - 1, kwnames, 0, 0);
    ByteArray *a = ba_ptr(args[0]);
    return int_from_i64(r, a->data ? a->cap + 1 : 0);   /* the buffer keeps a NUL after the data */
}

static Value ba_copy_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "copy", nargs - 1, kwnames, 0, 0);
    SELF_DATA(d);
    return ba_new(r, d, (size_t)dlen);
}

/* ------------------------------------------------------------------ */
/* methods shared by bytes and bytearray                               */

static bool bytes_isspace(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The bytes of an argument that must be bytes-like (copied: the receiver
 * or argument may be a bytearray that later code mutates). */
static Value bytes_arg(Realm *r, Value v) {
    int64_t n;
    const uint8_t *d = bytes_buffer(r, v, &n);
    if (!d) err_type(r, "a bytes-like object is required, not '%s'", v_type(r, v)->name);
    if (v_is_obj(v) && v_obj(v)->type == r->t_bytes) return v;
    return bytes_new(r, d, (size_t)n);
}

/* sub argument of find/count/index: bytes-like or an int byte. */
static Value bytes_sub_arg(Realm *r, Value v) {
    int64_t n;
    if (!bytes_buffer(r, v, &n) && (v_is_int(v) || v_type(r, v)->index)) {
        uint8_t b = (uint8_t)bytes_byte_value(r, v);
        return bytes_new(r, &b, 1);
    }
    if (!bytes_buffer(r, v, &n))
        err_type(r, "argument should be integer or bytes-like object, not '%s'", v_type(r, v)->name);
    return bytes_arg(r, v);
}

static int64_t bytes_find_raw(const uint8_t *h, int64_t hn, const uint8_t *s, int64_t sn,
                              int64_t start, int64_t end, int dir) {
    if (end > hn) end = hn;
    if (end - start < sn) return -1;
    if (sn >= 8) {   /* linear-time search for long needles, see str_twoway */
        int64_t k = str_twoway(h + start, 1, end - start, s, 1, sn, dir < 0);
        if (k < 0) return -1;
        return dir < 0 ? end - sn - k : start + k;
    }
    if (dir >= 0) {
        for (int64_t i = start; i + sn <= end; i++)   /* budget */
            if (memcmp(h + i, s, (size_t)sn) == 0) return i;
    } else {
        for (int64_t i = end - sn; i >= start; i--)   /* budget */
            if (memcmp(h + i, s, (size_t)sn) == 0) return i;
    }
    return -1;
}

static int64_t bytes_find_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name,
                                 int dir) {
    arg_count(r, name, nargs - 1, kwnames, 1, 3);
    Value sub = bytes_sub_arg(r, args[1]);
    SELF_DATA(d);
    int64_t start, end;
    str_adjust_range(r, nargs > 2 ? args[2] : V_NULL, nargs > 3 ? args[3] : V_NULL, dlen, &start, &end);
    d = bytes_buffer(r, args[0], &dlen);
    if (start > dlen) return -1;
    return bytes_find_raw(d, dlen, bytes_ptr(sub)->data, bytes_ptr(sub)->len, start, end, dir);
}

static Value bytes_find_m(Realm *r, Value *a, size_t n, Value kw) { return v_small(bytes_find_common(r, a, n, kw, "find", 1)); }
static Value bytes_rfind_m(Realm *r, Value *a, size_t n, Value kw) { return v_small(bytes_find_common(r, a, n, kw, "rfind", -1)); }
static Value bytes_index_m(Realm *r, Value *a, size_t n, Value kw) {
    int64_t i = bytes_find_common(r, a, n, kw, "index", 1);
    if (i < 0) err_value(r, "subsection not found");
    return v_small(i);
}
static Value bytes_rindex_m(Realm *r, Value *a, size_t n, Value kw) {
    int64_t i = bytes_find_common(r, a, n, kw, "rindex", -1);
    if (i < 0) err_value(r, "subsection not found");
    return v_small(i);
}

static Value bytes_count_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "count", nargs - 1, kwnames, 1, 3);
    Value sub = bytes_sub_arg(r, args[1]);
    SELF_DATA(d);
    int64_t start, end;
    str_adjust_range(r, nargs > 2 ? args[2] : V_NULL, nargs > 3 ? args[3] : V_NULL, dlen, &start, &end);
    d = bytes_buffer(r, args[0], &dlen);
    int64_t sn = bytes_ptr(sub)->len, c = 0;
    if (end > dlen) end = dlen;
    if (start > end) return v_small(0);
    if (sn == 0) return v_small(end - start + 1);
    for (;;) {   /* budget */
        int64_t i = bytes_find_raw(d, dlen, bytes_ptr(sub)->data, sn, start, end, 1);
        if (i < 0) break;
        c++;
        start = i + sn;
    }
    return v_small(c);
}

static Value bytes_fix_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, bool end_) {
    arg_count(r, name, nargs - 1, kwnames, 1, 3);
    SELF_DATA(d);
    int64_t start, end;
    str_adjust_range(r, nargs > 2 ? args[2] : V_NULL, nargs > 3 ? args[3] : V_NULL, dlen, &start, &end);
    Value x = args[1];
    Value items = x;
    int64_t nitems = 1;
    bool tuple = v_is_obj(x) && (v_obj(x)->type->flags & TF_TUPLE_SUB);
    if (tuple) nitems = tuple_ptr(x)->len;
    for (int64_t k = 0; k < nitems; k++) {
        Value p = tuple ? tuple_ptr(items)->items[k] : x;
        int64_t pn;
        const uint8_t *pd = bytes_buffer(r, p, &pn);
        if (!pd) {
            if (tuple) err_type(r, "a bytes-like object is required, not '%s'", v_type(r, p)->name);
            err_type(r, "%s first arg must be bytes or a tuple of bytes, not %s", name, v_type(r, p)->name);
        }
        d = bytes_buffer(r, args[0], &dlen);
        int64_t e = end > dlen ? dlen : end;
        if (start > dlen || e - start < pn) continue;
        int64_t at = end_ ? e - pn : start;
        if (memcmp(d + at, pd, (size_t)pn) == 0) return V_TRUE;
    }
    return V_FALSE;
}

static Value bytes_startswith_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_fix_common(r, a, n, kw, "startswith", false); }
static Value bytes_endswith_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_fix_common(r, a, n, kw, "endswith", true); }

static Value bytes_case_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int mode) {
    arg_count(r, name, nargs - 1, kwnames, 0, 0);
    SELF_DATA(d);
    Value res = bytes_like(r, args[0], d, (size_t)dlen);
    int64_t n;
    uint8_t *o = (uint8_t *)bytes_buffer(r, res, &n);
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = o[i];
        if (mode == 0 && c >= 'a' && c <= 'z') o[i] = c - 32;
        else if (mode == 1 && c >= 'A' && c <= 'Z') o[i] = c + 32;
    }
    return res;
}
static Value bytes_upper_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_case_common(r, a, n, kw, "upper", 0); }
static Value bytes_lower_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_case_common(r, a, n, kw, "lower", 1); }

static Value bytes_strip_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int which) {
    arg_count(r, name, nargs - 1, kwnames, 0, 1);
    Value chars = nargs > 1 && args[1] != V_NONE ? bytes_arg(r, args[1]) : V_NULL;
    SELF_DATA(d);
    int64_t i = 0, j = dlen;
    const uint8_t *cs = chars ? bytes_ptr(chars)->data : NULL;
    size_t cn = chars ? (size_t)bytes_ptr(chars)->len : 0;
#define STRIPPABLE(c) (cs ? (cn && memchr(cs, (c), cn) != NULL) : bytes_isspace(c))
    if (which & 1) while (i < j && STRIPPABLE(d[i])) i++;
    if (which & 2) while (j > i && STRIPPABLE(d[j - 1])) j--;
#undef STRIPPABLE
    return bytes_like(r, args[0], d + i, (size_t)(j - i));
}
static Value bytes_strip_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_strip_common(r, a, n, kw, "strip", 3); }
static Value bytes_lstrip_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_strip_common(r, a, n, kw, "lstrip", 1); }
static Value bytes_rstrip_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_strip_common(r, a, n, kw, "rstrip", 2); }

static Value bytes_split_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, bool right) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value a[2];
    arg_parse(r, name, args + 1, nargs - 1, kwnames, 0, 0, names, a);
    Value sep = a[0] != V_NULL && a[0] != V_NONE ? bytes_arg(r, a[0]) : V_NULL;
    int64_t maxsplit = a[1] != V_NULL ? bytes_index_of(r, a[1]) : -1;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    Value list = list_new(r, 0);
    Value self = args[0];
    SELF_DATA(d);
    if (sep == V_NULL) {
        if (!right) {
            int64_t i = 0;
            while (i < dlen) {   /* budget */
                d = bytes_buffer(r, self, &dlen);
                while (i < dlen && bytes_isspace(d[i])) i++;
                if (i >= dlen) break;
                int64_t j = i;
                if (maxsplit-- <= 0) j = dlen;
                else while (j < dlen && !bytes_isspace(d[j])) j++;
                Value piece = bytes_like(r, self, d + i, (size_t)(j - i));
                list_append(r, list, piece);
                i = j;
            }
        } else {
            int64_t j = dlen;
            while (j > 0) {   /* budget */
                d = bytes_buffer(r, self, &dlen);
                while (j > 0 && bytes_isspace(d[j - 1])) j--;
                if (j <= 0) break;
                int64_t i = j;
                if (maxsplit-- <= 0) i = 0;
                else while (i > 0 && !bytes_isspace(d[i - 1])) i--;
                list_append(r, list, bytes_like(r, self, d + i, (size_t)(j - i)));
                j = i;
            }
            List *l = list_ptr(list);
            for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
                Value t = l->items[x]; l->items[x] = l->items[y]; l->items[y] = t;
            }
        }
        return list;
    }
    int64_t sn = bytes_ptr(sep)->len;
    if (sn == 0) err_value(r, "empty separator");
    if (!right) {
        int64_t i = 0;
        for (;;) {   /* budget */
            d = bytes_buffer(r, self, &dlen);
            int64_t k = maxsplit > 0 ? bytes_find_raw(d, dlen, bytes_ptr(sep)->data, sn, i, dlen, 1) : -1;
            if (k < 0) { list_append(r, list, bytes_like(r, self, d + i, (size_t)(dlen - i))); break; }
            list_append(r, list, bytes_like(r, self, d + i, (size_t)(k - i)));
            i = k + sn;
            maxsplit--;
        }
    } else {
        int64_t j = dlen;
        for (;;) {   /* budget */
            d = bytes_buffer(r, self, &dlen);
            int64_t k = maxsplit > 0 ? bytes_find_raw(d, dlen, bytes_ptr(sep)->data, sn, 0, j, -1) : -1;
            if (k < 0) { list_append(r, list, bytes_like(r, self, d, (size_t)j)); break; }
            list_append(r, list, bytes_like(r, self, d + k + sn, (size_t)(j - k - sn)));
            j = k;
            maxsplit--;
        }
        List *l = list_ptr(list);
        for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
            Value t = l->items[x]; l->items[x] = l->items[y]; l->items[y] = t;
        }
    }
    return list;
}
static Value bytes_split_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_split_common(r, a, n, kw, "split", false); }
static Value bytes_rsplit_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_split_common(r, a, n, kw, "rsplit", true); }

static Value bytes_replace_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"old", "new", "count", NULL};
    Value a[3];
    arg_parse(r, "replace", args + 1, nargs - 1, kwnames, 2, 2, names, a);
    Value old = bytes_arg(r, a[0]), new_ = bytes_arg(r, a[1]);
    int64_t count = a[2] != V_NULL ? bytes_index_of(r, a[2]) : -1;
    if (count < 0) count = INT64_MAX;
    Value acc = ba_new(r, NULL, 0);
    SELF_DATA(d);
    Value self = bytes_new(r, d, (size_t)dlen);   /* snapshot */
    d = bytes_ptr(self)->data;
    int64_t on = bytes_ptr(old)->len, nn = bytes_ptr(new_)->len, i = 0;
    if (on == 0) {
        for (int64_t k = 0; k <= dlen; k++) {   /* budget */
            if (count > 0) { ba_append_raw(r, acc, bytes_ptr(new_)->data, (size_t)nn); count--; }
            if (k < dlen) ba_append_raw(r, acc, d + k, 1);
        }
    } else {
        while (count > 0) {   /* budget */
            int64_t k = bytes_find_raw(d, dlen, bytes_ptr(old)->data, on, i, dlen, 1);
            if (k < 0) break;
            ba_append_raw(r, acc, d + i, (size_t)(k - i));
            ba_append_raw(r, acc, bytes_ptr(new_)->data, (size_t)nn);
            i = k + on;
            count--;
        }
        ba_append_raw(r, acc, d + i, (size_t)(dlen - i));
    }
    ByteArray *x = ba_ptr(acc);
    Value res = bytes_like(r, args[0], x->data ? x->data : (const uint8_t *)"", (size_t)x->len);
    heap_keep(acc);
    return res;
}

static Value bytes_join_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "join", nargs - 1, kwnames, 1, 1);
    Value sep = bytes_new(r, (const uint8_t *)"", 0);
    { SELF_DATA(d); sep = bytes_new(r, d, (size_t)dlen); }
    Value acc = ba_new(r, NULL, 0);
    Value it = op_iter(r, args[1]);
    for (int64_t i = 0;; i++) {   /* budget */
        Value item = op_next(r, it);
        if (item == V_NULL) break;
        int64_t n;
        const uint8_t *p = bytes_buffer(r, item, &n);
        if (!p) err_type(r, "sequence item %lld: expected a bytes-like object, %s found", (long long)i,
                         v_type(r, item)->name);
        if (i) ba_append_raw(r, acc, bytes_ptr(sep)->data, (size_t)bytes_ptr(sep)->len);
        ba_append_raw(r, acc, p, (size_t)n);
    }
    ByteArray *x = ba_ptr(acc);
    Value res = bytes_like(r, args[0], x->data ? x->data : (const uint8_t *)"", (size_t)x->len);
    heap_keep(acc);
    return res;
}

static Value bytes_decode_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value a[2];
    arg_parse(r, "decode", args + 1, nargs - 1, kwnames, 0, 0, names, a);
    if (a[0] != V_NULL && !str_check(a[0])) err_type(r, "decode() argument 'encoding' must be str, not %s", a[0] == V_NONE ? "None" : v_type(r, a[0])->name);
    if (a[1] != V_NULL && !str_check(a[1])) err_type(r, "decode() argument 'errors' must be str, not %s", a[1] == V_NONE ? "None" : v_type(r, a[1])->name);
    int codec = codec_lookup(r, a[0]);
    if (bytes_check(r, args[0])) return codec_decode(r, codec, args[0], a[1]);
    SELF_DATA(d);
    return codec_decode(r, codec, bytes_new(r, d, (size_t)dlen), a[1]);
}

static Value bytes_hex_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    Value a[2];
    arg_parse(r, "hex", args + 1, nargs - 1, kwnames, 0, 0, names, a);
    uint32_t sepc = 0;
    int64_t per = 1;
    if (a[0] != V_NULL) {
        int64_t n;
        if (str_check(a[0])) {
            if (str_ptr(a[0])->len != 1) err_value(r, "sep must be length 1.");
            sepc = str_char(str_ptr(a[0]), 0);
        } else if (bytes_buffer(r, a[0], &n)) {
            if (n != 1) err_value(r, "sep must be length 1.");
            sepc = bytes_buffer(r, a[0], &n)[0];
        } else if (v_type(r, a[0])->len || type_lookup(r, v_type(r, a[0]), NM(r, __len__)) != V_NULL)
            err_type(r, "sep must be str or bytes.");
        else err_type(r, "object of type '%T' has no len()", a[0]);
        if (sepc > 127) err_value(r, "sep must be ASCII.");
        if (a[1] != V_NULL) per = bytes_index_of(r, a[1]);
    }
    SELF_DATA(d);
    static const char hex[] = "0123456789abcdef";
    StrBuf b;
    strbuf_init(r, &b);
    int64_t ap = per < 0 ? -per : per;
    for (int64_t i = 0; i < dlen; i++) {   /* budget */
        if (sepc && ap && i > 0) {
            /* positive bytes_per_sep counts groups from the right */
            int64_t pos = per > 0 ? dlen - i : i;
            if (pos % ap == 0) strbuf_add_char(&b, sepc);
        }
        d = bytes_buffer(r, args[0], &dlen);
        char t[2] = {hex[d[i] >> 4], hex[d[i] & 15]};
        strbuf_add_ascii(&b, t, 2);
    }
    return strbuf_finish(&b);
}

static int bytes_hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static Value bytes_fromhex_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "fromhex", nargs - 1, kwnames, 1, 1);
    Value s = args[1];
    if (!str_check(s)) err_type(r, "fromhex() argument must be str, not %s", s == V_NONE ? "None" : v_type(r, s)->name);
    Value acc = ba_new(r, NULL, 0);
    int64_t n = str_ptr(s)->len;
    for (int64_t i = 0; i < n;) {   /* budget */
        uint32_t c = str_char(str_ptr(s), i);
        if (c == ' ' || (c >= '\t' && c <= '\r')) { i++; continue; }
        int hi = bytes_hexval(c);
        if (hi < 0) err_value(r, "non-hexadecimal number found in fromhex() arg at position %lld", (long long)i);
        int lo = i + 1 < n ? bytes_hexval(str_char(str_ptr(s), i + 1)) : -1;
        /* CPython 3.13.0 reports the second digit's position, even past the end */
        if (lo < 0) err_value(r, "non-hexadecimal number found in fromhex() arg at position %lld", (long long)(i + 1));
        uint8_t b = (uint8_t)(hi * 16 + lo);
        ba_append_raw(r, acc, &b, 1);
        i += 2;
    }
    Value cls = args[0];
    ByteArray *x = ba_ptr(acc);
    const uint8_t *d = x->data ? x->data : (const uint8_t *)"";
    Value res = cls == v_from_obj(r->t_bytearray) ? ba_new(r, d, (size_t)x->len) : bytes_new(r, d, (size_t)x->len);
    heap_keep(acc);
    if (cls == v_from_obj(r->t_bytearray) || cls == v_from_obj(r->t_bytes)) return res;
    return op_call1(r, cls, res);
}

static Value bytes_getnewargs_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__getnewargs__", nargs - 1, kwnames, 0, 0);
    SELF_DATA(d);
    return tuple_pack(r, 1, bytes_new(r, d, (size_t)dlen));
}

static Value bytes_isX_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int what) {
    arg_count(r, name, nargs - 1, kwnames, 0, 0);
    SELF_DATA(d);
    if (what == 4) {   /* isascii: true for empty */
        for (int64_t i = 0; i < dlen; i++) if (d[i] >= 128) return V_FALSE;
        return V_TRUE;
    }
    if (dlen == 0) return V_FALSE;
    bool any_cased = false;
    for (int64_t i = 0; i < dlen; i++) {
        uint8_t c = d[i];
        bool alpha = (c | 32) >= 'a' && (c | 32) <= 'z', digit = c >= '0' && c <= '9';
        switch (what) {
        case 0: if (!alpha) return V_FALSE; break;
        case 1: if (!digit) return V_FALSE; break;
        case 2: if (!alpha && !digit) return V_FALSE; break;
        case 3: if (!bytes_isspace(c)) return V_FALSE; break;
        case 5: if (c >= 'a' && c <= 'z') return V_FALSE; if (c >= 'A' && c <= 'Z') any_cased = true; break;
        case 6: if (c >= 'A' && c <= 'Z') return V_FALSE; if (c >= 'a' && c <= 'z') any_cased = true; break;
        }
    }
    if (what == 5 || what == 6) return v_bool(any_cased);
    return V_TRUE;
}
static Value bytes_isalpha_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_isX_common(r, a, n, kw, "isalpha", 0); }
static Value bytes_isdigit_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_isX_common(r, a, n, kw, "isdigit", 1); }
static Value bytes_isalnum_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_isX_common(r, a, n, kw, "isalnum", 2); }
static Value bytes_isspace_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_isX_common(r, a, n, kw, "isspace", 3); }
static Value bytes_isascii_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_isX_common(r, a, n, kw, "isascii", 4); }
static Value bytes_isupper_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_isX_common(r, a, n, kw, "isupper", 5); }
static Value bytes_islower_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_isX_common(r, a, n, kw, "islower", 6); }

static Value bytes_fix2_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, bool suffix) {
    arg_count(r, name, nargs - 1, kwnames, 1, 1);
    Value p = bytes_arg(r, args[1]);
    SELF_DATA(d);
    int64_t pn = bytes_ptr(p)->len;
    if (pn <= dlen && memcmp(suffix ? d + dlen - pn : d, bytes_ptr(p)->data, (size_t)pn) == 0) {
        if (suffix) return bytes_like(r, args[0], d, (size_t)(dlen - pn));
        return bytes_like(r, args[0], d + pn, (size_t)(dlen - pn));
    }
    return bytes_like(r, args[0], d, (size_t)dlen);
}
static Value bytes_removeprefix_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_fix2_common(r, a, n, kw, "removeprefix", false); }
static Value bytes_removesuffix_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_fix2_common(r, a, n, kw, "removesuffix", true); }

/* ---- ASCII case mappings, padding, partition, splitlines, translate ---- */

static bool b_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool b_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }

/* modes: 0 capitalize, 1 title, 2 swapcase */
static Value bytes_case2_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int mode) {
    arg_count(r, name, nargs - 1, kwnames, 0, 0);
    SELF_DATA(d);
    Value res = bytes_like(r, args[0], d, (size_t)dlen);
    int64_t n;
    uint8_t *o = (uint8_t *)bytes_buffer(r, res, &n);
    bool prev = false;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = o[i];
        switch (mode) {
        case 0: if (i == 0 ? b_lower(c) : b_upper(c)) o[i] = c ^ 32; break;
        case 1:
            if (prev ? b_upper(c) : b_lower(c)) o[i] = c ^ 32;
            prev = b_upper(c) || b_lower(c);
            break;
        default: if (b_upper(c) || b_lower(c)) o[i] = c ^ 32; break;
        }
    }
    return res;
}
static Value bytes_capitalize_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_case2_common(r, a, n, kw, "capitalize", 0); }
static Value bytes_title_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_case2_common(r, a, n, kw, "title", 1); }
static Value bytes_swapcase_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_case2_common(r, a, n, kw, "swapcase", 2); }

static Value bytes_istitle_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "istitle", nargs - 1, kwnames, 0, 0);
    SELF_DATA(d);
    bool cased = false, prev = false;
    for (int64_t i = 0; i < dlen; i++) {
        uint8_t c = d[i];
        if (b_upper(c)) { if (prev) return V_FALSE; prev = cased = true; }
        else if (b_lower(c)) { if (!prev) return V_FALSE; prev = cased = true; }
        else prev = false;
    }
    return v_bool(cased);
}

/* Builds the receiver's kind from pieces: left fill, data, right fill. */
static Value bytes_padded(Realm *r, Value self, int64_t left, int64_t right, uint8_t fill) {
    Value acc = ba_new(r, NULL, 0);
    int64_t n;
    const uint8_t *d = bytes_buffer(r, self, &n);
    int64_t total;
    if (__builtin_add_overflow(n, left, &total) || __builtin_add_overflow(total, right, &total)) err_no_memory(r);
    ba_reserve(r, acc, total);
    ByteArray *a = ba_ptr(acc);
    d = bytes_buffer(r, self, &n);
    memset(a->data, fill, (size_t)left);
    memcpy(a->data + left, d, (size_t)n);
    memset(a->data + left + n, fill, (size_t)right);
    ba_set_len(a, total);
    return bytes_like(r, self, a->data, (size_t)total);
}

static Value bytes_just_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int how) {
    arg_count(r, name, nargs - 1, kwnames, 1, 2);
    if (!v_is_int(args[1]) && !v_type(r, args[1])->index)
        err_type(r, "'%s' object cannot be interpreted as an integer", v_type(r, args[1])->name);
    int64_t width = bytes_index_of(r, args[1]);
    uint8_t fill = ' ';
    if (nargs > 2) {
        int64_t fn;
        const uint8_t *fd = bytes_buffer(r, args[2], &fn);
        if (!fd || fn != 1)
            err_type(r, "%s() argument 2 must be a byte string of length 1, not %s", name, v_type(r, args[2])->name);
        fill = fd[0];
    }
    SELF_DATA(d);
    (void)d;
    if (width <= dlen) return bytes_like(r, args[0], d, (size_t)dlen);
    int64_t pad = width - dlen;
    if (how == 0) return bytes_padded(r, args[0], 0, pad, fill);
    if (how == 1) return bytes_padded(r, args[0], pad, 0, fill);
    int64_t left = pad / 2 + (pad & width & 1);
    return bytes_padded(r, args[0], left, pad - left, fill);
}
static Value bytes_ljust_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_just_common(r, a, n, kw, "ljust", 0); }
static Value bytes_rjust_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_just_common(r, a, n, kw, "rjust", 1); }
static Value bytes_center_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_just_common(r, a, n, kw, "center", 2); }

static Value bytes_zfill_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "zfill", nargs - 1, kwnames, 1, 1);
    int64_t width = bytes_index_of(r, args[1]);
    SELF_DATA(d);
    if (width <= dlen) return bytes_like(r, args[0], d, (size_t)dlen);
    Value res = bytes_padded(r, args[0], width - dlen, 0, '0');
    int64_t n;
    uint8_t *o = (uint8_t *)bytes_buffer(r, res, &n);
    if (dlen > 0 && (o[width - dlen] == '+' || o[width - dlen] == '-')) {
        o[0] = o[width - dlen];
        o[width - dlen] = '0';
    }
    return res;
}

static Value bytes_expandtabs_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    Value a[1];
    arg_parse(r, "expandtabs", args + 1, nargs - 1, kwnames, 0, 0, names, a);
    int64_t tab = a[0] != V_NULL ? bytes_index_of(r, a[0]) : 8;
    Value acc = ba_new(r, NULL, 0);
    SELF_DATA(d);
    Value copy = bytes_new(r, d, (size_t)dlen);
    d = bytes_ptr(copy)->data;
    int64_t col = 0;
    for (int64_t i = 0; i < dlen; i++) {   /* budget */
        uint8_t c = d[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                for (int64_t j = 0; j < k; j++) ba_append_raw(r, acc, (const uint8_t *)" ", 1);
                col += k;
            }
        } else {
            ba_append_raw(r, acc, &c, 1);
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    ByteArray *x = ba_ptr(acc);
    Value res = bytes_like(r, args[0], x->data ? x->data : (const uint8_t *)"", (size_t)x->len);
    heap_keep(acc);
    return res;
}

static Value bytes_partition_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, bool right) {
    arg_count(r, name, nargs - 1, kwnames, 1, 1);
    Value sep = bytes_arg(r, args[1]);
    int64_t sn = bytes_ptr(sep)->len;
    if (sn == 0) err_value(r, "empty separator");
    SELF_DATA(d);
    Value self = bytes_new(r, d, (size_t)dlen);
    d = bytes_ptr(self)->data;
    int64_t k = bytes_find_raw(d, dlen, bytes_ptr(sep)->data, sn, 0, dlen, right ? -1 : 1);
    if (k < 0) {
        Value e1 = bytes_like(r, args[0], d, 0), e2 = bytes_like(r, args[0], d, 0);
        Value whole = bytes_like(r, args[0], d, (size_t)dlen);
        return right ? tuple_pack(r, 3, e1, e2, whole) : tuple_pack(r, 3, whole, e1, e2);
    }
    Value head = bytes_like(r, args[0], d, (size_t)k);
    Value mid = bytes_like(r, args[0], bytes_ptr(sep)->data, (size_t)sn);
    Value tail = bytes_like(r, args[0], d + k + sn, (size_t)(dlen - k - sn));
    return tuple_pack(r, 3, head, mid, tail);
}
static Value bytes_partition_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_partition_common(r, a, n, kw, "partition", false); }
static Value bytes_rpartition_m(Realm *r, Value *a, size_t n, Value kw) { return bytes_partition_common(r, a, n, kw, "rpartition", true); }

static Value bytes_splitlines_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"keepends", NULL};
    Value a[1];
    arg_parse(r, "splitlines", args + 1, nargs - 1, kwnames, 0, 0, names, a);
    bool keep = a[0] != V_NULL && op_truth(r, a[0]);
    Value list = list_new(r, 0);
    SELF_DATA(d);
    Value self = bytes_new(r, d, (size_t)dlen);
    d = bytes_ptr(self)->data;
    int64_t i = 0;
    while (i < dlen) {   /* budget */
        int64_t j = i;
        while (j < dlen && d[j] != '\n' && d[j] != '\r') j++;
        int64_t eol = j;
        if (j < dlen) {
            j += (d[j] == '\r' && j + 1 < dlen && d[j + 1] == '\n') ? 2 : 1;
            if (keep) eol = j;
        }
        list_append(r, list, bytes_like(r, args[0], d + i, (size_t)(eol - i)));
        i = j;
    }
    return list;
}

static Value bytes_translate_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"table", "delete", NULL};
    Value a[2];
    arg_parse(r, "translate", args + 1, nargs - 1, kwnames, 1, 1, names, a);
    Value table = V_NULL;
    if (a[0] != V_NONE) {
        table = bytes_arg(r, a[0]);
        if (bytes_ptr(table)->len != 256) err_value(r, "translation table must be 256 characters long");
    }
    bool del[256] = {false};
    if (a[1] != V_NULL) {
        Value dl = bytes_arg(r, a[1]);
        for (int64_t i = 0; i < bytes_ptr(dl)->len; i++) del[bytes_ptr(dl)->data[i]] = true;
    }
    Value acc = ba_new(r, NULL, 0);
    SELF_DATA(d);
    ba_reserve(r, acc, dlen);
    d = bytes_buffer(r, args[0], &dlen);
    ByteArray *x = ba_ptr(acc);
    int64_t k = 0;
    for (int64_t i = 0; i < dlen; i++) {
        if (del[d[i]]) continue;
        x->data[k++] = table != V_NULL ? bytes_ptr(table)->data[d[i]] : d[i];
    }
    ba_set_len(x, k);
    Value res = bytes_like(r, args[0], x->data ? x->data : (const uint8_t *)"", (size_t)k);
    heap_keep(acc);
    return res;
}

static Value bytes_maketrans_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "maketrans", nargs, kwnames, 2, 2);
    Value from = bytes_arg(r, args[0]), to = bytes_arg(r, args[1]);
    if (bytes_ptr(from)->len != bytes_ptr(to)->len) err_value(r, "maketrans arguments must have same length");
    Value res = bytes_alloc(r, 256);
    uint8_t *o = bytes_ptr(res)->data;
    for (int i = 0; i < 256; i++) o[i] = (uint8_t)i;
    for (int64_t i = 0; i < bytes_ptr(from)->len; i++) o[bytes_ptr(from)->data[i]] = bytes_ptr(to)->data[i];
    return res;
}

static Value bytes_mod_slot(Realm *r, Value a, Value b) {
    int64_t n;
    if (!bytes_buffer(r, a, &n)) return r->notimpl;
    Value res = bytes_percent(r, a, b);
    if (ba_check(r, a)) return ba_new(r, bytes_ptr(res)->data, (size_t)bytes_ptr(res)->len);
    return res;
}
static Value bytes_mod_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__mod__", nargs - 1, kw, 1, 1);
    return bytes_mod_slot(r, args[0], args[1]);
}
static Value bytes_rmod_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__rmod__", nargs - 1, kw, 1, 1);
    return bytes_mod_slot(r, args[1], args[0]);
}

/* ---- dunder methods (the slots seen from Python) ---- */

static void bytes_self_check(Realm *r, const char *name, Value *args, size_t nargs) {
    int64_t n;
    if (nargs < 1 || !bytes_buffer(r, args[0], &n))
        err_type(r, "descriptor '%s' requires a 'bytes' object but received a '%s'", name,
                 nargs < 1 ? "NoneType" : v_type(r, args[0])->name);
}

#define BYTES_CMP_DUNDER(fn, nm, op) \
    static Value fn(Realm *r, Value *args, size_t nargs, Value kw) { \
        bytes_self_check(r, nm, args, nargs); \
        arg_count(r, nm, nargs - 1, kw, 1, 1); \
        /* bytes compares only with bytes; bytearray with any buffer */ \
        if (!ba_check(r, args[0]) && !(v_is_obj(args[1]) && (v_obj(args[1])->type->flags & TF_BYTES_SUB))) \
            return r->notimpl; \
        return bytes_richcmp(r, args[0], args[1], op); \
    }
BYTES_CMP_DUNDER(bytes_eq_m, "__eq__", CMP_EQ)
BYTES_CMP_DUNDER(bytes_ne_m, "__ne__", CMP_NE)
BYTES_CMP_DUNDER(bytes_lt_m, "__lt__", CMP_LT)
BYTES_CMP_DUNDER(bytes_le_m, "__le__", CMP_LE)
BYTES_CMP_DUNDER(bytes_gt_m, "__gt__", CMP_GT)
BYTES_CMP_DUNDER(bytes_ge_m, "__ge__", CMP_GE)
#undef BYTES_CMP_DUNDER

#define BYTES_UNARY_DUNDER(fn, nm, expr) \
    static Value fn(Realm *r, Value *args, size_t nargs, Value kw) { \
        bytes_self_check(r, nm, args, nargs); \
        arg_count(r, nm, nargs - 1, kw, 0, 0); \
        return expr; \
    }
BYTES_UNARY_DUNDER(bytes_len_m, "__len__", int_from_i64(r, bytes_len_slot(r, args[0])))
BYTES_UNARY_DUNDER(bytes_iter_m, "__iter__", bytes_iter_slot(r, args[0]))
BYTES_UNARY_DUNDER(bytes_repr_m, "__repr__", bytes_repr_slot(r, args[0]))
BYTES_UNARY_DUNDER(bytes_str_m, "__str__", bytes_repr_slot(r, args[0]))
#undef BYTES_UNARY_DUNDER

static Value bytes_hash_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1 || !v_is_obj(args[0]) || !(v_obj(args[0])->type->flags & TF_BYTES_SUB))
        err_type(r, "descriptor '__hash__' requires a 'bytes' object");
    arg_count(r, "__hash__", nargs - 1, kw, 0, 0);
    return int_from_i64(r, bytes_hash_slot(r, args[0]));
}
static Value bytes_bytes_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1 || !v_is_obj(args[0]) || !(v_obj(args[0])->type->flags & TF_BYTES_SUB))
        err_type(r, "descriptor '__bytes__' requires a 'bytes' object");
    arg_count(r, "__bytes__", nargs - 1, kw, 0, 0);
    if (v_obj(args[0])->type == r->t_bytes) return args[0];
    return bytes_new(r, bytes_ptr(args[0])->data, (size_t)bytes_ptr(args[0])->len);
}
static Value bytes_getitem_m(Realm *r, Value *args, size_t nargs, Value kw) {
    bytes_self_check(r, "__getitem__", args, nargs);
    arg_count(r, "__getitem__", nargs - 1, kw, 1, 1);
    return bytes_getitem(r, args[0], args[1]);
}
static Value bytes_contains_m(Realm *r, Value *args, size_t nargs, Value kw) {
    bytes_self_check(r, "__contains__", args, nargs);
    arg_count(r, "__contains__", nargs - 1, kw, 1, 1);
    return v_bool(bytes_contains_slot(r, args[0], args[1]));
}
static Value bytes_add_m(Realm *r, Value *args, size_t nargs, Value kw) {
    bytes_self_check(r, "__add__", args, nargs);
    arg_count(r, "__add__", nargs - 1, kw, 1, 1);
    int64_t n;
    if (!bytes_buffer(r, args[1], &n))
        err_type(r, "can't concat %s to %s", v_type(r, args[1])->name, v_type(r, args[0])->name);
    return bytes_add_slot(r, args[0], args[1]);
}
static Value bytes_mul_m(Realm *r, Value *args, size_t nargs, Value kw) {
    bytes_self_check(r, "__mul__", args, nargs);
    arg_count(r, "__mul__", nargs - 1, kw, 1, 1);
    if (!v_is_int(args[1]) && !v_type(r, args[1])->index)
        err_type(r, "'%s' object cannot be interpreted as an integer", v_type(r, args[1])->name);
    return bytes_mul_slot(r, args[0], args[1]);
}
static Value bytes_new_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1) err_type(r, "bytes.__new__(): not enough arguments");
    if (!v_is_obj(args[0]) || !(v_obj(args[0])->type->flags & TF_TYPE_SUB))
        err_type(r, "bytes.__new__(X): X is not a type object (%T)", args[0]);
    Type *t = (Type *)v_obj(args[0]);
    if (!type_is_subtype(t, r->t_bytes))
        err_type(r, "bytes.__new__(%s): %s is not a subtype of bytes", t->name, t->name);
    return bytes_new_slot(r, t, args + 1, nargs - 1, kw);
}
static Value ba_new_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1) err_type(r, "bytearray.__new__(): not enough arguments");
    if (!v_is_obj(args[0]) || !(v_obj(args[0])->type->flags & TF_TYPE_SUB))
        err_type(r, "bytearray.__new__(X): X is not a type object (%T)", args[0]);
    Type *t = (Type *)v_obj(args[0]);
    if (!type_is_subtype(t, r->t_bytearray))
        err_type(r, "bytearray.__new__(%s): %s is not a subtype of bytearray", t->name, t->name);
    return ba_new_slot(r, t, args + 1, nargs - 1, kw);
}
static Value ba_setitem_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1 || !ba_check(r, args[0])) err_type(r, "descriptor '__setitem__' requires a 'bytearray' object");
    arg_count(r, "__setitem__", nargs - 1, kw, 2, 2);
    ba_setitem(r, args[0], args[1], args[2]);
    return V_NONE;
}
static Value ba_delitem_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1 || !ba_check(r, args[0])) err_type(r, "descriptor '__delitem__' requires a 'bytearray' object");
    arg_count(r, "__delitem__", nargs - 1, kw, 1, 1);
    ba_setitem(r, args[0], args[1], V_NULL);
    return V_NONE;
}
static Value ba_iadd_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1 || !ba_check(r, args[0])) err_type(r, "descriptor '__iadd__' requires a 'bytearray' object");
    arg_count(r, "__iadd__", nargs - 1, kw, 1, 1);
    return ba_iadd(r, args[0], args[1]);
}
static Value ba_imul_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1 || !ba_check(r, args[0])) err_type(r, "descriptor '__imul__' requires a 'bytearray' object");
    arg_count(r, "__imul__", nargs - 1, kw, 1, 1);
    return ba_imul(r, args[0], args[1]);
}

static const MethodDef bytes_common_dunders[] = {
    {"__eq__", bytes_eq_m, 0}, {"__ne__", bytes_ne_m, 0}, {"__lt__", bytes_lt_m, 0},
    {"__le__", bytes_le_m, 0}, {"__gt__", bytes_gt_m, 0}, {"__ge__", bytes_ge_m, 0},
    {"__len__", bytes_len_m, 0}, {"__iter__", bytes_iter_m, 0}, {"__repr__", bytes_repr_m, 0},
    {"__str__", bytes_str_m, 0}, {"__getitem__", bytes_getitem_m, 0},
    {"__contains__", bytes_contains_m, 0}, {"__add__", bytes_add_m, 0},
    {"__mul__", bytes_mul_m, 0}, {"__rmul__", bytes_mul_m, 0},
    {NULL, NULL, 0},
};

static const MethodDef bytes_dunders[] = {
    {"__new__", bytes_new_m, NF_STATICMETHOD}, {"__hash__", bytes_hash_m, 0},
    {"__bytes__", bytes_bytes_m, 0},
    {NULL, NULL, 0},
};

static const MethodDef ba_dunders[] = {
    {"__new__", ba_new_m, NF_STATICMETHOD}, {"__init__", ba_init_slot, 0}, {"__setitem__", ba_setitem_m, 0},
    {"__delitem__", ba_delitem_m, 0}, {"__iadd__", ba_iadd_m, 0}, {"__imul__", ba_imul_m, 0},
    {NULL, NULL, 0},
};

static const MethodDef bytes_common_methods[] = {
    {"decode", bytes_decode_m, 0}, {"hex", bytes_hex_m, 0},
    {"fromhex", bytes_fromhex_m, NF_CLASSMETHOD},
    {"join", bytes_join_m, 0}, {"split", bytes_split_m, 0}, {"rsplit", bytes_rsplit_m, 0},
    {"strip", bytes_strip_m, 0}, {"lstrip", bytes_lstrip_m, 0}, {"rstrip", bytes_rstrip_m, 0},
    {"replace", bytes_replace_m, 0}, {"find", bytes_find_m, 0}, {"rfind", bytes_rfind_m, 0},
    {"index", bytes_index_m, 0}, {"rindex", bytes_rindex_m, 0}, {"count", bytes_count_m, 0},
    {"startswith", bytes_startswith_m, 0}, {"endswith", bytes_endswith_m, 0},
    {"upper", bytes_upper_m, 0}, {"lower", bytes_lower_m, 0},
    {"isalpha", bytes_isalpha_m, 0}, {"isdigit", bytes_isdigit_m, 0}, {"isalnum", bytes_isalnum_m, 0},
    {"isspace", bytes_isspace_m, 0}, {"isascii", bytes_isascii_m, 0}, {"isupper", bytes_isupper_m, 0},
    {"islower", bytes_islower_m, 0},
    {"removeprefix", bytes_removeprefix_m, 0}, {"removesuffix", bytes_removesuffix_m, 0},
    {"capitalize", bytes_capitalize_m, 0}, {"title", bytes_title_m, 0}, {"swapcase", bytes_swapcase_m, 0},
    {"istitle", bytes_istitle_m, 0}, {"ljust", bytes_ljust_m, 0}, {"rjust", bytes_rjust_m, 0},
    {"center", bytes_center_m, 0}, {"zfill", bytes_zfill_m, 0}, {"expandtabs", bytes_expandtabs_m, 0},
    {"partition", bytes_partition_m, 0}, {"rpartition", bytes_rpartition_m, 0},
    {"splitlines", bytes_splitlines_m, 0}, {"translate", bytes_translate_m, 0},
    {"maketrans", bytes_maketrans_m, NF_STATICMETHOD},
    {"__mod__", bytes_mod_m, 0}, {"__rmod__", bytes_rmod_m, 0},
    {"__buffer__", memview_dunder_buffer, 0},
    {NULL, NULL, 0},
};

static const MethodDef bytes_only_methods[] = {
    {"__getnewargs__", bytes_getnewargs_m, 0},
    {NULL, NULL, 0},
};

static const MethodDef ba_methods[] = {
    {"append", ba_append_m, 0}, {"extend", ba_extend_m, 0}, {"pop", ba_pop_m, 0},
    {"insert", ba_insert_m, 0}, {"remove", ba_remove_m, 0}, {"clear", ba_clear_m, 0},
    {"reverse", ba_reverse_m, 0}, {"copy", ba_copy_m, 0}, {"__alloc__", ba_alloc_m, 0},
    {"__release_buffer__", memview_dunder_release_buffer, 0},
    {NULL, NULL, 0},
};

void bytes_init_type(Realm *r) {
    Type *t = r->t_bytes;
    t->basicsize = sizeof(Bytes);
    t->flags |= TF_BASETYPE | TF_BYTES_SUB | TF_IMMUTABLE;
    t->new_ = bytes_new_slot;
    t->repr = bytes_repr_slot;
    t->str = bytes_str_slot;
    t->hash = bytes_hash_slot;
    t->richcmp = bytes_richcmp;
    t->iter = bytes_iter_slot;
    t->len = bytes_len_slot;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains_slot;
    t->nb[NB_ADD] = bytes_add_slot;
    t->nb[NB_MUL] = bytes_mul_slot;
    t->nb[NB_MOD] = bytes_mod_slot;
    type_add_methods(r, t, bytes_common_methods);
    type_add_methods(r, t, bytes_only_methods);
    type_add_methods(r, t, bytes_common_dunders);
    type_add_methods(r, t, bytes_dunders);
    if (r->empty_bytes == V_NULL) r->empty_bytes = bytes_alloc(r, 0);

    Type *a = r->t_bytearray;
    a->basicsize = sizeof(ByteArray);
    a->flags |= TF_BASETYPE | TF_IMMUTABLE;
    a->trace = ba_trace;
    a->finalize = ba_finalize;
    a->new_ = ba_new_slot;
    a->init = ba_init_slot;
    a->repr = bytes_repr_slot;
    a->str = bytes_str_slot;
    a->hash = NULL;
    a->richcmp = bytes_richcmp;
    a->iter = bytes_iter_slot;
    a->len = bytes_len_slot;
    a->getitem = bytes_getitem;
    a->setitem = ba_setitem;
    a->contains = bytes_contains_slot;
    a->nb[NB_ADD] = bytes_add_slot;
    a->nb[NB_MUL] = bytes_mul_slot;
    a->nb[NB_MOD] = bytes_mod_slot;
    a->inb[NB_ADD] = ba_iadd;
    a->inb[NB_MUL] = ba_imul;
    type_add_methods(r, a, bytes_common_methods);
    type_add_methods(r, a, ba_methods);
    type_add_methods(r, a, bytes_common_dunders);
    type_add_methods(r, a, ba_dunders);
    /* bytearray is unhashable: __hash__ = None, as in CPython (subclasses inherit it) */
    dict_set(r, a->dict, str_intern_cstr(r, "__hash__"), V_NONE);   /* NM() is not set yet */

    Type *it = r->t_bytes_iterator;
    it->basicsize = sizeof(BytesIter);
    it->flags |= TF_IMMUTABLE;
    it->trace = bytesiter_trace;
    it->iter = bytesiter_self;
    it->next = bytesiter_next;
    type_add_methods(r, it, bytesiter_methods);
}
