/* gen: generator, coroutine and async generator objects.  A generator owns
 * its frame and value area; each resumption links the frame into the realm's
 * frame chain and runs it with vm_run_frame until it yields, returns or
 * raises.  Coroutines and async generators share the Gen layout (the type
 * tells them apart).  An `await` is a YIELD_FROM: while a coroutine or async
 * generator is suspended there, its frame's pc points at that YIELD_FROM,
 * which is how an async generator tells a value passed through to the
 * event loop (await) from a value it yields to its consumer (yield). */
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
    heap_mark(r, g->exc_info);
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
    Type *t = (c->flags & CO_COROUTINE) ? r->t_coroutine
              : (c->flags & CO_ASYNC_GENERATOR) ? r->t_async_generator : r->t_generator;
    Gen *g = (Gen *)heap_alloc(r, t, sizeof(Gen));
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
    g->exc_info = V_NULL;
    g->state = GEN_CREATED;
    return v_from_obj(g);
}

bool gen_is_gen(Realm *r, Value o) {
    return v_is_obj(o) && (v_obj(o)->type == r->t_generator || v_obj(o)->type == r->t_coroutine);
}

/* The word CPython's messages use for this kind of generator. */
static const char *gen_kind(Realm *r, Gen *g) {
    if (g->hdr.type == r->t_coroutine) return "coroutine";
    if (g->hdr.type == r->t_async_generator) return "async generator";
    return "generator";
}

/* Suspended in a YIELD_FROM (an await, in coroutines). */
static bool gen_in_yield_from(Gen *g) {
    Frame *f = &g->frame;
    return g->state == GEN_SUSPENDED && f->pc < f->code->nops && INSTR_OP(f->code->ops[f->pc]) == OP_YIELD_FROM;
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
        } else if (gen_is_gen(r, sub)) {
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
    bool coro = g->hdr.type == r->t_coroutine;
    if (g->state == GEN_RUNNING) err_value(r, "%s already executing", gen_kind(r, g));
    if (g->state == GEN_DONE) {
        if (coro) err_format(r, EXC(r, RuntimeError), "cannot reuse already awaited coroutine");
        if (exc != V_NULL) err_raise(r, exc);
        *done = true;
        return V_NONE;
    }
    if (g->state == GEN_CREATED && v != V_NONE && exc == V_NULL)
        err_type(r, "can't send non-None value to a just-started %s", gen_kind(r, g));
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
    /* sys.exc_info() is per generator: a handler suspended in a yield or
     * await keeps its exception to itself (the caller's shows through
     * otherwise) */
    Value saved_info = r->exc_info;
    if (g->exc_info != V_NULL) {
        r->exc_info = g->exc_info;
        /* leaving the outermost handler shows this caller's exception */
        for (uint32_t i = 0; i < f->nblocks; i++) {
            if (f->blocks[i].type != BLOCK_EXCEPT_HANDLER) continue;
            f->stack[f->blocks[i].level] = saved_info == V_NULL ? V_NONE : saved_info;
            break;
        }
    }
    g->exc_info = V_NULL;
    f->prev = r->frame;
    r->frame = f;
    r->depth++;
    g->state = GEN_RUNNING;
    bool yielded = false;
    Value res;
    if (!gen_run(r, f, exc, &yielded, &res)) {
        /* the catch point restored the frame chain as it was inside the
         * generator: unlink it, or the caller's traceback repeats it */
        r->frame = f->prev;
        r->depth--;
        g->state = GEN_DONE;
        r->exc_info = saved_info;
        Value e = r->exc;
        bool agen = g->hdr.type == r->t_async_generator;
        if (err_matches(r, e, EXC(r, StopIteration)) || (agen && err_matches(r, e, EXC(r, StopAsyncIteration)))) {
            bool sai = !err_matches(r, e, EXC(r, StopIteration));
            Value re = exc_new_msg(r, EXC(r, RuntimeError),
                                   str_format(r, "%s raised %s", gen_kind(r, g),
                                              sai ? "StopAsyncIteration" : "StopIteration"));
            ((Exception *)v_obj(re))->cause = e;
            ((Exception *)v_obj(re))->context = e;
            ((Exception *)v_obj(re))->suppress_context = true;
            err_raise(r, re);
        }
        err_raise(r, e);
    }
    if (yielded)
        for (uint32_t i = 0; i < f->nblocks; i++)
            if (f->blocks[i].type == BLOCK_EXCEPT_HANDLER) g->exc_info = r->exc_info;
    r->exc_info = saved_info;
    g->state = yielded ? GEN_SUSPENDED : GEN_DONE;
    /* suspended inside try/with: closing it when it is collected runs code
     * (gen_wants_close), so collections look for finalizable objects */
    if (yielded && f->nblocks && g->hdr.type != r->t_async_generator) r->heap.has_del = true;
    *done = !yielded;
    return res;
}

