/* typeobj: type objects — built-in type set-up, attribute lookup along the
 * MRO, class creation (C3 linearisation, layout, slot wrappers) and calling a
 * type to make an instance.
 *
 * Slots of classes written in Python: for each dunder that the class (or a
 * Python base in its MRO) defines, the matching C slot is set to a wrapper
 * that looks the dunder up and calls it.  Dunders that come from built-in
 * types keep the built-in C slot.  type_modified() redoes this when a class
 * attribute changes. */
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/frame.h"

Type *type_new_builtin(Realm *r, const char *name, Type *base, size_t basicsize, uint32_t flags) {
    Type *t = (Type *)heap_alloc(r, r->t_type, sizeof(Type));
    t->name = name;
    t->base = base;
    t->basicsize = (uint32_t)basicsize;
    t->flags = flags | TF_IMMUTABLE;
    return t;
}

static Value type_dict(Realm *r, Type *t) {
    if (t->dict == V_NULL) t->dict = dict_new(r);
    return t->dict;
}

static Value native_make(Realm *r, Type *owner, const char *name, NativeFn fn, uint32_t flags) {
    NativeFunc *f = (NativeFunc *)heap_alloc(r, r->t_builtin_function_or_method, sizeof(NativeFunc));
    f->fn = fn;
    f->name = name;
    f->self = V_NULL;
    f->qualname_owner = owner ? v_from_obj(owner) : V_NULL;
    f->flags = flags;
    return v_from_obj(f);
}

void type_add_methods(Realm *r, Type *t, const MethodDef *defs) {
    Value d = type_dict(r, t);
    for (; defs->name; defs++) {
        uint32_t fl = defs->flags;
        if (!(fl & (NF_CLASSMETHOD | NF_STATICMETHOD))) fl |= NF_METHOD;
        dict_set(r, d, str_intern_cstr(r, defs->name), native_make(r, t, defs->name, defs->fn, fl));
    }
}

void type_add_getsets(Realm *r, Type *t, const GetSetDef *defs) {
    Value d = type_dict(r, t);
    for (; defs->name; defs++) {
        GetSetDescr *g = (GetSetDescr *)heap_alloc(r, r->t_getset_descriptor, sizeof(GetSetDescr));
        g->def = defs;
        g->owner = t;
        dict_set(r, d, str_intern_cstr(r, defs->name), v_from_obj(g));
    }
}

Value type_lookup(Realm *r, Type *t, Value name) {
    if (t->mro != V_NULL) {
        Tuple *mro = tuple_ptr(t->mro);
        for (int64_t i = 0; i < mro->len; i++) {
            Type *b = (Type *)v_obj(mro->items[i]);
            if (b->dict == V_NULL) continue;
            Value v = dict_get_str(r, b->dict, name);
            if (v != V_NULL) return v;
        }
        return V_NULL;
    }
    for (Type *b = t; b; b = b->base) {
        if (b->dict == V_NULL) continue;
        Value v = dict_get_str(r, b->dict, name);
        if (v != V_NULL) return v;
    }
    return V_NULL;
}

static Value slot_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames);

/* CPython's rule for X.__new__(T): the nearest built-in (non-heap) base of
 * T must use X's own __new__, or the object X.__new__ makes would not have
 * the layout T's built-in methods read (object.__new__(int) would be an int
 * with no digits). */
void type_check_new_safe(Realm *r, Type *owner, NewFn owner_new, Type *t) {
    Type *s = t;   /* skip the classes whose __new__ is Python code */
    while (s && (s->flags & TF_HEAPTYPE) && s->new_ == slot_new) s = s->base;
    if (s && s->new_ != owner_new)
        err_type(r, "%s.__new__(%s) is not safe, use %s.__new__()", owner->name, t->name, s->name);
}

bool type_is_subtype(Type *a, Type *b) {
    if (a == b) return true;
    if (a->mro != V_NULL) {
        Tuple *mro = tuple_ptr(a->mro);
        for (int64_t i = 0; i < mro->len; i++)
            if (v_obj(mro->items[i]) == (Obj *)b) return true;
        return false;
    }
    for (Type *t = a; t; t = t->base) if (t == b) return true;
    return false;
}

/* Sets t->name to the UTF-8 of name (a str), keeping its storage alive
 * with the type: the str's own data when ASCII, else the bytes object that
 * str_utf8 made (data is inline after the Bytes header). */
static void type_set_cname(Realm *r, Type *t, Value name) {
    size_t n;
    const char *u = str_utf8(r, name, &n);
    t->name = u;
    t->name_keep = ((Str *)v_obj(name))->ascii ? name : v_from_obj((const uint8_t *)u - offsetof(Bytes, data));
}

/* ---------- slot wrappers for classes written in Python ---------- */

static Value lookup_special(Realm *r, Value self, Value name) {
    return type_lookup(r, v_type(r, self), name);
}

/* Calls the dunder `name` found on type(self) with self prepended; V_NULL if absent. */
static Value call_dunder(Realm *r, Value self, Value name, Value *args, size_t nargs) {
    return op_call_special(r, self, name, args, nargs);
}

static Value call_dunder_req(Realm *r, Value self, Value name, Value *args, size_t nargs) {
    Value v = call_dunder(r, self, name, args, nargs);
    if (v == V_NULL) err_attribute(r, self, name);
    return v;
}

static Value slot_repr(Realm *r, Value a) {
    Value v = call_dunder_req(r, a, NM(r, __repr__), NULL, 0);
    if (!v_is_obj(v) || !(v_obj(v)->type->flags & TF_STR_SUB))
        err_type(r, "__repr__ returned non-string (type %T)", v);
    return v;
}
static Value slot_str(Realm *r, Value a) {
    Value v = call_dunder_req(r, a, NM(r, __str__), NULL, 0);
    if (!v_is_obj(v) || !(v_obj(v)->type->flags & TF_STR_SUB))
        err_type(r, "__str__ returned non-string (type %T)", v);
    return v;
}
/* str() of a class with __repr__ but no __str__ anywhere: CPython's
 * object.__str__ calls the repr slot and PyObject_Str words the check. */
