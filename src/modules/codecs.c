/* codecs: a minimal codecs module over the built-in codecs of
 * src/objects/codec.c (the same code str.encode and bytes.decode run):
 * lookup (CodecInfo with .name, .encode, .decode), encode, decode, the BOM
 * constants, register_error / lookup_error, the built-in error handlers as
 * functions, and the per-codec functions (utf_8_encode, latin_1_decode, ...)
 * returning (result, length consumed) as CPython's _codecs does. */
#include <string.h>
#include "core/realm.h"
#include "modules/modules.h"
#include "objects/strimpl.h"
#include "vm/ops.h"

static Value codecs_errors_arg(Realm *r, const char *fname, Value v) {
    if (v == V_NULL || v == V_NONE) return V_NULL;
    if (!str_check(v)) err_type(r, "%s() argument 2 must be str or None, not %T", fname, v);
    return v;
}

/* codec-specific encode: (str, errors=None) -> (bytes, len(str)) */
static Value codecs_encode_with(Realm *r, int codec, const char *fname, Value *a, size_t n, Value kw) {
    arg_count(r, fname, n, kw, 1, 2);
    if (!str_check(a[0])) err_type(r, "%s() argument 1 must be str, not %T", fname, a[0]);
    Value errors = codecs_errors_arg(r, fname, n > 1 ? a[1] : V_NULL);
    Value b = codec_encode(r, codec, a[0], errors);
    return tuple_pack(r, 2, b, int_from_i64(r, str_len(a[0])));
}

/* How many bytes at the end of d[0..n) begin a character the codec needs
 * more data for (decoding with final=False leaves them unconsumed). */
static int64_t codecs_incomplete_tail(int codec, const uint8_t *d, int64_t n) {
    if (codec == CODEC_UTF8 || codec == CODEC_UTF8_SIG) {
        for (int64_t k = 1; k <= 3 && k <= n; k++) {
            uint8_t b = d[n - k];
            if ((b & 0xC0) == 0x80) continue;   /* a continuation byte: look further back */
            if (b < 0xC2 || b > 0xF4) return 0;
            int64_t need = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            if (k >= need) return 0;
            if (k >= 2) {   /* the second byte's range depends on the first */
                uint8_t c = d[n - k + 1];
                uint8_t lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
                uint8_t hi = b == 0xF4 ? 0x8F : 0xBF;   /* CPython waits on ED A0..BF too */
                if (c < lo || c > hi) return 0;
            }
            return k;
        }
        return 0;
    }
    if (codec >= CODEC_UTF16 && codec <= CODEC_UTF16_BE) {
        bool be = codec == CODEC_UTF16_BE;
        if (codec == CODEC_UTF16 && n >= 2 && d[0] == 0xFE && d[1] == 0xFF) be = true;
        int64_t tail = n & 1;
        if (n - tail >= 2) {
            const uint8_t *u = d + n - tail - 2;
            uint32_t unit = be ? (uint32_t)u[0] << 8 | u[1] : (uint32_t)u[1] << 8 | u[0];
            if (unit >= 0xD800 && unit < 0xDC00) tail += 2;
        }
        return tail;
    }
    if (codec >= CODEC_UTF32 && codec <= CODEC_UTF32_BE) return n & 3;
    return 0;
}

/* codec-specific decode: (data, errors=None, final=False) -> (str, consumed) */
static Value codecs_decode_with(Realm *r, int codec, const char *fname, Value *a, size_t n, Value kw) {
    /* the single-byte codecs have no `final` */
    arg_count(r, fname, n, kw, 1, codec == CODEC_ASCII || codec == CODEC_LATIN1 ? 2 : 3);
    int64_t len;
    const uint8_t *d = bytes_buffer(r, a[0], &len);
    if (!d) err_type(r, "a bytes-like object is required, not '%T'", a[0]);
    Value errors = codecs_errors_arg(r, fname, n > 1 ? a[1] : V_NULL);
    bool final = n > 2 && op_truth(r, a[2]);
    d = bytes_buffer(r, a[0], &len);   /* the truth test may have run code */
    if (!d) err_type(r, "a bytes-like object is required, not '%T'", a[0]);
    int64_t use = final ? len : len - codecs_incomplete_tail(codec, d, len);
    Value src = bytes_check(r, a[0]) && use == len ? a[0] : bytes_new(r, d, (size_t)use);
    Value s = codec_decode(r, codec, src, errors);
    return tuple_pack(r, 2, s, int_from_i64(r, use));
}

#define CODECS_FNS(X) \
    X(utf_8, CODEC_UTF8) X(utf_8_sig, CODEC_UTF8_SIG) X(utf_16, CODEC_UTF16) \
    X(utf_16_le, CODEC_UTF16_LE) X(utf_16_be, CODEC_UTF16_BE) X(utf_32, CODEC_UTF32) \
    X(utf_32_le, CODEC_UTF32_LE) X(utf_32_be, CODEC_UTF32_BE) X(latin_1, CODEC_LATIN1) \
    X(ascii, CODEC_ASCII)

