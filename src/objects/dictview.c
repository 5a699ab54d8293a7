/* dictview: dict.keys()/values()/items() views and the dict iterators.
 * A view holds only its dict; keys and items views support the set
 * operators and comparisons with sets (results are plain sets).
 * Iterators remember the dict's size at creation: a size change raises
 * "dictionary changed size during iteration", and finding more entries than
 * expected (keys replaced while the size stayed) raises "dictionary keys
 * changed during iteration", as CPython.  One reverse iterator type serves
 * reversed() of the dict and of its three views (its `kind` field says
 * what it yields). */
#include "objects/containers.h"

typedef struct DictView { Obj hdr; Value dict; } DictView;

typedef struct DictIter {
    Obj hdr;
    Value dict;           /* V_NULL once exhausted */
    int64_t pos;          /* next entry position (reverse: current, going down) */
    int64_t used;         /* the dict's size at creation, -1 after a size error */
    int64_t len;          /* items left to yield */
    int kind;
    bool reverse;
} DictIter;

static inline Dict *dv_dict(Value d) { return (Dict *)v_obj(d); }
static inline DictView *view_ptr(Value v) { return (DictView *)v_obj(v); }

static int view_kind(Realm *r, Value v)
{
    Type *t = v_obj(v)->type;
    if (t == r->t_dict_keys) return DV_KEYS;
    if (t == r->t_dict_values) return DV_VALUES;
    return DV_ITEMS;
}

static bool is_view(Realm *r, Value v, int kind)
{
    if (!v_is_obj(v)) return false;
    Type *t = v_obj(v)->type;
    if (kind == DV_KEYS) return t == r->t_dict_keys;
    if (kind == DV_ITEMS) return t == r->t_dict_items;
    return t == r->t_dict_values;
}

static bool is_setlike_view(Realm *r, Value v)
{
    return is_view(r, v, DV_KEYS) || is_view(r, v, DV_ITEMS);
}

Value dictview_new(Realm *r, Value d, int kind)
{
    Type *t = kind == DV_KEYS ? r->t_dict_keys : kind == DV_VALUES ? r->t_dict_values : r->t_dict_items;
    DictView *v = (DictView *)heap_alloc(r, t, sizeof(DictView));
    v->dict = d;
    return v_from_obj(v);
}

Value dictiter_new(Realm *r, Value d, int kind, bool reverse)
{
    Type *t;
    if (reverse) t = r->t_dict_reversekeyiterator;
    else if (kind == DV_KEYS) t = r->t_dict_keyiterator;
    else if (kind == DV_VALUES) t = r->t_dict_valueiterator;
    else t = r->t_dict_itemiterator;
    DictIter *it = (DictIter *)heap_alloc(r, t, sizeof(DictIter));
    Dict *dp = dv_dict(d);
    it->dict = d;
    it->used = dp->used;
    it->len = dp->used;
    it->kind = kind;
    it->reverse = reverse;
    it->pos = reverse ? dp->nentries - 1 : 0;
    return v_from_obj(it);
}

static void dictiter_trace(Realm *r, Obj *o) { heap_mark(r, ((DictIter *)o)->dict); }

static Value dictiter_next(Realm *r, Value v)
{
    DictIter *it = (DictIter *)v_obj(v);
    if (it->dict == V_NULL) return V_NULL;
    Dict *d = dv_dict(it->dict);
    if (it->used != d->used) {
        it->used = -1;
        err_format(r, EXC(r, RuntimeError), "dictionary changed size during iteration");
    }
    DictEntry *e = NULL;
    if (it->reverse) {
        while (it->pos >= 0 && it->pos < d->nentries) {
            DictEntry *c = &d->entries[it->pos--];
            if (c->key != V_NULL) { e = c; break; }
        }
    } else {
        while (it->pos >= 0 && it->pos < d->nentries) {
            DictEntry *c = &d->entries[it->pos++];
            if (c->key != V_NULL) { e = c; break; }
        }
    }
    if (e == NULL) {
        it->dict = V_NULL;
        return V_NULL;
    }
    if (it->len == 0) {
        it->dict = V_NULL;
        err_format(r, EXC(r, RuntimeError), "dictionary keys changed during iteration");
    }
    it->len--;
    if (it->kind == DV_KEYS) return e->key;
    if (it->kind == DV_VALUES) return e->value;
    Value k = e->key, val = e->value;
    return tuple_pack(r, 2, k, val);
}

static Value dictiter_self(Realm *r, Value v) { return v; }

static void dictiter_check(Realm *r, Value *args, size_t nargs, const char *name)
{
    if (nargs < 1 || !v_is_obj(args[0]) || v_obj(args[0])->type->next != dictiter_next)
        err_type(r, "descriptor '%s' requires a dict iterator", name);
}

static Value dictiter_length_hint(Realm *r, Value *args, size_t nargs, Value kw)
{
    dictiter_check(r, args, nargs, "__length_hint__");
    arg_count(r, "dict_keys.__length_hint__", nargs - 1, kw, 0, 0);
    DictIter *it = (DictIter *)v_obj(args[0]);
    if (it->dict == V_NULL || it->used != dv_dict(it->dict)->used) return v_small(0);
    return int_from_i64(r, it->len);
}

