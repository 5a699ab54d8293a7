/* Unit tests of the containers (tuple, list, dict, set, range, slice,
 * iterators) through their C API and the abstract operations.  Expected
 * values (hashes, printed orders) come from CPython 3.13.
 * Weak stand-ins cover the parts of the core not merged yet (exceptions,
 * builtins, VM); the real definitions replace them when present. */
#include <stdlib.h>
#include "unit.h"
#include "objects/containers.h"
#include "vm/vm.h"
void realm_finish_type(Realm *r, Type *t);

/* ---- weak stand-ins ---- */
#define W __attribute__((weak))
W void builtins_init(Realm *r) { if (r->builtins == V_NULL) r->builtins = dict_new(r); }
W void exceptions_init(Realm *r)
{
    static const char *const names[] = {
#define X(n, b) #n,
        ASP_EXCEPTIONS(X)
#undef X
    };
    static const char *const bases[] = {
#define X(n, b) #b,
        ASP_EXCEPTIONS(X)
#undef X
    };
    for (int i = 0; i < E__COUNT; i++) {
        Type *base = r->t_object;
        for (int k = 0; k < i; k++) if (strcmp(names[k], bases[i]) == 0) base = r->exc_types[k];
        r->exc_types[i] = type_new_builtin(r, names[i], base, sizeof(Exception), TF_BASETYPE | TF_EXC_SUB);
    }
    for (int i = 0; i < E__COUNT; i++) realm_finish_type(r, r->exc_types[i]);
}
W Value exc_new(Realm *r, Type *t, Value *args, size_t nargs)
{
    Exception *e = (Exception *)heap_alloc(r, t, sizeof(Exception));
    e->args = tuple_from_array(r, args, nargs);
    e->traceback = e->cause = e->context = V_NONE;
    return v_from_obj(e);
}
W Value exc_new_msg(Realm *r, Type *t, Value msg) { return exc_new(r, t, &msg, 1); }
W void exc_add_traceback(Realm *r, Value exc, Value code, uint32_t pc) { (void)r; (void)exc; (void)code; (void)pc; }
W Value exc_format(Realm *r, Value exc) { return op_repr(r, exc); }
W Value vm_call_function(Realm *r, Value f, Value *a, size_t n, Value k) { err_type(r, "no vm"); }
W void vm_free_caches(Realm *r, Code *c) { (void)r; (void)c; }
W void vm_init_builtins(Realm *r) { (void)r; }
W Value vm_run_frame(Realm *r, Frame *f, Value t, bool *y) { err_type(r, "no vm"); }
W int dtoa_format(void) { return 0; }
W int dtoa_parse(void) { return 0; }
W int dtoa_repr(void) { return 0; }

/* ---- helpers ---- */
static Realm *R;

static const char *repr_of(Value v)
{
    size_t n;
    return str_utf8(R, op_repr(R, v), &n);
}

static Value I(int64_t i) { return int_from_i64(R, i); }
static Value S(const char *s) { return str_from_cstr(R, s); }

static Value call_m(Value o, const char *name, Value *args, size_t n)
{
    Value none[1] = {V_NONE};   /* never pass NULL: memcpy(NULL, 0) is UB downstream */
    return op_call_method(R, o, str_intern_cstr(R, name), args ? args : none, n);
}

/* Runs f and returns the exception's "Type: message", or "" if none. */
static char err_buf[256];
static const char *raises(void (*f)(Value), Value arg)
{
    ErrJmp j;
    if (ERR_TRY(R, &j)) {
        f(arg);
        err_untry(R, &j);
        return "";
    }
    Exception *e = (Exception *)v_obj(R->exc);
    const char *msg = "";
    if (tuple_ptr(e->args)->len > 0) {
        size_t n;
        msg = str_utf8(R, op_str(R, tuple_ptr(e->args)->items[0]), &n);
    }
    snprintf(err_buf, sizeof err_buf, "%s: %s", e->hdr.type->name, msg);
    return err_buf;
}

/* ---- tests ---- */

