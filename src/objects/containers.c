/* containers: helpers shared by the container types (see containers.h):
 * subclass tests, index conversion, overflow-checked sizes and the repr
 * recursion guard.  The guard keeps the objects being printed in the realm's
 * repr_stack list so that a self-containing list prints "[...]". */
#include "objects/containers.h"

bool cont_is_anyset(Realm *r, Value v)
{
    if (!v_is_obj(v)) return false;
    Type *t = v_obj(v)->type;
    return t == r->t_set || t == r->t_frozenset ||
           type_is_subtype(t, r->t_set) || type_is_subtype(t, r->t_frozenset);
}

bool cont_is_frozenset(Realm *r, Value v)
{
    if (!v_is_obj(v)) return false;
    Type *t = v_obj(v)->type;
    return t == r->t_frozenset || type_is_subtype(t, r->t_frozenset);
}

bool cont_has_index(Realm *r, Value v)
{
    if (v_is_int(v) || v_is_bool(v)) return true;
    if (!v_is_obj(v)) return false;
    Type *t = v_obj(v)->type;
    return (t->flags & TF_INT_SUB) || t->index != NULL;
}

int64_t cont_index_ssize(Realm *r, Value v)
{
    if (v_is_int(v)) return v_as_small(v);
    return int_as_ssize(r, num_index(r, v));
}

int64_t cont_clamp_index(Realm *r, Value v)
{
    if (v_is_int(v)) return v_as_small(v);
    if (!cont_has_index(r, v))
        err_type(r, "slice indices must be integers or have an __index__ method");
    Value iv = num_index(r, v);
    int64_t i;
    if (int_to_i64(r, iv, &i)) return i;
    return int_sign(r, iv) < 0 ? INT64_MIN : INT64_MAX;
}

size_t cont_size(Realm *r, size_t n, size_t elem, size_t extra)
{
    size_t s;
    if (__builtin_mul_overflow(n, elem, &s) || __builtin_add_overflow(s, extra, &s) ||
        s > (size_t)INT64_MAX)
        err_no_memory(r);
    return s;
}

bool cont_repr_enter(Realm *r, Value v)
{
    if (r->repr_stack == V_NULL) r->repr_stack = list_new(r, 0);
    List *l = list_ptr(r->repr_stack);
    for (int64_t i = 0; i < l->len; i++)
        if (l->items[i] == v) return false;
    list_append(r, r->repr_stack, v);
    return true;
}

void cont_repr_leave(Realm *r, Value v)
{
    if (r->repr_stack == V_NULL) return;
    List *l = list_ptr(r->repr_stack);
    for (int64_t i = l->len - 1; i >= 0; i--) {
        if (l->items[i] == v) {
            memmove(&l->items[i], &l->items[i + 1], (size_t)(l->len - i - 1) * sizeof(Value));
            l->len--;
            return;
        }
    }
}

Value cont_repr_guarded(Realm *r, Value v, Value (*body)(Realm *, Value), const char *recursive)
{
    err_check_stack_in(r, " while getting the repr of an object");
    if (!cont_repr_enter(r, v)) return str_from_cstr(r, recursive);
    ErrJmp j;
    Value res = V_NULL;
    if (ERR_TRY(r, &j)) {
        res = body(r, v);
        err_untry(r, &j);
    } else {
        cont_repr_leave(r, v);
        err_raise(r, r->exc);
    }
    cont_repr_leave(r, v);
    return res;
}

Value cont_new_wrapper(Realm *r, Type *base, NewFn fn, Value *args, size_t nargs, Value kw)
{
    if (nargs < 1) err_type(r, "%s.__new__(): not enough arguments", base->name);
    if (!op_is_type(r, args[0]))
        err_type(r, "%s.__new__(X): X is not a type object (%s)", base->name, v_type(r, args[0])->name);
    Type *t = (Type *)v_obj(args[0]);
    if (!type_is_subtype(t, base))
        err_type(r, "%s.__new__(%s): %s is not a subtype of %s", base->name, t->name, t->name, base->name);
    return fn(r, t, args + 1, nargs - 1, kw);
}

