/* _struct: the packing core under the struct module (src/modules/py/struct.py).
 * A format is parsed on every call, in one pass that yields (code, count)
 * items with their offsets; the layout is that of CPython 3.13 on x86-64
 * Linux: '@' (the default) uses native sizes and aligns each item to its
 * size, '=', '<', '>', '!' use standard sizes with no alignment; native byte
 * order is little-endian.
 *
 * Invariants: every offset and size is overflow-checked against
 * STRUCT_MAX_SIZE (larger totals are "total struct size too long"); data is
 * read and written only inside [0, size) of a buffer that was checked to
 * hold the whole layout; loops over counts are charged to the instruction
 * budget. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "core/realm.h"
#include "core/limits.h"
#include "modules/modules.h"
#include "objects/int_impl.h"
#include "objects/strimpl.h"
#include "vm/ops.h"

#define STRUCT_MAX_SIZE ((int64_t)1 << 62)

typedef struct StFormat {
    const uint8_t *p, *end;
    bool native;      /* '@': native sizes and alignment */
    bool little;      /* byte order */
} StFormat;

typedef struct StItem {
    uint8_t code;
    int64_t count;    /* repeat count (or length for s/p) */
    int64_t size;     /* size of one item */
    int64_t offset;   /* offset of the first item */
} StItem;

static _Noreturn void st_error(Realm *r, const char *fmt, ...);

static Value st_error_class(Realm *r) {
    Value m = modules_import(r, "_struct");
    Value e = dict_get_cstr(r, ((Module *)v_obj(m))->dict, "error");
    if (e == V_NULL || !v_is_obj(e)) err_format(r, EXC(r, RuntimeError), "_struct.error is missing");
    return e;
}

static _Noreturn void st_error(Realm *r, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vformat(r, fmt, ap);
    va_end(ap);
    Type *t = (Type *)v_obj(st_error_class(r));
    err_format(r, t, "%U", msg);
}

/* Size of one item of `code`, or 0 if the code is not valid in this mode. */
static int64_t st_code_size(const StFormat *f, uint8_t c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return f->native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return f->native ? 8 : 0;
    default: return 0;
    }
}

static void st_begin(Realm *r, Value fmt, StFormat *f) {
    const uint8_t *p;
    size_t n;
    if (v_is_obj(fmt) && (v_obj(fmt)->type->flags & TF_BYTES_SUB)) {
        p = bytes_ptr(fmt)->data;
        n = (size_t)bytes_ptr(fmt)->len;
    } else if (v_is_obj(fmt) && type_is_subtype(v_obj(fmt)->type, r->t_str)) {
        p = (const uint8_t *)str_utf8(r, fmt, &n);
    } else {
        err_type(r, "Struct() argument 1 must be a str or bytes object, not %T", fmt);
    }
    if (memchr(p, 0, n)) st_error(r, "embedded null character");
    f->p = p;
    f->end = p + n;
    f->native = true;
    f->little = true;
    if (f->p < f->end) {
        switch (*f->p) {
        case '@': f->p++; break;
        case '=': case '<': f->native = false; f->little = true; f->p++; break;
        case '>': case '!': f->native = false; f->little = false; f->p++; break;
        default: break;
        }
    }
}

static bool st_space(uint8_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* The next item after the layout's running size *pos (updated past it);
 * false at the end of the format. */
static bool st_next(Realm *r, StFormat *f, int64_t *pos, StItem *it) {
    while (f->p < f->end && st_space(*f->p)) f->p++;
    if (f->p >= f->end) return false;
    int64_t count = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        count = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            if (__builtin_mul_overflow(count, 10, &count) || __builtin_add_overflow(count, *f->p - '0', &count)
                || count > STRUCT_MAX_SIZE)
                st_error(r, "total struct size too long");
            f->p++;
        }
        if (f->p >= f->end) st_error(r, "repeat count given without format specifier");
    }
    uint8_t c = *f->p++;
    int64_t size = st_code_size(f, c);
    if (size == 0) {
        st_error(r, "bad char in struct format");
    }
    int64_t off = *pos;
    if (f->native && size > 1 && c != 's' && c != 'p') {
        off = (off + size - 1) / size * size;   /* off <= 2^62: no overflow */
    }
    int64_t total;
    if (__builtin_mul_overflow(size, count, &total) || __builtin_add_overflow(off, total, &total)
        || total > STRUCT_MAX_SIZE)
        st_error(r, "total struct size too long");
    it->code = c;
    it->count = count;
    it->size = size;
    it->offset = off;
    *pos = total;
    return true;
}

