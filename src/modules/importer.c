/* importer: `import` as CPython's import system does it for the modules a
 * realm may reach: sys.modules first, then the built-in and host modules,
 * then .py files and packages (directories with __init__.py) found through
 * the capability layer in sys.path's directories (for a submodule, its
 * package's __path__).  Only mounts granted for reading or importing are
 * searched: anything else is simply not found.
 *
 * A module is put in sys.modules before its code runs (so circular imports
 * see the partly initialised module, as in CPython) and removed again if
 * its code raises.  r->importing (name -> True) lists modules still running
 * their top-level code, for the "partially initialized module" message.
 * Dotted names are resolved prefix by prefix in a loop: no recursion. */
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

static bool imp_is_str(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB); }

/* The whole of a file through the capability layer, or V_NULL if it cannot
 * be opened (absent, not granted). */
static Value imp_read_file(Realm *r, Value path) {
    size_t len;
    const char *p = str_utf8(r, path, &len);
    int id;
    if (cap_open(r->caps, p, len, CAP_O_READ | CAP_O_IMPORT, &id)) return V_NULL;
    Value chunks = list_new(r, 0);
    int64_t total = 0;
    for (;;) {
        Value chunk = bytes_alloc(r, 65536);
        size_t got;
        int e = cap_read(r->caps, id, ((Bytes *)v_obj(chunk))->data, 65536, &got);
        if (e) { cap_close(r->caps, id); io_raise_errno(r, e, path); }
        if (got == 0) break;
        list_append(r, chunks, bytes_new(r, ((Bytes *)v_obj(chunk))->data, got));
        total += (int64_t)got;
        limits_count(r, got / 64);
    }
    cap_close(r->caps, id);
    Value all = bytes_alloc(r, (size_t)total);
    Bytes *b = (Bytes *)v_obj(all);
    int64_t o = 0;
    for (int64_t i = 0; i < list_ptr(chunks)->len; i++) {
        Bytes *c = (Bytes *)v_obj(list_ptr(chunks)->items[i]);
        memcpy(b->data + o, c->data, (size_t)c->len);
        o += c->len;
    }
    b->data[o] = 0;
    return all;
}

/* Runs a module's source as `name`; registers it in sys.modules first. */
static Value imp_exec(Realm *r, Value name, Value file, Value src, Value pkgpath, Value package) {
    Value m = module_new(r, name);
    Value d = ((Module *)v_obj(m))->dict;
    dict_set(r, d, NM(r, __file__), file);
    dict_set(r, d, NM(r, __package__), package);
    dict_set(r, d, NM(r, __spec__), V_NONE);
    dict_set(r, d, NM(r, __loader__), V_NONE);
    dict_set(r, d, NM(r, __builtins__), r->builtins);
    if (pkgpath != V_NULL) dict_set_cstr(r, d, "__path__", pkgpath);
    Bytes *b = (Bytes *)v_obj(src);
    Value code = compile_string(r, (const char *)b->data, (size_t)b->len, file, V_NULL, PARSE_EXEC);
    dict_set(r, r->modules, name, m);
    if (r->importing == V_NULL) r->importing = dict_new(r);
    dict_set(r, r->importing, name, V_TRUE);
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        vm_run_code(r, code, d, d);
        err_untry(r, &j);
    } else {
        Value exc = r->exc;
        if (dict_get(r, r->importing, name) != V_NULL) dict_del(r, r->importing, name);
        if (dict_get(r, r->modules, name) != V_NULL) dict_del(r, r->modules, name);
        err_raise(r, exc);
    }
    dict_del(r, r->importing, name);
    Value out = dict_get(r, r->modules, name);
    if (out == V_NULL) err_format(r, EXC(r, ImportError), "Loaded module %U not found in sys.modules", name);
    return out;
}

