/* ops: the abstract object protocol (see ops.h). */
#include <stdio.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "core/limits.h"

/* ---------- attributes ---------- */

static void check_name(Realm *r, Value name) {
    if (!v_is_obj(name) || !(v_obj(name)->type->flags & TF_STR_SUB))
        err_type(r, "attribute name must be string, not '%T'", name);
}

Value op_getattr(Realm *r, Value o, Value name) {
    Type *t = v_type(r, o);
    Value v = t->getattr(r, o, name);
    if (v == V_NULL) err_attribute(r, o, name);
    return v;
}

/* The getattr slots signal absence with V_NULL, but descriptors
 * (properties) and __getattr__ hooks may still raise AttributeError. */
Value op_getattr_opt(Realm *r, Value o, Value name) {
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value v = v_type(r, o)->getattr(r, o, name);
        err_untry(r, &j);
        return v;
    }
    if (err_matches(r, r->exc, EXC(r, AttributeError))) return V_NULL;
    err_raise(r, r->exc);
}

void op_setattr(Realm *r, Value o, Value name, Value v) {
    check_name(r, name);
    Type *t = v_type(r, o);
    if (!t->setattr) {
        if (type_lookup(r, t, name) == V_NULL)
            err_format(r, EXC(r, AttributeError), "'%s' object has no attribute '%U' and no __dict__ for setting new attributes", t->name, name);
        err_format(r, EXC(r, AttributeError), "'%s' object attribute '%U' is read-only", t->name, name);
    }
    t->setattr(r, o, name, v);
}

void op_delattr(Realm *r, Value o, Value name) { op_setattr(r, o, name, V_NULL); }

/* ---------- calls ---------- */

Value op_call(Realm *r, Value f, Value *args, size_t nargs, Value kwnames) {
    Type *t = v_type(r, f);
    if (!t->call) err_type(r, "'%s' object is not callable", t->name);
    if (kwnames != V_NULL && tuple_ptr(kwnames)->len == 0) kwnames = V_NULL;
    return t->call(r, f, args, nargs, kwnames);
}
Value op_call0(Realm *r, Value f) { return op_call(r, f, NULL, 0, V_NULL); }
Value op_call1(Realm *r, Value f, Value a) { return op_call(r, f, &a, 1, V_NULL); }
Value op_call2(Realm *r, Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return op_call(r, f, args, 2, V_NULL);
}

Value op_call_ex(Realm *r, Value f, Value args, Value kwargs) {
    Tuple *at = tuple_ptr(args);
    if (kwargs == V_NULL || dict_len(kwargs) == 0) return op_call(r, f, at->items, (size_t)at->len, V_NULL);
    int64_t nkw = dict_len(kwargs);
    Value all = tuple_new(r, (size_t)(at->len + nkw));
    Value names = tuple_new(r, (size_t)nkw);
    Tuple *al = tuple_ptr(all), *nt = tuple_ptr(names);
    memcpy(al->items, at->items, (size_t)at->len * sizeof(Value));
    int64_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(kwargs, &pos, &k, &v) && i < nkw) {
        if (!v_is_obj(k) || !(v_obj(k)->type->flags & TF_STR_SUB)) err_type(r, "keywords must be strings");
        nt->items[i] = k;
        al->items[at->len + i] = v;
        i++;
    }
    return op_call(r, f, al->items, (size_t)at->len, names);
}

Value op_call_special(Realm *r, Value o, Value name, Value *args, size_t nargs) {
    err_check_stack(r);   /* dunders that re-enter C code (hash, len, ...) stay bounded */
    Type *t = v_type(r, o);
    Value f = type_lookup(r, t, name);
    if (f == V_NULL) return V_NULL;
    Type *ft = v_type(r, f);
    if (ft == r->t_function || (ft == r->t_builtin_function_or_method &&
                                (((NativeFunc *)v_obj(f))->flags & NF_METHOD) &&
                                ((NativeFunc *)v_obj(f))->self == V_NULL)) {
        Value buf[8];
        Value *a = buf;
        if (nargs + 1 > 8) a = tuple_ptr(tuple_new(r, nargs + 1))->items;
        a[0] = o;
        if (nargs) memcpy(a + 1, args, nargs * sizeof(Value));
        return op_call(r, f, a, nargs + 1, V_NULL);
    }
    if (ft->descr_get) f = ft->descr_get(r, f, o, v_from_obj(t));
    return op_call(r, f, args, nargs, V_NULL);
}

