/* test_str: unit tests of str, bytes, bytearray and formatting (str.c,
 * str_methods.c, bytes.c, format.c, siphash.c).  The cases and their
 * expected results come from CPython 3.13 through gen_str_cases.py
 * (test_str_cases.h); each result is compared by repr, each error by
 * "ExcType: message".  Hashes are computed with the all-zero SipHash key,
 * the key CPython uses with PYTHONHASHSEED=0, so str and bytes hashes are
 * compared with CPython's too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <math.h>
#include "core/realm.h"
#include "core/siphash.h"
#include "objects/objects.h"
#include "objects/strimpl.h"
#include "vm/ops.h"

static Value S(Realm *r, const char *s, size_t n) { return str_from_utf8(r, s, n); }
static Value B(Realm *r, const char *s, size_t n) { return bytes_new(r, (const uint8_t *)s, n); }
static Value BA(Realm *r, const char *s, size_t n) {
    Value b = B(r, s, n);
    return op_call(r, v_from_obj(r->t_bytearray), &b, 1, V_NULL);
}
static Value L(Realm *r, size_t n, ...) {
    va_list ap;
    va_start(ap, n);
    Value l = list_new(r, 0);
    for (size_t i = 0; i < n; i++) list_append(r, l, va_arg(ap, Value));
    va_end(ap);
    return l;
}
static Value D(Realm *r, size_t n, ...) {
    va_list ap;
    va_start(ap, n);
    Value d = dict_new(r);
    for (size_t i = 0; i < n; i++) {
        Value k = va_arg(ap, Value);
        Value v = va_arg(ap, Value);
        dict_set(r, d, k, v);
    }
    va_end(ap);
    return d;
}

/* CPython's message for Unicode{En,De}codeError (what exceptions.c must print). */
static Value uni_err_message(Realm *r, Value exc, bool decode) {
    Tuple *a = tuple_ptr(((Exception *)v_obj(exc))->args);
    int64_t start = int_as_i64(r, a->items[2]), end = int_as_i64(r, a->items[3]);
    if (decode) {
        const Bytes *b = (const Bytes *)v_obj(a->items[1]);
        if (end == start + 1)
            return str_format(r, "'%U' codec can't decode byte 0x%s%x in position %lld: %U", a->items[0],
                              b->data[start] < 16 ? "0" : "", (unsigned)b->data[start], (long long)start, a->items[4]);
        return str_format(r, "'%U' codec can't decode bytes in position %lld-%lld: %U", a->items[0],
                          (long long)start, (long long)end - 1, a->items[4]);
    }
    if (end == start + 1) {
        uint32_t c = str_char((Str *)v_obj(a->items[1]), start);
        char esc[16];
        snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
        return str_format(r, "'%U' codec can't encode character '%s' in position %lld: %U", a->items[0], esc,
                          (long long)start, a->items[4]);
    }
    return str_format(r, "'%U' codec can't encode characters in position %lld-%lld: %U", a->items[0],
                      (long long)start, (long long)end - 1, a->items[4]);
}

static Value describe_exc(Realm *r, Value exc) {
    Type *t = v_obj(exc)->type;
    Tuple *a = tuple_ptr(((Exception *)v_obj(exc))->args);
    Value msg;
    if (t == EXC(r, UnicodeDecodeError) && a->len == 5) msg = uni_err_message(r, exc, true);
    else if (t == EXC(r, UnicodeEncodeError) && a->len == 5) msg = uni_err_message(r, exc, false);
    else if (a->len == 0) msg = r->empty_str;
    else if (t == EXC(r, KeyError) && a->len == 1) msg = op_repr(r, a->items[0]);
    else if (a->len == 1) msg = op_str(r, a->items[0]);
    else msg = op_repr(r, v_from_obj(a));
    return str_format(r, "%s: %U", t->name, msg);
}

typedef struct Call {
    int kind;            /* 0 method, 1 op, 2 function */
    const char *name;
    Value self, a, b;
    Value *args;
    size_t nargs;
    Value kwnames;
} Call;

