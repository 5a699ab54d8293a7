/* vm: the bytecode interpreter loop.
 *
 * Shape: vm_run_frame() installs one catch point, then calls run_loop(),
 * which executes frames until the entry frame returns or yields.  Calls from
 * Python to Python push a frame and continue in the same loop (no C
 * recursion); calls into C that call back into Python start a new
 * vm_run_frame (counted by r->c_depth and bounded by the C stack check).
 * When an exception is raised (longjmp back into vm_run_frame), the frames
 * of this run are unwound through their block stacks (see opcodes.h); a
 * handler found resumes run_loop, otherwise the exception propagates to the
 * next outer catch point.
 *
 * Invariants:
 *  - r->frame is the innermost running frame; f->pc is stored (SAVE_STATE)
 *    before anything that can raise, so unwinding knows the failing
 *    instruction (pc - 1).
 *  - A frame's operand stack area is reserved for its whole life
 *    [f->stack, f->stack + stacksize), so callees start above it. */
#include <stdio.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/vm.h"
#include "vm/opcodes.h"
#include "front/source.h"
#include "modules/modules.h"
#include "core/limits.h"

/* ---------- inline caches ----------
 * One per instruction, made when a code object first runs.  LOAD_GLOBAL
 * remembers the entry positions of the name in globals and builtins (checked
 * by key identity at that position) and the globals version at which the
 * name was absent; LOAD_ATTR and LOAD_METHOD remember, per type and type
 * epoch, what the class attribute lookup found. */
typedef struct InlineCache {
    uint64_t version;     /* dict version or type epoch when filled */
    const void *owner;    /* the globals dict or the type */
    Value descr;          /* class attribute found for LOAD_ATTR/LOAD_METHOD, or V_NULL */
    int64_t hint, hint2;  /* dict entry positions */
} InlineCache;

static void code_ensure_caches(Realm *r, Code *c) {
    if (c->caches) return;
    InlineCache *ic = heap_raw_alloc(r, (size_t)c->nops * sizeof(InlineCache));
    for (uint32_t i = 0; i < c->nops; i++) ic[i].hint = ic[i].hint2 = -1;
    c->caches = ic;
}

void vm_ensure_caches(Realm *r, Code *c) { code_ensure_caches(r, c); }

void vm_free_caches(Realm *r, Code *c) {
    if (c->caches) heap_raw_free(r, c->caches, (size_t)c->nops * sizeof(InlineCache));
    c->caches = NULL;
}

static inline Value dict_hint_get(Value dv, int64_t hint, Value key) {
    Dict *d = (Dict *)v_obj(dv);
    if ((uint64_t)hint < (uint64_t)d->nentries && d->entries[hint].key == key) return d->entries[hint].value;
    return V_NULL;
}

/* ---------- frames ---------- */

static _Noreturn void recursion_error(Realm *r) {
    err_format(r, EXC(r, RecursionError), "maximum recursion depth exceeded");
}

/* Reserves a pool frame and its value area for code c; frame_enter makes
 * it current. */
static Frame *frame_push(Realm *r, Code *c) {
    if (r->depth >= r->max_depth) recursion_error(r);
    if (--r->steps_left == 0) limits_check(r);   /* every call passes here */
    if (!c->caches) code_ensure_caches(r, c);
    size_t nfast = (size_t)c->nlocals + c->ncells + c->nfree;
    size_t need = nfast + c->stacksize;
    if ((size_t)(r->stack_end - r->stack_top) < need) recursion_error(r);
    Frame *f = &r->frame_pool[r->depth];
    f->code = c;
    f->fast = r->stack_top;
    f->stack = f->fast + nfast;
    f->sp = f->stack;
    for (size_t i = 0; i < nfast; i++) f->fast[i] = V_NULL;
    r->stack_top = f->stack + c->stacksize;
    f->pc = 0;
    f->nblocks = 0;
    f->gen = V_NULL;
    f->entry = false;
    f->locals = V_NULL;
    f->func = V_NULL;
    return f;
}

/* Makes a pushed frame the running one (after its arguments are bound, so a
 * binding error is reported in the caller, as CPython does). */
static inline void frame_enter(Realm *r, Frame *f) {
    f->prev = r->frame;
    r->frame = f;
    r->depth++;
}

/* Releases the innermost frame f (a pool frame or a generator's). */
static void frame_pop(Realm *r, Frame *f) {
    if (f->gen == V_NULL) r->stack_top = f->fast;
    r->depth--;
    r->frame = f->prev;
}

static void copy_free_vars(Func *fn, Code *c, Value *fast) {
    if (c->nfree && fn->closure != V_NULL) {
        Tuple *cl = tuple_ptr(fn->closure);
        for (uint32_t i = 0; i < c->nfree && (int64_t)i < cl->len; i++)
            fast[c->nlocals + c->ncells + i] = cl->items[i];
    }
}

/* ---------- argument binding ---------- */

static Value fn_qualname(Func *fn) { return fn->qualname; }

static _Noreturn void missing_args(Realm *r, Func *fn, Code *c, Value *fast, size_t from, size_t to,
                                   const char *kind) {
    Value names = list_new(r, 0);
    for (size_t i = from; i < to; i++)
        if (fast[i] == V_NULL) list_append(r, names, tuple_ptr(c->varnames)->items[i]);
    List *l = list_ptr(names);
    StrBuf b;
    strbuf_init(r, &b);
    for (int64_t i = 0; i < l->len; i++) {
        if (i > 0) strbuf_add_cstr(&b, l->len == 2 ? " and " : (i == l->len - 1 ? ", and " : ", "));
        strbuf_add_char(&b, '\'');
        strbuf_add_str(&b, l->items[i]);
        strbuf_add_char(&b, '\'');
    }
    Value s = strbuf_finish(&b);
    err_type(r, "%U() missing %d required %s argument%s: %U", fn_qualname(fn), (int)l->len, kind,
             l->len == 1 ? "" : "s", s);
}

void vm_bind_args(Realm *r, Func *fn, Code *c, Value *fast, Value *args, size_t nargs, Value kwnames) {
    size_t argcount = c->argcount, kwonly = c->kwonlyargcount;
    size_t nkw = kwnames != V_NULL ? (size_t)tuple_ptr(kwnames)->len : 0;
    size_t n = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < n; i++) fast[i] = args[i];
    size_t slot = argcount + kwonly;
    if (c->flags & CO_VARARGS) {
        fast[slot++] = nargs > argcount ? tuple_from_array(r, args + argcount, nargs - argcount)
                                        : r->empty_tuple;
    } else if (nargs > argcount) {
        size_t ndef = fn->defaults != V_NULL ? (size_t)tuple_ptr(fn->defaults)->len : 0;
        size_t given_kwonly = 0;
        for (size_t k = 0; k < nkw; k++) {
            Value name = tuple_ptr(kwnames)->items[k];
            for (size_t i = argcount; i < argcount + kwonly; i++)
                if (str_eq(tuple_ptr(c->varnames)->items[i], name)) given_kwonly++;
        }
        char extra[128] = "";
        if (given_kwonly)
            snprintf(extra, sizeof extra, " positional argument%s (and %zu keyword-only argument%s)",
                     nargs == 1 ? "" : "s", given_kwonly, given_kwonly == 1 ? "" : "s");
        if (ndef) {
            err_type(r, "%U() takes from %zu to %zu positional arguments but %zu %s given", fn_qualname(fn),
                     argcount - ndef, argcount, nargs, nargs == 1 ? "was" : "were");
        }
        if (given_kwonly)
            err_type(r, "%U() takes %zu positional argument%s but %zu%s were given", fn_qualname(fn), argcount,
                     argcount == 1 ? "" : "s", nargs, extra);
        err_type(r, "%U() takes %zu positional argument%s but %zu %s given", fn_qualname(fn), argcount,
                 argcount == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
    }
    Value kwdict = V_NULL;
    if (c->flags & CO_VARKEYWORDS) {
        kwdict = dict_new(r);
        fast[slot] = kwdict;
    }
    Value posonly_errs = V_NULL;
    for (size_t k = 0; k < nkw; k++) {
        Value name = tuple_ptr(kwnames)->items[k];
        Value v = args[nargs + k];
        Tuple *vn = tuple_ptr(c->varnames);
        size_t i = c->posonlyargcount;
        for (; i < argcount + kwonly; i++)
            if (vn->items[i] == name || str_eq(vn->items[i], name)) break;
        if (i < argcount + kwonly) {
            if (fast[i] != V_NULL)
                err_type(r, "%U() got multiple values for argument '%U'", fn_qualname(fn), name);
            fast[i] = v;
            continue;
        }
        if (kwdict != V_NULL) { dict_set(r, kwdict, name, v); continue; }
        for (size_t p = 0; p < c->posonlyargcount; p++)
            if (str_eq(vn->items[p], name)) {
                if (posonly_errs == V_NULL) posonly_errs = list_new(r, 0);
                list_append(r, posonly_errs, name);
            }
        if (posonly_errs != V_NULL) continue;
        err_type(r, "%U() got an unexpected keyword argument '%U'", fn_qualname(fn), name);
    }
    if (posonly_errs != V_NULL) {
        StrBuf b;
        strbuf_init(r, &b);
        List *l = list_ptr(posonly_errs);
        for (int64_t i = 0; i < l->len; i++) {
            if (i) strbuf_add_cstr(&b, ", ");
            strbuf_add_str(&b, l->items[i]);
        }
        err_type(r, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                 fn_qualname(fn), strbuf_finish(&b));
    }
    if (nargs < argcount) {
        size_t ndef = fn->defaults != V_NULL ? (size_t)tuple_ptr(fn->defaults)->len : 0;
        size_t first_def = argcount - ndef;
        for (size_t i = nargs; i < argcount; i++)
            if (fast[i] == V_NULL && i >= first_def) fast[i] = tuple_ptr(fn->defaults)->items[i - first_def];
        for (size_t i = nargs; i < argcount; i++)
            if (fast[i] == V_NULL) missing_args(r, fn, c, fast, nargs, argcount, "positional");
    }
    if (kwonly) {
        for (size_t i = argcount; i < argcount + kwonly; i++) {
            if (fast[i] != V_NULL) continue;
            if (fn->kwdefaults != V_NULL) {
                Value d = dict_get(r, fn->kwdefaults, tuple_ptr(c->varnames)->items[i]);
                if (d != V_NULL) { fast[i] = d; continue; }
            }
        }
        for (size_t i = argcount; i < argcount + kwonly; i++)
            if (fast[i] == V_NULL) missing_args(r, fn, c, fast, argcount, argcount + kwonly, "keyword-only");
    }
}

/* The Python-to-Python call of the CALL instructions: pushes and enters a
 * frame for fn (code c) with positional args. */
