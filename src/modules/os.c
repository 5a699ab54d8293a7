/* _os: the C half of the os module (src/modules/py/os.py), the small part a
 * sandboxed program may use, over the capability layer: files and
 * directories under the granted mounts, the granted environment variables,
 * randomness.  There is nothing that starts, signals or inspects processes
 * (no system, fork, exec*, popen, kill, getpid).  os.path is posixpath
 * (src/modules/py/posixpath.py): text manipulation plus os.stat and
 * os.getcwd.  Also here: _time, the clocks of the time module. */
#include <string.h>
#include "core/realm.h"
#include "core/limits.h"
#include "modules/modules.h"
#include "modules/io.h"
#include "vm/ops.h"
#include "vm/vm.h"
#include "front/source.h"
#include "front/parser.h"
#include "cap/cap.h"

/* The path argument at index i (default "." when absent and dflt). */
static const char *os_path(Realm *r, Value *a, size_t n, size_t i, const char *fname, size_t *len, Value *p) {
    if (i >= n || a[i] == V_NULL || a[i] == V_NONE) {
        *p = r->latin1['.'];
        *len = 1;
        return ".";
    }
    *p = a[i];
    return io_path_arg(r, a[i], len, fname);
}

typedef struct ListCtx { Realm *r; Value list; bool bytes; } ListCtx;

static bool os_list_add(void *ud, const char *name, size_t n) {
    ListCtx *c = ud;
    Value s = c->bytes ? bytes_new(c->r, (const uint8_t *)name, n) : str_from_utf8(c->r, name, n);
    list_append(c->r, c->list, s);
    limits_count(c->r, 1);
    return true;
}

static Value os_listdir(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "listdir", n, kw, 0, 1);
    size_t len;
    Value p;
    const char *path = os_path(r, a, n, 0, "listdir", &len, &p);
    ListCtx c = {r, list_new(r, 0), v_is_obj(p) && (v_obj(p)->type->flags & TF_BYTES_SUB)};
    int e = cap_listdir(r->caps, path, len, os_list_add, &c);
    if (e) io_raise_errno(r, e, p);
    list_sort(r, c.list, V_NONE, false);   /* a stable order: directories give none */
    return c.list;
}

static Value os_getcwd(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "getcwd", n, kw, 0, 0);
    return str_from_cstr(r, cap_getcwd(r->caps));
}

static Value os_getenv(Realm *r, Value *a, size_t n, Value kw) {
    static const char *const names[] = {"key", "default", NULL};
    Value o[2];
    arg_parse(r, "getenv", a, n, kw, 0, 1, names, o);
    if (!(v_is_obj(o[0]) && (v_obj(o[0])->type->flags & TF_STR_SUB)))
        err_type(r, "str expected, not %T", o[0]);
    size_t len, vlen;
    const char *k = str_utf8(r, o[0], &len);
    const char *v = cap_getenv(r->caps, k, len, &vlen);
    if (!v) return o[1] == V_NULL ? V_NONE : o[1];
    return str_from_utf8(r, v, vlen);
}

static Value os_remove(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "remove", n, kw, 1, 1);
    size_t len;
    const char *path = io_path_arg(r, a[0], &len, "remove");
    int e = cap_remove(r->caps, path, len);
    if (e) io_raise_errno(r, e, a[0]);
    return V_NONE;
}

static Value os_rmdir(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "rmdir", n, kw, 1, 1);
    size_t len;
    const char *path = io_path_arg(r, a[0], &len, "rmdir");
    int e = cap_rmdir(r->caps, path, len);
    if (e) io_raise_errno(r, e, a[0]);
    return V_NONE;
}

static Value os_mkdir(Realm *r, Value *a, size_t n, Value kw) {
    static const char *const names[] = {"path", "mode", NULL};
    Value o[2];
    arg_parse(r, "mkdir", a, n, kw, 0, 1, names, o);
    size_t len;
    const char *path = io_path_arg(r, o[0], &len, "mkdir");
    int e = cap_mkdir(r->caps, path, len);
    if (e) io_raise_errno(r, e, o[0]);
    return V_NONE;
}

static Value os_stat(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "stat", n, kw, 1, 1);
    size_t len;
    const char *path = io_path_arg(r, a[0], &len, "stat");
    CapStat st;
    int e = cap_stat(r->caps, path, len, CAP_O_READ, &st);
    if (e) io_raise_errno(r, e, a[0]);
    /* os.py makes the stat_result */
    Value items[3] = {int_from_i64(r, st.mode), int_from_u64(r, st.size), int_from_i64(r, st.mtime_ns)};
    return tuple_from_array(r, items, 3);
}