Value op_call_method(Realm *r, Value o, Value name, Value *args, size_t nargs) {
    Value f = op_getattr(r, o, name);
    return op_call(r, f, args, nargs, V_NULL);
}

/* ---------- numbers ---------- */

static const char *const nb_sym[NB__COUNT] = {"+", "-", "*", "@", "/", "//", "%", "** or pow()",
                                              "<<", ">>", "&", "|", "^"};
static const char *const inb_sym[NB__COUNT] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=",
                                               "<<=", ">>=", "&=", "|=", "^="};
const char *op_nb_symbol(int nb) { return nb_sym[nb]; }

static Value binary1(Realm *r, int nb, Value a, Value b) {
    Type *ta = v_type(r, a), *tb = v_type(r, b);
    BinaryFn fa = ta->nb[nb];
    BinaryFn fb = tb != ta ? tb->nb[nb] : NULL;
    if (fb == fa) fb = NULL;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            Value v = fb(r, a, b);
            if (v != r->notimpl) return v;
            fb = NULL;
        }
        Value v = fa(r, a, b);
        if (v != r->notimpl) return v;
    }
    if (fb) {
        Value v = fb(r, a, b);
        if (v != r->notimpl) return v;
    }
    return r->notimpl;
}

/* A `*` both operands refused: when one is a built-in sequence, CPython's last
 * try is the sequence repeat, whose complaint names the other operand (the
 * sequences' own slots return NotImplemented for a heap-type count so that
 * its __rmul__ runs first). */
static void binop_seq_repeat_error(Realm *r, Value a, Value b) {
    const uint32_t seq = TF_STR_SUB | TF_LIST_SUB | TF_TUPLE_SUB | TF_BYTES_SUB;
    Type *ta = v_type(r, a), *tb = v_type(r, b);
    if ((ta->flags & seq) || type_is_subtype(ta, r->t_bytearray))
        err_type(r, "can't multiply sequence by non-int of type '%T'", b);
    if ((tb->flags & seq) || type_is_subtype(tb, r->t_bytearray))
        err_type(r, "can't multiply sequence by non-int of type '%T'", a);
}

static _Noreturn void binop_error(Realm *r, const char *sym, Value a, Value b) {
    err_type(r, "unsupported operand type(s) for %s: '%T' and '%T'", sym, a, b);
}

Value op_binary(Realm *r, int nb, Value a, Value b) {
    Value v = binary1(r, nb, a, b);
    if (v != r->notimpl) return v;
    if (nb == NB_ADD) {
        /* the sequence concatenation CPython tries last (after a deferred __radd__) */
        uint32_t fl = v_type(r, a)->flags;
        const char *seq = (fl & TF_STR_SUB) ? "str" : (fl & TF_LIST_SUB) ? "list" : (fl & TF_TUPLE_SUB) ? "tuple" : NULL;
        if (seq) err_type(r, "can only concatenate %s (not \"%T\") to %s", seq, b, seq);
    }
    if (nb == NB_MUL) binop_seq_repeat_error(r, a, b);
    if (nb == NB_RSHIFT && v_is_obj(a) && v_obj(a)->type == r->t_builtin_function_or_method &&
        strcmp(((NativeFunc *)v_obj(a))->name, "print") == 0)
        err_type(r, "unsupported operand type(s) for >>: 'builtin_function_or_method' and '%T'. Did you mean \"print(<message>, file=<output_stream>)\"?", b);
    binop_error(r, nb_sym[nb], a, b);
}

