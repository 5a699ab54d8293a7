/* range: immutable arithmetic sequence with arbitrary-size int bounds.
 * Invariants: start, stop, step and len are exact ints (bools converted),
 * step != 0, len >= 0 is the item count.  When start, stop and step are
 * small ints every derived value (items, len) is too, and the code takes
 * int64 fast paths; otherwise it computes with the int_* functions. */
#include "objects/containers.h"

static inline Range *range_ptr(Value v) { return (Range *)v_obj(v); }

static Value range_as_int(Realm *r, Value v)
{
    if (v_is_int(v)) return v;
    if (v_is_bool(v)) return v_small(v == V_TRUE);
    Value i = num_index(r, v);
    if (v_is_bool(i)) return v_small(i == V_TRUE);
    return i;
}

static Value range_compute_len(Realm *r, Value start, Value stop, Value step)
{
    if (v_is_int(start) && v_is_int(stop) && v_is_int(step)) {
        int64_t lo = v_as_small(start), hi = v_as_small(stop), st = v_as_small(step);
        if (st > 0) return v_small(lo < hi ? (hi - lo - 1) / st + 1 : 0);
        return v_small(lo > hi ? (lo - hi - 1) / (-st) + 1 : 0);
    }
    Value one = v_small(1);
    if (int_sign(r, step) > 0) {
        if (int_compare(r, start, stop) >= 0) return v_small(0);
        return int_add(r, int_floordiv(r, int_sub(r, int_sub(r, stop, start), one), step), one);
    }
    if (int_compare(r, start, stop) <= 0) return v_small(0);
    return int_add(r, int_floordiv(r, int_sub(r, int_sub(r, start, stop), one), int_neg(r, step)), one);
}

Value range_new(Realm *r, Value start, Value stop, Value step)
{
    start = range_as_int(r, start);
    stop = range_as_int(r, stop);
    step = range_as_int(r, step);
    if (int_sign(r, step) == 0) err_value(r, "range() arg 3 must not be zero");
    Value len = range_compute_len(r, start, stop, step);
    Range *rg = (Range *)heap_alloc(r, r->t_range, sizeof(Range));
    rg->start = start;
    rg->stop = stop;
    rg->step = step;
    rg->len = len;
    return v_from_obj(rg);
}

/* start + i*step */
static Value range_item(Realm *r, Range *rg, Value i)
{
    if (v_is_int(i) && v_is_int(rg->start) && v_is_int(rg->step) && v_is_int(rg->stop))
        return int_from_i64(r, v_as_small(rg->start) + v_as_small(i) * v_as_small(rg->step));
    return int_add(r, rg->start, int_mul(r, i, rg->step));
}

static int64_t range_len_i64(Realm *r, Value v)
{
    int64_t n;
    if (!int_to_i64(r, range_ptr(v)->len, &n))
        err_overflow(r, "Python int too large to convert to C ssize_t");
    return n;
}

/* ---- slots ---- */

static void range_trace(Realm *r, Obj *o)
{
    Range *rg = (Range *)o;
    heap_mark(r, rg->start);
    heap_mark(r, rg->stop);
    heap_mark(r, rg->step);
    heap_mark(r, rg->len);
}

static Value range_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    if (kw != V_NULL && tuple_ptr(kw)->len > 0) err_type(r, "range() takes no keyword arguments");
    if (nargs == 0) err_type(r, "range expected at least 1 argument, got 0");
    if (nargs > 3) err_type(r, "range expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return range_new(r, v_small(0), args[0], v_small(1));
    return range_new(r, args[0], args[1], nargs == 3 ? args[2] : v_small(1));
}

static int64_t range_len(Realm *r, Value v) { return range_len_i64(r, v); }
static int range_truth(Realm *r, Value v) { return int_sign(r, range_ptr(v)->len) != 0; }

static Value range_repr(Realm *r, Value v)
{
    Range *rg = range_ptr(v);
    if (rg->step == v_small(1)) return str_format(r, "range(%R, %R)", rg->start, rg->stop);
    return str_format(r, "range(%R, %R, %R)", rg->start, rg->stop, rg->step);
}

/* Clamps a slice bound against the range length with ints of any size,
 * as CPython's _PySlice_GetLongIndices. */
