/* slice: slice objects and the index normalisation every sequence uses.
 * slice_indices follows CPython's PySlice_Unpack + PySlice_AdjustIndices:
 * bounds go through __index__, values beyond int64 are clamped, and the
 * step is kept within [-INT64_MAX, INT64_MAX] so negating it cannot overflow. */
#include "objects/containers.h"

static inline Slice *slice_ptr(Value v) { return (Slice *)v_obj(v); }

Value slice_new(Realm *r, Value start, Value stop, Value step)
{
    Slice *s = (Slice *)heap_alloc(r, r->t_slice, sizeof(Slice));
    s->start = start == V_NULL ? V_NONE : start;
    s->stop = stop == V_NULL ? V_NONE : stop;
    s->step = step == V_NULL ? V_NONE : step;
    return v_from_obj(s);
}

int64_t slice_clamp_index(Realm *r, Value v)
{
    if (v_is_int(v)) return v_as_small(v);
    if (!cont_has_index(r, v))
        err_type(r, "slice indices must be integers or None or have an __index__ method");
    Value iv = num_index(r, v);
    int64_t i;
    if (int_to_i64(r, iv, &i)) return i;
    return int_sign(r, iv) < 0 ? INT64_MIN : INT64_MAX;
}

static void slice_unpack(Realm *r, Value sv, int64_t *start, int64_t *stop, int64_t *step)
{
    Slice *s = slice_ptr(sv);
    Value vstart = s->start, vstop = s->stop, vstep = s->step;
    if (vstep == V_NONE) *step = 1;
    else {
        *step = slice_clamp_index(r, vstep);
        if (*step == 0) err_value(r, "slice step cannot be zero");
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (vstart == V_NONE) *start = *step < 0 ? INT64_MAX : 0;
    else *start = slice_clamp_index(r, vstart);
    if (vstop == V_NONE) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else *stop = slice_clamp_index(r, vstop);
}

static int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) return (int64_t)(((uint64_t)*start - (uint64_t)*stop - 1) / (uint64_t)(-step)) + 1;
    } else if (*start < *stop) {
        return (int64_t)(((uint64_t)*stop - (uint64_t)*start - 1) / (uint64_t)step) + 1;
    }
    return 0;
}

int64_t slice_indices(Realm *r, Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step)
{
    slice_unpack(r, slice, start, stop, step);
    return slice_adjust(len, start, stop, *step);
}

/* ---- slots ---- */

static void slice_trace(Realm *r, Obj *o)
{
    Slice *s = (Slice *)o;
    heap_mark(r, s->start);
    heap_mark(r, s->stop);
    heap_mark(r, s->step);
}

static Value slice_repr(Realm *r, Value v)
{
    Slice *s = slice_ptr(v);
    return str_format(r, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_as_tuple(Realm *r, Value v)
{
    Slice *s = slice_ptr(v);
    return tuple_pack(r, 3, s->start, s->stop, s->step);
}

static Value slice_richcmp(Realm *r, Value a, Value b, int op)
{
    if (!v_is_obj(a) || v_obj(a)->type != r->t_slice || !v_is_obj(b) || v_obj(b)->type != r->t_slice)
        return r->notimpl;
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return v_bool(op == CMP_EQ);
    return op_richcmp(r, slice_as_tuple(r, a), slice_as_tuple(r, b), op);
}

static int64_t slice_hash(Realm *r, Value v)
{
    Slice *s = slice_ptr(v);
    Value items[3] = {s->start, s->stop, s->step};
    /* CPython 3.12's slicehash: tuplehash's lanes without the length step */
    uint64_t acc = 2870177450012600261ULL;
    for (int i = 0; i < 3; i++) {
        uint64_t lane = (uint64_t)op_hash(r, items[i]);
        acc += lane * 14029467366897019727ULL;
        acc = (acc << 31) | (acc >> 33);
        acc *= 11400714785074694791ULL;
    }
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static Value slice_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    if (kw != V_NULL && tuple_ptr(kw)->len > 0) err_type(r, "slice() takes no keyword arguments");
    if (nargs == 0) err_type(r, "slice expected at least 1 argument, got 0");
    if (nargs > 3) err_type(r, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return slice_new(r, V_NONE, args[0], V_NONE);
    return slice_new(r, args[0], args[1], nargs > 2 ? args[2] : V_NONE);
}

static Value slice_indices_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "indices", r->t_slice, NULL, NULL);
    arg_count(r, "slice.indices", nargs - 1, kw, 1, 1);
    Value lv = num_index(r, args[1]);
    if (int_sign(r, lv) < 0) err_value(r, "length should not be negative");
    int64_t len = int_as_ssize(r, lv);
    int64_t start, stop, step;
    slice_indices(r, args[0], len, &start, &stop, &step);
    /* a step beyond int64 was clamped; start and stop depend only on its
     * sign, and the step itself comes back unchanged */
    Value stepv = int_from_i64(r, step);
    if (step == INT64_MAX || step == -INT64_MAX) stepv = num_index(r, slice_ptr(args[0])->step);
    return tuple_pack(r, 3, int_from_i64(r, start), int_from_i64(r, stop), stepv);
}

static Value slice_get_start(Realm *r, Value v) { return slice_ptr(v)->start; }
static Value slice_get_stop(Realm *r, Value v) { return slice_ptr(v)->stop; }
static Value slice_get_step(Realm *r, Value v) { return slice_ptr(v)->step; }

CONT_UNARY_M(slice_repr_m, "__repr__", slice_repr, r->t_slice, NULL, NULL)
CONT_HASH_M(slice_hash_m, slice_hash, r->t_slice)
CONT_CMP_MS(slice, slice_richcmp, r->t_slice, NULL, NULL)

CONT_NEW_METHOD(slice_new_m, t_slice, slice_new_slot)

static const MethodDef slice_methods[] = {
    {"__repr__", slice_repr_m, 0},
    {"__hash__", slice_hash_m, 0},
    CONT_CMP_DEFS(slice)
    {"__new__", slice_new_m, NF_STATICMETHOD},
    {"indices", slice_indices_m, 0},
    {NULL, NULL, 0}
};

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, getset_readonly},
    {"stop", slice_get_stop, getset_readonly},
    {"step", slice_get_step, getset_readonly},
    {NULL, NULL, NULL}
};

void slice_init_type(Realm *r)
{
    Type *t = r->t_slice;
    t->basicsize = sizeof(Slice);
    t->flags |= TF_IMMUTABLE;
    t->trace = slice_trace;
    t->new_ = slice_new_slot;
    t->repr = slice_repr;
    t->richcmp = slice_richcmp;
    t->hash = slice_hash;
    type_add_methods(r, t, slice_methods);
    type_add_getsets(r, t, slice_getsets);
}
