/* list: mutable sequence over a heap_raw buffer of Values.
 * Invariants: items[0..len) are valid Values (never V_NULL), cap >= len,
 * items is NULL when cap == 0.  Any call into Python code (op_eq, op_repr,
 * iteration) may mutate the list, so loops re-read len and items after each
 * such call and never keep a pointer into the buffer across one.
 * Growth as CPython's list_resize: over-allocate by ~1/8 + 6, rounded to 4. */
#include "objects/containers.h"

/* ---- storage ---- */

static void list_set_cap(Realm *r, List *l, int64_t newcap)
{
    size_t old = (size_t)l->cap * sizeof(Value);
    size_t sz = cont_size(r, (size_t)newcap, sizeof(Value), 0);
    if (newcap == 0) {
        if (l->items) heap_raw_free(r, l->items, old);
        l->items = NULL;
    } else if (l->items == NULL) {
        l->items = heap_raw_alloc(r, sz);
    } else {
        l->items = heap_raw_realloc(r, l->items, old, sz);
    }
    l->cap = newcap;
    l->hdr.flags |= LIST_BUFFER_CHANGED;
}

/* Sets the length; new slots hold None.  Amortised O(1) appends. */
void list_resize(Realm *r, Value list, int64_t newlen)
{
    List *l = list_ptr(list);
    if (newlen < 0) err_no_memory(r);
    if (newlen <= l->cap && newlen >= (l->cap >> 1)) {
        for (int64_t i = l->len; i < newlen; i++) l->items[i] = V_NONE;
        l->len = newlen;
        return;
    }
    int64_t newcap;
    if (newlen == 0) newcap = 0;
    else {
        if (newlen > (INT64_MAX >> 4)) err_no_memory(r);
        newcap = (newlen + (newlen >> 3) + 6) & ~(int64_t)3;
        if (newlen - l->len > newcap - newlen) newcap = (newlen + 3) & ~(int64_t)3;
    }
    if (newlen < l->len) l->len = newlen;   /* shrink before the buffer does */
    list_set_cap(r, l, newcap);
    for (int64_t i = l->len; i < newlen; i++) l->items[i] = V_NONE;
    l->len = newlen;
}

static Value list_alloc_type(Realm *r, Type *t)
{
    size_t size = t->basicsize > sizeof(List) ? t->basicsize : sizeof(List);
    return v_from_obj(heap_alloc(r, t, size));
}

Value list_new(Realm *r, size_t n)
{
    Value l = list_alloc_type(r, r->t_list);
    if (n > (size_t)(INT64_MAX >> 4)) err_no_memory(r);
    if (n) {
        List *lp = list_ptr(l);
        list_set_cap(r, lp, (int64_t)n);
        for (size_t i = 0; i < n; i++) lp->items[i] = V_NONE;
        lp->len = (int64_t)n;
    }
    return l;
}

Value list_from_array(Realm *r, const Value *v, size_t n)
{
    Value l = list_new(r, n);
    if (n) memcpy(list_ptr(l)->items, v, n * sizeof(Value));
    return l;
}

void list_append(Realm *r, Value list, Value v)
{
    List *l = list_ptr(list);
    if (l->len < l->cap) { l->items[l->len++] = v; return; }
    int64_t n = l->len;
    list_resize(r, list, n + 1);
    list_ptr(list)->items[n] = v;
}

/* Appends the items of src (a list or a tuple).  The source buffer is
 * re-read after the resize, which may collect, and src is kept alive. */
static void list_extend_seq(Realm *r, Value list, Value src)
{
    int64_t n = cont_is_tuple(src) ? tuple_ptr(src)->len : list_ptr(src)->len;
    int64_t old = list_ptr(list)->len;
    if (n == 0) return;
    list_resize(r, list, old + n);
    const Value *items = cont_is_tuple(src) ? tuple_ptr(src)->items : list_ptr(src)->items;
    memcpy(list_ptr(list)->items + old, items, (size_t)n * sizeof(Value));
    cont_keep(src);
}

/* A new list holding a[start:start+n] (step 1, in bounds). */
static Value list_slice_copy(Realm *r, Value a, int64_t start, int64_t n)
{
    Value res = list_new(r, (size_t)n);
    if (n) memcpy(list_ptr(res)->items, list_ptr(a)->items + start, (size_t)n * sizeof(Value));
    cont_keep(a);
    return res;
}