static Value slot_str_via_repr(Realm *r, Value a) {
    Value v = call_dunder_req(r, a, NM(r, __repr__), NULL, 0);
    if (!v_is_obj(v) || !(v_obj(v)->type->flags & TF_STR_SUB))
        err_type(r, "__str__ returned non-string (type %T)", v);
    return v;
}
static int64_t slot_hash(Realm *r, Value a) {
    Value f = lookup_special(r, a, NM(r, __hash__));
    if (f == V_NONE || f == V_NULL) err_type(r, "unhashable type: '%s'", v_type(r, a)->name);
    Value v = call_dunder_req(r, a, NM(r, __hash__), NULL, 0);
    if (!int_check(r, v)) err_type(r, "__hash__ method should return an integer");
    /* as CPython: a result that fits a Py_hash_t is the hash itself; a
     * bigger one is reduced as hash(int) reduces it */
    int64_t h;
    if (!int_to_i64(r, v, &h)) h = int_hash(r, v);
    return h == -1 ? -2 : h;
}
static const int cmp_names[6] = {N___lt__, N___le__, N___eq__, N___ne__, N___gt__, N___ge__};
static Value slot_richcmp(Realm *r, Value a, Value b, int op) {
    Value v = call_dunder(r, a, r->names[cmp_names[op]], &b, 1);
    return v == V_NULL ? r->notimpl : v;
}
static Value slot_iter(Realm *r, Value a) {
    Value f = lookup_special(r, a, NM(r, __iter__));
    if (f == V_NONE) err_type(r, "'%T' object is not iterable", a);
    Value it = call_dunder_req(r, a, NM(r, __iter__), NULL, 0);
    Type *t = v_type(r, it);
    if (!t->next) err_type(r, "iter() returned non-iterator of type '%s'", t->name);
    return it;
}
static Value slot_next(Realm *r, Value a) {
    ErrJmp j;
    Value v = V_NULL;
    if (ERR_TRY(r, &j)) {
        v = call_dunder_req(r, a, NM(r, __next__), NULL, 0);
        err_untry(r, &j);
        return v;
    }
    if (err_matches(r, r->exc, EXC(r, StopIteration))) {
        r->stop_value = ((Exception *)v_obj(r->exc))->value;
        return V_NULL;
    }
    err_raise(r, r->exc);
}
static int64_t slot_len(Realm *r, Value a) {
    Value v = num_index(r, call_dunder_req(r, a, NM(r, __len__), NULL, 0));
    if (int_sign(r, v) < 0) err_value(r, "__len__() should return >= 0");
    int64_t n;
    if (!int_to_i64(r, v, &n)) err_overflow(r, "cannot fit 'int' into an index-sized integer");
    return n;
}
static Value slot_getitem(Realm *r, Value a, Value k) {
    return call_dunder_req(r, a, NM(r, __getitem__), &k, 1);
}
static void slot_setitem(Realm *r, Value o, Value k, Value v) {
    if (v == V_NULL) call_dunder_req(r, o, NM(r, __delitem__), &k, 1);
    else { Value args[2] = {k, v}; call_dunder_req(r, o, NM(r, __setitem__), args, 2); }
}
static int slot_contains(Realm *r, Value c, Value item) {
    if (lookup_special(r, c, NM(r, __contains__)) == V_NONE)
        err_type(r, "'%T' object is not a container", c);
    Value v = call_dunder(r, c, NM(r, __contains__), &item, 1);
    if (v == V_NULL) return op_contains_by_iter(r, c, item);
    return op_truth(r, v);
}
static int slot_truth(Realm *r, Value a) {
    Value v = call_dunder(r, a, NM(r, __bool__), NULL, 0);
    if (v != V_NULL) {
        if (!v_is_bool(v)) err_type(r, "__bool__ should return bool, returned %T", v);
        return v == V_TRUE;
    }
    Value f = lookup_special(r, a, NM(r, __len__));
    if (f != V_NULL) return slot_len(r, a) != 0;
    return 1;
}
static Value slot_call(Realm *r, Value f, Value *args, size_t nargs, Value kwnames) {
    Value m = lookup_special(r, f, NM(r, __call__));
    if (m == V_NULL) err_type(r, "'%T' object is not callable", f);
    Value bound = m;
    Type *mt = v_type(r, m);
    if (mt->descr_get) bound = mt->descr_get(r, m, f, v_from_obj(v_type(r, f)));
    return op_call(r, bound, args, nargs, kwnames);
}
static Value slot_getattr_hook(Realm *r, Value o, Value name);
/* The lookup the class inherits from its built-in base (type's for
 * metaclasses, the generic one for ordinary classes). */
static Value slot_base_getattr(Realm *r, Type *t, Value o, Value name) {
    Type *b = t;
    while (b && b->getattr == slot_getattr_hook) b = b->base;
    return b && b->getattr ? b->getattr(r, o, name) : obj_generic_getattr(r, o, name);
}
static Value slot_getattr_hook(Realm *r, Value o, Value name) {
    Type *t = v_type(r, o);
    Value ga = type_lookup(r, t, NM(r, __getattribute__));
    bool custom = ga != V_NULL && !(v_is_obj(ga) && v_obj(ga)->type == r->t_builtin_function_or_method);
    if (type_lookup(r, t, NM(r, __getattr__)) == V_NULL)
        return custom ? call_dunder(r, o, NM(r, __getattribute__), &name, 1) : slot_base_getattr(r, t, o, name);
    /* an AttributeError from __getattribute__ (or a descriptor's __get__
     * under the generic lookup) falls back to __getattr__ */
    Value v = V_NULL;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        v = custom ? call_dunder(r, o, NM(r, __getattribute__), &name, 1) : slot_base_getattr(r, t, o, name);
        err_untry(r, &j);
    } else {
        if (!err_matches(r, r->exc, EXC(r, AttributeError))) err_raise(r, r->exc);
        v = V_NULL;
    }
    if (v != V_NULL) return v;
    return call_dunder(r, o, NM(r, __getattr__), &name, 1);
}
static void slot_setattr(Realm *r, Value o, Value name, Value v) {
    if (v == V_NULL) call_dunder_req(r, o, NM(r, __delattr__), &name, 1);
    else { Value args[2] = {name, v}; call_dunder_req(r, o, NM(r, __setattr__), args, 2); }
}
static Value slot_descr_get(Realm *r, Value d, Value obj, Value type) {
    Value args[2] = {obj == V_NULL ? V_NONE : obj, type == V_NULL ? V_NONE : type};
    return call_dunder_req(r, d, NM(r, __get__), args, 2);
}
static void slot_descr_set(Realm *r, Value d, Value obj, Value v) {
    /* a descriptor with only one of __set__/__delete__: CPython raises AttributeError(name) */
    Value res;
    if (v == V_NULL) res = call_dunder(r, d, NM(r, __delete__), &obj, 1);
    else { Value args[2] = {obj, v}; res = call_dunder(r, d, NM(r, __set__), args, 2); }
    if (res == V_NULL)
        err_raise(r, exc_new_msg(r, EXC(r, AttributeError), v == V_NULL ? NM(r, __delete__) : NM(r, __set__)));
}
#define UNARY_SLOT(fn, nm) \
    static Value fn(Realm *r, Value a) { return call_dunder_req(r, a, NM(r, nm), NULL, 0); }
UNARY_SLOT(slot_neg, __neg__)
UNARY_SLOT(slot_pos, __pos__)
UNARY_SLOT(slot_invert, __invert__)
UNARY_SLOT(slot_abs, __abs__)
UNARY_SLOT(slot_index, __index__)
UNARY_SLOT(slot_int, __int__)
UNARY_SLOT(slot_float, __float__)

