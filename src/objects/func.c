/* func: Python functions, bound methods, built-in functions, cells and code
 * objects as Python sees them.  Calling a Python function is the VM's job
 * (vm_call_function); this file binds and describes. */
#include <stdio.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/code.h"
#include "vm/vm.h"

Value func_new(Realm *r, Value code, Value globals) {
    Func *f = (Func *)heap_alloc(r, r->t_function, sizeof(Func));
    Code *c = (Code *)v_obj(code);
    f->code = code;
    f->globals = globals;
    f->name = c->name;
    f->qualname = c->qualname;
    f->doc = V_NONE;
    Value mod = dict_get_str(r, globals, NM(r, __name__));
    f->module = mod != V_NULL ? mod : V_NONE;
    Value b = dict_get_str(r, globals, NM(r, __builtins__));
    if (b != V_NULL && v_is_obj(b) && v_obj(b)->type == r->t_module) b = ((Module *)v_obj(b))->dict;
    f->builtins = (b != V_NULL && v_is_obj(b) && (v_obj(b)->type->flags & TF_DICT_SUB)) ? b : r->builtins;
    return v_from_obj(f);
}

static void func_trace(Realm *r, Obj *o) {
    Func *f = (Func *)o;
    Value v[] = {f->code, f->globals, f->builtins, f->name, f->qualname, f->module, f->doc,
                 f->defaults, f->kwdefaults, f->closure, f->annotations, f->dict};
    heap_mark_array(r, v, sizeof v / sizeof v[0]);
}

static Value func_call(Realm *r, Value f, Value *args, size_t nargs, Value kwnames) {
    return vm_call_function(r, f, args, nargs, kwnames);
}

static Value func_descr_get(Realm *r, Value f, Value obj, Value type) {
    if (obj == V_NULL) return f;
    return method_new(r, f, obj);
}

static Value func_repr(Realm *r, Value f) {
    char addr[32];
    snprintf(addr, sizeof addr, "0x%llx", (unsigned long long)obj_masked_addr(r, f));
    return str_format(r, "<function %U at %s>", ((Func *)v_obj(f))->qualname, addr);
}

static Value func_getattr(Realm *r, Value o, Value name) {
    Func *f = (Func *)v_obj(o);
    if (str_eq(name, NM(r, __name__))) return f->name;
    if (str_eq(name, NM(r, __qualname__))) return f->qualname;
    if (str_eq(name, NM(r, __module__))) return f->module;
    if (str_eq(name, NM(r, __doc__))) return f->doc;
    if (str_eq(name, NM(r, __dict__))) { if (f->dict == V_NULL) f->dict = dict_new(r); return f->dict; }
    if (str_eq(name, str_intern_cstr(r, "__defaults__"))) return f->defaults ? f->defaults : V_NONE;
    if (str_eq(name, str_intern_cstr(r, "__kwdefaults__"))) return f->kwdefaults ? f->kwdefaults : V_NONE;
    if (str_eq(name, str_intern_cstr(r, "__code__"))) return f->code;
    if (str_eq(name, str_intern_cstr(r, "__closure__"))) return f->closure ? f->closure : V_NONE;
    if (str_eq(name, NM(r, __annotations__))) {
        if (f->annotations == V_NULL) f->annotations = dict_new(r);
        return f->annotations;
    }
    if (str_eq(name, str_intern_cstr(r, "__type_params__"))) {
        Value tp = f->dict != V_NULL ? dict_get_str(r, f->dict, name) : V_NULL;
        return tp != V_NULL ? tp : r->empty_tuple;
    }
    /* the module namespace the function was defined in: always of this realm */
    if (str_eq(name, str_intern_cstr(r, "__globals__"))) return f->globals;
    if (str_eq(name, str_intern_cstr(r, "__builtins__"))) return f->builtins;
    if (f->dict != V_NULL) {
        Value v = dict_get_str(r, f->dict, name);
        if (v != V_NULL) return v;
    }
    return obj_generic_getattr(r, o, name);
}