void cont_self(Realm *r, const Value *args, size_t nargs, const char *name, Type *t1, Type *t2, Type *t3)
{
    if (nargs == 0) err_type(r, "unbound method %s.%s() needs an argument", t1->name, name);
    Type *t = v_type(r, args[0]);
    if (t == t1 || t == t2 || t == t3) return;
    if (type_is_subtype(t, t1) || (t2 && type_is_subtype(t, t2)) || (t3 && type_is_subtype(t, t3))) return;
    err_type(r, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t1->name, t->name);
}

void cont_stop_iteration(Realm *r)
{
    err_raise(r, exc_new(r, EXC(r, StopIteration), NULL, 0));
}

/* ---- types.GenericAlias: what list[int] and dict[str, int] evaluate to
 * (annotations are evaluated when a function is defined).  The alias type is
 * itself stored, wrapped in a classmethod, as the __class_getitem__ of the
 * generic built-in types, so list.__class_getitem__(int) calls it with
 * (list, int) and no realm field is needed to find it. */

void realm_finish_type(Realm *r, Type *t);   /* realm.c */

typedef struct GenericAlias {
    Obj hdr;
    Value origin, args;
    bool unpacked;   /* `*tuple[int]`: the one item iterating over tuple[int] gives */
} GenericAlias;

static void alias_trace(Realm *r, Obj *o)
{
    heap_mark(r, ((GenericAlias *)o)->origin);
    heap_mark(r, ((GenericAlias *)o)->args);
}

static Value alias_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    arg_count(r, "GenericAlias", nargs, kw, 2, 2);
    GenericAlias *a = (GenericAlias *)heap_alloc(r, t, sizeof(GenericAlias));
    a->origin = args[0];
    a->args = cont_is_tuple(args[1]) ? args[1] : tuple_pack(r, 1, args[1]);
    a->unpacked = false;
    return v_from_obj(a);
}

static void alias_add_arg(Realm *r, StrBuf *b, Value v)
{
    if (v == r->ellipsis) { strbuf_add_ascii(b, "...", 3); return; }
    if (op_is_type(r, v)) {
        Type *t = (Type *)v_obj(v);
        if (t->flags & TF_HEAPTYPE) {
            Value mod = t->dict != V_NULL ? dict_get_str(r, t->dict, NM(r, __module__)) : V_NULL;
            if (mod != V_NULL && cont_is_exact_str(r, mod) && !str_eq(mod, str_from_cstr(r, "builtins"))) {
                strbuf_add_str(b, mod);
                strbuf_add_ascii(b, ".", 1);
            }
            strbuf_add_str(b, t->qualname);
        } else {
            strbuf_add_cstr(b, t->name);
        }
        return;
    }
    strbuf_add_str(b, op_repr(r, v));
}

static Value alias_repr(Realm *r, Value v)
{
    err_check_stack(r);
    GenericAlias *a = (GenericAlias *)v_obj(v);
    StrBuf b;
    strbuf_init(r, &b);
    if (a->unpacked) strbuf_add_ascii(&b, "*", 1);
    alias_add_arg(r, &b, a->origin);
    strbuf_add_ascii(&b, "[", 1);
    Tuple *t = tuple_ptr(a->args);
    if (t->len == 0) strbuf_add_ascii(&b, "()", 2);
    for (int64_t i = 0; i < tuple_ptr(a->args)->len; i++) {
        if (i) strbuf_add_ascii(&b, ", ", 2);
        alias_add_arg(r, &b, tuple_ptr(a->args)->items[i]);
    }
    strbuf_add_ascii(&b, "]", 1);
    return strbuf_finish(&b);
}

static Value alias_call(Realm *r, Value callee, Value *args, size_t nargs, Value kw)
{
    return op_call(r, ((GenericAlias *)v_obj(callee))->origin, args, nargs, kw);
}

