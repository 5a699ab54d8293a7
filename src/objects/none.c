/* none: the singletons None, NotImplemented and Ellipsis. */
#include "core/realm.h"
#include "objects/objects.h"

static Value none_repr(Realm *r, Value v) { return str_from_cstr(r, "None"); }
static int none_truth(Realm *r, Value v) { return 0; }
static int64_t none_hash(Realm *r, Value v) { return 0xFCA86420; }
static Value none_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw) {
    arg_count(r, "NoneType", nargs, kw, 0, 0);
    return V_NONE;
}
static Value notimpl_repr(Realm *r, Value v) { return str_from_cstr(r, "NotImplemented"); }
static int notimpl_truth(Realm *r, Value v) {
    /* 3.13 only warns (DeprecationWarning); the value is true */
    return 1;
}
static Value ellipsis_repr(Realm *r, Value v) { return str_from_cstr(r, "Ellipsis"); }
static int64_t singleton_hash(Realm *r, Value v) { return (int64_t)((uint64_t)v >> 4); }
static Value notimpl_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw) {
    arg_count(r, "NotImplementedType", nargs, kw, 0, 0);
    return r->notimpl;
}
static Value ellipsis_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw) {
    arg_count(r, "ellipsis", nargs, kw, 0, 0);
    return r->ellipsis;
}

void none_init_type(Realm *r) {
    Type *t = r->t_NoneType;
    t->repr = none_repr;
    t->truth = none_truth;
    t->hash = none_hash;
    t->new_ = none_new;
    t = r->t_NotImplementedType;
    t->basicsize = sizeof(Obj) + sizeof(Value);
    t->repr = notimpl_repr;
    t->truth = notimpl_truth;
    t->hash = singleton_hash;
    t->new_ = notimpl_new;
    t = r->t_ellipsis;
    t->basicsize = sizeof(Obj) + sizeof(Value);
    t->repr = ellipsis_repr;
    t->hash = singleton_hash;
    t->new_ = ellipsis_new;
    r->notimpl = v_from_obj(heap_alloc(r, r->t_NotImplementedType, sizeof(Obj) + sizeof(Value)));
    r->ellipsis = v_from_obj(heap_alloc(r, r->t_ellipsis, sizeof(Obj) + sizeof(Value)));
    r->dummy = v_from_obj(heap_alloc(r, r->t_object, sizeof(Obj) + sizeof(Value)));
}
