/* vm: the bytecode interpreter. */
#ifndef ASP_VM_H
#define ASP_VM_H

#include "objects/objects.h"
#include "vm/code.h"
#include "vm/frame.h"

/* Calls a Python function object (also makes generators). */
Value vm_call_function(Realm *r, Value func, Value *args, size_t nargs, Value kwnames);
/* Runs module-level or exec code with the given namespaces (locals may be
 * the same dict as globals). */
Value vm_run_code(Realm *r, Value code, Value globals, Value locals);
void vm_free_caches(Realm *r, Code *c);
void vm_ensure_caches(Realm *r, Code *c);
/* Registers __build_class__, __import__, globals, locals, exec, eval in builtins. */
void vm_init_builtins(Realm *r);

/* Generators (gen.c). */
typedef struct Gen {
    Obj hdr;
    Frame frame;
    Value *area;          /* locals + operand stack, raw buffer */
    size_t area_slots;
    Value name, qualname;
    uint8_t state;        /* GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE */
    Value exc_info;       /* the handled exception while suspended in a handler, else V_NULL */
    bool ag_running_async;  /* async generator: an asend/athrow awaitable is driving it */
    bool ag_closed;         /* async generator: finished or aclose()d */
} Gen;
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

Value gen_new(Realm *r, Value func, Code *code);
/* Resumes gen with v sent in (or exc thrown in when exc != V_NULL).
 * Returns the yielded value with *done = false, or the return value with
 * *done = true. */
Value gen_resume(Realm *r, Value gen, Value v, Value exc, bool *done);
/* The awaitable for `await o` (GET_AWAITABLE): where 1 and 2 name
 * __aenter__ and __aexit__ results in the error message. */
Value gen_get_awaitable(Realm *r, Value o, int where);
/* The awaitable for the next step of `async for` over aiter. */
Value gen_get_anext(Realm *r, Value aiter);
/* True when gen is a generator or coroutine object (one Gen layout). */
bool gen_is_gen(Realm *r, Value o);
/* The coroutine a coroutine_wrapper iterates, else o itself. */
Value gen_unwrap(Realm *r, Value o);
/* Registers aiter and anext in builtins. */
void gen_init_builtins(Realm *r);
/* Runs frame f (already linked as r->frame) until it returns or yields. */
Value vm_run_frame(Realm *r, Frame *f, Value throw_exc, bool *yielded);
/* Sets up args in a frame's fast slots. */
void vm_bind_args(Realm *r, Func *fn, Code *c, Value *fast, Value *args, size_t nargs, Value kwnames);

/* Runs the due weak-reference callbacks, then the due __del__ methods, in
 * the order the collector found them (src/vm/finalize.c).  Call only where
 * arbitrary Python code may run (between VM instructions, in gc.collect):
 * never from the collector itself.  Their exceptions are printed as
 * CPython prints unraisable exceptions; only a resource limit propagates. */
void fin_run_pending(Realm *r);
/* The end of a program (asp_finish; the asp command calls it after the main
 * script, as CPython's interpreter exit; a realm being destroyed runs no
 * guest code): remaining weakref.finalize with atexit, then the main
 * module's names are cleared as CPython clears module dicts, each followed
 * by a collection and the finalizers it queued.  Under the run's limits;
 * nothing if a limit was hit.  Never raises. */
void fin_shutdown(Realm *r);

#endif
