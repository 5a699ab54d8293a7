/* weakref: weak references (weakref.ref, alias ReferenceType, and its
 * subclasses), weak proxies (ProxyType, CallableProxyType) and the
 * `_weakref` module functions (getweakrefcount, getweakrefs).
 *
 * A WeakRef's referent is not traced.  The heap keeps, per referent, the
 * chain of its weak references (heap_weak_*): the collector clears them all
 * when the referent is found unreachable and queues the callbacks of the
 * ones still alive (see heap.c); a weak reference that dies leaves its chain
 * in its finalize slot.  The chain order is CPython's: the plain ref without
 * callback first, then the plain proxy, then the others newest first, so
 * getweakrefs() and the order of callbacks match.
 *
 * Which objects may be weakly referenced is CPython's choice, by the type
 * flag TF_WEAKREFABLE: set here for the built-in types that have it in
 * CPython, and by type_new_class (typeobj.c) for classes. */
#include <stdio.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "objects/containers.h"

static inline WeakRef *wr_ptr(Value v) { return (WeakRef *)v_obj(v); }

static bool is_ref(Realm *r, Value v) {
    return v_is_obj(v) && type_is_subtype(v_obj(v)->type, r->t_weakref);
}
static bool is_proxy(Realm *r, Value v) {
    return v_is_obj(v) && (v_obj(v)->type == r->t_weakproxy || v_obj(v)->type == r->t_weakcallableproxy);
}

static void wr_trace(Realm *r, Obj *o) { heap_mark(r, ((WeakRef *)o)->callback); }
/* A dying weak reference leaves its referent's chain (never raises). */
static void wr_finalize(Realm *r, Obj *o) { heap_weak_unlink(r, (WeakRef *)o); }

static void addr_of(Realm *r, Value v, char *buf, size_t n) {
    (void)snprintf(buf, n, "0x%llx", (unsigned long long)(v ^ (r->hash_k0 & 0xfffffffff0ull)));
}

/* The plain ref and plain proxy at the head of o's chain. */
static void basic_refs(Realm *r, Obj *o, WeakRef **ref, WeakRef **proxy) {
    WeakRef *w = heap_weak_chain(r, o);
    *ref = *proxy = NULL;
    if (w && w->hdr.type == r->t_weakref && w->callback == V_NULL) { *ref = w; w = w->next; }
    if (w && (w->hdr.type == r->t_weakproxy || w->hdr.type == r->t_weakcallableproxy) && w->callback == V_NULL)
        *proxy = w;
}

static void check_referenceable(Realm *r, Value ob) {
    if (!v_is_obj(ob) || !(v_obj(ob)->type->flags & TF_WEAKREFABLE))
        err_type(r, "cannot create weak reference to '%T' object", ob);
}

/* Makes a weak reference of type t to ob (ref, a subclass, or a proxy). */
static Value wr_make(Realm *r, Type *t, Value ob, Value callback) {
    check_referenceable(r, ob);
    if (callback == V_NONE) callback = V_NULL;
    Obj *o = v_obj(ob);
    WeakRef *ref, *proxy;
    basic_refs(r, o, &ref, &proxy);
    bool is_px = t == r->t_weakproxy || t == r->t_weakcallableproxy;
    bool plain = callback == V_NULL && (t == r->t_weakref || is_px);
    if (plain && !is_px && ref) return v_from_obj(ref);
    if (plain && is_px && proxy) return v_from_obj(proxy);
    WeakRef *wr = (WeakRef *)heap_alloc(r, t, t->basicsize);
    wr->callback = callback;
    wr->hash = -1;
    /* the allocation may have collected: the chain is read again */
    basic_refs(r, o, &ref, &proxy);
    WeakRef *after;
    if (plain && !is_px) after = NULL;
    else if (plain) after = ref;
    else after = proxy ? proxy : ref;
    wr->referent = o;
    heap_weak_link(r, wr, after);
    return v_from_obj(wr);
}

/* ---------- ref ---------- */

static Value ref_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;   /* as CPython, __new__ ignores keywords (subclasses' __init__ take them) */
    if (nargs < 1) err_type(r, "__new__ expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) err_type(r, "__new__ expected at most 2 arguments, got %zu", nargs);
    return wr_make(r, t, args[0], nargs > 1 ? args[1] : V_NULL);
}