bool gen_wants_close(Realm *r, Obj *o) {
    if (o->type != r->t_generator && o->type != r->t_coroutine) return false;
    Gen *g = (Gen *)o;
    return g->state == GEN_SUSPENDED && g->frame.nblocks > 0;
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

/* The exception that throw(typ[, val[, tb]]) / athrow(...) raises. */
static Value gen_throw_arg(Realm *r, Value *args, size_t nargs) {
    Value e = args[1];
    if (op_is_type(r, e)) {
        if (!(((Type *)v_obj(e))->flags & TF_EXC_SUB))
            err_type(r, "exceptions must be classes or instances deriving from BaseException, not type");
        Value val = nargs > 2 ? args[2] : V_NONE;
        if (val != V_NONE && type_is_subtype(v_type(r, val), (Type *)v_obj(e))) e = val;   /* throw(T, T(...)) */
        else if (val != V_NONE && (v_type(r, val)->flags & TF_TUPLE_SUB))
            e = op_call(r, e, tuple_ptr(val)->items, (size_t)tuple_ptr(val)->len, V_NULL);
        else e = val != V_NONE ? op_call1(r, e, val) : op_call0(r, e);
    } else if (!(v_type(r, e)->flags & TF_EXC_SUB)) {
        err_type(r, "exceptions must be classes or instances deriving from BaseException, not %T", e);
    } else if (nargs > 2 && args[2] != V_NONE) {
        err_type(r, "instance exception may not have a separate value");
    }
    return e;
}

static Value gen_throw_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "throw", nargs, kw, 2, 4);
    Value e = gen_throw_arg(r, args, nargs);
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
    if (!done) err_format(r, EXC(r, RuntimeError), "%s ignored GeneratorExit", gen_kind(r, g));
    return v;
}

static Value gen_iter(Realm *r, Value g) { return g; }

static Value gen_repr(Realm *r, Value gv) {
    Gen *g = (Gen *)v_obj(gv);
    char addr[32];
    snprintf(addr, sizeof addr, "0x%llx", (unsigned long long)obj_masked_addr(r, gv));
    const char *k = g->hdr.type == r->t_async_generator ? "async_generator" : gen_kind(r, g);
    return str_format(r, "<%s object %U at %s>", k, g->qualname, addr);
}

static Value gen_get_name(Realm *r, Value s) { return ((Gen *)v_obj(s))->name; }
static Value gen_get_qualname(Realm *r, Value s) { return ((Gen *)v_obj(s))->qualname; }
static void gen_set_name(Realm *r, Value s, Value v) {
    if (v == V_NULL || !(v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB)))
        err_type(r, "__name__ must be set to a string object");
    ((Gen *)v_obj(s))->name = v;
}
static void gen_set_qualname(Realm *r, Value s, Value v) {
    if (v == V_NULL || !(v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB)))
        err_type(r, "__qualname__ must be set to a string object");
    ((Gen *)v_obj(s))->qualname = v;
}
static Value gen_get_running(Realm *r, Value s) { return v_bool(((Gen *)v_obj(s))->state == GEN_RUNNING); }

