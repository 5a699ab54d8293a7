/* list_sort: list.sort(key=, reverse=) as a stable merge sort.
 *
 * As CPython, the list is emptied while it is sorted: its buffer moves into
 * a temporary list object, so key functions and __lt__ see an empty list and
 * may mutate it harmlessly; afterwards the sorted buffer goes back and, if
 * the list was touched meanwhile, "ValueError: list modified during sort".
 * On an exception the (partially sorted) items are restored likewise.
 * reverse=True reverses, sorts stably and reverses back, which keeps equal
 * items in their original order as CPython does.
 * Algorithm: below 64 items CPython's own (a natural run, then binary
 * insertion), so even inconsistent orders (NaN) give CPython's result;
 * otherwise binary insertion sort of runs of 32, then bottom-up merges
 * that skip already ordered neighbours (linear on sorted input).  Keys and
 * values move together.  Every array lives in a heap list so the collector
 * sees all items at every comparison (comparisons may run Python code). */
#include "objects/containers.h"
#include "core/limits.h"

enum { CMP_GENERIC, CMP_INT, CMP_STR, CMP_FLOAT };

typedef struct SortState {
    Realm *r;
    Value *k, *v;     /* keys and values (v NULL: the keys are the values) */
    Value *sk, *sv;   /* scratch of the same sizes */
    int kind;
} SortState;

static bool sort_lt(SortState *s, Value a, Value b)
{
    if (--s->r->steps_left == 0) limits_check(s->r);   /* a sort is interruptible */
    switch (s->kind) {
    case CMP_INT: return v_as_small(a) < v_as_small(b);
    case CMP_STR: return str_cmp(a, b) < 0;
    case CMP_FLOAT: return v_as_double(a) < v_as_double(b);
    default: return op_cmp_bool(s->r, a, b, CMP_LT);
    }
}

/* Binary insertion of [ok, hi) into the sorted [lo, ok). */
static void sort_insertion_from(SortState *s, int64_t lo, int64_t ok, int64_t hi)
{
    for (int64_t i = ok > lo ? ok : lo + 1; i < hi; i++) {   /* budget */
        Value x = s->k[i];
        Value xv = s->v ? s->v[i] : V_NULL;
        int64_t a = lo, b = i;
        while (a < b) {
            int64_t mid = a + (b - a) / 2;
            if (sort_lt(s, x, s->k[mid])) b = mid;
            else a = mid + 1;
        }
        memmove(&s->k[a + 1], &s->k[a], (size_t)(i - a) * sizeof(Value));
        s->k[a] = x;
        if (s->v) {
            memmove(&s->v[a + 1], &s->v[a], (size_t)(i - a) * sizeof(Value));
            s->v[a] = xv;
        }
    }
}

static void sort_insertion(SortState *s, int64_t lo, int64_t hi)
{
    sort_insertion_from(s, lo, lo + 1, hi);
}

static void sort_rev_range(SortState *s, int64_t lo, int64_t hi)
{
    for (int64_t i = lo, j = hi - 1; i < j; i++, j--) {
        Value t = s->k[i]; s->k[i] = s->k[j]; s->k[j] = t;
        if (s->v) { t = s->v[i]; s->v[i] = s->v[j]; s->v[j] = t; }
    }
}

/* The natural run at the start of [lo, hi), made ascending, as CPython
 * 3.13's count_run decides it (only "<" is asked; a descending run may hold
 * equal neighbours, whose order is kept by reversing them twice): with
 * inconsistent orders (NaN, sets) the comparisons asked, and so the result,
 * are CPython's. */
static int64_t sort_count_run(SortState *s, int64_t lo, int64_t hi)
{
    int64_t nrem = hi - lo, n, neq = 0;
#define K(i) s->k[lo + (i)]
#define REVERSE_LAST_NEQ if (neq) { ++neq; sort_rev_range(s, lo + n - neq, lo + n); neq = 0; }
    for (n = 1; n < nrem; ++n)   /* budget */
        if (sort_lt(s, K(n), K(n - 1))) break;
    if (n == nrem) return n;
    if (n > 1) {
        if (sort_lt(s, K(0), K(n - 1))) return n;
        sort_rev_range(s, lo, lo + n);   /* all equal so far */
    }
    ++n;
    for (; n < nrem; ++n) {   /* budget */
        if (sort_lt(s, K(n), K(n - 1))) {
            REVERSE_LAST_NEQ
        } else if (sort_lt(s, K(n - 1), K(n))) {
            break;
        } else {
            ++neq;
        }
    }
    REVERSE_LAST_NEQ
    sort_rev_range(s, lo, lo + n);
    for (; n < nrem; ++n)   /* budget */
        if (sort_lt(s, K(n), K(n - 1))) break;
#undef REVERSE_LAST_NEQ
#undef K
    return n;
}

