/* finalize: running the weak-reference callbacks and __del__ methods that
 * the collector queued (see heap.c and docs/decisions/finalizers.md).
 *
 * The collector never runs Python code: it only clears weak references,
 * queues what is due and keeps the queued objects alive.  fin_run_pending
 * runs the queue at points where arbitrary Python code may run: between
 * instructions (backward jumps) and in gc.collect().  As in CPython, an
 * exception raised by a callback or a __del__ is printed ("Exception ignored
 * in: ...") and does not propagate; only a resource limit (instruction or
 * time budget, host interrupt) ends the run, leaving the rest queued.
 *
 * Invariant: heap->running_pending is true exactly while this runs, so a
 * finalizer that triggers another safe point does not nest. */
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/vm.h"

/* Writes text to sys.stderr when the program imported sys (so a replaced
 * sys.stderr receives it, as in CPython), else to the host's error sink. */
static void fin_write_err(Realm *r, Value text) {
    Value sys = dict_get_str(r, r->modules, str_intern_cstr(r, "sys"));
    if (sys != V_NULL && v_is_obj(sys) && v_obj(sys)->type == r->t_module) {
        Value err = dict_get_str(r, ((Module *)v_obj(sys))->dict, str_intern_cstr(r, "stderr"));
        if (err != V_NULL && err != V_NONE) {
            ErrJmp j;
            if (ERR_TRY(r, &j)) {
                op_call_method(r, err, str_intern_cstr(r, "write"), &text, 1);
                err_untry(r, &j);
                return;
            }
            if (v_type(r, r->exc) == r->t_limit_error) err_raise(r, r->exc);
            return;   /* CPython gives up silently too */
        }
    }
    size_t n;
    const char *s = str_utf8(r, text, &n);
    if (r->write_err) r->write_err(r->write_ud, s, n);
}

/* Prints exc as CPython's default sys.unraisablehook does. */
static void fin_report(Realm *r, Value obj, Value exc) {
    Value head;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        head = str_format(r, "Exception ignored in: %R\n", obj);
        err_untry(r, &j);
    } else {
        if (v_type(r, r->exc) == r->t_limit_error) err_raise(r, r->exc);
        head = str_from_cstr(r, "Exception ignored in: <object repr() failed>\n");
    }
    Value text = str_concat(r, head, exc_format_unraisable(r, exc));
    fin_write_err(r, text);
}

/* Calls fn(args) reporting any exception against obj; a resource limit
 * propagates. */
static void fin_call(Realm *r, Value fn, Value *args, size_t nargs, Value obj) {
    Value saved_info = r->exc_info, saved_stop = r->stop_value;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        op_call(r, fn, args, nargs, V_NULL);
        err_untry(r, &j);
    } else {
        Value exc = r->exc;
        r->exc_info = saved_info;
        r->stop_value = saved_stop;
        if (v_type(r, exc) == r->t_limit_error) err_raise(r, exc);
        fin_report(r, obj, exc);
    }
    r->exc_info = saved_info;
    r->stop_value = saved_stop;
}

/* Runs the next queued item; false when the queues are empty. */
static bool fin_run_one(Realm *r) {
    Heap *h = &r->heap;
    if (h->cb_head) {
        WeakRef *wr = h->cb_head;
        h->cb_head = wr->cb_next;
        if (!h->cb_head) h->cb_tail = NULL;
        wr->cb_next = NULL;
        Value cb = wr->callback;
        wr->callback = V_NULL;   /* as CPython: __callback__ is None once called */
        Value arg = v_from_obj(wr);
        fin_call(r, cb, &arg, 1, cb);
        heap_keep(arg);
        return true;
    }
    if (h->fin_first < h->fin_n) {
        Obj *o = h->fin[h->fin_first++];
        if (h->fin_first == h->fin_n) h->fin_first = h->fin_n = 0;
        Value self = v_from_obj(o);
        if (o->type == r->t_generator || o->type == r->t_coroutine) {
            /* a collected generator suspended in try/with is closed */
            Value close = type_lookup(r, o->type, NM(r, close));
            if (close != V_NULL) fin_call(r, close, &self, 1, self);
        } else {
            Value del = type_lookup(r, o->type, NM(r, __del__));
            if (del != V_NULL) fin_call(r, del, &self, 1, del);
        }
        heap_keep(self);
        return true;
    }
    return false;
}