static const MethodDef gen_methods[] = {
    {"send", gen_send_m, 0},
    {"throw", gen_throw_m, 0},
    {"close", gen_close_m, 0},
    {NULL, NULL, 0},
};
static Value gen_get_code(Realm *r, Value s);
static Value gen_get_await(Realm *r, Value s);
static Value gen_get_suspended(Realm *r, Value s) { return v_bool(((Gen *)v_obj(s))->state == GEN_SUSPENDED); }
static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_running", gen_get_running, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_await, NULL},
    {NULL, NULL, NULL},
};

/* ---------- coroutines ---------- */

/* coroutine.__await__(): an iterator driving the coroutine. */
typedef struct CoroWrap {
    Obj hdr;
    Value coro;
} CoroWrap;

static void cw_trace(Realm *r, Obj *o) { heap_mark(r, ((CoroWrap *)o)->coro); }

static Value coro_await_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__await__", nargs, kw, 1, 1);
    CoroWrap *w = (CoroWrap *)heap_alloc(r, r->t_coroutine_wrapper, sizeof(CoroWrap));
    w->coro = args[0];
    return v_from_obj(w);
}

Value gen_unwrap(Realm *r, Value o) {
    if (v_is_obj(o) && v_obj(o)->type == r->t_coroutine_wrapper) return ((CoroWrap *)v_obj(o))->coro;
    return o;
}

static Value cw_next(Realm *r, Value w) { return gen_next(r, gen_unwrap(r, w)); }

/* The wrapper's send/throw/close act on the coroutine itself. */
static Value cw_send_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "send", nargs, kw, 2, 2);
    Value a[2] = {gen_unwrap(r, args[0]), args[1]};
    return gen_send_m(r, a, 2, V_NULL);
}
static Value cw_throw_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "throw", nargs, kw, 2, 4);
    Value a[4] = {gen_unwrap(r, args[0]), args[1], nargs > 2 ? args[2] : V_NONE, nargs > 3 ? args[3] : V_NONE};
    return gen_throw_m(r, a, nargs, V_NULL);
}
static Value cw_close_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "close", nargs, kw, 1, 1);
    Value a[1] = {gen_unwrap(r, args[0])};
    return gen_close_m(r, a, 1, V_NULL);
}

Value gen_get_awaitable(Realm *r, Value o, int where) {
    Type *t = v_type(r, o);
    if (t == r->t_coroutine) {
        if (gen_in_yield_from((Gen *)v_obj(o)))
            err_format(r, EXC(r, RuntimeError), "coroutine is being awaited already");
        return o;
    }
    Value aw = type_lookup(r, t, NM(r, __await__));
    if (aw == V_NULL) {
        if (where == 1)
            err_type(r, "'async with' received an object from __aenter__ that does not implement __await__: %s", t->name);
        if (where == 2)
            err_type(r, "'async with' received an object from __aexit__ that does not implement __await__: %s", t->name);
        err_type(r, "object %s can't be used in 'await' expression", t->name);
    }
    Value it = op_call0(r, op_getattr(r, o, NM(r, __await__)));
    Type *it_t = v_type(r, it);
    if (it_t == r->t_coroutine) err_type(r, "__await__() returned a coroutine");
    if (!it_t->next && type_lookup(r, it_t, NM(r, __next__)) == V_NULL)
        err_type(r, "__await__() returned non-iterator of type '%s'", it_t->name);
    return it;
}

/* ---------- async generators ---------- */

/* The awaitables asend() / __anext__() (AW kind ASEND) and athrow() /
 * aclose() (ATHROW, arg V_NULL for aclose) return. */
typedef struct AgAwait {
    Obj hdr;
    Value gen;
    Value arg;        /* asend: the value to send; athrow: the exception, V_NULL for aclose */
    uint8_t state;    /* AW_INIT, AW_ITER, AW_CLOSED */
} AgAwait;
enum { AW_INIT, AW_ITER, AW_CLOSED };

