/* _traceback: the text of exceptions as asp prints them (exc_format.c),
 * for the traceback module written in Python (src/modules/py/traceback.py).
 * asp keeps no traceback objects a guest can walk (exc.__traceback__ is
 * None), so the formatting is done here from the interpreter's records. */
#include "core/realm.h"
#include "modules/modules.h"
#include "vm/ops.h"

static void check_exc(Realm *r, Value v, const char *fname) {
    if (!(v_is_obj(v) && (v_obj(v)->type->flags & TF_EXC_SUB)))
        err_type(r, "%s() argument must be an exception, not %T", fname, v);
}

/* format(exc, chain=True): the whole text CPython prints for exc */
static Value tbmod_format(Realm *r, Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"exc", "chain", NULL};
    Value a[2];
    arg_parse(r, "format", args, nargs, kw, 1, 1, names, a);
    check_exc(r, a[0], "format");
    return exc_format_chain(r, a[0], a[1] == V_NULL || op_truth(r, a[1]));
}

/* format_only(exc): "Type: message" and the notes */
static Value tbmod_format_only(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "format_only", nargs, kw, 1, 1);
    return exc_format_only(r, args[0]);
}

static const MethodDef tbmod_functions[] = {
    {"format", tbmod_format, 0},
    {"format_only", tbmod_format_only, 0},
    {NULL, NULL, 0},
};

Value traceback_module_new(Realm *r) {
    Value m = module_new(r, str_from_cstr(r, "_traceback"));
    modules_add_functions(r, m, tbmod_functions);
    return m;
}