/* Number of arguments the item takes. */
static int64_t st_item_args(const StItem *it) {
    if (it->code == 'x') return 0;
    if (it->code == 's' || it->code == 'p') return 1;
    return it->count;
}

/* Size and argument count of a whole format. */
static void st_measure(Realm *r, Value fmt, int64_t *size, int64_t *nargs) {
    StFormat f;
    st_begin(r, fmt, &f);
    int64_t pos = 0, n = 0;
    StItem it;
    while (st_next(r, &f, &pos, &it)) n += st_item_args(&it);   /* n <= 2^62 * formats: bounded by count checks */
    *size = pos;
    *nargs = n;
}

/* ---------------------------------------------------------------- integers */

static void st_put_uint(uint8_t *p, uint64_t v, int64_t size, bool little) {
    for (int64_t i = 0; i < size; i++) {
        uint8_t b = (uint8_t)(v >> (8 * i));
        p[little ? i : size - 1 - i] = b;
    }
}

static uint64_t st_get_uint(const uint8_t *p, int64_t size, bool little) {
    uint64_t v = 0;
    for (int64_t i = 0; i < size; i++) v |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    return v;
}

static bool st_has_index(Realm *r, Value v) {
    if (int_check(r, v)) return true;
    return v_is_obj(v) && type_lookup(r, v_obj(v)->type, str_intern_cstr(r, "__index__")) != V_NULL;
}

static _Noreturn void st_range_error(Realm *r, uint8_t code, int64_t size, bool is_signed) {
    char lo[32], hi[32];
    if (is_signed) {
        int64_t mx = size >= 8 ? INT64_MAX : (int64_t)(((uint64_t)1 << (8 * size - 1)) - 1);
        (void)snprintf(lo, sizeof lo, "%lld", (long long)(-mx - 1));
        (void)snprintf(hi, sizeof hi, "%lld", (long long)mx);
    } else {
        uint64_t mx = size >= 8 ? UINT64_MAX : (((uint64_t)1 << (8 * size)) - 1);
        (void)snprintf(lo, sizeof lo, "0");
        (void)snprintf(hi, sizeof hi, "%llu", (unsigned long long)mx);
    }
    st_error(r, "'%c' format requires %s <= number <= %s", (int)code, lo, hi);
}

/* An int argument as 64 bits (two's complement for negatives); *ok false
 * if it is outside [-2^63, 2^64). */
static uint64_t st_int_bits(Realm *r, Value v, bool *neg, bool *ok) {
    int64_t s;
    *ok = true;
    *neg = false;
    if (int_to_i64(r, v, &s)) { *neg = s < 0; return (uint64_t)s; }
    if (int_sign(r, v) < 0 || int_bit_length(v) > 64) { *ok = false; *neg = int_sign(r, v) < 0; return 0; }
    Value hi = op_binary(r, NB_RSHIFT, v, v_small(32));
    Value lo = op_binary(r, NB_AND, v, v_small(0xffffffff));
    int64_t h, l;
    (void)int_to_i64(r, hi, &h);
    (void)int_to_i64(r, lo, &l);
    return ((uint64_t)h << 32) | (uint64_t)l;
}

static void st_pack_int(Realm *r, const StFormat *f, const StItem *it, uint8_t *p, Value v) {
    if (!st_has_index(r, v)) st_error(r, "required argument is not an integer");
    v = num_index(r, v);
    bool neg, ok;
    uint64_t bits = st_int_bits(r, v, &neg, &ok);
    uint8_t c = it->code;
    int64_t size = it->size;
    if (c == 'P') {
        if (!ok) st_error(r, "int too large to convert");
    } else if (c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n') {
        int64_t mx = size >= 8 ? INT64_MAX : (int64_t)(((uint64_t)1 << (8 * size - 1)) - 1);
        if (!ok || (!neg && bits > (uint64_t)mx) || (neg && (int64_t)bits < -mx - 1)) st_range_error(r, c, size, true);
    } else {
        uint64_t mx = size >= 8 ? UINT64_MAX : (((uint64_t)1 << (8 * size)) - 1);
        if (!ok || neg || bits > mx) st_range_error(r, c, size, false);
    }
    st_put_uint(p, bits, size, f->little);
}