void list_extend(Realm *r, Value list, Value iterable)
{
    if (cont_is_list(iterable) && v_obj(iterable)->type == r->t_list) {
        /* a.extend(a) copies first; otherwise the resize cannot run Python
         * code, so the source stays intact */
        if (iterable == list) iterable = list_slice_copy(r, list, 0, list_ptr(list)->len);
        list_extend_seq(r, list, iterable);
        return;
    }
    if (v_is_obj(iterable) && v_obj(iterable)->type == r->t_tuple) {
        list_extend_seq(r, list, iterable);
        return;
    }
    Value it = op_iter(r, iterable);
    for (;;) {   /* budget */
        Value v = op_next(r, it);
        if (v == V_NULL) break;
        list_append(r, list, v);
    }
}

Value list_from_iterable(Realm *r, Value it)
{
    Value l = list_new(r, 0);
    list_extend(r, l, it);
    return l;
}

Value list_to_tuple(Realm *r, Value list)
{
    int64_t n = list_ptr(list)->len;
    Value t = tuple_new(r, (size_t)n);
    n = n < list_ptr(list)->len ? n : list_ptr(list)->len;
    if (n) memcpy(tuple_ptr(t)->items, list_ptr(list)->items, (size_t)n * sizeof(Value));
    cont_keep(list);
    return t;
}

/* Items of a list or tuple as (pointer, length) after materialising any
 * other iterable into a fresh list (returned in *keep). */
static Value *list_seq_items(Realm *r, Value v, int64_t *n, Value *keep)
{
    if (cont_is_tuple(v)) { *keep = v; *n = tuple_ptr(v)->len; return tuple_ptr(v)->items; }
    if (!cont_is_list(v)) v = list_from_iterable(r, v);
    *keep = v;
    *n = list_ptr(v)->len;
    return list_ptr(v)->items;
}

/* ---- slots ---- */

static void list_trace(Realm *r, Obj *o)
{
    List *l = (List *)o;
    if (l->items) heap_mark_array(r, l->items, (size_t)l->len);
}

static void list_finalize(Realm *r, Obj *o)
{
    List *l = (List *)o;
    if (l->items) heap_raw_free(r, l->items, (size_t)l->cap * sizeof(Value));
    l->items = NULL;
    l->len = l->cap = 0;
}

static int64_t list_len(Realm *r, Value a) { return list_ptr(a)->len; }
static int list_truth(Realm *r, Value a) { return list_ptr(a)->len != 0; }

static Value list_repr_body(Realm *r, Value a)
{
    StrBuf b;
    strbuf_init(r, &b);
    strbuf_add_ascii(&b, "[", 1);
    for (int64_t i = 0; i < list_ptr(a)->len; i++) {   /* budget */
        if (i) strbuf_add_ascii(&b, ", ", 2);
        Value s = op_repr(r, list_ptr(a)->items[i]);
        strbuf_add_str(&b, s);
    }
    strbuf_add_ascii(&b, "]", 1);
    return strbuf_finish(&b);
}

static Value list_repr(Realm *r, Value a)
{
    if (list_ptr(a)->len == 0) return str_from_cstr(r, "[]");
    return cont_repr_guarded(r, a, list_repr_body, "[...]");
}

static int64_t list_norm_index(Realm *r, Value a, Value k, const char *msg)
{
    int64_t i = cont_index_ssize(r, k);
    int64_t n = list_ptr(a)->len;
    if (i < 0) i += n;
    if (i < 0 || i >= n) err_index(r, "%s", msg);
    return i;
}

static bool is_slice(Realm *r, Value k) { return v_is_obj(k) && v_obj(k)->type == r->t_slice; }

static Value list_getitem(Realm *r, Value a, Value k)
{
    if (v_is_int(k)) {
        List *l = list_ptr(a);
        int64_t i = v_as_small(k);
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) err_index(r, "list index out of range");
        return l->items[i];
    }
    if (cont_has_index(r, k)) {
        int64_t i = list_norm_index(r, a, k, "list index out of range");
        return list_ptr(a)->items[i];
    }
    if (is_slice(r, k)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(r, k, list_ptr(a)->len, &start, &stop, &step);
        if (n <= 0) return list_new(r, 0);
        if (step == 1) return list_slice_copy(r, a, start, n);
        Value res = list_new(r, (size_t)n);
        List *l = list_ptr(a), *d = list_ptr(res);
        for (int64_t i = 0, j = start; i < n; i++, j += step) d->items[i] = l->items[j];
        return res;
    }
    err_type(r, "list indices must be integers or slices, not %s", v_type(r, k)->name);
}

