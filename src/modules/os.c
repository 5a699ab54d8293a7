/* os: the small part of the os module a sandboxed program may use, over the
 * capability layer: files and directories under the granted mounts, the
 * granted environment variables, randomness.  There is nothing that starts,
 * signals or inspects processes (no system, fork, exec*, popen, kill,
 * getpid).  os.path (the module posixpath) is written in Python below: its
 * functions are text manipulation plus os.stat and os.getcwd. */
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
    Value mod = dict_get_cstr(r, r->modules, "os");
    Value cls = mod != V_NULL ? op_getattr(r, mod, str_intern_cstr(r, "stat_result")) : V_NULL;
    if (cls == V_NULL) err_format(r, EXC(r, RuntimeError), "os.stat_result is missing");
    Value args[4] = {int_from_i64(r, st.mode), int_from_u64(r, st.size),
                     v_from_double((double)st.mtime_ns / 1e9), int_from_i64(r, st.mtime_ns)};
    return op_call(r, cls, args, 4, V_NULL);
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
    {"remove", os_remove, 0}, {"unlink", os_remove, 0}, {"rmdir", os_rmdir, 0},
    {"mkdir", os_mkdir, 0}, {"stat", os_stat, 0}, {"urandom", os_urandom, 0},
    {NULL, NULL, 0},
};

/* The Python half of os and os.path (run in each module's namespace). */
static const char os_py[] =
    "class stat_result:\n"
    "    __module__ = 'os'\n"
    "    def __init__(self, mode, size, mtime, mtime_ns):\n"
    "        self.st_mode = mode\n"
    "        self.st_size = size\n"
    "        self.st_mtime = mtime\n"
    "        self.st_mtime_ns = mtime_ns\n"
    "    def __repr__(self):\n"
    "        return f'os.stat_result(st_mode={self.st_mode}, st_size={self.st_size}, st_mtime={int(self.st_mtime)})'\n"
    "def makedirs(name, mode=0o777, exist_ok=False):\n"
    "    head, tail = path.split(name)\n"
    "    if not tail:\n"
    "        head, tail = path.split(head)\n"
    "    if head and tail and not path.exists(head):\n"
    "        makedirs(head, exist_ok=exist_ok)\n"
    "    try:\n"
    "        mkdir(name)\n"
    "    except OSError:\n"
    "        if not exist_ok or not path.isdir(name):\n"
    "            raise\n"
    "def fspath(p):\n"
    "    if isinstance(p, (str, bytes)):\n"
    "        return p\n"
    "    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)\n";