static void func_setattr(Realm *r, Value o, Value name, Value v) {
    Func *f = (Func *)v_obj(o);
    if (str_eq(name, NM(r, __name__))) { f->name = v; return; }
    if (str_eq(name, NM(r, __qualname__))) { f->qualname = v; return; }
    if (str_eq(name, NM(r, __doc__))) { f->doc = v == V_NULL ? V_NONE : v; return; }
    if (str_eq(name, NM(r, __module__))) { f->module = v == V_NULL ? V_NONE : v; return; }
    if (str_eq(name, str_intern_cstr(r, "__defaults__"))) { f->defaults = v == V_NONE ? V_NULL : v; return; }
    if (str_eq(name, str_intern_cstr(r, "__kwdefaults__"))) { f->kwdefaults = v == V_NONE ? V_NULL : v; return; }
    if (str_eq(name, str_intern_cstr(r, "__code__"))) {
        /* another code object of this realm (code cannot be built from
         * bytes), with as many free variables as the closure has cells */
        if (v == V_NULL || !v_is_obj(v) || v_obj(v)->type != r->t_code)
            err_type(r, "__code__ must be set to a code object");
        uint32_t nfree = ((Code *)v_obj(v))->nfree;
        int64_t ncells = f->closure != V_NULL ? tuple_ptr(f->closure)->len : 0;
        if ((int64_t)nfree != ncells)
            err_value(r, "%U() requires a code object with %lld free vars, not %u", f->name, (long long)ncells, nfree);
        f->code = v;
        return;
    }
    if (str_eq(name, str_intern_cstr(r, "__globals__")) || str_eq(name, str_intern_cstr(r, "__builtins__")) ||
        str_eq(name, str_intern_cstr(r, "__closure__")))
        err_format(r, EXC(r, AttributeError), "readonly attribute");
    if (str_eq(name, NM(r, __annotations__))) {
        if (v != V_NULL && v != V_NONE && !(v_is_obj(v) && (v_obj(v)->type->flags & TF_DICT_SUB)))
            err_type(r, "__annotations__ must be set to a dict object");
        f->annotations = v == V_NONE ? V_NULL : v;
        return;
    }
    if (str_eq(name, str_intern_cstr(r, "__type_params__")) &&
        (v == V_NULL || !(v_is_obj(v) && (v_obj(v)->type->flags & TF_TUPLE_SUB))))
        err_type(r, "__type_params__ must be set to a tuple");
    if (str_eq(name, NM(r, __dict__))) {
        if (v == V_NULL) err_type(r, "cannot delete __dict__");
        if (!(v_is_obj(v) && (v_obj(v)->type->flags & TF_DICT_SUB)))
            err_type(r, "__dict__ must be set to a dictionary, not a '%T'", v);
        f->dict = v;
        return;
    }
    if (f->dict == V_NULL) f->dict = dict_new(r);
    if (v == V_NULL) { if (!dict_del(r, f->dict, name)) err_attribute(r, o, name); return; }
    dict_set(r, f->dict, name, v);
}

/* ---- bound methods ---- */

Value method_new(Realm *r, Value func, Value self) {
    Method *m = (Method *)heap_alloc(r, r->t_method, sizeof(Method));
    m->func = func;
    m->self = self;
    return v_from_obj(m);
}

static void method_trace(Realm *r, Obj *o) {
    Method *m = (Method *)o;
    heap_mark(r, m->func);
    heap_mark(r, m->self);
}

static Value method_call(Realm *r, Value mv, Value *args, size_t nargs, Value kwnames) {
    Method *m = (Method *)v_obj(mv);
    size_t nkw = kwnames != V_NULL ? (size_t)tuple_ptr(kwnames)->len : 0;
    Value buf[8];
    Value *a = buf;
    if (nargs + nkw + 1 > 8) a = tuple_ptr(tuple_new(r, nargs + nkw + 1))->items;
    a[0] = m->self;
    if (nargs + nkw) memcpy(a + 1, args, (nargs + nkw) * sizeof(Value));
    return op_call(r, m->func, a, nargs + 1, kwnames);
}

static Value method_repr(Realm *r, Value mv) {
    Method *m = (Method *)v_obj(mv);
    Value qn = op_getattr_opt(r, m->func, NM(r, __qualname__));
    if (qn == V_NULL) qn = str_from_cstr(r, "?");
    return str_format(r, "<bound method %S of %R>", qn, m->self);
}

static Value method_getattr(Realm *r, Value o, Value name) {
    Method *m = (Method *)v_obj(o);
    if (str_eq(name, str_intern_cstr(r, "__self__"))) return m->self;
    if (str_eq(name, str_intern_cstr(r, "__func__"))) return m->func;
    Value v = obj_generic_getattr(r, o, name);
    if (v != V_NULL) return v;
    return op_getattr_opt(r, m->func, name);
}