static Value ref_init(Realm *r, Value *args, size_t nargs, Value kwnames) {
    if (kwnames != V_NULL && tuple_ptr(kwnames)->len > 0) err_type(r, "ref() takes no keyword arguments");
    if (nargs < 2) err_type(r, "__init__ expected at least 1 argument, got %zu", nargs - 1);
    if (nargs > 3) err_type(r, "__init__ expected at most 2 arguments, got %zu", nargs - 1);
    return V_NONE;
}

static Value ref_call(Realm *r, Value self, Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (kwnames != V_NULL && tuple_ptr(kwnames)->len > 0) err_type(r, "weakref() takes no keyword arguments");
    if (nargs != 0) err_type(r, "weakref expected 0 arguments, got %zu", nargs);
    Obj *o = wr_ptr(self)->referent;
    return o ? v_from_obj(o) : V_NONE;
}

static int64_t ref_hash(Realm *r, Value self) {
    WeakRef *w = wr_ptr(self);
    if (w->hash != -1) return w->hash;
    if (!w->referent) err_type(r, "weak object has gone away");
    int64_t h = op_hash(r, v_from_obj(w->referent));
    wr_ptr(self)->hash = h;
    return h;
}

static Value ref_richcmp(Realm *r, Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !(is_ref(r, a) || is_proxy(r, a)) || !(is_ref(r, b) || is_proxy(r, b)))
        return r->notimpl;
    Obj *x = wr_ptr(a)->referent, *y = wr_ptr(b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return (op == CMP_EQ) == same ? V_TRUE : V_FALSE;
    }
    return op_richcmp(r, v_from_obj(x), v_from_obj(y), op);
}

/* The referent's __name__ if it has a str one, looked up as CPython does
 * (on the type, bound), else V_NULL. */
static Value referent_name(Realm *r, Value ob) {
    Type *t = v_type(r, ob);
    Value d = type_lookup(r, t, NM(r, __name__));
    Value name;
    if (d != V_NULL) {
        Type *dt = v_type(r, d);
        name = dt->descr_get ? dt->descr_get(r, d, ob, v_from_obj(t)) : d;
    } else if (t == r->t_function || t == r->t_builtin_function_or_method || t == r->t_generator ||
               t == r->t_coroutine || t == r->t_async_generator || t == r->t_TypeAliasType ||
               t == r->t_TypeVar || t == r->t_TypeVarTuple || t == r->t_ParamSpec) {
        /* CPython has a __name__ descriptor on these types; asp answers
         * in their getattr slot */
        name = op_getattr_opt(r, ob, NM(r, __name__));
        if (name == V_NULL) return V_NULL;
    } else {
        return V_NULL;
    }
    if (!(v_is_obj(name) && (v_obj(name)->type->flags & TF_STR_SUB))) return V_NULL;
    return name;
}

static Value wr_repr_common(Realm *r, Value self, const char *what) {
    char a[32], b[32];
    addr_of(r, self, a, sizeof a);
    Obj *o = wr_ptr(self)->referent;
    if (!o) return str_format(r, "<%s at %s; dead>", what, a);
    Value ob = v_from_obj(o);
    addr_of(r, ob, b, sizeof b);
    Value name = is_proxy(r, self) ? V_NULL : referent_name(r, ob);
    if (name != V_NULL) return str_format(r, "<%s at %s; to '%T' at %s (%U)>", what, a, ob, b, name);
    return str_format(r, "<%s at %s; to '%T' at %s>", what, a, ob, b);
}

static Value ref_repr(Realm *r, Value self) { return wr_repr_common(r, self, "weakref"); }

static Value ref_get_callback(Realm *r, Value self) {
    Value cb = wr_ptr(self)->callback;
    return cb == V_NULL ? V_NONE : cb;
}

static const MethodDef ref_methods[] = {
    {"__init__", ref_init, 0},
    {NULL, NULL, 0},
};
static const GetSetDef ref_getsets[] = {
    {"__callback__", ref_get_callback, NULL},
    {NULL, NULL, NULL},
};

/* ---------- proxies ---------- */

/* The referent of a proxy; ReferenceError once it is gone. */
static Value px_obj(Realm *r, Value p) {
    Obj *o = wr_ptr(p)->referent;
    if (!o) err_format(r, EXC(r, ReferenceError), "weakly-referenced object no longer exists");
    return v_from_obj(o);
}
static Value px_unwrap(Realm *r, Value v) { return is_proxy(r, v) ? px_obj(r, v) : v; }