static const char posixpath_py[] =
    "sep = '/'\n"
    "curdir = '.'\n"
    "pardir = '..'\n"
    "extsep = '.'\n"
    "def _s(p):\n"
    "    if isinstance(p, bytes):\n"
    "        return b'/'\n"
    "    if isinstance(p, str):\n"
    "        return '/'\n"
    "    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')\n"
    "def isabs(p):\n"
    "    return p.startswith(_s(p))\n"
    "def join(a, *ps):\n"
    "    s = _s(a)\n"
    "    out = a\n"
    "    for b in ps:\n"
    "        if type(_s(b)) is not type(s):\n"
    "            raise TypeError(\"Can't mix strings and bytes in path components\")\n"
    "        if b.startswith(s):\n"
    "            out = b\n"
    "        elif not out or out.endswith(s):\n"
    "            out = out + b\n"
    "        else:\n"
    "            out = out + s + b\n"
    "    return out\n"
    "def split(p):\n"
    "    s = _s(p)\n"
    "    i = p.rfind(s) + 1\n"
    "    head, tail = p[:i], p[i:]\n"
    "    if head and head != s * len(head):\n"
    "        head = head.rstrip(s)\n"
    "    return head, tail\n"
    "def basename(p):\n"
    "    return split(p)[1]\n"
    "def dirname(p):\n"
    "    return split(p)[0]\n"
    "def splitext(p):\n"
    "    s = _s(p)\n"
    "    dot = b'.' if isinstance(p, bytes) else '.'\n"
    "    i = p.rfind(s)\n"
    "    j = p.rfind(dot)\n"
    "    if j > i:\n"
    "        k = i + 1\n"
    "        while k < j:\n"
    "            if p[k:k + 1] != dot:\n"
    "                return p[:j], p[j:]\n"
    "            k += 1\n"
    "    return p, p[:0]\n"
    "def normpath(p):\n"
    "    s = _s(p)\n"
    "    dot = b'.' if isinstance(p, bytes) else '.'\n"
    "    if not p:\n"
    "        return dot\n"
    "    lead = 0\n"
    "    if p.startswith(s):\n"
    "        lead = 2 if p.startswith(s * 2) and not p.startswith(s * 3) else 1\n"
    "    parts = []\n"
    "    for c in p.split(s):\n"
    "        if not c or c == dot:\n"
    "            continue\n"
    "        if c == dot * 2 and (parts and parts[-1] != dot * 2 or lead):\n"
    "            if parts:\n"
    "                parts.pop()\n"
    "            continue\n"
    "        parts.append(c)\n"
    "    out = s * lead + s.join(parts)\n"
    "    return out or dot\n"
    "def abspath(p):\n"
    "    if not isabs(p):\n"
    "        cwd = _os.getcwd()\n"
    "        if isinstance(p, bytes):\n"
    "            cwd = cwd.encode()\n"
    "        p = join(cwd, p)\n"
    "    return normpath(p)\n"
    "def exists(p):\n"
    "    try:\n"
    "        _os.stat(p)\n"
    "    except (OSError, ValueError):\n"
    "        return False\n"
    "    return True\n"
    "def isfile(p):\n"
    "    try:\n"
    "        return _os.stat(p).st_mode & 0o170000 == 0o100000\n"
    "    except (OSError, ValueError):\n"
    "        return False\n"
    "def isdir(p):\n"
    "    try:\n"
    "        return _os.stat(p).st_mode & 0o170000 == 0o040000\n"
    "    except (OSError, ValueError):\n"
    "        return False\n"
    "def getsize(p):\n"
    "    return _os.stat(p).st_size\n"
    "def getmtime(p):\n"
    "    return _os.stat(p).st_mtime\n"
    ;

/* Runs Python source in a module's namespace. */
static void os_run_py(Realm *r, Value mod, const char *src, size_t len, const char *filename) {
    Value d = ((Module *)v_obj(mod))->dict;
    dict_set(r, d, NM(r, __builtins__), r->builtins);
    Value code = compile_string(r, src, len, str_from_cstr(r, filename), V_NULL, PARSE_EXEC);
    vm_run_code(r, code, d, d);
}

Value os_module_new(Realm *r) {
    Value m = module_new(r, str_intern_cstr(r, "os"));
    Value d = ((Module *)v_obj(m))->dict;
    modules_add_functions(r, m, os_functions);
    dict_set_cstr(r, d, "name", str_intern_cstr(r, "posix"));
    dict_set_cstr(r, d, "sep", r->latin1['/']);
    dict_set_cstr(r, d, "altsep", V_NONE);
    dict_set_cstr(r, d, "curdir", r->latin1['.']);
    dict_set_cstr(r, d, "pardir", str_intern_cstr(r, ".."));
    dict_set_cstr(r, d, "extsep", r->latin1['.']);
    dict_set_cstr(r, d, "pathsep", r->latin1[':']);
    dict_set_cstr(r, d, "linesep", r->latin1['\n']);
    dict_set_cstr(r, d, "devnull", str_intern_cstr(r, "/dev/null"));
    Value env = dict_new(r);
    for (size_t i = 0; i < cap_env_count(r->caps); i++) {
        const char *k, *v;
        cap_env_at(r->caps, i, &k, &v);
        dict_set(r, env, str_from_utf8(r, k, strlen(k)), str_from_utf8(r, v, strlen(v)));
    }
    dict_set_cstr(r, d, "environ", env);
    Value pp = module_new(r, str_intern_cstr(r, "posixpath"));
    Value pd = ((Module *)v_obj(pp))->dict;
    dict_set_cstr(r, pd, "_os", m);
    os_run_py(r, pp, posixpath_py, sizeof posixpath_py - 1, "<frozen posixpath>");
    dict_set_cstr(r, d, "path", pp);
    os_run_py(r, m, os_py, sizeof os_py - 1, "<frozen os>");
    dict_set_cstr(r, r->modules, "os.path", pp);
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