static Value call_method(Realm *r, Call *c) {
    Type *t = op_is_type(r, c->self) ? (Type *)v_obj(c->self) : v_type(r, c->self);
    Value m = type_lookup(r, t, str_intern_cstr(r, c->name));
    if (m == V_NULL) err_format(r, EXC(r, AttributeError), "no method %s", c->name);
    NativeFunc *f = (NativeFunc *)v_obj(m);
    size_t nkw = c->kwnames != V_NULL ? (size_t)tuple_ptr(c->kwnames)->len : 0;
    Value all[32];
    size_t k = 0;
    if (!(f->flags & NF_STATICMETHOD)) all[k++] = c->self;
    for (size_t i = 0; i < c->nargs + nkw; i++) all[k++] = c->args[i];
    return f->fn(r, all, k - nkw, c->kwnames);
}

static Value run_call(Realm *r, Call *c) {
    if (c->kind == 0) return call_method(r, c);
    if (c->kind == 1) {
        const char *n = c->name;
        if (!strcmp(n, "getitem")) return op_getitem(r, c->a, c->b);
        if (!strcmp(n, "add")) return op_binary(r, NB_ADD, c->a, c->b);
        if (!strcmp(n, "mul")) return op_binary(r, NB_MUL, c->a, c->b);
        if (!strcmp(n, "mod")) return op_binary(r, NB_MOD, c->a, c->b);
        if (!strcmp(n, "contains")) return v_bool(op_contains(r, c->b, c->a));
        int op = !strcmp(n, "lt") ? CMP_LT : !strcmp(n, "le") ? CMP_LE : !strcmp(n, "eq") ? CMP_EQ
               : !strcmp(n, "ne") ? CMP_NE : !strcmp(n, "gt") ? CMP_GT : CMP_GE;
        return op_richcmp(r, c->a, c->b, op);
    }
    const char *n = c->name;
    Value *a = c->args;
    if (!strcmp(n, "format")) return obj_format(r, a[0], a[1]);
    if (!strcmp(n, "repr")) return op_repr(r, a[0]);
    if (!strcmp(n, "ascii")) return op_ascii(r, a[0]);
    if (!strcmp(n, "hash")) {
        /* hash a fresh copy (no cached hash) with the all-zero key */
        Value copy;
        if (v_type(r, a[0]) == r->t_str) {
            Str *s = (Str *)v_obj(a[0]);
            copy = s->kind == 1 ? str_new_latin1(r, s->data, (size_t)s->len)
                                : str_new_ucs4(r, (const uint32_t *)s->data, (size_t)s->len);
            if (s->len <= 1 || copy == a[0]) {   /* cached single-char strings */
                copy = str_concat(r, copy, r->empty_str);
            }
        } else copy = bytes_new(r, ((Bytes *)v_obj(a[0]))->data, (size_t)((Bytes *)v_obj(a[0]))->len);
        uint64_t k0 = r->hash_k0, k1 = r->hash_k1;
        r->hash_k0 = r->hash_k1 = 0;
            int64_t h;
        if (v_type(r, copy) == r->t_str) {
            ((Str *)v_obj(copy))->hash = -1;
            h = str_hash(r, copy);
            ((Str *)v_obj(copy))->hash = -1;
        } else {
            ((Bytes *)v_obj(copy))->hash = -1;
            h = op_hash(r, copy);
            ((Bytes *)v_obj(copy))->hash = -1;
        }
        r->hash_k0 = k0; r->hash_k1 = k1;
        return int_from_i64(r, h);
    }
    if (!strcmp(n, "len")) return int_from_i64(r, op_len(r, a[0]));
    if (!strcmp(n, "list")) {
        Value l = list_new(r, 0), it = op_iter(r, a[0]), x;
        while ((x = op_next(r, it)) != V_NULL) list_append(r, l, x);
        return l;
    }
    Type *t = !strcmp(n, "str") ? r->t_str : !strcmp(n, "bytes") ? r->t_bytes : r->t_bytearray;
    return op_call(r, v_from_obj(t), a, c->nargs, c->kwnames);
}

