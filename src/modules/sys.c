/* sys: the parts of the sys module a sandboxed program may see.  Output goes
 * through the realm's sinks; nothing here reaches the host directly. */
#include "core/realm.h"
#include "modules/modules.h"
#include "vm/ops.h"

/* sys.stdout / sys.stderr: objects with write() and flush() over a sink. */
typedef struct Stream { Obj hdr; Value name; int fd; } Stream;

static void stream_trace(Realm *r, Obj *o) { heap_mark(r, ((Stream *)o)->name); }

static Value stream_write(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "write", n, kw, 2, 2);
    if (!(v_is_obj(a[1]) && (v_obj(a[1])->type->flags & TF_STR_SUB)))
        err_type(r, "write() argument must be str, not %T", a[1]);
    Stream *s = (Stream *)v_obj(a[0]);
    size_t len;
    const char *u = str_utf8(r, a[1], &len);
    RealmWriteFn w = s->fd == 2 ? r->write_err : r->write_out;
    if (w) w(r->write_ud, u, len);
    return int_from_i64(r, ((Str *)v_obj(a[1]))->len);
}
static Value stream_flush(Realm *r, Value *a, size_t n, Value kw) { return V_NONE; }
static Value stream_repr(Realm *r, Value v) {
    return str_format(r, "<_io.TextIOWrapper name='%U' mode='w' encoding='utf-8'>", ((Stream *)v_obj(v))->name);
}
static const MethodDef stream_methods[] = {
    {"write", stream_write, 0}, {"flush", stream_flush, 0}, {NULL, NULL, 0},
};

void realm_finish_type(Realm *r, Type *t);

static Value stream_new(Realm *r, Type *t, const char *name, int fd) {
    Stream *s = (Stream *)heap_alloc(r, t, sizeof(Stream));
    s->name = str_from_cstr(r, name);
    s->fd = fd;
    return v_from_obj(s);
}

static Value sys_exit(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "exit", n, kw, 0, 1);
    Value e = exc_new(r, EXC(r, SystemExit), a, n);
    err_raise(r, e);
}
static Value sys_getrecursionlimit(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "getrecursionlimit", n, kw, 0, 0);
    return v_small(r->max_depth);
}
static Value sys_setrecursionlimit(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "setrecursionlimit", n, kw, 1, 1);
    if (!int_check(r, a[0]) || v_is_bool(a[0])) err_type(r, "'%T' object cannot be interpreted as an integer", a[0]);
    int64_t lim = int_as_i64(r, a[0]);
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
    int64_t d = int_as_i64(r, o[0]);
    if (d != 0 && d < 640) err_value(r, "maxdigits must be >= %d or 0 for unlimited", 640);
    r->int_max_str_digits = d;
    return V_NONE;
}
static Value sys_exc_info(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "exc_info", n, kw, 0, 0);
    Value e = r->exc_info;
    if (e == V_NULL || e == V_NONE) return tuple_pack(r, 3, V_NONE, V_NONE, V_NONE);
    return tuple_pack(r, 3, v_from_obj(v_type(r, e)), e, V_NONE);
}
static Value sys_exception(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "exception", n, kw, 0, 0);
    return r->exc_info == V_NULL ? V_NONE : r->exc_info;
}
static Value sys_intern(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "intern", n, kw, 1, 1);
    if (v_type(r, a[0]) != r->t_str) err_type(r, "intern() argument must be str, not %T", a[0]);
    return str_intern(r, a[0]);
}

static const MethodDef sys_functions[] = {
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
    dict_set_cstr(r, d, "version_info", tuple_pack(r, 5, v_small(3), v_small(13), v_small(0),
                                                     str_from_cstr(r, "final"), v_small(0)));
    dict_set_cstr(r, d, "hexversion", v_small(0x030d00f0));
    dict_set_cstr(r, d, "maxunicode", v_small(0x10ffff));
    Type *st = type_new_builtin(r, "_io.TextIOWrapper", r->t_object, sizeof(Stream), 0);
    st->trace = stream_trace;
    st->repr = stream_repr;
    type_add_methods(r, st, stream_methods);
    realm_finish_type(r, st);
    dict_set_cstr(r, d, "stdout", stream_new(r, st, "<stdout>", 1));
    dict_set_cstr(r, d, "stderr", stream_new(r, st, "<stderr>", 2));
    dict_set_cstr(r, d, "__stdout__", dict_get_cstr(r, d, "stdout"));
    dict_set_cstr(r, d, "__stderr__", dict_get_cstr(r, d, "stderr"));
    return m;
}