Value op_inplace(Realm *r, int nb, Value a, Value b) {
    Type *ta = v_type(r, a);
    if (ta->inb[nb]) {
        Value v = ta->inb[nb](r, a, b);
        if (v != r->notimpl) return v;
    }
    Value v = binary1(r, nb, a, b);
    if (v != r->notimpl) return v;
    if (nb == NB_MUL) binop_seq_repeat_error(r, a, b);
    binop_error(r, inb_sym[nb], a, b);
}

Value op_pow3(Realm *r, Value a, Value b, Value m) {
    if (m == V_NONE) return op_binary(r, NB_POW, a, b);
    Value f = type_lookup(r, v_type(r, a), NM(r, __pow__));
    if (f != V_NULL) {
        Value args[2] = {b, m};
        Value v = op_call_special(r, a, NM(r, __pow__), args, 2);
        if (v != r->notimpl) return v;
    }
    /* then the other operands' built-in slots, as CPython's ternary_op:
     * float and complex refuse a modulus with their own messages */
    Value others[2] = {b, m};
    for (int i = 0; i < 2; i++) {
        Type *t = v_type(r, others[i]);
        if (t == v_type(r, a)) continue;
        if (type_is_subtype(t, r->t_float))
            err_type(r, "pow() 3rd argument not allowed unless all arguments are integers");
        if (type_is_subtype(t, r->t_complex)) err_value(r, "complex modulo");
    }
    err_type(r, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, m);
}

#define UNARY(fn, slot, sym) \
    Value fn(Realm *r, Value a) { \
        Type *t = v_type(r, a); \
        if (!t->slot) err_type(r, "bad operand type for " sym ": '%s'", t->name); \
        return t->slot(r, a); \
    }
UNARY(op_neg, neg, "unary -")
UNARY(op_pos, pos, "unary +")
UNARY(op_invert, invert, "unary ~")
UNARY(op_abs, abs, "abs()")

/* ---------- comparison ---------- */

static const int swapped_op[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_sym[6] = {"<", "<=", "==", "!=", ">", ">="};

static Value op_richcmp_(Realm *r, Value a, Value b, int op);

/* Comparisons of nested containers re-enter here: counted as C recursion,
 * as CPython's Py_EnterRecursiveCall in PyObject_RichCompare. */
Value op_richcmp(Realm *r, Value a, Value b, int op) {
    err_check_stack_in(r, " in comparison");
    if (--r->steps_left == 0) limits_check(r);   /* comparisons in sorts and searches */
    r->c_depth++;
    Value v = op_richcmp_(r, a, b, op);
    r->c_depth--;
    return v;
}

static Value op_richcmp_(Realm *r, Value a, Value b, int op) {
    Type *ta = v_type(r, a), *tb = v_type(r, b);
    bool checked_reverse = false;
    if (ta != tb && tb->richcmp && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        Value v = tb->richcmp(r, b, a, swapped_op[op]);
        if (v != r->notimpl) return v;
    }
    if (ta->richcmp) {
        Value v = ta->richcmp(r, a, b, op);
        if (v != r->notimpl) return v;
    }
    if (!checked_reverse && tb->richcmp) {
        Value v = tb->richcmp(r, b, a, swapped_op[op]);
        if (v != r->notimpl) return v;
    }
    if (op == CMP_EQ) return v_bool(a == b);
    if (op == CMP_NE) return v_bool(a != b);
    err_type(r, "'%s' not supported between instances of '%s' and '%s'", cmp_sym[op], ta->name, tb->name);
}

bool op_cmp_bool(Realm *r, Value a, Value b, int op) {
    if (v_both_int(a, b)) {
        if (--r->steps_left == 0) limits_check(r);
        int64_t x = v_as_small(a), y = v_as_small(b);
        switch (op) {
        case CMP_LT: return x < y;
        case CMP_LE: return x <= y;
        case CMP_EQ: return x == y;
        case CMP_NE: return x != y;
        case CMP_GT: return x > y;
        default: return x >= y;
        }
    }
    Value v = op_richcmp(r, a, b, op);
    if (v == V_TRUE) return true;
    if (v == V_FALSE) return false;
    return op_truth(r, v);
}

bool op_eq(Realm *r, Value a, Value b) {
    if (a == b) return !v_is_float(a) || v_as_double(a) == v_as_double(a);  /* nan != nan */
    if (v_both_int(a, b)) return false;
    return op_cmp_bool(r, a, b, CMP_EQ);
}

bool op_truth(Realm *r, Value v) {
    if (v == V_TRUE) return true;
    if (v == V_FALSE || v == V_NONE) return false;
    if (v_is_int(v)) return v_as_small(v) != 0;
    if (v_is_float(v)) return v_as_double(v) != 0.0;
    Type *t = v_obj(v)->type;
    if (t->truth) return t->truth(r, v) != 0;
    if (t->len) return t->len(r, v) != 0;
    return true;
}

/* `in` by iteration: a TypeError from iter() becomes CPython's wording. */
bool op_contains_by_iter(Realm *r, Value container, Value item) {
    Value it = V_NULL;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        it = op_iter(r, container);
        err_untry(r, &j);
    } else {
        if (err_matches(r, r->exc, EXC(r, TypeError)))
            err_type(r, "argument of type '%T' is not iterable", container);
        err_raise(r, r->exc);
    }
    for (Value x; (x = op_next(r, it)) != V_NULL;)   /* budget */
        if (op_eq(r, x, item)) return true;
    return false;
}