static Value range_slice_bound(Realm *r, Value b, Value len, Value lower, Value upper)
{
    if (!cont_has_index(r, b))
        err_type(r, "slice indices must be integers or None or have an __index__ method");
    b = range_as_int(r, b);
    if (int_sign(r, b) < 0) {
        b = int_add(r, b, len);
        if (int_compare(r, b, lower) < 0) b = lower;
    } else if (int_compare(r, b, upper) > 0) {
        b = upper;
    }
    return b;
}

static Value range_slice(Realm *r, Value v, Value k)
{
    Range *rg = range_ptr(v);
    Slice *s = (Slice *)v_obj(k);
    Value step = v_small(1);
    if (s->step != V_NONE) {
        if (!cont_has_index(r, s->step))
            err_type(r, "slice indices must be integers or None or have an __index__ method");
        step = range_as_int(r, s->step);
        if (int_sign(r, step) == 0) err_value(r, "slice step cannot be zero");
    }
    bool neg = int_sign(r, step) < 0;
    Value len = rg->len;
    Value lower = neg ? v_small(-1) : v_small(0);
    Value upper = neg ? int_sub(r, len, v_small(1)) : len;
    Value start = s->start == V_NONE ? (neg ? upper : lower) : range_slice_bound(r, s->start, len, lower, upper);
    Value stop = s->stop == V_NONE ? (neg ? lower : upper) : range_slice_bound(r, s->stop, len, lower, upper);
    rg = range_ptr(v);
    Value nstart = int_add(r, rg->start, int_mul(r, start, rg->step));
    Value nstop = int_add(r, rg->start, int_mul(r, stop, rg->step));
    return range_new(r, nstart, nstop, int_mul(r, rg->step, step));
}

static Value range_getitem(Realm *r, Value v, Value k)
{
    Range *rg = range_ptr(v);
    if (cont_has_index(r, k)) {
        Value i = range_as_int(r, k);
        if (int_sign(r, i) < 0) i = int_add(r, i, rg->len);
        if (int_sign(r, i) < 0 || int_compare(r, i, rg->len) >= 0)
            err_index(r, "range object index out of range");
        return range_item(r, rg, i);
    }
    if (v_is_obj(k) && v_obj(k)->type == r->t_slice) return range_slice(r, v, k);
    err_type(r, "range indices must be integers or slices, not %s", v_type(r, k)->name);
}

static bool range_is_int_key(Realm *r, Value k)
{
    return v_is_int(k) || v_is_bool(k) || (v_is_obj(k) && v_obj(k)->type == r->t_int);
}

/* O(1) membership of an int. */
static bool range_contains_int(Realm *r, Range *rg, Value x)
{
    x = range_as_int(r, x);
    if (int_sign(r, rg->step) > 0) {
        if (int_compare(r, x, rg->start) < 0 || int_compare(r, x, rg->stop) >= 0) return false;
    } else {
        if (int_compare(r, x, rg->start) > 0 || int_compare(r, x, rg->stop) <= 0) return false;
    }
    if (v_is_int(x) && v_is_int(rg->start) && v_is_int(rg->step))
        return (v_as_small(x) - v_as_small(rg->start)) % v_as_small(rg->step) == 0;
    return int_sign(r, int_mod(r, int_sub(r, x, rg->start), rg->step)) == 0;
}

static Value range_iter(Realm *r, Value v);

static int range_contains(Realm *r, Value v, Value x)
{
    if (range_is_int_key(r, x)) return range_contains_int(r, range_ptr(v), x);
    Value it = range_iter(r, v);
    for (;;) {   /* budget */
        Value y = op_next(r, it);
        if (y == V_NULL) return 0;
        if (cont_eq(r, y, x)) return 1;
    }
}

