/* builtins: the builtins module — its dict holds the built-in types, the
 * exception types, the constants and the built-in functions, each with
 * CPython 3.13's argument handling and error messages.
 *
 * The VM adds what needs its state (__build_class__, __import__, globals,
 * locals, vars, exec, eval: vm_init_builtins, called after builtins_init).
 * Output goes through the host's r->write_out; nothing here touches files.
 *
 * Loops over guest-sized data (min/max/sum/any/all/sorted/dir) are marked
 * with a budget comment: an instruction-budget check belongs there. */
#include <math.h>
#include <string.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "objects/exc_impl.h"
#include "vm/ops.h"
#include "modules/io.h"

static inline bool is_str(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB); }
static inline bool is_bytes(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_BYTES_SUB); }
static bool is_bytearray(Realm *r, Value v) {
    return v_is_obj(v) && type_is_subtype(v_obj(v)->type, r->t_bytearray);
}

static size_t nkw(Value kwnames) { return kwnames == V_NULL ? 0 : (size_t)tuple_ptr(kwnames)->len; }

/* Index of keyword `name` in kwnames, or -1. */
static int64_t kw_index(Realm *r, Value kwnames, const char *name) {
    if (kwnames == V_NULL) return -1;
    Tuple *kw = tuple_ptr(kwnames);
    size_t n = strlen(name);
    for (int64_t i = 0; i < kw->len; i++) {
        size_t len;
        const char *k = str_utf8(r, kw->items[i], &len);
        if (len == n && memcmp(k, name, n) == 0) return i;
    }
    return -1;
}

/* "f() got an unexpected keyword argument 'x'", with 3.13's suggestion. */
__attribute__((noinline, noreturn))
static void kw_unexpected(Realm *r, const char *fname, const char *const *names, size_t n, Value bad) {
    Value cands = list_new(r, 0);
    for (size_t j = 0; j < n; j++) list_append(r, cands, str_from_cstr(r, names[j]));
    Value sugg = exc_suggest(r, cands, bad);
    if (sugg != V_NULL)
        err_type(r, "%s() got an unexpected keyword argument '%U'. Did you mean '%U'?", fname, bad, sugg);
    err_type(r, "%s() got an unexpected keyword argument '%U'", fname, bad);
}

/* Accepts only the keyword-only parameters `names` (count n); stores them
 * in out[] (V_NULL when absent); otherwise "<fname>() got an unexpected
 * keyword argument 'x'". */
static void kwonly(Realm *r, const char *fname, const Value *args, size_t nargs, Value kwnames,
                   const char *const *names, size_t n, Value *out) {
    for (size_t i = 0; i < n; i++) out[i] = V_NULL;
    if (kwnames == V_NULL) return;
    Tuple *kw = tuple_ptr(kwnames);
    for (int64_t k = 0; k < kw->len; k++) {
        size_t len;
        const char *key = str_utf8(r, kw->items[k], &len);
        size_t i = 0;
        while (i < n && !(strlen(names[i]) == len && memcmp(names[i], key, len) == 0)) i++;
        if (i == n) kw_unexpected(r, fname, names, n, kw->items[k]);
        out[i] = args[nargs + (size_t)k];
    }
}

/* ------------------------------------------------------------------ */
/* print                                                               */

static void write_host(Realm *r, Value s) {
    size_t len;
    const char *data = str_utf8(r, s, &len);
    realm_write(r, 1, data, len);
}

/* Where print(file=None) writes: V_NULL for the host's sink (sys not
 * imported, or sys.stdout is still the original stream), else the object
 * the program put in sys.stdout (None: print does nothing). */
