/* containers: private helpers shared by the container files (tuple.c,
 * list.c, list_sort.c, dict.c, dictview.c, set.c, range.c, slice.c, iter.c).
 * Not part of the public object API (objects.h). */
#ifndef ASP_CONTAINERS_H
#define ASP_CONTAINERS_H

#include "objects/objects.h"
#include "vm/ops.h"
#include "core/limits.h"

/* Keeps v (and so the raw buffer it owns) alive up to this point: the
 * collector scans the C stack for object addresses only, so a pointer into a
 * list's item buffer does not protect the list once v itself is dead. */
static inline void cont_keep(Value v) { heap_keep(v); }

/* Type tests that accept subclasses. */
static inline bool cont_is_tuple(Value v) {
    return v_is_obj(v) && (v_obj(v)->type->flags & TF_TUPLE_SUB);
}
static inline bool cont_is_list(Value v) {
    return v_is_obj(v) && (v_obj(v)->type->flags & TF_LIST_SUB);
}
static inline bool cont_is_dict(Value v) {
    return v_is_obj(v) && (v_obj(v)->type->flags & TF_DICT_SUB);
}
static inline bool cont_is_exact_str(Realm *r, Value v) {
    return v_is_obj(v) && v_obj(v)->type == r->t_str;
}
/* Item equality as CPython's PyObject_RichCompareBool: identity first (so a
 * NaN float, an immediate Value here, equals itself inside containers just
 * as the same NaN object does in CPython), then ==. */
/* Each comparison is a step: `x in big_list` loops stay interruptible. */
static inline bool cont_eq(Realm *r, Value a, Value b) {
    if (--r->steps_left == 0) limits_check(r);
    return a == b || op_eq(r, a, b);
}
bool cont_is_anyset(Realm *r, Value v);            /* set, frozenset or a subclass */
bool cont_is_frozenset(Realm *r, Value v);
/* True if v can be used as an index (int, bool, or has __index__). */
bool cont_has_index(Realm *r, Value v);
/* v.__index__() as int64, OverflowError "cannot fit 'T' into an index-sized integer". */
int64_t cont_index_ssize(Realm *r, Value v);

/* start/stop of index(x, start, stop): __index__, clamped to int64 (as
 * CPython's _PyEval_SliceIndexNotNone). */
int64_t cont_clamp_index(Realm *r, Value v);

/* Overflow-checked byte size n * elem + extra; MemoryError on overflow. */
size_t cont_size(Realm *r, size_t n, size_t elem, size_t extra);

/* Recursion guard for repr: returns false if v's repr is already in progress
 * (the caller prints "[...]" etc.).  On true, the caller must call
 * cont_repr_leave, also on error: use cont_repr_guarded. */
bool cont_repr_enter(Realm *r, Value v);
void cont_repr_leave(Realm *r, Value v);
/* Runs body(r, v) under the guard; returns `recursive` (a C string made a str)
 * when v is already being printed.  Leaves the guard on errors too. */
Value cont_repr_guarded(Realm *r, Value v, Value (*body)(Realm *, Value), const char *recursive);

/* Checks that a method of a built-in type got a `self` (args[0]) of one of
 * the types t1..t3 (NULL: unused) or a subclass: methods are callable
 * unbound (list.append(x, 1)) with any first argument, and every method
 * reads self's layout.  TypeError worded as CPython. */
void cont_self(Realm *r, const Value *args, size_t nargs, const char *name, Type *t1, Type *t2, Type *t3);

/* Dunder methods of built-in types that call the type's own C slot (so that
 * super().__repr__() in a subclass reaches the built-in behaviour). */
#define CONT_UNARY_M(fname, pyname, slot, t1, t2, t3) \
    static Value fname(Realm *r, Value *args, size_t nargs, Value kw) { \
        cont_self(r, args, nargs, pyname, t1, t2, t3); \
        arg_count(r, pyname, nargs - 1, kw, 0, 0); \
        return slot(r, args[0]); \
    }
#define CONT_NEXT_M(fname, slot, t1, t2, t3) \
    static Value fname(Realm *r, Value *args, size_t nargs, Value kw) { \
        cont_self(r, args, nargs, "__next__", t1, t2, t3); \
        arg_count(r, "__next__", nargs - 1, kw, 0, 0); \
        Value v_ = slot(r, args[0]); \
        if (v_ == V_NULL) cont_stop_iteration(r); \
        return v_; \
    }