/* the referent answers, AttributeError included (with its own type name) */
static Value px_getattr(Realm *r, Value p, Value name) { return op_getattr(r, px_obj(r, p), name); }
static void px_setattr(Realm *r, Value p, Value name, Value v) {
    if (v == V_NULL) op_delattr(r, px_obj(r, p), name);
    else op_setattr(r, px_obj(r, p), name, v);
}
static Value px_repr(Realm *r, Value p) { return wr_repr_common(r, p, "weakproxy"); }
static Value px_str(Realm *r, Value p) { return op_str(r, px_obj(r, p)); }
static Value px_call(Realm *r, Value p, Value *args, size_t nargs, Value kwnames) {
    return op_call(r, px_obj(r, p), args, nargs, kwnames);
}
static Value px_richcmp(Realm *r, Value a, Value b, int op) {
    return op_richcmp(r, px_unwrap(r, a), px_unwrap(r, b), op);
}
static Value px_iter(Realm *r, Value p) { return op_iter(r, px_obj(r, p)); }
static Value px_next(Realm *r, Value p) {
    Value o = px_obj(r, p);
    if (!v_obj(o)->type->next) err_type(r, "Weakref proxy referenced a non-iterator '%T' object", o);
    return op_next(r, o);
}
static int64_t px_len(Realm *r, Value p) { return op_len(r, px_obj(r, p)); }
static Value px_getitem(Realm *r, Value p, Value k) { return op_getitem(r, px_obj(r, p), k); }
static void px_setitem(Realm *r, Value p, Value k, Value v) {
    if (v == V_NULL) op_delitem(r, px_obj(r, p), k);
    else op_setitem(r, px_obj(r, p), k, v);
}
static int px_contains(Realm *r, Value p, Value item) { return op_contains(r, px_obj(r, p), item); }
static int px_truth(Realm *r, Value p) { return op_truth(r, px_obj(r, p)); }
static Value px_neg(Realm *r, Value p) { return op_neg(r, px_obj(r, p)); }
static Value px_pos(Realm *r, Value p) { return op_pos(r, px_obj(r, p)); }
static Value px_invert(Realm *r, Value p) { return op_invert(r, px_obj(r, p)); }
static Value px_abs(Realm *r, Value p) { return op_abs(r, px_obj(r, p)); }
static Value px_index(Realm *r, Value p) { return op_call_special(r, px_obj(r, p), NM(r, __index__), NULL, 0); }
static Value px_int(Realm *r, Value p) { return op_call1(r, v_from_obj(r->t_int), px_obj(r, p)); }
static Value px_float(Realm *r, Value p) { return op_call1(r, v_from_obj(r->t_float), px_obj(r, p)); }

#define PX_NB(i) \
    static Value px_nb##i(Realm *r, Value a, Value b) { return op_binary(r, i, px_unwrap(r, a), px_unwrap(r, b)); } \
    static Value px_inb##i(Realm *r, Value a, Value b) { \
        return op_inplace(r, i, px_unwrap(r, a), px_unwrap(r, b)); \
    }
PX_NB(0) PX_NB(1) PX_NB(2) PX_NB(3) PX_NB(4) PX_NB(5) PX_NB(6) PX_NB(7) PX_NB(8) PX_NB(9) PX_NB(10) PX_NB(11) PX_NB(12)
#undef PX_NB
static const BinaryFn px_nb[NB__COUNT] = {px_nb0, px_nb1, px_nb2, px_nb3, px_nb4, px_nb5, px_nb6,
                                          px_nb7, px_nb8, px_nb9, px_nb10, px_nb11, px_nb12};
static const BinaryFn px_inb[NB__COUNT] = {px_inb0, px_inb1, px_inb2, px_inb3, px_inb4, px_inb5, px_inb6,
                                           px_inb7, px_inb8, px_inb9, px_inb10, px_inb11, px_inb12};

static Value px_bytes_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__bytes__", nargs, kwnames, 1, 1);
    return op_call1(r, v_from_obj(r->t_bytes), px_obj(r, args[0]));
}
static Value px_reversed_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__reversed__", nargs, kwnames, 1, 1);
    return op_call1(r, v_from_obj(r->t_reversed), px_obj(r, args[0]));
}
static const MethodDef px_methods[] = {
    {"__bytes__", px_bytes_m, 0},
    {"__reversed__", px_reversed_m, 0},
    {NULL, NULL, 0},
};