static const int nb_names[NB__COUNT][3] = {
    {N___add__, N___radd__, N___iadd__}, {N___sub__, N___rsub__, N___isub__},
    {N___mul__, N___rmul__, N___imul__}, {N___matmul__, N___rmatmul__, N___imatmul__},
    {N___truediv__, N___rtruediv__, N___itruediv__},
    {N___floordiv__, N___rfloordiv__, N___ifloordiv__}, {N___mod__, N___rmod__, N___imod__},
    {N___pow__, N___rpow__, N___ipow__}, {N___lshift__, N___rlshift__, N___ilshift__},
    {N___rshift__, N___rrshift__, N___irshift__}, {N___and__, N___rand__, N___iand__},
    {N___or__, N___ror__, N___ior__}, {N___xor__, N___rxor__, N___ixor__},
};

static Value slot_binop(Realm *r, int op, BinaryFn self, Value a, Value b) {
    Type *ta = v_type(r, a), *tb = v_type(r, b);
    bool a_mine = ta->nb[op] == self;
    bool b_mine = tb != ta && tb->nb[op] == self && type_lookup(r, tb, r->names[nb_names[op][1]]) != V_NULL;
    if (a_mine) {
        /* the right operand goes first when its class is a subclass that
         * overrides the reflected method (CPython's method_is_overloaded) */
        if (b_mine && type_is_subtype(tb, ta) &&
            type_lookup(r, tb, r->names[nb_names[op][1]]) != type_lookup(r, ta, r->names[nb_names[op][1]])) {
            Value v = call_dunder(r, b, r->names[nb_names[op][1]], &a, 1);
            if (v != V_NULL && v != r->notimpl) return v;
            b_mine = false;
        }
        Value v = call_dunder(r, a, r->names[nb_names[op][0]], &b, 1);
        if (v != V_NULL && v != r->notimpl) return v;
    }
    if (b_mine) {
        Value v = call_dunder(r, b, r->names[nb_names[op][1]], &a, 1);
        if (v != V_NULL) return v;
    }
    return r->notimpl;
}
static Value slot_inplace(Realm *r, int op, Value a, Value b) {
    Value v = call_dunder(r, a, r->names[nb_names[op][2]], &b, 1);
    return v == V_NULL ? r->notimpl : v;
}
#define BINOP_SLOT(i) \
    static Value slot_nb##i(Realm *r, Value a, Value b) { return slot_binop(r, i, slot_nb##i, a, b); } \
    static Value slot_inb##i(Realm *r, Value a, Value b) { return slot_inplace(r, i, a, b); }
BINOP_SLOT(0) BINOP_SLOT(1) BINOP_SLOT(2) BINOP_SLOT(3) BINOP_SLOT(4) BINOP_SLOT(5) BINOP_SLOT(6)
BINOP_SLOT(7) BINOP_SLOT(8) BINOP_SLOT(9) BINOP_SLOT(10) BINOP_SLOT(11) BINOP_SLOT(12)
static const BinaryFn nb_slots[NB__COUNT] = {slot_nb0, slot_nb1, slot_nb2, slot_nb3, slot_nb4,
    slot_nb5, slot_nb6, slot_nb7, slot_nb8, slot_nb9, slot_nb10, slot_nb11, slot_nb12};
static const BinaryFn inb_slots[NB__COUNT] = {slot_inb0, slot_inb1, slot_inb2, slot_inb3,
    slot_inb4, slot_inb5, slot_inb6, slot_inb7, slot_inb8, slot_inb9, slot_inb10, slot_inb11,
    slot_inb12};

static Value slot_init(Realm *r, Value *args, size_t nargs, Value kwnames) {
    Value self = args[0];
    Value f = type_lookup(r, v_type(r, self), NM(r, __init__));
    Value res = op_call(r, f, args, nargs, kwnames);
    if (res != V_NONE) err_type(r, "__init__() should return None, not '%T'", res);
    return V_NONE;
}
static Value slot_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(r, t, NM(r, __new__));
    if (v_is_obj(f) && v_obj(f)->type == r->t_staticmethod) f = ((WrapperDescr *)v_obj(f))->callable;
    else if (v_type(r, f)->descr_get) f = v_type(r, f)->descr_get(r, f, V_NULL, v_from_obj(t));   /* classmethod ... */
    if (f == V_NONE) err_type(r, "'NoneType' object is not callable");
    /* prepend the class */
    Value tmp = tuple_new(r, nargs + 1 + (kwnames ? (size_t)tuple_ptr(kwnames)->len : 0));
    Tuple *tt = tuple_ptr(tmp);
    tt->items[0] = v_from_obj(t);
    for (int64_t i = 1; i < tt->len; i++) tt->items[i] = args[i - 1];
    return op_call(r, f, tt->items, nargs + 1, kwnames);
}

/* Is the attribute found for `name` on t defined by Python code (a heap type's dict)? */
static bool defined_in_python(Realm *r, Type *t, Value name) {
    Tuple *mro = tuple_ptr(t->mro);
    for (int64_t i = 0; i < mro->len; i++) {
        Type *b = (Type *)v_obj(mro->items[i]);
        if (b->dict == V_NULL) continue;
        Value v = dict_get_str(r, b->dict, name);
        if (v != V_NULL) return (b->flags & TF_HEAPTYPE) != 0;
    }
    return false;
}