#define CONT_HASH_M(fname, slot, t1) \
    static Value fname(Realm *r, Value *args, size_t nargs, Value kw) { \
        cont_self(r, args, nargs, "__hash__", t1, NULL, NULL); \
        arg_count(r, "__hash__", nargs - 1, kw, 0, 0); \
        return int_from_i64(r, slot(r, args[0])); \
    }
#define CONT_BIN_M(fname, pyname, expr, t1, t2, t3) \
    static Value fname(Realm *r, Value *args, size_t nargs, Value kw) { \
        cont_self(r, args, nargs, pyname, t1, t2, t3); \
        arg_count(r, pyname, nargs - 1, kw, 1, 1); \
        Value a = args[0], b = args[1]; \
        return expr; \
    }
/* The six comparison dunders over a richcmp slot. */
#define CONT_CMP_MS(prefix, slot, t1, t2, t3) \
    CONT_BIN_M(prefix##_eq_m, "__eq__", slot(r, a, b, CMP_EQ), t1, t2, t3) \
    CONT_BIN_M(prefix##_ne_m, "__ne__", slot(r, a, b, CMP_NE), t1, t2, t3) \
    CONT_BIN_M(prefix##_lt_m, "__lt__", slot(r, a, b, CMP_LT), t1, t2, t3) \
    CONT_BIN_M(prefix##_le_m, "__le__", slot(r, a, b, CMP_LE), t1, t2, t3) \
    CONT_BIN_M(prefix##_gt_m, "__gt__", slot(r, a, b, CMP_GT), t1, t2, t3) \
    CONT_BIN_M(prefix##_ge_m, "__ge__", slot(r, a, b, CMP_GE), t1, t2, t3)
#define CONT_CMP_DEFS(prefix) \
    {"__eq__", prefix##_eq_m, 0}, {"__ne__", prefix##_ne_m, 0}, {"__lt__", prefix##_lt_m, 0}, \
    {"__le__", prefix##_le_m, 0}, {"__gt__", prefix##_gt_m, 0}, {"__ge__", prefix##_ge_m, 0},
_Noreturn void cont_stop_iteration(Realm *r);

/* X.__new__(cls, ...) for a built-in type whose new_ slot is fn: checks
 * that cls is a subtype of base, then calls fn directly (cls->new_ may be
 * a Python __new__ that got here through super()). */
Value cont_new_wrapper(Realm *r, Type *base, NewFn fn, Value *args, size_t nargs, Value kw);
#define CONT_NEW_METHOD(fname, typefield, newfn) \
    static Value fname(Realm *r, Value *args, size_t nargs, Value kw) { \
        return cont_new_wrapper(r, r->typefield, newfn, args, nargs, kw); \
    }

/* Makes t[X] a types.GenericAlias (list[int], dict[str, int]). */
void cont_install_class_getitem(Realm *r, Type *t);

/* tuple.c */
Value tuple_alloc_type(Realm *r, Type *t, size_t n);  /* items V_NONE */
int64_t tuple_hash_items(Realm *r, const Value *items, int64_t n);

/* list.c */
void list_resize(Realm *r, Value list, int64_t newlen);   /* grows/shrinks len; new items V_NONE */
Value list_from_iterable(Realm *r, Value it);


/* dict.c */
Value dict_new_type(Realm *r, Type *t);
/* Index of key's entry or -1; hash computed by the caller. */
int64_t dict_lookup_index(Realm *r, Value d, Value key, int64_t hash);
void dict_set_hash(Realm *r, Value d, Value key, int64_t hash, Value v);
Value dict_pop_hash(Realm *r, Value d, Value key, int64_t hash);   /* V_NULL if absent */
void dict_clear(Realm *r, Value d);
Value dict_getitem(Realm *r, Value d, Value key);    /* with __missing__, KeyError */
Value dict_repr(Realm *r, Value d);

/* dictview.c */
enum { DV_KEYS, DV_VALUES, DV_ITEMS };
Value dictview_new(Realm *r, Value d, int kind);
Value dictiter_new(Realm *r, Value d, int kind, bool reverse);
void dictview_init_types(Realm *r);

/* set.c */
void set_clear(Realm *r, Value s);


/* The set algebra with CPython's insertion order (other: any iterable). */
Value set_intersection(Realm *r, Value so, Value other);
void set_difference_update(Realm *r, Value so, Value other);
void set_symmetric_difference_update(Realm *r, Value so, Value other);

/* range.c */


/* slice.c: clamps an index Value (None allowed -> def) to int64 as
 * PySlice_Unpack does. */
int64_t slice_clamp_index(Realm *r, Value v);

#endif