static Value print_default_file(Realm *r) {
    Value sys = dict_get_cstr(r, r->modules, "sys");
    if (sys == V_NULL || !v_is_obj(sys) || v_obj(sys)->type != r->t_module) return V_NULL;
    Value d = ((Module *)v_obj(sys))->dict;
    Value out = dict_get_cstr(r, d, "stdout");
    if (out == V_NULL) err_format(r, EXC(r, RuntimeError), "lost sys.stdout");
    if (out == dict_get_cstr(r, d, "__stdout__")) return V_NULL;
    return out;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
static Value bi_print(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"sep", "end", "file", "flush"};
    Value kw[4];
    kwonly(r, "print", args, nargs, kwnames, names, 4, kw);
    Value sep = kw[0], end = kw[1], file = kw[2];
    if (sep != V_NULL && sep != V_NONE && !is_str(sep))
        err_type(r, "sep must be None or a string, not %T", sep);
    if (end != V_NULL && end != V_NONE && !is_str(end))
        err_type(r, "end must be None or a string, not %T", end);
    if (file == V_NULL || file == V_NONE) {
        file = print_default_file(r);
        if (file == V_NONE) return V_NONE;
    }
    if (file != V_NULL) {
        /* a file-like object: file.write(str) per piece, as CPython */
        Value write = op_getattr(r, file, str_intern_cstr(r, "write"));
        for (size_t i = 0; i < nargs; i++) {
            if (i) op_call1(r, write, (sep == V_NULL || sep == V_NONE) ? r->latin1[' '] : sep);
            op_call1(r, write, op_str(r, args[i]));
        }
        op_call1(r, write, (end == V_NULL || end == V_NONE) ? r->latin1['\n'] : end);
        if (kw[3] != V_NULL && op_truth(r, kw[3]))
            op_call_method(r, file, str_intern_cstr(r, "flush"), NULL, 0);
        return V_NONE;
    }
    bool flush = kw[3] != V_NULL && op_truth(r, kw[3]);
    /* Build the line, then write it once; if a str() raises, what came
     * before it is still written, as CPython writes piece by piece. */
    StrBuf b;
    strbuf_init(r, &b);
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        for (size_t i = 0; i < nargs; i++) {
            if (i) {
                if (sep == V_NULL || sep == V_NONE) strbuf_add_char(&b, ' ');
                else strbuf_add_str(&b, sep);
            }
            strbuf_add_str(&b, op_str(r, args[i]));
        }
        if (end == V_NULL || end == V_NONE) strbuf_add_char(&b, '\n');
        else strbuf_add_str(&b, end);
        err_untry(r, &j);
    } else {
        Value exc = r->exc;
        write_host(r, strbuf_finish(&b));
        err_raise(r, exc);
    }
    write_host(r, strbuf_finish(&b));
    if (flush) realm_flush(r, 1);
    return V_NONE;
}

/* ------------------------------------------------------------------ */
/* simple one-argument functions                                       */

static Value bi_len(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "len", nargs, kw, 1, 1);
    return int_from_i64(r, op_len(r, args[0]));
}
static Value bi_repr(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "repr", nargs, kw, 1, 1);
    return op_repr(r, args[0]);
}
static Value bi_ascii(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "ascii", nargs, kw, 1, 1);
    return op_ascii(r, args[0]);
}
static Value bi_hash(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "hash", nargs, kw, 1, 1);
    return int_from_i64(r, op_hash(r, args[0]));
}
static Value bi_abs(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "abs", nargs, kw, 1, 1);
    return op_abs(r, args[0]);
}
static Value bi_callable(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "callable", nargs, kw, 1, 1);
    return v_bool(v_type(r, args[0])->call != NULL);
}

/* id(): a heap object's address mixed with the realm's key so addresses are
 * not disclosed (a bijection on 48-bit addresses: XOR, then multiplication
 * by an odd number modulo 2^48); immediate values (small ints, floats,
 * None, True, False) get their bits plus 2^48, so they never collide with
 * objects and equal immediates have equal ids. */
static Value bi_id(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "id", nargs, kw, 1, 1);
    Value v = args[0];
    if (v_is_obj(v)) return int_from_u64(r, obj_masked_addr(r, v));
    return int_add(r, int_from_u64(r, (uint64_t)v), int_from_u64(r, (uint64_t)1 << 48));
}

/* ------------------------------------------------------------------ */
/* isinstance, issubclass, attributes                                  */

static Value bi_isinstance(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "isinstance", nargs, kw, 2, 2);
    return v_bool(op_isinstance(r, args[0], args[1]));
}
static Value bi_issubclass(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "issubclass", nargs, kw, 2, 2);
    return v_bool(op_issubclass(r, args[0], args[1]));
}

