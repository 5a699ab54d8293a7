/* error: raising via longjmp (see error.h). */
#include <stdlib.h>
#include <stdio.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "objects/exc_impl.h"
#include "vm/ops.h"

void err_try_push(Realm *r, ErrJmp *j) {
    j->prev = r->jmp;
    j->frame = r->frame;
    j->c_depth = r->c_depth;
    j->depth = r->depth;
    j->stack_top = r->stack_top;
    r->jmp = j;
}

void err_untry(Realm *r, ErrJmp *j) {
    r->jmp = j->prev;
}

/* Sets exc.__context__ to the exception being handled, as CPython does for
 * every exception raised inside an except or finally block, cutting any
 * cycle that would form. */
static void chain_context(Realm *r, Value exc) {
    Value ctx = r->exc_info;
    if (ctx == V_NULL || ctx == V_NONE || ctx == exc || !v_is_obj(exc)) return;
    if (!(v_obj(exc)->type->flags & TF_EXC_SUB)) return;
    Exception *e = (Exception *)v_obj(exc);
    if (e->context != V_NONE && e->context != V_NULL) return;
    /* cut a cycle: if exc is already in ctx's context chain, unlink it */
    Value o = ctx;
    for (int guard = 0; guard < 10000 && o != V_NONE && o != V_NULL; guard++) {
        Exception *oe = (Exception *)v_obj(o);
        if (oe->context == exc) { oe->context = V_NONE; break; }
        o = oe->context;
    }
    e->context = ctx;
}

_Noreturn void err_raise(Realm *r, Value exc) {
    ErrJmp *j = r->jmp;
    if (!r->reraise) chain_context(r, exc);
    r->exc = exc;
    if (!j) {
        /* A raise with no catch point is a bug in asp: every entry point
         * installs one.  Abort rather than run on in an unknown state. */
        abort();
    }
    r->jmp = j->prev;
    r->exc_frame = r->frame;
    r->exc_depth = r->depth;
    r->exc_stack_top = r->stack_top;
    r->frame = j->frame;
    r->c_depth = j->c_depth;
    r->depth = j->depth;
    r->stack_top = j->stack_top;
    longjmp(j->buf, 1);
}

_Noreturn void err_no_memory(Realm *r) {
    /* The MemoryError instance is preallocated: raising must not allocate. */
    err_raise(r, r->memory_error);
}

static _Noreturn void err_vformat(Realm *r, Type *t, const char *fmt, va_list ap) {
    Value msg = str_vformat(r, fmt, ap);
    err_raise(r, exc_new_msg(r, t, msg));
}

_Noreturn void err_format(Realm *r, Type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    err_vformat(r, t, fmt, ap);
}

#define DEF_ERR(fn, E) \
    _Noreturn void fn(Realm *r, const char *fmt, ...) { \
        va_list ap; va_start(ap, fmt); err_vformat(r, EXC(r, E), fmt, ap); }
DEF_ERR(err_type, TypeError)
DEF_ERR(err_value, ValueError)
DEF_ERR(err_index, IndexError)
DEF_ERR(err_overflow, OverflowError)

_Noreturn void err_zero_div(Realm *r, const char *msg) {
    err_format(r, EXC(r, ZeroDivisionError), "%s", msg);
}

_Noreturn void err_attribute(Realm *r, Value obj, Value name) {
    Value exc;
    if (op_is_type(r, obj))
        exc = exc_new_msg(r, EXC(r, AttributeError),
                          str_format(r, "type object '%s' has no attribute '%U'",
                                     ((Type *)v_obj(obj))->name, name));
    else if (v_is_obj(obj) && v_obj(obj)->type == r->t_module)
        exc = exc_new_msg(r, EXC(r, AttributeError),
                          str_format(r, "module '%U' has no attribute '%U'",
                                     ((Module *)v_obj(obj))->name, name));
    else
        exc = exc_new_msg(r, EXC(r, AttributeError),
                          str_format(r, "'%T' object has no attribute '%U'", obj, name));
    /* name and obj feed the traceback's "Did you mean" suggestion */
    exc_field_set(r, exc, E_AttributeError, XF_ATTR_NAME, name);
    exc_field_set(r, exc, E_AttributeError, XF_ATTR_OBJ, obj);
    err_raise(r, exc);
}

_Noreturn void err_key(Realm *r, Value key) {
    Value args = tuple_pack(r, 1, key);
    Value exc = exc_new(r, EXC(r, KeyError), tuple_ptr(args)->items, 1);
    err_raise(r, exc);
}

/* As err_check_stack; the message names what was being done, as CPython's
 * Py_EnterRecursiveCall(" while getting the repr of an object"). */
void err_check_stack_in(Realm *r, const char *where) {
    char here;
    if ((uintptr_t)&here < r->c_stack_limit || r->c_depth > r->max_c_depth)
        err_format(r, EXC(r, RecursionError), "maximum recursion depth exceeded%s", where);
}

void err_check_stack(Realm *r) {
    char here;
    if ((uintptr_t)&here < r->c_stack_limit || r->c_depth > r->max_c_depth)
        err_format(r, EXC(r, RecursionError), "maximum recursion depth exceeded");
}

bool err_matches(Realm *r, Value exc, Type *t) {
    return type_is_subtype(v_type(r, exc), t);
}