static Value method_richcmp(Realm *r, Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || v_type(r, b) != r->t_method) return r->notimpl;
    Method *x = (Method *)v_obj(a), *y = (Method *)v_obj(b);
    bool eq = x->self == y->self && op_eq(r, x->func, y->func);
    return v_bool(op == CMP_EQ ? eq : !eq);
}
static int64_t method_hash(Realm *r, Value a) {
    Method *m = (Method *)v_obj(a);
    int64_t h = (int64_t)((uint64_t)m->self >> 4) ^ op_hash(r, m->func);
    return h == -1 ? -2 : h;
}

/* ---- built-in functions ---- */

Value native_new(Realm *r, const char *name, NativeFn fn, Value self) {
    NativeFunc *f = (NativeFunc *)heap_alloc(r, r->t_builtin_function_or_method, sizeof(NativeFunc));
    f->fn = fn;
    f->name = name;
    f->self = self;
    f->qualname_owner = V_NULL;
    return v_from_obj(f);
}

static void native_trace(Realm *r, Obj *o) {
    NativeFunc *f = (NativeFunc *)o;
    heap_mark(r, f->self);
    heap_mark(r, f->qualname_owner);
}

/* An unbound method of a built-in type reads its first argument with that
 * type's layout: anything else must be refused before the C code runs. */
static void native_check_self(Realm *r, NativeFunc *f, Value *args, size_t nargs) {
    if (!(f->flags & NF_METHOD) || f->qualname_owner == V_NULL) return;
    Type *owner = (Type *)v_obj(f->qualname_owner);
    if (nargs == 0) {
        bool slotw = f->name[0] == '_' && f->name[1] == '_' && (!strcmp(f->name, "__init__") ||
                     !strcmp(f->name, "__repr__") || !strcmp(f->name, "__str__") || !strcmp(f->name, "__hash__") ||
                     !strcmp(f->name, "__call__") || !strcmp(f->name, "__getattribute__") ||
                     !strcmp(f->name, "__setattr__") || !strcmp(f->name, "__delattr__"));
        if (slotw) err_type(r, "descriptor '%s' of '%s' object needs an argument", f->name, owner->name);
        err_type(r, "unbound method %s.%s() needs an argument", owner->name, f->name);
    }
    Type *st = v_type(r, args[0]);
    if (st == owner || type_is_subtype(st, owner)) return;
    /* CPython words it by descriptor kind: slot wrappers (most dunders)
     * versus method descriptors (named methods and these dunders) */
    static const char *const method_dunders[] = {
        "__format__", "__reduce__", "__reduce_ex__", "__sizeof__", "__getnewargs__", "__getnewargs_ex__",
        "__dir__", "__reversed__", "__getstate__", "__setstate__", "__round__", "__trunc__", "__floor__",
        "__ceil__", "__bytes__", "__complex__", "__copy__", "__deepcopy__", "__length_hint__", NULL};
    bool slot = f->name[0] == '_' && f->name[1] == '_';
    for (const char *const *m = method_dunders; slot && *m; m++)
        if (!strcmp(*m, f->name)) slot = false;
    if (!strcmp(f->name, "__getitem__") && (owner == r->t_list || owner == r->t_dict)) slot = false;
    if (!strcmp(f->name, "__contains__") && owner == r->t_dict) slot = false;
    if (slot)
        err_type(r, "descriptor '%s' requires a '%s' object but received a '%s'", f->name, owner->name, st->name);
    err_type(r, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f->name, owner->name, st->name);
}

