/* unicodedata: the character database as CPython 3.13's unicodedata module
 * answers it (Unicode 15.1.0), over the generated tables of core/unicode.c
 * (properties, names) and core/unicode_norm.c (decompositions, combining
 * classes, composition; shared with the tokenizer's NFKC of identifiers).
 * Messages and argument checks follow CPython's exactly.  Not provided:
 * ucd_3_2_0 / the UCD type (the Unicode 3.2 data would need its own tables).
 *
 * Invariants: normalize() works in buffers owned by bytes objects (so a
 * MemoryError or a limit raised on the way leaks nothing); the decomposed
 * length is computed with overflow checks before the buffers are made, and
 * each pass over the string is counted against the instruction budget
 * before it runs. */
#include <string.h>

#include "core/limits.h"
#include "core/realm.h"
#include "core/unicode.h"
#include "core/unicode_norm.h"
#include "modules/modules.h"
#include "objects/strimpl.h"
#include "vm/ops.h"

/* CPython names a function "unicodedata.f" in some argument-count messages
 * and "f" in others: one-argument functions say "unicodedata.f() takes
 * exactly one argument (n given)", the others "f expected at least 1
 * argument, got 0"; every function "unicodedata.f() takes no keyword
 * arguments". */
static void ud_args(Realm *r, const char *fname, size_t nargs, Value kw, size_t min, size_t max) {
    if (kw != V_NULL && tuple_ptr(kw)->len > 0)
        err_type(r, "unicodedata.%s() takes no keyword arguments", fname);
    if (min == 1 && max == 1) {
        if (nargs != 1)
            err_type(r, "unicodedata.%s() takes exactly one argument (%zu given)", fname, nargs);
        return;
    }
    arg_count(r, fname, nargs, V_NULL, min, max);
}

/* The code point of a one-character str argument. */
static ucp ud_char(Realm *r, const char *fname, Value v, bool numbered) {
    if (!str_check(v) || str_len(v) != 1)
        err_type(r, "%s() argument%s must be a unicode character, not %T", fname,
                 numbered ? " 1" : "", v);
    return str_char(str_ptr(v), 0);
}

static Value ud_category_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "category", nargs, kw, 1, 1);
    return str_from_cstr(r, uni_category(ud_char(r, "category", args[0], false)));
}

static Value ud_bidirectional_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "bidirectional", nargs, kw, 1, 1);
    return str_from_cstr(r, uni_bidirectional(ud_char(r, "bidirectional", args[0], false)));
}

static Value ud_east_asian_width_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "east_asian_width", nargs, kw, 1, 1);
    return str_from_cstr(r, uni_east_asian_width(ud_char(r, "east_asian_width", args[0], false)));
}

static Value ud_combining_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "combining", nargs, kw, 1, 1);
    return v_small(uni_combining(ud_char(r, "combining", args[0], false)));
}

static Value ud_mirrored_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "mirrored", nargs, kw, 1, 1);
    return v_small(uni_mirrored(ud_char(r, "mirrored", args[0], false)) ? 1 : 0);
}

static Value ud_decomposition_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "decomposition", nargs, kw, 1, 1);
    ucp c = ud_char(r, "decomposition", args[0], false);
    const char *tag;
    ucp cps[UNI_DECOMP_MAX];
    size_t n = uni_decomposition(c, &tag, cps);
    /* tag (up to 10 bytes), then " XXXXXX" per code point */
    char buf[16 + 8 * UNI_DECOMP_MAX];
    size_t pos = strlen(tag);
    memcpy(buf, tag, pos);
    for (size_t i = 0; i < n; i++) {
        if (pos > 0) buf[pos++] = ' ';
        ucp x = cps[i] & 0x1FFFFF;
        int digits = x > 0xFFFFF ? 6 : x > 0xFFFF ? 5 : 4;
        for (int d = digits - 1; d >= 0; d--)
            buf[pos++] = "0123456789ABCDEF"[(x >> (4 * d)) & 0xF];
    }
    return str_new_latin1(r, (const uint8_t *)buf, pos);
}

