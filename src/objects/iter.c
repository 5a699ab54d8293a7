/* iter: the generic iterator types: the sequence iterator (over
 * __getitem__ until IndexError/StopIteration), callable_iterator
 * (iter(f, sentinel)), enumerate, zip (strict=), map, filter and reversed.
 * Each holds what it iterates in traced fields; an exhausted iterator
 * drops its source (field V_NULL) and keeps returning V_NULL. */
#include "objects/containers.h"

static Value iter_self(Realm *r, Value v) { return v; }
static size_t kw_len(Value kw) { return kw == V_NULL ? 0 : (size_t)tuple_ptr(kw)->len; }

/* Calls op_getitem(seq, i); V_NULL if it raised IndexError or StopIteration. */
static Value iter_getitem_or_end(Realm *r, Value seq, Value i)
{
    ErrJmp j;
    Value res = V_NULL;
    if (ERR_TRY(r, &j)) {
        res = op_getitem(r, seq, i);
        err_untry(r, &j);
        return res;
    }
    if (err_matches(r, r->exc, EXC(r, IndexError)) || err_matches(r, r->exc, EXC(r, StopIteration)))
        return V_NULL;
    err_raise(r, r->exc);
}

/* ---- iterator (sequence iterator) ---- */

typedef struct SeqIter { Obj hdr; Value seq; int64_t idx; } SeqIter;

static void seqiter_trace(Realm *r, Obj *o) { heap_mark(r, ((SeqIter *)o)->seq); }

Value seqiter_new(Realm *r, Value seq)
{
    SeqIter *it = (SeqIter *)heap_alloc(r, r->t_iterator, sizeof(SeqIter));
    it->seq = seq;
    return v_from_obj(it);
}

static Value seqiter_next(Realm *r, Value v)
{
    SeqIter *it = (SeqIter *)v_obj(v);
    if (it->seq == V_NULL) return V_NULL;
    Value x = iter_getitem_or_end(r, it->seq, int_from_i64(r, it->idx));
    if (x == V_NULL) { it->seq = V_NULL; return V_NULL; }
    it->idx++;
    return x;
}

/* ---- callable_iterator ---- */

typedef struct CallIter { Obj hdr; Value callable, sentinel; } CallIter;

static void calliter_trace(Realm *r, Obj *o)
{
    heap_mark(r, ((CallIter *)o)->callable);
    heap_mark(r, ((CallIter *)o)->sentinel);
}

Value calliter_new(Realm *r, Value callable, Value sentinel)
{
    CallIter *it = (CallIter *)heap_alloc(r, r->t_callable_iterator, sizeof(CallIter));
    it->callable = callable;
    it->sentinel = sentinel;
    return v_from_obj(it);
}

static Value calliter_call(Realm *r, Value f)
{
    ErrJmp j;
    Value res = V_NULL;
    if (ERR_TRY(r, &j)) {
        res = op_call(r, f, &f, 0, V_NULL);   /* f() */
        err_untry(r, &j);
        return res;
    }
    if (err_matches(r, r->exc, EXC(r, StopIteration))) return V_NULL;
    err_raise(r, r->exc);
}

static Value calliter_next(Realm *r, Value v)
{
    CallIter *it = (CallIter *)v_obj(v);
    if (it->callable == V_NULL) return V_NULL;
    Value x = calliter_call(r, it->callable);
    if (x == V_NULL) { it->callable = V_NULL; return V_NULL; }
    if (it->callable != V_NULL && cont_eq(r, x, it->sentinel)) { it->callable = V_NULL; return V_NULL; }
    return x;
}

/* ---- enumerate ---- */

typedef struct Enumerate { Obj hdr; Value it; int64_t idx; Value bidx; } Enumerate;

static void enumerate_trace(Realm *r, Obj *o)
{
    heap_mark(r, ((Enumerate *)o)->it);
    heap_mark(r, ((Enumerate *)o)->bidx);
}

static Value enumerate_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    static const char *const names[] = {"iterable", "start", NULL};
    Value out[2] = {V_NULL, V_NULL};
    arg_parse(r, "enumerate", args, nargs, kw, 0, 0, names, out);
    if (out[0] == V_NULL) err_type(r, "enumerate() missing required argument 'iterable'");
    Value start = out[1] == V_NULL ? v_small(0) : num_index(r, out[1]);
    Value it = op_iter(r, out[0]);
    size_t size = t->basicsize > sizeof(Enumerate) ? t->basicsize : sizeof(Enumerate);
    Enumerate *e = (Enumerate *)heap_alloc(r, t, size);
    e->it = it;
    int64_t i;
    if (int_to_i64(r, start, &i) && i < INT64_MAX) e->idx = i;
    else e->bidx = start;
    return v_from_obj(e);
}