/* Sets the slots of heap type t from its MRO. */
static void type_fix_slots(Realm *r, Type *t) {
    Type *b = t->base;
#define PY(n) defined_in_python(r, t, NM(r, n))
#define SET(slot, n, fn) t->slot = PY(n) ? fn : b->slot;
    SET(repr, __repr__, slot_repr)
    SET(str, __str__, slot_str)
    /* built-ins whose str is their repr (int, float, ...) have no __str__ of their own in CPython */
    if (!PY(__str__) && (!b->str || b->str == r->t_object->str || b->str == b->repr) && PY(__repr__))
        t->str = slot_str_via_repr;
    SET(iter, __iter__, slot_iter)
    SET(next, __next__, slot_next)
    SET(len, __len__, slot_len)
    SET(getitem, __getitem__, slot_getitem)
    SET(contains, __contains__, slot_contains)
    SET(call, __call__, slot_call)
    SET(descr_get, __get__, slot_descr_get)
    SET(neg, __neg__, slot_neg)
    SET(pos, __pos__, slot_pos)
    SET(invert, __invert__, slot_invert)
    SET(abs, __abs__, slot_abs)
    SET(index, __index__, slot_index)
    SET(to_int, __int__, slot_int)
    SET(to_float, __float__, slot_float)
    t->setitem = (PY(__setitem__) || PY(__delitem__)) ? slot_setitem : b->setitem;
    t->descr_set = (PY(__set__) || PY(__delete__)) ? slot_descr_set : b->descr_set;
    t->truth = (PY(__bool__) || PY(__len__)) ? slot_truth : b->truth;
    t->setattr = (PY(__setattr__) || PY(__delattr__)) ? slot_setattr : b->setattr;
    bool hook = PY(__getattribute__) || PY(__getattr__);
    t->getattr = hook ? slot_getattr_hook : b->getattr;
    if (hook) t->flags |= TF_HAS_GETATTR; else t->flags &= ~(uint32_t)TF_HAS_GETATTR;
    bool cmp = PY(__eq__) || PY(__ne__) || PY(__lt__) || PY(__le__) || PY(__gt__) || PY(__ge__);
    t->richcmp = cmp ? slot_richcmp : b->richcmp;
    Value h = type_lookup(r, t, NM(r, __hash__));
    if (h == V_NONE) t->hash = NULL;
    else if (PY(__hash__)) t->hash = slot_hash;
    else t->hash = b->hash;
    t->init = PY(__init__) ? slot_init : b->init;
    t->new_ = PY(__new__) ? slot_new : b->new_;
    for (int i = 0; i < NB__COUNT; i++) {
        bool fwd = defined_in_python(r, t, r->names[nb_names[i][0]]) ||
                   defined_in_python(r, t, r->names[nb_names[i][1]]);
        t->nb[i] = fwd ? nb_slots[i] : b->nb[i];
        t->inb[i] = defined_in_python(r, t, r->names[nb_names[i][2]]) ? inb_slots[i] : b->inb[i];
    }
    t->trace = b->trace;
    t->finalize = b->finalize;
    if (PY(__del__)) {
        t->flags |= TF_HAS_DEL;
        r->heap.has_del = true;   /* collections now look for finalizable objects */
    } else {
        t->flags &= ~(uint32_t)TF_HAS_DEL;
    }
#undef PY
#undef SET
}

void type_modified(Realm *r, Type *t) {
    t->version++;
    r->type_epoch++;
    if (t->flags & TF_HEAPTYPE) type_fix_slots(r, t);
}

/* ---------- C3 linearisation ---------- */

static Value mro_merge(Realm *r, Type *t, Value bases) {
    Tuple *bt = tuple_ptr(bases);
    size_t n = (size_t)bt->len;
    /* sequences: each base's mro, then the bases list */
    Value seqs = list_new(r, 0);
    for (size_t i = 0; i < n; i++)
        list_append(r, seqs, list_from_array(r, tuple_ptr(((Type *)v_obj(bt->items[i]))->mro)->items,
                                             (size_t)tuple_ptr(((Type *)v_obj(bt->items[i]))->mro)->len));
    list_append(r, seqs, list_from_array(r, bt->items, n));
    Value result = list_new(r, 0);
    list_append(r, result, v_from_obj(t));
    List *sl = list_ptr(seqs);
    /* HEAD(i): position of the next candidate in seqs[i], kept in a list so
     * that a raise cannot leak it */
    Value headsv = list_new(r, n + 1);
    for (size_t i = 0; i <= n; i++) list_ptr(headsv)->items[i] = v_small(0);
#define HEAD(i) v_as_small(list_ptr(headsv)->items[i])
#define HEAD_INC(i) (list_ptr(headsv)->items[i] = v_small(HEAD(i) + 1))
    for (;;) {
        bool any = false;
        Value cand = V_NULL;
        for (size_t i = 0; i <= n; i++) {
            List *s = list_ptr(sl->items[i]);
            if (HEAD(i) >= s->len) continue;
            any = true;
            Value c = s->items[HEAD(i)];
            bool in_tail = false;
            for (size_t k = 0; k <= n && !in_tail; k++) {
                List *q = list_ptr(sl->items[k]);
                for (int64_t m = HEAD(k) + 1; m < q->len; m++)
                    if (q->items[m] == c) { in_tail = true; break; }
            }
            if (!in_tail) { cand = c; break; }
        }
        if (!any) break;
        if (cand == V_NULL) {
            /* CPython names the distinct heads that block the merge */
            StrBuf b;
            strbuf_init(r, &b);
            strbuf_add_cstr(&b, "Cannot create a consistent method resolution order (MRO) for bases");
            Value seen = list_new(r, 0);
            for (size_t i = 0; i <= n; i++) {
                List *sq = list_ptr(sl->items[i]);
                if (HEAD(i) >= sq->len) continue;
                Value h = sq->items[HEAD(i)];
                bool dup = false;
                for (int64_t k = 0; k < list_ptr(seen)->len; k++) dup |= list_ptr(seen)->items[k] == h;
                if (dup) continue;
                list_append(r, seen, h);
                strbuf_add_cstr(&b, list_ptr(seen)->len > 1 ? ", " : " ");
                strbuf_add_cstr(&b, ((Type *)v_obj(h))->name);
            }
            err_raise(r, exc_new_msg(r, EXC(r, TypeError), strbuf_finish(&b)));
        }
        list_append(r, result, cand);
        for (size_t i = 0; i <= n; i++) {
            List *s = list_ptr(sl->items[i]);
            if (HEAD(i) < s->len && s->items[HEAD(i)] == cand) HEAD_INC(i);
        }
    }
#undef HEAD
#undef HEAD_INC
    return list_to_tuple(r, result);
}

/* The names in a class's __slots__ (a str or an iterable of str). */
static Value slot_names(Realm *r, Value slots) {
    Value names = list_new(r, 0);
    if (v_is_obj(slots) && (v_obj(slots)->type->flags & TF_STR_SUB)) list_append(r, names, slots);
    else list_extend(r, names, slots);
    for (int64_t i = 0; i < list_ptr(names)->len; i++) {
        Value nm = list_ptr(names)->items[i];
        if (!(v_is_obj(nm) && (v_obj(nm)->type->flags & TF_STR_SUB)))
            err_type(r, "__slots__ items must be strings, not '%T'", nm);
        Value isid = op_getattr(r, nm, str_intern_cstr(r, "isidentifier"));
        if (!op_truth(r, op_call(r, isid, NULL, 0, V_NULL))) err_type(r, "__slots__ must be identifiers");
    }
    return names;
}

/* Private-name mangling of a slot name: __x in class C is _C__x. */
static Value mangle_name(Realm *r, Value cls, Value nm) {
    Str *s = (Str *)v_obj(nm);
    if (s->len < 3 || str_char(s, 0) != '_' || str_char(s, 1) != '_') return nm;
    if (str_char(s, s->len - 1) == '_' && str_char(s, s->len - 2) == '_') return nm;
    Str *c = (Str *)v_obj(cls);
    int64_t k = 0;
    while (k < c->len && str_char(c, k) == '_') k++;
    if (k == c->len) return nm;
    StrBuf b;
    strbuf_init(r, &b);
    strbuf_add_char(&b, '_');
    for (int64_t i = k; i < c->len; i++) strbuf_add_char(&b, str_char(c, i));
    strbuf_add_str(&b, nm);
    return strbuf_finish(&b);
}

