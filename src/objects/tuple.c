/* tuple: immutable sequence with its items inline after the header.
 * Invariants: the empty exact tuple is the single r->empty_tuple; items are
 * never V_NULL once the tuple is visible to Python; a tuple's hash is
 * CPython's xxHash-based tuplehash so hash((1, 2)) matches CPython. */
#include "objects/containers.h"

/* ---- construction ---- */

Value tuple_alloc_type(Realm *r, Type *t, size_t n)
{
    /* Extra fields of a subclass instance follow the items. */
    size_t extra = t->basicsize > sizeof(Tuple) ? t->basicsize - sizeof(Tuple) : 0;
    size_t size = cont_size(r, n, sizeof(Value), sizeof(Tuple) + extra);
    Tuple *tp = (Tuple *)heap_alloc(r, t, size);
    tp->len = (int64_t)n;
    for (size_t i = 0; i < n; i++) tp->items[i] = V_NONE;
    return v_from_obj(tp);
}

size_t tuple_tail_offset(Value t) { return sizeof(Tuple) + (size_t)tuple_ptr(t)->len * sizeof(Value); }

Value tuple_new(Realm *r, size_t n)
{
    if (n == 0 && r->empty_tuple != V_NULL) return r->empty_tuple;
    return tuple_alloc_type(r, r->t_tuple, n);
}

Value tuple_from_array(Realm *r, const Value *v, size_t n)
{
    if (n == 0) return tuple_new(r, 0);
    Value t = tuple_new(r, n);
    memcpy(tuple_ptr(t)->items, v, n * sizeof(Value));
    return t;
}

