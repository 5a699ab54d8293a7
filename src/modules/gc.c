/* gc: the parts of CPython's gc module that cannot break the sandbox.
 *
 * collect() runs a full collection and then the weak-reference callbacks
 * and __del__ methods it queued (see src/vm/finalize.c), a few rounds while
 * they free more.  enable()/disable() only record a state that isenabled()
 * reports: asp has no reference counting, so the automatic collection is
 * what frees every object and keeps the heap limit meaningful; it always
 * runs.  Thresholds are kept for get_threshold() and have no effect.
 * Deliberately absent: get_objects, get_referrers, get_referents and
 * anything else that would show the heap to the guest. */
#include "core/realm.h"
#include "modules/modules.h"
#include "vm/frame.h"
#include "vm/ops.h"
#include "vm/vm.h"

static Value gc_collect(Realm *r, Value *args, size_t nargs, Value kw);

/* Was gc.collect called by a CALL instruction of the running frame, with
 * no C code between it and the only VM loop of the run, which asp_exec
 * started (r->clean_entry: its C frames hold nothing the roots miss)?  The CALL
 * instructions leave the frame's saved stack pointer on the callee's slot
 * (followed by the NULL self slot of CALL_METHOD), with the arguments
 * after it. */
static bool gc_called_from_vm(Realm *r, Value *args) {
    Frame *f = r->frame;
    if (!f || !f->code || r->c_depth != 1 || !r->clean_entry) return false;
    Value *end = f->stack + f->code->stacksize;
    if (!(f->sp >= f->stack && f->sp < end && args > f->sp && args <= end)) return false;
    Value callee = f->sp[0];
    if (!(v_is_obj(callee) && v_obj(callee)->type == r->t_builtin_function_or_method &&
          ((NativeFunc *)v_obj(callee))->fn == gc_collect))
        return false;
    return args == f->sp + 1 || (args == f->sp + 2 && f->sp[1] == V_NULL);
}

/* Clears the operand-stack slots that hold dead values (a popped temporary
 * stays in its slot) which the checked scan of the value stack would keep
 * alive: in the calling frame, those above gc.collect's own arguments; in
 * the outer frames of the run, which gc_called_from_vm showed are all
 * suspended in a Python-to-Python CALL (their arguments already copied to
 * the callee), those from the saved stack pointer up. */
static void gc_clear_stale_stack(Realm *r, Value *args, size_t nargs) {
    Frame *f = r->frame;
    Value *end = f->stack + f->code->stacksize;
    if (nargs > (size_t)(end - args)) return;
    for (Value *p = args + nargs; p < end; p++) *p = V_NULL;
    for (Frame *g = f; !g->entry && g->prev; ) {
        g = g->prev;
        if (!g->code || g->gen != V_NULL) break;
        Value *gend = g->stack + g->code->stacksize;
        if (g->sp < g->stack || g->sp > gend) break;
        for (Value *p = g->sp; p < gend; p++) *p = V_NULL;
    }
}

/* Overwrites the dead C stack below this frame, where earlier deeper calls
 * left object pointers that the conservative scan could take for live
 * ones. */
__attribute__((noinline)) static void gc_wipe_c_stack(void) {
    volatile uintptr_t area[2048];
    for (size_t i = 0; i < sizeof area / sizeof area[0]; i++) area[i] = 0;
}

/* One collection.  When gc.collect was called straight from the VM loop
 * and no C code is in between, everything alive is reachable from the
 * realm's roots, the frames and their value stack, so the C stack is not
 * scanned: the VM loop's spill slots and registers keep stale pointers to
 * objects the program dropped, which would otherwise survive. */
__attribute__((noinline)) static size_t gc_collect_once(Realm *r, bool precise) {
    size_t before = r->heap.freed_objects;
    r->heap.skip_c_scan = precise;
    heap_collect(r);
    r->heap.skip_c_scan = false;
    return r->heap.freed_objects - before;
}

