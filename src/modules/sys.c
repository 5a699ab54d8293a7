/* sys: the parts of the sys module a sandboxed program may see.  Output goes
 * through the realm's sinks; nothing here reaches the host directly. */
#include <float.h>
#include <string.h>
#include <stddef.h>
#include "core/realm.h"
#include "modules/modules.h"
#include "vm/ops.h"
#include "modules/io.h"

void realm_finish_type(Realm *r, Type *t);

/* A built-in type of module `mod` (tp_name "mod.name"): __name__ and
 * __qualname__ are the short name, __module__ is mod. */
static Type *sys_type_new(Realm *r, const char *tpname, const char *shortname, const char *mod,
                          Type *base, size_t size, uint32_t flags) {
    Type *t = type_new_builtin(r, tpname, base, size, flags);
    t->name_str = str_intern_cstr(r, shortname);
    t->qualname = t->name_str;
    t->dict = dict_new(r);
    dict_set(r, t->dict, NM(r, __module__), str_intern_cstr(r, mod));
    return t;
}

/* ---- struct sequences (sys.version_info, sys.int_info, ...): tuples whose
 * items are also read-only named attributes; instances are made only here,
 * always with as many items as the type has fields. */

static Value structseq_repr(Realm *r, Value v) {
    Type *t = v_type(r, v);
    Tuple *tp = tuple_ptr(v);
    StrBuf b;
    strbuf_init(r, &b);
    strbuf_add_cstr(&b, t->name);
    strbuf_add_char(&b, '(');
    int64_t pos = 0, i = 0;
    Value k, d;
    while (dict_next(t->dict, &pos, &k, &d)) {
        if (!v_is_obj(d) || v_obj(d)->type != r->t_member_descriptor || i >= tp->len) continue;
        if (i) strbuf_add_ascii(&b, ", ", 2);
        strbuf_add_str(&b, k);
        strbuf_add_char(&b, '=');
        strbuf_add_str(&b, op_repr(r, tp->items[i]));
        i++;
    }
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

static Value structseq_new_slot(Realm *r, Type *t, Value *a, size_t n, Value kw) {
    if (!strcmp(t->name, "sys.version_info")) err_type(r, "cannot create '%s' instances", t->name);
    static const char *const names[] = {"sequence", "dict", NULL};
    Value o[2];
    arg_parse(r, "structseq", a, n, kw, 0, 1, names, o);
    Value tup = op_call1(r, v_from_obj(r->t_tuple), o[0]);
    int64_t want = int_as_i64(r, dict_get_cstr(r, t->dict, "n_fields"));
    int64_t got = tuple_ptr(tup)->len;
    if (got != want)
        err_type(r, "%s() takes a%s %lld-sequence (%lld-sequence given)", t->name, want == 11 || want == 8 ? "n" : "",
                 (long long)want, (long long)got);
    Value res = tuple_from_array(r, tuple_ptr(tup)->items, (size_t)got);
    v_obj(res)->type = t;
    return res;
}

static Type *structseq_type(Realm *r, const char *tpname, const char *shortname,
                            const char *const *fields, size_t nfields) {
    Type *t = sys_type_new(r, tpname, shortname, "sys", r->t_tuple, sizeof(Tuple), TF_TUPLE_SUB);
    t->repr = structseq_repr;
    t->new_ = structseq_new_slot;
    for (size_t i = 0; i < nfields; i++) {
        Value name = str_intern_cstr(r, fields[i]);
        Value m = member_new(r, t, name, (uint32_t)(offsetof(Tuple, items) + i * sizeof(Value)));
        ((MemberDescr *)v_obj(m))->readonly = true;
        dict_set(r, t->dict, name, m);
    }
    dict_set_cstr(r, t->dict, "n_sequence_fields", v_small((int64_t)nfields));
    dict_set_cstr(r, t->dict, "n_fields", v_small((int64_t)nfields));
    dict_set_cstr(r, t->dict, "n_unnamed_fields", v_small(0));
    realm_finish_type(r, t);
    return t;
}

static Value structseq_make(Realm *r, Type *t, const Value *items, size_t n) {
    Value tup = tuple_from_array(r, items, n);
    v_obj(tup)->type = t;
    return tup;
}

/* types.SimpleNamespace, for sys.implementation */
static void ns_trace(Realm *r, Obj *o) { heap_mark(r, ((Instance *)o)->dict); }
static Value ns_repr(Realm *r, Value v) {
    StrBuf b;
    strbuf_init(r, &b);
    strbuf_add_cstr(&b, "namespace(");
    Value d = ((Instance *)v_obj(v))->dict;
    int64_t pos = 0;
    Value k, x;
    bool first = true;
    while (d != V_NULL && dict_next(d, &pos, &k, &x)) {
        if (!first) strbuf_add_ascii(&b, ", ", 2);
        first = false;
        strbuf_add_str(&b, op_str(r, k));
        strbuf_add_char(&b, '=');
        strbuf_add_str(&b, op_repr(r, x));
    }
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

/* sys.stdout / sys.stderr: objects with write() and flush() over a sink. */
typedef struct Stream { Obj hdr; Value name; int fd; } Stream;

static void stream_trace(Realm *r, Obj *o) { heap_mark(r, ((Stream *)o)->name); }

static Value stream_write(Realm *r, Value *a, size_t n, Value kw) {
    if (n != 2 || (kw != V_NULL && tuple_ptr(kw)->len))
        err_type(r, "TextIOWrapper.write() takes exactly one argument (%zu given)", n ? n - 1 : 0);
    if (!(v_is_obj(a[1]) && (v_obj(a[1])->type->flags & TF_STR_SUB)))
        err_type(r, "write() argument must be str, not %T", a[1]);
    Stream *s = (Stream *)v_obj(a[0]);
    size_t len;
    const char *u = str_utf8(r, a[1], &len);
    realm_write(r, s->fd, u, len);
    return int_from_i64(r, ((Str *)v_obj(a[1]))->len);
}
static Value stream_flush(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "flush", n, kw, 1, 1);
    realm_flush(r, ((Stream *)v_obj(a[0]))->fd);
    return V_NONE;
}
static Value stream_repr(Realm *r, Value v) {
    return str_format(r, "<_io.TextIOWrapper name='%U' mode='w' encoding='utf-8'>", ((Stream *)v_obj(v))->name);
}
static const MethodDef stream_methods[] = {
    {"write", stream_write, 0}, {"flush", stream_flush, 0}, {NULL, NULL, 0},
};
/* name ("<stdout>", "<stderr>"), mode and encoding, as CPython's (logging's
 * StreamHandler shows the name in its repr) */
static Value stream_get_name(Realm *r, Value v) { return ((Stream *)v_obj(v))->name; }
static Value stream_get_mode(Realm *r, Value v) { return str_from_cstr(r, "w"); }
static Value stream_get_encoding(Realm *r, Value v) { return str_from_cstr(r, "utf-8"); }
static const GetSetDef stream_getsets[] = {
    {"name", stream_get_name, NULL}, {"mode", stream_get_mode, NULL},
    {"encoding", stream_get_encoding, NULL}, {NULL, NULL, NULL},
};


static Value stream_new(Realm *r, Type *t, const char *name, int fd) {
    Stream *s = (Stream *)heap_alloc(r, t, sizeof(Stream));
    s->name = str_from_cstr(r, name);
    s->fd = fd;
    return v_from_obj(s);
}

static Value sys_exit(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "exit", n, kw, 0, 1);
    /* as PyErr_SetObject: None means no arguments, a tuple is the arguments */
    Value e;
    if (n == 0 || a[0] == V_NONE) e = exc_new(r, EXC(r, SystemExit), NULL, 0);
    else if (v_is_obj(a[0]) && v_obj(a[0])->type == r->t_tuple)
        e = exc_new(r, EXC(r, SystemExit), tuple_ptr(a[0])->items, (size_t)tuple_ptr(a[0])->len);
    else e = exc_new(r, EXC(r, SystemExit), a, n);
    err_raise(r, e);
}
static Value sys_getrecursionlimit(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "getrecursionlimit", n, kw, 0, 0);
    return v_small(r->max_depth);
}
static Value sys_setrecursionlimit(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "setrecursionlimit", n, kw, 1, 1);
    if (!int_check(r, a[0]) || v_is_bool(a[0])) err_type(r, "'%T' object cannot be interpreted as an integer", a[0]);
    int64_t lim;
    if (!int_to_i64(r, a[0], &lim) || lim > INT32_MAX || lim < INT32_MIN)
        err_format(r, EXC(r, OverflowError), "Python int too large to convert to C int");
    if (lim < 1) err_value(r, "recursion limit must be greater or equal than 1");
    /* the realm's frame pool bounds the depth: higher requests are capped */
    if (lim > (int64_t)r->frame_pool_size) lim = (int64_t)r->frame_pool_size;
    if (r->depth_cap && lim > (int64_t)r->depth_cap) lim = (int64_t)r->depth_cap;   /* the host's limit */
    r->max_depth = (uint32_t)lim;
    return V_NONE;
}
static Value sys_get_int_max_str_digits(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "get_int_max_str_digits", n, kw, 0, 0);
    return v_small(r->int_max_str_digits);
}
static Value sys_set_int_max_str_digits(Realm *r, Value *a, size_t n, Value kw) {
    static const char *const names[] = {"maxdigits", NULL};
    Value o[1];
    arg_parse(r, "set_int_max_str_digits", a, n, kw, 0, 1, names, o);
    int64_t d = int_as_i64(r, num_index(r, o[0]));
    if (d != 0 && d < 640) err_value(r, "maxdigits must be 0 or larger than %d", 640);
    r->int_max_str_digits = d;
    return V_NONE;
}
static Value sys_exc_info(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "exc_info", n, kw, 0, 0);
    Value e = r->exc_info;
    if (e == V_NULL || e == V_NONE) return tuple_pack(r, 3, V_NONE, V_NONE, V_NONE);
    Value tb = op_getattr_opt(r, e, str_intern_cstr(r, "__traceback__"));
    return tuple_pack(r, 3, v_from_obj(v_type(r, e)), e, tb == V_NULL ? V_NONE : tb);
}
static Value sys_exception(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "exception", n, kw, 0, 0);
    return r->exc_info == V_NULL ? V_NONE : r->exc_info;
}
static Value sys_intern(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "intern", n, kw, 1, 1);
    if (!(v_is_obj(a[0]) && (v_obj(a[0])->type->flags & TF_STR_SUB)))
        err_type(r, "intern() argument must be str, not %T", a[0]);
    if (v_type(r, a[0]) != r->t_str) err_type(r, "can't intern %s", v_type(r, a[0])->name);
    return str_intern(r, a[0]);
}

