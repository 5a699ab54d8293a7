/* registry: the table of built-in modules (see modules.h). */
#include "core/realm.h"
#include "modules/modules.h"

static const BuiltinModule builtin_modules[] = {
    {"codecs", codecs_module_new},
    {"math", math_module_new},
    {"sys", sys_module_new},
    {NULL, NULL},
};

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