static Value st_unpack_int(Realm *r, const StFormat *f, const StItem *it, const uint8_t *p) {
    uint64_t u = st_get_uint(p, it->size, f->little);
    switch (it->code) {
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
        int bits = (int)(8 * it->size);
        if (bits < 64 && (u >> (bits - 1)) & 1) u |= ~(uint64_t)0 << bits;
        return int_from_i64(r, (int64_t)u);
    }
    default:
        return int_from_u64(r, u);
    }
}

/* ------------------------------------------------------------------ floats */

/* IEEE 754 binary16 bits of x, rounded to nearest even. */
static uint16_t st_half_bits(Realm *r, double x) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) return sign | 0x7e00;
    double a = fabs(x);
    if (isinf(a)) return sign | 0x7c00;
    if (a == 0.0) return sign;
    int e;
    double m = frexp(a, &e);   /* a = m * 2^e, 0.5 <= m < 1 */
    m *= 2.0;
    e -= 1;                    /* a = m * 2^e, 1 <= m < 2 */
    if (e >= 16) goto overflow;
    if (e < -14) {
        /* subnormal: units of 2^-24; exact scaling, then round half even */
        double units = rint(ldexp(a, 24));
        return (uint16_t)(sign | (uint16_t)units);   /* units <= 1024: 1024 is the smallest normal */
    }
    double frac = rint((m - 1.0) * 1024.0);
    int be = e + 15;
    if (frac >= 1024.0) { frac = 0.0; be++; }
    if (be >= 31) goto overflow;
    return (uint16_t)(sign | (uint16_t)(be << 10) | (uint16_t)frac);
overflow:
    err_format(r, EXC(r, OverflowError), "float too large to pack with e format");
}

static double st_half_value(uint16_t h) {
    int e = (h >> 10) & 0x1f;
    int m = h & 0x3ff;
    double v;
    if (e == 0) v = ldexp((double)m, -24);
    else if (e == 31) v = m ? NAN : INFINITY;
    else v = ldexp((double)(m + 1024), e - 25);
    return (h & 0x8000) ? -v : v;
}

static double st_float_arg(Realm *r, Value v) {
    if (!(float_check(r, v) || int_check(r, v)
          || (v_is_obj(v) && (type_lookup(r, v_obj(v)->type, str_intern_cstr(r, "__float__")) != V_NULL
                              || type_lookup(r, v_obj(v)->type, str_intern_cstr(r, "__index__")) != V_NULL))))
        st_error(r, "required argument is not a float");
    return float_as_double(r, v);
}

static void st_pack_float(Realm *r, const StFormat *f, const StItem *it, uint8_t *p, Value v) {
    double d = st_float_arg(r, v);
    if (it->code == 'e') {
        st_put_uint(p, st_half_bits(r, d), 2, f->little);
    } else if (it->code == 'f') {
        float x = (float)d;
        if (isinf(x) && !isinf(d) && !f->native)
            err_format(r, EXC(r, OverflowError), "float too large to pack with f format");
        uint32_t u;
        memcpy(&u, &x, 4);
        st_put_uint(p, u, 4, f->little);
    } else {
        uint64_t u;
        memcpy(&u, &d, 8);
        st_put_uint(p, u, 8, f->little);
    }
}

static Value st_unpack_float(Realm *r, const StFormat *f, const StItem *it, const uint8_t *p) {
    if (it->code == 'e') return v_from_double(st_half_value((uint16_t)st_get_uint(p, 2, f->little)));
    if (it->code == 'f') {
        uint32_t u = (uint32_t)st_get_uint(p, 4, f->little);
        float x;
        memcpy(&x, &u, 4);
        return v_from_double((double)x);
    }
    uint64_t u = st_get_uint(p, 8, f->little);
    double d;
    memcpy(&d, &u, 8);
    return v_from_double(d);
}

/* ------------------------------------------------------------ pack/unpack */