/* Finds tail in the directories of path (a list of str) and loads it as name. */
static Value imp_find(Realm *r, Value name, Value tail, Value path, Value parent) {
    if (!v_is_obj(path) || !(v_obj(path)->type->flags & TF_LIST_SUB)) return V_NULL;
    for (int64_t i = 0; i < list_ptr(path)->len; i++) {
        Value dir = list_ptr(path)->items[i];
        if (!imp_is_str(dir)) continue;
        limits_count(r, 1);
        Value pkgdir = str_format(r, "%U/%U", dir, tail);
        Value init = str_format(r, "%U/__init__.py", pkgdir);
        Value src = imp_read_file(r, init);
        if (src != V_NULL)
            return imp_exec(r, name, init, src, list_from_array(r, &pkgdir, 1), name);
        Value file = str_format(r, "%U/%U.py", dir, tail);
        src = imp_read_file(r, file);
        if (src != V_NULL) return imp_exec(r, name, file, src, V_NULL, parent);
    }
    return V_NULL;
}

/* sys.path as the program left it (it may rebind the name), else the host's list. */
static Value imp_sys_path(Realm *r) {
    Value sys = dict_get_cstr(r, r->modules, "sys");
    if (sys != V_NULL && v_is_obj(sys) && v_obj(sys)->type == r->t_module) {
        Value p = dict_get_cstr(r, ((Module *)v_obj(sys))->dict, "path");
        if (p != V_NULL) return p;
    }
    return r->sys_path;
}

_Noreturn static void imp_not_found(Realm *r, Value name, const char *fmt, Value a, Value b) {
    Value msg = str_format(r, fmt, a, b);
    Value exc = exc_new_msg(r, EXC(r, ModuleNotFoundError), msg);
    op_setattr(r, exc, NM(r, name), name);
    err_raise(r, exc);
}

/* The module of an absolute dotted name, importing each prefix in turn. */
static Value imp_load(Realm *r, Value absname) {
    Str *s = (Str *)v_obj(absname);
    Value parent = V_NULL, mod = V_NULL;
    int64_t start = 0;
    for (int64_t i = 0; i <= s->len; i++) {
        if (i < s->len && str_char(s, i) != '.') continue;
        if (i == start) err_format(r, EXC(r, ImportError), "Empty module name");
        Value prefix = i == s->len ? absname : op_getitem(r, absname, slice_new(r, V_NONE, int_from_i64(r, i), V_NONE));
        Value tail = op_getitem(r, absname, slice_new(r, int_from_i64(r, start), int_from_i64(r, i), V_NONE));
        start = i + 1;
        mod = dict_get(r, r->modules, prefix);
        if (mod == V_NONE) imp_not_found(r, prefix, "import of %U halted; None in sys.modules", prefix, V_NULL);
        if (mod == V_NULL) {
            /* built-in modules first, submodules of built-in packages too
             * (collections.abc) */
            mod = modules_find_builtin(r, prefix);
            if (mod != V_NULL) {
            } else if (parent == V_NULL) {
                mod = imp_find(r, prefix, tail, imp_sys_path(r), r->empty_str);
            } else {
                Value ppath = op_getattr_opt(r, parent, str_intern_cstr(r, "__path__"));
                Value pname = op_getitem(r, absname, slice_new(r, V_NONE, int_from_i64(r, i - op_len(r, tail) - 1), V_NONE));
                if (ppath == V_NULL)
                    imp_not_found(r, prefix, "No module named '%U'; '%U' is not a package", prefix, pname);
                mod = imp_find(r, prefix, tail, ppath, pname);
                if (mod != V_NULL) op_setattr(r, parent, tail, mod);
            }
            if (mod == V_NULL) imp_not_found(r, prefix, "No module named '%U'", prefix, V_NULL);
        }
        parent = mod;
    }
    return mod;
}