static Value enumerate_next(Realm *r, Value v)
{
    Enumerate *e = (Enumerate *)v_obj(v);
    Value x = op_next(r, e->it);
    if (x == V_NULL) return V_NULL;
    Value idx;
    if (e->bidx == V_NULL) {
        idx = int_from_i64(r, e->idx);
        if (e->idx == INT64_MAX - 1) e->bidx = int_add(r, idx, v_small(1));
        else e->idx++;
    } else {
        idx = e->bidx;
        e->bidx = int_add(r, idx, v_small(1));
    }
    return tuple_pack(r, 2, idx, x);
}

/* ---- zip ---- */

typedef struct Zip { Obj hdr; Value iters; bool strict; } Zip;

static void zip_trace(Realm *r, Obj *o) { heap_mark(r, ((Zip *)o)->iters); }

static Value zip_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    bool strict = false;
    size_t nkw = kw_len(kw);
    for (size_t i = 0; i < nkw; i++) {
        Value name = tuple_ptr(kw)->items[i];
        if (!str_eq(name, NM(r, strict)))
            err_format(r, EXC(r, TypeError), "zip() got an unexpected keyword argument '%U'", name);
        strict = op_truth(r, args[nargs + i]);
    }
    Value iters = tuple_new(r, nargs);
    for (size_t i = 0; i < nargs; i++) tuple_ptr(iters)->items[i] = op_iter(r, args[i]);
    size_t size = t->basicsize > sizeof(Zip) ? t->basicsize : sizeof(Zip);
    Zip *z = (Zip *)heap_alloc(r, t, size);
    z->iters = iters;
    z->strict = strict;
    return v_from_obj(z);
}

static Value zip_next(Realm *r, Value v)
{
    Zip *z = (Zip *)v_obj(v);
    int64_t n = tuple_ptr(z->iters)->len;
    if (n == 0) return V_NULL;
    Value res = tuple_new(r, (size_t)n);
    for (int64_t i = 0; i < n; i++) {
        Value x = op_next(r, tuple_ptr(z->iters)->items[i]);
        if (x != V_NULL) { tuple_ptr(res)->items[i] = x; continue; }
        if (!z->strict) return V_NULL;
        if (i > 0)
            err_value(r, "zip() argument %lld is shorter than argument%s%lld",
                      (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
        for (int64_t k = 1; k < n; k++) {
            if (op_next(r, tuple_ptr(z->iters)->items[k]) != V_NULL)
                err_value(r, "zip() argument %lld is longer than argument%s%lld",
                          (long long)(k + 1), k == 1 ? " " : "s 1-", (long long)k);
        }
        return V_NULL;
    }
    return res;
}

/* ---- map ---- */

typedef struct Map { Obj hdr; Value func, iters; } Map;

static void map_trace(Realm *r, Obj *o)
{
    heap_mark(r, ((Map *)o)->func);
    heap_mark(r, ((Map *)o)->iters);
}

static Value map_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    if (t == r->t_map && kw_len(kw) > 0) err_type(r, "map() takes no keyword arguments");
    if (nargs < 2) err_type(r, "map() must have at least two arguments.");
    Value iters = tuple_new(r, nargs - 1);
    for (size_t i = 1; i < nargs; i++) tuple_ptr(iters)->items[i - 1] = op_iter(r, args[i]);
    size_t size = t->basicsize > sizeof(Map) ? t->basicsize : sizeof(Map);
    Map *m = (Map *)heap_alloc(r, t, size);
    m->func = args[0];
    m->iters = iters;
    return v_from_obj(m);
}

static Value map_next(Realm *r, Value v)
{
    Map *m = (Map *)v_obj(v);
    int64_t n = tuple_ptr(m->iters)->len;
    Value argv = tuple_new(r, (size_t)n);   /* heap storage for the call's arguments */
    for (int64_t i = 0; i < n; i++) {
        Value x = op_next(r, tuple_ptr(m->iters)->items[i]);
        if (x == V_NULL) return V_NULL;
        tuple_ptr(argv)->items[i] = x;
    }
    return op_call(r, m->func, tuple_ptr(argv)->items, (size_t)n, V_NULL);
}

/* ---- filter ---- */

typedef struct Filter { Obj hdr; Value func, it; } Filter;

static void filter_trace(Realm *r, Obj *o)
{
    heap_mark(r, ((Filter *)o)->func);
    heap_mark(r, ((Filter *)o)->it);
}

static Value filter_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    if (t == r->t_filter && kw_len(kw) > 0) err_type(r, "filter() takes no keyword arguments");
    if (nargs != 2) err_type(r, "filter expected 2 arguments, got %zu", nargs);
    Value it = op_iter(r, args[1]);
    size_t size = t->basicsize > sizeof(Filter) ? t->basicsize : sizeof(Filter);
    Filter *f = (Filter *)heap_alloc(r, t, size);
    f->func = args[0];
    f->it = it;
    return v_from_obj(f);
}