static Value ud_name_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "name", nargs, kw, 1, 2);
    ucp c = ud_char(r, "name", args[0], true);
    char buf[UNI_NAME_BUFSIZE];
    size_t n = uni_name(c, buf, sizeof buf);
    if (n == 0) {
        if (nargs > 1) return args[1];
        err_value(r, "no such name");
    }
    return str_new_latin1(r, (const uint8_t *)buf, n);
}

/* decimal() and digit(): the value, else the default, else ValueError. */
static Value ud_int_property(Realm *r, Value *args, size_t nargs, Value kw, const char *name,
                             int (*value_of)(ucp), const char *missing) {
    ud_args(r, name, nargs, kw, 1, 2);
    int v = value_of(ud_char(r, name, args[0], true));
    if (v < 0) {
        if (nargs > 1) return args[1];
        err_value(r, "%s", missing);
    }
    return v_small(v);
}

static Value ud_decimal_m(Realm *r, Value *args, size_t nargs, Value kw) {
    return ud_int_property(r, args, nargs, kw, "decimal", uni_decimal_value, "not a decimal");
}

static Value ud_digit_m(Realm *r, Value *args, size_t nargs, Value kw) {
    return ud_int_property(r, args, nargs, kw, "digit", uni_digit_value, "not a digit");
}

static Value ud_numeric_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "numeric", nargs, kw, 1, 2);
    double v;
    if (!uni_numeric_value(ud_char(r, "numeric", args[0], true), &v)) {
        if (nargs > 1) return args[1];
        err_value(r, "not a numeric character");
    }
    return v_from_double(v);
}

/* lookup(name): name is a str (encoded to UTF-8 strictly, as CPython does)
 * or a bytes object. */
#define UD_NAME_MAXLEN 256
static Value ud_lookup_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "lookup", nargs, kw, 1, 1);
    Value b = args[0];
    if (str_check(b)) {
        b = codec_encode(r, CODEC_UTF8, b, V_NULL);
    } else if (!bytes_check(r, b)) {
        Type *t = v_type(r, b);
        if (type_is_subtype(t, r->t_bytearray) || type_is_subtype(t, r->t_memoryview))
            err_type(r, "lookup() argument must be read-only bytes-like object, not %T", b);
        err_type(r, "a bytes-like object is required, not '%T'", b);
    }
    const char *s = (const char *)bytes_ptr(b)->data;
    size_t len = (size_t)bytes_ptr(b)->len;
    if (len > UD_NAME_MAXLEN) err_key(r, str_from_cstr(r, "name too long"));
    int32_t c = uni_lookup(s, len);
    if (c >= 0) return str_from_char(r, (uint32_t)c);
    ucp seq[UNI_SEQ_MAX];
    size_t n = uni_lookup_sequence(s, len, seq, UNI_SEQ_MAX);
    if (n > 0) return str_new_ucs4(r, seq, n);
    /* CPython formats the name as a C string: it ends at a NUL byte, and
     * bytes that are not UTF-8 show as U+FFFD */
    size_t shown = strnlen(s, len);
    Value part = bytes_new(r, (const uint8_t *)s, shown);
    Value text = codec_decode(r, CODEC_UTF8, part, str_from_cstr(r, "replace"));
    err_key(r, str_format(r, "undefined character name '%U'", text));
}

/* ---------------------------------------------------------- normalization */

enum { UD_NFC, UD_NFD, UD_NFKC, UD_NFKD };

static int ud_form(Realm *r, Value form) {
    size_t n;
    const char *s = str_utf8(r, form, &n);
    static const char names[4][5] = {"NFC", "NFD", "NFKC", "NFKD"};
    for (int k = 0; k < 4; k++)
        if (strlen(names[k]) == n && memcmp(names[k], s, n) == 0)
            return k;
    err_value(r, "invalid normalization form");
}