static void test_tuple(void)
{
    Value t = tuple_pack(R, 2, I(1), I(2));
    CHECK_EQ_INT(op_hash(R, t), -3550055125485641917LL);
    CHECK_EQ_INT(op_hash(R, tuple_new(R, 0)), 5740354900026072187LL);
    CHECK_EQ_STR(repr_of(tuple_pack(R, 1, I(1))), "(1,)");
    CHECK_EQ_STR(repr_of(t), "(1, 2)");
    CHECK(op_cmp_bool(R, t, tuple_pack(R, 2, I(1), I(3)), CMP_LT));
    CHECK(op_cmp_bool(R, tuple_pack(R, 1, I(1)), t, CMP_LT));
    CHECK(op_eq(R, t, tuple_pack(R, 2, I(1), I(2))));
    Value sl = op_getitem(R, tuple_pack(R, 4, I(0), I(1), I(2), I(3)), slice_new(R, V_NONE, V_NONE, I(-2)));
    CHECK_EQ_STR(repr_of(sl), "(3, 1)");
    CHECK_EQ_STR(repr_of(op_binary(R, NB_MUL, t, I(2))), "(1, 2, 1, 2)");
    CHECK_EQ_STR(repr_of(op_binary(R, NB_ADD, t, t)), "(1, 2, 1, 2)");
}

static void test_list(void)
{
    Value l = list_new(R, 0);
    for (int i = 0; i < 1000; i++) list_append(R, l, I(i));
    CHECK_EQ_INT(list_ptr(l)->len, 1000);
    CHECK(list_ptr(l)->cap >= 1000);
    Value s = op_getitem(R, l, slice_new(R, I(10), I(20), I(3)));
    CHECK_EQ_STR(repr_of(s), "[10, 13, 16, 19]");
    /* del l[::2] */
    op_delitem(R, l, slice_new(R, V_NONE, V_NONE, I(2)));
    CHECK_EQ_INT(list_ptr(l)->len, 500);
    CHECK_EQ_INT(v_as_small(list_ptr(l)->items[0]), 1);
    CHECK_EQ_INT(v_as_small(list_ptr(l)->items[499]), 999);
    /* slice assignment */
    Value m = list_from_array(R, (Value[]){I(0), I(1), I(2), I(3), I(4)}, 5);
    op_setitem(R, m, slice_new(R, I(1), I(3), V_NONE), list_from_array(R, (Value[]){S("a"), S("b"), S("c")}, 3));
    CHECK_EQ_STR(repr_of(m), "[0, 'a', 'b', 'c', 3, 4]");
    op_setitem(R, m, slice_new(R, V_NONE, V_NONE, I(-2)), list_from_array(R, (Value[]){I(7), I(8), I(9)}, 3));
    CHECK_EQ_STR(repr_of(m), "[0, 9, 'b', 8, 3, 7]");
    op_setitem(R, m, slice_new(R, I(1), I(1), V_NONE), m);
    CHECK_EQ_STR(repr_of(m), "[0, 0, 9, 'b', 8, 3, 7, 9, 'b', 8, 3, 7]");
    /* recursion guard */
    Value rec = list_new(R, 0);
    list_append(R, rec, I(1));
    list_append(R, rec, rec);
    CHECK_EQ_STR(repr_of(rec), "[1, [...]]");
    /* methods */
    Value x = list_from_array(R, (Value[]){I(3), I(1), I(2)}, 3);
    call_m(x, "insert", (Value[]){I(-1), I(9)}, 2);
    CHECK_EQ_STR(repr_of(x), "[3, 1, 9, 2]");
    CHECK_EQ_INT(v_as_small(call_m(x, "pop", (Value[]){I(0)}, 1)), 3);
    CHECK_EQ_INT(v_as_small(call_m(x, "index", (Value[]){I(2)}, 1)), 2);
    call_m(x, "remove", (Value[]){I(9)}, 1);
    CHECK_EQ_STR(repr_of(x), "[1, 2]");
    op_inplace(R, NB_MUL, x, I(2));
    CHECK_EQ_STR(repr_of(x), "[1, 2, 1, 2]");
}

static void sort_mut_key_cb(Value l) { list_sort(R, l, V_NONE, false); }

static Value key_first(Realm *r, Value *args, size_t nargs, Value kw)
{
    return tuple_ptr(args[0])->items[0];
}

static Value key_mutate_target;
static Value key_mutating(Realm *r, Value *args, size_t nargs, Value kw)
{
    list_append(r, key_mutate_target, I(0));
    return args[0];
}

static void sort_mutating(Value l)
{
    key_mutate_target = l;
    list_sort(R, l, native_new(R, "k", key_mutating, V_NULL), false);
}