void fin_run_pending(Realm *r) {
    Heap *h = &r->heap;
    if (h->running_pending || !heap_has_pending(h)) return;
    h->running_pending = true;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        while (fin_run_one(r)) {}   /* budget: each call runs Python code, which counts its steps */
        err_untry(r, &j);
    } else {
        h->running_pending = false;
        err_raise(r, r->exc);
    }
    h->running_pending = false;
}

/* Forgets the queued weak-reference callbacks. */
static void fin_drop_callbacks(Heap *h) {
    WeakRef *next;
    for (WeakRef *w = h->cb_head; w; w = next) {
        next = w->cb_next;
        w->cb_next = NULL;
    }
    h->cb_head = h->cb_tail = NULL;
}

/* A collection that does not scan the C stack: fin_shutdown's caller holds
 * no object that the roots do not reach (the run is over). */
static void fin_collect_precise(Realm *r) {
    r->heap.skip_c_scan = true;
    heap_collect(r);
    r->heap.skip_c_scan = false;
}

/* A collection, then what it queued, a few rounds while that frees more.
 * Without `callbacks`, weak-reference callbacks are dropped (CPython calls
 * none while it clears module dicts at exit). */
static void fin_collect_run(Realm *r, bool callbacks) {
    fin_collect_precise(r);
    for (int round = 0; round < 4 && heap_has_pending(&r->heap); round++) {
        if (!callbacks) fin_drop_callbacks(&r->heap);
        fin_run_pending(r);
        fin_collect_precise(r);
    }
    if (!callbacks) fin_drop_callbacks(&r->heap);
    fin_run_pending(r);
}

/* Are there objects whose death the program could observe? */
static bool fin_observable(Realm *r) { return r->heap.has_del || r->heap.weak_used || heap_has_pending(&r->heap); }

#define FIN_SHUTDOWN_NAMES 256   /* names cleared one collection each; the rest together */

/* Sets the main module's names to None in CPython's order; with `single`,
 * the names with one leading underscore, else the others.  The dict is
 * walked by position with no list of its own (a list held only here would
 * not survive fin_collect_precise); a finalizer changing the dict may make
 * the walk skip or repeat a name, which does no harm. */
static void fin_clear_names(Realm *r, Value d, bool single, int64_t *cleared) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {   /* budget: finalizers count their own steps */
        if (!(v_is_obj(k) && (v_obj(k)->type->flags & TF_STR_SUB)) || v == V_NONE) continue;
        Str *s = (Str *)v_obj(k);
        bool one = s->len >= 1 && str_char(s, 0) == '_' && !(s->len >= 2 && str_char(s, 1) == '_');
        if (one != single || str_eq(k, NM(r, __builtins__))) continue;
        dict_set(r, d, k, V_NONE);
        if (++*cleared <= FIN_SHUTDOWN_NAMES && fin_observable(r)) fin_collect_run(r, false);
    }
}

/* module.name() when the module has been imported (and has that name). */
static void fin_call_module_hook(Realm *r, const char *module, const char *name) {
    Value m = dict_get_str(r, r->modules, str_intern_cstr(r, module));
    if (m == V_NULL || !v_is_obj(m) || v_obj(m)->type != r->t_module) return;
    Value fn = dict_get_str(r, ((Module *)v_obj(m))->dict, str_intern_cstr(r, name));
    if (fn != V_NULL) fin_call(r, fn, NULL, 0, fn);
}

void fin_shutdown(Realm *r) {
    if (r->limit_hit) return;
    ErrJmp j;
    if (!ERR_TRY(r, &j)) {
        /* only a resource limit or a failure to report gets here: the
         * program is over either way */
        r->heap.skip_c_scan = false;
        return;
    }
    /* as CPython: first the threads started and not run yet (threading
     * runs them one at a time, see src/modules/py/threading.py), then the
     * weakref.finalize objects still alive with atexit set, newest first */
    fin_call_module_hook(r, "threading", "_shutdown");
    fin_call_module_hook(r, "weakref", "_exitfunc");
    if (fin_observable(r)) fin_collect_run(r, true);
    /* the main module's names go, as CPython clears module dicts: those
     * with a single leading underscore first, then the others */
    Value m = r->main_module;
    if (m != V_NULL && v_is_obj(m) && v_obj(m)->type == r->t_module && fin_observable(r)) {
        Value d = ((Module *)v_obj(m))->dict;
        int64_t cleared = 0;
        fin_clear_names(r, d, true, &cleared);
        fin_clear_names(r, d, false, &cleared);
    }
    if (fin_observable(r)) fin_collect_run(r, false);
    err_untry(r, &j);
}