/* Instance layout for a class with __slots__: the base's layout, then one
 * Value per slot, then a dict only when '__dict__' is among the slots. */
static void type_layout_slots(Realm *r, Type *t, Type *best, Value cls, Value names) {
    if (list_ptr(names)->len && (best->flags & (TF_STR_SUB | TF_BYTES_SUB | TF_TUPLE_SUB | TF_INT_SUB)))
        err_type(r, "nonempty __slots__ not supported for subtype of '%s'", best->name);
    bool want_dict = false, want_weak = false;
    uint32_t n = 0;
    for (int64_t i = 0; i < list_ptr(names)->len; i++) {
        Value nm = list_ptr(names)->items[i];
        if (str_eq(nm, NM(r, __dict__))) {
            if (want_dict || best->dictoffset) err_type(r, "__dict__ slot disallowed: we already got one");
            want_dict = true;
        } else if (str_eq(nm, str_intern_cstr(r, "__weakref__"))) {
            if (want_weak || (best->flags & (TF_WEAKREFABLE | TF_INT_SUB | TF_TUPLE_SUB | TF_BYTES_SUB)))
                err_type(r, "__weakref__ slot disallowed: we already got one");
            want_weak = true;
        } else {
            n++;
        }
    }
    if (!t->values_start) t->values_start = best->basicsize;
    size_t size = (size_t)best->basicsize + (size_t)n * sizeof(Value);
    if (want_dict) {
        t->dictoffset = (uint32_t)size;
        size += sizeof(Value);
    }
    if (size > (1u << 20)) err_type(r, "too many __slots__");
    t->basicsize = (uint32_t)size;
    if (want_weak) t->flags |= TF_WEAKREFABLE;
    (void)cls;
}

/* The base whose instance layout the new class extends. */
static Type *solid_base(Type *t) {
    /* as CPython: walk up while a type adds nothing to its base's layout
     * but (for classes) an instance dict */
    while (t->base) {
        /* built-in types have their own layouts (int's mp pointer, str's
         * length ...), except the exceptions that add no fields */
        if (!(t->flags & TF_HEAPTYPE) && !((t->flags & TF_EXC_SUB) && t->basicsize == t->base->basicsize))
            break;
        uint32_t own = t->basicsize;
        if (t->dictoffset && !t->base->dictoffset && own >= sizeof(Value)) own -= sizeof(Value);
        if (t->dictoffset == DICTOFFSET_AT_END && !t->base->dictoffset) own = t->base->basicsize;
        if (own > t->base->basicsize) break;
        t = t->base;
    }
    return t;
}

void object_add_dict_descr(Realm *r, Type *t);   /* object.c */