/* a[lo:hi] = the n items of srcobj (a list or tuple, or V_NULL when n is 0);
 * lo <= hi clamped by the caller.  The source buffer is read after the
 * resize (which may collect). */
static void list_ass_simple(Realm *r, Value a, int64_t lo, int64_t hi, Value srcobj, int64_t n)
{
    int64_t len = list_ptr(a)->len;
    int64_t d = n - (hi - lo);
    if (d < 0) {
        List *l = list_ptr(a);
        memmove(l->items + hi + d, l->items + hi, (size_t)(len - hi) * sizeof(Value));
        list_resize(r, a, len + d);
    } else if (d > 0) {
        list_resize(r, a, len + d);
        List *l = list_ptr(a);
        memmove(l->items + hi + d, l->items + hi, (size_t)(len - hi) * sizeof(Value));
    }
    if (n) {
        const Value *src = cont_is_tuple(srcobj) ? tuple_ptr(srcobj)->items : list_ptr(srcobj)->items;
        memcpy(list_ptr(a)->items + lo, src, (size_t)n * sizeof(Value));
    }
    cont_keep(srcobj);
}

static void list_ass_slice(Realm *r, Value a, Value slice, Value v)
{
    int64_t start, stop, step, n;
    Value keep = V_NULL;
    Value *src = NULL;
    int64_t srcn = 0;
    if (v != V_NULL) {
        /* Materialise first: iterating v may run code that mutates a. */
        if (v == a) v = list_slice_copy(r, a, 0, list_ptr(a)->len);
        Type *vt = v_type(r, v);
        if (!vt->iter && !vt->getitem) err_type(r, "must assign iterable to extended slice");
        src = list_seq_items(r, v, &srcn, &keep);
    }
    n = slice_indices(r, slice, list_ptr(a)->len, &start, &stop, &step);
    if (v != V_NULL) {   /* __index__ of the bounds may have run code */
        if (cont_is_tuple(keep)) { src = tuple_ptr(keep)->items; srcn = tuple_ptr(keep)->len; }
        else { src = list_ptr(keep)->items; srcn = list_ptr(keep)->len; }
    }
    if (step == 1) {
        if (stop < start) stop = start;
        list_ass_simple(r, a, start, stop, keep, srcn);
        return;
    }
    if (v == V_NULL) {   /* extended slice deletion */
        if (n <= 0) return;
        if (step < 0) {   /* walk it forwards */
            start = start + step * (n - 1);
            step = -step;
        }
        List *l = list_ptr(a);
        int64_t w = start, next_del = start, deleted = 0;
        for (int64_t i = start; i < l->len; i++) {
            if (deleted < n && i == next_del) { deleted++; next_del += step; continue; }
            l->items[w++] = l->items[i];
        }
        list_resize(r, a, w);
        return;
    }
    if (srcn != n)
        err_value(r, "attempt to assign sequence of size %lld to extended slice of size %lld",
                  (long long)srcn, (long long)n);
    List *l = list_ptr(a);
    for (int64_t i = 0, j = start; i < n; i++, j += step) l->items[j] = src[i];
    cont_keep(keep);
}

static void list_setitem(Realm *r, Value a, Value k, Value v)
{
    if (v_is_int(k) || cont_has_index(r, k)) {
        int64_t i = list_norm_index(r, a, k, "list assignment index out of range");
        if (v != V_NULL) { list_ptr(a)->items[i] = v; return; }
        List *l = list_ptr(a);
        memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
        list_resize(r, a, l->len - 1);
        return;
    }
    if (is_slice(r, k)) { list_ass_slice(r, a, k, v); return; }
    err_type(r, "list indices must be integers or slices, not %s", v_type(r, k)->name);
}

static int list_contains(Realm *r, Value a, Value item)
{
    for (int64_t i = 0; i < list_ptr(a)->len; i++)   /* budget */
        if (cont_eq(r, list_ptr(a)->items[i], item)) return 1;
    return 0;
}