static Value gc_collect(Realm *r, Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"generation", NULL};
    Value o[1];
    arg_parse(r, "collect", args, nargs, kw, 0, 0, names, o);
    if (o[0] != V_NULL) {
        if (!int_check(r, o[0])) err_type(r, "'%T' object cannot be interpreted as an integer", o[0]);
        int64_t g = int_as_i64(r, o[0]);
        if (g < 0 || g > 2) err_value(r, "invalid generation");
    }
    bool precise = gc_called_from_vm(r, args);
    if (precise) {
        gc_clear_stale_stack(r, args, nargs + (kw != V_NULL ? (size_t)tuple_ptr(kw)->len : 0));
        /* no exception is propagating: r->exc is the last one raised, which
         * its handler has finished with (an active handler's exception is
         * in r->exc_info and on the value stack) */
        r->exc = V_NULL;
    }
    gc_wipe_c_stack();
    size_t freed = gc_collect_once(r, precise);
    /* what the callbacks and finalizers let go of dies now too, as it would
     * under reference counting (bounded: a finalizer may keep making work) */
    for (int round = 0; round < 4 && heap_has_pending(&r->heap); round++) {
        fin_run_pending(r);
        gc_wipe_c_stack();
        freed += gc_collect_once(r, precise && gc_called_from_vm(r, args));
    }
    fin_run_pending(r);
    return int_from_i64(r, (int64_t)freed);
}

static Value gc_enable(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "enable", n, kw, 0, 0);
    r->heap.gc_disabled = false;
    return V_NONE;
}
static Value gc_disable(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "disable", n, kw, 0, 0);
    r->heap.gc_disabled = true;
    return V_NONE;
}
static Value gc_isenabled(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "isenabled", n, kw, 0, 0);
    return r->heap.gc_disabled ? V_FALSE : V_TRUE;
}
static Value gc_get_threshold(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "get_threshold", n, kw, 0, 0);
    int64_t *t = r->heap.thresholds;
    return tuple_pack(r, 3, int_from_i64(r, t[0]), int_from_i64(r, t[1]), int_from_i64(r, t[2]));
}
static Value gc_set_threshold(Realm *r, Value *a, size_t n, Value kw) {
    if (kw != V_NULL && tuple_ptr(kw)->len > 0) err_type(r, "set_threshold() takes no keyword arguments");
    if (n < 1) err_type(r, "set_threshold() takes at least 1 argument (0 given)");
    if (n > 3) err_type(r, "set_threshold() takes at most 3 arguments (%zu given)", n);
    int64_t v[3];
    for (size_t i = 0; i < n; i++) {
        if (!int_check(r, a[i]) || v_is_bool(a[i])) {
            if (v_is_float(a[i])) err_type(r, "'float' object cannot be interpreted as an integer");
        }
        v[i] = int_as_i64(r, a[i]);
    }
    for (size_t i = 0; i < n; i++) r->heap.thresholds[i] = v[i];
    return V_NONE;
}
static Value gc_get_count(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "get_count", n, kw, 0, 0);
    return tuple_pack(r, 3, v_small(0), v_small(0), v_small(0));
}
static Value gc_is_finalized(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "is_finalized", n, kw, 1, 1);
    return v_is_obj(a[0]) && heap_finalized(v_obj(a[0])) ? V_TRUE : V_FALSE;
}

static const MethodDef gc_functions[] = {
    {"collect", gc_collect, 0},
    {"enable", gc_enable, 0},
    {"disable", gc_disable, 0},
    {"isenabled", gc_isenabled, 0},
    {"get_threshold", gc_get_threshold, 0},
    {"set_threshold", gc_set_threshold, 0},
    {"get_count", gc_get_count, 0},
    {"is_finalized", gc_is_finalized, 0},
    {NULL, NULL, 0},
};

Value gc_module_new(Realm *r) {
    Value m = module_new(r, str_intern_cstr(r, "gc"));
    modules_add_functions(r, m, gc_functions);
    Value d = ((Module *)v_obj(m))->dict;
    dict_set_cstr(r, d, "garbage", list_new(r, 0));
    dict_set_cstr(r, d, "callbacks", list_new(r, 0));
    return m;
}
