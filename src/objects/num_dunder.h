/* num_dunder: the Python-visible dunder methods of the built-in number types
 * (int.__add__, float.__radd__, complex.__eq__, int.__neg__, ...), which
 * forward to the type's own C slots, and the self/argument checks shared by
 * every method of int, float and complex.
 *
 * The wrappers call the slots of the built-in type itself (r->t_int...), never
 * those of type(self): a subclass's slot may be a wrapper calling back into a
 * Python __add__ that calls int.__add__, which must not recurse. */
#ifndef ASP_NUM_DUNDER_H
#define ASP_NUM_DUNDER_H

#include "objects/objects.h"

typedef bool (*NumSelfFn)(Realm *r, Value v);

/* Checks that a method of type t got a self of that type, then counts the
 * other arguments (between min and max of them). */
static inline void num_args(Realm *r, Type *t, NumSelfFn ok, const char *name, const Value *args,
                            size_t nargs, Value kw, size_t min, size_t max) {
    if (nargs < 1) err_type(r, "unbound method %s.%s() needs an argument", t->name, name);
    if (!ok(r, args[0]))
        err_type(r, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 name, t->name, v_type(r, args[0])->name);
    /* CPython words a no-argument method's complaint with the type name. */
    if (max == 0 && nargs > 1 && (kw == V_NULL || tuple_ptr(kw)->len == 0))
        err_type(r, "%s.%s() takes no arguments (%zu given)", t->name, name, nargs - 1);
    arg_count(r, name, nargs - 1, kw, min, max);
}

/* The same checks for a slot wrapper (int.__add__, float.__neg__, int.__pow__,
 * ...), worded as CPython's wrapper descriptors word them (the leading space
 * of the min != max messages is CPython's: the wrapper has no name there). */
static inline void num_wrapper_args(Realm *r, Type *t, NumSelfFn ok, const char *name, const Value *args,
                                    size_t nargs, Value kw, size_t min, size_t max) {
    if (nargs < 1) err_type(r, "descriptor '%s' of '%s' object needs an argument", name, t->name);
    if (!ok(r, args[0]))
        err_type(r, "descriptor '%s' requires a '%s' object but received a '%s'",
                 name, t->name, v_type(r, args[0])->name);
    if (kw != V_NULL && tuple_ptr(kw)->len > 0) err_type(r, "wrapper %s() takes no keyword arguments", name);
    size_t n = nargs - 1;
    if (n >= min && n <= max) return;
    if (min == max) err_type(r, "expected %zu argument%s, got %zu", min, min == 1 ? "" : "s", n);
    if (n < min) err_type(r, " expected at least %zu argument%s, got %zu", min, min == 1 ? "" : "s", n);
    err_type(r, " expected at most %zu argument%s, got %zu", max, max == 1 ? "" : "s", n);
}

static inline Value num_dunder_bin(Realm *r, Type *t, NumSelfFn ok, const char *name, int op, bool rev,
                                   Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, t, ok, name, args, nargs, kw, 1, 1);
    return rev ? t->nb[op](r, args[1], args[0]) : t->nb[op](r, args[0], args[1]);
}

static inline Value num_dunder_cmp(Realm *r, Type *t, NumSelfFn ok, const char *name, int op,
                                   Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, t, ok, name, args, nargs, kw, 1, 1);
    return t->richcmp(r, args[0], args[1], op);
}

static inline Value num_dunder_unary(Realm *r, Type *t, NumSelfFn ok, const char *name, UnaryFn fn,
                                     Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, t, ok, name, args, nargs, kw, 0, 0);
    return fn(r, args[0]);
}

/* Defines T_d_NAME and T_d_rNAME for binary slot OP of r->t_T. */
#define NUM_DUNDER_BIN(T, OK, OP, NAME) \
    static Value T##_d_##NAME(Realm *r, Value *a, size_t n, Value kw) { \
        return num_dunder_bin(r, r->t_##T, OK, "__" #NAME "__", OP, false, a, n, kw); } \
    static Value T##_d_r##NAME(Realm *r, Value *a, size_t n, Value kw) { \
        return num_dunder_bin(r, r->t_##T, OK, "__r" #NAME "__", OP, true, a, n, kw); }
#define NUM_DUNDER_BIN_DEFS(T, NAME) \
    {"__" #NAME "__", T##_d_##NAME, 0}, {"__r" #NAME "__", T##_d_r##NAME, 0}

#define NUM_DUNDER_CMP(T, OK, OP, NAME) \
    static Value T##_d_##NAME(Realm *r, Value *a, size_t n, Value kw) { \
        return num_dunder_cmp(r, r->t_##T, OK, "__" #NAME "__", OP, a, n, kw); }

/* Unary slot SLOT of r->t_T as __NAME__. */
#define NUM_DUNDER_UNARY(T, OK, SLOT, NAME) \
    static Value T##_d_##NAME(Realm *r, Value *a, size_t n, Value kw) { \
        return num_dunder_unary(r, r->t_##T, OK, "__" #NAME "__", r->t_##T->SLOT, a, n, kw); }

#define NUM_DUNDER_DEF(T, NAME) {"__" #NAME "__", T##_d_##NAME, 0}

#endif