static Value list_richcmp(Realm *r, Value a, Value b, int op)
{
    if (!cont_is_list(a) || !cont_is_list(b)) return r->notimpl;
    if ((op == CMP_EQ || op == CMP_NE) && list_ptr(a)->len != list_ptr(b)->len)
        return v_bool(op == CMP_NE);
    err_check_stack(r);
    int64_t i = 0;
    for (;; i++) {   /* budget */
        List *x = list_ptr(a), *y = list_ptr(b);
        if (i >= x->len || i >= y->len) break;
        Value p = x->items[i], q = y->items[i];
        if (p == q) continue;
        if (!cont_eq(r, p, q)) break;
    }
    List *x = list_ptr(a), *y = list_ptr(b);
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

static Value list_add(Realm *r, Value a, Value b)
{
    if (!cont_is_list(a)) return r->notimpl;
    if (!cont_is_list(b)) {
        if (v_type(r, b)->flags & TF_HEAPTYPE) return r->notimpl;
        err_type(r, "can only concatenate list (not \"%s\") to list", v_type(r, b)->name);
    }
    size_t n = cont_size(r, (size_t)list_ptr(a)->len, 1, (size_t)list_ptr(b)->len);
    Value res = list_new(r, n);
    List *x = list_ptr(a), *y = list_ptr(b), *d = list_ptr(res);
    if (x->len) memcpy(d->items, x->items, (size_t)x->len * sizeof(Value));
    if (y->len) memcpy(d->items + x->len, y->items, (size_t)y->len * sizeof(Value));
    return res;
}

static int64_t list_repeat_count(Realm *r, Value cnt)
{
    Value iv = num_index(r, cnt);
    int64_t n;
    if (!int_to_i64(r, iv, &n)) {
        err_overflow(r, "cannot fit 'int' into an index-sized integer");
    }
    return n < 0 ? 0 : n;
}

static Value list_mul(Realm *r, Value a, Value b)
{
    Value seq = a, cnt = b;
    if (!cont_is_list(a)) { seq = b; cnt = a; }
    if (!cont_has_index(r, cnt)) {
        if (v_type(r, cnt)->flags & TF_HEAPTYPE) return r->notimpl;
        err_type(r, "can't multiply sequence by non-int of type '%s'", v_type(r, cnt)->name);
    }
    int64_t n = list_repeat_count(r, cnt);
    int64_t len = list_ptr(seq)->len;
    if (n == 0 || len == 0) return list_new(r, 0);
    size_t total = cont_size(r, (size_t)len, (size_t)n, 0);
    cont_size(r, total, sizeof(Value), 0);
    Value res = list_new(r, total);
    List *s = list_ptr(seq);
    Value *dst = list_ptr(res)->items;
    for (int64_t i = 0; i < n; i++)   /* budget */
        memcpy(dst + i * len, s->items, (size_t)len * sizeof(Value));
    return res;
}

static Value list_iadd(Realm *r, Value a, Value b)
{
    if (!cont_is_list(a)) return r->notimpl;
    list_extend(r, a, b);
    return a;
}

static Value list_imul(Realm *r, Value a, Value b)
{
    if (!cont_is_list(a)) return r->notimpl;
    if (!cont_has_index(r, b)) {
        if (v_type(r, b)->flags & TF_HEAPTYPE) return r->notimpl;
        err_type(r, "can't multiply sequence by non-int of type '%s'", v_type(r, b)->name);
    }
    int64_t n = list_repeat_count(r, b);
    int64_t len = list_ptr(a)->len;
    if (n == 0 || len == 0) { list_resize(r, a, 0); return a; }
    if (n == 1) return a;
    size_t total = cont_size(r, (size_t)len, (size_t)n, 0);
    cont_size(r, total, sizeof(Value), 0);
    list_resize(r, a, (int64_t)total);
    Value *items = list_ptr(a)->items;
    for (int64_t i = 1; i < n; i++)   /* budget */
        memcpy(items + i * len, items, (size_t)len * sizeof(Value));
    return a;
}

static Value list_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    return list_alloc_type(r, t);
}

/* ---- methods ---- */

static Value list_init_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__init__", r->t_list, NULL, NULL);
    if (kw != V_NULL && tuple_ptr(kw)->len > 0 && v_obj(args[0])->type == r->t_list)
        err_type(r, "list() takes no keyword arguments");
    if (nargs > 2) err_type(r, "list expected at most 1 argument, got %zu", nargs - 1);
    list_resize(r, args[0], 0);
    if (nargs == 2) list_extend(r, args[0], args[1]);
    return V_NONE;
}