static Value attr_name(Realm *r, Value name) {
    if (!is_str(name)) err_type(r, "attribute name must be string, not '%T'", name);
    return name;
}

static Value bi_getattr(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "getattr", nargs, kw, 2, 3);
    Value name = attr_name(r, args[1]);
    if (nargs == 2) return op_getattr(r, args[0], name);
    Value v = op_getattr_opt(r, args[0], name);
    return v == V_NULL ? args[2] : v;
}
static Value bi_setattr(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "setattr", nargs, kw, 3, 3);
    op_setattr(r, args[0], attr_name(r, args[1]), args[2]);
    return V_NONE;
}
static Value bi_delattr(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "delattr", nargs, kw, 2, 2);
    op_delattr(r, args[0], attr_name(r, args[1]));
    return V_NONE;
}
static Value bi_hasattr(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "hasattr", nargs, kw, 2, 2);
    return v_bool(op_getattr_opt(r, args[0], attr_name(r, args[1])) != V_NULL);
}

/* ------------------------------------------------------------------ */
/* iteration                                                           */

static Value bi_iter(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "iter", nargs, kw, 1, 2);
    if (nargs == 1) return op_iter(r, args[0]);
    if (!v_type(r, args[0])->call) err_type(r, "iter(v, w): v must be callable");
    return calliter_new(r, args[0], args[1]);
}

static Value bi_next(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "next", nargs, kw, 1, 2);
    Type *t = v_type(r, args[0]);
    if (!t->next) err_type(r, "'%s' object is not an iterator", t->name);
    r->stop_value = V_NULL;
    Value v = t->next(r, args[0]);
    if (v != V_NULL) return v;
    if (nargs == 2) return args[1];
    Value sv = r->stop_value;
    r->stop_value = V_NULL;
    if (sv != V_NULL && sv != V_NONE) err_raise(r, exc_new(r, EXC(r, StopIteration), &sv, 1));
    err_raise(r, exc_new(r, EXC(r, StopIteration), NULL, 0));
}

static Value bi_any(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "any", nargs, kw, 1, 1);
    Value it = op_iter(r, args[0]);
    for (Value x; (x = op_next(r, it)) != V_NULL;)   /* budget */
        if (op_truth(r, x)) return V_TRUE;
    return V_FALSE;
}
static Value bi_all(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "all", nargs, kw, 1, 1);
    Value it = op_iter(r, args[0]);
    for (Value x; (x = op_next(r, it)) != V_NULL;)   /* budget */
        if (!op_truth(r, x)) return V_FALSE;
    return V_TRUE;
}

/* sorted(iterable, /, *, key=None, reverse=False) */
static Value bi_sorted(Realm *r, Value *args, size_t nargs, Value kwnames) {
    if (nargs != 1) err_type(r, "sorted expected 1 argument, got %zu", nargs);
    static const char *const names[] = {"key", "reverse"};
    Value kw[2];
    kwonly(r, "sort", args, nargs, kwnames, names, 2, kw);
    Value l = list_new(r, 0);
    list_extend(r, l, args[0]);
    bool rev = kw[1] != V_NULL && op_truth(r, kw[1]);
    list_sort(r, l, kw[0] == V_NULL ? V_NONE : kw[0], rev);
    return l;
}

/* min/max: op is CMP_LT for min, CMP_GT for max (a later item replaces the
 * best only when strictly better, so the first of equal items wins). */
