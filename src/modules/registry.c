/* registry: the table of built-in modules (see modules.h). */
#include "core/realm.h"
#include "front/source.h"
#include "modules/modules.h"
#include "vm/ops.h"
#include "vm/vm.h"

static const BuiltinModule builtin_modules[] = {
    {"_random", random_module_new},
    {"_sre", sre_module_new},
    {"_traceback", traceback_module_new},
    {"codecs", codecs_module_new},
    {"math", math_module_new},
    {"_os", os_module_new},
    {"_time", time_module_new},
    {"sys", sys_module_new},
    {"gc", gc_module_new},
    {"_weakref", weakrefmod_module_new},
    {"_struct", struct_module_new},
    {"_hashcore", hashlib_module_new},
    {"_binascii", binascii_module_new},
    {"_zlib", zlib_module_new},
    {"unicodedata", unicodedata_module_new},
    {NULL, NULL},
};

/* Runs the embedded source of a module written in Python.  The module is in
 * sys.modules while its body runs (so circular imports see it, as CPython
 * does) and is taken out again if the body raises. */
static Value run_py_module(Realm *r, Value name, const PyModuleSource *p) {
    Value mod = module_new(r, name);
    Value d = ((Module *)v_obj(mod))->dict;
    dict_set(r, d, NM(r, __builtins__), r->builtins);
    dict_set(r, r->modules, name, mod);
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value filename = str_format(r, "<frozen %U>", name);
        Value code = compile_string(r, p->src, p->len, filename, V_NULL, PARSE_EXEC);
        vm_run_code(r, code, d, d);
        err_untry(r, &j);
    } else {
        Value exc = r->exc;
        if (dict_get(r, r->modules, name) != V_NULL) dict_del(r, r->modules, name);
        err_raise(r, exc);
    }
    /* the body may have replaced its entry in sys.modules, as CPython allows */
    Value now = dict_get(r, r->modules, name);
    return now != V_NULL ? now : mod;
}

Value modules_find_builtin(Realm *r, Value name) {
    size_t n;
    const char *s = str_utf8(r, name, &n);
    for (const BuiltinModule *m = builtin_modules; m->name; m++) {
        if (strlen(m->name) == n && memcmp(m->name, s, n) == 0) {
            Value mod = m->make(r);
            dict_set(r, r->modules, name, mod);
            return mod;
        }
    }
    for (const PyModuleSource *p = pymodule_sources; p->name; p++) {
        if (strlen(p->name) != n || memcmp(p->name, s, n) != 0) continue;
        /* a submodule (collections.abc: file collections.abc.py) needs its
         * parent first, and becomes the parent's attribute */
        const char *dot = NULL;
        for (size_t i = 0; i < n; i++)
            if (s[i] == '.') dot = s + i;
        Value parent = V_NULL;
        if (dot) {
            Value pname = str_from_utf8(r, s, (size_t)(dot - s));
            parent = dict_get(r, r->modules, pname);
            if (parent == V_NULL) parent = modules_find_builtin(r, pname);
            if (parent == V_NULL) return V_NULL;
            Value done = dict_get(r, r->modules, name);   /* the parent may have imported it */
            if (done != V_NULL) return done;
        }
        Value mod = run_py_module(r, name, p);
        if (parent != V_NULL)
            op_setattr(r, parent, str_from_utf8(r, dot + 1, n - (size_t)(dot - s) - 1), mod);
        return mod;
    }
    return V_NULL;
}

void modules_add_functions(Realm *r, Value module, const MethodDef *defs) {
    Value d = ((Module *)v_obj(module))->dict;
    for (; defs->name; defs++) {
        Value f = native_new(r, defs->name, defs->fn, V_NULL);
        ((NativeFunc *)v_obj(f))->qualname_owner = V_NULL;
        dict_set(r, d, str_intern_cstr(r, defs->name), f);
    }
}

Value modules_import(Realm *r, const char *cname) {
    Value name = str_intern_cstr(r, cname);
    Value mod = dict_get(r, r->modules, name);
    if (mod == V_NULL) mod = modules_find_builtin(r, name);
    if (mod == V_NULL) err_format(r, EXC(r, ImportError), "cannot import %s", cname);
    return mod;
}