/* getsizeof(object[, default]): object.__sizeof__() plus the collector's
 * header (16 bytes, as CPython's for tracked objects). */
static Value sys_getsizeof(Realm *r, Value *a, size_t n, Value kw) {
    static const char *const names[] = {"object", "default", NULL};
    Value o[2];
    arg_parse(r, "getsizeof", a, n, kw, 0, 1, names, o);
    Value m = op_getattr_opt(r, v_from_obj(v_type(r, o[0])), str_intern_cstr(r, "__sizeof__"));
    if (m == V_NULL) {
        if (o[1] != V_NULL) return o[1];
        err_type(r, "Type %s doesn't define __sizeof__", v_type(r, o[0])->name);
    }
    Value res = op_call_method(r, o[0], str_intern_cstr(r, "__sizeof__"), NULL, 0);
    if (!int_check(r, res)) err_type(r, "'%T' object cannot be interpreted as an integer", res);
    int64_t sz;
    if (!int_to_i64(r, res, &sz)) err_format(r, EXC(r, OverflowError), "Python int too large to convert to C ssize_t");
    if (sz < 0) err_value(r, "__sizeof__() should return >= 0");
    if (v_is_obj(o[0]) && sz <= INT64_MAX - 16) sz += 16;
    return int_from_i64(r, sz);
}