static void aw_trace(Realm *r, Obj *o) {
    AgAwait *a = (AgAwait *)o;
    heap_mark(r, a->gen);
    heap_mark(r, a->arg);
}

static Value aw_new(Realm *r, Type *t, Value gen, Value arg) {
    AgAwait *a = (AgAwait *)heap_alloc(r, t, sizeof(AgAwait));
    a->gen = gen;
    a->arg = arg;
    a->state = AW_INIT;
    return v_from_obj(a);
}

static _Noreturn void raise_none(Realm *r, Type *t) { err_raise(r, exc_new(r, t, NULL, 0)); }

/* Resumes the async generator for awaitable a; a value it passes through
 * from an await is returned, a value it yields ends the awaitable with
 * StopIteration(value), its return ends it with StopAsyncIteration.
 * aclose: a yield is "ignored GeneratorExit", the end is StopIteration. */
static Value aw_step(Realm *r, AgAwait *a, Value v, Value exc, bool aclose) {
    Gen *g = (Gen *)v_obj(a->gen);
    bool done;
    Value res;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        res = gen_resume(r, a->gen, v, exc, &done);
        err_untry(r, &j);
    } else {
        Value e = r->exc;
        g->ag_running_async = false;
        a->state = AW_CLOSED;
        if (err_matches(r, e, EXC(r, StopAsyncIteration)) || err_matches(r, e, EXC(r, GeneratorExit))) {
            g->ag_closed = true;
            if (aclose) raise_stop(r, V_NONE);
        }
        err_raise(r, e);
    }
    if (done) {
        g->ag_running_async = false;
        g->ag_closed = true;
        a->state = AW_CLOSED;
        if (aclose) raise_stop(r, V_NONE);
        raise_none(r, EXC(r, StopAsyncIteration));
    }
    if (gen_in_yield_from(g)) return res;     /* an await inside: pass it out */
    g->ag_running_async = false;
    a->state = AW_CLOSED;
    if (aclose) err_format(r, EXC(r, RuntimeError), "async generator ignored GeneratorExit");
    raise_stop(r, res);
}

static Value asend_send(Realm *r, Value self, Value v, Value exc) {
    AgAwait *a = (AgAwait *)v_obj(self);
    Gen *g = (Gen *)v_obj(a->gen);
    if (a->state == AW_CLOSED)
        err_format(r, EXC(r, RuntimeError), "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AW_INIT) {
        if (g->ag_running_async) {
            a->state = AW_CLOSED;
            err_format(r, EXC(r, RuntimeError), "anext(): asynchronous generator is already running");
        }
        if (exc == V_NULL && v == V_NONE) v = a->arg;
        a->state = AW_ITER;
    }
    g->ag_running_async = true;
    return aw_step(r, a, v, exc, false);
}

static Value athrow_send(Realm *r, Value self, Value v, Value exc) {
    AgAwait *a = (AgAwait *)v_obj(self);
    Gen *g = (Gen *)v_obj(a->gen);
    bool aclose = a->arg == V_NULL;
    if (a->state == AW_CLOSED)
        err_format(r, EXC(r, RuntimeError), "cannot reuse already awaited aclose()/athrow()");
    if (a->state == AW_INIT) {
        if (g->ag_running_async) {
            a->state = AW_CLOSED;
            err_format(r, EXC(r, RuntimeError), aclose ? "aclose(): asynchronous generator is already running"
                                                        : "athrow(): asynchronous generator is already running");
        }
        if (g->ag_closed || g->state == GEN_DONE) {   /* nothing left to throw into */
            a->state = AW_CLOSED;
            raise_stop(r, V_NONE);
        }
        if (exc == V_NULL && v != V_NONE)
            err_format(r, EXC(r, RuntimeError), "can't send non-None value to a just-started coroutine");
        a->state = AW_ITER;
        g->ag_running_async = true;
        if (aclose) {
            g->ag_closed = true;
            if (g->state == GEN_CREATED) {   /* never started: nothing to unwind */
                g->state = GEN_DONE;
                g->ag_running_async = false;
                a->state = AW_CLOSED;
                raise_stop(r, V_NONE);
            }
            return aw_step(r, a, V_NONE, exc != V_NULL ? exc : exc_new(r, EXC(r, GeneratorExit), NULL, 0), true);
        }
        return aw_step(r, a, V_NONE, exc != V_NULL ? exc : a->arg, false);
    }
    g->ag_running_async = true;
    return aw_step(r, a, v, exc, aclose);
}