static Value list_append_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "append", r->t_list, NULL, NULL);
    arg_count(r, "list.append", nargs - 1, kw, 1, 1);
    list_append(r, args[0], args[1]);
    return V_NONE;
}

static Value list_extend_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "extend", r->t_list, NULL, NULL);
    arg_count(r, "list.extend", nargs - 1, kw, 1, 1);
    list_extend(r, args[0], args[1]);
    return V_NONE;
}

/* An index argument converted as CPython's "n" format (insert, pop). */
static int64_t list_arg_ssize(Realm *r, Value v)
{
    if (v_is_int(v)) return v_as_small(v);
    Value iv = num_index(r, v);
    int64_t i;
    if (!int_to_i64(r, iv, &i)) err_overflow(r, "Python int too large to convert to C ssize_t");
    return i;
}

static Value list_insert_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "insert", r->t_list, NULL, NULL);
    arg_count(r, "insert", nargs - 1, kw, 2, 2);
    int64_t i = list_arg_ssize(r, args[1]);
    int64_t n = list_ptr(args[0])->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    list_resize(r, args[0], n + 1);
    List *l = list_ptr(args[0]);
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(Value));
    l->items[i] = args[2];
    return V_NONE;
}

static void list_del_at(Realm *r, Value a, int64_t i)
{
    List *l = list_ptr(a);
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
    list_resize(r, a, l->len - 1);
}

static Value list_remove_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "remove", r->t_list, NULL, NULL);
    arg_count(r, "list.remove", nargs - 1, kw, 1, 1);
    for (int64_t i = 0; i < list_ptr(args[0])->len; i++) {   /* budget */
        if (cont_eq(r, list_ptr(args[0])->items[i], args[1])) {
            if (i < list_ptr(args[0])->len) list_del_at(r, args[0], i);
            return V_NONE;
        }
    }
    err_value(r, "list.remove(x): x not in list");
}

static Value list_pop_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "pop", r->t_list, NULL, NULL);
    arg_count(r, "pop", nargs - 1, kw, 0, 1);
    int64_t n = list_ptr(args[0])->len;
    int64_t i = nargs > 1 ? list_arg_ssize(r, args[1]) : -1;
    if (n == 0) err_index(r, "pop from empty list");
    n = list_ptr(args[0])->len;
    if (i < 0) i += n;
    if (i < 0 || i >= n) err_index(r, "pop index out of range");
    Value v = list_ptr(args[0])->items[i];
    list_del_at(r, args[0], i);
    return v;
}

static Value list_index_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "index", r->t_list, NULL, NULL);
    arg_count(r, "index", nargs - 1, kw, 1, 3);
    int64_t len = list_ptr(args[0])->len;
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2) {
        start = cont_clamp_index(r, args[2]);
        if (start < 0) { start += len; if (start < 0) start = 0; }
    }
    if (nargs > 3) {
        stop = cont_clamp_index(r, args[3]);
        if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
    }
    for (int64_t i = start; i < stop && i < list_ptr(args[0])->len; i++)   /* budget */
        if (cont_eq(r, list_ptr(args[0])->items[i], args[1])) return int_from_i64(r, i);
    err_format(r, EXC(r, ValueError), "%R is not in list", args[1]);
}

static Value list_count_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "count", r->t_list, NULL, NULL);
    arg_count(r, "list.count", nargs - 1, kw, 1, 1);
    int64_t c = 0;
    for (int64_t i = 0; i < list_ptr(args[0])->len; i++)   /* budget */
        if (cont_eq(r, list_ptr(args[0])->items[i], args[1])) c++;
    return int_from_i64(r, c);
}

static Value list_reverse_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "reverse", r->t_list, NULL, NULL);
    arg_count(r, "list.reverse", nargs - 1, kw, 0, 0);
    List *l = list_ptr(args[0]);
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i]; l->items[i] = l->items[j]; l->items[j] = t;
    }
    return V_NONE;
}

static Value list_copy_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "copy", r->t_list, NULL, NULL);
    arg_count(r, "list.copy", nargs - 1, kw, 0, 0);
    return list_slice_copy(r, args[0], 0, list_ptr(args[0])->len);
}