static void px_fill(Realm *r, Type *t) {
    t->trace = wr_trace;
    t->finalize = wr_finalize;
    t->getattr = px_getattr;
    t->setattr = px_setattr;
    t->repr = px_repr;
    t->str = px_str;
    t->richcmp = px_richcmp;   /* and no hash: proxies are unhashable */
    t->iter = px_iter;
    t->next = px_next;
    t->len = px_len;
    t->getitem = px_getitem;
    t->setitem = px_setitem;
    t->contains = px_contains;
    t->truth = px_truth;
    t->neg = px_neg;
    t->pos = px_pos;
    t->invert = px_invert;
    t->abs = px_abs;
    t->index = px_index;
    t->to_int = px_int;
    t->to_float = px_float;
    for (int i = 0; i < NB__COUNT; i++) { t->nb[i] = px_nb[i]; t->inb[i] = px_inb[i]; }
    type_add_methods(r, t, px_methods);
}

/* ---------- module functions ---------- */

Value weakref_proxy_new(Realm *r, Value ob, Value callback) {
    check_referenceable(r, ob);
    Type *t = v_type(r, ob)->call ? r->t_weakcallableproxy : r->t_weakproxy;
    return wr_make(r, t, ob, callback);
}

int64_t weakref_count(Realm *r, Value ob) {
    if (!v_is_obj(ob)) return 0;
    int64_t n = 0;
    for (WeakRef *w = heap_weak_chain(r, v_obj(ob)); w; w = w->next) n++;   /* budget: bounded by refs made */
    return n;
}

Value weakref_list(Realm *r, Value ob) {
    Value l = list_new(r, 0);
    if (!v_is_obj(ob)) return l;
    int64_t n = weakref_count(r, ob);
    /* the list is made first: appending may collect, which may shorten the chain */
    for (int64_t i = 0; i < n; i++) list_append(r, l, V_NONE);
    int64_t k = 0;
    for (WeakRef *w = heap_weak_chain(r, v_obj(ob)); w && k < n; w = w->next)
        list_ptr(l)->items[k++] = v_from_obj(w);
    list_ptr(l)->len = k;
    return l;
}

/* __weakref__ of instances: the first weak reference, or None. */
static Value weakref_attr_get(Realm *r, Value self) {
    if (!v_is_obj(self)) return V_NONE;
    WeakRef *w = heap_weak_chain(r, v_obj(self));
    return w ? v_from_obj(w) : V_NONE;
}
static const GetSetDef weakref_attr_getsets[] = {
    {"__weakref__", weakref_attr_get, NULL},
    {NULL, NULL, NULL},
};

void weakref_add_attr(Realm *r, Type *t) { type_add_getsets(r, t, weakref_attr_getsets); }

static void set_names(Realm *r, Type *t, const char *name) {
    t->name_str = str_intern_cstr(r, name);
    t->qualname = t->name_str;
    type_add_methods(r, t, (const MethodDef[]){{NULL, NULL, 0}});
    dict_set(r, t->dict, str_intern_cstr(r, "__module__"), str_intern_cstr(r, "weakref"));
}

void weakref_init_type(Realm *r) {
    Type *t = r->t_weakref;
    t->name = "weakref.ReferenceType";
    t->flags |= TF_BASETYPE;
    t->basicsize = sizeof(WeakRef);
    t->trace = wr_trace;
    t->finalize = wr_finalize;
    t->new_ = ref_new;
    t->init = ref_init;
    t->call = ref_call;
    t->hash = ref_hash;
    t->richcmp = ref_richcmp;
    t->repr = ref_repr;
    set_names(r, t, "ReferenceType");
    type_add_methods(r, t, ref_methods);
    type_add_getsets(r, t, ref_getsets);
    cont_install_class_getitem(r, t);   /* weakref.ref[int] */

    Type *p = r->t_weakproxy;
    p->name = "weakref.ProxyType";
    p->basicsize = sizeof(WeakRef);
    px_fill(r, p);
    set_names(r, p, "ProxyType");

    Type *c = r->t_weakcallableproxy;
    c->name = "weakref.CallableProxyType";
    c->basicsize = sizeof(WeakRef);
    px_fill(r, c);
    c->call = px_call;
    set_names(r, c, "CallableProxyType");

    /* the built-in types whose instances CPython lets be weakly referenced */
    Type *const weakable[] = {r->t_type, r->t_set, r->t_frozenset, r->t_function, r->t_builtin_function_or_method,
                              r->t_method, r->t_code, r->t_module, r->t_generator, r->t_coroutine,
                              r->t_async_generator, r->t_TypeAliasType, r->t_TypeVar, r->t_TypeVarTuple,
                              r->t_ParamSpec};
    for (size_t i = 0; i < sizeof weakable / sizeof weakable[0]; i++) weakable[i]->flags |= TF_WEAKREFABLE;
}