static Value native_call(Realm *r, Value fv, Value *args, size_t nargs, Value kwnames) {
    NativeFunc *f = (NativeFunc *)v_obj(fv);
    if (f->self == V_NULL) native_check_self(r, f, args, nargs);
    if (f->flags & NF_SLOT) {
        SlotCallFn sf = (SlotCallFn)(void (*)(void))f->fn;
        if (f->self == V_NULL) return sf(r, f, args, nargs, kwnames);
        size_t nkw = kwnames != V_NULL ? (size_t)tuple_ptr(kwnames)->len : 0;
        Value buf[8];
        Value *a = buf;
        if (nargs + nkw + 1 > 8) a = tuple_ptr(tuple_new(r, nargs + nkw + 1))->items;
        a[0] = f->self;
        if (nargs + nkw) memcpy(a + 1, args, (nargs + nkw) * sizeof(Value));
        return sf(r, f, a, nargs + 1, kwnames);
    }
    if (f->self == V_NULL) return f->fn(r, args, nargs, kwnames);
    size_t nkw = kwnames != V_NULL ? (size_t)tuple_ptr(kwnames)->len : 0;
    Value buf[8];
    Value *a = buf;
    if (nargs + nkw + 1 > 8) a = tuple_ptr(tuple_new(r, nargs + nkw + 1))->items;
    a[0] = f->self;
    if (nargs + nkw) memcpy(a + 1, args, (nargs + nkw) * sizeof(Value));
    return f->fn(r, a, nargs + 1, kwnames);
}

static Value native_descr_get(Realm *r, Value fv, Value obj, Value type) {
    NativeFunc *f = (NativeFunc *)v_obj(fv);
    if (f->self != V_NULL) return fv;
    if (f->flags & NF_CLASSMETHOD) {
        Value cls = type != V_NULL && type != V_NONE ? type : v_from_obj(v_type(r, obj));
        NativeFunc *b = (NativeFunc *)heap_alloc(r, r->t_builtin_function_or_method, sizeof(NativeFunc));
        *b = *f;
        b->hdr.gc = 0;
        b->self = cls;
        return v_from_obj(b);
    }
    if (!(f->flags & NF_METHOD) || obj == V_NULL) return fv;
    native_check_self(r, f, &obj, 1);   /* str.upper.__get__(5) must not bind */
    NativeFunc *b = (NativeFunc *)heap_alloc(r, r->t_builtin_function_or_method, sizeof(NativeFunc));
    *b = *f;
    b->hdr.gc = 0;
    b->self = obj;
    return v_from_obj(b);
}

static Value native_repr(Realm *r, Value fv) {
    NativeFunc *f = (NativeFunc *)v_obj(fv);
    if (f->self != V_NULL && !v_is_obj(f->self)) {
        return str_format(r, "<built-in method %s of %T object>", f->name, f->self);
    }
    if (f->self != V_NULL && v_obj(f->self)->type != r->t_module) {
        if (op_is_type(r, f->self))
            return str_format(r, "<built-in method %s of type object>", f->name);
        return str_format(r, "<built-in method %s of %T object>", f->name, f->self);
    }
    if (f->qualname_owner != V_NULL)
        return str_format(r, "<method '%s' of '%s' objects>", f->name, ((Type *)v_obj(f->qualname_owner))->name);
    return str_format(r, "<built-in function %s>", f->name);
}

static Value native_getattr(Realm *r, Value o, Value name) {
    NativeFunc *f = (NativeFunc *)v_obj(o);
    if (str_eq(name, NM(r, __name__))) return str_from_cstr(r, f->name);
    if (str_eq(name, NM(r, __qualname__))) {
        if (f->qualname_owner != V_NULL)
            return str_format(r, "%s.%s", ((Type *)v_obj(f->qualname_owner))->name, f->name);
        return str_from_cstr(r, f->name);
    }
    if (str_eq(name, str_intern_cstr(r, "__self__"))) return f->self == V_NULL ? V_NONE : f->self;
    if (str_eq(name, NM(r, __doc__))) return V_NONE;
    if (str_eq(name, NM(r, __module__))) return f->qualname_owner == V_NULL ? str_from_cstr(r, "builtins") : V_NONE;
    return obj_generic_getattr(r, o, name);
}

static Value native_richcmp(Realm *r, Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || v_type(r, b) != r->t_builtin_function_or_method) return r->notimpl;
    NativeFunc *x = (NativeFunc *)v_obj(a), *y = (NativeFunc *)v_obj(b);
    bool eq = x->fn == y->fn && x->self == y->self;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

/* ---- cells ---- */

Value cell_new(Realm *r, Value v) {
    Cell *c = (Cell *)heap_alloc(r, r->t_cell, sizeof(Cell));
    c->v = v;
    return v_from_obj(c);
}
static void cell_trace(Realm *r, Obj *o) { heap_mark(r, ((Cell *)o)->v); }
static Value cell_getattr(Realm *r, Value o, Value name) {
    if (str_eq(name, str_intern_cstr(r, "cell_contents"))) {
        Value v = ((Cell *)v_obj(o))->v;
        if (v == V_NULL) err_value(r, "Cell is empty");
        return v;
    }
    return obj_generic_getattr(r, o, name);
}