static bool aw_is_asend(Realm *r, Value self) { return v_obj(self)->type == r->t_async_generator_asend; }

static Value aw_dispatch(Realm *r, Value self, Value v, Value exc) {
    return aw_is_asend(r, self) ? asend_send(r, self, v, exc) : athrow_send(r, self, v, exc);
}

/* The next slot's protocol for a send function that ends with
 * StopIteration: exhaustion is V_NULL with r->stop_value. */
static Value aw_next_via(Realm *r, Value self, Value (*send)(Realm *, Value, Value, Value)) {
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value v = send(r, self, V_NONE, V_NULL);
        err_untry(r, &j);
        return v;
    }
    if (err_matches(r, r->exc, EXC(r, StopIteration))) {
        r->stop_value = ((Exception *)v_obj(r->exc))->value;
        return V_NULL;
    }
    err_raise(r, r->exc);
}

static Value aw_next(Realm *r, Value self) { return aw_next_via(r, self, aw_dispatch); }

static Value aw_send_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "send", nargs, kw, 2, 2);
    return aw_dispatch(r, args[0], args[1], V_NULL);
}

static Value aw_throw_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "throw", nargs, kw, 2, 4);
    Value e = gen_throw_arg(r, args, nargs);
    AgAwait *a = (AgAwait *)v_obj(args[0]);
    if (a->state == AW_CLOSED)
        err_format(r, EXC(r, RuntimeError), aw_is_asend(r, args[0]) ? "cannot reuse already awaited __anext__()/asend()"
                                                                      : "cannot reuse already awaited aclose()/athrow()");
    return aw_dispatch(r, args[0], V_NONE, e);
}

static Value aw_close_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "close", nargs, kw, 1, 1);
    ((AgAwait *)v_obj(args[0]))->state = AW_CLOSED;
    return V_NONE;
}

static Value ag_anext_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__anext__", nargs, kw, 1, 1);
    return aw_new(r, r->t_async_generator_asend, args[0], V_NONE);
}
static Value ag_aiter_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__aiter__", nargs, kw, 1, 1);
    return args[0];
}
static Value ag_asend_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "asend", nargs, kw, 2, 2);
    return aw_new(r, r->t_async_generator_asend, args[0], args[1]);
}
static Value ag_athrow_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "athrow", nargs, kw, 2, 4);
    return aw_new(r, r->t_async_generator_athrow, args[0], gen_throw_arg(r, args, nargs));
}
static Value ag_aclose_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "aclose", nargs, kw, 1, 1);
    return aw_new(r, r->t_async_generator_athrow, args[0], V_NULL);
}

Value gen_get_anext(Realm *r, Value aiter) {
    Type *t = v_type(r, aiter);
    if (t == r->t_async_generator) return aw_new(r, r->t_async_generator_asend, aiter, V_NONE);
    if (type_lookup(r, t, NM(r, __anext__)) == V_NULL)
        err_type(r, "'async for' requires an iterator with __anext__ method, got %s", t->name);
    Value n = op_call0(r, op_getattr(r, aiter, NM(r, __anext__)));
    Type *nt = v_type(r, n);
    if (nt != r->t_coroutine && type_lookup(r, nt, NM(r, __await__)) == V_NULL)
        err_type(r, "'async for' received an invalid object from __anext__: %s", nt->name);
    return gen_get_awaitable(r, n, 0);
}