Value type_new_class(Realm *r, Type *meta, Value name, Value bases, Value dict, Value kw) {
    Tuple *bt = tuple_ptr(bases);
    if (bt->len == 0) bases = tuple_pack(r, 1, v_from_obj(r->t_object)), bt = tuple_ptr(bases);
    Type *best = NULL;
    for (int64_t i = 0; i < bt->len; i++) {
        if (!op_is_type(r, bt->items[i])) err_type(r, "bases must be types");
        for (int64_t k = 0; k < i; k++)
            if (bt->items[k] == bt->items[i])
                err_type(r, "duplicate base class %s", ((Type *)v_obj(bt->items[i]))->name);
        Type *b = (Type *)v_obj(bt->items[i]);
        if (!(b->flags & TF_BASETYPE))
            err_type(r, "type '%s' is not an acceptable base type", b->name);
        Type *sb = solid_base(b);
        if (!best) best = b;
        else if (type_is_subtype(sb, solid_base(best))) best = b;
        else if (!type_is_subtype(solid_base(best), sb))
            err_type(r, "multiple bases have instance lay-out conflict");
    }
    Type *t = (Type *)heap_alloc(r, meta, meta->basicsize > sizeof(Type) ? meta->basicsize : sizeof(Type));
    t->name_str = name;
    type_set_cname(r, t, name);
    t->qualname = name;
    t->base = best;
    t->bases = bases;
    t->flags = TF_HEAPTYPE | TF_BASETYPE |
               (best->flags & (TF_WEAKREFABLE | TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB | TF_LIST_SUB | TF_DICT_SUB |
                               TF_TYPE_SUB | TF_EXC_SUB | TF_BYTES_SUB | TF_FLOAT_SUB));
    t->basicsize = best->basicsize;
    t->dictoffset = best->dictoffset;
    t->values_start = best->values_start;
    Value slots = dict_get_str(r, dict, NM(r, __slots__));
    /* __slots__ may be any iterable (even a generator): read it once */
    if (slots != V_NULL) slots = slot_names(r, slots);
    if (slots != V_NULL) {
        type_layout_slots(r, t, best, name, slots);
    } else {
        /* instances can be weakly referenced unless the base has
         * variable-size instances (int, tuple, bytes), as in CPython */
        if (!(best->flags & (TF_INT_SUB | TF_TUPLE_SUB | TF_BYTES_SUB))) t->flags |= TF_WEAKREFABLE;
    }
    if (slots == V_NULL && !t->dictoffset && !(best->flags & TF_TYPE_SUB)) {
        /* (a metaclass's instances are classes: their dict is Type.dict) */
        if (best == r->t_object) {
            t->dictoffset = offsetof(Instance, dict);
            t->basicsize = sizeof(Instance);
        } else if (best->flags & (TF_STR_SUB | TF_BYTES_SUB | TF_TUPLE_SUB)) {
            /* variable-size instances: the dict goes after the items */
            t->dictoffset = DICTOFFSET_AT_END;
            t->basicsize = best->basicsize + sizeof(Value);
        } else {
            t->dictoffset = best->basicsize;
            t->basicsize = best->basicsize + sizeof(Value);
        }
    }
    t->dict = dict_copy(r, dict);
    if (dict_get_str(r, t->dict, NM(r, __module__)) == V_NULL && r->frame) {
        /* type(name, bases, dict): the calling code's module, as CPython */
        Value mn = dict_get_str(r, r->frame->globals, NM(r, __name__));
        if (mn != V_NULL) dict_set(r, t->dict, NM(r, __module__), mn);
    }
    /* as CPython: every class has its own __doc__, None when there is no docstring */
    if (dict_get_str(r, t->dict, NM(r, __doc__)) == V_NULL) dict_set(r, t->dict, NM(r, __doc__), V_NONE);
    if (!best->dictoffset && t->dictoffset && !(t->flags & TF_TYPE_SUB) && dict_get_str(r, t->dict, NM(r, __dict__)) == V_NULL)
        object_add_dict_descr(r, t);
    /* member descriptors for __slots__ */
    if (slots != V_NULL) {
        Value names = slots;
        uint32_t off = best->basicsize;
        for (int64_t i = 0; i < list_ptr(names)->len; i++) {
            Value nm = list_ptr(names)->items[i];
            if (str_eq(nm, NM(r, __dict__)) || str_eq(nm, str_intern_cstr(r, "__weakref__"))) continue;
            Value key = str_intern(r, mangle_name(r, name, nm));
            if (dict_get_str(r, t->dict, key) != V_NULL)
                err_value(r, "'%U' in __slots__ conflicts with class variable", nm);
            dict_set(r, t->dict, key, member_new(r, t, key, off));
            off += sizeof(Value);
        }
    }
    if ((t->flags & TF_WEAKREFABLE) && !(best->flags & TF_WEAKREFABLE) &&
        dict_get_str(r, t->dict, str_intern_cstr(r, "__weakref__")) == V_NULL)
        weakref_add_attr(r, t);
    /* defining __eq__ without __hash__ makes instances unhashable */
    if (dict_get_str(r, t->dict, NM(r, __eq__)) != V_NULL && dict_get_str(r, t->dict, NM(r, __hash__)) == V_NULL)
        dict_set(r, t->dict, NM(r, __hash__), V_NONE);
    Value qn = dict_get_str(r, t->dict, NM(r, __qualname__));
    if (qn != V_NULL) {
        if (!(v_is_obj(qn) && (v_obj(qn)->type->flags & TF_STR_SUB)))
            err_type(r, "type __qualname__ must be a str, not %T", qn);
        t->qualname = qn;
        dict_del(r, t->dict, NM(r, __qualname__));
    }
    t->mro = mro_merge(r, t, bases);
    if (meta != r->t_type) {
        /* a metaclass may override mro() */
        Value m = type_lookup(r, meta, str_intern_cstr(r, "mro"));
        if (m != V_NULL && m != type_lookup(r, r->t_type, str_intern_cstr(r, "mro"))) {
            Value res = op_call_special(r, v_from_obj(t), str_intern_cstr(r, "mro"), NULL, 0);
            Value l = list_new(r, 0);
            list_extend(r, l, res);
            for (int64_t i = 0; i < list_ptr(l)->len; i++)
                if (!op_is_type(r, list_ptr(l)->items[i]))
                    err_type(r, "mro() returned a non-class ('%T')", list_ptr(l)->items[i]);
            t->mro = list_to_tuple(r, l);
        }
    }
    /* __new__ given as a plain function is a static method */
    Value nw = dict_get_str(r, t->dict, NM(r, __new__));
    if (nw != V_NULL && v_is_obj(nw) && v_obj(nw)->type == r->t_function) {
        WrapperDescr *sm = (WrapperDescr *)heap_alloc(r, r->t_staticmethod, sizeof(WrapperDescr));
        sm->callable = nw;
        dict_set(r, t->dict, NM(r, __new__), v_from_obj(sm));
    }
    /* __init_subclass__ and __class_getitem__ given as plain functions are class methods */
    Value implicit_cm[2] = {NM(r, __init_subclass__), NM(r, __class_getitem__)};
    for (int i = 0; i < 2; i++) {
        Value f = dict_get_str(r, t->dict, implicit_cm[i]);
        if (f != V_NULL && v_is_obj(f) && v_obj(f)->type == r->t_function) {
            WrapperDescr *cm = (WrapperDescr *)heap_alloc(r, r->t_classmethod, sizeof(WrapperDescr));
            cm->callable = f;
            dict_set(r, t->dict, implicit_cm[i], v_from_obj(cm));
        }
    }
    type_fix_slots(r, t);
    r->type_epoch++;   /* a new class may sit where a freed one was cached */
    /* __set_name__ on attributes */
    int64_t pos = 0;
    Value k, v;
    Value items = list_new(r, 0);
    while (dict_next(t->dict, &pos, &k, &v)) list_append(r, items, tuple_pack(r, 2, k, v));
    for (int64_t i = 0; i < list_ptr(items)->len; i++) {
        Tuple *kv = tuple_ptr(list_ptr(items)->items[i]);
        Value args[2] = {v_from_obj(t), kv->items[0]};
        ErrJmp j;
        if (ERR_TRY(r, &j)) {
            op_call_special(r, kv->items[1], NM(r, __set_name__), args, 2);
            err_untry(r, &j);
        } else {
            /* CPython 3.12+ lets the error through with a note naming the attribute */
            Value exc = r->exc;
            if (err_matches(r, exc, EXC(r, Exception))) {
                Value note = str_format(r, "Error calling __set_name__ on '%T' instance %R in '%s'",
                                        kv->items[1], kv->items[0], t->name);
                Value add = op_getattr_opt(r, exc, str_intern_cstr(r, "add_note"));
                if (add != V_NULL) op_call1(r, add, note);
            }
            err_raise(r, exc);
        }
    }
    /* super().__init_subclass__(**kw) on the parent */
    Value parent_isc = V_NULL;
    Tuple *mro = tuple_ptr(t->mro);
    for (int64_t i = 1; i < mro->len && parent_isc == V_NULL; i++) {
        Type *b = (Type *)v_obj(mro->items[i]);
        if (b->dict != V_NULL) parent_isc = dict_get_str(r, b->dict, NM(r, __init_subclass__));
    }
    if (parent_isc != V_NULL) {
        Type *pt = v_type(r, parent_isc);
        Value bound = pt->descr_get ? pt->descr_get(r, parent_isc, V_NULL, v_from_obj(t)) : parent_isc;
        op_call_ex(r, bound, r->empty_tuple, kw);
    }
    return v_from_obj(t);
}

/* ---------- the type type ---------- */

static Value type_call(Realm *r, Value callee, Value *args, size_t nargs, Value kwnames) {
    Type *t = (Type *)v_obj(callee);
    if (t == r->t_type && nargs == 1 && kwnames == V_NULL) return v_from_obj(v_type(r, args[0]));
    if (!t->new_) err_type(r, "cannot create '%s' instances", t->name);
    Value obj = t->new_(r, t, args, nargs, kwnames);
    Type *ot = v_type(r, obj);
    if (!type_is_subtype(ot, t) || !ot->init) return obj;
    size_t nkw = kwnames != V_NULL ? (size_t)tuple_ptr(kwnames)->len : 0;
    Value buf[9];
    Value *a = buf;
    if (nargs + nkw + 1 > 9) a = tuple_ptr(tuple_new(r, nargs + nkw + 1))->items;
    a[0] = obj;
    if (nargs + nkw) memcpy(a + 1, args, (nargs + nkw) * sizeof(Value));
    ot->init(r, a, nargs + 1, kwnames);
    return obj;
}