static void test_sort(void)
{
    /* stability on 10000 items with a key: keys 0..9 repeated */
    Value l = list_new(R, 0);
    uint32_t seed = 12345;
    for (int i = 0; i < 10000; i++) {
        seed = seed * 1103515245u + 12345u;
        list_append(R, l, tuple_pack(R, 2, I((seed >> 16) % 10), I(i)));
    }
    Value key = native_new(R, "key", key_first, V_NULL);
    list_sort(R, l, key, false);
    bool ok = true;
    for (int i = 1; i < 10000; i++) {
        Tuple *a = tuple_ptr(list_ptr(l)->items[i - 1]), *b = tuple_ptr(list_ptr(l)->items[i]);
        int64_t ka = v_as_small(a->items[0]), kb = v_as_small(b->items[0]);
        if (ka > kb || (ka == kb && v_as_small(a->items[1]) > v_as_small(b->items[1]))) ok = false;
    }
    CHECK(ok);
    /* reverse keeps equal items in original order */
    list_sort(R, l, key, true);
    ok = true;
    for (int i = 1; i < 10000; i++) {
        Tuple *a = tuple_ptr(list_ptr(l)->items[i - 1]), *b = tuple_ptr(list_ptr(l)->items[i]);
        int64_t ka = v_as_small(a->items[0]), kb = v_as_small(b->items[0]);
        if (ka < kb || (ka == kb && v_as_small(a->items[1]) > v_as_small(b->items[1]))) ok = false;
    }
    CHECK(ok);
    /* plain ints, strings, tuples */
    Value n = list_new(R, 0);
    for (int i = 0; i < 5000; i++) list_append(R, n, I((i * 7919) % 5000));
    list_sort(R, n, V_NONE, false);
    ok = true;
    for (int i = 0; i < 5000; i++) if (v_as_small(list_ptr(n)->items[i]) != i) ok = false;
    CHECK(ok);
    Value s = list_from_array(R, (Value[]){S("pear"), S("apple"), S("fig")}, 3);
    list_sort(R, s, V_NONE, false);
    CHECK_EQ_STR(repr_of(s), "['apple', 'fig', 'pear']");
    Value mixed = list_from_array(R, (Value[]){I(1), S("a")}, 2);
    CHECK_EQ_STR(raises(sort_mut_key_cb, mixed), "TypeError: '<' not supported between instances of 'str' and 'int'");
    Value mm = list_from_array(R, (Value[]){I(2), I(1)}, 2);
    CHECK_EQ_STR(raises(sort_mutating, mm), "ValueError: list modified during sort");
    CHECK_EQ_STR(repr_of(mm), "[1, 2]");
}

static void test_dict(void)
{
    Value d = dict_new(R);
    for (int i = 0; i < 20000; i++) dict_set(R, d, I(i * 7), I(i));
    CHECK_EQ_INT(dict_len(d), 20000);
    bool ok = true;
    for (int i = 0; i < 20000; i++) {
        Value v = dict_get(R, d, I(i * 7));
        if (v == V_NULL || v_as_small(v) != i) ok = false;
        if (dict_get(R, d, I(i * 7 + 1)) != V_NULL) ok = false;
    }
    CHECK(ok);
    ok = true;
    for (int i = 0; i < 20000; i += 2) if (!dict_del(R, d, I(i * 7))) ok = false;
    CHECK(ok);
    CHECK_EQ_INT(dict_len(d), 10000);
    CHECK(!dict_del(R, d, I(0)));
    /* order kept across deletions and resizes */
    for (int i = 0; i < 5000; i++) dict_set(R, d, I(-i - 1), I(i));
    int64_t pos = 0;
    Value k, v;
    int64_t idx = 0;
    ok = true;
    while (dict_next(d, &pos, &k, &v)) {
        if (idx < 10000) { if (v_as_small(k) != (2 * idx + 1) * 7) ok = false; }
        else if (v_as_small(k) != -(idx - 10000) - 1) ok = false;
        idx++;
    }
    CHECK(ok);
    CHECK_EQ_INT(idx, 15000);
    /* str keys */
    Value ds = dict_new(R);
    dict_set_cstr(R, ds, "alpha", I(1));
    dict_set(R, ds, S("beta"), I(2));
    CHECK_EQ_INT(v_as_small(dict_get_str(R, ds, S("alpha"))), 1);
    CHECK_EQ_INT(v_as_small(dict_get_cstr(R, ds, "beta")), 2);
    CHECK(dict_get_str(R, ds, S("gamma")) == V_NULL);
    CHECK_EQ_STR(repr_of(ds), "{'alpha': 1, 'beta': 2}");
    /* overwrite keeps position; popitem is LIFO */
    dict_set(R, ds, S("alpha"), I(3));
    dict_set(R, ds, S("c"), I(4));
    CHECK_EQ_STR(repr_of(ds), "{'alpha': 3, 'beta': 2, 'c': 4}");
    CHECK_EQ_STR(repr_of(call_m(ds, "popitem", NULL, 0)), "('c', 4)");
    dict_set(R, ds, S("d"), I(5));
    CHECK_EQ_STR(repr_of(ds), "{'alpha': 3, 'beta': 2, 'd': 5}");
    /* int/float equal keys */
    Value df = dict_new(R);
    dict_set(R, df, I(1), S("int"));
    dict_set(R, df, v_from_double(1.0), S("float"));
    CHECK_EQ_STR(repr_of(df), "{1: 'float'}");
    /* views */
    Value keys = call_m(ds, "keys", NULL, 0);
    CHECK_EQ_STR(repr_of(keys), "dict_keys(['alpha', 'beta', 'd'])");
    CHECK_EQ_STR(repr_of(call_m(ds, "items", NULL, 0)), "dict_items([('alpha', 3), ('beta', 2), ('d', 5)])");
    Value inter = op_binary(R, NB_AND, keys, list_from_array(R, (Value[]){S("d"), S("x")}, 2));
    CHECK_EQ_STR(repr_of(inter), "{'d'}");
    /* version bumps */
    uint64_t ver = ((Dict *)v_obj(ds))->version;
    dict_set(R, ds, S("d"), I(6));
    CHECK(((Dict *)v_obj(ds))->version != ver);
    /* popitem until empty then reuse (index dummies must not fill the table) */
    Value dp = dict_new(R);
    for (int i = 0; i < 1000; i++) {
        dict_set(R, dp, I(i), I(i));
        call_m(dp, "popitem", NULL, 0);
    }
    CHECK_EQ_INT(dict_len(dp), 0);
    CHECK(dict_get(R, dp, I(5)) == V_NULL);
    /* recursion guard */
    Value dr = dict_new(R);
    dict_set(R, dr, I(1), dr);
    CHECK_EQ_STR(repr_of(dr), "{1: {...}}");
    /* equality */
    Value d1 = dict_new(R), d2 = dict_new(R);
    dict_set(R, d1, I(1), I(2)); dict_set(R, d1, I(3), I(4));
    dict_set(R, d2, I(3), I(4)); dict_set(R, d2, I(1), I(2));
    CHECK(op_eq(R, d1, d2));
    CHECK_EQ_STR(repr_of(op_binary(R, NB_OR, d1, d2)), "{1: 2, 3: 4}");
}