/* Merges the sorted runs [lo, mid) and [mid, hi). */
static void sort_merge(SortState *s, int64_t lo, int64_t mid, int64_t hi)
{
    if (!sort_lt(s, s->k[mid], s->k[mid - 1])) return;   /* already in order */
    int64_t nl = mid - lo;
    memcpy(s->sk, &s->k[lo], (size_t)nl * sizeof(Value));
    if (s->v) memcpy(s->sv, &s->v[lo], (size_t)nl * sizeof(Value));
    int64_t i = 0, j = mid, o = lo;
    while (i < nl && j < hi) {   /* budget */
        /* take from the right only when strictly less: stability */
        if (sort_lt(s, s->k[j], s->sk[i])) {
            s->k[o] = s->k[j];
            if (s->v) s->v[o] = s->v[j];
            j++;
        } else {
            s->k[o] = s->sk[i];
            if (s->v) s->v[o] = s->sv[i];
            i++;
        }
        o++;
    }
    if (i < nl) {
        memcpy(&s->k[o], &s->sk[i], (size_t)(nl - i) * sizeof(Value));
        if (s->v) memcpy(&s->v[o], &s->sv[i], (size_t)(nl - i) * sizeof(Value));
    }
}

static void sort_reverse(Value *a, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = a[i]; a[i] = a[j]; a[j] = t;
    }
}

static int sort_pick_kind(Realm *r, const Value *k, int64_t n)
{
    bool ints = true, strs = true, floats = true;
    for (int64_t i = 0; i < n && (ints || strs || floats); i++) {
        Value x = k[i];
        if (!v_is_int(x)) ints = false;
        if (!v_is_float(x)) floats = false;
        if (!(v_is_obj(x) && v_obj(x)->type == r->t_str)) strs = false;
    }
    if (ints) return CMP_INT;
    if (floats) return CMP_FLOAT;
    if (strs) return CMP_STR;
    return CMP_GENERIC;
}

#define SORT_RUN 32

static void sort_body(Realm *r, Value saved, Value key, bool reverse)
{
    int64_t n = list_ptr(saved)->len;
    Value keys = V_NULL;
    if (key != V_NONE) {
        keys = list_new(r, (size_t)n);
        for (int64_t i = 0; i < n; i++)   /* budget */
            list_ptr(keys)->items[i] = op_call1(r, key, list_ptr(saved)->items[i]);
    }
    if (n < 2) return;
    Value sk = list_new(r, (size_t)n);
    Value sv = keys != V_NULL ? list_new(r, (size_t)n) : V_NULL;
    SortState s;
    s.r = r;
    if (keys != V_NULL) {
        s.k = list_ptr(keys)->items;
        s.v = list_ptr(saved)->items;
        s.sv = list_ptr(sv)->items;
    } else {
        s.k = list_ptr(saved)->items;
        s.v = NULL;
        s.sv = NULL;
    }
    s.sk = list_ptr(sk)->items;
    s.kind = sort_pick_kind(r, s.k, n);
    if (reverse) { sort_reverse(s.k, n); if (s.v) sort_reverse(s.v, n); }
    if (n < 64) {   /* CPython's path for short lists: one natural run, then binary insertion */
        sort_insertion_from(&s, 0, sort_count_run(&s, 0, n), n);
        goto done;
    }
    for (int64_t lo = 0; lo < n; lo += SORT_RUN)
        sort_insertion(&s, lo, lo + SORT_RUN < n ? lo + SORT_RUN : n);
    for (int64_t width = SORT_RUN; width < n; width *= 2) {   /* budget */
        for (int64_t lo = 0; lo + width < n; lo += 2 * width) {
            int64_t mid = lo + width;
            int64_t hi = n - mid > width ? mid + width : n;
            sort_merge(&s, lo, mid, hi);
        }
    }
done:
    if (reverse) { sort_reverse(s.k, n); if (s.v) sort_reverse(s.v, n); }
    /* s holds pointers into these lists' buffers only */
    cont_keep(saved);
    cont_keep(keys);
    cont_keep(sk);
    cont_keep(sv);
}

/* Moves the sorted buffer back into the list; true if the list was
 * modified while detached (whatever it then held is dropped). */
static bool sort_restore(Realm *r, Value list, Value saved)
{
    List *l = list_ptr(list);
    bool modified = l->items != NULL || l->len != 0 || l->cap != 0;
    list_resize(r, list, 0);   /* frees whatever was added meanwhile */
    l = list_ptr(list);
    if (l->items) {   /* a buffer survived a shrink to 0: cannot happen, but be safe */
        heap_raw_free(r, l->items, (size_t)l->cap * sizeof(Value));
    }
    List *sp = list_ptr(saved);
    l->items = sp->items;
    l->cap = sp->cap;
    l->len = sp->len;
    sp->items = NULL;
    sp->len = sp->cap = 0;
    return modified;
}

void list_sort(Realm *r, Value list, Value key, bool reverse)
{
    Value saved = list_new(r, 0);
    List *l = list_ptr(list), *sp = list_ptr(saved);
    sp->items = l->items;
    sp->len = l->len;
    sp->cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        sort_body(r, saved, key, reverse);
        err_untry(r, &j);
    } else {
        sort_restore(r, list, saved);
        err_raise(r, r->exc);
    }
    if (sort_restore(r, list, saved)) err_value(r, "list modified during sort");
}