#define X(nm, id) \
    static Value codecs_##nm##_encode(Realm *r, Value *a, size_t n, Value kw) { \
        return codecs_encode_with(r, id, #nm "_encode", a, n, kw); \
    } \
    static Value codecs_##nm##_decode(Realm *r, Value *a, size_t n, Value kw) { \
        return codecs_decode_with(r, id, #nm "_decode", a, n, kw); \
    }
CODECS_FNS(X)
#undef X

static const char *const codecs_fn_names[CODEC__COUNT][2] = {
#define X(nm, id) [id] = {#nm "_encode", #nm "_decode"},
    CODECS_FNS(X)
#undef X
};

static const MethodDef codecs_codec_fns[] = {
#define X(nm, id) {#nm "_encode", codecs_##nm##_encode, 0}, {#nm "_decode", codecs_##nm##_decode, 0},
    CODECS_FNS(X)
#undef X
    {NULL, NULL, 0},
};

static Value codecs_module(Realm *r) {
    Value m = dict_get_cstr(r, r->modules, "codecs");
    if (m == V_NULL) err_format(r, EXC(r, SystemError), "codecs module not found");
    return ((Module *)v_obj(m))->dict;
}

static Value codecs_lookup(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "lookup", n, kw, 1, 1);
    if (!str_check(a[0])) err_type(r, "lookup() argument must be str, not %T", a[0]);
    int codec = codec_lookup(r, a[0]);
    Value d = codecs_module(r);
    Value enc = dict_get_cstr(r, d, codecs_fn_names[codec][0]);
    Value dec = dict_get_cstr(r, d, codecs_fn_names[codec][1]);
    Value cls = dict_get_cstr(r, d, "CodecInfo");
    if (enc == V_NULL || dec == V_NULL || cls == V_NULL)
        err_format(r, EXC(r, SystemError), "codecs module is incomplete");
    Value items = tuple_pack(r, 4, enc, dec, V_NONE, V_NONE);
    Value ci = op_call1(r, cls, items);
    op_setattr(r, ci, str_from_cstr(r, "name"), str_from_cstr(r, codec_name(codec)));
    op_setattr(r, ci, str_from_cstr(r, "encode"), enc);
    op_setattr(r, ci, str_from_cstr(r, "decode"), dec);
    static const char *const nones[] = {"streamreader", "streamwriter", "incrementalencoder",
                                        "incrementaldecoder", NULL};
    for (int i = 0; nones[i]; i++) op_setattr(r, ci, str_from_cstr(r, nones[i]), V_NONE);
    op_setattr(r, ci, str_from_cstr(r, "_is_text_encoding"), V_TRUE);
    return ci;
}

static Value codecs_codecinfo_repr(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "__repr__", n, kw, 1, 1);
    Value name = op_getattr(r, a[0], str_from_cstr(r, "name"));
    /* the address shown is id(), which does not disclose the real one */
    Value idf = dict_get_cstr(r, r->builtins, "id");
    Value id = idf != V_NULL ? op_call1(r, idf, a[0]) : v_small(0);
    return str_format(r, "<codecs.CodecInfo object for encoding %S at %S>", name,
                      op_call2(r, dict_get_cstr(r, r->builtins, "format"), id, str_from_cstr(r, "#x")));
}

static void codecs_args(Realm *r, const char *fname, Value *a, size_t n, Value kw, Value *o) {
    static const char *const names[] = {"obj", "encoding", "errors", NULL};
    arg_parse(r, fname, a, n, kw, 0, 1, names, o);
    if (o[1] != V_NULL && !str_check(o[1]))
        err_type(r, "%s() argument 'encoding' must be str, not %T", fname, o[1]);
    if (o[2] != V_NULL && !str_check(o[2]))
        err_type(r, "%s() argument 'errors' must be str, not %T", fname, o[2]);
}

static Value codecs_encode(Realm *r, Value *a, size_t n, Value kw) {
    Value o[3];
    codecs_args(r, "encode", a, n, kw, o);
    int codec = codec_lookup(r, o[1]);
    if (!str_check(o[0]))
        err_type(r, "%s() argument 1 must be str, not %T", codecs_fn_names[codec][0], o[0]);
    return codec_encode(r, codec, o[0], o[2]);
}

static Value codecs_decode(Realm *r, Value *a, size_t n, Value kw) {
    Value o[3];
    codecs_args(r, "decode", a, n, kw, o);
    int codec = codec_lookup(r, o[1]);
    int64_t len;
    const uint8_t *d = bytes_buffer(r, o[0], &len);
    if (!d) err_type(r, "a bytes-like object is required, not '%T'", o[0]);
    Value src = bytes_check(r, o[0]) ? o[0] : bytes_new(r, d, (size_t)len);
    return codec_decode(r, codec, src, o[2]);
}

static Value codecs_register_error(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "register_error", n, kw, 2, 2);
    if (!str_check(a[0])) err_type(r, "register_error() argument 1 must be str, not %T", a[0]);
    if (v_type(r, a[1])->call == NULL) err_type(r, "handler must be callable");
    codec_register_error(r, a[0], a[1]);
    return V_NONE;
}