bool op_contains(Realm *r, Value container, Value item) {
    Type *t = v_type(r, container);
    if (t->contains) return t->contains(r, container, item) != 0;
    if (!t->iter && !t->getitem)
        err_type(r, "argument of type '%s' is not iterable", t->name);
    return op_contains_by_iter(r, container, item);
}

/* ---------- hashing, repr, str ---------- */

int64_t op_hash(Realm *r, Value v) {
    if (v_is_int(v)) return int_hash(r, v);
    if (v_is_float(v)) return float_hash(v_as_double(v));
    Type *t = v_type(r, v);
    if (!t->hash) err_type(r, "unhashable type: '%s'", t->name);
    return t->hash(r, v);
}

Value op_repr(Realm *r, Value v) {
    Type *t = v_type(r, v);
    err_check_stack_in(r, " while getting the repr of an object");
    r->c_depth++;
    Value s = t->repr(r, v);
    r->c_depth--;
    return s;
}

Value op_str(Realm *r, Value v) {
    Type *t = v_type(r, v);
    if (t == r->t_str) return v;
    err_check_stack_in(r, " while getting the str of an object");
    r->c_depth++;
    Value s = (t->str ? t->str : t->repr)(r, v);
    r->c_depth--;
    return s;
}

Value op_ascii(Realm *r, Value v) {
    Value s = op_repr(r, v);
    Str *st = (Str *)v_obj(s);
    if (st->ascii) return s;
    StrBuf b;
    strbuf_init(r, &b);
    for (int64_t i = 0; i < st->len; i++) {
        uint32_t c = str_char(st, i);
        char tmp[16];
        if (c < 128) strbuf_add_char(&b, c);
        else {
            int n;
            if (c < 0x100) n = snprintf(tmp, sizeof tmp, "\\x%02x", c);
            else if (c < 0x10000) n = snprintf(tmp, sizeof tmp, "\\u%04x", c);
            else n = snprintf(tmp, sizeof tmp, "\\U%08x", c);
            strbuf_add_ascii(&b, tmp, (size_t)n);
        }
    }
    return strbuf_finish(&b);
}

/* ---------- iteration and containers ---------- */

Value op_iter(Realm *r, Value o) {
    Type *t = v_type(r, o);
    if (t->iter) return t->iter(r, o);
    if (t->getitem && !(t->flags & TF_DICT_SUB)) return seqiter_new(r, o);
    err_type(r, "'%s' object is not iterable", t->name);
}

Value op_next(Realm *r, Value it) {
    if (--r->steps_left == 0) limits_check(r);   /* iteration in built-ins */
    Type *t = v_type(r, it);
    if (!t->next) err_type(r, "'%s' object is not an iterator", t->name);
    return t->next(r, it);
}