static void check(Realm *r, int id, Call *c, const char *expected, int *fails, int *total) {
    (*total)++;
    Value got;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value res = run_call(r, c);
        got = op_repr(r, res);
        err_untry(r, &j);
    } else {
        Value exc = r->exc;
        got = describe_exc(r, exc);
    }
    size_t n;
    const char *s = str_utf8(r, got, &n);
    if (n != strlen(expected) || memcmp(s, expected, n) != 0) {
        (*fails)++;
        printf("case %d (%s): expected %s\n    got %.*s\n", id, c->name, expected, (int)n, s);
    }
}

static void check_m(Realm *r, int id, Value self, const char *name, Value *args, size_t nargs, Value kwnames,
                    const char *expected, int *fails, int *total) {
    Call c = {0, name, self, V_NULL, V_NULL, args, nargs, kwnames};
    check(r, id, &c, expected, fails, total);
}
static void check_op(Realm *r, int id, const char *op, Value a, Value b, const char *expected, int *fails, int *total) {
    Call c = {1, op, V_NULL, a, b, NULL, 0, V_NULL};
    check(r, id, &c, expected, fails, total);
}
static void check_f(Realm *r, int id, const char *fn, Value *args, size_t nargs, Value kwnames,
                    const char *expected, int *fails, int *total) {
    Call c = {2, fn, V_NULL, V_NULL, V_NULL, args, nargs, kwnames};
    check(r, id, &c, expected, fails, total);
}

/* One step of a bytearray mutation sequence: "result-repr object-repr". */
static Value seq_step(Realm *r, Value ba, const char *name, Value *args, size_t nargs) {
    if (!strcmp(name, "setitem")) { op_setitem(r, ba, args[0], args[1]); return V_NONE; }
    if (!strcmp(name, "delitem")) { op_delitem(r, ba, args[0]); return V_NONE; }
    if (!strcmp(name, "iadd")) { op_inplace(r, NB_ADD, ba, args[0]); return V_NONE; }
    if (!strcmp(name, "imul")) { op_inplace(r, NB_MUL, ba, args[0]); return V_NONE; }
    Call c = {0, name, ba, V_NULL, V_NULL, args, nargs, V_NULL};
    return call_method(r, &c);
}

static void check_seq(Realm *r, int id, Value ba, const char *name, Value *args, size_t nargs,
                      const char *expected, int *fails, int *total) {
    (*total)++;
    Value got;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value res = seq_step(r, ba, name, args, nargs);
        got = str_format(r, "%R %R", res, ba);
        err_untry(r, &j);
    } else {
        Value exc = r->exc;
        got = describe_exc(r, exc);
    }
    size_t n;
    const char *s = str_utf8(r, got, &n);
    if (n != strlen(expected) || memcmp(s, expected, n) != 0) {
        (*fails)++;
        printf("seq %d (%s): expected %s\n    got %.*s\n", id, name, expected, (int)n, s);
    }
}

#include "test_str_cases.h"

