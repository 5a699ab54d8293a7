/* ops: the abstract object protocol (CPython's abstract.c and object.c):
 * what `a + b`, `a[k]`, `a.x`, `f(x)`, `repr(a)`, `hash(a)`, `iter(a)` mean
 * for any values.  The VM's fast paths handle common types inline and fall
 * back to these. */
#ifndef ASP_OPS_H
#define ASP_OPS_H

#include "objects/objects.h"

Value op_getattr(Realm *r, Value o, Value name);            /* AttributeError if absent */
Value op_getattr_opt(Realm *r, Value o, Value name);        /* V_NULL if absent (AttributeError swallowed) */
void  op_setattr(Realm *r, Value o, Value name, Value v);
void  op_delattr(Realm *r, Value o, Value name);

Value op_call(Realm *r, Value f, Value *args, size_t nargs, Value kwnames);
Value op_call0(Realm *r, Value f);
Value op_call1(Realm *r, Value f, Value a);
Value op_call2(Realm *r, Value f, Value a, Value b);
/* f(*args, **kwargs) with a tuple and a dict (or V_NULL). */
Value op_call_ex(Realm *r, Value f, Value args, Value kwargs);
/* Calls o.name(args...); AttributeError if absent. */
Value op_call_method(Realm *r, Value o, Value name, Value *args, size_t nargs);
/* Looks up a dunder on the type and calls it bound to o; V_NULL if the type lacks it. */
Value op_call_special(Realm *r, Value o, Value name, Value *args, size_t nargs);

Value op_binary(Realm *r, int nb, Value a, Value b);
Value op_inplace(Realm *r, int nb, Value a, Value b);
Value op_pow3(Realm *r, Value a, Value b, Value m);
Value op_neg(Realm *r, Value a);
Value op_pos(Realm *r, Value a);
Value op_invert(Realm *r, Value a);
Value op_abs(Realm *r, Value a);

Value op_richcmp(Realm *r, Value a, Value b, int op);   /* result object */
bool  op_cmp_bool(Realm *r, Value a, Value b, int op);  /* truth of the result */
bool  op_eq(Realm *r, Value a, Value b);                /* identity shortcut, then == */
bool  op_truth(Realm *r, Value v);
bool op_contains_by_iter(Realm *r, Value container, Value item);
bool  op_contains(Realm *r, Value container, Value item);

int64_t op_hash(Realm *r, Value v);                     /* TypeError: unhashable type */
Value op_repr(Realm *r, Value v);
Value op_str(Realm *r, Value v);
Value op_ascii(Realm *r, Value v);

Value op_iter(Realm *r, Value o);
Value op_next(Realm *r, Value it);                      /* V_NULL when exhausted */
int64_t op_len(Realm *r, Value o);
Value op_getitem(Realm *r, Value o, Value k);
void  op_setitem(Realm *r, Value o, Value k, Value v);
void  op_delitem(Realm *r, Value o, Value k);

bool op_isinstance(Realm *r, Value o, Value cls);
bool op_issubclass(Realm *r, Value derived, Value cls);
static inline bool op_is_type(Realm *r, Value v) {
    return v_is_obj(v) && (v_obj(v)->type->flags & TF_TYPE_SUB);
}
/* Names of the binary operators for error messages: "+", "-", ... */
const char *op_nb_symbol(int nb);

#endif