static Value filter_next(Realm *r, Value v)
{
    Filter *f = (Filter *)v_obj(v);
    for (;;) {   /* budget */
        Value x = op_next(r, f->it);
        if (x == V_NULL) return V_NULL;
        bool ok;
        if (f->func == V_NONE || f->func == v_from_obj(r->t_bool)) ok = op_truth(r, x);
        else ok = op_truth(r, op_call1(r, f->func, x));
        if (ok) return x;
    }
}

/* ---- reversed ---- */

typedef struct Reversed { Obj hdr; Value seq; int64_t idx; } Reversed;

static void reversed_trace(Realm *r, Obj *o) { heap_mark(r, ((Reversed *)o)->seq); }

static Value reversed_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    if (t == r->t_reversed && kw_len(kw) > 0) err_type(r, "reversed() takes no keyword arguments");
    if (nargs != 1) err_type(r, "reversed expected 1 argument, got %zu", nargs);
    Value seq = args[0];
    Type *st = v_type(r, seq);
    Value m = type_lookup(r, st, NM(r, __reversed__));
    if (m == V_NONE) err_type(r, "'%s' object is not reversible", st->name);
    if (m != V_NULL) return op_call_special(r, seq, NM(r, __reversed__), NULL, 0);
    if (st->getitem == NULL || cont_is_dict(seq))
        err_type(r, "'%s' object is not reversible", st->name);
    if (st->len == NULL && type_lookup(r, st, NM(r, __len__)) == V_NULL)
        err_type(r, "object of type '%s' has no len()", st->name);
    int64_t n = op_len(r, seq);
    size_t size = t->basicsize > sizeof(Reversed) ? t->basicsize : sizeof(Reversed);
    Reversed *rv = (Reversed *)heap_alloc(r, t, size);
    rv->seq = seq;
    rv->idx = n - 1;
    return v_from_obj(rv);
}

static Value reversed_next(Realm *r, Value v)
{
    Reversed *rv = (Reversed *)v_obj(v);
    if (rv->seq == V_NULL || rv->idx < 0) { rv->seq = V_NULL; return V_NULL; }
    Value x = iter_getitem_or_end(r, rv->seq, int_from_i64(r, rv->idx));
    if (x == V_NULL) { rv->seq = V_NULL; rv->idx = -1; return V_NULL; }
    rv->idx--;
    return x;
}

static Value reversed_length_hint(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__length_hint__", r->t_reversed, NULL, NULL);
    arg_count(r, "iterator.__length_hint__", nargs - 1, kw, 0, 0);
    Reversed *rv = (Reversed *)v_obj(args[0]);
    if (rv->seq == V_NULL) return v_small(0);
    int64_t n = op_len(r, rv->seq);
    return int_from_i64(r, n < rv->idx + 1 ? 0 : rv->idx + 1);
}

static Value seqiter_length_hint(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__length_hint__", r->t_iterator, NULL, NULL);
    arg_count(r, "iterator.__length_hint__", nargs - 1, kw, 0, 0);
    SeqIter *it = (SeqIter *)v_obj(args[0]);
    if (it->seq == V_NULL) return v_small(0);
    Type *st = v_type(r, it->seq);
    if (st->len == NULL) return r->notimpl;
    int64_t n = op_len(r, it->seq) - it->idx;
    return int_from_i64(r, n < 0 ? 0 : n);
}

CONT_NEW_METHOD(reversed_new_m, t_reversed, reversed_new)

static Value reversed_iter_m(Realm *r, Value *args, size_t nargs, Value kw);
static Value reversed_next_m(Realm *r, Value *args, size_t nargs, Value kw);
static Value seqiter_iter_m(Realm *r, Value *args, size_t nargs, Value kw);
static Value seqiter_next_m(Realm *r, Value *args, size_t nargs, Value kw);