/* Direct checks of the C API. */
static void api_checks(Realm *r, int *fails, int *total) {
#define EXPECT(cond) do { (*total)++; if (!(cond)) { (*fails)++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)
    /* streaming SipHash equals one-shot */
    const char *msg = "hello world, this is a longer message";
    SipState st;
    sip_init(&st, 1, 2);
    sip_update(&st, (const uint8_t *)msg, 3);
    sip_update(&st, (const uint8_t *)msg + 3, 9);
    sip_update(&st, (const uint8_t *)msg + 12, strlen(msg) - 12);
    EXPECT(sip_final(&st) == siphash13(1, 2, msg, strlen(msg)));
    /* canonical width */
    uint32_t cps[] = {'a', 0xE9};
    Value s = str_new_ucs4(r, cps, 2);
    EXPECT(((Str *)v_obj(s))->kind == 1 && !((Str *)v_obj(s))->ascii);
    EXPECT(str_eq(s, str_from_cstr(r, "a\xc3\xa9")));
    EXPECT(str_cmp(str_from_cstr(r, "a"), str_from_cstr(r, "b")) < 0);
    /* interning */
    Value a = str_intern(r, str_from_cstr(r, "some_name")), b = str_intern_cstr(r, "some_name");
    EXPECT(a == b);
    /* UTF-8 round trip, surrogates as 3-byte sequences */
    size_t n;
    Value sur = str_from_utf8(r, "x\xed\xa0\x80y", 5);
    EXPECT(((Str *)v_obj(sur))->len == 3 && str_char((Str *)v_obj(sur), 1) == 0xD800);
    const char *u = str_utf8(r, sur, &n);
    EXPECT(n == 5 && memcmp(u, "x\xed\xa0\x80y", 5) == 0);
    /* str_format directives */
    Value f = str_format(r, "%s|%d|%ld|%lld|%zd|%zu|%c|%%|%R|%S|%T|%U|%.3s|%x", "\xc3\xa9", -5, 7L, -8LL,
                         (ptrdiff_t)-9, (size_t)10, 0x101, str_from_cstr(r, "q"), str_from_cstr(r, "q"),
                         v_small(1), str_from_cstr(r, "u"), "abcdef", 255u);
    u = str_utf8(r, f, &n);
    const char *want = "\xc3\xa9|-5|7|-8|-9|10|\xc4\x81|%|'q'|q|int|u|abc|ff";
    EXPECT(n == strlen(want) && memcmp(u, want, n) == 0);
    if (!(n == strlen(want) && memcmp(u, want, n) == 0)) printf("   got %.*s\n", (int)n, u);
    /* StrBuf widening */
    StrBuf sb;
    strbuf_init(r, &sb);
    for (int i = 0; i < 100; i++) strbuf_add_char(&sb, 'a' + i % 26);
    strbuf_add_char(&sb, 0x1F600);
    strbuf_add_ascii(&sb, "zz", 2);
    Value w = strbuf_finish(&sb);
    EXPECT(((Str *)v_obj(w))->len == 103 && ((Str *)v_obj(w))->kind == 4 && str_char((Str *)v_obj(w), 100) == 0x1F600);
    /* canonical form after building from parts of a wide string */
    Value wide = str_from_cstr(r, "ab\xc4\x81");
    StrBuf nb;
    strbuf_init(r, &nb);
    strbuf_add_substr(&nb, wide, 0, 2);
    Value narrow = strbuf_finish(&nb);
    EXPECT(((Str *)v_obj(narrow))->kind == 1 && str_eq(narrow, str_from_cstr(r, "ab")));
    Value rargs[2] = {str_from_cstr(r, "\xc4\x81"), r->empty_str};
    Call rc = {0, "replace", wide, V_NULL, V_NULL, rargs, 2, V_NULL};
    Value rep = call_method(r, &rc);
    EXPECT(str_eq(rep, str_from_cstr(r, "ab")) && str_hash(r, rep) == str_hash(r, str_from_cstr(r, "ab")));
#undef EXPECT
}

int main(void) {
    Realm *r = realm_new();
    if (!r) { printf("realm_new failed\n0 passed, 1 failed\n"); return 1; }
    REALM_ENTER(r);   /* the collector scans the C stack from this frame */
    if (getenv("ASP_GCSTRESS")) r->heap.stress = true;
    int fails = 0, total = 0;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        api_checks(r, &fails, &total);
        str_cases(r, &fails, &total);
        ba_seqs(r, &fails, &total);
        err_untry(r, &j);
    } else {
        printf("uncaught exception\n");
        fails++;
    }
    printf("%d passed, %d failed\n", total - fails, fails);
    realm_free(r);
    return fails != 0;
}
