/* error: raising and catching Python exceptions in C.
 *
 * A raise never returns: it longjmps to the innermost ErrJmp of the realm
 * (as Lua's luaD_throw and MicroPython's nlr).  No caller checks return codes.
 * Rule for C code: hold no non-heap resource (malloc'd buffer, lock, file)
 * across a call that may raise, or catch around it.
 *
 *     ErrJmp j;
 *     if (ERR_TRY(r, &j)) {
 *         ... code that may raise ...
 *         err_untry(r, &j);
 *     } else {
 *         Value exc = r->exc;   ... (j is already popped)
 *     }
 */
#ifndef ASP_ERROR_H
#define ASP_ERROR_H

#include <setjmp.h>
#include <stdarg.h>
#include "core/object.h"

typedef struct ErrJmp {
    struct ErrJmp *prev;
    jmp_buf buf;
    struct Frame *frame;      /* VM state to restore on catch */
    uint32_t c_depth;
    uint32_t depth;
    Value *stack_top;
} ErrJmp;

void err_try_push(Realm *r, ErrJmp *j);
#define ERR_TRY(r, j) (err_try_push((r), (j)), setjmp((j)->buf) == 0)
void err_untry(Realm *r, ErrJmp *j);

_Noreturn void err_raise(Realm *r, Value exc);
/* Raises an instance of t with a message formatted by str_format (see str.h):
 * %s (C string), %d, %ld, %lld, %zd, %zu, %c (code point), %% , and for Values:
 * %R repr(v), %S str(v), %T type name of v, %U a str Value as is. */
_Noreturn void err_format(Realm *r, Type *t, const char *fmt, ...);
_Noreturn void err_no_memory(Realm *r);

/* Common raises. */
_Noreturn void err_type(Realm *r, const char *fmt, ...);
_Noreturn void err_value(Realm *r, const char *fmt, ...);
_Noreturn void err_index(Realm *r, const char *fmt, ...);
_Noreturn void err_attribute(Realm *r, Value obj, Value name);
_Noreturn void err_key(Realm *r, Value key);
_Noreturn void err_overflow(Realm *r, const char *fmt, ...);
_Noreturn void err_zero_div(Realm *r, const char *msg);

/* Checks the C stack and the native-call depth; raises RecursionError. */
void err_check_stack(Realm *r);
void err_check_stack_in(Realm *r, const char *where);

/* True if exc is an instance of exception type t (or a subclass). */
bool err_matches(Realm *r, Value exc, Type *t);

#endif
