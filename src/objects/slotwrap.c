/* slotwrap: the dunder methods of built-in types (int.__add__,
 * list.__len__, function.__get__, ...), made from their C slots so that
 * Python code can call them directly or through super().
 *
 * Each wrapper is a NativeFunc with NF_SLOT: its `slot` is the C function of
 * the type that defined it (not of the instance's type, so super() reaches
 * the right one) and its `fn` is a dispatcher of type SlotCallFn, which
 * native_call invokes with the slot. */
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"

static void want_args(Realm *r, const char *name, size_t nargs, Value kw, size_t n) {
    if (kw != V_NULL && tuple_ptr(kw)->len) err_type(r, "%s() takes no keyword arguments", name);
    if (nargs != n + 1) {
        if (nargs == 0) err_type(r, "descriptor '%s' needs an argument", name);
        err_type(r, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs - 1);
    }
}

#define SW(name) static Value name(Realm *r, const NativeFunc *f, Value *a, size_t n, Value kw)

SW(sw_unary) { want_args(r, f->name, n, kw, 0); return ((UnaryFn)f->slot)(r, a[0]); }
SW(sw_hash) { want_args(r, f->name, n, kw, 0); return int_from_i64(r, ((HashFn)f->slot)(r, a[0])); }
SW(sw_len) { want_args(r, f->name, n, kw, 0); return int_from_i64(r, ((LenFn)f->slot)(r, a[0])); }
SW(sw_bool) { want_args(r, f->name, n, kw, 0); return v_bool(((BoolFn)f->slot)(r, a[0])); }
SW(sw_next) {
    want_args(r, f->name, n, kw, 0);
    Value v = ((NextFn)f->slot)(r, a[0]);
    if (v == V_NULL) {
        Value sv = r->stop_value;
        r->stop_value = V_NULL;
        Value e = exc_new(r, EXC(r, StopIteration), &sv, (sv == V_NULL || sv == V_NONE) ? 0 : 1);
        ((Exception *)v_obj(e))->value = sv == V_NULL ? V_NONE : sv;
        err_raise(r, e);
    }
    return v;
}
SW(sw_binary) { want_args(r, f->name, n, kw, 1); return ((BinaryFn)f->slot)(r, a[0], a[1]); }
SW(sw_rbinary) { want_args(r, f->name, n, kw, 1); return ((BinaryFn)f->slot)(r, a[1], a[0]); }
SW(sw_contains) { want_args(r, f->name, n, kw, 1); return v_bool(((ContainsFn)f->slot)(r, a[0], a[1])); }
SW(sw_setitem) { want_args(r, f->name, n, kw, 2); ((SetItemFn)f->slot)(r, a[0], a[1], a[2]); return V_NONE; }
SW(sw_delitem) { want_args(r, f->name, n, kw, 1); ((SetItemFn)f->slot)(r, a[0], a[1], V_NULL); return V_NONE; }
SW(sw_setattr) { want_args(r, f->name, n, kw, 2); ((SetattrFn)f->slot)(r, a[0], a[1], a[2]); return V_NONE; }
SW(sw_delattr) { want_args(r, f->name, n, kw, 1); ((SetattrFn)f->slot)(r, a[0], a[1], V_NULL); return V_NONE; }
SW(sw_getattribute) {
    want_args(r, f->name, n, kw, 1);
    if (!(v_is_obj(a[1]) && (v_obj(a[1])->type->flags & TF_STR_SUB)))
        err_type(r, "attribute name must be string, not '%T'", a[1]);
    Value v = ((GetattrFn)f->slot)(r, a[0], a[1]);
    if (v == V_NULL) err_attribute(r, a[0], a[1]);
    return v;
}
SW(sw_call) {
    if (n < 1) err_type(r, "descriptor '__call__' needs an argument");
    return ((CallFn)f->slot)(r, a[0], a + 1, n - 1, kw);
}
SW(sw_init) {
    if (n < 1) err_type(r, "descriptor '__init__' needs an argument");
    return ((NativeFn)f->slot)(r, a, n, kw);
}
SW(sw_new) {
    if (n < 1) err_type(r, "%s.__new__(): not enough arguments", f->name);
    if (!op_is_type(r, a[0])) err_type(r, "%s.__new__(X): X is not a type object (%T)", f->name, a[0]);
    Type *owner = (Type *)v_obj(f->qualname_owner), *t = (Type *)v_obj(a[0]);
    if (!type_is_subtype(t, owner))
        err_type(r, "%s.__new__(%s): %s is not a subtype of %s", owner->name, t->name, t->name, owner->name);
    type_check_new_safe(r, owner, (NewFn)f->slot, t);
    return ((NewFn)f->slot)(r, (Type *)v_obj(a[0]), a + 1, n - 1, kw);
}
SW(sw_get) {
    if (kw != V_NULL && tuple_ptr(kw)->len) err_type(r, "__get__() takes no keyword arguments");
    if (n < 2 || n > 3) err_type(r, "expected 1 or 2 arguments, got %zu", n ? n - 1 : 0);
    Value obj = a[1] == V_NONE ? V_NULL : a[1];
    Value type = n > 2 && a[2] != V_NONE ? a[2] : V_NULL;
    if (obj == V_NULL && type == V_NULL) err_type(r, "__get__(None, None) is invalid");
    return ((DescrGetFn)f->slot)(r, a[0], obj, type);
}
SW(sw_set) { want_args(r, f->name, n, kw, 2); ((DescrSetFn)f->slot)(r, a[0], a[1], a[2]); return V_NONE; }
SW(sw_delete) { want_args(r, f->name, n, kw, 1); ((DescrSetFn)f->slot)(r, a[0], a[1], V_NULL); return V_NONE; }
#define SW_CMP(fn, op) SW(fn) { want_args(r, f->name, n, kw, 1); return ((RichCmpFn)f->slot)(r, a[0], a[1], op); }
SW_CMP(sw_lt, CMP_LT)
SW_CMP(sw_le, CMP_LE)
SW_CMP(sw_eq, CMP_EQ)
SW_CMP(sw_ne, CMP_NE)
SW_CMP(sw_gt, CMP_GT)
SW_CMP(sw_ge, CMP_GE)