static inline Frame *call_push(Realm *r, Value callee, Func *fn, Code *c, Value *args, size_t nargs) {
    Frame *nf = frame_push(r, c);
    nf->func = callee;
    nf->globals = fn->globals;
    nf->builtins = fn->builtins;
    if (nargs == c->argcount && !(c->flags & (CO_VARARGS | CO_VARKEYWORDS)) && c->kwonlyargcount == 0) {
        for (size_t i = 0; i < nargs; i++) nf->fast[i] = args[i];
    } else {
        vm_bind_args(r, fn, c, nf->fast, args, nargs, V_NULL);
    }
    copy_free_vars(fn, c, nf->fast);
    frame_enter(r, nf);
    return nf;
}

/* ---------- names ---------- */

static _Noreturn void name_error(Realm *r, Value name) {
    Value exc = exc_new_msg(r, EXC(r, NameError), str_format(r, "name '%U' is not defined", name));
    err_raise(r, exc);
}

static _Noreturn void unbound_local(Realm *r, Code *c, uint32_t i) {
    Value name = tuple_ptr(c->varnames)->items[i];
    err_format(r, EXC(r, UnboundLocalError),
               "cannot access local variable '%U' where it is not associated with a value", name);
}

static Value cell_var_name(Code *c, uint32_t i) {
    if (i < c->ncells) return tuple_ptr(c->cellvars)->items[i];
    return tuple_ptr(c->freevars)->items[i - c->ncells];
}

static Value mapping_get(Realm *r, Value m, Value key) {
    if (v_is_obj(m) && v_obj(m)->type == r->t_dict) return dict_get(r, m, key);
    ErrJmp j;
    Value v = V_NULL;
    if (ERR_TRY(r, &j)) {
        v = op_getitem(r, m, key);
        err_untry(r, &j);
        return v;
    }
    if (err_matches(r, r->exc, EXC(r, KeyError))) return V_NULL;
    err_raise(r, r->exc);
}

/* ---------- helpers for instructions ---------- */

static void unpack_sequence(Realm *r, Value seq, Value *dst, size_t n) {
    /* dst[n-1] ... dst[0] in stack order: dst[0] is deepest, ends as last item */
    Type *t = v_type(r, seq);
    if (t == r->t_tuple || t == r->t_list) {
        int64_t len = t == r->t_tuple ? tuple_ptr(seq)->len : list_ptr(seq)->len;
        Value *items = t == r->t_tuple ? tuple_ptr(seq)->items : list_ptr(seq)->items;
        if ((size_t)len != n) {
            if ((size_t)len > n) err_value(r, "too many values to unpack (expected %zu)", n);
            err_value(r, "not enough values to unpack (expected %zu, got %lld)", n, (long long)len);
        }
        for (size_t i = 0; i < n; i++) dst[n - 1 - i] = items[i];
        return;
    }
    if (!t->iter && !t->getitem) err_type(r, "cannot unpack non-iterable %s object", t->name);
    Value it = op_iter(r, seq);
    Value tmp = tuple_new(r, n);
    for (size_t i = 0; i < n; i++) {
        Value v = op_next(r, it);
        if (v == V_NULL) err_value(r, "not enough values to unpack (expected %zu, got %zu)", n, i);
        tuple_ptr(tmp)->items[i] = v;
    }
    if (op_next(r, it) != V_NULL) err_value(r, "too many values to unpack (expected %zu)", n);
    for (size_t i = 0; i < n; i++) dst[n - 1 - i] = tuple_ptr(tmp)->items[i];
}

static void unpack_ex(Realm *r, Value seq, Value *dst, size_t before, size_t after) {
    Type *t = v_type(r, seq);
    if (!t->iter && !t->getitem) err_type(r, "cannot unpack non-iterable %s object", t->name);
    Value l = list_new(r, 0);
    list_extend(r, l, seq);
    List *lp = list_ptr(l);
    size_t len = (size_t)lp->len;
    if (len < before + after)
        err_value(r, "not enough values to unpack (expected at least %zu, got %zu)", before + after, len);
    size_t total = before + 1 + after;
    Value *out = dst;   /* out[total-1] is the first item (deepest is last item) */
    for (size_t i = 0; i < before; i++) out[total - 1 - i] = lp->items[i];
    /* an empty list may have no item array: no pointer arithmetic on NULL */
    size_t nmid = len - before - after;
    Value mid = list_from_array(r, nmid ? lp->items + before : NULL, nmid);
    out[total - 1 - before] = mid;
    for (size_t i = 0; i < after; i++) out[after - 1 - i] = lp->items[len - after + i];
}

static Value format_value(Realm *r, Value v, int conv, Value spec) {
    if (conv == 1) v = op_str(r, v);
    else if (conv == 2) v = op_repr(r, v);
    else if (conv == 3) v = op_ascii(r, v);
    if (spec == V_NULL && v_is_obj(v) && v_obj(v)->type == r->t_str) return v;
    return obj_format(r, v, spec == V_NULL ? r->empty_str : spec);
}

static Value build_string(Realm *r, Value *items, size_t n) {
    StrBuf b;
    strbuf_init(r, &b);
    for (size_t i = 0; i < n; i++) strbuf_add_str(&b, items[i]);
    return strbuf_finish(&b);
}

static Value make_function(Realm *r, Frame *f, uint32_t flags, Value **spp) {
    Value *sp = *spp;
    Value code = *--sp;
    Value closure = (flags & 8) ? *--sp : V_NULL;
    Value annotations = (flags & 4) ? *--sp : V_NULL;
    Value kwdefaults = (flags & 2) ? *--sp : V_NULL;
    Value defaults = (flags & 1) ? *--sp : V_NULL;
    Value fv = func_new(r, code, f->globals);
    Func *fn = (Func *)v_obj(fv);
    fn->builtins = f->builtins;
    fn->closure = closure;
    fn->annotations = annotations;
    fn->kwdefaults = kwdefaults;
    fn->defaults = defaults;
    Code *c = (Code *)v_obj(code);
    if (tuple_ptr(c->consts)->len > 0) {
        Value d = tuple_ptr(c->consts)->items[0];
        /* the compiler puts a function's docstring (or None) in consts[0] */
        if (v_is_obj(d) && v_obj(d)->type == r->t_str && !(c->flags & (CO_MODULE | CO_CLASS_BODY)))
            fn->doc = d;
    }
    *spp = sp;
    return fv;
}

/* How CPython names a callable in call errors: "module.qualname()" or
 * "qualname()" for built-ins. */
static Value func_str(Realm *r, Value callee) {
    Value qn = op_getattr_opt(r, callee, NM(r, __qualname__));
    if (qn == V_NULL || !(v_type(r, qn)->flags & TF_STR_SUB)) return str_format(r, "%S", callee);
    Value mod = op_getattr_opt(r, callee, NM(r, __module__));
    if (mod != V_NULL && (v_type(r, mod)->flags & TF_STR_SUB) && !str_eq(mod, str_intern_cstr(r, "builtins")))
        return str_format(r, "%U.%U()", mod, qn);
    return str_format(r, "%U()", qn);
}

static bool exc_is_class(Realm *r, Value type) {
    return op_is_type(r, type) && (((Type *)v_obj(type))->flags & TF_EXC_SUB);
}

/* `except type`: a class or a flat tuple of classes, all checked first, as CPython. */
static bool exc_match(Realm *r, Value exc, Value type) {
    if (v_is_obj(type) && (v_obj(type)->type->flags & TF_TUPLE_SUB)) {
        Tuple *t = tuple_ptr(type);
        for (int64_t i = 0; i < t->len; i++)
            if (!exc_is_class(r, t->items[i]))
                err_type(r, "catching classes that do not inherit from BaseException is not allowed");
        for (int64_t i = 0; i < t->len; i++)
            if (type_is_subtype(v_type(r, exc), (Type *)v_obj(t->items[i]))) return true;
        return false;
    }
    if (!exc_is_class(r, type))
        err_type(r, "catching classes that do not inherit from BaseException is not allowed");
    return type_is_subtype(v_type(r, exc), (Type *)v_obj(type));
}

/* Makes an exception instance from what `raise X` was given. */
static Value make_exception(Realm *r, Value x) {
    if (op_is_type(r, x)) {
        Type *t = (Type *)v_obj(x);
        if (!(t->flags & TF_EXC_SUB)) err_type(r, "exceptions must derive from BaseException");
        Value e = op_call0(r, x);
        if (!(v_type(r, e)->flags & TF_EXC_SUB))
            err_type(r, "calling %R should have returned an instance of BaseException, not %R", x,
                     v_from_obj(v_type(r, e)));
        return e;
    }
    if (!(v_type(r, x)->flags & TF_EXC_SUB)) err_type(r, "exceptions must derive from BaseException");
    return x;
}

static void do_raise(Realm *r, Value exc, Value cause) {
    exc = make_exception(r, exc);
    exc_unshare_traceback(r, exc);
    if (cause != V_NULL) {
        Exception *e = (Exception *)v_obj(exc);
        if (cause == V_NONE) e->cause = V_NONE;
        else {
            Value c = cause;
            if (op_is_type(r, c)) c = op_call0(r, c);
            if (!(v_type(r, c)->flags & TF_EXC_SUB))
                err_type(r, "exception causes must derive from BaseException");
            e->cause = c;
        }
        e->suppress_context = true;
    }
    err_raise(r, exc);
}

static Value import_name(Realm *r, Frame *f, Value name, Value fromlist, Value level) {
    Value imp = dict_get_str(r, f->builtins, str_intern_cstr(r, "__import__"));
    if (imp == V_NULL) err_format(r, EXC(r, ImportError), "__import__ not found");
    Value args[5] = {name, f->globals, f->locals != V_NULL ? f->locals : V_NONE, fromlist, level};
    return op_call(r, imp, args, 5, V_NULL);
}

static Value import_from(Realm *r, Value module, Value name) {
    Value v = op_getattr_opt(r, module, name);
    if (v != V_NULL) return v;
    Value mname = op_getattr_opt(r, module, NM(r, __name__));
    if (mname != V_NULL) {
        Value full = str_format(r, "%S.%U", mname, name);
        Value m = dict_get(r, r->modules, full);
        if (m != V_NULL) return m;
        Value file = op_getattr_opt(r, module, NM(r, __file__));
        if (import_is_initializing(r, mname))
            err_format(r, EXC(r, ImportError),
                       "cannot import name '%U' from partially initialized module '%S' "
                       "(most likely due to a circular import) (%S)", name, mname,
                       file != V_NULL ? file : str_from_cstr(r, "unknown location"));
        if (file != V_NULL && file != V_NONE)
            err_format(r, EXC(r, ImportError), "cannot import name '%U' from '%S' (%S)", name, mname, file);
        err_format(r, EXC(r, ImportError), "cannot import name '%U' from '%S' (unknown location)", name, mname);
    }
    err_format(r, EXC(r, ImportError), "cannot import name '%U'", name);
}