static Value min_max(Realm *r, Value *args, size_t nargs, Value kwnames, int op, const char *name) {
    static const char *const names[] = {"key", "default"};
    Value kw[2];
    if (nargs == 0) err_type(r, "%s expected at least 1 argument, got 0", name);
    if (kwnames != V_NULL && tuple_ptr(kwnames)->len > 2)
        err_type(r, "%s() takes at most 2 keyword arguments (%lld given)", name, (long long)tuple_ptr(kwnames)->len);
    kwonly(r, name, args, nargs, kwnames, names, 2, kw);
    Value key = kw[0] == V_NONE ? V_NULL : kw[0];
    Value dflt = kw[1];
    if (nargs > 1 && dflt != V_NULL)
        err_type(r, "Cannot specify a default for %s() with multiple positional arguments", name);
    Value it = op_iter(r, nargs == 1 ? args[0] : tuple_from_array(r, args, nargs));
    Value best = V_NULL, best_key = V_NULL;
    for (Value x; (x = op_next(r, it)) != V_NULL;) {   /* budget */
        Value k = key != V_NULL ? op_call1(r, key, x) : x;
        if (best == V_NULL || op_cmp_bool(r, k, best_key, op)) {
            best = x;
            best_key = k;
        }
    }
    if (best != V_NULL) return best;
    if (dflt != V_NULL) return dflt;
    err_value(r, "%s() iterable argument is empty", name);
}
static Value bi_min(Realm *r, Value *args, size_t nargs, Value kw) {
    return min_max(r, args, nargs, kw, CMP_LT, "min");
}
static Value bi_max(Realm *r, Value *args, size_t nargs, Value kw) {
    return min_max(r, args, nargs, kw, CMP_GT, "max");
}

/* sum(iterable, /, start=0): exact int accumulation while the items are
 * ints that fit in 64 bits, then Neumaier-compensated float summation
 * while they are floats (or ints that fit), as CPython 3.12+. */