/* The package a relative import in globals starts from. */
static Value imp_resolve(Realm *r, Value name, Value globals, int64_t level) {
    Value pkg = V_NULL;
    if (v_is_obj(globals) && (v_obj(globals)->type->flags & TF_DICT_SUB)) {
        pkg = dict_get(r, globals, NM(r, __package__));
        if (pkg == V_NONE) pkg = V_NULL;
        if (pkg != V_NULL && !imp_is_str(pkg)) err_type(r, "package must be a string");
        if (pkg == V_NULL) {
            Value mn = dict_get(r, globals, NM(r, __name__));
            if (mn != V_NULL && imp_is_str(mn)) {
                if (dict_get_cstr(r, globals, "__path__") != V_NULL) pkg = mn;
                else {
                    Value parts = op_call_method(r, mn, str_intern_cstr(r, "rpartition"), &r->latin1['.'], 1);
                    pkg = tuple_ptr(parts)->items[0];
                }
            }
        }
    }
    if (pkg == V_NULL || ((Str *)v_obj(pkg))->len == 0)
        err_format(r, EXC(r, ImportError), "attempted relative import with no known parent package");
    Value base = pkg;
    for (int64_t k = 1; k < level; k++) {
        Value parts = op_call_method(r, base, str_intern_cstr(r, "rpartition"), &r->latin1['.'], 1);
        if (((Str *)v_obj(tuple_ptr(parts)->items[1]))->len == 0)
            err_format(r, EXC(r, ImportError), "attempted relative import beyond top-level package");
        base = tuple_ptr(parts)->items[0];
    }
    if (((Str *)v_obj(name))->len == 0) return base;
    return str_format(r, "%U.%U", base, name);
}

/* Imports a submodule named in a fromlist; a missing one is left for
 * import_from to report as CPython does. */
static __attribute__((noinline)) void imp_load_optional(Realm *r, Value sub) {
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        imp_load(r, sub);
        err_untry(r, &j);
    } else {
        Value exc = r->exc;
        if (!err_matches(r, exc, EXC(r, ModuleNotFoundError))) err_raise(r, exc);
        Value en = op_getattr_opt(r, exc, NM(r, name));
        if (en == V_NULL || !imp_is_str(en) || !str_eq(en, sub)) err_raise(r, exc);
    }
}

Value import_module_level(Realm *r, Value name, Value globals, Value fromlist, int64_t level) {
    if (!imp_is_str(name)) err_type(r, "module name must be str, not %T", name);
    if (level < 0) err_value(r, "level must be >= 0");
    if (level == 0 && ((Str *)v_obj(name))->len == 0) err_value(r, "Empty module name");
    Value absname = level > 0 ? imp_resolve(r, name, globals, level) : name;
    Value mod = imp_load(r, absname);
    bool from = fromlist != V_NULL && fromlist != V_NONE && op_truth(r, fromlist);
    if (!from) {
        /* `import a.b.c` binds a (for a relative import, the matching prefix) */
        Str *s = (Str *)v_obj(name);
        int64_t dot = -1;
        for (int64_t i = 0; i < s->len; i++)
            if (str_char(s, i) == '.') { dot = i; break; }
        if (dot < 0) return mod;
        int64_t cut = s->len - dot;
        int64_t alen = ((Str *)v_obj(absname))->len;
        Value top = op_getitem(r, absname, slice_new(r, V_NONE, int_from_i64(r, alen - cut), V_NONE));
        Value t = dict_get(r, r->modules, top);
        if (t == V_NULL) err_format(r, EXC(r, KeyError), "%R", top);
        return t;
    }
    /* from package import submodule: import the names that are not attributes */
    if (op_getattr_opt(r, mod, str_intern_cstr(r, "__path__")) != V_NULL) {
        Value it = op_iter(r, fromlist);
        for (Value x; (x = op_next(r, it)) != V_NULL;) {
            if (!imp_is_str(x)) err_type(r, "Item in from list must be str, not %T", x);
            if (str_eq(x, r->latin1['*'])) continue;
            if (op_getattr_opt(r, mod, x) != V_NULL) continue;
            imp_load_optional(r, str_format(r, "%U.%U", absname, x));
        }
    }
    return mod;
}

bool import_is_initializing(Realm *r, Value name) {
    return r->importing != V_NULL && imp_is_str(name) && dict_get(r, r->importing, name) != V_NULL;
}