/* ---------- aiter() and anext() ---------- */

static Value bi_aiter(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "aiter", nargs, kw, 1, 1);
    Type *t = v_type(r, args[0]);
    if (type_lookup(r, t, NM(r, __aiter__)) == V_NULL) err_type(r, "'%s' object is not an async iterable", t->name);
    Value it = op_call0(r, op_getattr(r, args[0], NM(r, __aiter__)));
    Type *it_t = v_type(r, it);
    if (type_lookup(r, it_t, NM(r, __anext__)) == V_NULL)
        err_type(r, "aiter() returned not an async iterator of type '%s'", it_t->name);
    return it;
}

/* anext(it, default): an AgAwait of type anext_awaitable whose gen is the
 * awaitable __anext__ returned (its iterator once started) and arg the
 * default, given back when that ends with StopAsyncIteration. */
static Value anx_send(Realm *r, Value self, Value v, Value exc) {
    AgAwait *a = (AgAwait *)v_obj(self);
    if (a->state == AW_INIT) {
        a->gen = gen_get_awaitable(r, a->gen, 0);
        a->state = AW_ITER;
    }
    Value it = a->gen, res = V_NONE;
    int rc = 0;                  /* 1: it yielded res, 2: it ended with res */
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        if (gen_is_gen(r, it)) {
            bool done;
            res = gen_resume(r, it, v, exc, &done);
            rc = done ? 2 : 1;
        } else if (exc != V_NULL) {
            Value th = op_getattr_opt(r, it, NM(r, throw));
            if (th == V_NULL) err_raise(r, exc);
            res = op_call1(r, th, exc);
            rc = 1;
        } else if (v == V_NONE) {
            r->stop_value = V_NULL;
            res = op_next(r, it);
            rc = 1;
            if (res == V_NULL) {
                res = r->stop_value == V_NULL ? V_NONE : r->stop_value;
                r->stop_value = V_NONE;
                rc = 2;
            }
        } else {
            res = op_call_method(r, it, NM(r, send), &v, 1);
            rc = 1;
        }
        err_untry(r, &j);
    } else {
        Value e = r->exc;
        if (err_matches(r, e, EXC(r, StopAsyncIteration))) { a->state = AW_CLOSED; raise_stop(r, a->arg); }
        err_raise(r, e);
    }
    if (rc == 2) raise_stop(r, res);
    return res;
}

static Value anx_next(Realm *r, Value self) { return aw_next_via(r, self, anx_send); }
static Value anx_send_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "send", nargs, kw, 2, 2);
    return anx_send(r, args[0], args[1], V_NULL);
}
static Value anx_throw_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "throw", nargs, kw, 2, 4);
    return anx_send(r, args[0], V_NONE, gen_throw_arg(r, args, nargs));
}
static Value anx_close_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "close", nargs, kw, 1, 1);
    Value cl = op_getattr_opt(r, ((AgAwait *)v_obj(args[0]))->gen, NM(r, close));
    if (cl != V_NULL) op_call0(r, cl);
    return V_NONE;
}

static Value bi_anext(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "anext", nargs, kw, 1, 2);
    Type *t = v_type(r, args[0]);
    if (type_lookup(r, t, NM(r, __anext__)) == V_NULL) err_type(r, "'%s' object is not an async iterator", t->name);
    Value aw = op_call0(r, op_getattr(r, args[0], NM(r, __anext__)));
    if (nargs == 1) return aw;
    return aw_new(r, r->t_anext_awaitable, aw, args[1]);
}

void gen_init_builtins(Realm *r) {
    dict_set_cstr(r, r->builtins, "aiter", native_new(r, "aiter", bi_aiter, V_NULL));
    dict_set_cstr(r, r->builtins, "anext", native_new(r, "anext", bi_anext, V_NULL));
}