static Value range_richcmp(Realm *r, Value a, Value b, int op)
{
    if (!v_is_obj(a) || v_obj(a)->type != r->t_range || !v_is_obj(b) || v_obj(b)->type != r->t_range ||
        (op != CMP_EQ && op != CMP_NE))
        return r->notimpl;
    Range *x = range_ptr(a), *y = range_ptr(b);
    bool eq;
    if (a == b) eq = true;
    else if (int_compare(r, x->len, y->len) != 0) eq = false;
    else if (int_sign(r, x->len) == 0) eq = true;
    else if (int_compare(r, x->start, y->start) != 0) eq = false;
    else if (x->len == v_small(1)) eq = true;
    else eq = int_compare(r, x->step, y->step) == 0;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t range_hash(Realm *r, Value v)
{
    Range *rg = range_ptr(v);
    Value items[3] = {rg->len, V_NONE, V_NONE};
    if (int_sign(r, rg->len) != 0) {
        items[1] = rg->start;
        if (rg->len != v_small(1)) items[2] = rg->step;
    }
    return tuple_hash_items(r, items, 3);
}

/* ---- range_iterator: int64 fast path, Values beyond ---- */

typedef struct RangeIter {
    Obj hdr;
    int64_t cur, step, left;    /* small mode */
    Value bcur, bstep, bleft;   /* big mode when bstep != V_NULL */
} RangeIter;

static void rangeiter_trace(Realm *r, Obj *o)
{
    RangeIter *it = (RangeIter *)o;
    heap_mark(r, it->bcur);
    heap_mark(r, it->bstep);
    heap_mark(r, it->bleft);
}

static Value rangeiter_make(Realm *r, Value start, Value step, Value len)
{
    RangeIter *it = (RangeIter *)heap_alloc(r, r->t_range_iterator, sizeof(RangeIter));
    if (v_is_int(start) && v_is_int(step) && v_is_int(len) &&
        v_fits_small(v_as_small(start) + v_as_small(len) * v_as_small(step))) {
        it->cur = v_as_small(start);
        it->step = v_as_small(step);
        it->left = v_as_small(len);
    } else {
        it->bcur = start;
        it->bstep = step;
        it->bleft = len;
    }
    return v_from_obj(it);
}

static Value range_iter(Realm *r, Value v)
{
    Range *rg = range_ptr(v);
    return rangeiter_make(r, rg->start, rg->step, rg->len);
}

static Value rangeiter_next(Realm *r, Value v)
{
    RangeIter *it = (RangeIter *)v_obj(v);
    if (it->bstep == V_NULL) {
        if (it->left <= 0) return V_NULL;
        int64_t x = it->cur;
        it->cur += it->step;
        it->left--;
        return v_small(x);
    }
    if (int_sign(r, it->bleft) <= 0) return V_NULL;
    Value x = it->bcur;
    it->bcur = int_add(r, x, it->bstep);
    it->bleft = int_sub(r, it->bleft, v_small(1));
    return x;
}

static Value rangeiter_self(Realm *r, Value v) { return v; }

static Value rangeiter_length_hint(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__length_hint__", r->t_range_iterator, NULL, NULL);
    arg_count(r, "range.__length_hint__", nargs - 1, kw, 0, 0);
    RangeIter *it = (RangeIter *)v_obj(args[0]);
    if (it->bstep == V_NULL) return int_from_i64(r, it->left < 0 ? 0 : it->left);
    return it->bleft;
}

/* ---- methods ---- */

static Value range_reversed_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__reversed__", r->t_range, NULL, NULL);
    arg_count(r, "range.__reversed__", nargs - 1, kw, 0, 0);
    Range *rg = range_ptr(args[0]);
    if (int_sign(r, rg->len) == 0) return rangeiter_make(r, v_small(0), v_small(1), v_small(0));
    Value last = range_item(r, rg, int_sub(r, rg->len, v_small(1)));
    return rangeiter_make(r, last, int_neg(r, rg->step), rg->len);
}

static Value range_count_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "count", r->t_range, NULL, NULL);
    arg_count(r, "range.count", nargs - 1, kw, 1, 1);
    if (range_is_int_key(r, args[1])) return v_small(range_contains_int(r, range_ptr(args[0]), args[1]));
    int64_t c = 0;
    Value it = range_iter(r, args[0]);
    for (;;) {   /* budget */
        Value y = op_next(r, it);
        if (y == V_NULL) break;
        if (cont_eq(r, y, args[1])) c++;
    }
    return int_from_i64(r, c);
}