static Value bi_sum(Realm *r, Value *args, size_t nargs, Value kwnames) {
    size_t nk = nkw(kwnames);
    if (nargs == 0) err_type(r, "sum() takes at least 1 positional argument (0 given)");
    if (nargs + nk > 2) err_type(r, "sum() takes at most 2 arguments (%zu given)", nargs + nk);
    Value result = v_small(0);
    if (nargs == 2) result = args[1];
    if (nk) {
        int64_t si = kw_index(r, kwnames, "start");
        if (si < 0 || nk > 1) {
            static const char *const start[] = {"start"};
            kw_unexpected(r, "sum", start, 1, tuple_ptr(kwnames)->items[si == 0 ? 1 : 0]);
        }
        result = args[nargs + (size_t)si];
    }
    if (is_str(result)) err_type(r, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(result)) err_type(r, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (is_bytearray(r, result)) err_type(r, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = op_iter(r, args[0]);
    Value item = V_NULL;

    int64_t acc;
    if ((v_is_int(result) || (v_is_obj(result) && v_obj(result)->type == r->t_int)) &&
        int_to_i64(r, result, &acc)) {
        for (;;) {   /* budget */
            item = op_next(r, it);
            if (item == V_NULL) return int_from_i64(r, acc);
            int64_t b, s;
            /* on overflow __builtin_add_overflow stores the wrapped sum: keep acc */
            if ((v_is_int(item) || v_is_bool(item) ||
                 (v_is_obj(item) && v_obj(item)->type == r->t_int)) &&
                int_to_i64(r, item, &b) && !__builtin_add_overflow(acc, b, &s)) {
                acc = s;
                continue;
            }
            result = op_binary(r, NB_ADD, int_from_i64(r, acc), item);
            break;
        }
    }
    if (v_is_float(result)) {
        double f = v_as_double(result), c = 0.0;
        for (;;) {   /* budget */
            item = op_next(r, it);
            if (item == V_NULL) {
                if (c != 0.0 && isfinite(c)) f += c;
                return v_from_double(f);
            }
            if (v_is_float(item)) {
                double x = v_as_double(item), t = f + x;
                if (fabs(f) >= fabs(x)) c += (f - t) + x;
                else c += (x - t) + f;
                f = t;
                continue;
            }
            int64_t iv;
            if (int_check(r, item) && int_to_i64(r, item, &iv)) {
                f += (double)iv;
                continue;
            }
            if (c != 0.0 && isfinite(c)) f += c;
            result = op_binary(r, NB_ADD, v_from_double(f), item);
            break;
        }
    }
    for (;;) {   /* budget */
        item = op_next(r, it);
        if (item == V_NULL) return result;
        result = op_binary(r, NB_ADD, result, item);
    }
}

/* ------------------------------------------------------------------ */
/* numbers                                                             */

static bool plain_number(Realm *r, Value v) {
    if (v_is_int(v) || v_is_float(v) || v_is_bool(v)) return true;
    if (!v_is_obj(v)) return false;
    Type *t = v_obj(v)->type;
    return t == r->t_int || t == r->t_float;
}

static Value bi_divmod(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "divmod", nargs, kw, 2, 2);
    Value a = args[0], b = args[1];
    Type *ta = v_type(r, a), *tb = v_type(r, b);
    Value dm = str_intern_cstr(r, "__divmod__"), rdm = str_intern_cstr(r, "__rdivmod__");
    bool a_py = (ta->flags & TF_HEAPTYPE) && type_lookup(r, ta, dm) != V_NULL;
    bool b_py = tb != ta && (tb->flags & TF_HEAPTYPE) && type_lookup(r, tb, rdm) != V_NULL;
    if (b_py && type_is_subtype(tb, ta)) {
        Value v = op_call_special(r, b, rdm, &a, 1);
        if (v != V_NULL && v != r->notimpl) return v;
        b_py = false;
    }
    if (a_py) {
        Value v = op_call_special(r, a, dm, &b, 1);
        if (v != V_NULL && v != r->notimpl) return v;
    }
    if (b_py) {
        Value v = op_call_special(r, b, rdm, &a, 1);
        if (v != V_NULL && v != r->notimpl) return v;
    }
    bool num_a = plain_number(r, a) || int_check(r, a) || float_check(r, a);
    bool num_b = plain_number(r, b) || int_check(r, b) || float_check(r, b);
    if (num_a && num_b) {
        /* the numbers' own __divmod__ (float first when either is a float, so
         * the error reads "float divmod()") */
        bool fl = float_check(r, a) || float_check(r, b);
        Value self = fl && !float_check(r, a) ? b : a;
        Value v = self == a ? op_call_special(r, a, dm, &b, 1) : op_call_special(r, b, rdm, &a, 1);
        if (v != V_NULL && v != r->notimpl) return v;
        v = op_call_special(r, b, rdm, &a, 1);
        if (v != V_NULL && v != r->notimpl) return v;
    }
    err_type(r, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta->name, tb->name);
}

/* pow(base, exp, mod=None) */
static Value bi_pow(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Value a[3];
    arg_parse(r, "pow", args, nargs, kwnames, 0, 2, names, a);
    if (a[2] == V_NULL || a[2] == V_NONE) return op_binary(r, NB_POW, a[0], a[1]);
    return op_pow3(r, a[0], a[1], a[2]);
}

/* round(number, ndigits=None) */
static Value bi_round(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    Value a[2];
    arg_parse(r, "round", args, nargs, kwnames, 0, 1, names, a);
    Type *t = v_type(r, a[0]);
    if (type_lookup(r, t, NM(r, __round__)) == V_NULL)
        err_type(r, "type %s doesn't define __round__ method", t->name);
    Value v;
    if (a[1] == V_NULL || a[1] == V_NONE) v = op_call_special(r, a[0], NM(r, __round__), NULL, 0);
    else v = op_call_special(r, a[0], NM(r, __round__), &a[1], 1);
    if (v == V_NULL) err_type(r, "type %s doesn't define __round__ method", t->name);
    return v;
}

static Value bi_chr(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "chr", nargs, kw, 1, 1);
    if (v_is_float(args[0])) err_type(r, "'float' object cannot be interpreted as an integer");
    Value i = num_index(r, args[0]);
    int64_t c;
    if (!int_to_i64(r, i, &c) || c < 0 || c > 0x10FFFF) err_value(r, "chr() arg not in range(0x110000)");
    uint32_t cp = (uint32_t)c;
    if (cp < 256) return r->latin1[cp];
    return str_new_ucs4(r, &cp, 1);
}