static Value alias_richcmp(Realm *r, Value a, Value b, int op)
{
    Type *t = v_obj(a)->type;
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_obj(b) || v_obj(b)->type != t) return r->notimpl;
    GenericAlias *x = (GenericAlias *)v_obj(a), *y = (GenericAlias *)v_obj(b);
    bool eq = x->unpacked == y->unpacked && x->origin == y->origin && op_eq(r, x->args, y->args);
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t alias_hash(Realm *r, Value v)
{
    GenericAlias *a = (GenericAlias *)v_obj(v);
    return op_hash(r, a->origin) ^ op_hash(r, a->args);
}

static Value alias_get_origin(Realm *r, Value v) { return ((GenericAlias *)v_obj(v))->origin; }
static Value alias_get_args(Realm *r, Value v) { return ((GenericAlias *)v_obj(v))->args; }
static Value alias_get_unpacked(Realm *r, Value v) { return v_bool(((GenericAlias *)v_obj(v))->unpacked); }

/* iter(tuple[int]) yields one item, *tuple[int] (so `*Ts=*tuple[int]` and
 * `[*tuple[int]]` work as in CPython). */
static Value alias_iter(Realm *r, Value v)
{
    GenericAlias *a = (GenericAlias *)v_obj(v);
    GenericAlias *u = (GenericAlias *)heap_alloc(r, a->hdr.type, sizeof(GenericAlias));
    u->origin = a->origin;
    u->args = a->args;
    u->unpacked = true;
    return op_iter(r, tuple_pack(r, 1, v_from_obj(u)));
}

static Value alias_mro_entries(Realm *r, Value *args, size_t nargs, Value kw)
{
    arg_count(r, "__mro_entries__", nargs, kw, 2, 2);
    return tuple_pack(r, 1, ((GenericAlias *)v_obj(args[0]))->origin);
}

static Value alias_instancecheck(Realm *r, Value *args, size_t nargs, Value kw)
{
    err_type(r, "isinstance() argument 2 cannot be a parameterized generic");
}
static Value alias_subclasscheck(Realm *r, Value *args, size_t nargs, Value kw)
{
    err_type(r, "issubclass() argument 2 cannot be a parameterized generic");
}
static const MethodDef alias_methods[] = {
    {"__mro_entries__", alias_mro_entries, 0},
    {"__instancecheck__", alias_instancecheck, 0},
    {"__subclasscheck__", alias_subclasscheck, 0},
    {NULL, NULL, 0}
};

static const GetSetDef alias_getsets[] = {
    {"__origin__", alias_get_origin, NULL},
    {"__args__", alias_get_args, NULL},
    {"__unpacked__", alias_get_unpacked, NULL},
    {NULL, NULL, NULL}
};

/* The first call (from list_init_type: object's slots must exist) makes
 * the alias type. */
void cont_install_class_getitem(Realm *r, Type *t)
{
    Value cm = V_NULL;
    if (r->t_list->dict != V_NULL) cm = dict_get_cstr(r, r->t_list->dict, "__class_getitem__");
    if (cm == V_NULL) {
        Type *at = type_new_builtin(r, "types.GenericAlias", r->t_object, sizeof(GenericAlias), 0);
        at->trace = alias_trace;
        at->new_ = alias_new;
        at->repr = alias_repr;
        at->call = alias_call;
        at->richcmp = alias_richcmp;
        at->hash = alias_hash;
        at->iter = alias_iter;
        at->nb[NB_OR] = union_type_or;
        type_add_getsets(r, at, alias_getsets);
        type_add_methods(r, at, alias_methods);
        realm_finish_type(r, at);   /* inherit object's slots: list_init_type runs after object's */
        WrapperDescr *w = (WrapperDescr *)heap_alloc(r, r->t_classmethod, sizeof(WrapperDescr));
        w->callable = v_from_obj(at);
        cm = v_from_obj(w);
    }
    if (t->dict == V_NULL) t->dict = dict_new(r);
    dict_set_cstr(r, t->dict, "__class_getitem__", cm);
}