static Value range_index_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "index", r->t_range, NULL, NULL);
    arg_count(r, "range.index", nargs - 1, kw, 1, 1);
    Range *rg = range_ptr(args[0]);
    Value x = args[1];
    if (range_is_int_key(r, x)) {
        if (!range_contains_int(r, rg, x)) err_format(r, EXC(r, ValueError), "%R is not in range", x);
        return int_floordiv(r, int_sub(r, range_as_int(r, x), rg->start), rg->step);
    }
    Value it = range_iter(r, args[0]);
    for (int64_t i = 0;; i++) {   /* budget */
        Value y = op_next(r, it);
        if (y == V_NULL) break;
        if (cont_eq(r, y, x)) return int_from_i64(r, i);
    }
    err_value(r, "sequence.index(x): x not in sequence");
}

static Value range_contains_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__contains__", r->t_range, NULL, NULL);
    arg_count(r, "range.__contains__", nargs - 1, kw, 1, 1);
    return v_bool(range_contains(r, args[0], args[1]));
}

static Value range_getitem_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__getitem__", r->t_range, NULL, NULL);
    arg_count(r, "range.__getitem__", nargs - 1, kw, 1, 1);
    return range_getitem(r, args[0], args[1]);
}

static Value range_len_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__len__", r->t_range, NULL, NULL);
    arg_count(r, "range.__len__", nargs - 1, kw, 0, 0);
    return int_from_i64(r, range_len_i64(r, args[0]));
}

static Value range_get_start(Realm *r, Value v) { return range_ptr(v)->start; }
static Value range_get_stop(Realm *r, Value v) { return range_ptr(v)->stop; }
static Value range_get_step(Realm *r, Value v) { return range_ptr(v)->step; }

CONT_UNARY_M(range_repr_m, "__repr__", range_repr, r->t_range, NULL, NULL)
CONT_UNARY_M(range_iter_m, "__iter__", range_iter, r->t_range, NULL, NULL)
CONT_HASH_M(range_hash_m, range_hash, r->t_range)
CONT_BIN_M(range_eq_m, "__eq__", range_richcmp(r, a, b, CMP_EQ), r->t_range, NULL, NULL)
CONT_BIN_M(range_ne_m, "__ne__", range_richcmp(r, a, b, CMP_NE), r->t_range, NULL, NULL)

CONT_NEW_METHOD(range_new_m, t_range, range_new_slot)

static const MethodDef range_methods[] = {
    {"__repr__", range_repr_m, 0},
    {"__iter__", range_iter_m, 0},
    {"__hash__", range_hash_m, 0},
    {"__eq__", range_eq_m, 0},
    {"__ne__", range_ne_m, 0},
    {"__new__", range_new_m, NF_STATICMETHOD},
    {"__reversed__", range_reversed_m, 0},
    {"count", range_count_m, 0},
    {"index", range_index_m, 0},
    {"__contains__", range_contains_m, 0},
    {"__getitem__", range_getitem_m, 0},
    {"__len__", range_len_m, 0},
    {NULL, NULL, 0}
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL}
};

CONT_UNARY_M(rangeiter_iter_m, "__iter__", rangeiter_self, r->t_range_iterator, NULL, NULL)
CONT_NEXT_M(rangeiter_next_m, rangeiter_next, r->t_range_iterator, NULL, NULL)

static const MethodDef rangeiter_methods[] = {
    {"__iter__", rangeiter_iter_m, 0},
    {"__next__", rangeiter_next_m, 0},
    {"__length_hint__", rangeiter_length_hint, 0},
    {NULL, NULL, 0}
};

void range_init_type(Realm *r)
{
    Type *t = r->t_range;
    t->basicsize = sizeof(Range);
    t->flags |= TF_IMMUTABLE;
    t->trace = range_trace;
    t->new_ = range_new_slot;
    t->repr = range_repr;
    t->hash = range_hash;
    t->richcmp = range_richcmp;
    t->iter = range_iter;
    t->len = range_len;
    t->getitem = range_getitem;
    t->contains = range_contains;
    t->truth = range_truth;
    type_add_methods(r, t, range_methods);
    type_add_getsets(r, t, range_getsets);

    Type *it = r->t_range_iterator;
    it->basicsize = sizeof(RangeIter);
    it->flags |= TF_IMMUTABLE;
    it->trace = rangeiter_trace;
    it->iter = rangeiter_self;
    it->next = rangeiter_next;
    type_add_methods(r, it, rangeiter_methods);
}