Value tuple_pack(Realm *r, size_t n, ...)
{
    if (n == 0) return tuple_new(r, 0);
    Value t = tuple_new(r, n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) tuple_ptr(t)->items[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

/* ---- hashing: CPython's tuplehash (xxHash-64 lanes) ---- */

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

int64_t tuple_hash_items(Realm *r, const Value *items, int64_t n)
{
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < n; i++) {
        uint64_t lane = (uint64_t)op_hash(r, items[i]);
        acc += lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static int64_t tuple_hash(Realm *r, Value a)
{
    err_check_stack(r);
    Tuple *t = tuple_ptr(a);
    return tuple_hash_items(r, t->items, t->len);
}

/* ---- slots ---- */

static void tuple_trace(Realm *r, Obj *o)
{
    Tuple *t = (Tuple *)o;
    heap_mark_array(r, t->items, (size_t)t->len);
}

static int64_t tuple_len(Realm *r, Value a) { return tuple_ptr(a)->len; }

static Value tuple_repr(Realm *r, Value a)
{
    err_check_stack_in(r, " while getting the repr of an object");
    Tuple *t = tuple_ptr(a);
    if (t->len == 0) return str_from_cstr(r, "()");
    StrBuf b;
    strbuf_init(r, &b);
    strbuf_add_ascii(&b, "(", 1);
    for (int64_t i = 0; i < t->len; i++) {
        if (i) strbuf_add_ascii(&b, ", ", 2);
        strbuf_add_str(&b, op_repr(r, t->items[i]));
    }
    if (t->len == 1) strbuf_add_ascii(&b, ",", 1);
    strbuf_add_ascii(&b, ")", 1);
    return strbuf_finish(&b);
}

static Value tuple_slice(Realm *r, Value a, Value slice)
{
    Tuple *t = tuple_ptr(a);
    int64_t start, stop, step;
    int64_t n = slice_indices(r, slice, t->len, &start, &stop, &step);
    if (n <= 0) return tuple_new(r, 0);
    if (step == 1 && n == t->len && v_obj(a)->type == r->t_tuple) return a;
    Value res = tuple_new(r, (size_t)n);
    Tuple *rt = tuple_ptr(res);
    t = tuple_ptr(a);
    for (int64_t i = 0, k = start; i < n; i++, k += step) rt->items[i] = t->items[k];
    return res;
}

static Value tuple_getitem(Realm *r, Value a, Value k)
{
    Tuple *t = tuple_ptr(a);
    if (v_is_int(k) || cont_has_index(r, k)) {
        int64_t i = cont_index_ssize(r, k);
        if (i < 0) i += t->len;
        if (i < 0 || i >= t->len) err_index(r, "tuple index out of range");
        return t->items[i];
    }
    if (v_is_obj(k) && v_obj(k)->type == r->t_slice) return tuple_slice(r, a, k);
    err_type(r, "tuple indices must be integers or slices, not %s", v_type(r, k)->name);
}

static Value tuple_getitem_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__getitem__", r->t_tuple, NULL, NULL);
    arg_count(r, "tuple.__getitem__", nargs - 1, kw, 1, 1);
    return tuple_getitem(r, args[0], args[1]);
}

static int tuple_contains(Realm *r, Value a, Value item)
{
    Tuple *t = tuple_ptr(a);
    for (int64_t i = 0; i < t->len; i++)   /* budget */
        if (cont_eq(r, t->items[i], item)) return 1;
    return 0;
}

/* Shared by tuple and list: lexicographic comparison where the arrays are
 * re-read after every call because user __eq__ may mutate a list. */
static Value tuple_richcmp(Realm *r, Value a, Value b, int op)
{
    if (!cont_is_tuple(a) || !cont_is_tuple(b)) return r->notimpl;
    err_check_stack(r);
    int64_t i = 0;
    for (;; i++) {   /* budget */
        Tuple *x = tuple_ptr(a), *y = tuple_ptr(b);
        if (i >= x->len || i >= y->len) break;
        if (x->items[i] == y->items[i]) continue;
        if (!cont_eq(r, x->items[i], y->items[i])) break;
    }
    Tuple *x = tuple_ptr(a), *y = tuple_ptr(b);
    if (i >= x->len || i >= y->len) {
        int64_t la = x->len, lb = y->len;
        bool res;
        switch (op) {
        case CMP_LT: res = la < lb; break;
        case CMP_LE: res = la <= lb; break;
        case CMP_EQ: res = la == lb; break;
        case CMP_NE: res = la != lb; break;
        case CMP_GT: res = la > lb; break;
        default: res = la >= lb; break;
        }
        return v_bool(res);
    }
    if (op == CMP_EQ) return V_FALSE;
    if (op == CMP_NE) return V_TRUE;
    return op_richcmp(r, x->items[i], y->items[i], op);
}

static Value tuple_add(Realm *r, Value a, Value b)
{
    if (!cont_is_tuple(a)) return r->notimpl;
    if (!cont_is_tuple(b)) {
        if (v_type(r, b)->flags & TF_HEAPTYPE) return r->notimpl;  /* let b.__radd__ try */
        err_type(r, "can only concatenate tuple (not \"%s\") to tuple", v_type(r, b)->name);
    }
    Tuple *x = tuple_ptr(a), *y = tuple_ptr(b);
    if (y->len == 0 && v_obj(a)->type == r->t_tuple) return a;
    if (x->len == 0 && v_obj(b)->type == r->t_tuple) return b;
    size_t n = cont_size(r, (size_t)x->len, 1, (size_t)y->len);
    Value res = tuple_new(r, n);
    x = tuple_ptr(a); y = tuple_ptr(b);
    memcpy(tuple_ptr(res)->items, x->items, (size_t)x->len * sizeof(Value));
    memcpy(tuple_ptr(res)->items + x->len, y->items, (size_t)y->len * sizeof(Value));
    return res;
}

static Value tuple_mul(Realm *r, Value a, Value b)
{
    Value seq = a, cnt = b;
    if (!cont_is_tuple(a)) { seq = b; cnt = a; }
    if (!cont_has_index(r, cnt)) {
        if (v_type(r, cnt)->flags & TF_HEAPTYPE) return r->notimpl;
        err_type(r, "can't multiply sequence by non-int of type '%s'", v_type(r, cnt)->name);
    }
    Value iv = num_index(r, cnt);
    int64_t n;
    if (!int_to_i64(r, iv, &n)) {
        err_overflow(r, "cannot fit 'int' into an index-sized integer");
    }
    Tuple *t = tuple_ptr(seq);
    if (n <= 0 || t->len == 0) return tuple_new(r, 0);
    if (n == 1 && v_obj(seq)->type == r->t_tuple) return seq;
    size_t total = cont_size(r, (size_t)t->len, (size_t)n, 0);
    cont_size(r, total, sizeof(Value), 0);
    Value res = tuple_new(r, total);
    t = tuple_ptr(seq);
    Value *dst = tuple_ptr(res)->items;
    for (int64_t i = 0; i < n; i++)   /* budget */
        memcpy(dst + i * t->len, t->items, (size_t)t->len * sizeof(Value));
    return res;
}

static int tuple_truth(Realm *r, Value a) { return tuple_ptr(a)->len != 0; }

/* tuple(iterable=(), /) */
static Value tuple_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    if (kw != V_NULL && tuple_ptr(kw)->len > 0 && t == r->t_tuple)
        err_type(r, "tuple() takes no keyword arguments");
    if (nargs > 1) err_type(r, "tuple expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) {
        if (t == r->t_tuple) return tuple_new(r, 0);
        return tuple_alloc_type(r, t, 0);
    }
    Value src = args[0];
    if (t == r->t_tuple && v_is_obj(src) && v_obj(src)->type == r->t_tuple) return src;
    Value items;
    if (cont_is_tuple(src)) items = src;
    else items = list_from_iterable(r, src);
    Value *p; int64_t n;
    if (cont_is_tuple(items)) { p = tuple_ptr(items)->items; n = tuple_ptr(items)->len; }
    else { p = list_ptr(items)->items; n = list_ptr(items)->len; }
    Value res = (t == r->t_tuple) ? tuple_new(r, (size_t)n) : tuple_alloc_type(r, t, (size_t)n);
    if (cont_is_tuple(items)) p = tuple_ptr(items)->items;
    else p = list_ptr(items)->items;
    if (n) memcpy(tuple_ptr(res)->items, p, (size_t)n * sizeof(Value));
    return res;
}

/* ---- methods ---- */

/* Bounds for index(x, start, stop) as CPython's _PyEval_SliceIndexNotNone. */
static void tuple_index_bounds(Realm *r, Value *args, size_t nargs, int64_t len,
                               int64_t *start, int64_t *stop)
{
    *start = 0; *stop = len;
    if (nargs > 2) {
        *start = cont_clamp_index(r, args[2]);
        if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
    }
    if (nargs > 3) {
        *stop = cont_clamp_index(r, args[3]);
        if (*stop < 0) { *stop += len; if (*stop < 0) *stop = 0; }
    }
}

static Value tuple_index_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "index", r->t_tuple, NULL, NULL);
    arg_count(r, "index", nargs - 1, kw, 1, 3);
    int64_t start, stop;
    tuple_index_bounds(r, args, nargs, tuple_ptr(args[0])->len, &start, &stop);
    for (int64_t i = start; i < stop; i++) {   /* budget */
        Tuple *t = tuple_ptr(args[0]);
        if (i >= t->len) break;
        if (cont_eq(r, t->items[i], args[1])) return int_from_i64(r, i);
    }
    err_value(r, "tuple.index(x): x not in tuple");
}