static void import_star(Realm *r, Frame *f, Value module) {
    Value ns = f->locals != V_NULL ? f->locals : f->globals;
    Value all = op_getattr_opt(r, module, str_intern_cstr(r, "__all__"));
    if (all != V_NULL) {
        Value it = op_iter(r, all);
        for (Value k; (k = op_next(r, it)) != V_NULL;) op_setitem(r, ns, k, op_getattr(r, module, k));
        return;
    }
    Value d = op_getattr(r, module, NM(r, __dict__));
    int64_t pos = 0;
    Value k, v;
    Value items = list_new(r, 0);
    while (dict_next(d, &pos, &k, &v)) list_append(r, items, tuple_pack(r, 2, k, v));
    for (int64_t i = 0; i < list_ptr(items)->len; i++) {
        Tuple *kv = tuple_ptr(list_ptr(items)->items[i]);
        Str *s = (Str *)v_obj(kv->items[0]);
        if (s->len > 0 && str_char(s, 0) == '_') continue;
        op_setitem(r, ns, kv->items[0], kv->items[1]);
    }
}

static Value yield_from_step(Realm *r, Value it, Value v, bool *done) {
    Value co = gen_unwrap(r, it);       /* coro.__await__() drives coro itself */
    if (gen_is_gen(r, co))
        return gen_resume(r, co, v, V_NULL, done);
    Value res;
    if (v == V_NONE) {
        res = op_next(r, it);
        if (res == V_NULL) { *done = true; Value sv = r->stop_value; r->stop_value = V_NONE; return sv == V_NULL ? V_NONE : sv; }
        *done = false;
        return res;
    }
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        res = op_call_method(r, it, NM(r, send), &v, 1);
        err_untry(r, &j);
        *done = false;
        return res;
    }
    if (err_matches(r, r->exc, EXC(r, StopIteration))) {
        *done = true;
        return ((Exception *)v_obj(r->exc))->value;
    }
    err_raise(r, r->exc);
}

/* ---------- the loop ---------- */

typedef enum { RUN_RETURN, RUN_YIELD } RunStatus;

static Value run_loop(Realm *r, Frame *entry, RunStatus *status);

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#endif

static Value call_value(Realm *r, Value f, Value *args, size_t nargs, Value kwnames) {
    return op_call(r, f, args, nargs, kwnames);
}

static Value run_loop(Realm *r, Frame *entry, RunStatus *status) {
    Frame *f = r->frame;
    Code *co;
    const uint32_t *code;
    Value *fast, *sp, *consts, *names;
    InlineCache *caches;
    uint32_t pc, oparg, instr;
    Value v;

#define LOAD_STATE() do { \
        co = f->code; code = co->ops; fast = f->fast; sp = f->sp; pc = f->pc; \
        consts = tuple_ptr(co->consts)->items; names = tuple_ptr(co->names)->items; \
        caches = co->caches; \
    } while (0)
#define SAVE_STATE() do { f->sp = sp; f->pc = pc; } while (0)
#define PUSH(x) (*sp++ = (x))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(i) (sp[-(ptrdiff_t)(i)])
#define JUMPTO(t) (pc = (t))

    LOAD_STATE();

#ifdef USE_COMPUTED_GOTO
    static const void *const labels[OP__COUNT] = {
#define X(n) &&L_##n,
        ASP_OPCODES(X)
#undef X
    };
#define TARGET(n) L_##n:
/* f->pc is stored only by SAVE_STATE, which every instruction does before
 * anything that can raise or call out (unwinding reads it). */
#define DISPATCH() do { instr = code[pc++]; oparg = INSTR_ARG(instr); \
                        goto *labels[INSTR_OP(instr)]; } while (0)
    DISPATCH();