static Value sys_getdefaultencoding(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "getdefaultencoding", n, kw, 0, 0);
    return str_from_cstr(r, "utf-8");
}
static Value sys_getfilesystemencoding(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "getfilesystemencoding", n, kw, 0, 0);
    return str_from_cstr(r, "utf-8");
}

/* The sys module's current attribute `name` (sys.stdout, sys.stderr, ...). */
static Value sys_current(Realm *r, const char *name) {
    Value sys = dict_get_str(r, r->modules, str_intern_cstr(r, "sys"));
    if (sys == V_NULL || !v_is_obj(sys) || v_obj(sys)->type != r->t_module) return V_NULL;
    Value v = dict_get_cstr(r, ((Module *)v_obj(sys))->dict, name);
    return v == V_NONE ? V_NULL : v;
}

/* displayhook(value): what the REPL does with an expression statement's
 * value: nothing for None, else its repr on sys.stdout, and builtins._ */
static Value sys_displayhook(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "sys.displayhook", n, kw, 1, 1);
    if (a[0] == V_NONE) return V_NONE;
    Value under = str_intern_cstr(r, "_");
    dict_set(r, r->builtins, under, V_NONE);
    Value text = str_concat(r, op_repr(r, a[0]), r->latin1['\n']);
    Value out = sys_current(r, "stdout");
    if (out == V_NULL) err_format(r, EXC(r, RuntimeError), "lost sys.stdout");
    op_call_method(r, out, str_intern_cstr(r, "write"), &text, 1);
    dict_set(r, r->builtins, under, a[0]);
    return V_NONE;
}