static void dict_iter_mutate(Value d)
{
    Value it = op_iter(R, d);
    op_next(R, it);
    dict_set(R, d, I(99), I(99));
    op_next(R, it);
}

static void test_dict_iter(void)
{
    Value d = dict_new(R);
    dict_set(R, d, I(1), I(1));
    dict_set(R, d, I(2), I(2));
    CHECK_EQ_STR(raises(dict_iter_mutate, d), "RuntimeError: dictionary changed size during iteration");
    Value rv = call_m(d, "__reversed__", NULL, 0);
    CHECK_EQ_STR(repr_of(list_from_iterable(R, rv)), "[99, 2, 1]");
}

static Value set_of_ints(const int64_t *v, size_t n)
{
    Value s = set_new(R, R->t_set);
    for (size_t i = 0; i < n; i++) set_add(R, s, I(v[i]));
    return s;
}

static void test_set(void)
{
    CHECK_EQ_STR(repr_of(set_of_ints((int64_t[]){3, 1, 2}, 3)), "{1, 2, 3}");
    CHECK_EQ_STR(repr_of(set_of_ints((int64_t[]){100, 3, 1000000, 7}, 4)), "{1000000, 3, 100, 7}");
    Value s = set_new(R, R->t_set);
    for (int i = 20; i > 0; i--) set_add(R, s, I(i));
    CHECK_EQ_STR(repr_of(s), "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}");
    Value z = set_of_ints((int64_t[]){0, 8}, 2);
    set_discard(R, z, I(0));
    set_add(R, z, I(16));
    CHECK_EQ_STR(repr_of(z), "{16, 8}");
    Value p = set_new(R, R->t_set);
    set_update(R, p, range_new(R, I(0), I(10), I(1)));
    CHECK_EQ_INT(v_as_small(call_m(p, "pop", NULL, 0)), 0);
    CHECK_EQ_INT(v_as_small(call_m(p, "pop", NULL, 0)), 1);
    CHECK_EQ_STR(repr_of(p), "{2, 3, 4, 5, 6, 7, 8, 9}");
    Value f = set_new(R, R->t_frozenset);
    set_update(R, f, set_of_ints((int64_t[]){1, 2, 3}, 3));
    CHECK_EQ_INT(op_hash(R, f), -272375401224217160LL);
    CHECK_EQ_INT(op_hash(R, set_new(R, R->t_frozenset)), 133146708735736LL);
    CHECK_EQ_STR(repr_of(f), "frozenset({1, 2, 3})");
    CHECK_EQ_STR(repr_of(set_new(R, R->t_set)), "set()");
    Value a = set_of_ints((int64_t[]){1, 2, 3, 4}, 4), b = set_of_ints((int64_t[]){3, 4, 5}, 3);
    CHECK_EQ_STR(repr_of(op_binary(R, NB_OR, a, b)), "{1, 2, 3, 4, 5}");
    CHECK_EQ_STR(repr_of(op_binary(R, NB_AND, a, b)), "{3, 4}");
    CHECK_EQ_STR(repr_of(op_binary(R, NB_SUB, a, b)), "{1, 2}");
    CHECK_EQ_STR(repr_of(op_binary(R, NB_XOR, a, b)), "{1, 2, 5}");
    CHECK(op_cmp_bool(R, set_of_ints((int64_t[]){3}, 1), b, CMP_LT));
    CHECK(!op_cmp_bool(R, b, b, CMP_LT));
    CHECK(op_eq(R, f, set_of_ints((int64_t[]){3, 2, 1}, 3)));
    /* many deletions and re-adds keep membership right */
    Value big = set_new(R, R->t_set);
    for (int i = 0; i < 10000; i++) set_add(R, big, I(i));
    for (int i = 0; i < 10000; i += 3) set_discard(R, big, I(i));
    bool ok = true;
    for (int i = 0; i < 10000; i++) if (set_contains(R, big, I(i)) != (i % 3 != 0)) ok = false;
    CHECK(ok);
    CHECK_EQ_INT(op_len(R, big), 6666);
}