static Value codecs_lookup_error(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "lookup_error", n, kw, 1, 1);
    if (!str_check(a[0])) err_type(r, "lookup_error() argument must be str, not %T", a[0]);
    int eh;
    Value fn = codec_lookup_error(r, a[0], &eh);
    if (fn != V_NULL) return fn;
    static const char *const fns[] = {"strict_errors", "ignore_errors", "replace_errors",
        "backslashreplace_errors", "xmlcharrefreplace_errors", "namereplace_errors",
        "surrogateescape_errors", "surrogatepass_errors"};
    if (eh < 0 || eh > 7) err_format(r, EXC(r, SystemError), "bad error handler");
    Value f = dict_get_cstr(r, codecs_module(r), fns[eh]);
    if (f == V_NULL) err_format(r, EXC(r, SystemError), "codecs module is incomplete");
    return f;
}

#define CODECS_EH(fn, nm, eh) \
    static Value fn(Realm *r, Value *a, size_t n, Value kw) { \
        arg_count(r, nm, n, kw, 1, 1); \
        return codec_apply_builtin_handler(r, eh, a[0]); \
    }
CODECS_EH(codecs_strict_errors, "strict_errors", 0)
CODECS_EH(codecs_ignore_errors, "ignore_errors", 1)
CODECS_EH(codecs_replace_errors, "replace_errors", 2)
CODECS_EH(codecs_backslashreplace_errors, "backslashreplace_errors", 3)
CODECS_EH(codecs_xmlcharrefreplace_errors, "xmlcharrefreplace_errors", 4)
CODECS_EH(codecs_namereplace_errors, "namereplace_errors", 5)
CODECS_EH(codecs_surrogateescape_errors, "surrogateescape", 6)
CODECS_EH(codecs_surrogatepass_errors, "surrogatepass", 7)

static const MethodDef codecs_functions[] = {
    {"lookup", codecs_lookup, 0},
    {"encode", codecs_encode, 0},
    {"decode", codecs_decode, 0},
    {"register_error", codecs_register_error, 0},
    {"lookup_error", codecs_lookup_error, 0},
    {"strict_errors", codecs_strict_errors, 0},
    {"ignore_errors", codecs_ignore_errors, 0},
    {"replace_errors", codecs_replace_errors, 0},
    {"backslashreplace_errors", codecs_backslashreplace_errors, 0},
    {"xmlcharrefreplace_errors", codecs_xmlcharrefreplace_errors, 0},
    {"namereplace_errors", codecs_namereplace_errors, 0},
    {"surrogateescape_errors", codecs_surrogateescape_errors, 0},
    {"surrogatepass_errors", codecs_surrogatepass_errors, 0},
    {NULL, NULL, 0},
};

static void codecs_set_bytes(Realm *r, Value d, const char *name, const char *data, size_t n) {
    dict_set_cstr(r, d, name, bytes_new(r, (const uint8_t *)data, n));
}

Value codecs_module_new(Realm *r) {
    Value mod = module_new(r, str_intern_cstr(r, "codecs"));
    Value d = ((Module *)v_obj(mod))->dict;
    modules_add_functions(r, mod, codecs_functions);
    modules_add_functions(r, mod, codecs_codec_fns);
    codecs_set_bytes(r, d, "BOM_UTF8", "\xEF\xBB\xBF", 3);
    codecs_set_bytes(r, d, "BOM_UTF16_LE", "\xFF\xFE", 2);
    codecs_set_bytes(r, d, "BOM_UTF16_BE", "\xFE\xFF", 2);
    codecs_set_bytes(r, d, "BOM_UTF32_LE", "\xFF\xFE\0\0", 4);
    codecs_set_bytes(r, d, "BOM_UTF32_BE", "\0\0\xFE\xFF", 4);
    /* native byte order: little-endian, as the codecs write it */
    dict_set_cstr(r, d, "BOM_UTF16", dict_get_cstr(r, d, "BOM_UTF16_LE"));
    dict_set_cstr(r, d, "BOM_UTF32", dict_get_cstr(r, d, "BOM_UTF32_LE"));
    dict_set_cstr(r, d, "BOM", dict_get_cstr(r, d, "BOM_UTF16_LE"));
    dict_set_cstr(r, d, "BOM_LE", dict_get_cstr(r, d, "BOM_UTF16_LE"));
    dict_set_cstr(r, d, "BOM_BE", dict_get_cstr(r, d, "BOM_UTF16_BE"));

    /* class CodecInfo(tuple), with a __repr__ like CPython's */
    Value ns = dict_new(r);
    dict_set_cstr(r, ns, "__module__", str_from_cstr(r, "codecs"));
    Value rep = native_new(r, "__repr__", codecs_codecinfo_repr, V_NULL);
    ((NativeFunc *)v_obj(rep))->flags |= NF_METHOD;
    dict_set_cstr(r, ns, "__repr__", rep);
    Value args[3] = {str_from_cstr(r, "CodecInfo"), tuple_pack(r, 1, v_from_obj(r->t_tuple)), ns};
    Value cls = op_call(r, v_from_obj(r->t_type), args, 3, V_NULL);
    dict_set_cstr(r, d, "CodecInfo", cls);
    return mod;
}
