/* _traceback: the text of exceptions as asp prints them (exc_format.c),
 * and the location of a calling frame (caller()), for the traceback module written in Python (src/modules/py/traceback.py).
 * asp keeps no traceback objects a guest can walk (exc.__traceback__ is
 * None), so the formatting is done here from the interpreter's records. */
#include "core/realm.h"
#include "modules/modules.h"
#include "vm/frame.h"
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

/* caller(depth=0): (filename, lineno, function name, module name, source
 * line or None) of the Python frame `depth` levels above the one calling
 * caller(); for warnings and logging, which need the location of their
 * caller without a frame object a guest could walk. */
static Value tbmod_caller(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "caller", nargs, kw, 0, 1);
    int64_t depth = nargs ? int_as_ssize(r, num_index(r, args[0])) : 0;
    if (depth < 0) err_value(r, "depth must be non-negative");
    Frame *f = r->frame;
    for (int64_t i = 0; f && i < depth; i++) f = f->prev;
    if (!f) err_value(r, "call stack is not deep enough");
    Code *c = f->code;
    int64_t line = c->firstlineno;
    if (c->locs && f->pc > 0 && f->pc - 1 < c->nops) line = c->locs[f->pc - 1].line;
    Value modname = dict_get_str(r, f->globals, NM(r, __name__));
    Value items[5] = {c->filename, int_from_i64(r, line), c->name, modname == V_NULL ? V_NONE : modname,
                      exc_source_line(r, c, line)};
    return tuple_from_array(r, items, 5);
}

static const MethodDef tbmod_functions[] = {
    {"caller", tbmod_caller, 0},
    {"format", tbmod_format, 0},
    {"format_only", tbmod_format_only, 0},
    {NULL, NULL, 0},
};

Value traceback_module_new(Realm *r) {
    Value m = module_new(r, str_from_cstr(r, "_traceback"));
    modules_add_functions(r, m, tbmod_functions);
    return m;
}