static void test_range_slice(void)
{
    Value rg = range_new(R, I(0), I(10), I(3));
    CHECK_EQ_INT(op_len(R, rg), 4);
    CHECK_EQ_STR(repr_of(rg), "range(0, 10, 3)");
    CHECK_EQ_STR(repr_of(list_from_iterable(R, rg)), "[0, 3, 6, 9]");
    CHECK_EQ_STR(repr_of(op_getitem(R, rg, slice_new(R, V_NONE, V_NONE, I(-1)))), "range(9, -3, -3)");
    CHECK(op_contains(R, rg, I(6)));
    CHECK(!op_contains(R, rg, I(7)));
    CHECK_EQ_INT(op_len(R, range_new(R, I(10), I(0), I(-3))), 4);
    CHECK_EQ_INT(op_hash(R, range_new(R, I(0), I(10), I(1))), op_hash(R, tuple_pack(R, 3, I(10), I(0), I(1))));
    Value rev = call_m(range_new(R, I(0), I(5), I(1)), "__reversed__", NULL, 0);
    CHECK_EQ_STR(repr_of(list_from_iterable(R, rev)), "[4, 3, 2, 1, 0]");
    int64_t start, stop, step;
    CHECK_EQ_INT(slice_indices(R, slice_new(R, I(-100), I(100), V_NONE), 10, &start, &stop, &step), 10);
    CHECK_EQ_INT(slice_indices(R, slice_new(R, V_NONE, V_NONE, I(-1)), 10, &start, &stop, &step), 10);
    CHECK_EQ_INT(start, 9);
    CHECK_EQ_INT(stop, -1);
    CHECK_EQ_STR(repr_of(slice_new(R, I(1), V_NONE, V_NONE)), "slice(1, None, None)");
}

/* Error messages as CPython 3.13 words them. */
static Value em_obj, em_args[3];
static const char *em_name;
static size_t em_n;
static void em_call(Value unused)
{
    if (em_name) call_m(em_obj, em_name, em_args, em_n);
    else op_call(R, em_obj, em_args, em_n, V_NULL);
}
static const char *err_m(Value o, const char *name, size_t n, Value a0, Value a1)
{
    em_obj = o; em_name = name; em_n = n; em_args[0] = a0; em_args[1] = a1;
    return raises(em_call, V_NONE);
}
static const char *err_call(Value f, size_t n, Value a0, Value a1, Value a2)
{
    em_obj = f; em_name = NULL; em_n = n; em_args[0] = a0; em_args[1] = a1; em_args[2] = a2;
    return raises(em_call, V_NONE);
}
static Value tdict_value(void) { return v_from_obj(R->t_dict); }
static Value drain(Value it) { return list_from_iterable(R, it); }
static void drain_void(Value it) { list_from_iterable(R, it); }