static void add_wrapper(Realm *r, Type *t, const char *name, const void *slot, SlotCallFn fn, uint32_t flags) {
    Value key = str_intern_cstr(r, name);
    if (dict_get_str(r, t->dict, key) != V_NULL) return;
    NativeFunc *w = (NativeFunc *)heap_alloc(r, r->t_builtin_function_or_method, sizeof(NativeFunc));
    w->fn = (NativeFn)(void (*)(void))fn;
    w->slot = slot;
    w->name = name;
    w->self = V_NULL;
    w->qualname_owner = v_from_obj(t);
    w->flags = NF_SLOT | flags;
    dict_set(r, t->dict, key, v_from_obj(w));
}

static const char *const nb_fwd[NB__COUNT] = {"__add__", "__sub__", "__mul__", "__matmul__",
    "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"};
static const char *const nb_rev[NB__COUNT] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__",
    "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"};
static const char *const nb_in[NB__COUNT] = {"__iadd__", "__isub__", "__imul__", "__imatmul__",
    "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"};

/* Adds wrappers for the slots t sets itself (those differing from its base's). */
void type_add_slot_wrappers(Realm *r, Type *t) {
    Type *b = t->base;
    /* Built-in sequences and containers implement + as sq_concat and truth
     * through their length in CPython: no __radd__ nor __bool__ there. */
    bool seq = !(t->flags & TF_HEAPTYPE) &&
               (t == r->t_str || t == r->t_list || t == r->t_tuple || t == r->t_bytes || t == r->t_bytearray);
    bool sized = seq || (!(t->flags & TF_HEAPTYPE) &&
                         (t == r->t_dict || t == r->t_set || t == r->t_frozenset));
#define OWN(s) (t->s && (!b || t->s != b->s))
#define ADD(s, name, fn) if (OWN(s)) add_wrapper(r, t, name, (const void *)t->s, fn, NF_METHOD)
    ADD(repr, "__repr__", sw_unary);
    ADD(str, "__str__", sw_unary);
    ADD(hash, "__hash__", sw_hash);
    ADD(iter, "__iter__", sw_unary);
    ADD(next, "__next__", sw_next);
    ADD(len, "__len__", sw_len);
    ADD(getitem, "__getitem__", sw_binary);
    ADD(setitem, "__setitem__", sw_setitem);
    ADD(setitem, "__delitem__", sw_delitem);
    if (t != r->t_dict_values) ADD(contains, "__contains__", sw_contains);
    if (!sized) ADD(truth, "__bool__", sw_bool);
    ADD(call, "__call__", sw_call);
    ADD(getattr, "__getattribute__", sw_getattribute);
    ADD(setattr, "__setattr__", sw_setattr);
    ADD(setattr, "__delattr__", sw_delattr);
    ADD(descr_get, "__get__", sw_get);
    ADD(descr_set, "__set__", sw_set);
    ADD(descr_set, "__delete__", sw_delete);
    ADD(neg, "__neg__", sw_unary);
    ADD(pos, "__pos__", sw_unary);
    ADD(invert, "__invert__", sw_unary);
    ADD(abs, "__abs__", sw_unary);
    ADD(index, "__index__", sw_unary);
    ADD(to_int, "__int__", sw_unary);
    ADD(to_float, "__float__", sw_unary);
    ADD(init, "__init__", sw_init);
    if (OWN(new_)) add_wrapper(r, t, "__new__", (const void *)t->new_, sw_new, NF_STATICMETHOD);
    if (OWN(richcmp)) {
        add_wrapper(r, t, "__lt__", (const void *)t->richcmp, sw_lt, NF_METHOD);
        add_wrapper(r, t, "__le__", (const void *)t->richcmp, sw_le, NF_METHOD);
        add_wrapper(r, t, "__eq__", (const void *)t->richcmp, sw_eq, NF_METHOD);
        add_wrapper(r, t, "__ne__", (const void *)t->richcmp, sw_ne, NF_METHOD);
        add_wrapper(r, t, "__gt__", (const void *)t->richcmp, sw_gt, NF_METHOD);
        add_wrapper(r, t, "__ge__", (const void *)t->richcmp, sw_ge, NF_METHOD);
    }
    for (int i = 0; i < NB__COUNT; i++) {
        if (OWN(nb[i])) {
            add_wrapper(r, t, nb_fwd[i], (const void *)t->nb[i], sw_binary, NF_METHOD);
            if (!(seq && i == NB_ADD)) add_wrapper(r, t, nb_rev[i], (const void *)t->nb[i], sw_rbinary, NF_METHOD);
        }
        if (OWN(inb[i])) add_wrapper(r, t, nb_in[i], (const void *)t->inb[i], sw_binary, NF_METHOD);
    }
#undef ADD
#undef OWN
}