static Value os_rename(Realm *r, Value *a, size_t n, Value kw) {
    static const char *const names[] = {"src", "dst", NULL};
    Value o[2];
    arg_parse(r, "rename", a, n, kw, 2, 0, names, o);
    /* both paths as text first: a __fspath__ run while the first path's
     * UTF-8 is held could let the collector free it */
    o[0] = io_fspath(r, o[0]);
    o[1] = io_fspath(r, o[1]);
    size_t len1, len2;
    const char *p1 = io_path_arg(r, o[0], &len1, "rename");
    const char *p2 = io_path_arg(r, o[1], &len2, "rename");
    int e = cap_rename(r->caps, p1, len1, p2, len2);
    if (e) io_raise_errno2(r, e, o[0], o[1]);
    return V_NONE;
}

static Value os_urandom(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "urandom", n, kw, 1, 1);
    int64_t k = int_as_ssize(r, num_index(r, a[0]));
    if (k < 0) err_value(r, "negative argument not allowed");
    Value b = bytes_alloc(r, (size_t)k);
    limits_count(r, (uint64_t)k / 64);
    cap_random(r->caps, ((Bytes *)v_obj(b))->data, (size_t)k);
    return b;
}

static const MethodDef os_functions[] = {
    {"listdir", os_listdir, 0}, {"getcwd", os_getcwd, 0}, {"getenv", os_getenv, 0},
    {"remove", os_remove, 0}, {"unlink", os_remove, 0}, {"rmdir", os_rmdir, 0}, {"mkdir", os_mkdir, 0},
    {"stat", os_stat, 0}, {"rename", os_rename, 0}, {"urandom", os_urandom, 0},
    {NULL, NULL, 0},
};

Value os_module_new(Realm *r) {
    Value m = module_new(r, str_intern_cstr(r, "_os"));
    Value d = ((Module *)v_obj(m))->dict;
    modules_add_functions(r, m, os_functions);
    Value env = dict_new(r);
    for (size_t i = 0; i < cap_env_count(r->caps); i++) {
        const char *k, *v;
        cap_env_at(r->caps, i, &k, &v);
        dict_set(r, env, str_from_utf8(r, k, strlen(k)), str_from_utf8(r, v, strlen(v)));
    }
    dict_set_cstr(r, d, "environ", env);
    return m;
}

/* ---- _time: the clocks of the time module (src/modules/py/time.py) ---- */

static Value time_time(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "time", n, kw, 0, 0);
    return v_from_double((double)cap_time_ns(r->caps) / 1e9);
}
static Value time_time_ns(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "time_ns", n, kw, 0, 0);
    return int_from_i64(r, cap_time_ns(r->caps));
}
static Value time_monotonic(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "monotonic", n, kw, 0, 0);
    return v_from_double((double)cap_monotonic_ns(r->caps) / 1e9);
}
static Value time_monotonic_ns(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "monotonic_ns", n, kw, 0, 0);
    return int_from_u64(r, cap_monotonic_ns(r->caps));
}

/* sleep(secs): never past the realm's deadline; a time limit then ends the run. */
static Value time_sleep(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "sleep", n, kw, 1, 1);
    double s;
    if (v_is_float(a[0])) s = v_as_double(a[0]);
    else if (int_check(r, a[0])) s = int_as_double(r, a[0]);
    else err_type(r, "'%T' object cannot be interpreted as an integer or float", a[0]);
    if (s != s) err_value(r, "Invalid value NaN (not a number)");
    if (s < 0) err_value(r, "sleep length must be non-negative");
    if (s > 1e9) err_overflow(r, "sleep length is too large");
    cap_sleep_ns(r->caps, (uint64_t)(s * 1e9), r->deadline_ns);
    limits_check(r);
    return V_NONE;
}

static const MethodDef time_functions[] = {
    {"time", time_time, 0}, {"time_ns", time_time_ns, 0},
    {"monotonic", time_monotonic, 0}, {"monotonic_ns", time_monotonic_ns, 0},
    {"perf_counter", time_monotonic, 0}, {"perf_counter_ns", time_monotonic_ns, 0},
    {"sleep", time_sleep, 0},
    {NULL, NULL, 0},
};

Value time_module_new(Realm *r) {
    Value m = module_new(r, str_intern_cstr(r, "_time"));
    modules_add_functions(r, m, time_functions);
    return m;
}