static Value gen_get_frame_none(Realm *r, Value s) { (void)r; (void)s; return V_NONE; }
static Value gen_get_code(Realm *r, Value s) { (void)r; return v_from_obj(((Gen *)v_obj(s))->frame.code); }
static Value gen_get_await(Realm *r, Value s) {
    (void)r;
    Gen *g = (Gen *)v_obj(s);
    return gen_in_yield_from(g) ? g->frame.sp[-1] : V_NONE;
}
static Value ag_get_running(Realm *r, Value s) { (void)r; return v_bool(((Gen *)v_obj(s))->ag_running_async); }

static const MethodDef coro_methods[] = {
    {"send", gen_send_m, 0},
    {"throw", gen_throw_m, 0},
    {"close", gen_close_m, 0},
    {"__await__", coro_await_m, 0},
    {NULL, NULL, 0},
};
static const GetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"cr_running", gen_get_running, NULL},
    {"cr_code", gen_get_code, NULL},
    {"cr_await", gen_get_await, NULL},
    {"cr_suspended", gen_get_suspended, NULL},
    {"cr_frame", gen_get_frame_none, NULL},
    {NULL, NULL, NULL},
};
static const MethodDef cw_methods[] = {
    {"send", cw_send_m, 0},
    {"throw", cw_throw_m, 0},
    {"close", cw_close_m, 0},
    {NULL, NULL, 0},
};
static const MethodDef ag_methods[] = {
    {"__aiter__", ag_aiter_m, 0},
    {"__anext__", ag_anext_m, 0},
    {"asend", ag_asend_m, 0},
    {"athrow", ag_athrow_m, 0},
    {"aclose", ag_aclose_m, 0},
    {NULL, NULL, 0},
};
static const GetSetDef ag_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"ag_running", ag_get_running, NULL},
    {"ag_code", gen_get_code, NULL},
    {"ag_await", gen_get_await, NULL},
    {"ag_frame", gen_get_frame_none, NULL},
    {NULL, NULL, NULL},
};
static const MethodDef aw_methods[] = {
    {"send", aw_send_m, 0},
    {"throw", aw_throw_m, 0},
    {"close", aw_close_m, 0},
    {"__await__", ag_aiter_m, 0},
    {NULL, NULL, 0},
};

static const MethodDef anx_methods[] = {
    {"send", anx_send_m, 0},
    {"throw", anx_throw_m, 0},
    {"close", anx_close_m, 0},
    {"__await__", ag_aiter_m, 0},
    {NULL, NULL, 0},
};

static void gen_init_async_types(Realm *r) {
    Type *t = r->t_coroutine;
    t->basicsize = sizeof(Gen);
    t->trace = gen_trace;
    t->finalize = gen_finalize;
    t->repr = gen_repr;
    type_add_methods(r, t, coro_methods);
    type_add_getsets(r, t, coro_getsets);
    t = r->t_async_generator;
    t->basicsize = sizeof(Gen);
    t->trace = gen_trace;
    t->finalize = gen_finalize;
    t->repr = gen_repr;
    type_add_methods(r, t, ag_methods);
    type_add_getsets(r, t, ag_getsets);
    t = r->t_coroutine_wrapper;
    t->basicsize = sizeof(CoroWrap);
    t->trace = cw_trace;
    t->iter = gen_iter;
    t->next = cw_next;
    type_add_methods(r, t, cw_methods);
    Type *aws[2] = {r->t_async_generator_asend, r->t_async_generator_athrow};
    for (int i = 0; i < 2; i++) {
        t = aws[i];
        t->basicsize = sizeof(AgAwait);
        t->trace = aw_trace;
        t->iter = gen_iter;
        t->next = aw_next;
        type_add_methods(r, t, aw_methods);
    }
    t = r->t_anext_awaitable;
    t->basicsize = sizeof(AgAwait);
    t->trace = aw_trace;
    t->iter = gen_iter;
    t->next = anx_next;
    type_add_methods(r, t, anx_methods);
}

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
    gen_init_async_types(r);
}