/* Packs args[0..nargs) by fmt into out[0..size) (already zeroed). */
static void st_pack_to(Realm *r, Value fmt, uint8_t *out, const Value *args) {
    StFormat f;
    st_begin(r, fmt, &f);
    int64_t pos = 0, ai = 0;
    StItem it;
    while (st_next(r, &f, &pos, &it)) {
        uint8_t *p = out + it.offset;
        switch (it.code) {
        case 'x':
            break;
        case 's': case 'p': {
            Value v = args[ai++];
            int64_t n;
            const uint8_t *d = NULL;
            if (v_is_obj(v) && ((v_obj(v)->type->flags & TF_BYTES_SUB) || type_is_subtype(v_obj(v)->type, r->t_bytearray)))
                d = bytes_buffer(r, v, &n);
            if (!d) st_error(r, "argument for '%c' must be a bytes object", (int)it.code);
            if (it.code == 's') {
                memcpy(p, d, (size_t)(n < it.count ? n : it.count));
            } else if (it.count > 0) {
                int64_t k = n < it.count - 1 ? n : it.count - 1;
                memcpy(p + 1, d, (size_t)k);
                p[0] = (uint8_t)(k > 255 ? 255 : k);
            }
            limits_count(r, (uint64_t)it.count / 64 + 1);
            break;
        }
        default:
            for (int64_t k = 0; k < it.count; k++, p += it.size) {
                Value v = args[ai++];
                switch (it.code) {
                case 'c': {
                    int64_t n;
                    const uint8_t *d = NULL;
                    if (v_is_obj(v) && (v_obj(v)->type->flags & TF_BYTES_SUB)) d = bytes_buffer(r, v, &n);
                    if (!d || n != 1) st_error(r, "char format requires a bytes object of length 1");
                    p[0] = d[0];
                    break;
                }
                case '?':
                    p[0] = op_truth(r, v) ? 1 : 0;
                    break;
                case 'e': case 'f': case 'd':
                    st_pack_float(r, &f, &it, p, v);
                    break;
                default:
                    st_pack_int(r, &f, &it, p, v);
                    break;
                }
                limits_count(r, 1);
            }
        }
    }
}

static Value st_unpack_at(Realm *r, Value fmt, const uint8_t *data, int64_t nargs) {
    Value t = tuple_new(r, (size_t)nargs);
    StFormat f;
    st_begin(r, fmt, &f);
    int64_t pos = 0, ai = 0;
    StItem it;
    while (st_next(r, &f, &pos, &it)) {
        const uint8_t *p = data + it.offset;
        switch (it.code) {
        case 'x':
            break;
        case 's':
            tuple_ptr(t)->items[ai++] = bytes_new(r, p, (size_t)it.count);
            limits_count(r, (uint64_t)it.count / 64 + 1);
            break;
        case 'p': {
            int64_t n = 0;
            if (it.count > 0) {
                n = p[0];
                if (n > it.count - 1) n = it.count - 1;
            }
            tuple_ptr(t)->items[ai++] = bytes_new(r, it.count > 0 ? p + 1 : p, (size_t)n);
            break;
        }
        default:
            for (int64_t k = 0; k < it.count; k++, p += it.size) {
                Value v;
                switch (it.code) {
                case 'c': v = bytes_new(r, p, 1); break;
                case '?': v = v_bool(p[0] != 0); break;
                case 'e': case 'f': case 'd': v = st_unpack_float(r, &f, &it, p); break;
                default: v = st_unpack_int(r, &f, &it, p); break;
                }
                tuple_ptr(t)->items[ai++] = v;
                limits_count(r, 1);
            }
        }
    }
    return t;
}

static Value st_calcsize_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "_struct.calcsize", nargs, kw, 1, 1);
    int64_t size, n;
    st_measure(r, args[0], &size, &n);
    return int_from_i64(r, size);
}

/* _struct._nargs(fmt): the number of values the format packs. */
static Value st_nargs_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "_nargs", nargs, kw, 1, 1);
    int64_t size, n;
    st_measure(r, args[0], &size, &n);
    return int_from_i64(r, n);
}