static Value bi_ord(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "ord", nargs, kw, 1, 1);
    Value v = args[0];
    int64_t len;
    if (is_str(v)) {
        Str *s = (Str *)v_obj(v);
        if (s->len == 1) return v_small(str_char(s, 0));
        len = s->len;
    } else if (is_bytes(v)) {
        Bytes *b = (Bytes *)v_obj(v);
        if (b->len == 1) return v_small(b->data[0]);
        len = b->len;
    } else if (is_bytearray(r, v)) {
        len = op_len(r, v);
        if (len == 1) return op_getitem(r, v, v_small(0));
    } else {
        err_type(r, "ord() expected string of length 1, but %T found", v);
    }
    err_type(r, "ord() expected a character, but string of length %lld found", (long long)len);
}

static Value int_base(Realm *r, Value *args, size_t nargs, Value kw, const char *name, int base) {
    arg_count(r, name, nargs, kw, 1, 1);
    if (v_is_float(args[0])) err_type(r, "'float' object cannot be interpreted as an integer");
    return int_to_str(r, num_index(r, args[0]), base);
}
static Value bi_hex(Realm *r, Value *args, size_t nargs, Value kw) { return int_base(r, args, nargs, kw, "hex", 16); }
static Value bi_oct(Realm *r, Value *args, size_t nargs, Value kw) { return int_base(r, args, nargs, kw, "oct", 8); }
static Value bi_bin(Realm *r, Value *args, size_t nargs, Value kw) { return int_base(r, args, nargs, kw, "bin", 2); }

static Value bi_format(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "format", nargs, kw, 1, 2);
    Value spec = nargs == 2 ? args[1] : r->empty_str;
    if (!is_str(spec)) {
        if (spec == V_NONE) err_type(r, "format() argument 2 must be str, not None");
        err_type(r, "format() argument 2 must be str, not %T", spec);
    }
    return obj_format(r, args[0], spec);
}

/* ------------------------------------------------------------------ */
/* dir                                                                 */

static void dir_add_dict(Realm *r, Value names, Value d) {
    if (!(v_is_obj(d) && (v_obj(d)->type->flags & TF_DICT_SUB))) return;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) dict_set(r, names, k, V_NONE);   /* budget */
}

static void dir_add_type(Realm *r, Value names, Type *t) {
    if (t->mro != V_NULL) {
        Tuple *mro = tuple_ptr(t->mro);
        for (int64_t i = 0; i < mro->len; i++) dir_add_dict(r, names, ((Type *)v_obj(mro->items[i]))->dict);
    } else {
        for (Type *b = t; b; b = b->base) dir_add_dict(r, names, b->dict);
    }
}

/* dir([object]): a sorted list of names. */
static Value bi_dir(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "dir", nargs, kw, 0, 1);
    Value names = dict_new(r);
    if (nargs == 0) {
        Value locals = dict_get_cstr(r, r->builtins, "locals");
        if (locals == V_NULL) err_type(r, "dir() without arguments is not supported");
        Value l = op_call0(r, locals);
        Value res = list_new(r, 0);
        list_extend(r, res, l);
        list_sort(r, res, V_NONE, false);
        return res;
    }
    Value o = args[0];
    Type *t = v_type(r, o);
    Value custom = type_lookup(r, t, NM(r, __dir__));
    if (custom != V_NULL && v_type(r, custom) != r->t_builtin_function_or_method) {
        Value res = op_call_special(r, o, NM(r, __dir__), NULL, 0);
        Value l = list_new(r, 0);
        list_extend(r, l, res);
        list_sort(r, l, V_NONE, false);
        return l;
    }
    if (op_is_type(r, o)) {
        dir_add_type(r, names, (Type *)v_obj(o));
    } else if (v_is_obj(o) && v_obj(o)->type == r->t_module) {
        Value d = op_getattr(r, o, NM(r, __dict__));
        if (!(v_is_obj(d) && (v_obj(d)->type->flags & TF_DICT_SUB)))
            err_type(r, "<module>.__dict__ is not a dictionary");
        dir_add_dict(r, names, d);
    } else {
        Value d = op_getattr_opt(r, o, NM(r, __dict__));
        if (d != V_NULL) dir_add_dict(r, names, d);
        Value cls = op_getattr_opt(r, o, NM(r, __class__));
        dir_add_type(r, names, op_is_type(r, cls) ? (Type *)v_obj(cls) : t);
    }
    Value res = list_new(r, 0);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(names, &pos, &k, &v)) list_append(r, res, k);   /* budget */
    list_sort(r, res, V_NONE, false);
    return res;
}