static Value tuple_count_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "count", r->t_tuple, NULL, NULL);
    arg_count(r, "tuple.count", nargs - 1, kw, 1, 1);
    int64_t c = 0;
    Tuple *t = tuple_ptr(args[0]);
    for (int64_t i = 0; i < t->len; i++)   /* budget */
        if (cont_eq(r, t->items[i], args[1])) c++;
    return int_from_i64(r, c);
}

static Value tuple_contains_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__contains__", r->t_tuple, NULL, NULL);
    arg_count(r, "tuple.__contains__", nargs - 1, kw, 1, 1);
    return v_bool(tuple_contains(r, args[0], args[1]));
}

static Value tuple_len_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__len__", r->t_tuple, NULL, NULL);
    arg_count(r, "tuple.__len__", nargs - 1, kw, 0, 0);
    return int_from_i64(r, tuple_ptr(args[0])->len);
}

static Value tuple_getnewargs_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__getnewargs__", r->t_tuple, NULL, NULL);
    arg_count(r, "tuple.__getnewargs__", nargs - 1, kw, 0, 0);
    Tuple *t = tuple_ptr(args[0]);
    Value copy = tuple_from_array(r, t->items, (size_t)t->len);
    return tuple_pack(r, 1, copy);
}

/* ---- tuple_iterator ---- */

typedef struct TupleIter { Obj hdr; Value seq; int64_t idx; } TupleIter;

static void tupleiter_trace(Realm *r, Obj *o) { heap_mark(r, ((TupleIter *)o)->seq); }

static Value tuple_iter(Realm *r, Value a)
{
    TupleIter *it = (TupleIter *)heap_alloc(r, r->t_tuple_iterator, sizeof(TupleIter));
    it->seq = a;
    return v_from_obj(it);
}