int64_t op_len(Realm *r, Value o) {
    Type *t = v_type(r, o);
    if (!t->len) err_type(r, "object of type '%s' has no len()", t->name);
    return t->len(r, o);
}

Value op_getitem(Realm *r, Value o, Value k) {
    Type *t = v_type(r, o);
    if (t->getitem) return t->getitem(r, o, k);
    if (op_is_type(r, o)) {
        Value f = op_getattr_opt(r, o, NM(r, __class_getitem__));
        if (f != V_NULL) return op_call1(r, f, k);
        if (o == v_from_obj(r->t_type)) return o;
        err_type(r, "type '%s' is not subscriptable", ((Type *)v_obj(o))->name);
    }
    err_type(r, "'%s' object is not subscriptable", t->name);
}

void op_setitem(Realm *r, Value o, Value k, Value v) {
    Type *t = v_type(r, o);
    if (!t->setitem) err_type(r, "'%s' object does not support item assignment", t->name);
    t->setitem(r, o, k, v);
}

void op_delitem(Realm *r, Value o, Value k) {
    Type *t = v_type(r, o);
    if (!t->setitem) err_type(r, "'%s' object doesn't support item deletion", t->name);
    t->setitem(r, o, k, V_NULL);
}

/* ---------- isinstance / issubclass ---------- */

static bool is_tuple(Realm *r, Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_TUPLE_SUB); }

bool op_isinstance(Realm *r, Value o, Value cls) {
    Value ua = union_args(r, cls);
    if (ua != V_NULL) cls = ua;   /* a union checks as the tuple of its members */
    if (is_tuple(r, cls)) {
        err_check_stack(r);
        Tuple *t = tuple_ptr(cls);
        for (int64_t i = 0; i < t->len; i++)
            if (op_isinstance(r, o, t->items[i])) return true;
        return false;
    }
    Type *ot = v_type(r, o);
    if (v_from_obj(ot) == cls) return true;
    if (op_is_type(r, cls)) {
        Type *meta = v_type(r, cls);
        if (meta != r->t_type) {
            Value f = type_lookup(r, meta, NM(r, __instancecheck__));
            if (f != V_NULL && v_type(r, f) == r->t_function)
                return op_truth(r, op_call_special(r, cls, NM(r, __instancecheck__), &o, 1));
        }
        if (type_is_subtype(ot, (Type *)v_obj(cls))) return true;
        Value c = op_getattr_opt(r, o, NM(r, __class__));
        return c != V_NULL && op_is_type(r, c) && type_is_subtype((Type *)v_obj(c), (Type *)v_obj(cls));
    }
    Value f = op_call_special(r, cls, NM(r, __instancecheck__), &o, 1);
    if (f != V_NULL) return op_truth(r, f);
    err_type(r, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool op_issubclass(Realm *r, Value derived, Value cls) {
    Value ua = union_args(r, cls);
    if (ua != V_NULL) cls = ua;
    if (is_tuple(r, cls)) {
        err_check_stack(r);
        Tuple *t = tuple_ptr(cls);
        for (int64_t i = 0; i < t->len; i++)
            if (op_issubclass(r, derived, t->items[i])) return true;
        return false;
    }
    if (op_is_type(r, cls)) {
        Type *meta = v_type(r, cls);
        if (meta != r->t_type) {
            Value f = type_lookup(r, meta, NM(r, __subclasscheck__));
            if (f != V_NULL && v_type(r, f) == r->t_function)
                return op_truth(r, op_call_special(r, cls, NM(r, __subclasscheck__), &derived, 1));
        }
        if (!op_is_type(r, derived)) err_type(r, "issubclass() arg 1 must be a class");
        return type_is_subtype((Type *)v_obj(derived), (Type *)v_obj(cls));
    }
    Value f = op_call_special(r, cls, NM(r, __subclasscheck__), &derived, 1);
    if (f != V_NULL) return op_truth(r, f);
    err_type(r, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}
