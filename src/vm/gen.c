/* gen: generator objects.  A generator owns its frame and value area; each
 * resumption links the frame into the realm's frame chain and runs it with
 * vm_run_frame until it yields, returns or raises. */
#include <stdio.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/vm.h"
#include "vm/opcodes.h"

static void gen_trace(Realm *r, Obj *o) {
    Gen *g = (Gen *)o;
    heap_mark(r, g->name);
    heap_mark(r, g->qualname);
    Frame *f = &g->frame;
    heap_mark_obj(r, f->code);
    Value fr[] = {f->func, f->globals, f->builtins, f->locals};
    heap_mark_array(r, fr, 4);
    if (g->area) heap_mark_conservative(r, g->area, g->area_slots);
}

static void gen_finalize(Realm *r, Obj *o) {
    Gen *g = (Gen *)o;
    heap_raw_free(r, g->area, g->area_slots * sizeof(Value));
    g->area = NULL;
}

Value gen_new(Realm *r, Value func, Code *c) {
    Func *fn = (Func *)v_obj(func);
    size_t nfast = (size_t)c->nlocals + c->ncells + c->nfree;
    size_t slots = nfast + c->stacksize;
    vm_ensure_caches(r, c);
    Gen *g = (Gen *)heap_alloc(r, r->t_generator, sizeof(Gen));
    g->area = heap_raw_alloc(r, slots * sizeof(Value));
    g->area_slots = slots;
    g->name = fn->name;
    g->qualname = fn->qualname;
    Frame *f = &g->frame;
    f->code = c;
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = V_NULL;
    f->fast = g->area;
    f->stack = g->area + nfast;
    f->sp = f->stack;
    f->gen = v_from_obj(g);
    g->state = GEN_CREATED;
    return v_from_obj(g);
}

/* vm_run_frame under a catch point: false when it raised (r->exc). */
static bool gen_run(Realm *r, Frame *f, Value exc, bool *yielded, Value *res) {
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        *res = vm_run_frame(r, f, exc, yielded);
        err_untry(r, &j);
        return true;
    }
    return false;
}

/* Throws exc into the sub-iterator of a generator suspended in `yield from`.
 * Returns 1 with *out the value to yield, 2 with *out the sub-iterator's
 * return value (the frame then goes on), 0 with *exc the exception to raise
 * in the frame. */
static int gen_throw_sub(Realm *r, Value sub, Value *exc, Value *out) {
    ErrJmp sj;
    if (ERR_TRY(r, &sj)) {
        int rc = 0;
        if (err_matches(r, *exc, EXC(r, GeneratorExit))) {
            Value cl = op_getattr_opt(r, sub, NM(r, close));
            if (cl != V_NULL) op_call0(r, cl);
        } else if (v_is_obj(sub) && v_obj(sub)->type == r->t_generator) {
            bool sd;
            *out = gen_resume(r, sub, V_NONE, *exc, &sd);
            rc = sd ? 2 : 1;
        } else {
            Value th = op_getattr_opt(r, sub, NM(r, throw));
            if (th != V_NULL) { *out = op_call1(r, th, *exc); rc = 1; }
        }
        err_untry(r, &sj);
        return rc;
    }
    *exc = r->exc;
    if (err_matches(r, *exc, EXC(r, StopIteration))) {
        *out = ((Exception *)v_obj(*exc))->value;
        return 2;
    }
    return 0;
}

Value gen_resume(Realm *r, Value gv, Value v, Value exc, bool *done) {
    Gen *g = (Gen *)v_obj(gv);
    if (g->state == GEN_RUNNING) err_value(r, "generator already executing");
    if (g->state == GEN_DONE) {
        if (exc != V_NULL) err_raise(r, exc);
        *done = true;
        return V_NONE;
    }
    if (g->state == GEN_CREATED && v != V_NONE && exc == V_NULL)
        err_type(r, "can't send non-None value to a just-started generator");
    if (r->depth >= r->max_depth) err_format(r, EXC(r, RecursionError), "maximum recursion depth exceeded");
    Frame *f = &g->frame;
    bool push_sent = g->state == GEN_SUSPENDED;
    if (exc != V_NULL && g->state == GEN_SUSPENDED && f->pc < f->code->nops &&
        INSTR_OP(f->code->ops[f->pc]) == OP_YIELD_FROM) {
        /* suspended in `yield from`: the sub-iterator gets the exception first */
        Value sub = f->sp[-1], out = V_NONE;
        g->state = GEN_RUNNING;
        int rc = gen_throw_sub(r, sub, &exc, &out);
        g->state = GEN_SUSPENDED;
        if (rc == 1) { *done = false; return out; }
        f->pc++;                   /* past the yield from */
        if (rc == 2) {
            f->sp[-1] = out;       /* the yield from expression's value */
            exc = V_NULL;
            push_sent = false;
        }
    }
    if (push_sent && exc == V_NULL) *f->sp++ = v;
    f->prev = r->frame;
    r->frame = f;
    r->depth++;
    g->state = GEN_RUNNING;
    bool yielded = false;
    Value res;
    if (!gen_run(r, f, exc, &yielded, &res)) {
        g->state = GEN_DONE;
        Value e = r->exc;
        if (err_matches(r, e, EXC(r, StopIteration))) {
            Value re = exc_new_msg(r, EXC(r, RuntimeError), str_from_cstr(r, "generator raised StopIteration"));
            ((Exception *)v_obj(re))->cause = e;
            ((Exception *)v_obj(re))->context = e;
            ((Exception *)v_obj(re))->suppress_context = true;
            err_raise(r, re);
        }
        err_raise(r, e);
    }
    g->state = yielded ? GEN_SUSPENDED : GEN_DONE;
    *done = !yielded;
    return res;
}

