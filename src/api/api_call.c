/* api_call: running code in a realm for the host (exec, eval, call,
 * globals) and giving Python the host's functions and modules.
 *
 * A host function is a builtin_function_or_method flagged NF_SLOT with no
 * self: the call path then hands the C function its NativeFunc, whose slot
 * points at the ApiHostFn (host function pointer, userdata, name) owned by
 * the asp_realm.  api_host_call turns the arguments into handles, calls the
 * host and turns its status back into a return or a raise. */
#include <stdlib.h>
#include <string.h>
#include "api/api_impl.h"
#include "front/source.h"
#include "vm/ops.h"
#include "vm/vm.h"

typedef struct CallCtx {
    const char *src, *name, *name2;
    size_t len;
    int mode;
    asp_handle h, v;
    size_t argc;
    const asp_handle *argv;
    asp_handle *out;
    asp_native_fn fn;
    void *ud;
    bool set_file;
} CallCtx;

/* __main__'s globals, made on first use. */
static Value api_main_globals(Realm *r) {
    if (r->main_module != V_NULL) return ((Module *)v_obj(r->main_module))->dict;
    Value name = str_intern_cstr(r, "__main__");
    Value m = module_new(r, name);
    Value d = ((Module *)v_obj(m))->dict;
    Value bm = dict_get_cstr(r, r->modules, "builtins");
    dict_set(r, d, NM(r, __builtins__), bm != V_NULL ? bm : r->builtins);
    dict_set(r, r->modules, name, m);
    r->main_module = m;
    return d;
}

static asp_status api_exec_body(asp_realm *a, void *cp) {
    CallCtx *c = cp;
    Realm *r = a->r;
    Value g = api_main_globals(r);
    Value fname = str_from_cstr(r, c->name ? c->name : "<string>");
    if (c->set_file) dict_set(r, g, NM(r, __file__), fname);
    Value code = compile_string(r, c->src, c->len, fname, V_NULL, c->mode);
    /* from here this C code holds nothing the roots do not reach (the code
     * object is the frame's): gc.collect may mark precisely */
    r->clean_entry = r->c_depth == 0;
    Value res = vm_run_code(r, code, g, g);
    r->clean_entry = false;
    if (c->out) *c->out = api_new_handle(a, res);
    return ASP_OK;
}

API_EXPORT asp_status asp_exec(asp_realm *a, const char *src, size_t len, const char *filename) {
    if (!a || (!src && len)) return ASP_INVALID;
    CallCtx c = {.src = src ? src : "", .len = len, .name = filename, .mode = PARSE_EXEC};
    return api_run(a, api_exec_body, &c);
}

API_EXPORT asp_status asp_exec_ex(asp_realm *a, const char *src, size_t len, const char *filename,
                                  unsigned flags) {
    if (!a || (!src && len) || (flags & ~(unsigned)(ASP_EXEC_SET_FILE | ASP_EXEC_INTERACTIVE)))
        return ASP_INVALID;
    if ((flags & ASP_EXEC_SET_FILE) && !filename) return ASP_INVALID;
    CallCtx c = {.src = src ? src : "", .len = len, .name = filename,
                 .mode = flags & ASP_EXEC_INTERACTIVE ? PARSE_SINGLE : PARSE_EXEC,
                 .set_file = (flags & ASP_EXEC_SET_FILE) != 0};
    return api_run(a, api_exec_body, &c);
}

API_EXPORT asp_status asp_eval(asp_realm *a, const char *src, size_t len, asp_handle *out) {
    if (!a || (!src && len) || !out) return ASP_INVALID;
    *out = ASP_NO_HANDLE;
    CallCtx c = {.src = src ? src : "", .len = len, .mode = PARSE_EVAL, .out = out};
    return api_run(a, api_exec_body, &c);
}

static asp_status api_finish_body(asp_realm *a, void *cp) {
    (void)cp;
    fin_shutdown(a->r);
    return ASP_OK;
}

API_EXPORT asp_status asp_finish(asp_realm *a) {
    if (!a) return ASP_INVALID;
    return api_run(a, api_finish_body, NULL);
}

static asp_status api_call_body(asp_realm *a, void *cp) {
    CallCtx *c = cp;
    Realm *r = a->r;
    Value f = api_value(a, c->h);
    if (f == V_NULL) return ASP_INVALID;
    for (size_t i = 0; i < c->argc; i++)
        if (api_value(a, c->argv[i]) == V_NULL) return ASP_INVALID;
    /* the arguments in a tuple: a heap object, so nothing leaks on a raise */
    Value args = c->argc ? tuple_new(r, c->argc) : r->empty_tuple;
    for (size_t i = 0; i < c->argc; i++) tuple_ptr(args)->items[i] = api_value(a, c->argv[i]);
    Value res = op_call(r, f, tuple_ptr(args)->items, c->argc, V_NULL);
    heap_keep(args);
    *c->out = api_new_handle(a, res);
    return ASP_OK;
}

