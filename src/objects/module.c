/* module: module objects (a namespace dict and a name). */
#include <stddef.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"

Value module_new(Realm *r, Value name) {
    Module *m = (Module *)heap_alloc(r, r->t_module, sizeof(Module));
    m->name = name;
    m->dict = dict_new(r);
    dict_set(r, m->dict, NM(r, __name__), name);
    dict_set(r, m->dict, NM(r, __doc__), V_NONE);
    return v_from_obj(m);
}

static void module_trace(Realm *r, Obj *o) {
    heap_mark(r, ((Module *)o)->dict);
    heap_mark(r, ((Module *)o)->name);
}

static Value module_getattr(Realm *r, Value o, Value name) {
    Module *m = (Module *)v_obj(o);
    Value v = dict_get_str(r, m->dict, name);
    if (v != V_NULL) return v;
    if (str_eq(name, NM(r, __dict__))) return m->dict;
    v = obj_generic_getattr(r, o, name);
    if (v != V_NULL) return v;
    Value ga = dict_get_str(r, m->dict, NM(r, __getattr__));
    if (ga != V_NULL) return op_call1(r, ga, name);
    return V_NULL;
}

static void module_setattr(Realm *r, Value o, Value name, Value v) {
    Module *m = (Module *)v_obj(o);
    if (v == V_NULL) {
        if (!dict_del(r, m->dict, name)) err_attribute(r, o, name);
    } else {
        dict_set(r, m->dict, name, v);
    }
}

static Value module_repr(Realm *r, Value o) {
    Module *m = (Module *)v_obj(o);
    if (m->dict == r->builtins) return str_format(r, "<module '%U' (built-in)>", m->name);
    return str_format(r, "<module '%U'>", m->name);
}

static Value module_new_(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "module", nargs, kwnames, 1, 2);
    Value m = module_new(r, args[0]);
    v_obj(m)->type = t;
    if (nargs > 1) dict_set(r, ((Module *)v_obj(m))->dict, NM(r, __doc__), args[1]);
    return m;
}

void module_init_type(Realm *r) {
    Type *t = r->t_module;
    t->basicsize = sizeof(Module);
    /* the namespace is the instance __dict__, as in CPython: the generic
     * object.__getattribute__(module, name) finds module attributes */
    t->dictoffset = (uint32_t)offsetof(Module, dict);
    t->flags |= TF_BASETYPE;
    t->trace = module_trace;
    t->getattr = module_getattr;
    t->setattr = module_setattr;
    t->repr = module_repr;
    t->new_ = module_new_;
}