/* ------------------------------------------------------------------ */
/* input, exit                                                         */


/* ---- the interactive helpers CPython's site module adds: exit, quit
 * (site.Quitter), help (_Helper), copyright, credits, license (_Printer),
 * and breakpoint, which has no debugger to enter in a realm. */

typedef struct SiteObj { Obj hdr; Value name, text; int kind; } SiteObj;
enum { SITE_QUITTER, SITE_PRINTER, SITE_HELPER };

static void site_trace(Realm *r, Obj *o) {
    heap_mark(r, ((SiteObj *)o)->name);
    heap_mark(r, ((SiteObj *)o)->text);
}

static Value site_repr(Realm *r, Value v) {
    SiteObj *s = (SiteObj *)v_obj(v);
    if (s->kind == SITE_QUITTER) return str_format(r, "Use %U() or Ctrl-D (i.e. EOF) to exit", s->name);
    if (s->kind == SITE_HELPER)
        return str_from_cstr(r, "Type help() for interactive help, or help(object) for help about object.");
    return s->text;
}

static void site_print(Realm *r, Value text) {
    Value pf = dict_get_cstr(r, r->builtins, "print");
    if (pf != V_NULL) op_call1(r, pf, text);
}

static Value site_call(Realm *r, Value self, Value *args, size_t nargs, Value kwnames) {
    SiteObj *s = (SiteObj *)v_obj(self);
    if (s->kind == SITE_QUITTER) {
        static const char *const names[] = {"code", NULL};
        Value a[1];
        if (nargs > 1)
            err_type(r, "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given", nargs + 1);
        arg_parse(r, "Quitter.__call__", args, nargs, kwnames, 0, 0, names, a);
        Value code = a[0] == V_NULL ? V_NONE : a[0];
        err_raise(r, exc_new(r, EXC(r, SystemExit), &code, 1));
    }
    if (s->kind == SITE_PRINTER) {
        arg_count(r, "_Printer.__call__", nargs, kwnames, 0, 0);
        site_print(r, s->text);
        return V_NONE;
    }
    /* help(): no interactive help system and no pydoc in a realm; an
     * object's own docstring is shown when it has one */
    if (nargs == 0) {
        site_print(r, str_from_cstr(r, "Interactive help is not available in this interpreter."));
        return V_NONE;
    }
    Value doc = op_getattr_opt(r, args[0], NM(r, __doc__));
    if (doc != V_NULL && is_str(doc)) site_print(r, doc);
    else site_print(r, str_format(r, "No Python documentation found for %R.", args[0]));
    return V_NONE;
}

static Value bi_breakpoint(Realm *r, Value *args, size_t nargs, Value kwnames) {
    return V_NONE;   /* as with PYTHONBREAKPOINT=0: no debugger in a realm */
}


static void site_add(Realm *r, Value d, Type *t, const char *name, int kind, const char *text) {
    SiteObj *s = (SiteObj *)heap_alloc(r, t, sizeof(SiteObj));
    s->name = str_from_cstr(r, name);
    s->text = text ? str_from_cstr(r, text) : V_NONE;
    s->kind = kind;
    dict_set_cstr(r, d, name, v_from_obj(s));
}

static void site_init(Realm *r, Value d) {
    static const char *const tnames[3][2] = {
        {"_sitebuiltins.Quitter", "Quitter"}, {"_sitebuiltins._Printer", "_Printer"}, {"_sitebuiltins._Helper", "_Helper"}};
    Type *ts[3];
    for (int i = 0; i < 3; i++) {
        Type *t = type_new_builtin(r, tnames[i][0], r->t_object, sizeof(SiteObj), 0);
        t->name_str = str_intern_cstr(r, tnames[i][1]);
        t->qualname = t->name_str;
        t->dict = dict_new(r);
        dict_set(r, t->dict, NM(r, __module__), str_intern_cstr(r, "_sitebuiltins"));
        t->trace = site_trace;
        t->repr = site_repr;
        t->call = site_call;
        realm_finish_type(r, t);
        ts[i] = t;
    }
    site_add(r, d, ts[0], "exit", SITE_QUITTER, NULL);
    site_add(r, d, ts[0], "quit", SITE_QUITTER, NULL);
    site_add(r, d, ts[2], "help", SITE_HELPER, NULL);
    site_add(r, d, ts[1], "copyright", SITE_PRINTER, "asp: a Python 3.13 interpreter.");
    site_add(r, d, ts[1], "credits", SITE_PRINTER,
             "asp follows the Python language as CPython 3.13 defines it; thanks to its authors.");
    site_add(r, d, ts[1], "license", SITE_PRINTER, "See the asp distribution for its license.");
}