/* The normalized form of s as a fresh str, or s itself when it is already
 * in that form (CPython returns the argument then, str subclasses too). */
static Value ud_normalize(Realm *r, const char *fname, Value *args) {
    if (!str_check(args[0])) err_type(r, "%s() argument 1 must be str, not %T", fname, args[0]);
    if (!str_check(args[1])) err_type(r, "%s() argument 2 must be str, not %T", fname, args[1]);
    Value s = args[1];
    Str *p = str_ptr(s);
    if (p->len == 0) return s;
    int form = ud_form(r, args[0]);
    if (p->ascii) return s;   /* ASCII is in every normal form */
    bool compat = form == UD_NFKC || form == UD_NFKD;
    bool compose = form == UD_NFC || form == UD_NFKC;
    size_t len = (size_t)p->len;
    /* pass 1: the decomposed length, and whether any code point needs work */
    limits_count(r, len / 8 + 1);
    ucp one[UNI_DECOMP_MAX];
    size_t total = 0;
    bool quick = true;
    for (size_t i = 0; i < len; i++) {
        ucp c = str_char(p, (int64_t)i);
        if (uni_norm_quick(c, compat, compose)) {
            total++;
            continue;
        }
        quick = false;
        size_t k = uni_decompose(c, compat, one);
        if (__builtin_add_overflow(total, k, &total)) err_no_memory(r);
    }
    if (quick) return s;
    size_t bytes;
    if (__builtin_mul_overflow(total, sizeof(ucp), &bytes)) err_no_memory(r);
    limits_count(r, total / 4 + 1);
    Value bufv = bytes_alloc(r, bytes);
    Value tmpv = bytes_alloc(r, bytes);
    p = str_ptr(s);
    ucp *buf = (ucp *)(void *)bytes_ptr(bufv)->data;
    ucp *tmp = (ucp *)(void *)bytes_ptr(tmpv)->data;
    /* pass 2: decompose (no allocation or guest code since pass 1) */
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += uni_decompose(str_char(p, (int64_t)i), compat, buf + n);
    }
    uni_canonical_order(buf, n, tmp);
    if (compose) n = uni_compose(buf, n);
    if (n == len) {
        size_t i = 0;
        while (i < n && buf[i] == str_char(p, (int64_t)i)) i++;
        if (i == n) return s;
    }
    return str_new_ucs4(r, buf, n);
}

static Value ud_normalize_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "normalize", nargs, kw, 2, 2);
    return ud_normalize(r, "normalize", args);
}

static Value ud_is_normalized_m(Realm *r, Value *args, size_t nargs, Value kw) {
    ud_args(r, "is_normalized", nargs, kw, 2, 2);
    return v_bool(ud_normalize(r, "is_normalized", args) == args[1]);
}

static const MethodDef ud_functions[] = {
    {"lookup", ud_lookup_m, 0},
    {"name", ud_name_m, 0},
    {"category", ud_category_m, 0},
    {"bidirectional", ud_bidirectional_m, 0},
    {"combining", ud_combining_m, 0},
    {"east_asian_width", ud_east_asian_width_m, 0},
    {"mirrored", ud_mirrored_m, 0},
    {"decomposition", ud_decomposition_m, 0},
    {"decimal", ud_decimal_m, 0},
    {"digit", ud_digit_m, 0},
    {"numeric", ud_numeric_m, 0},
    {"normalize", ud_normalize_m, 0},
    {"is_normalized", ud_is_normalized_m, 0},
    {NULL, NULL, 0},
};

Value unicodedata_module_new(Realm *r) {
    Value m = module_new(r, str_from_cstr(r, "unicodedata"));
    modules_add_functions(r, m, ud_functions);
    dict_set_cstr(r, ((Module *)v_obj(m))->dict, "unidata_version", str_from_cstr(r, "15.1.0"));
    return m;
}