#else
#define TARGET(n) case OP_##n:
#define DISPATCH() goto next
    for (;;) {
    next:
        instr = code[pc++];
        oparg = INSTR_ARG(instr);
        switch (INSTR_OP(instr)) {
#endif

    TARGET(NOP) DISPATCH();
    TARGET(EXTENDED_ARG) {
        uint32_t hi = oparg;
        instr = code[pc++];
        oparg = (hi << 24) | INSTR_ARG(instr);
#ifdef USE_COMPUTED_GOTO
        goto *labels[INSTR_OP(instr)];
#else
        err_format(r, EXC(r, SystemError), "EXTENDED_ARG needs computed goto");
#endif
    }
    TARGET(POP_TOP) sp--; DISPATCH();
    TARGET(COPY) v = PEEK(oparg); PUSH(v); DISPATCH();
    TARGET(SWAP) { Value t = TOP(); TOP() = PEEK(oparg); PEEK(oparg) = t; DISPATCH(); }
    TARGET(LOAD_CONST) PUSH(consts[oparg]); DISPATCH();
    TARGET(LOAD_FAST) {
        v = fast[oparg];
        if (v == V_NULL) { SAVE_STATE(); unbound_local(r, co, oparg); }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST_LOAD_FAST) {
        Value a = fast[oparg >> 12], b = fast[oparg & 0xfff];
        if (a == V_NULL) { SAVE_STATE(); unbound_local(r, co, oparg >> 12); }
        if (b == V_NULL) { SAVE_STATE(); unbound_local(r, co, oparg & 0xfff); }
        PUSH(a);
        PUSH(b);
        DISPATCH();
    }
    TARGET(STORE_FAST) v = POP(); fast[oparg] = v; DISPATCH();
    TARGET(DELETE_FAST) {
        if (fast[oparg] == V_NULL) { SAVE_STATE(); unbound_local(r, co, oparg); }
        fast[oparg] = V_NULL;
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        SAVE_STATE();
        fast[co->nlocals + oparg] = cell_new(r, V_NULL);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        v = ((Cell *)v_obj(fast[co->nlocals + oparg]))->v;
        if (v == V_NULL) {
            SAVE_STATE();
            Value name = cell_var_name(co, oparg);
            if (oparg < co->ncells)
                err_format(r, EXC(r, UnboundLocalError),
                           "cannot access local variable '%U' where it is not associated with a value", name);
            err_format(r, EXC(r, NameError),
                       "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) v = POP(); ((Cell *)v_obj(fast[co->nlocals + oparg]))->v = v; DISPATCH();
    TARGET(DELETE_DEREF) {
        Cell *c = (Cell *)v_obj(fast[co->nlocals + oparg]);
        if (c->v == V_NULL) {
            SAVE_STATE();
            err_format(r, EXC(r, NameError),
                       "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                       cell_var_name(co, oparg));
        }
        c->v = V_NULL;
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) PUSH(fast[co->nlocals + oparg]); DISPATCH();
    TARGET(LOAD_CLASSDEREF) {
        SAVE_STATE();
        Value name = cell_var_name(co, oparg);
        v = f->locals != V_NULL ? mapping_get(r, f->locals, name) : V_NULL;
        if (v == V_NULL) {
            v = ((Cell *)v_obj(fast[co->nlocals + oparg]))->v;
            if (v == V_NULL)
                err_format(r, EXC(r, NameError),
                           "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_LOCALS) {
        if (f->locals == V_NULL) { SAVE_STATE(); err_format(r, EXC(r, SystemError), "no locals found"); }
        PUSH(f->locals);
        DISPATCH();
    }
    TARGET(LOAD_FROM_DICT_OR_GLOBALS) {
        SAVE_STATE();
        Value name = names[oparg];
        v = mapping_get(r, TOP(), name);
        if (v == V_NULL) v = dict_get_str(r, f->globals, name);
        if (v == V_NULL) v = dict_get_str(r, f->builtins, name);
        if (v == V_NULL) name_error(r, name);
        TOP() = v;
        DISPATCH();
    }
    TARGET(LOAD_FROM_DICT_OR_DEREF) {
        SAVE_STATE();
        Value name = cell_var_name(co, oparg);
        v = mapping_get(r, TOP(), name);
        if (v == V_NULL) {
            v = ((Cell *)v_obj(fast[co->nlocals + oparg]))->v;
            if (v == V_NULL)
                err_format(r, EXC(r, NameError),
                           "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
        }
        TOP() = v;
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        SAVE_STATE();
        Value name = names[oparg];
        v = V_NULL;
        if (f->locals != V_NULL) v = mapping_get(r, f->locals, name);
        if (v == V_NULL) v = dict_get_str(r, f->globals, name);
        if (v == V_NULL) v = dict_get_str(r, f->builtins, name);
        if (v == V_NULL) name_error(r, name);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        SAVE_STATE();
        v = POP();
        Value ns = f->locals != V_NULL ? f->locals : f->globals;
        if (v_obj(ns)->type == r->t_dict) dict_set(r, ns, names[oparg], v);
        else op_setitem(r, ns, names[oparg], v);
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        SAVE_STATE();
        Value ns = f->locals != V_NULL ? f->locals : f->globals;
        if (v_obj(ns)->type == r->t_dict) {
            if (!dict_del(r, ns, names[oparg])) name_error(r, names[oparg]);
        } else {
            op_delitem(r, ns, names[oparg]);
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        Value name = names[oparg];
        InlineCache *ic = &caches[pc - 1];
        v = dict_hint_get(f->globals, ic->hint, name);
        if (v == V_NULL) {
            Dict *g = (Dict *)v_obj(f->globals);
            if (ic->owner == g && ic->version == g->version) v = dict_hint_get(f->builtins, ic->hint2, name);
            if (v == V_NULL) {
                int64_t ix = dict_index_str(r, f->globals, name);
                if (ix >= 0) {
                    ic->hint = ix;
                    v = g->entries[ix].value;
                } else {
                    ix = dict_index_str(r, f->builtins, name);
                    if (ix < 0) { SAVE_STATE(); name_error(r, name); }
                    ic->owner = g;
                    ic->version = g->version;
                    ic->hint2 = ix;
                    v = ((Dict *)v_obj(f->builtins))->entries[ix].value;
                }
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) SAVE_STATE(); v = POP(); dict_set(r, f->globals, names[oparg], v); DISPATCH();
    TARGET(DELETE_GLOBAL) {
        SAVE_STATE();
        if (!dict_del(r, f->globals, names[oparg])) name_error(r, names[oparg]);
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        SAVE_STATE();
        Value o = TOP();
        Type *t = v_type(r, o);
        if (t->getattr == obj_generic_getattr) {
            /* the generic lookup with the class part cached per type */
            Value name = names[oparg];
            InlineCache *ic = &caches[pc - 1];
            if (ic->owner != t || ic->version != r->type_epoch) {
                ic->owner = t;
                ic->version = r->type_epoch;
                ic->descr = type_lookup(r, t, name);
            }
            Value descr = ic->descr;
            Type *dt = descr != V_NULL ? v_type(r, descr) : NULL;
            if (!dt || !dt->descr_get || !dt->descr_set) {
                Value *dp = obj_dict_ptr(r, o);
                if (dp && *dp != V_NULL) {
                    v = dict_hint_get(*dp, ic->hint, name);
                    if (v == V_NULL) {
                        int64_t ix = dict_index_str(r, *dp, name);
                        if (ix >= 0) { ic->hint = ix; v = ((Dict *)v_obj(*dp))->entries[ix].value; }
                    }
                    if (v != V_NULL) { TOP() = v; DISPATCH(); }
                }
                if (!dt) err_attribute(r, o, name);
            }
            v = dt->descr_get ? dt->descr_get(r, descr, o, v_from_obj(t)) : descr;
            TOP() = v;
            DISPATCH();
        }
        v = t->getattr(r, o, names[oparg]);
        if (v == V_NULL) err_attribute(r, o, names[oparg]);
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        SAVE_STATE();
        Value o = POP();
        v = POP();
        op_setattr(r, o, names[oparg], v);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        SAVE_STATE();
        Value o = POP();
        op_delattr(r, o, names[oparg]);
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        SAVE_STATE();
        Value o = TOP();
        Value name = names[oparg];
        Type *t = v_type(r, o);
        if (t->getattr == obj_generic_getattr) {
            InlineCache *ic = &caches[pc - 1];
            if (ic->owner != t || ic->version != r->type_epoch) {
                ic->owner = t;
                ic->version = r->type_epoch;
                ic->descr = type_lookup(r, t, name);
            }
            Value descr = ic->descr;
            if (descr != V_NULL) {
                Type *dt = v_type(r, descr);
                bool plain = dt == r->t_function ||
                             (dt == r->t_builtin_function_or_method &&
                              (((NativeFunc *)v_obj(descr))->flags & NF_METHOD) &&
                              ((NativeFunc *)v_obj(descr))->self == V_NULL);
                if (plain) {
                    Value *dp = obj_dict_ptr(r, o);
                    if (!dp || *dp == V_NULL || dict_get_str(r, *dp, name) == V_NULL) {
                        TOP() = descr;
                        PUSH(o);
                        DISPATCH();
                    }
                }
            }
        }
        v = t->getattr(r, o, name);
        if (v == V_NULL) err_attribute(r, o, name);
        TOP() = v;
        PUSH(V_NULL);
        DISPATCH();
    }
    TARGET(CALL_METHOD) {
        /* (f self_or_NULL a1..an): with self, call f(self, a1..an) */
        Value *args = sp - oparg;
        Value self = args[-1];
        size_t nargs = oparg;
        if (self != V_NULL) { args--; nargs++; }
        Value callee = sp[-(int)oparg - 2];
        sp -= oparg + 2;
        v = callee;
        oparg = (uint32_t)nargs;
        /* fall into the generic call path with args in place */
        if (v_is_obj(callee) && v_obj(callee)->type == r->t_function) {
            Func *fn = (Func *)v_obj(callee);
            Code *c = (Code *)v_obj(fn->code);
            if (!(c->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                SAVE_STATE();
                f = call_push(r, callee, fn, c, args, nargs);
                LOAD_STATE();
                DISPATCH();
            }
        }
        SAVE_STATE();
        v = call_value(r, callee, args, nargs, V_NULL);
        PUSH(v);
        DISPATCH();
    }
    TARGET(CALL_METHOD_KW) {
        Value kwnames = POP();
        size_t nkw = (size_t)tuple_ptr(kwnames)->len;
        Value *args = sp - oparg;
        Value self = args[-1];
        size_t npos = oparg - nkw;
        if (self != V_NULL) { args--; npos++; }
        Value callee = sp[-(int)oparg - 2];
        sp -= oparg + 2;
        SAVE_STATE();
        v = call_value(r, callee, args, npos, kwnames);
        PUSH(v);
        DISPATCH();
    }
    TARGET(CALL) {
        Value *args = sp - oparg;
        Value callee = args[-1];
        sp -= oparg + 1;
        if (v_is_obj(callee)) {
            Type *ct = v_obj(callee)->type;
            if (ct == r->t_function) {
                Func *fn = (Func *)v_obj(callee);
                Code *c = (Code *)v_obj(fn->code);
                if (!(c->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                    SAVE_STATE();
                    f = call_push(r, callee, fn, c, args, oparg);
                    LOAD_STATE();
                    DISPATCH();
                }
            } else if (ct == r->t_method) {
                Method *m = (Method *)v_obj(callee);
                if (v_is_obj(m->func) && v_obj(m->func)->type == r->t_function) {
                    Func *fn = (Func *)v_obj(m->func);
                    Code *c = (Code *)v_obj(fn->code);
                    if (!(c->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                        SAVE_STATE();
                        args[-1] = m->self;   /* args[-1] held the callee: reuse it for self */
                        f = call_push(r, m->func, fn, c, args - 1, oparg + 1);
                        LOAD_STATE();
                        DISPATCH();
                    }
                }
            } else if (ct == r->t_builtin_function_or_method) {
                NativeFunc *nf = (NativeFunc *)v_obj(callee);
                if (nf->self == V_NULL && !(nf->flags & (NF_SLOT | NF_METHOD))) {
                    SAVE_STATE();
                    v = nf->fn(r, args, oparg, V_NULL);
                    PUSH(v);
                    DISPATCH();
                }
            }
        }
        SAVE_STATE();
        v = call_value(r, callee, args, oparg, V_NULL);
        PUSH(v);
        DISPATCH();
    }
    TARGET(CALL_KW) {
        Value kwnames = POP();
        size_t nkw = (size_t)tuple_ptr(kwnames)->len;
        Value *args = sp - oparg;
        Value callee = args[-1];
        sp -= oparg + 1;
        SAVE_STATE();
        v = call_value(r, callee, args, oparg - nkw, kwnames);
        PUSH(v);
        DISPATCH();
    }
    TARGET(CALL_EX) {
        SAVE_STATE();
        Value kwargs = (oparg & 1) ? POP() : V_NULL;
        Value args = POP();
        Value callee = POP();
        if (!(v_is_obj(args) && v_obj(args)->type == r->t_tuple)) {
            Type *at = v_type(r, args);
            if (!at->iter && !at->getitem)
                err_type(r, "%U argument after * must be an iterable, not %s", func_str(r, callee), at->name);
            Value l = list_new(r, 0);
            list_extend(r, l, args);
            args = list_to_tuple(r, l);
        }
        if (kwargs != V_NULL && !(v_is_obj(kwargs) && v_obj(kwargs)->type == r->t_dict)) {
            Value d = dict_new(r);
            dict_update(r, d, kwargs);
            kwargs = d;
        }
        v = op_call_ex(r, callee, args, kwargs);
        PUSH(v);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Value b = POP(), a = TOP();
        if (v_both_int(a, b)) {
            int64_t x = v_as_small(a), y = v_as_small(b), z;
            switch (oparg) {
            case NB_ADD: z = x + y; if (v_fits_small(z)) { TOP() = v_small(z); DISPATCH(); } break;
            case NB_SUB: z = x - y; if (v_fits_small(z)) { TOP() = v_small(z); DISPATCH(); } break;
            case NB_MUL:
                if (!__builtin_mul_overflow(x, y, &z) && v_fits_small(z)) { TOP() = v_small(z); DISPATCH(); }
                break;
            case NB_FLOORDIV:
                if (y > 0) { z = x / y; if ((x % y) < 0) z--; TOP() = v_small(z); DISPATCH(); }
                break;
            case NB_MOD:
                if (y > 0) { z = x % y; if (z < 0) z += y; TOP() = v_small(z); DISPATCH(); }
                break;
            case NB_AND: TOP() = v_small(x & y); DISPATCH();
            case NB_OR: TOP() = v_small(x | y); DISPATCH();
            case NB_XOR: TOP() = v_small(x ^ y); DISPATCH();
            default: break;
            }
        } else if (v_is_float(a) && v_is_float(b)) {
            double x = v_as_double(a), y = v_as_double(b);
            switch (oparg) {
            case NB_ADD: TOP() = v_from_double(x + y); DISPATCH();
            case NB_SUB: TOP() = v_from_double(x - y); DISPATCH();
            case NB_MUL: TOP() = v_from_double(x * y); DISPATCH();
            case NB_TRUEDIV: if (y != 0.0) { TOP() = v_from_double(x / y); DISPATCH(); } break;
            default: break;
            }
        }
        SAVE_STATE();
        TOP() = op_binary(r, (int)oparg, a, b);
        DISPATCH();
    }
    TARGET(INPLACE_OP) {
        Value b = POP(), a = TOP();
        if (v_both_int(a, b)) {
            int64_t x = v_as_small(a), y = v_as_small(b), z;
            if (oparg == NB_ADD) { z = x + y; if (v_fits_small(z)) { TOP() = v_small(z); DISPATCH(); } }
            else if (oparg == NB_SUB) { z = x - y; if (v_fits_small(z)) { TOP() = v_small(z); DISPATCH(); } }
        } else if (v_is_float(a) && v_is_float(b)) {
            double x = v_as_double(a), y = v_as_double(b);
            if (oparg == NB_ADD) { TOP() = v_from_double(x + y); DISPATCH(); }
            if (oparg == NB_SUB) { TOP() = v_from_double(x - y); DISPATCH(); }
            if (oparg == NB_MUL) { TOP() = v_from_double(x * y); DISPATCH(); }
        }
        SAVE_STATE();
        TOP() = op_inplace(r, (int)oparg, a, b);
        DISPATCH();
    }
    TARGET(UNARY_NEG) {
        Value a = TOP();
        if (v_is_int(a) && v_as_small(a) != SMALL_INT_MIN) { TOP() = v_small(-v_as_small(a)); DISPATCH(); }
        if (v_is_float(a)) { TOP() = v_from_double(-v_as_double(a)); DISPATCH(); }
        SAVE_STATE();
        TOP() = op_neg(r, a);
        DISPATCH();
    }
    TARGET(UNARY_POS) SAVE_STATE(); TOP() = op_pos(r, TOP()); DISPATCH();
    TARGET(UNARY_INVERT) SAVE_STATE(); TOP() = op_invert(r, TOP()); DISPATCH();
    TARGET(UNARY_NOT) {
        Value a = TOP();
        if (v_is_bool(a)) { TOP() = a ^ 1; DISPATCH(); }
        SAVE_STATE();
        TOP() = v_bool(!op_truth(r, a));
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = POP(), a = TOP();
        if (v_both_int(a, b)) {
            int64_t x = v_as_small(a), y = v_as_small(b);
            bool res;
            switch (oparg) {
            case CMP_LT: res = x < y; break;
            case CMP_LE: res = x <= y; break;
            case CMP_EQ: res = x == y; break;
            case CMP_NE: res = x != y; break;
            case CMP_GT: res = x > y; break;
            default: res = x >= y; break;
            }
            TOP() = v_bool(res);
            DISPATCH();
        }
        if (v_is_float(a) && v_is_float(b)) {
            double x = v_as_double(a), y = v_as_double(b);
            bool res;
            switch (oparg) {
            case CMP_LT: res = x < y; break;
            case CMP_LE: res = x <= y; break;
            case CMP_EQ: res = x == y; break;
            case CMP_NE: res = x != y; break;
            case CMP_GT: res = x > y; break;
            default: res = x >= y; break;
            }
            TOP() = v_bool(res);
            DISPATCH();
        }
        SAVE_STATE();
        TOP() = op_richcmp(r, a, b, (int)oparg);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP(), a = TOP();
        bool same = a == b;
        TOP() = v_bool(oparg ? !same : same);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        SAVE_STATE();
        Value b = POP(), a = TOP();
        bool in = op_contains(r, b, a);
        TOP() = v_bool(oparg ? !in : in);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value k = POP(), o = TOP();
        if (v_is_obj(o) && v_is_int(k)) {
            Type *t = v_obj(o)->type;
            int64_t i = v_as_small(k);
            if (t == r->t_list) {
                List *l = (List *)v_obj(o);
                if (i < 0) i += l->len;
                if ((uint64_t)i < (uint64_t)l->len) { TOP() = l->items[i]; DISPATCH(); }
            } else if (t == r->t_tuple) {
                Tuple *tp = (Tuple *)v_obj(o);
                if (i < 0) i += tp->len;
                if ((uint64_t)i < (uint64_t)tp->len) { TOP() = tp->items[i]; DISPATCH(); }
            }
        }
        SAVE_STATE();
        TOP() = op_getitem(r, o, k);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value k = POP(), o = POP();
        v = POP();
        if (v_is_obj(o) && v_is_int(k) && v_obj(o)->type == r->t_list) {
            List *l = (List *)v_obj(o);
            int64_t i = v_as_small(k);
            if (i < 0) i += l->len;
            if ((uint64_t)i < (uint64_t)l->len) { l->items[i] = v; DISPATCH(); }
        }
        SAVE_STATE();
        op_setitem(r, o, k, v);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        SAVE_STATE();
        Value k = POP(), o = POP();
        op_delitem(r, o, k);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        SAVE_STATE();
        Value step = oparg == 3 ? POP() : V_NONE;
        Value stop = POP(), start = TOP();
        TOP() = slice_new(r, start, stop, step);
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        SAVE_STATE();
        v = tuple_from_array(r, sp - oparg, oparg);
        sp -= oparg;
        PUSH(v);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        SAVE_STATE();
        v = list_from_array(r, sp - oparg, oparg);
        sp -= oparg;
        PUSH(v);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        SAVE_STATE();
        v = set_new(r, r->t_set);
        for (uint32_t i = oparg; i > 0; i--) set_add(r, v, sp[-(int)i]);
        sp -= oparg;
        PUSH(v);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SAVE_STATE();
        v = dict_new(r);
        for (uint32_t i = oparg; i > 0; i--) dict_set(r, v, sp[-2 * (int)i], sp[-2 * (int)i + 1]);
        sp -= 2 * oparg;
        PUSH(v);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        SAVE_STATE();
        v = build_string(r, sp - oparg, oparg);
        sp -= oparg;
        PUSH(v);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        SAVE_STATE();
        Value spec = (oparg & 4) ? POP() : V_NULL;
        TOP() = format_value(r, TOP(), (int)(oparg & 3), spec);
        DISPATCH();
    }
    TARGET(LIST_APPEND) { SAVE_STATE(); v = POP(); Value c = PEEK(oparg); list_append(r, c, v); DISPATCH(); }
    TARGET(SET_ADD) { SAVE_STATE(); v = POP(); Value c = PEEK(oparg); set_add(r, c, v); DISPATCH(); }
    TARGET(MAP_ADD) {
        SAVE_STATE();
        Value val = POP(), key = POP();
        Value c = PEEK(oparg);
        dict_set(r, c, key, val);
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        SAVE_STATE();
        v = POP();
        Type *t = v_type(r, v);
        if (!t->iter && !t->getitem)
            err_type(r, "Value after * must be an iterable, not %s", t->name);
        Value c = PEEK(oparg);
        list_extend(r, c, v);
        DISPATCH();
    }
    TARGET(SET_UPDATE) { SAVE_STATE(); v = POP(); Value c = PEEK(oparg); set_update(r, c, v); DISPATCH(); }
    TARGET(DICT_UPDATE) {
        SAVE_STATE();
        v = POP();
        if (!v_type(r, v)->getitem || op_getattr_opt(r, v, NM(r, keys)) == V_NULL)
            err_type(r, "'%T' object is not a mapping", v);
        Value c = PEEK(oparg);
        dict_update(r, c, v);
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        SAVE_STATE();
        v = POP();
        Value d = PEEK(oparg);
        Value callee = PEEK(oparg + 2);
        if (op_getattr_opt(r, v, NM(r, keys)) == V_NULL)
            err_type(r, "%U argument after ** must be a mapping, not %T", func_str(r, callee), v);
        Value keys = op_iter(r, op_call_method(r, v, NM(r, keys), NULL, 0));
        for (Value k; (k = op_next(r, keys)) != V_NULL;) {
            if (dict_get(r, d, k) != V_NULL)
                err_type(r, "%U got multiple values for keyword argument '%S'", func_str(r, callee), k);
            dict_set(r, d, k, op_getitem(r, v, k));
        }
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) SAVE_STATE(); TOP() = list_to_tuple(r, TOP()); DISPATCH();
    TARGET(UNPACK_SEQUENCE) {
        SAVE_STATE();
        v = POP();
        unpack_sequence(r, v, sp, oparg);
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        SAVE_STATE();
        v = POP();
        size_t before = oparg & 0xff, after = oparg >> 8;
        unpack_ex(r, v, sp, before, after);
        sp += before + 1 + after;
        DISPATCH();
    }
    TARGET(GET_ITER) SAVE_STATE(); TOP() = op_iter(r, TOP()); DISPATCH();
    TARGET(FOR_ITER) {
        SAVE_STATE();
        Value it = TOP();
        v = v_obj(it)->type->next ? v_obj(it)->type->next(r, it) : op_next(r, it);
        if (v == V_NULL) { sp--; JUMPTO(oparg); DISPATCH(); }
        PUSH(v);
        DISPATCH();
    }
    TARGET(JUMP) {
        if (oparg < pc) {   /* every loop passes here */
            if (--r->steps_left == 0) {
                SAVE_STATE();
                limits_check(r);
            }
            /* a safe point: run what the collector queued (finalize.c) */
            if (heap_has_pending(&r->heap)) {
                SAVE_STATE();
                fin_run_pending(r);
            }
        }
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        v = POP();
        if (v == V_FALSE) { JUMPTO(oparg); DISPATCH(); }
        if (v == V_TRUE) DISPATCH();
        SAVE_STATE();
        if (!op_truth(r, v)) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        v = POP();
        if (v == V_TRUE) { JUMPTO(oparg); DISPATCH(); }
        if (v == V_FALSE) DISPATCH();
        SAVE_STATE();
        if (op_truth(r, v)) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        SAVE_STATE();
        if (!op_truth(r, TOP())) JUMPTO(oparg); else sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        SAVE_STATE();
        if (op_truth(r, TOP())) JUMPTO(oparg); else sp--;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) v = POP(); if (v == V_NONE) JUMPTO(oparg); DISPATCH();
    TARGET(POP_JUMP_IF_NOT_NONE) v = POP(); if (v != V_NONE) JUMPTO(oparg); DISPATCH();
    TARGET(RETURN_VALUE) {
        v = POP();
        if (f == entry) {
            SAVE_STATE();
            *status = RUN_RETURN;
            return v;
        }
        Frame *caller = f->prev;
        frame_pop(r, f);
        f = caller;
        LOAD_STATE();
        PUSH(v);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        SAVE_STATE();
        v = make_function(r, f, oparg, &sp);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        SAVE_STATE();
        v = dict_get_str(r, f->builtins, NM(r, __build_class__));
        if (v == V_NULL) err_format(r, EXC(r, NameError), "__build_class__ not found");
        PUSH(v);
        DISPATCH();
    }
    TARGET(SETUP_FINALLY) {
        if (f->nblocks >= FRAME_MAX_BLOCKS) { SAVE_STATE(); err_format(r, EXC(r, SystemError), "block stack overflow"); }
        Block *b = &f->blocks[f->nblocks++];
        b->type = BLOCK_HANDLER;
        b->handler = oparg;
        b->level = (uint32_t)(sp - f->stack);
        DISPATCH();
    }
    TARGET(SETUP_WITH) {
        SAVE_STATE();
        Value mgr = TOP();
        /* special lookups: on the type, bound, never through __getattr__ */
        Type *mt = v_type(r, mgr);
        Value enter = type_lookup(r, mt, NM(r, __enter__));
        if (enter == V_NULL)
            err_type(r, "'%s' object does not support the context manager protocol", mt->name);
        Value exitf = type_lookup(r, mt, NM(r, __exit__));
        if (exitf == V_NULL)
            err_type(r, "'%s' object does not support the context manager protocol (missed __exit__ method)", mt->name);
        if (v_type(r, enter)->descr_get) enter = v_type(r, enter)->descr_get(r, enter, mgr, v_from_obj(mt));
        if (v_type(r, exitf)->descr_get) exitf = v_type(r, exitf)->descr_get(r, exitf, mgr, v_from_obj(mt));
        TOP() = exitf;
        Value res = op_call0(r, enter);
        if (f->nblocks >= FRAME_MAX_BLOCKS) err_format(r, EXC(r, SystemError), "block stack overflow");
        Block *b = &f->blocks[f->nblocks++];
        b->type = BLOCK_HANDLER;
        b->handler = oparg;
        b->level = (uint32_t)(sp - f->stack);
        PUSH(res);
        DISPATCH();
    }
    TARGET(POP_BLOCK) f->nblocks--; DISPATCH();
    TARGET(POP_EXCEPT) {
        Block *b = &f->blocks[--f->nblocks];
        r->exc_info = f->stack[b->level];
        sp = f->stack + b->level;
        DISPATCH();
    }
    TARGET(RERAISE) {
        SAVE_STATE();
        v = POP();
        r->reraise = true;
        err_raise(r, v);
    }
    TARGET(RAISE_VARARGS) {
        SAVE_STATE();
        if (oparg == 0) {
            if (r->exc_info == V_NONE || r->exc_info == V_NULL)
                err_format(r, EXC(r, RuntimeError), "No active exception to reraise");
            /* as CPython 3.11+: no traceback entry for this frame (the
             * exception already has one) and no context chaining */
            r->reraise = true;
            err_raise(r, r->exc_info);
        }
        Value cause = oparg == 2 ? POP() : V_NULL;
        v = POP();
        do_raise(r, v, cause);
    }
    TARGET(CHECK_EXC_MATCH) {
        SAVE_STATE();
        Value type = POP();
        v = v_bool(exc_match(r, TOP(), type));
        PUSH(v);
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        SAVE_STATE();
        Value type = PEEK(1), rest;
        Value match = exc_group_match(r, PEEK(2), type, &rest);
        PEEK(2) = rest;
        PEEK(1) = match;
        if (match != V_NONE) r->exc_info = match;
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        SAVE_STATE();
        v = exc_prep_reraise_star(r, PEEK(2), PEEK(1));
        (void)POP();
        TOP() = v;
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        SAVE_STATE();
        Value exc = PEEK(1);
        Value exitf = PEEK(3);
        Value args[3] = {v_from_obj(v_type(r, exc)), exc, V_NONE};
        Value tb = op_getattr_opt(r, exc, str_intern_cstr(r, "__traceback__"));
        if (tb != V_NULL) args[2] = tb;
        v = op_call(r, exitf, args, 3, V_NULL);
        PUSH(v);
        DISPATCH();
    }
    TARGET(MAKE_TYPE_ALIAS) {
        SAVE_STATE();
        Value mod = f->globals != V_NULL ? dict_get_str(r, f->globals, NM(r, __name__)) : V_NULL;
        v = typealias_new(r, PEEK(3), PEEK(1), mod == V_NULL ? V_NONE : mod, PEEK(2));
        (void)POP();
        (void)POP();
        TOP() = v;
        DISPATCH();
    }
    TARGET(MAKE_TYPEVAR) {
        SAVE_STATE();
        Value dflt = (oparg & 16) ? POP() : V_NULL;
        Value fn = (oparg & 8) ? POP() : V_NULL;
        v = typealias_typevar_new(r, (int)(oparg & 3), TOP(), fn, (oparg & 4) != 0);
        if (dflt != V_NULL) typealias_typevar_set_default(r, v, dflt);
        TOP() = v;
        DISPATCH();
    }
    TARGET(SUBSCRIPT_GENERIC) {
        SAVE_STATE();
        v = typealias_generic_base(r, TOP());
        TOP() = v;
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) PUSH(v_from_obj(EXC(r, AssertionError))); DISPATCH();
    TARGET(YIELD_VALUE) {
        v = POP();
        SAVE_STATE();
        *status = RUN_YIELD;
        return v;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        SAVE_STATE();
        Value o = TOP();
        if (v_is_obj(o) && v_obj(o)->type == r->t_coroutine) {
            if (!(f->code->flags & CO_COROUTINE))
                err_type(r, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        } else if (!(v_is_obj(o) && v_obj(o)->type == r->t_generator)) {
            TOP() = op_iter(r, o);
        }
        DISPATCH();
    }
    TARGET(YIELD_FROM) {
        SAVE_STATE();
        Value sent = POP();
        Value it = TOP();
        bool done;
        v = yield_from_step(r, it, sent, &done);
        if (done) {
            TOP() = v;
            DISPATCH();
        }
        /* yield v outward; on resume the sent value is pushed and
         * YIELD_FROM runs again */
        pc--;
        SAVE_STATE();
        *status = RUN_YIELD;
        return v;
    }
    TARGET(IMPORT_NAME) {
        SAVE_STATE();
        Value fromlist = POP();
        Value level = TOP();
        TOP() = import_name(r, f, names[oparg], fromlist, level);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE_STATE();
        v = import_from(r, TOP(), names[oparg]);
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) SAVE_STATE(); v = POP(); import_star(r, f, v); DISPATCH();
    TARGET(SETUP_ANNOTATIONS) {
        SAVE_STATE();
        Value ns = f->locals != V_NULL ? f->locals : f->globals;
        if (mapping_get(r, ns, NM(r, __annotations__)) == V_NULL)
            op_setitem(r, ns, NM(r, __annotations__), dict_new(r));
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        /* an interactive expression statement: sys.displayhook(value) */
        SAVE_STATE();
        v = POP();
        Value sys = modules_import(r, "sys");
        Value hook = op_getattr_opt(r, sys, str_intern_cstr(r, "displayhook"));
        if (hook == V_NULL) err_format(r, EXC(r, RuntimeError), "lost sys.displayhook");
        op_call1(r, hook, v);
        DISPATCH();
    }
    TARGET(GET_LEN) {
        SAVE_STATE();
        v = int_from_i64(r, op_len(r, TOP()));
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        Type *t = v_type(r, TOP());
        PUSH(v_bool((t->flags & TF_DICT_SUB) != 0));
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        Type *t = v_type(r, TOP());
        bool seq = (t->flags & (TF_LIST_SUB | TF_TUPLE_SUB)) || type_is_subtype(t, r->t_range);
        PUSH(v_bool(seq));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        SAVE_STATE();
        Value keys = TOP(), o = PEEK(2);
        Tuple *kt = tuple_ptr(keys);
        Value vals = tuple_new(r, (size_t)kt->len);
        bool ok = true;
        /* as CPython: through the subject's get(key, marker), so dict
         * subclasses overriding get are honoured; the keys must be distinct */
        Value get = v_type(r, o) == r->t_dict || kt->len == 0 ? V_NULL : op_getattr(r, o, str_intern_cstr(r, "get"));
        Value seen = kt->len > 1 ? set_new(r, r->t_set) : V_NULL;
        Value marker = get != V_NULL ? obj_new_instance(r, r->t_object) : V_NULL;
        for (int64_t i = 0; i < kt->len && ok; i++) {
            if (seen != V_NULL) {
                if (set_contains(r, seen, kt->items[i]))
                    err_format(r, EXC(r, ValueError), "mapping pattern checks duplicate key (%R)", kt->items[i]);
                set_add(r, seen, kt->items[i]);
            }
            Value x;
            if (get == V_NULL) {
                x = mapping_get(r, o, kt->items[i]);
            } else {
                Value ga[2] = {kt->items[i], marker};
                x = op_call(r, get, ga, 2, V_NULL);
                if (x == marker) x = V_NULL;
            }
            if (x == V_NULL) ok = false;
            else tuple_ptr(vals)->items[i] = x;
        }
        PUSH(ok ? vals : V_NONE);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        SAVE_STATE();
        Value kwn = POP(), cls = POP(), o = TOP();
        if (!op_is_type(r, cls)) err_type(r, "called match pattern must be a class");
        if (!op_isinstance(r, o, cls)) { TOP() = V_NONE; DISPATCH(); }
        size_t npos = oparg, nkw = (size_t)tuple_ptr(kwn)->len;
        Value res = tuple_new(r, npos + nkw);
        bool ok = true;
        if (npos) {
            Value ma = op_getattr_opt(r, cls, NM(r, __match_args__));
            Type *ct = (Type *)v_obj(cls);
            bool self_match = ct->flags & (TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB | TF_LIST_SUB | TF_DICT_SUB |
                                           TF_BYTES_SUB | TF_FLOAT_SUB);
            if (type_is_subtype(ct, r->t_bool) || type_is_subtype(ct, r->t_set) || type_is_subtype(ct, r->t_frozenset) ||
                type_is_subtype(ct, r->t_bytearray))
                self_match = true;
            if (ma == V_NULL && self_match && npos == 1) {
                tuple_ptr(res)->items[0] = o;
            } else {
                if (ma == V_NULL) ma = r->empty_tuple;
                if (!(v_type(r, ma)->flags & TF_TUPLE_SUB))
                    err_type(r, "%s.__match_args__ must be a tuple (got %T)", ct->name, ma);
                if ((size_t)tuple_ptr(ma)->len < npos)
                    err_type(r, "%s() accepts %d positional sub-pattern%s (%zu given)", ct->name,
                             (int)tuple_ptr(ma)->len, tuple_ptr(ma)->len == 1 ? "" : "s", npos);
                for (size_t i = 0; i < npos && ok; i++) {
                    Value nm = tuple_ptr(ma)->items[i];
                    if (!(v_is_obj(nm) && (v_obj(nm)->type->flags & TF_STR_SUB)))
                        err_type(r, "__match_args__ elements must be strings (got %T)", nm);
                    for (size_t k = 0; k < i; k++)
                        if (str_eq(tuple_ptr(ma)->items[k], nm))
                            err_type(r, "%s() got multiple sub-patterns for attribute %R", ct->name, nm);
                    for (size_t k = 0; k < nkw; k++)
                        if (str_eq(tuple_ptr(kwn)->items[k], nm))
                            err_type(r, "%s() got multiple sub-patterns for attribute %R", ct->name, nm);
                    Value x = op_getattr_opt(r, o, nm);
                    if (x == V_NULL) ok = false; else tuple_ptr(res)->items[i] = x;
                }
            }
        }
        for (size_t i = 0; i < nkw && ok; i++) {
            Value x = op_getattr_opt(r, o, tuple_ptr(kwn)->items[i]);
            if (x == V_NULL) ok = false; else tuple_ptr(res)->items[npos + i] = x;
        }
        TOP() = ok ? res : V_NONE;
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        SAVE_STATE();
        TOP() = gen_get_awaitable(r, TOP(), (int)oparg);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        SAVE_STATE();
        Value o = TOP();
        Type *t = v_type(r, o);
        if (type_lookup(r, t, NM(r, __aiter__)) == V_NULL)
            err_type(r, "'async for' requires an object with __aiter__ method, got %s", t->name);
        v = op_call0(r, op_getattr(r, o, NM(r, __aiter__)));
        Type *it = v_type(r, v);
        if (type_lookup(r, it, NM(r, __anext__)) == V_NULL)
            err_type(r, "'async for' received an object from __aiter__ that does not implement __anext__: %s", it->name);
        TOP() = v;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        SAVE_STATE();
        v = gen_get_anext(r, TOP());
        PUSH(v);
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        SAVE_STATE();
        Value mgr = TOP();
        Type *mt = v_type(r, mgr);
        if (type_lookup(r, mt, NM(r, __aenter__)) == V_NULL)
            err_type(r, "'%s' object does not support the asynchronous context manager protocol", mt->name);
        if (type_lookup(r, mt, NM(r, __aexit__)) == V_NULL)
            err_type(r, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", mt->name);
        Value enter = type_lookup(r, mt, NM(r, __aenter__));
        Value aexit = type_lookup(r, mt, NM(r, __aexit__));
        if (v_type(r, enter)->descr_get) enter = v_type(r, enter)->descr_get(r, enter, mgr, v_from_obj(mt));
        if (v_type(r, aexit)->descr_get) aexit = v_type(r, aexit)->descr_get(r, aexit, mgr, v_from_obj(mt));
        TOP() = aexit;
        v = op_call0(r, enter);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SETUP_ASYNC_WITH) {
        /* (exit res -- exit res): the handler's depth keeps exit only */
        if (f->nblocks >= FRAME_MAX_BLOCKS) { SAVE_STATE(); err_format(r, EXC(r, SystemError), "block stack overflow"); }
        Block *b = &f->blocks[f->nblocks++];
        b->type = BLOCK_HANDLER;
        b->handler = oparg;
        b->level = (uint32_t)(sp - f->stack) - 1;
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        /* (aiter prev_exc exc -- ) under an EXCEPT_HANDLER block: the loop
         * ends on StopAsyncIteration, anything else goes on */
        SAVE_STATE();
        Value exc = TOP();
        if (!err_matches(r, exc, EXC(r, StopAsyncIteration))) {
            (void)POP();
            r->reraise = true;
            err_raise(r, exc);
        }
        Block *b = &f->blocks[--f->nblocks];
        r->exc_info = f->stack[b->level];
        sp = f->stack + b->level;
        (void)POP();
        DISPATCH();
    }
    TARGET(RETURN_GENERATOR_UNUSED) {
        SAVE_STATE();
        err_format(r, EXC(r, SystemError), "asp: async is not supported yet");
    }
#ifndef USE_COMPUTED_GOTO
        }
    }
#endif
#undef LOAD_STATE
#undef SAVE_STATE
}

/* Finds a handler for r->exc in the frames from r->frame up to entry.
 * Returns true with r->frame set up to resume; false when the exception
 * leaves entry (entry has been popped then). */
static bool unwind(Realm *r, Frame *entry) {
    Value exc = r->exc;
    bool reraise = r->reraise;
    r->reraise = false;
    for (;;) {
        Frame *f = r->frame;
        if (r->tb_skip_caller != V_NULL && r->tb_skip_caller == exc)
            r->tb_skip_caller = V_NULL;   /* the comprehension's entry is this frame's */
        else if (!reraise && v_is_obj(exc) && (v_obj(exc)->type->flags & TF_EXC_SUB))
            exc_add_traceback(r, exc, v_from_obj(f->code), f->pc ? f->pc - 1 : 0);
        reraise = false;
        if (r->limit_hit) f->nblocks = 0;   /* no guest handler runs for a hit limit */
        while (f->nblocks > 0) {
            Block b = f->blocks[--f->nblocks];
            if (b.type == BLOCK_EXCEPT_HANDLER) {
                r->exc_info = f->stack[b.level];
                continue;
            }
            /* the EXCEPT_HANDLER block takes the popped block's place */
            Value *sp = f->stack + b.level;
            *sp++ = r->exc_info == V_NULL ? V_NONE : r->exc_info;
            Block *h = &f->blocks[f->nblocks++];
            h->type = BLOCK_EXCEPT_HANDLER;
            h->level = b.level;
            h->handler = 0;
            *sp++ = exc;
            r->exc_info = exc;
            f->sp = sp;
            f->pc = b.handler;
            return true;
        }
        bool was_entry = f == entry;
        r->tb_skip_caller = (f->code->flags & CO_INLINED_COMP) ? exc : V_NULL;
        frame_pop(r, f);
        if (was_entry) return false;
    }
}

Value vm_run_frame(Realm *r, Frame *entry, Value throw_exc, bool *yielded) {
    ErrJmp j;
    volatile Value throw_v = throw_exc;
    RunStatus status = RUN_RETURN;
    entry->entry = true;
    uint32_t saved_c = r->c_depth;
    for (;;) {
        if (ERR_TRY(r, &j)) {
            r->c_depth = saved_c + 1;
            if (throw_v != V_NULL) {
                Value t = throw_v;
                throw_v = V_NULL;
                err_raise(r, t);
            }
            err_check_stack(r);
            Value v = run_loop(r, entry, &status);
            err_untry(r, &j);
            r->c_depth = saved_c;
            if (status == RUN_YIELD) {
                *yielded = true;
                r->frame = entry->prev;
                r->depth--;
            } else {
                *yielded = false;
                frame_pop(r, entry);
            }
            return v;
        }
        /* an exception: r->exc; the raising frame is r->exc_frame */
        r->frame = r->exc_frame;
        r->depth = r->exc_depth;
        r->stack_top = r->exc_stack_top;
        r->c_depth = saved_c;
        if (!unwind(r, entry)) {
            err_raise(r, r->exc);
        }
    }
}

Value vm_call_function(Realm *r, Value func, Value *args, size_t nargs, Value kwnames) {
    Func *fn = (Func *)v_obj(func);
    Code *c = (Code *)v_obj(fn->code);
    if (c->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        Value g = gen_new(r, func, c);
        Gen *gp = (Gen *)v_obj(g);
        vm_bind_args(r, fn, c, gp->frame.fast, args, nargs, kwnames);
        copy_free_vars(fn, c, gp->frame.fast);
        return g;
    }
    Value *top = r->stack_top;
    Frame *nf = frame_push(r, c);
    nf->func = func;
    nf->globals = fn->globals;
    nf->builtins = fn->builtins;
    if (kwnames == V_NULL && nargs == c->argcount && !(c->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
        c->kwonlyargcount == 0) {
        /* plain positional call: nothing can raise while binding */
        for (size_t i = 0; i < nargs; i++) nf->fast[i] = args[i];
        copy_free_vars(fn, c, nf->fast);
        frame_enter(r, nf);
        bool yielded;
        return vm_run_frame(r, nf, V_NULL, &yielded);
    }
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        vm_bind_args(r, fn, c, nf->fast, args, nargs, kwnames);
        copy_free_vars(fn, c, nf->fast);
        err_untry(r, &j);
    } else {
        r->stack_top = top;   /* give the unused frame's area back */
        err_raise(r, r->exc);
    }
    frame_enter(r, nf);
    bool yielded;
    return vm_run_frame(r, nf, V_NULL, &yielded);
}

Value vm_run_code(Realm *r, Value code, Value globals, Value locals) {
    Code *c = (Code *)v_obj(code);
    Frame *nf = frame_push(r, c);
    nf->globals = globals;
    Value b = dict_get_str(r, globals, NM(r, __builtins__));
    if (b != V_NULL && v_is_obj(b) && v_obj(b)->type == r->t_module) b = ((Module *)v_obj(b))->dict;
    nf->builtins = (b != V_NULL && v_is_obj(b) && v_obj(b)->type == r->t_dict) ? b : r->builtins;
    nf->locals = locals;
    frame_enter(r, nf);
    bool yielded;
    return vm_run_frame(r, nf, V_NULL, &yielded);
}


/* ---------- builtins that need the VM ---------- */

static Value run_class_body(Realm *r, Value func, Value ns) {
    Func *fn = (Func *)v_obj(func);
    Code *c = (Code *)v_obj(fn->code);
    Frame *nf = frame_push(r, c);
    nf->func = func;
    nf->globals = fn->globals;
    nf->builtins = fn->builtins;
    nf->locals = ns;
    copy_free_vars(fn, c, nf->fast);
    frame_enter(r, nf);
    bool yielded;
    return vm_run_frame(r, nf, V_NULL, &yielded);
}

static Value builtin_build_class(Realm *r, Value *args, size_t nargs, Value kwnames) {
    if (nargs < 2) err_type(r, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!(v_is_obj(func) && v_obj(func)->type == r->t_function))
        err_type(r, "__build_class__: func must be a function");
    if (!(v_is_obj(name) && (v_obj(name)->type->flags & TF_STR_SUB)))
        err_type(r, "__build_class__: name is not a string");
    Value orig_bases = tuple_from_array(r, args + 2, nargs - 2);
    /* __mro_entries__ */
    Value bases = orig_bases;
    bool changed = false;
    Value nb = list_new(r, 0);
    for (size_t i = 2; i < nargs; i++) {
        Value b = args[i];
        if (!op_is_type(r, b)) {
            Value me = op_getattr_opt(r, b, NM(r, __mro_entries__));
            if (me != V_NULL) {
                Value res = op_call1(r, me, orig_bases);
                if (!(v_type(r, res)->flags & TF_TUPLE_SUB)) err_type(r, "__mro_entries__ must return a tuple");
                list_extend(r, nb, res);
                changed = true;
                continue;
            }
        }
        list_append(r, nb, b);
    }
    if (changed) bases = list_to_tuple(r, nb);
    Value meta = V_NULL;
    Value kw = dict_new(r);
    if (kwnames != V_NULL) {
        Tuple *kn = tuple_ptr(kwnames);
        for (int64_t i = 0; i < kn->len; i++) {
            if (str_eq(kn->items[i], NM(r, metaclass))) meta = args[nargs + (size_t)i];
            else dict_set(r, kw, kn->items[i], args[nargs + (size_t)i]);
        }
    }
    bool is_class = meta != V_NULL && op_is_type(r, meta);
    if (meta == V_NULL) {
        meta = tuple_ptr(bases)->len ? v_from_obj(v_type(r, tuple_ptr(bases)->items[0])) : v_from_obj(r->t_type);
        is_class = true;
    }
    if (is_class) {
        /* the most derived metaclass */
        Type *winner = (Type *)v_obj(meta);
        Tuple *bt = tuple_ptr(bases);
        for (int64_t i = 0; i < bt->len; i++) {
            Type *bm = v_type(r, bt->items[i]);
            if (type_is_subtype(winner, bm)) continue;
            if (type_is_subtype(bm, winner)) { winner = bm; continue; }
            err_type(r, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        meta = v_from_obj(winner);
    }
    Value ns;
    Value prep = op_getattr_opt(r, meta, NM(r, __prepare__));
    if (prep != V_NULL) {
        Value pargs[2] = {name, bases};
        Value kwt = V_NULL;
        Value all[2 + 64];
        size_t nk = 0;
        int64_t pos = 0;
        Value k, v;
        all[0] = name;
        all[1] = bases;
        Value kwl = list_new(r, 0);
        while (dict_next(kw, &pos, &k, &v) && nk < 64) { list_append(r, kwl, k); all[2 + nk++] = v; }
        if (nk) kwt = list_to_tuple(r, kwl);
        ns = nk ? op_call(r, prep, all, 2, kwt) : op_call(r, prep, pargs, 2, V_NULL);
        if (!v_type(r, ns)->getitem)
            err_type(r, "%s.__prepare__() must return a mapping, not %T", ((Type *)v_obj(meta))->name, ns);
    } else {
        ns = dict_new(r);
    }
    Func *fn = (Func *)v_obj(func);
    Value modname = dict_get_str(r, fn->globals, NM(r, __name__));
    if (modname != V_NULL) op_setitem(r, ns, NM(r, __module__), modname);
    op_setitem(r, ns, NM(r, __qualname__), ((Code *)v_obj(fn->code))->qualname);
    Value cell = run_class_body(r, func, ns);
    if (changed) op_setitem(r, ns, str_intern_cstr(r, "__orig_bases__"), orig_bases);
    Value cargs[3] = {name, bases, ns};
    Value cls;
    int64_t nk = dict_len(kw);
    if (nk) {
        Value all = tuple_new(r, 3 + (size_t)nk);
        Value kn = tuple_new(r, (size_t)nk);
        memcpy(tuple_ptr(all)->items, cargs, sizeof cargs);
        int64_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(kw, &pos, &k, &v)) {
            tuple_ptr(kn)->items[i] = k;
            tuple_ptr(all)->items[3 + i] = v;
            i++;
        }
        cls = op_call(r, meta, tuple_ptr(all)->items, 3, kn);
    } else {
        cls = op_call(r, meta, cargs, 3, V_NULL);
    }
    if (v_is_obj(cell) && v_obj(cell)->type == r->t_cell) ((Cell *)v_obj(cell))->v = cls;
    return cls;
}

static Value builtin_import(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Value a[5];
    arg_parse(r, "__import__", args, nargs, kwnames, 0, 1, names, a);
    int64_t level = 0;
    if (a[4] != V_NULL) {
        if (!int_check(r, a[4])) err_type(r, "'%T' object cannot be interpreted as an integer", a[4]);
        level = int_as_i64(r, a[4]);
    }
    return import_module_level(r, a[0], a[1], a[3], level);
}

static Value builtin_globals(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "globals", nargs, kwnames, 0, 0);
    if (!r->frame) return dict_new(r);
    return r->frame->globals;
}

/* locals() of frame f.  A list, set or dict comprehension runs in its own
 * frame here but in its caller's in CPython 3.13 (PEP 709): its locals()
 * are the calling function's (not a class's or module's namespace) and its
 * own variables, without the hidden `.0`. */
static Value frame_locals(Realm *r, Frame *f) {
    if (f->locals != V_NULL) return f->locals;
    Code *c = f->code;
    bool inlined = (c->flags & CO_INLINED_COMP) != 0;
    Value d;
    if (inlined && f->prev && f->prev->locals == V_NULL) {
        Value outer = frame_locals(r, f->prev);   /* budget: bounded by the nesting of comprehensions */
        d = dict_copy(r, outer);
    } else {
        d = dict_new(r);
    }
    for (uint32_t i = 0; i < c->nlocals; i++) {
        Value name = tuple_ptr(c->varnames)->items[i];
        if (inlined && ((Str *)v_obj(name))->len && str_char((Str *)v_obj(name), 0) == '.') continue;
        if (f->fast[i] != V_NULL) dict_set(r, d, name, f->fast[i]);
    }
    for (uint32_t i = 0; i < c->ncells + c->nfree; i++) {
        Value cell = f->fast[c->nlocals + i];
        if (cell != V_NULL && ((Cell *)v_obj(cell))->v != V_NULL)
            dict_set(r, d, cell_var_name(c, i), ((Cell *)v_obj(cell))->v);
    }
    return d;
}

static Value builtin_locals(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "locals", nargs, kwnames, 0, 0);
    if (!r->frame) return dict_new(r);
    return frame_locals(r, r->frame);
}

static Value builtin_vars(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "vars", nargs, kwnames, 0, 1);
    if (nargs == 0) return r->frame ? frame_locals(r, r->frame) : dict_new(r);
    Value d = op_getattr_opt(r, args[0], NM(r, __dict__));
    if (d == V_NULL) err_type(r, "vars() argument must have __dict__ attribute");
    return d;
}

/* Source text of exec/eval/compile: str or bytes (UTF-8), or a code object
 * made by compile() (code objects never come from raw bytecode). */
static Value compile_source(Realm *r, Value src, Value filename, int mode, const char *fname, bool strip) {
    size_t n;
    const char *u;
    if (v_is_obj(src) && (v_obj(src)->type->flags & TF_STR_SUB)) u = str_utf8(r, src, &n);
    else if (v_is_obj(src) && (v_obj(src)->type->flags & TF_BYTES_SUB)) {
        u = (const char *)((Bytes *)v_obj(src))->data;
        n = (size_t)((Bytes *)v_obj(src))->len;
        src = str_from_utf8(r, u, n);
        u = str_utf8(r, src, &n);
    } else if (v_is_obj(src) && v_obj(src)->type == r->t_code && strcmp(fname, "compile") != 0) {
        return src;
    } else if (!strcmp(fname, "compile")) {
        err_type(r, "compile() arg 1 must be a string, bytes or AST object");
    } else {
        err_type(r, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    if (memchr(u, 0, n)) err_format(r, EXC(r, SyntaxError), "source code string cannot contain null bytes");
    if (strip) {   /* eval() ignores leading blanks, as CPython */
        size_t k = 0;
        while (k < n && (u[k] == ' ' || u[k] == '\t')) k++;
        if (k) {
            src = str_from_utf8(r, u + k, n - k);
            u = str_utf8(r, src, &n);
        }
    }
    return compile_string(r, u, n, filename, src, mode);
}

static bool is_mapping(Realm *r, Value v) {
    Type *t = v_type(r, v);
    return t->getitem != NULL || type_lookup(r, t, NM(r, __getitem__)) != V_NULL;
}

static Value exec_or_eval(Realm *r, Value *args, size_t nargs, Value kwnames, int mode, const char *name) {
    static const char *const names[] = {"source", "globals", "locals", NULL};
    Value a[3];
    arg_parse(r, name, args, nargs, kwnames, mode == PARSE_EVAL ? 3 : 1, 1, names, a);
    Value globals = a[1] == V_NULL || a[1] == V_NONE ? V_NULL : a[1];
    Value locals = a[2] == V_NULL || a[2] == V_NONE ? V_NULL : a[2];
    bool gdict = globals == V_NULL || (v_is_obj(globals) && (v_obj(globals)->type->flags & TF_DICT_SUB));
    if (mode == PARSE_EVAL) {
        if (locals != V_NULL && !is_mapping(r, locals)) err_type(r, "locals must be a mapping");
        if (!gdict)
            err_type(r, is_mapping(r, globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                               : "globals must be a dict");
    } else {
        if (!gdict) err_type(r, "%s() globals must be a dict, not %T", name, globals);
        if (locals != V_NULL && !is_mapping(r, locals))
            err_type(r, "locals must be a mapping or None, not %T", locals);
    }
    if (globals == V_NULL) {
        globals = r->frame ? r->frame->globals : dict_new(r);
        if (locals == V_NULL) locals = r->frame ? frame_locals(r, r->frame) : globals;
    }
    if (locals == V_NULL) locals = globals;
    if (dict_get_str(r, globals, NM(r, __builtins__)) == V_NULL)
        dict_set(r, globals, NM(r, __builtins__), r->builtins);
    Value code = compile_source(r, a[0], str_from_cstr(r, "<string>"), mode, name, mode == PARSE_EVAL);
    Value v = vm_run_code(r, code, globals, locals);
    return mode == PARSE_EVAL ? v : V_NONE;
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
 * source text only; flags and optimize are accepted and have no effect. */
static Value builtin_compile(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                        "*", "_feature_version", NULL};
    Value a[7];
    arg_parse(r, "compile", args, nargs, kwnames, 0, 3, names, a);
    Value fn = a[1];
    if (v_is_obj(fn) && (v_obj(fn)->type->flags & TF_BYTES_SUB))
        fn = str_from_utf8(r, (const char *)((Bytes *)v_obj(fn))->data, (size_t)((Bytes *)v_obj(fn))->len);
    else if (!(v_is_obj(fn) && (v_obj(fn)->type->flags & TF_STR_SUB)))
        err_type(r, "compile() argument 'filename' must be str, bytes or os.PathLike, not %T", fn);
    if (!(v_is_obj(a[2]) && (v_obj(a[2])->type->flags & TF_STR_SUB)))
        err_type(r, "compile() argument 'mode' must be str, not %T", a[2]);
    size_t ml;
    const char *m = str_utf8(r, a[2], &ml);
    int mode;
    if (ml == 4 && !memcmp(m, "exec", 4)) mode = PARSE_EXEC;
    else if (ml == 4 && !memcmp(m, "eval", 4)) mode = PARSE_EVAL;
    else if (ml == 6 && !memcmp(m, "single", 6)) mode = PARSE_SINGLE;
    else err_value(r, "compile() mode must be 'exec', 'eval' or 'single'");
    if (a[3] != V_NULL) {
        if (!int_check(r, a[3])) err_type(r, "'%T' object cannot be interpreted as an integer", a[3]);
        int64_t fl;
        if (!int_to_i64(r, a[3], &fl) || (fl & ~(int64_t)0x3fffff))
            err_value(r, "compile(): unrecognised flags");
        if (fl & 0x400) err_value(r, "compile(): ast.PyCF_ONLY_AST is not supported");
    }
    return compile_source(r, a[0], fn, mode, "compile", false);
}

static Value builtin_exec(Realm *r, Value *args, size_t nargs, Value kw) {
    return exec_or_eval(r, args, nargs, kw, PARSE_EXEC, "exec");
}
static Value builtin_eval(Realm *r, Value *args, size_t nargs, Value kw) {
    return exec_or_eval(r, args, nargs, kw, PARSE_EVAL, "eval");
}

void vm_init_builtins(Realm *r) {
    dict_set(r, r->builtins, NM(r, __build_class__), native_new(r, "__build_class__", builtin_build_class, V_NULL));
    dict_set_cstr(r, r->builtins, "__import__", native_new(r, "__import__", builtin_import, V_NULL));
    dict_set_cstr(r, r->builtins, "globals", native_new(r, "globals", builtin_globals, V_NULL));
    dict_set_cstr(r, r->builtins, "locals", native_new(r, "locals", builtin_locals, V_NULL));
    dict_set_cstr(r, r->builtins, "vars", native_new(r, "vars", builtin_vars, V_NULL));
    dict_set_cstr(r, r->builtins, "exec", native_new(r, "exec", builtin_exec, V_NULL));
    dict_set_cstr(r, r->builtins, "eval", native_new(r, "eval", builtin_eval, V_NULL));
    dict_set_cstr(r, r->builtins, "compile", native_new(r, "compile", builtin_compile, V_NULL));
    gen_init_builtins(r);
}