/* ------------------------------------------------------------------ */

static const MethodDef builtin_functions[] = {
    {"print", bi_print, 0},
    {"len", bi_len, 0},
    {"repr", bi_repr, 0},
    {"ascii", bi_ascii, 0},
    {"hash", bi_hash, 0},
    {"id", bi_id, 0},
    {"abs", bi_abs, 0},
    {"callable", bi_callable, 0},
    {"isinstance", bi_isinstance, 0},
    {"issubclass", bi_issubclass, 0},
    {"getattr", bi_getattr, 0},
    {"setattr", bi_setattr, 0},
    {"delattr", bi_delattr, 0},
    {"hasattr", bi_hasattr, 0},
    {"iter", bi_iter, 0},
    {"next", bi_next, 0},
    {"any", bi_any, 0},
    {"all", bi_all, 0},
    {"sorted", bi_sorted, 0},
    {"min", bi_min, 0},
    {"max", bi_max, 0},
    {"sum", bi_sum, 0},
    {"divmod", bi_divmod, 0},
    {"pow", bi_pow, 0},
    {"round", bi_round, 0},
    {"chr", bi_chr, 0},
    {"ord", bi_ord, 0},
    {"hex", bi_hex, 0},
    {"oct", bi_oct, 0},
    {"bin", bi_bin, 0},
    {"format", bi_format, 0},
    {"dir", bi_dir, 0},
    {"breakpoint", bi_breakpoint, 0},
    {NULL, NULL, 0},
};

void builtins_init(Realm *r) {
    Value name = str_intern_cstr(r, "builtins");
    Value mod = module_new(r, name);
    Value d = ((Module *)v_obj(mod))->dict;
    r->builtins = d;
    dict_set(r, r->modules, name, mod);

    Type *const types[] = {
        r->t_object, r->t_type, r->t_int, r->t_bool, r->t_float, r->t_complex, r->t_str,
        r->t_bytes, r->t_bytearray, r->t_memoryview, r->t_list, r->t_tuple, r->t_dict, r->t_set, r->t_frozenset,
        r->t_range, r->t_slice, r->t_property, r->t_classmethod, r->t_staticmethod, r->t_super,
        r->t_enumerate, r->t_zip, r->t_map, r->t_filter, r->t_reversed,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        dict_set(r, d, str_intern_cstr(r, types[i]->name), v_from_obj(types[i]));
    for (int i = 0; i < E__COUNT; i++)
        dict_set(r, d, str_intern_cstr(r, r->exc_types[i]->name), v_from_obj(r->exc_types[i]));
    dict_set_cstr(r, d, "IOError", v_from_obj(EXC(r, OSError)));
    dict_set_cstr(r, d, "EnvironmentError", v_from_obj(EXC(r, OSError)));

    dict_set_cstr(r, d, "None", V_NONE);
    dict_set_cstr(r, d, "True", V_TRUE);
    dict_set_cstr(r, d, "False", V_FALSE);
    dict_set_cstr(r, d, "NotImplemented", r->notimpl);
    dict_set_cstr(r, d, "Ellipsis", r->ellipsis);
    dict_set(r, d, NM(r, __debug__), V_TRUE);

    for (const MethodDef *m = builtin_functions; m->name; m++)
        dict_set(r, d, str_intern_cstr(r, m->name), native_new(r, m->name, m->fn, V_NULL));
    site_init(r, d);
    io_init_builtins(r);   /* open, input: through the capabilities */
    io_init_input(r);
}