static void test_errors(void)
{
    Value l3 = list_from_array(R, (Value[]){I(1), I(2), I(3)}, 3);
    CHECK_EQ_STR(err_m(l3, "__getitem__", 1, I(5), V_NONE), "IndexError: list index out of range");
    CHECK_EQ_STR(err_m(l3, "__getitem__", 1, S("a"), V_NONE), "TypeError: list indices must be integers or slices, not str");
    CHECK_EQ_STR(err_m(list_new(R, 0), "pop", 0, V_NONE, V_NONE), "IndexError: pop from empty list");
    CHECK_EQ_STR(err_m(l3, "index", 1, I(7), V_NONE), "ValueError: 7 is not in list");
    CHECK_EQ_STR(err_m(l3, "remove", 1, I(7), V_NONE), "ValueError: list.remove(x): x not in list");
    CHECK_EQ_STR(err_m(tuple_pack(R, 1, I(1)), "index", 1, I(2), V_NONE), "ValueError: tuple.index(x): x not in tuple");
    CHECK_EQ_STR(err_m(dict_new(R), "popitem", 0, V_NONE, V_NONE), "KeyError: popitem(): dictionary is empty");
    CHECK_EQ_STR(err_m(set_new(R, R->t_set), "pop", 0, V_NONE, V_NONE), "KeyError: pop from an empty set");
    CHECK_EQ_STR(err_m(l3, "__setitem__", 2, slice_new(R, V_NONE, V_NONE, I(2)), list_from_array(R, (Value[]){I(1)}, 1)),
                 "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
    Value trange = v_from_obj(R->t_range), tdict = v_from_obj(R->t_dict), tzip = v_from_obj(R->t_zip);
    CHECK_EQ_STR(err_call(trange, 3, I(1), I(2), I(0)), "ValueError: range() arg 3 must not be zero");
    Value bad3 = list_from_array(R, (Value[]){tuple_pack(R, 3, I(1), I(2), I(3))}, 1);
    CHECK_EQ_STR(err_call(tdict, 1, bad3, V_NONE, V_NONE),
                 "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CHECK_EQ_STR(err_call(tdict, 1, list_from_array(R, (Value[]){I(1)}, 1), V_NONE, V_NONE),
                 "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    CHECK_EQ_STR(err_m(l3, "__getitem__", 1, S("a"), V_NONE), "TypeError: list indices must be integers or slices, not str");
    CHECK_EQ_STR(err_call(v_from_obj(R->t_reversed), 1, I(5), V_NONE, V_NONE), "TypeError: 'int' object is not reversible");
    CHECK_EQ_STR(err_m(range_new(R, I(0), I(3), I(1)), "__getitem__", 1, I(5), V_NONE), "IndexError: range object index out of range");
    CHECK_EQ_STR(err_m(range_new(R, I(0), I(3), I(1)), "index", 1, I(7), V_NONE), "ValueError: 7 is not in range");
    CHECK_EQ_STR(err_m(slice_new(R, I(1), I(2), I(0)), "indices", 1, I(5), V_NONE), "ValueError: slice step cannot be zero");
    CHECK_EQ_STR(err_call(v_from_obj(R->t_map), 1, I(5), V_NONE, V_NONE), "TypeError: map() must have at least two arguments.");
    CHECK_EQ_STR(err_call(v_from_obj(R->t_filter), 1, V_NONE, V_NONE, V_NONE), "TypeError: filter expected 2 arguments, got 1");
    /* zip(strict=True) */
    Value a1 = list_from_array(R, (Value[]){I(1)}, 1), a2 = list_from_array(R, (Value[]){I(1), I(2)}, 2);
    Value kw = tuple_pack(R, 1, S("strict"));
    Value zargs[3] = {a1, a2, V_TRUE};
    Value z = op_call(R, tzip, zargs, 2, kw);
    em_obj = z;
    CHECK_EQ_STR(raises(drain_void, z), "ValueError: zip() argument 2 is longer than argument 1");
    Value zargs3[4] = {a2, a2, a1, V_TRUE};
    z = op_call(R, tzip, zargs3, 3, kw);
    CHECK_EQ_STR(raises(drain_void, z), "ValueError: zip() argument 3 is shorter than arguments 1-2");
}

static void test_misc(void)
{
    Value d = dict_new(R);
    dict_set(R, d, I(3), S("a"));
    dict_set(R, d, I(1), S("b"));
    CHECK_EQ_STR(repr_of(drain(call_m(d, "__reversed__", NULL, 0))), "[1, 3]");
    Value items = call_m(d, "items", NULL, 0), values = call_m(d, "values", NULL, 0);
    CHECK_EQ_STR(repr_of(drain(call_m(items, "__reversed__", NULL, 0))), "[(1, 'b'), (3, 'a')]");
    CHECK_EQ_STR(repr_of(drain(call_m(values, "__reversed__", NULL, 0))), "['b', 'a']");
    Value one = dict_new(R);
    dict_set(R, one, I(1), I(2));
    CHECK_EQ_STR(repr_of(op_binary(R, NB_OR, call_m(one, "keys", NULL, 0), set_of_ints((int64_t[]){3}, 1))), "{1, 3}");
    Value it12 = set_new(R, R->t_set);
    set_add(R, it12, tuple_pack(R, 2, I(1), I(2)));
    CHECK_EQ_STR(repr_of(op_binary(R, NB_SUB, call_m(one, "items", NULL, 0), it12)), "set()");
    CHECK_EQ_STR(repr_of(op_binary(R, NB_AND, list_from_array(R, (Value[]){I(3), I(1)}, 2), call_m(one, "keys", NULL, 0))), "{1}");
    Value f100 = set_new(R, R->t_frozenset);
    set_update(R, f100, range_new(R, I(0), I(100), I(1)));
    CHECK_EQ_INT(op_hash(R, f100), 4411996150312757951LL);
    CHECK_EQ_STR(repr_of(op_getitem(R, range_new(R, I(0), I(10), I(1)), slice_new(R, V_NONE, V_NONE, I(-2)))), "range(9, -1, -2)");
    CHECK_EQ_STR(repr_of(op_getitem(R, range_new(R, I(0), I(10), I(3)), slice_new(R, I(1), V_NONE, V_NONE))), "range(3, 12, 3)");
    CHECK_EQ_INT(op_len(R, range_new(R, I(-5), I(5), I(2))), 5);
    CHECK(op_eq(R, range_new(R, I(0), I(10), I(3)), range_new(R, I(0), I(11), I(3))));
    Value en = op_call(R, v_from_obj(R->t_enumerate), (Value[]){S("ab"), I(5)}, 1, tuple_pack(R, 1, S("start")));
    CHECK_EQ_STR(repr_of(drain(en)), "[(5, 'a'), (6, 'b')]");
    Value fl = op_call(R, v_from_obj(R->t_filter), (Value[]){V_NONE, list_from_array(R, (Value[]){I(0), I(1), S(""), S("a")}, 4)}, 2, V_NULL);
    CHECK_EQ_STR(repr_of(drain(fl)), "[1, 'a']");
    Value big = int_mul(R, I(1 << 30), int_mul(R, I(1 << 30), I(1 << 10)));   /* 2**70 */
    Value br = range_new(R, I(0), big, I(1));
    CHECK_EQ_STR(repr_of(op_getitem(R, br, int_floordiv(R, big, I(2)))), "590295810358705651712");
    CHECK(op_contains(R, br, int_sub(R, big, I(1))));
    CHECK(!op_contains(R, br, big));
    Value step68 = int_floordiv(R, big, I(4));
    CHECK_EQ_STR(repr_of(op_getitem(R, br, slice_new(R, V_NONE, V_NONE, step68))),
                 "range(0, 1180591620717411303424, 295147905179352825856)");
    CHECK_EQ_STR(repr_of(op_getitem(R, br, slice_new(R, I(-3), V_NONE, I(-1)))),
                 "range(1180591620717411303421, -1, -1)");
    CHECK_EQ_STR(repr_of(call_m(slice_new(R, V_NONE, V_NONE, I(-1)), "indices", (Value[]){I(5)}, 1)), "(4, -1, -1)");
    /* dict.fromkeys, setdefault, pop, get */
    Value fk = call_m(tdict_value(), "fromkeys", (Value[]){S("ab"), I(0)}, 2);
    CHECK_EQ_STR(repr_of(fk), "{'a': 0, 'b': 0}");
    CHECK_EQ_STR(repr_of(call_m(fk, "setdefault", (Value[]){S("c"), I(7)}, 2)), "7");
    CHECK_EQ_STR(repr_of(call_m(fk, "pop", (Value[]){S("a")}, 1)), "0");
    CHECK_EQ_STR(repr_of(call_m(fk, "get", (Value[]){S("zz")}, 1)), "None");
    CHECK_EQ_STR(repr_of(fk), "{'b': 0, 'c': 7}");
    Value tn = call_m(v_from_obj(R->t_tuple), "__new__",
                      (Value[]){v_from_obj(R->t_tuple), list_from_array(R, (Value[]){I(1), I(2)}, 2)}, 2);
    CHECK_EQ_STR(repr_of(tn), "(1, 2)");
    CHECK_EQ_STR(err_m(v_from_obj(R->t_tuple), "__new__", 1, v_from_obj(R->t_int), V_NONE),
                 "TypeError: tuple.__new__(int): int is not a subtype of tuple");
    /* dunder wrappers and unbound calls with a wrong self */
    Value lst = list_from_array(R, (Value[]){I(1)}, 1);
    CHECK_EQ_STR(repr_of(call_m(lst, "__repr__", NULL, 0)), "'[1]'");
    CHECK_EQ_STR(repr_of(call_m(lst, "__lt__", (Value[]){list_from_array(R, (Value[]){I(2)}, 1)}, 1)), "True");
    Value lit = call_m(lst, "__iter__", NULL, 0);
    CHECK_EQ_STR(repr_of(call_m(lit, "__next__", NULL, 0)), "1");
    CHECK_EQ_STR(err_m(lit, "__next__", 0, V_NONE, V_NONE), "StopIteration: ");
    Value append = op_getattr(R, v_from_obj(R->t_list), S("append"));
    CHECK_EQ_STR(err_call(append, 2, I(1), I(2), V_NONE),
                 "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
    Value fz = set_new(R, R->t_frozenset);
    Value sadd = op_getattr(R, v_from_obj(R->t_set), S("add"));
    CHECK_EQ_STR(err_call(sadd, 2, fz, I(2), V_NONE),
                 "TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object");
    CHECK_EQ_STR(repr_of(call_m(tuple_pack(R, 2, I(1), I(2)), "__hash__", NULL, 0)), "-3550055125485641917");
    Value upd = dict_new(R);
    call_m(upd, "update", (Value[]){list_from_array(R, (Value[]){tuple_pack(R, 2, I(1), I(2))}, 1), I(9)}, 1);
    CHECK_EQ_STR(repr_of(upd), "{1: 2}");
}

/* A key type whose __eq__ mutates the container being searched. */
static Value evil_target;
static int evil_mode;
static int64_t evil_hash(Realm *r, Value a) { return 1; }
static Value evil_cmp(Realm *r, Value a, Value b, int op)
{
    if (op != CMP_EQ && op != CMP_NE) return r->notimpl;
    if (evil_target != V_NULL) {
        if (evil_mode == 0) dict_clear(r, evil_target);
        else if (evil_mode == 1) for (int i = 0; i < 50; i++) dict_set(r, evil_target, I(1000 + i), I(i));
        else if (evil_mode == 2) set_clear(r, evil_target);
        else if (evil_mode == 3) list_resize(r, evil_target, 0);
    }
    return v_bool((a == b) == (op == CMP_EQ));
}

static void test_mutating_eq(void)
{
    Type *t = type_new_builtin(R, "Evil", R->t_object, sizeof(Obj), 0);
    t->hash = evil_hash;
    t->richcmp = evil_cmp;
    realm_finish_type(R, t);
    Value e1 = v_from_obj(heap_alloc(R, t, sizeof(Obj))), e2 = v_from_obj(heap_alloc(R, t, sizeof(Obj)));
    for (evil_mode = 0; evil_mode < 2; evil_mode++) {
        Value d = dict_new(R);
        evil_target = V_NULL;
        dict_set(R, d, e1, I(1));
        evil_target = d;
        dict_set(R, d, e2, I(2));
        CHECK(dict_get(R, d, e2) != V_NULL);
        CHECK(dict_len(d) >= 1);
        evil_target = V_NULL;
    }
    Value s = set_new(R, R->t_set);
    evil_mode = 2;
    set_add(R, s, e1);
    evil_target = s;
    set_add(R, s, e2);
    evil_target = V_NULL;
    CHECK(set_contains(R, s, e2));
    CHECK_EQ_INT(op_len(R, s), 1);
    evil_mode = 3;
    Value l = list_from_array(R, (Value[]){e1, e1, e1}, 3);
    evil_target = l;
    CHECK(!op_contains(R, l, e2));
    list_append(R, l, e1);
    list_append(R, l, e1);
    CHECK_EQ_STR(err_m(l, "remove", 1, e2, V_NONE), "ValueError: list.remove(x): x not in list");
    list_append(R, l, e1);
    CHECK(strncmp(err_m(l, "index", 1, e2, V_NONE), "ValueError: <Evil object at 0x", 30) == 0);
    evil_target = V_NULL;
}

int main(void)
{
    R = realm_new();
    CHECK(R != NULL);
    if (!R) return unit_report();
    REALM_ENTER(R);   /* the collector scans the C stack from this frame */
    if (getenv("ASP_GCSTRESS")) R->heap.stress = true;
    ErrJmp j;
    if (ERR_TRY(R, &j)) {
        test_tuple();
        test_list();
        test_sort();
        test_dict();
        test_dict_iter();
        test_set();
        test_range_slice();
        test_errors();
        test_misc();
        test_mutating_eq();
        err_untry(R, &j);
    } else {
        printf("FAIL: uncaught exception %s\n", repr_of(R->exc));
        unit_failed++;
    }
    realm_free(R);
    return unit_report();
}