API_EXPORT asp_status asp_call(asp_realm *a, asp_handle fn, size_t argc, const asp_handle *argv,
                               asp_handle *out) {
    if (!a || !out || (argc && !argv)) return ASP_INVALID;
    *out = ASP_NO_HANDLE;
    CallCtx c = {.h = fn, .argc = argc, .argv = argv, .out = out};
    return api_run(a, api_call_body, &c);
}

static asp_status api_get_global_body(asp_realm *a, void *cp) {
    CallCtx *c = cp;
    Realm *r = a->r;
    Value name = str_from_cstr(r, c->name);
    Value v = dict_get(r, api_main_globals(r), name);
    if (v == V_NULL) v = dict_get(r, r->builtins, name);
    if (v == V_NULL) err_format(r, EXC(r, NameError), "name '%U' is not defined", name);
    *c->out = api_new_handle(a, v);
    return ASP_OK;
}

API_EXPORT asp_status asp_get_global(asp_realm *a, const char *name, asp_handle *out) {
    if (!a || !name || !out) return ASP_INVALID;
    *out = ASP_NO_HANDLE;
    CallCtx c = {.name = name, .out = out};
    return api_run(a, api_get_global_body, &c);
}

static asp_status api_set_global_body(asp_realm *a, void *cp) {
    CallCtx *c = cp;
    Realm *r = a->r;
    Value v = api_value(a, c->v);
    if (v == V_NULL) return ASP_INVALID;
    dict_set(r, api_main_globals(r), str_intern(r, str_from_cstr(r, c->name)), v);
    return ASP_OK;
}

API_EXPORT asp_status asp_set_global(asp_realm *a, const char *name, asp_handle value) {
    if (!a || !name) return ASP_INVALID;
    CallCtx c = {.name = name, .v = value};
    return api_run(a, api_set_global_body, &c);
}

static asp_status api_get_attr_body(asp_realm *a, void *cp) {
    CallCtx *c = cp;
    Realm *r = a->r;
    Value o = api_value(a, c->h);
    if (o == V_NULL) return ASP_INVALID;
    Value v = op_getattr(r, o, str_intern(r, str_from_cstr(r, c->name)));
    *c->out = api_new_handle(a, v);
    return ASP_OK;
}

API_EXPORT asp_status asp_get_attr(asp_realm *a, asp_handle obj, const char *name, asp_handle *out) {
    if (!a || !name || !out) return ASP_INVALID;
    *out = ASP_NO_HANDLE;
    CallCtx c = {.h = obj, .name = name, .out = out};
    return api_run(a, api_get_attr_body, &c);
}

/* ---- host functions ---- */

/* Releases the first n handles of ids (a uint32 array inside a bytes object). */
static void api_release_args(asp_realm *a, const asp_handle *ids, size_t n) {
    for (size_t i = 0; i < n; i++) api_release(a, ids[i]);
}

static Value api_host_call(Realm *r, const NativeFunc *f, Value *args, size_t nargs, Value kwnames) {
    const ApiHostFn *hf = f->slot;
    asp_realm *a = hf->realm;
    if (kwnames != V_NULL && tuple_ptr(kwnames)->len > 0)
        err_type(r, "%s() takes no keyword arguments", f->name);
    size_t bytes;
    if (__builtin_mul_overflow(nargs, sizeof(asp_handle), &bytes)) err_no_memory(r);
    /* the handle array lives in a heap object: no malloc'd buffer across a raise */
    Value idbuf = bytes_alloc(r, bytes);
    asp_handle *ids = (asp_handle *)(void *)((Bytes *)v_obj(idbuf))->data;
    volatile size_t made = 0;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        for (size_t i = 0; i < nargs; i++) {
            ids[i] = api_new_handle(a, args[i]);
            made = i + 1;
        }
        err_untry(r, &j);
    } else {
        api_release_args(a, ids, made);
        heap_keep(idbuf);
        err_raise(r, r->exc);
    }
    asp_handle res = ASP_NO_HANDLE;
    /* the host function's own failures must not clobber the current error */
    Value saved_error = r->api_error;
    int saved_code = a->exit_code;
    r->api_error = V_NULL;
    asp_status st = hf->fn(a, hf->userdata, nargs, ids, &res);
    Value rv = res != ASP_NO_HANDLE ? api_value(a, res) : V_NONE;
    if (rv == V_NULL) rv = V_NONE;
    api_release_args(a, ids, nargs);
    heap_keep(idbuf);
    if (res != ASP_NO_HANDLE) api_release(a, res);
    Value exc = r->api_error;
    r->api_error = saved_error;
    a->exit_code = saved_code;
    api_error_reset(a);
    if (st == ASP_OK) return rv;
    if (exc == V_NULL) {
        if (st == ASP_NOMEM) err_no_memory(r);
        err_format(r, EXC(r, SystemError), "host function %s() failed without setting an exception",
                   f->name);
    }
    err_raise(r, exc);
}