static Value st_pack_common(Realm *r, const char *name, Value fmt, Value *vals, size_t nvals) {
    int64_t size, n;
    st_measure(r, fmt, &size, &n);
    if ((uint64_t)n != nvals) st_error(r, "%s expected %lld items for packing (got %zu)", name, (long long)n, nvals);
    Value out = bytes_alloc(r, (size_t)size);
    memset(bytes_ptr(out)->data, 0, (size_t)size);
    st_pack_to(r, fmt, bytes_ptr(out)->data, vals);
    return out;
}

/* pack(fmt, *values) */
static Value st_pack_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "_struct.pack", 0, kw, 0, 0);
    if (nargs < 1) err_type(r, "missing format argument");
    return st_pack_common(r, "pack", args[0], args + 1, nargs - 1);
}

/* _pack_named(name, fmt, *values): pack with `name` in the count message. */
static Value st_pack_named_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 2) arg_count(r, "_pack_named", nargs, kw, 2, 2);
    arg_count(r, "_pack_named", 0, kw, 0, 0);
    const char *name = str_utf8(r, args[0], NULL);
    return st_pack_common(r, name, args[1], args + 2, nargs - 2);
}

static const uint8_t *st_buffer(Realm *r, Value v, int64_t *len) {
    const uint8_t *d = bytes_buffer(r, v, len);
    if (!d) err_type(r, "a bytes-like object is required, not '%T'", v);
    return d;
}

/* unpack(fmt, buffer) */
static Value st_unpack_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "unpack", nargs, kw, 2, 2);
    int64_t size, n, len;
    st_measure(r, args[0], &size, &n);
    const uint8_t *d = st_buffer(r, args[1], &len);
    if (len != size) st_error(r, "unpack requires a buffer of %lld bytes", (long long)size);
    /* copy: unpacking may run guest code (none today), and the buffer may move */
    Value copy = bytes_new(r, d, (size_t)len);
    return st_unpack_at(r, args[0], bytes_ptr(copy)->data, n);
}

/* unpack_from(fmt, buffer, offset) */
static Value st_unpack_from_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "unpack_from", nargs, kw, 3, 3);
    int64_t size, n, len;
    st_measure(r, args[0], &size, &n);
    int64_t off = int_as_ssize(r, num_index(r, args[2]));   /* may run guest code: before the buffer */
    const uint8_t *d = st_buffer(r, args[1], &len);
    if (off < 0) {
        if (off < -len) st_error(r, "offset %lld out of range for %lld-byte buffer", (long long)off, (long long)len);
        if (off + size > 0)   /* the data must lie before the end: |off| >= size */
            st_error(r, "not enough data to unpack %lld bytes at offset %lld", (long long)size, (long long)off);
        off += len;
    } else if (off > len || len - off < size) {
        int64_t need;
        if (__builtin_add_overflow(size, off, &need)) need = INT64_MAX;
        st_error(r, "unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at offset %lld (actual buffer size is %lld)",
                 (long long)need, (long long)size, (long long)off, (long long)len);
    }
    Value copy = bytes_new(r, d + off, (size_t)size);
    return st_unpack_at(r, args[0], bytes_ptr(copy)->data, n);
}

static const MethodDef st_functions[] = {
    {"calcsize", st_calcsize_m, 0},
    {"_nargs", st_nargs_m, 0},
    {"pack", st_pack_m, 0},
    {"_pack_named", st_pack_named_m, 0},
    {"unpack", st_unpack_m, 0},
    {"_unpack_from", st_unpack_from_m, 0},
    {NULL, NULL, 0},
};

Value struct_module_new(Realm *r) {
    Value name = str_from_cstr(r, "_struct");
    Value m = module_new(r, name);
    dict_set(r, r->modules, name, m);
    modules_add_functions(r, m, st_functions);
    /* error: a plain Exception subclass that struct.py re-exports */
    Value ns = dict_new(r);
    dict_set_cstr(r, ns, "__module__", str_from_cstr(r, "struct"));
    Value bases = tuple_new(r, 1);
    tuple_ptr(bases)->items[0] = v_from_obj(EXC(r, Exception));
    Value targs[3] = {str_from_cstr(r, "error"), bases, ns};
    Value err = op_call(r, v_from_obj(r->t_type), targs, 3, V_NULL);
    dict_set_cstr(r, ((Module *)v_obj(m))->dict, "error", err);
    return m;
}
