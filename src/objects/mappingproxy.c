/* mappingproxy: a read-only, live view of a mapping (types.MappingProxyType).
 * It is what type.__dict__ and a dict view's .mapping return, so a guest can
 * read a class's namespace as it changes but never write to it except
 * through setattr, which keeps the attribute caches right.
 *
 * Invariant: `mapping` is a mapping (not a list or tuple) and is never
 * handed out: copy() returns a new dict, keys()/values()/items() views. */
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"

typedef struct MappingProxy {
    Obj hdr;
    Value mapping;
} MappingProxy;

static Value mp_mapping(Realm *r, Value self, const char *what) {
    if (!v_is_obj(self) || v_obj(self)->type != r->t_mappingproxy)
        err_type(r, "descriptor '%s' requires a 'mappingproxy' object but received a '%T'", what, self);
    return ((MappingProxy *)v_obj(self))->mapping;
}

Value mappingproxy_new(Realm *r, Value mapping) {
    MappingProxy *p = (MappingProxy *)heap_alloc(r, r->t_mappingproxy, sizeof(MappingProxy));
    p->mapping = mapping;
    return v_from_obj(p);
}

static void mp_trace(Realm *r, Obj *o) { heap_mark(r, ((MappingProxy *)o)->mapping); }

/* mappingproxy(mapping): as CPython, any object with __getitem__ except a
 * list or tuple */
static Value mp_construct(Realm *r, Type *t, Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"mapping", NULL};
    Value a[1];
    arg_parse(r, "mappingproxy", args, nargs, kw, 1, 1, names, a);
    Value m = a[0];
    Type *mt = v_type(r, m);
    bool mapping = !(mt->flags & (TF_LIST_SUB | TF_TUPLE_SUB)) &&
                   (mt->getitem || type_lookup(r, mt, NM(r, __getitem__)) != V_NULL);
    if (!mapping) err_type(r, "mappingproxy() argument must be a mapping, not %T", m);
    return mappingproxy_new(r, m);
}

static Value mp_getitem(Realm *r, Value self, Value k) { return op_getitem(r, mp_mapping(r, self, "__getitem__"), k); }
static int mp_contains(Realm *r, Value self, Value k) { return op_contains(r, mp_mapping(r, self, "__contains__"), k); }
static Value mp_iter(Realm *r, Value self) { return op_iter(r, mp_mapping(r, self, "__iter__")); }
static int64_t mp_len(Realm *r, Value self) { return op_len(r, mp_mapping(r, self, "__len__")); }
static Value mp_repr(Realm *r, Value self) {
    return str_format(r, "mappingproxy(%R)", mp_mapping(r, self, "__repr__"));
}
static Value mp_str(Realm *r, Value self) { return op_str(r, mp_mapping(r, self, "__str__")); }
static Value mp_richcmp(Realm *r, Value a, Value b, int op) {
    return op_richcmp(r, mp_mapping(r, a, "__eq__"), b, op);
}
static int64_t mp_hash(Realm *r, Value self) { return op_hash(r, mp_mapping(r, self, "__hash__")); }

/* proxy | other and other | proxy: a new dict, as CPython */
static Value mp_or(Realm *r, Value a, Value b) {
    if (v_is_obj(a) && v_obj(a)->type == r->t_mappingproxy) a = ((MappingProxy *)v_obj(a))->mapping;
    if (v_is_obj(b) && v_obj(b)->type == r->t_mappingproxy) b = ((MappingProxy *)v_obj(b))->mapping;
    return op_binary(r, NB_OR, a, b);
}

static Value mp_call(Realm *r, Value *args, size_t nargs, Value kw, const char *name) {
    if (nargs == 0) err_type(r, "descriptor '%s' of 'mappingproxy' object needs an argument", name);
    Value m = mp_mapping(r, args[0], name);
    if (kw != V_NULL && tuple_ptr(kw)->len) err_type(r, "mappingproxy.%s() takes no keyword arguments", name);
    return op_call_method(r, m, str_intern_cstr(r, name), args + 1, nargs - 1);
}
static Value mp_get_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 2 || nargs > 3) err_type(r, "get expected 1 or 2 arguments, got %zu", nargs ? nargs - 1 : 0);
    return mp_call(r, args, nargs, kw, "get");
}
/* keys(), values(), items(), copy(): the mapping's own, with no arguments */
#define MP_DELEGATE0(fn, name)                                                \
    static Value fn(Realm *r, Value *args, size_t nargs, Value kw) {          \
        arg_count(r, name, nargs ? nargs - 1 : 0, kw, 0, 0);                  \
        return mp_call(r, args, nargs, kw, name);                             \
    }
MP_DELEGATE0(mp_keys_m, "keys")
MP_DELEGATE0(mp_values_m, "values")
MP_DELEGATE0(mp_items_m, "items")
MP_DELEGATE0(mp_copy_m, "copy")
#undef MP_DELEGATE0

static Value mp_reversed_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__reversed__", nargs ? nargs - 1 : 0, kw, 0, 0);
    if (nargs == 0) err_type(r, "descriptor '__reversed__' of 'mappingproxy' object needs an argument");
    return op_call1(r, v_from_obj(r->t_reversed), mp_mapping(r, args[0], "__reversed__"));
}

static const MethodDef mp_methods[] = {
    {"get", mp_get_m, 0},
    {"keys", mp_keys_m, 0},
    {"values", mp_values_m, 0},
    {"items", mp_items_m, 0},
    {"copy", mp_copy_m, 0},
    {"__reversed__", mp_reversed_m, 0},
    {NULL, NULL, 0}
};

void mappingproxy_init_type(Realm *r) {
    Type *t = r->t_mappingproxy;
    t->basicsize = sizeof(MappingProxy);
    t->flags |= TF_IMMUTABLE;
    t->trace = mp_trace;
    t->new_ = mp_construct;
    t->getitem = mp_getitem;
    t->contains = mp_contains;
    t->iter = mp_iter;
    t->len = mp_len;
    t->repr = mp_repr;
    t->str = mp_str;
    t->richcmp = mp_richcmp;
    t->hash = mp_hash;
    t->nb[NB_OR] = mp_or;
    type_add_methods(r, t, mp_methods);
}