static const MethodDef reversed_methods[] = {
    {"__iter__", reversed_iter_m, 0},
    {"__next__", reversed_next_m, 0},
    {"__new__", reversed_new_m, NF_STATICMETHOD},
    {"__length_hint__", reversed_length_hint, 0},
    {NULL, NULL, 0}
};

static const MethodDef seqiter_methods[] = {
    {"__iter__", seqiter_iter_m, 0},
    {"__next__", seqiter_next_m, 0},
    {"__length_hint__", seqiter_length_hint, 0},
    {NULL, NULL, 0}
};

CONT_NEW_METHOD(enumerate_new_m, t_enumerate, enumerate_new)
CONT_NEW_METHOD(zip_new_m, t_zip, zip_new)
CONT_NEW_METHOD(map_new_m, t_map, map_new)
CONT_NEW_METHOD(filter_new_m, t_filter, filter_new)
#define ITER_DUNDERS(p, field) \
    CONT_UNARY_M(p##_iter_m, "__iter__", iter_self, r->field, NULL, NULL) \
    CONT_NEXT_M(p##_next_m, p##_next, r->field, NULL, NULL)
ITER_DUNDERS(seqiter, t_iterator)
ITER_DUNDERS(calliter, t_callable_iterator)
ITER_DUNDERS(enumerate, t_enumerate)
ITER_DUNDERS(zip, t_zip)
ITER_DUNDERS(map, t_map)
ITER_DUNDERS(filter, t_filter)
ITER_DUNDERS(reversed, t_reversed)
#define ITER_DEFS(p) {"__iter__", p##_iter_m, 0}, {"__next__", p##_next_m, 0},
static const MethodDef enumerate_methods[] = {
    {"__new__", enumerate_new_m, NF_STATICMETHOD}, ITER_DEFS(enumerate) {NULL, NULL, 0}};
static const MethodDef zip_methods[] = {
    {"__new__", zip_new_m, NF_STATICMETHOD}, ITER_DEFS(zip) {NULL, NULL, 0}};
static const MethodDef map_methods[] = {
    {"__new__", map_new_m, NF_STATICMETHOD}, ITER_DEFS(map) {NULL, NULL, 0}};
static const MethodDef filter_methods[] = {
    {"__new__", filter_new_m, NF_STATICMETHOD}, ITER_DEFS(filter) {NULL, NULL, 0}};
static const MethodDef calliter_methods[] = {ITER_DEFS(calliter) {NULL, NULL, 0}};

static void iter_fill(Type *t, size_t size, TraceFn trace, NextFn next, NewFn new_, bool base)
{
    t->basicsize = (uint32_t)size;
    t->flags |= TF_IMMUTABLE | (base ? TF_BASETYPE : 0);
    t->trace = trace;
    t->iter = iter_self;
    t->next = next;
    t->new_ = new_;
}

void iter_init_type(Realm *r)
{
    iter_fill(r->t_iterator, sizeof(SeqIter), seqiter_trace, seqiter_next, NULL, false);
    type_add_methods(r, r->t_iterator, seqiter_methods);
    iter_fill(r->t_callable_iterator, sizeof(CallIter), calliter_trace, calliter_next, NULL, false);
    iter_fill(r->t_enumerate, sizeof(Enumerate), enumerate_trace, enumerate_next, enumerate_new, true);
    iter_fill(r->t_zip, sizeof(Zip), zip_trace, zip_next, zip_new, true);
    iter_fill(r->t_map, sizeof(Map), map_trace, map_next, map_new, true);
    iter_fill(r->t_filter, sizeof(Filter), filter_trace, filter_next, filter_new, true);
    iter_fill(r->t_reversed, sizeof(Reversed), reversed_trace, reversed_next, reversed_new, true);
    type_add_methods(r, r->t_reversed, reversed_methods);
    type_add_methods(r, r->t_enumerate, enumerate_methods);
    type_add_methods(r, r->t_zip, zip_methods);
    type_add_methods(r, r->t_map, map_methods);
    type_add_methods(r, r->t_filter, filter_methods);
    type_add_methods(r, r->t_callable_iterator, calliter_methods);
    cont_install_class_getitem(r, r->t_enumerate);
    /* zip, map, filter and reversed are not generic in CPython 3.13 */
}