/* excepthook(type, value, traceback): the traceback of value on
 * sys.stderr, as for an uncaught exception */
static Value sys_excepthook(Realm *r, Value *a, size_t n, Value kw) {
    if (n != 3 || (kw != V_NULL && tuple_ptr(kw)->len)) err_type(r, "excepthook expected 3 arguments, got %zu", n);
    /* as CPython, a value that is no exception is reported, not raised */
    Value text = v_is_obj(a[1]) && (v_obj(a[1])->type->flags & TF_EXC_SUB)
                     ? exc_format(r, a[1])
                     : str_format(r, "TypeError: print_exception(): Exception expected for value, %T found\n", a[1]);
    Value err = sys_current(r, "stderr");
    if (err == V_NULL) err_format(r, EXC(r, RuntimeError), "lost sys.stderr");
    op_call_method(r, err, str_intern_cstr(r, "write"), &text, 1);
    return V_NONE;
}

static const MethodDef sys_functions[] = {
    {"displayhook", sys_displayhook, 0},
    {"excepthook", sys_excepthook, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0},
    {"getsizeof", sys_getsizeof, 0},
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {"intern", sys_intern, 0},
    {NULL, NULL, 0},
};

Value sys_module_new(Realm *r) {
    Value m = module_new(r, str_intern_cstr(r, "sys"));
    modules_add_functions(r, m, sys_functions);
    Value d = ((Module *)v_obj(m))->dict;
    Value argv = list_new(r, 0);
    for (int i = 0; i < r->argc; i++) list_append(r, argv, str_from_cstr(r, r->argv[i]));
    dict_set_cstr(r, d, "argv", argv);
    dict_set_cstr(r, d, "modules", r->modules);
    dict_set_cstr(r, d, "maxsize", int_from_i64(r, INT64_MAX));
    dict_set_cstr(r, d, "byteorder", str_from_cstr(r, "little"));
    dict_set_cstr(r, d, "platform", str_from_cstr(r, "asp"));
    dict_set_cstr(r, d, "version", str_from_cstr(r, "3.13.0 (asp)"));
    static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    Type *vit = structseq_type(r, "sys.version_info", "version_info", vi_fields, 5);
    Value vi[] = {v_small(3), v_small(13), v_small(0), str_from_cstr(r, "final"), v_small(0)};
    Value version_info = structseq_make(r, vit, vi, 5);
    dict_set_cstr(r, d, "version_info", version_info);
    static const char *const ii_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                            "str_digits_check_threshold"};
    Value ii[] = {v_small(30), v_small(4), v_small(4300), v_small(640)};
    dict_set_cstr(r, d, "int_info", structseq_make(r, structseq_type(r, "sys.int_info", "int_info", ii_fields, 4), ii, 4));
    static const char *const fi_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                            "dig", "mant_dig", "epsilon", "radix", "rounds"};
    Value fi[] = {v_from_double(DBL_MAX), v_small(DBL_MAX_EXP), v_small(DBL_MAX_10_EXP), v_from_double(DBL_MIN),
                  v_small(DBL_MIN_EXP), v_small(DBL_MIN_10_EXP), v_small(DBL_DIG), v_small(DBL_MANT_DIG),
                  v_from_double(DBL_EPSILON), v_small(2), v_small(1)};
    dict_set_cstr(r, d, "float_info", structseq_make(r, structseq_type(r, "sys.float_info", "float_info", fi_fields, 11), fi, 11));
    static const char *const hi_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                            "hash_bits", "seed_bits", "cutoff"};
    Value hi[] = {v_small(64), int_from_i64(r, ((int64_t)1 << 61) - 1), v_small(314159), v_small(0), v_small(1000003),
                  str_from_cstr(r, "siphash13"), v_small(64), v_small(128), v_small(0)};
    dict_set_cstr(r, d, "hash_info", structseq_make(r, structseq_type(r, "sys.hash_info", "hash_info", hi_fields, 9), hi, 9));
    static const char *const fl_fields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
    Value fl[18];
    for (int i = 0; i < 18; i++) fl[i] = v_small(0);
    fl[11] = v_small(1);          /* hash_randomization */
    fl[13] = V_FALSE;             /* dev_mode */
    fl[14] = v_small(1);          /* utf8_mode: text is UTF-8 throughout */
    fl[16] = V_FALSE;             /* safe_path */
    fl[17] = v_small(-1);         /* int_max_str_digits: not set on a command line */
    dict_set_cstr(r, d, "flags", structseq_make(r, structseq_type(r, "sys.flags", "flags", fl_fields, 18), fl, 18));
    dict_set_cstr(r, d, "float_repr_style", str_from_cstr(r, "short"));
    dict_set_cstr(r, d, "api_version", v_small(1013));
    Type *nst = sys_type_new(r, "types.SimpleNamespace", "SimpleNamespace", "types", r->t_object, sizeof(Instance), 0);
    nst->dictoffset = offsetof(Instance, dict);
    nst->trace = ns_trace;
    nst->repr = ns_repr;
    realm_finish_type(r, nst);
    Value impl = obj_new_instance(r, nst);
    Value idict = dict_new(r);
    ((Instance *)v_obj(impl))->dict = idict;
    dict_set_cstr(r, idict, "name", str_from_cstr(r, "asp"));
    dict_set_cstr(r, idict, "cache_tag", V_NONE);
    dict_set_cstr(r, idict, "version", version_info);
    dict_set_cstr(r, idict, "hexversion", v_small(0x030d00f0));
    dict_set_cstr(r, d, "implementation", impl);
    dict_set_cstr(r, d, "hexversion", v_small(0x030d00f0));
    dict_set_cstr(r, d, "maxunicode", v_small(0x10ffff));
    Type *st = sys_type_new(r, "_io.TextIOWrapper", "TextIOWrapper", "_io", r->t_object, sizeof(Stream), 0);
    st->trace = stream_trace;
    st->repr = stream_repr;
    type_add_methods(r, st, stream_methods);
    type_add_getsets(r, st, stream_getsets);
    realm_finish_type(r, st);
    dict_set_cstr(r, d, "stdout", stream_new(r, st, "<stdout>", 1));
    dict_set_cstr(r, d, "stderr", stream_new(r, st, "<stderr>", 2));
    dict_set_cstr(r, d, "__stdout__", dict_get_cstr(r, d, "stdout"));
    dict_set_cstr(r, d, "stdin", io_stdin(r));
    dict_set_cstr(r, d, "__stdin__", io_stdin(r));
    dict_set_cstr(r, d, "path", r->sys_path);
    dict_set_cstr(r, d, "__stderr__", dict_get_cstr(r, d, "stderr"));
    dict_set_cstr(r, d, "__displayhook__", dict_get_cstr(r, d, "displayhook"));
    dict_set_cstr(r, d, "__excepthook__", dict_get_cstr(r, d, "excepthook"));
    return m;
}