/* Records a new ApiHostFn (owned by the asp_realm until it is freed). */
static ApiHostFn *api_host_fn_new(asp_realm *a, const char *name, asp_native_fn fn, void *ud) {
    Realm *r = a->r;
    size_t n = strlen(name), size;
    if (__builtin_add_overflow(sizeof(ApiHostFn), n + 1, &size)) err_no_memory(r);
    if (a->nfns == a->capfns) {
        size_t cap = a->capfns ? a->capfns * 2 : 8, bytes;
        if (__builtin_mul_overflow(cap, sizeof(ApiHostFn *), &bytes)) err_no_memory(r);
        ApiHostFn **nf = realloc(a->fns, bytes);
        if (!nf) err_no_memory(r);
        a->fns = nf;
        a->capfns = cap;
    }
    ApiHostFn *hf = malloc(size);
    if (!hf) err_no_memory(r);
    hf->realm = a;
    hf->fn = fn;
    hf->userdata = ud;
    memcpy(hf->name, name, n + 1);
    a->fns[a->nfns++] = hf;
    return hf;
}

static Value api_host_fn_value(asp_realm *a, const char *name, asp_native_fn fn, void *ud) {
    Realm *r = a->r;
    Value f = native_new(r, "", NULL, V_NULL);   /* allocate first: a MemoryError leaks nothing */
    ApiHostFn *hf = api_host_fn_new(a, name, fn, ud);
    NativeFunc *nf = (NativeFunc *)v_obj(f);
    nf->fn = (NativeFn)(void (*)(void))api_host_call;
    nf->flags = NF_SLOT;
    nf->slot = hf;
    nf->name = hf->name;
    return f;
}

static asp_status api_define_function_body(asp_realm *a, void *cp) {
    CallCtx *c = cp;
    Realm *r = a->r;
    Value key = str_intern(r, str_from_cstr(r, c->name));
    Value f = api_host_fn_value(a, c->name, c->fn, c->ud);
    dict_set(r, r->builtins, key, f);
    return ASP_OK;
}

API_EXPORT asp_status asp_define_function(asp_realm *a, const char *name, asp_native_fn fn, void *ud) {
    if (!a || !name || !fn) return ASP_INVALID;
    CallCtx c = {.name = name, .fn = fn, .ud = ud};
    return api_run(a, api_define_function_body, &c);
}

/* The module named name in sys.modules (ImportError if absent). */
static Value api_find_module(Realm *r, const char *name) {
    Value key = str_from_cstr(r, name);
    Value m = dict_get(r, r->modules, key);
    if (m == V_NULL || v_type(r, m) != r->t_module)
        err_format(r, EXC(r, ImportError), "No module named '%U'", key);
    return m;
}

static asp_status api_module_body(asp_realm *a, void *cp) {
    CallCtx *c = cp;
    Realm *r = a->r;
    if (c->name2 == NULL) {   /* define the module */
        Value key = str_intern(r, str_from_cstr(r, c->name));
        Value m = module_new(r, key);
        dict_set(r, r->modules, key, m);
        return ASP_OK;
    }
    Value m = api_find_module(r, c->name);
    Value key = str_intern(r, str_from_cstr(r, c->name2));
    Value v;
    if (c->fn) v = api_host_fn_value(a, c->name2, c->fn, c->ud);
    else {
        v = api_value(a, c->v);
        if (v == V_NULL) return ASP_INVALID;
    }
    dict_set(r, ((Module *)v_obj(m))->dict, key, v);
    return ASP_OK;
}

API_EXPORT asp_status asp_define_module(asp_realm *a, const char *name) {
    if (!a || !name) return ASP_INVALID;
    CallCtx c = {.name = name};
    return api_run(a, api_module_body, &c);
}

API_EXPORT asp_status asp_module_add_function(asp_realm *a, const char *module, const char *name,
                                              asp_native_fn fn, void *ud) {
    if (!a || !module || !name || !fn) return ASP_INVALID;
    CallCtx c = {.name = module, .name2 = name, .fn = fn, .ud = ud};
    return api_run(a, api_module_body, &c);
}

API_EXPORT asp_status asp_module_set(asp_realm *a, const char *module, const char *name, asp_handle value) {
    if (!a || !module || !name) return ASP_INVALID;
    CallCtx c = {.name = module, .name2 = name, .v = value};
    return api_run(a, api_module_body, &c);
}

/* ---- raising from the host ---- */

static asp_status api_raise_body(asp_realm *a, void *cp) {
    CallCtx *c = cp;
    Realm *r = a->r;
    Value t = dict_get_cstr(r, r->builtins, c->name);
    if (t == V_NULL || !op_is_type(r, t) || !(((Type *)v_obj(t))->flags & TF_EXC_SUB))
        err_format(r, EXC(r, TypeError), "asp_raise: '%s' is not a built-in exception", c->name);
    Value msg = str_from_utf8(r, c->src, c->len);
    Value exc = exc_new_msg(r, (Type *)v_obj(t), msg);
    api_error_reset(a);
    r->api_error = exc;
    a->exit_code = 1;
    return ASP_ERROR;
}

API_EXPORT asp_status asp_raise(asp_realm *a, const char *exc_type, const char *message) {
    if (!a || !exc_type) return ASP_INVALID;
    if (!message) message = "";
    CallCtx c = {.name = exc_type, .src = message, .len = strlen(message)};
    asp_status st = api_run(a, api_raise_body, &c);
    return st == ASP_OK ? ASP_ERROR : st;
}
