/* _weakref: the C part of the weakref module (the rest is
 * src/modules/py/weakref.py).  The types live in src/objects/weakref.c. */
#include "core/realm.h"
#include "modules/modules.h"

static Value weakrefmod_getweakrefcount(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "getweakrefcount", n, kw, 1, 1);
    return int_from_i64(r, weakref_count(r, a[0]));
}
static Value weakrefmod_getweakrefs(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "getweakrefs", n, kw, 1, 1);
    return weakref_list(r, a[0]);
}
static Value weakrefmod_proxy(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "proxy", n, kw, 1, 2);
    return weakref_proxy_new(r, a[0], n > 1 ? a[1] : V_NULL);
}
/* _remove_dead_weakref(d, key): deletes d[key] if it is a dead weak reference. */
static Value weakrefmod_remove_dead(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "_remove_dead_weakref", n, kw, 2, 2);
    if (!(v_type(r, a[0])->flags & TF_DICT_SUB)) err_type(r, "_remove_dead_weakref() argument 1 must be dict, not %T", a[0]);
    Value v = dict_get(r, a[0], a[1]);
    if (v != V_NULL && v_is_obj(v) && type_is_subtype(v_obj(v)->type, r->t_weakref) &&
        !((WeakRef *)v_obj(v))->referent)
        dict_del(r, a[0], a[1]);
    return V_NONE;
}

static const MethodDef weakrefmod_functions[] = {
    {"getweakrefcount", weakrefmod_getweakrefcount, 0},
    {"getweakrefs", weakrefmod_getweakrefs, 0},
    {"proxy", weakrefmod_proxy, 0},
    {"_remove_dead_weakref", weakrefmod_remove_dead, 0},
    {NULL, NULL, 0},
};

Value weakrefmod_module_new(Realm *r) {
    Value m = module_new(r, str_intern_cstr(r, "_weakref"));
    modules_add_functions(r, m, weakrefmod_functions);
    Value d = ((Module *)v_obj(m))->dict;
    dict_set_cstr(r, d, "ref", v_from_obj(r->t_weakref));
    dict_set_cstr(r, d, "ReferenceType", v_from_obj(r->t_weakref));
    dict_set_cstr(r, d, "ProxyType", v_from_obj(r->t_weakproxy));
    dict_set_cstr(r, d, "CallableProxyType", v_from_obj(r->t_weakcallableproxy));
    return m;
}