static Value type_new_(Realm *r, Type *meta, Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && kwnames == V_NULL && meta == r->t_type) return v_from_obj(v_type(r, args[0]));
    if (nargs != 3) err_type(r, "type() takes 1 or 3 arguments");
    if (!(v_is_obj(args[0]) && (v_obj(args[0])->type->flags & TF_STR_SUB)))
        err_type(r, "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!(v_is_obj(args[1]) && (v_obj(args[1])->type->flags & TF_TUPLE_SUB)))
        err_type(r, "type.__new__() argument 2 must be tuple, not %T", args[1]);
    if (!(v_is_obj(args[2]) && (v_obj(args[2])->type->flags & TF_DICT_SUB)))
        err_type(r, "type.__new__() argument 3 must be dict, not %T", args[2]);
    /* the most derived metaclass of the bases decides, as for class statements */
    Type *winner = meta;
    Tuple *bt = tuple_ptr(args[1]);
    for (int64_t i = 0; i < bt->len; i++) {
        if (!op_is_type(r, bt->items[i]) && op_getattr_opt(r, bt->items[i], NM(r, __mro_entries__)) != V_NULL)
            err_type(r, "type() doesn't support MRO entry resolution; use types.new_class()");
    }
    for (int64_t i = 0; i < bt->len; i++) {
        Type *bm = v_type(r, bt->items[i]);
        if (type_is_subtype(winner, bm)) continue;
        if (type_is_subtype(bm, winner)) { winner = bm; continue; }
        err_type(r, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    if (winner != meta && winner->new_ && winner->new_ != type_new_)
        return winner->new_(r, winner, args, nargs, kwnames);
    meta = winner;
    Value kw = V_NULL;
    if (kwnames != V_NULL) {
        kw = dict_new(r);
        for (int64_t i = 0; i < tuple_ptr(kwnames)->len; i++)
            dict_set(r, kw, tuple_ptr(kwnames)->items[i], args[nargs + (size_t)i]);
    }
    return type_new_class(r, meta, args[0], args[1], args[2], kw);
}

static Value type_init_(Realm *r, Value *args, size_t nargs, Value kwnames) { return V_NONE; }

static Value type_getattr(Realm *r, Value o, Value name) {
    Type *t = (Type *)v_obj(o);
    Type *meta = v_type(r, o);
    Value ma = type_lookup(r, meta, name);
    Type *mat = ma != V_NULL ? v_type(r, ma) : NULL;
    if (mat && mat->descr_get && mat->descr_set) return mat->descr_get(r, ma, o, v_from_obj(meta));
    Value a = type_lookup(r, t, name);
    if (a != V_NULL) {
        Type *at = v_type(r, a);
        if (at->descr_get) return at->descr_get(r, a, V_NULL, o);
        return a;
    }
    if (mat) {
        if (mat->descr_get) return mat->descr_get(r, ma, o, v_from_obj(meta));
        return ma;
    }
    return V_NULL;
}

/* A dunder set on or deleted from a class changes the C slots of its
 * subclasses too.  Classes do not record their subclasses (that would keep
 * them alive), so they are found on the heap; assigning dunders to existing
 * classes is rare enough for that.  Bases are fixed before their subclasses
 * (a shorter MRO first), as each copies inherited slots from its base. */
static void type_update_subclasses(Realm *r, Type *t) {
    size_t n = heap_find_classes(r, NULL, 0);
    if (n == 0) return;
    Value found = tuple_new(r, n);   /* may collect: the second count can only be smaller */
    Tuple *ft = tuple_ptr(found);
    size_t m = heap_find_classes(r, ft->items, n);
    if (m < n) n = m;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        Type *c = (Type *)v_obj(ft->items[i]);
        if (c == t || !(c->flags & TF_HEAPTYPE) || c->mro == V_NULL || !type_is_subtype(c, t)) continue;
        ft->items[k++] = ft->items[i];
    }
    for (size_t i = 1; i < k; i++) {   /* insertion sort by MRO length */
        Value x = ft->items[i];
        int64_t lx = tuple_ptr(((Type *)v_obj(x))->mro)->len;
        size_t j = i;
        while (j > 0 && tuple_ptr(((Type *)v_obj(ft->items[j - 1]))->mro)->len > lx) {
            ft->items[j] = ft->items[j - 1];
            j--;
        }
        ft->items[j] = x;
    }
    for (size_t i = 0; i < k; i++) type_modified(r, (Type *)v_obj(ft->items[i]));
    for (size_t i = k; i < (size_t)ft->len; i++) ft->items[i] = V_NONE;
}

static bool name_is_dunder(Value name) {
    Str *s = (Str *)v_obj(name);
    return s->len > 4 && str_char(s, 0) == '_' && str_char(s, 1) == '_' && str_char(s, s->len - 1) == '_' &&
           str_char(s, s->len - 2) == '_';
}

static void type_setattr(Realm *r, Value o, Value name, Value v) {
    Type *t = (Type *)v_obj(o);
    Type *meta = v_type(r, o);
    Value ma = type_lookup(r, meta, name);
    if (ma != V_NULL && v_type(r, ma)->descr_set) { v_type(r, ma)->descr_set(r, ma, o, v); return; }
    if (!(t->flags & TF_HEAPTYPE))
        err_type(r, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
    if (v == V_NULL) {
        if (!dict_del(r, t->dict, name))
            err_format(r, EXC(r, AttributeError), "type object '%s' has no attribute '%U'", t->name, name);
    } else {
        dict_set(r, t->dict, name, v);
    }
    type_modified(r, t);
    if (name_is_dunder(name)) type_update_subclasses(r, t);
}

static Value type_repr(Realm *r, Value o) {
    Type *t = (Type *)v_obj(o);
    Value mod = t->dict != V_NULL ? dict_get_str(r, t->dict, NM(r, __module__)) : V_NULL;
    if (mod != V_NULL && v_is_obj(mod) && (v_obj(mod)->type->flags & TF_STR_SUB) &&
        !str_eq(mod, str_intern_cstr(r, "builtins")))
        return str_format(r, "<class '%U.%U'>", mod, t->qualname);
    return str_format(r, "<class '%s'>", t->name);
}

static void type_trace(Realm *r, Obj *o) {
    Type *t = (Type *)o;
    heap_mark_obj(r, t->base);
    Value v[] = {t->name_str, t->qualname, t->bases, t->mro, t->dict, t->name_keep};
    heap_mark_array(r, v, 6);
}

static Value type_get_name(Realm *r, Value self) { return ((Type *)v_obj(self))->name_str; }
static Value type_get_qualname(Realm *r, Value self) { return ((Type *)v_obj(self))->qualname; }
static Value type_get_mro(Realm *r, Value self) { return ((Type *)v_obj(self))->mro; }
static Value type_get_bases(Realm *r, Value self) { return ((Type *)v_obj(self))->bases; }
static Value type_get_base(Realm *r, Value self) {
    Type *b = ((Type *)v_obj(self))->base;
    return b ? v_from_obj(b) : V_NONE;
}
/* A read-only view: class attributes change only through setattr, which
 * keeps the caches right. */
static Value type_get_dict(Realm *r, Value self) { return mappingproxy_new(r, type_dict(r, (Type *)v_obj(self))); }
static Value type_get_module(Realm *r, Value self) {
    Type *t = (Type *)v_obj(self);
    Value m = t->dict != V_NULL ? dict_get_str(r, t->dict, NM(r, __module__)) : V_NULL;
    /* type's own dict holds the __module__ descriptor itself: not a name */
    if (m != V_NULL && !(t->flags & TF_HEAPTYPE) && !(v_is_obj(m) && (v_obj(m)->type->flags & TF_STR_SUB))) m = V_NULL;
    return m != V_NULL ? m : str_intern_cstr(r, "builtins");
}
static Value type_get_doc(Realm *r, Value self) {
    Type *t = (Type *)v_obj(self);
    Value m = t->dict != V_NULL ? dict_get_str(r, t->dict, NM(r, __doc__)) : V_NULL;
    return m != V_NULL ? m : V_NONE;
}
static void type_set_name(Realm *r, Value self, Value v) {
    Type *t = (Type *)v_obj(self);
    if (!(t->flags & TF_HEAPTYPE)) err_type(r, "cannot set '__name__' attribute of immutable type '%s'", t->name);
    if (v == V_NULL) err_type(r, "cannot delete '__name__' attribute of immutable type '%s'", t->name);
    if (!(v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB)))
        err_type(r, "can only assign string to %s.__name__, not '%T'", t->name, v);
    Str *sv = (Str *)v_obj(v);
    for (int64_t i = 0; i < sv->len; i++)
        if (str_char(sv, i) == 0) err_value(r, "type name must not contain null characters");
    t->name_str = v;
    type_set_cname(r, t, v);
}
static void type_set_doc(Realm *r, Value self, Value v) {
    Type *t = (Type *)v_obj(self);
    if (!(t->flags & TF_HEAPTYPE)) err_type(r, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
    if (v == V_NULL) err_type(r, "cannot delete '__doc__' attribute of immutable type '%s'", t->name);
    dict_set(r, t->dict, NM(r, __doc__), v);
    type_modified(r, t);
}
static void type_set_qualname(Realm *r, Value self, Value v) {
    Type *t = (Type *)v_obj(self);
    if (v == V_NULL || !(v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB)))
        err_type(r, "can only assign string to %s.__qualname__, not '%T'", t->name, v);
    t->qualname = v;
}

static void type_set_module(Realm *r, Value self, Value v) {
    Type *t = (Type *)v_obj(self);
    if (!(t->flags & TF_HEAPTYPE)) err_type(r, "cannot set '__module__' attribute of immutable type '%s'", t->name);
    if (v == V_NULL) err_type(r, "cannot delete '__module__' attribute of immutable type '%s'", t->name);
    dict_set(r, t->dict, NM(r, __module__), v);
    type_modified(r, t);
}

/* __abstractmethods__ lives in the class dict (abc.ABCMeta sets it);
 * setting it to a non-empty collection marks the class abstract, which
 * object.__new__ refuses to instantiate. */
static Value type_get_abstract(Realm *r, Value self) {
    Type *t = (Type *)v_obj(self);
    Value name = str_intern_cstr(r, "__abstractmethods__");
    Value v = t != r->t_type && t->dict != V_NULL ? dict_get_str(r, t->dict, name) : V_NULL;
    if (v == V_NULL) err_format(r, EXC(r, AttributeError), "__abstractmethods__");
    return v;
}
static void type_set_abstract(Realm *r, Value self, Value v) {
    Type *t = (Type *)v_obj(self);
    Value name = str_intern_cstr(r, "__abstractmethods__");
    if (!(t->flags & TF_HEAPTYPE))
        err_type(r, "cannot set '__abstractmethods__' attribute of immutable type '%s'", t->name);
    if (v == V_NULL) {
        if (!dict_del(r, t->dict, name)) err_format(r, EXC(r, AttributeError), "__abstractmethods__");
        t->flags &= ~(uint32_t)TF_ABSTRACT;
    } else {
        bool abstract = op_truth(r, v);
        dict_set(r, t->dict, name, v);
        if (abstract) t->flags |= TF_ABSTRACT;
        else t->flags &= ~(uint32_t)TF_ABSTRACT;
    }
    type_modified(r, t);
}

static const GetSetDef type_getsets[] = {
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__module__", type_get_module, type_set_module},
    {"__doc__", type_get_doc, type_set_doc},
    {NULL, NULL, NULL},
};

static Value type_mro_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "mro", nargs, kw, 1, 1);
    Value l = list_new(r, 0);
    list_extend(r, l, ((Type *)v_obj(args[0]))->mro);
    return l;
}
static Value type_subclasscheck_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__subclasscheck__", nargs, kw, 2, 2);
    if (!op_is_type(r, args[1])) err_type(r, "issubclass() arg 1 must be a class");
    return v_bool(type_is_subtype((Type *)v_obj(args[1]), (Type *)v_obj(args[0])));
}
static Value type_instancecheck_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__instancecheck__", nargs, kw, 2, 2);
    return v_bool(type_is_subtype(v_type(r, args[1]), (Type *)v_obj(args[0])));
}
static Value type_subclasses_m(Realm *r, Value *args, size_t nargs, Value kw) {
    /* Not tracked: a path to every class in the realm is not offered to guests. */
    arg_count(r, "__subclasses__", nargs, kw, 1, 1);
    return list_new(r, 0);
}
static Value type_prepare_m(Realm *r, Value *args, size_t nargs, Value kw) { return dict_new(r); }

static const MethodDef type_methods[] = {
    {"mro", type_mro_m, 0},
    {"__subclasscheck__", type_subclasscheck_m, 0},
    {"__instancecheck__", type_instancecheck_m, 0},
    {"__subclasses__", type_subclasses_m, 0},
    {"__prepare__", type_prepare_m, NF_CLASSMETHOD},
    {NULL, NULL, 0},
};

/* Called as soon as the type type exists, before any other allocation, so
 * that collections during realm creation trace type objects. */
void type_bootstrap(Realm *r) {
    r->t_type->trace = type_trace;
}

void type_init_type(Realm *r) {
    Type *t = r->t_type;
    t->flags |= TF_BASETYPE | TF_TYPE_SUB;
    t->basicsize = sizeof(Type);
    t->trace = type_trace;
    t->call = type_call;
    t->new_ = type_new_;
    t->init = type_init_;
    t->getattr = type_getattr;
    t->setattr = type_setattr;
    t->repr = type_repr;
    type_add_getsets(r, t, type_getsets);
    type_add_methods(r, t, type_methods);
}