/* ---- code objects ---- */

static void code_trace(Realm *r, Obj *o) {
    Code *c = (Code *)o;
    Value v[] = {c->consts, c->names, c->varnames, c->cellvars, c->freevars, c->name,
                 c->qualname, c->filename, c->source};
    heap_mark_array(r, v, sizeof v / sizeof v[0]);
}
static void code_finalize(Realm *r, Obj *o) {
    Code *c = (Code *)o;
    heap_raw_free(r, c->ops, (size_t)c->nops * sizeof(uint32_t));
    heap_raw_free(r, c->locs, (size_t)c->nops * sizeof(CodeLoc));
    vm_free_caches(r, c);
    c->ops = NULL;
    c->locs = NULL;
}
static Value code_repr(Realm *r, Value o) {
    Code *c = (Code *)v_obj(o);
    return str_format(r, "<code object %U, file \"%U\", line %d>", c->name, c->filename, (int)c->firstlineno);
}
static Value code_getattr(Realm *r, Value o, Value name) {
    Code *c = (Code *)v_obj(o);
    if (str_eq(name, str_intern_cstr(r, "co_name"))) return c->name;
    if (str_eq(name, str_intern_cstr(r, "co_qualname"))) return c->qualname;
    if (str_eq(name, str_intern_cstr(r, "co_filename"))) return c->filename;
    if (str_eq(name, str_intern_cstr(r, "co_varnames"))) return c->varnames;
    if (str_eq(name, str_intern_cstr(r, "co_argcount"))) return v_small(c->argcount);
    if (str_eq(name, str_intern_cstr(r, "co_firstlineno"))) return v_small(c->firstlineno);
    if (str_eq(name, str_intern_cstr(r, "co_flags"))) return v_small(c->flags & 0xffff);
    if (str_eq(name, str_intern_cstr(r, "co_kwonlyargcount"))) return v_small(c->kwonlyargcount);
    if (str_eq(name, str_intern_cstr(r, "co_posonlyargcount"))) return v_small(c->posonlyargcount);
    if (str_eq(name, str_intern_cstr(r, "co_nlocals"))) return v_small(c->nlocals);
    if (str_eq(name, str_intern_cstr(r, "co_cellvars"))) return c->cellvars;
    if (str_eq(name, str_intern_cstr(r, "co_freevars"))) return c->freevars;
    if (str_eq(name, str_intern_cstr(r, "co_names"))) return c->names;
    if (str_eq(name, str_intern_cstr(r, "co_consts"))) return c->consts;
    return obj_generic_getattr(r, o, name);
}

/* method(function, instance), as types.MethodType */
static Value method_new_m(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "method", nargs, kwnames, 2, 2);
    if (!v_type(r, args[0])->call) err_type(r, "first argument must be callable");
    if (args[1] == V_NONE) err_type(r, "instance must not be None");
    return method_new(r, args[0], args[1]);
}

void func_init_type(Realm *r) {
    Type *t = r->t_function;
    t->basicsize = sizeof(Func);
    t->trace = func_trace;
    t->call = func_call;
    t->descr_get = func_descr_get;
    t->repr = func_repr;
    t->getattr = func_getattr;
    t->setattr = func_setattr;

    t = r->t_method;
    t->new_ = method_new_m;
    t->basicsize = sizeof(Method);
    t->trace = method_trace;
    t->call = method_call;
    t->repr = method_repr;
    t->getattr = method_getattr;
    t->richcmp = method_richcmp;
    t->hash = method_hash;

    t = r->t_builtin_function_or_method;
    t->basicsize = sizeof(NativeFunc);
    t->trace = native_trace;
    t->call = native_call;
    t->descr_get = native_descr_get;
    t->repr = native_repr;
    t->getattr = native_getattr;
    t->richcmp = native_richcmp;

    t = r->t_cell;
    t->basicsize = sizeof(Cell);
    t->trace = cell_trace;
    t->getattr = cell_getattr;

    t = r->t_code;
    t->basicsize = sizeof(Code);
    t->trace = code_trace;
    t->finalize = code_finalize;
    t->repr = code_repr;
    t->getattr = code_getattr;
}