/* ---- views ---- */

static void view_trace(Realm *r, Obj *o) { heap_mark(r, ((DictView *)o)->dict); }

static int64_t view_len(Realm *r, Value v) { return dv_dict(view_ptr(v)->dict)->used; }

static Value view_iter(Realm *r, Value v)
{
    return dictiter_new(r, view_ptr(v)->dict, view_kind(r, v), false);
}

static Value view_repr_body(Realm *r, Value v)
{
    Value l = list_from_iterable(r, v);
    return str_format(r, "%s(%R)", v_obj(v)->type->name, l);
}

static Value view_repr(Realm *r, Value v)
{
    return cont_repr_guarded(r, v, view_repr_body, "...");
}

static int view_contains(Realm *r, Value v, Value x)
{
    Value d = view_ptr(v)->dict;
    int kind = view_kind(r, v);
    if (kind == DV_KEYS) return dict_get(r, d, x) != V_NULL;
    if (kind == DV_ITEMS) {
        if (!cont_is_tuple(x) || tuple_ptr(x)->len != 2) return 0;
        Value k = tuple_ptr(x)->items[0], val = tuple_ptr(x)->items[1];
        Value found = dict_get(r, d, k);
        return found != V_NULL && cont_eq(r, found, val);
    }
    for (int64_t i = 0; i < dv_dict(d)->nentries; i++) {   /* budget */
        DictEntry *e = &dv_dict(d)->entries[i];
        if (e->key == V_NULL) continue;
        if (cont_eq(r, e->value, x)) return 1;
    }
    return 0;
}

static bool all_contained_in(Realm *r, Value a, Value b)
{
    Value it = op_iter(r, a);
    for (;;) {   /* budget */
        Value x = op_next(r, it);
        if (x == V_NULL) return true;
        if (!op_contains(r, b, x)) return false;
    }
}

static Value view_richcmp(Realm *r, Value a, Value b, int op)
{
    if (!is_setlike_view(r, a) || !(cont_is_anyset(r, b) || is_setlike_view(r, b))) return r->notimpl;
    int64_t la = op_len(r, a), lb = op_len(r, b);
    bool ok;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        ok = la == lb && all_contained_in(r, a, b);
        if (op == CMP_NE) ok = !ok;
        break;
    case CMP_LT: ok = la < lb && all_contained_in(r, a, b); break;
    case CMP_LE: ok = la <= lb && all_contained_in(r, a, b); break;
    case CMP_GT: ok = la > lb && all_contained_in(r, b, a); break;
    default:     ok = la >= lb && all_contained_in(r, b, a); break;
    }
    return v_bool(ok);
}

/* set(view) as CPython's dictviews_to_set: a keys view of a plain dict
 * builds from the dict itself (which presizes the table). */
static Value set_of(Realm *r, Value v)
{
    if (is_view(r, v, DV_KEYS) && v_obj(view_ptr(v)->dict)->type == r->t_dict) v = view_ptr(v)->dict;
    Value s = set_new(r, r->t_set);
    set_update(r, s, v);
    return s;
}

static Value view_sub(Realm *r, Value a, Value b)
{
    Value res = set_of(r, a);
    set_difference_update(r, res, b);
    return res;
}

/* As CPython's _PyDictView_Intersect (the order of insertions matters). */
static Value view_and(Realm *r, Value a, Value b)
{
    if (!is_setlike_view(r, a)) { Value t = a; a = b; b = t; }
    int64_t len_a = view_len(r, a);
    if (v_is_obj(b) && v_obj(b)->type == r->t_set && len_a <= op_len(r, b))
        return set_intersection(r, b, a);
    if (is_setlike_view(r, b) && view_len(r, b) > len_a) { Value t = a; a = b; b = t; }
    Value res = set_new(r, r->t_set);
    Value it = op_iter(r, b);
    for (;;) {   /* budget */
        Value x = op_next(r, it);
        if (x == V_NULL) break;
        if (view_contains(r, a, x)) set_add(r, res, x);
    }
    return res;
}

static Value view_or(Realm *r, Value a, Value b)
{
    Value res = set_of(r, a);
    set_update(r, res, b);
    return res;
}

/* items ^ items as CPython's dictitems_xor: pairs of b not equal in a,
 * then the pairs of a left over. */
static Value items_xor(Realm *r, Value a, Value b)
{
    Value da = view_ptr(a)->dict, db = view_ptr(b)->dict;
    Value tmp = dict_copy(r, da);
    Value res = set_new(r, r->t_set);
    int64_t pos = 0;
    Value k, v2;
    while (dict_next(db, &pos, &k, &v2)) {   /* budget */
        Value v1 = dict_get(r, tmp, k);
        if (v1 != V_NULL && cont_eq(r, v1, v2)) dict_del(r, tmp, k);
        else set_add(r, res, tuple_pack(r, 2, k, v2));
    }
    pos = 0;
    while (dict_next(tmp, &pos, &k, &v2)) set_add(r, res, tuple_pack(r, 2, k, v2));   /* budget */
    return res;
}

