/* _traceback: the text of exceptions as asp prints them (exc_format.c),
 * the locations of traceback entries and of calling frames, for the
 * traceback, warnings and logging modules written in Python
 * (src/modules/py/).  asp has no frame objects a guest could walk, so what
 * those modules need of a frame comes from here. */
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
/* The frame `depth` (args[0], default 0) levels above the caller, or NULL.
 * An inlined comprehension's frame stands for its caller's, as CPython 3.13
 * runs such comprehensions in the caller's frame. */
static Frame *frame_up(Realm *r, const char *fname, Value *args, size_t nargs, Value kw) {
    arg_count(r, fname, nargs, kw, 0, 1);
    int64_t depth = nargs ? int_as_ssize(r, num_index(r, args[0])) : 0;
    if (depth < 0) err_value(r, "depth must be non-negative");
    Frame *f = r->frame;
    for (int64_t i = 0; f && i < depth; i++) {
        bool inlined = (f->code->flags & CO_INLINED_COMP) != 0;
        f = f->prev;
        if (inlined && f) f = f->prev;
    }
    return f;
}

static Value tbmod_caller(Realm *r, Value *args, size_t nargs, Value kw) {
    Frame *f = frame_up(r, "caller", args, nargs, kw);
    if (!f) err_value(r, "call stack is not deep enough");
    Code *c = f->code;
    int64_t line = c->firstlineno;
    if (c->locs && f->pc > 0 && f->pc - 1 < c->nops) line = c->locs[f->pc - 1].line;
    Value modname = dict_get_str(r, f->globals, NM(r, __name__));
    Value items[5] = {c->filename, int_from_i64(r, line), c->name, modname == V_NULL ? V_NONE : modname,
                      exc_source_line(r, c, line)};
    return tuple_from_array(r, items, 5);
}

/* frame_summary(depth=0): the location summary (exc_location_summary:
 * filename, lineno, end_lineno, colno, end_colno, name, line, text) of the
 * frame `depth` levels above the caller, without columns, or None past the
 * outermost frame; for traceback.extract_stack. */
static Value tbmod_frame_summary(Realm *r, Value *args, size_t nargs, Value kw) {
    Frame *f = frame_up(r, "frame_summary", args, nargs, kw);
    if (!f) return V_NONE;
    Code *c = f->code;
    int32_t line = c->firstlineno;
    if (c->locs && f->pc > 0 && f->pc - 1 < c->nops) line = c->locs[f->pc - 1].line;
    /* only the line: CPython's extract_stack keeps no columns */
    CodeLoc loc = {line, line, -1, -1};
    return exc_location_summary(r, c, &loc);
}

/* tb_summary(tb): the location summary of a traceback object's entry */
static Value tbmod_tb_summary(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "tb_summary", nargs, kw, 1, 1);
    return exc_traceback_summary(r, args[0]);
}

static const MethodDef tbmod_functions[] = {
    {"frame_summary", tbmod_frame_summary, 0},
    {"tb_summary", tbmod_tb_summary, 0},
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