static Value gen_next(Realm *r, Value gv) {
    bool done;
    Value v = gen_resume(r, gv, V_NONE, V_NULL, &done);
    if (done) {
        r->stop_value = v;
        return V_NULL;
    }
    return v;
}

static _Noreturn void raise_stop(Realm *r, Value v) {
    Value args[1] = {v};
    Value e = exc_new(r, EXC(r, StopIteration), args, v == V_NONE ? 0 : 1);
    ((Exception *)v_obj(e))->value = v;
    err_raise(r, e);
}

static Value gen_send_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "send", nargs, kw, 2, 2);
    bool done;
    Value v = gen_resume(r, args[0], args[1], V_NULL, &done);
    if (done) raise_stop(r, v);
    return v;
}

static Value gen_throw_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "throw", nargs, kw, 2, 4);
    Value e = args[1];
    if (op_is_type(r, e)) {
        if (!(((Type *)v_obj(e))->flags & TF_EXC_SUB))
            err_type(r, "exceptions must be classes or instances deriving from BaseException, not type");
        e = nargs > 2 && args[2] != V_NONE ? op_call1(r, e, args[2]) : op_call0(r, e);
    } else if (!(v_type(r, e)->flags & TF_EXC_SUB)) {
        err_type(r, "exceptions must be classes or instances deriving from BaseException, not %T", e);
    }
    Gen *g = (Gen *)v_obj(args[0]);
    /* delegate to a sub-iterator we are suspended in (yield from) */
    bool done;
    Value v = gen_resume(r, args[0], V_NONE, e, &done);
    (void)g;
    if (done) raise_stop(r, v);
    return v;
}

static Value gen_close_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "close", nargs, kw, 1, 1);
    Gen *g = (Gen *)v_obj(args[0]);
    if (g->state == GEN_CREATED || g->state == GEN_DONE) { g->state = GEN_DONE; return V_NONE; }
    Value e = exc_new(r, EXC(r, GeneratorExit), NULL, 0);
    ErrJmp j;
    bool done = false;
    Value v = V_NONE;
    if (ERR_TRY(r, &j)) {
        v = gen_resume(r, args[0], V_NONE, e, &done);
        err_untry(r, &j);
    } else {
        if (err_matches(r, r->exc, EXC(r, GeneratorExit)) || err_matches(r, r->exc, EXC(r, StopIteration)))
            return V_NONE;
        err_raise(r, r->exc);
    }
    if (!done) err_format(r, EXC(r, RuntimeError), "generator ignored GeneratorExit");
    return v;
}

static Value gen_iter(Realm *r, Value g) { return g; }

static Value gen_repr(Realm *r, Value gv) {
    Gen *g = (Gen *)v_obj(gv);
    char addr[32];
    snprintf(addr, sizeof addr, "0x%llx", (unsigned long long)(gv ^ (r->hash_k0 & 0xfffffffff0ull)));
    return str_format(r, "<generator object %U at %s>", g->qualname, addr);
}

static Value gen_get_name(Realm *r, Value s) { return ((Gen *)v_obj(s))->name; }
static Value gen_get_qualname(Realm *r, Value s) { return ((Gen *)v_obj(s))->qualname; }
static Value gen_get_running(Realm *r, Value s) { return v_bool(((Gen *)v_obj(s))->state == GEN_RUNNING); }

static const MethodDef gen_methods[] = {
    {"send", gen_send_m, 0},
    {"throw", gen_throw_m, 0},
    {"close", gen_close_m, 0},
    {NULL, NULL, 0},
};
static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {NULL, NULL, NULL},
};

void gen_init_type(Realm *r) {
    Type *t = r->t_generator;
    t->basicsize = sizeof(Gen);
    t->trace = gen_trace;
    t->finalize = gen_finalize;
    t->iter = gen_iter;
    t->next = gen_next;
    t->repr = gen_repr;
    type_add_methods(r, t, gen_methods);
    type_add_getsets(r, t, gen_getsets);
}