static Value tupleiter_next(Realm *r, Value v)
{
    TupleIter *it = (TupleIter *)v_obj(v);
    if (it->seq == V_NULL) return V_NULL;
    Tuple *t = tuple_ptr(it->seq);
    if (it->idx < t->len) return t->items[it->idx++];
    it->seq = V_NULL;
    return V_NULL;
}

static Value iter_self(Realm *r, Value v) { return v; }

static Value tupleiter_length_hint(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__length_hint__", r->t_tuple_iterator, NULL, NULL);
    arg_count(r, "tuple.__length_hint__", nargs - 1, kw, 0, 0);
    TupleIter *it = (TupleIter *)v_obj(args[0]);
    if (it->seq == V_NULL) return v_small(0);
    int64_t n = tuple_ptr(it->seq)->len - it->idx;
    return int_from_i64(r, n < 0 ? 0 : n);
}

CONT_UNARY_M(tuple_repr_m, "__repr__", tuple_repr, r->t_tuple, NULL, NULL)
CONT_UNARY_M(tuple_iter_m, "__iter__", tuple_iter, r->t_tuple, NULL, NULL)
CONT_HASH_M(tuple_hash_m, tuple_hash, r->t_tuple)
CONT_CMP_MS(tuple, tuple_richcmp, r->t_tuple, NULL, NULL)
CONT_BIN_M(tuple_add_m, "__add__", tuple_add(r, a, b), r->t_tuple, NULL, NULL)
CONT_BIN_M(tuple_mul_m, "__mul__", tuple_mul(r, a, b), r->t_tuple, NULL, NULL)
CONT_BIN_M(tuple_rmul_m, "__rmul__", tuple_mul(r, a, b), r->t_tuple, NULL, NULL)

CONT_NEW_METHOD(tuple_new_m, t_tuple, tuple_new_slot)

static const MethodDef tuple_methods[] = {
    {"__repr__", tuple_repr_m, 0},
    {"__iter__", tuple_iter_m, 0},
    {"__hash__", tuple_hash_m, 0},
    CONT_CMP_DEFS(tuple)
    {"__add__", tuple_add_m, 0},
    {"__mul__", tuple_mul_m, 0},
    {"__rmul__", tuple_rmul_m, 0},
    {"__new__", tuple_new_m, NF_STATICMETHOD},
    {"index", tuple_index_m, 0},
    {"count", tuple_count_m, 0},
    {"__getitem__", tuple_getitem_m, 0},
    {"__contains__", tuple_contains_m, 0},
    {"__len__", tuple_len_m, 0},
    {"__getnewargs__", tuple_getnewargs_m, 0},
    {NULL, NULL, 0}
};

CONT_UNARY_M(tupleiter_iter_m, "__iter__", iter_self, r->t_tuple_iterator, NULL, NULL)
CONT_NEXT_M(tupleiter_next_m, tupleiter_next, r->t_tuple_iterator, NULL, NULL)

static const MethodDef tupleiter_methods[] = {
    {"__iter__", tupleiter_iter_m, 0},
    {"__next__", tupleiter_next_m, 0},
    {"__length_hint__", tupleiter_length_hint, 0},
    {NULL, NULL, 0}
};

void tuple_init_type(Realm *r)
{
    Type *t = r->t_tuple;
    t->basicsize = sizeof(Tuple);
    t->flags |= TF_BASETYPE | TF_TUPLE_SUB | TF_IMMUTABLE;
    t->trace = tuple_trace;
    t->new_ = tuple_new_slot;
    t->repr = tuple_repr;
    t->hash = tuple_hash;
    t->richcmp = tuple_richcmp;
    t->iter = tuple_iter;
    t->len = tuple_len;
    t->getitem = tuple_getitem;
    t->contains = tuple_contains;
    t->truth = tuple_truth;
    t->nb[NB_ADD] = tuple_add;
    t->nb[NB_MUL] = tuple_mul;
    type_add_methods(r, t, tuple_methods);

    if (r->empty_tuple == V_NULL) r->empty_tuple = tuple_alloc_type(r, t, 0);

    Type *it = r->t_tuple_iterator;
    it->basicsize = sizeof(TupleIter);
    it->flags |= TF_IMMUTABLE;
    it->trace = tupleiter_trace;
    it->iter = iter_self;
    it->next = tupleiter_next;
    type_add_methods(r, it, tupleiter_methods);
}