static Value list_clear_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "clear", r->t_list, NULL, NULL);
    arg_count(r, "list.clear", nargs - 1, kw, 0, 0);
    list_resize(r, args[0], 0);
    return V_NONE;
}

static Value list_sort_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "sort", r->t_list, NULL, NULL);
    static const char *const names[] = {"*", "key", "reverse", NULL};
    Value out[2] = {V_NULL, V_NULL};
    if (nargs > 1) err_type(r, "sort() takes no positional arguments");
    arg_parse(r, "sort", args + 1, nargs - 1, kw, 0, 0, names, out);
    bool rev = false;
    if (out[1] != V_NULL) rev = op_truth(r, out[1]);
    list_sort(r, args[0], out[0] == V_NULL ? V_NONE : out[0], rev);
    return V_NONE;
}

static Value list_getitem_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__getitem__", r->t_list, NULL, NULL);
    arg_count(r, "list.__getitem__", nargs - 1, kw, 1, 1);
    return list_getitem(r, args[0], args[1]);
}

static Value list_setitem_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__setitem__", r->t_list, NULL, NULL);
    arg_count(r, "__setitem__", nargs - 1, kw, 2, 2);
    list_setitem(r, args[0], args[1], args[2]);
    return V_NONE;
}

static Value list_delitem_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__delitem__", r->t_list, NULL, NULL);
    arg_count(r, "list.__delitem__", nargs - 1, kw, 1, 1);
    list_setitem(r, args[0], args[1], V_NULL);
    return V_NONE;
}

static Value list_contains_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__contains__", r->t_list, NULL, NULL);
    arg_count(r, "list.__contains__", nargs - 1, kw, 1, 1);
    return v_bool(list_contains(r, args[0], args[1]));
}

static Value list_len_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__len__", r->t_list, NULL, NULL);
    arg_count(r, "list.__len__", nargs - 1, kw, 0, 0);
    return int_from_i64(r, list_ptr(args[0])->len);
}

/* ---- list_iterator and list_reverseiterator ---- */

typedef struct ListIter { Obj hdr; Value seq; int64_t idx; } ListIter;

static void listiter_trace(Realm *r, Obj *o) { heap_mark(r, ((ListIter *)o)->seq); }

static Value list_iter(Realm *r, Value a)
{
    ListIter *it = (ListIter *)heap_alloc(r, r->t_list_iterator, sizeof(ListIter));
    it->seq = a;
    return v_from_obj(it);
}

static Value listiter_next(Realm *r, Value v)
{
    ListIter *it = (ListIter *)v_obj(v);
    if (it->seq == V_NULL) return V_NULL;
    List *l = list_ptr(it->seq);
    if (it->idx >= 0 && it->idx < l->len) return l->items[it->idx++];
    it->seq = V_NULL;
    return V_NULL;
}

static Value listreviter_next(Realm *r, Value v)
{
    ListIter *it = (ListIter *)v_obj(v);
    if (it->seq == V_NULL) return V_NULL;
    List *l = list_ptr(it->seq);
    if (it->idx >= 0 && it->idx < l->len) return l->items[it->idx--];
    it->seq = V_NULL;
    it->idx = -1;
    return V_NULL;
}

static Value list_reversed_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__reversed__", r->t_list, NULL, NULL);
    arg_count(r, "list.__reversed__", nargs - 1, kw, 0, 0);
    ListIter *it = (ListIter *)heap_alloc(r, r->t_list_reverseiterator, sizeof(ListIter));
    it->seq = args[0];
    it->idx = list_ptr(args[0])->len - 1;
    return v_from_obj(it);
}

static Value listiter_self(Realm *r, Value v) { return v; }

static Value listiter_length_hint(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__length_hint__", r->t_list_iterator, r->t_list_reverseiterator, NULL);
    arg_count(r, "list.__length_hint__", nargs - 1, kw, 0, 0);
    ListIter *it = (ListIter *)v_obj(args[0]);
    if (it->seq == V_NULL) return v_small(0);
    int64_t n = list_ptr(it->seq)->len;
    if (v_obj(args[0])->type == r->t_list_iterator) n -= it->idx;
    else n = it->idx < n ? it->idx + 1 : 0;
    return int_from_i64(r, n < 0 ? 0 : n);
}