static Value view_xor(Realm *r, Value a, Value b)
{
    if (is_view(r, a, DV_ITEMS) && is_view(r, b, DV_ITEMS)) return items_xor(r, a, b);
    Value res = set_of(r, a);
    set_symmetric_difference_update(r, res, b);
    return res;
}

static Value view_isdisjoint_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "isdisjoint", r->t_dict_keys, r->t_dict_items, r->t_dict_values);
    arg_count(r, "dict_keys.isdisjoint", nargs - 1, kw, 1, 1);
    Value it = op_iter(r, args[1]);
    for (;;) {   /* budget */
        Value x = op_next(r, it);
        if (x == V_NULL) return V_TRUE;
        if (view_contains(r, args[0], x)) return V_FALSE;
    }
}

static Value view_reversed_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__reversed__", r->t_dict_keys, r->t_dict_items, r->t_dict_values);
    arg_count(r, "dict_keys.__reversed__", nargs - 1, kw, 0, 0);
    return dictiter_new(r, view_ptr(args[0])->dict, view_kind(r, args[0]), true);
}

/* read-only, as CPython: a class's namespace reached through
 * C.__dict__.keys().mapping must not be writable */
static Value view_get_mapping(Realm *r, Value v) { return mappingproxy_new(r, view_ptr(v)->dict); }

#define DV_VIEWS r->t_dict_keys, r->t_dict_values, r->t_dict_items
CONT_UNARY_M(view_repr_m, "__repr__", view_repr, r->t_dict_keys, r->t_dict_values, r->t_dict_items)
CONT_UNARY_M(view_iter_m, "__iter__", view_iter, r->t_dict_keys, r->t_dict_values, r->t_dict_items)
static Value view_len_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__len__", DV_VIEWS);
    arg_count(r, "dict_keys.__len__", nargs - 1, kw, 0, 0);
    return int_from_i64(r, view_len(r, args[0]));
}
static Value view_contains_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__contains__", DV_VIEWS);
    arg_count(r, "dict_keys.__contains__", nargs - 1, kw, 1, 1);
    return v_bool(view_contains(r, args[0], args[1]));
}

static Value dictiter_iter_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    dictiter_check(r, args, nargs, "__iter__");
    arg_count(r, "dict_keys.__iter__", nargs - 1, kw, 0, 0);
    return args[0];
}
static Value dictiter_next_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    dictiter_check(r, args, nargs, "__next__");
    arg_count(r, "dict_keys.__next__", nargs - 1, kw, 0, 0);
    Value v = dictiter_next(r, args[0]);
    if (v == V_NULL) cont_stop_iteration(r);
    return v;
}

static const MethodDef setview_methods[] = {
    {"__repr__", view_repr_m, 0},
    {"__iter__", view_iter_m, 0},
    {"__len__", view_len_m, 0},
    {"__contains__", view_contains_m, 0},
    {"isdisjoint", view_isdisjoint_m, 0},
    {"__reversed__", view_reversed_m, 0},
    {NULL, NULL, 0}
};

static const MethodDef valuesview_methods[] = {
    {"__repr__", view_repr_m, 0},
    {"__iter__", view_iter_m, 0},
    {"__len__", view_len_m, 0},
    {"__reversed__", view_reversed_m, 0},
    {NULL, NULL, 0}
};

static const GetSetDef view_getsets[] = {
    {"mapping", view_get_mapping, NULL},
    {NULL, NULL, NULL}
};

static const MethodDef dictiter_methods[] = {
    {"__iter__", dictiter_iter_m, 0},
    {"__next__", dictiter_next_m, 0},
    {"__length_hint__", dictiter_length_hint, 0},
    {NULL, NULL, 0}
};

void dictview_init_types(Realm *r)
{
    Type *views[3] = {r->t_dict_keys, r->t_dict_values, r->t_dict_items};
    for (int i = 0; i < 3; i++) {
        Type *t = views[i];
        t->basicsize = sizeof(DictView);
        t->flags |= TF_IMMUTABLE;
        t->trace = view_trace;
        t->repr = view_repr;
        t->iter = view_iter;
        t->len = view_len;
        t->contains = view_contains;
        if (i != DV_VALUES) {
            t->richcmp = view_richcmp;
            t->nb[NB_SUB] = view_sub;
            t->nb[NB_AND] = view_and;
            t->nb[NB_OR] = view_or;
            t->nb[NB_XOR] = view_xor;
            type_add_methods(r, t, setview_methods);
        } else {
            type_add_methods(r, t, valuesview_methods);
        }
        type_add_getsets(r, t, view_getsets);
    }
    Type *iters[4] = {r->t_dict_keyiterator, r->t_dict_valueiterator, r->t_dict_itemiterator,
                      r->t_dict_reversekeyiterator};
    for (int i = 0; i < 4; i++) {
        Type *t = iters[i];
        t->basicsize = sizeof(DictIter);
        t->flags |= TF_IMMUTABLE;
        t->trace = dictiter_trace;
        t->iter = dictiter_self;
        t->next = dictiter_next;
        type_add_methods(r, t, dictiter_methods);
    }
}