CONT_UNARY_M(list_repr_m, "__repr__", list_repr, r->t_list, NULL, NULL)
CONT_UNARY_M(list_iter_m, "__iter__", list_iter, r->t_list, NULL, NULL)
CONT_CMP_MS(list, list_richcmp, r->t_list, NULL, NULL)
CONT_BIN_M(list_add_m, "__add__", list_add(r, a, b), r->t_list, NULL, NULL)
CONT_BIN_M(list_mul_m, "__mul__", list_mul(r, a, b), r->t_list, NULL, NULL)
CONT_BIN_M(list_rmul_m, "__rmul__", list_mul(r, a, b), r->t_list, NULL, NULL)
CONT_BIN_M(list_iadd_m, "__iadd__", list_iadd(r, a, b), r->t_list, NULL, NULL)
CONT_BIN_M(list_imul_m, "__imul__", list_imul(r, a, b), r->t_list, NULL, NULL)

CONT_NEW_METHOD(list_new_m, t_list, list_new_slot)

static const MethodDef list_methods[] = {
    {"__repr__", list_repr_m, 0},
    {"__iter__", list_iter_m, 0},
    CONT_CMP_DEFS(list)
    {"__add__", list_add_m, 0},
    {"__mul__", list_mul_m, 0},
    {"__rmul__", list_rmul_m, 0},
    {"__iadd__", list_iadd_m, 0},
    {"__imul__", list_imul_m, 0},
    {"__new__", list_new_m, NF_STATICMETHOD},
    {"__init__", list_init_m, 0},
    {"append", list_append_m, 0},
    {"extend", list_extend_m, 0},
    {"insert", list_insert_m, 0},
    {"remove", list_remove_m, 0},
    {"pop", list_pop_m, 0},
    {"index", list_index_m, 0},
    {"count", list_count_m, 0},
    {"sort", list_sort_m, 0},
    {"reverse", list_reverse_m, 0},
    {"copy", list_copy_m, 0},
    {"clear", list_clear_m, 0},
    {"__getitem__", list_getitem_m, 0},
    {"__setitem__", list_setitem_m, 0},
    {"__delitem__", list_delitem_m, 0},
    {"__contains__", list_contains_m, 0},
    {"__len__", list_len_m, 0},
    {"__reversed__", list_reversed_m, 0},
    {NULL, NULL, 0}
};

static Value listiter_next_any(Realm *r, Value v)
{
    return v_obj(v)->type == r->t_list_iterator ? listiter_next(r, v) : listreviter_next(r, v);
}
CONT_UNARY_M(listiter_iter_m, "__iter__", listiter_self, r->t_list_iterator, r->t_list_reverseiterator, NULL)
CONT_NEXT_M(listiter_next_m, listiter_next_any, r->t_list_iterator, r->t_list_reverseiterator, NULL)

static const MethodDef listiter_methods[] = {
    {"__iter__", listiter_iter_m, 0},
    {"__next__", listiter_next_m, 0},
    {"__length_hint__", listiter_length_hint, 0},
    {NULL, NULL, 0}
};

void list_init_type(Realm *r)
{
    Type *t = r->t_list;
    t->basicsize = sizeof(List);
    t->flags |= TF_BASETYPE | TF_LIST_SUB | TF_IMMUTABLE;
    t->trace = list_trace;
    t->finalize = list_finalize;
    t->new_ = list_new_slot;
    t->init = list_init_m;
    t->repr = list_repr;
    t->hash = NULL;
    t->richcmp = list_richcmp;
    t->iter = list_iter;
    t->len = list_len;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->contains = list_contains;
    t->truth = list_truth;
    t->nb[NB_ADD] = list_add;
    t->nb[NB_MUL] = list_mul;
    t->inb[NB_ADD] = list_iadd;
    t->inb[NB_MUL] = list_imul;
    type_add_methods(r, t, list_methods);

    Type *types[2] = {r->t_list_iterator, r->t_list_reverseiterator};
    for (int i = 0; i < 2; i++) {
        Type *it = types[i];
        it->basicsize = sizeof(ListIter);
        it->flags |= TF_IMMUTABLE;
        it->trace = listiter_trace;
        it->iter = listiter_self;
        it->next = i == 0 ? listiter_next : listreviter_next;
        type_add_methods(r, it, listiter_methods);
    }
    cont_install_class_getitem(r, r->t_list);   /* first: makes the alias type */
    cont_install_class_getitem(r, r->t_tuple);
    cont_install_class_getitem(r, r->t_dict);
}
