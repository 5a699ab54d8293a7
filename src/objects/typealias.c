/* typealias: the objects of PEP 695 syntax, named as CPython's typing module
 * names them: TypeAliasType (`type X = value`) and the type parameters
 * TypeVar, TypeVarTuple and ParamSpec (`[T: bound, *Ts, **P]`), with their
 * PEP 696 defaults (`[T = int]`, typing.NoDefault when there is none).
 *
 * Values are evaluated lazily: the statement stores a function (its own
 * scope, like CPython's annotation scope) that __value__ (__bound__,
 * __constraints__, __default__) calls the first time and whose result is
 * kept.
 * Invariants: names are str; a compute function is V_NULL once its value
 * is known. */
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/opcodes.h"
#include "modules/modules.h"

typedef struct TypeAlias {
    Obj hdr;
    Value name;       /* str */
    Value compute;    /* function of no arguments, V_NULL once evaluated */
    Value value;      /* V_NULL until evaluated */
    Value module;     /* the defining module's __name__, or None */
    Value params;     /* tuple of type parameters */
} TypeAlias;

/* kind: TYPEVAR_PLAIN, TYPEVAR_TUPLE, TYPEVAR_PARAMSPEC (the VM's
 * MAKE_TYPEVAR argument); for a plain TypeVar, compute (when not V_NULL)
 * evaluates the bound, or the constraints when `constrained`. */
typedef struct TypeVar {
    Obj hdr;
    Value name;
    Value compute;
    Value evaluated;  /* bound or constraints tuple once computed, else V_NULL */
    Value default_compute;  /* function evaluating the default, V_NULL once evaluated */
    Value default_value;    /* the default once known; V_NULL: none (NoDefault) */
    int kind;
    bool constrained;
    /* variance: made by `[T]` syntax, infer is true; by TypeVar(...), as given */
    bool covariant, contravariant, infer;
} TypeVar;

static TypeAlias *ta_self(Realm *r, Value v, const char *what) {
    if (!v_is_obj(v) || v_obj(v)->type != r->t_TypeAliasType)
        err_type(r, "descriptor '%s' requires a 'typing.TypeAliasType' object", what);
    return (TypeAlias *)v_obj(v);
}

Value typealias_new(Realm *r, Value name, Value compute, Value module, Value params) {
    TypeAlias *t = (TypeAlias *)heap_alloc(r, r->t_TypeAliasType, sizeof(TypeAlias));
    t->name = name;
    t->compute = compute;
    t->value = V_NULL;
    t->module = module;
    t->params = params;
    return v_from_obj(t);
}

static void typealias_trace(Realm *r, Obj *o) {
    TypeAlias *t = (TypeAlias *)o;
    heap_mark(r, t->name);
    heap_mark(r, t->compute);
    heap_mark(r, t->value);
    heap_mark(r, t->module);
    heap_mark(r, t->params);
}

static Value typealias_repr(Realm *r, Value v) { return ta_self(r, v, "__repr__")->name; }

static Value typealias_get_name(Realm *r, Value v) { return ta_self(r, v, "__name__")->name; }
static Value typealias_get_module(Realm *r, Value v) { return ta_self(r, v, "__module__")->module; }
static Value typealias_get_params(Realm *r, Value v) {
    return ta_self(r, v, "__type_params__")->params;
}
static Value typealias_get_value(Realm *r, Value v) {
    TypeAlias *t = ta_self(r, v, "__value__");
    if (t->value == V_NULL) {
        /* an error leaves the alias unevaluated: the next access tries again */
        t->value = op_call0(r, t->compute);
        t->compute = V_NULL;
    }
    return t->value;
}

static const GetSetDef typealias_getsets[] = {
    {"__name__", typealias_get_name, NULL},
    {"__module__", typealias_get_module, NULL},
    {"__value__", typealias_get_value, NULL},
    {"__type_params__", typealias_get_params, NULL},
    {"__parameters__", typealias_get_params, NULL},
    {NULL, NULL, NULL}
};

/* ---- type parameters ---- */

static Type *typevar_type(Realm *r, int kind) {
    return kind == TYPEVAR_TUPLE ? r->t_TypeVarTuple : kind == TYPEVAR_PARAMSPEC ? r->t_ParamSpec : r->t_TypeVar;
}

Value typealias_typevar_new(Realm *r, int kind, Value name, Value compute, bool constrained) {
    TypeVar *t = (TypeVar *)heap_alloc(r, typevar_type(r, kind), sizeof(TypeVar));
    t->name = name;
    t->compute = compute;
    t->evaluated = V_NULL;
    t->default_compute = V_NULL;
    t->default_value = V_NULL;
    t->kind = kind;
    t->constrained = constrained;
    t->infer = true;
    return v_from_obj(t);
}

static void typevar_trace(Realm *r, Obj *o) {
    TypeVar *t = (TypeVar *)o;
    heap_mark(r, t->name);
    heap_mark(r, t->compute);
    heap_mark(r, t->evaluated);
    heap_mark(r, t->default_compute);
    heap_mark(r, t->default_value);
}

static TypeVar *tv_self(Realm *r, Value v, const char *what) {
    if (!v_is_obj(v) || !(v_obj(v)->type == r->t_TypeVar || v_obj(v)->type == r->t_TypeVarTuple ||
                          v_obj(v)->type == r->t_ParamSpec))
        err_type(r, "descriptor '%s' requires a type parameter", what);
    return (TypeVar *)v_obj(v);
}

/* `T` for inferred variance and for TypeVarTuple, else `~T`, `+T`, `-T`. */
static Value typevar_repr(Realm *r, Value v) {
    TypeVar *t = tv_self(r, v, "__repr__");
    if (t->infer || t->kind == TYPEVAR_TUPLE) return t->name;
    return str_format(r, "%s%U", t->covariant ? "+" : t->contravariant ? "-" : "~", t->name);
}

/* A function of no arguments returning x: the bound or constraints given to
 * the constructor are kept as already evaluated. */
static void typevar_set_evaluated(TypeVar *t, Value x) {
    t->compute = V_NULL;
    t->evaluated = x;
}

static bool typevar_flag(Realm *r, Value v) { return v != V_NULL && op_truth(r, v); }

/* TypeVar(name, *constraints, bound=None, covariant=False,
 * contravariant=False, infer_variance=False) and ParamSpec(name, *, bound,
 * covariant, contravariant, infer_variance); TypeVarTuple(name). */
static Value typevar_construct(Realm *r, Type *type, Value *args, size_t nargs, Value kwnames) {
    int kind = type == r->t_TypeVarTuple ? TYPEVAR_TUPLE : type == r->t_ParamSpec ? TYPEVAR_PARAMSPEC
                                                                                   : TYPEVAR_PLAIN;
    /* argument errors name the constructor as CPython's does */
    const char *fname = kind == TYPEVAR_TUPLE ? "typevartuple" : kind == TYPEVAR_PARAMSPEC ? "paramspec" : "typevar";
    size_t npos = nargs;   /* keyword values follow the positional ones */
    size_t nkw = kwnames != V_NULL ? (size_t)tuple_ptr(kwnames)->len : 0;
    if (npos == 0) err_type(r, "%s() missing required argument 'name' (pos 1)", fname);
    if (kind != TYPEVAR_PLAIN && npos > 1)
        err_type(r, "%s() takes exactly 1 positional argument (%zu given)", fname, npos);
    static const char *const kwlist[] = {"name", "bound", "covariant", "contravariant", "infer_variance",
                                         "default", NULL};
    static const char *const kwlist_tuple[] = {"name", "default", NULL};
    Value a[6] = {V_NULL, V_NULL, V_NULL, V_NULL, V_NULL, V_NULL};
    Value *kwargs = args + npos;
    Value name = args[0];
    if (!(v_is_obj(name) && (v_obj(name)->type->flags & TF_STR_SUB)))
        err_type(r, "%s() argument 'name' must be str, not %T", fname, name);
    for (size_t i = 0; i < nkw; i++) {
        Value k = tuple_ptr(kwnames)->items[i];
        const char *const *list = kind == TYPEVAR_TUPLE ? kwlist_tuple : kwlist;
        int found = -1;
        for (int j = 1; list[j]; j++)
            if (str_eq(k, str_intern_cstr(r, list[j]))) found = j;
        if (found < 0) err_type(r, "%s() got an unexpected keyword argument '%U'", fname, k);
        if (kind == TYPEVAR_TUPLE) found = 5;
        a[found] = kwargs[i];
    }
    bool co = typevar_flag(r, a[2]), contra = typevar_flag(r, a[3]), infer = typevar_flag(r, a[4]);
    if (co && contra) err_value(r, "Bivariant types are not supported.");
    if (infer && (co || contra)) err_value(r, "Variance cannot be specified with infer_variance.");
    Value bound = a[1] == V_NONE ? V_NULL : a[1];
    Value constraints = V_NULL;
    if (npos > 1) {
        if (npos == 2) err_type(r, "A single constraint is not allowed");
        if (bound != V_NULL) err_type(r, "Constraints cannot be combined with bound=...");
        constraints = tuple_from_array(r, args + 1, npos - 1);
    }
    TypeVar *t = (TypeVar *)v_obj(typealias_typevar_new(r, kind, name, V_NULL, constraints != V_NULL));
    t->covariant = co;
    t->contravariant = contra;
    t->infer = infer;
    typevar_set_evaluated(t, constraints != V_NULL ? constraints : bound);
    if (a[5] != V_NULL && a[5] != r->no_default) t->default_value = a[5];
    return v_from_obj(t);
}

/* typing.Generic[params], the implicit last base of `class C[T]`.  The
 * typing module (written in Python, src/modules/py/typing.py) defines
 * Generic; it is imported here without going through __import__. */
static Value typing_attr(Realm *r, const char *attr) {
    return op_getattr(r, modules_import(r, "typing"), str_intern_cstr(r, attr));
}

Value typealias_generic_base(Realm *r, Value params) {
    return op_getitem(r, typing_attr(r, "Generic"), params);
}

/* T | X and X | T: typing.Union[...], as CPython makes it. */
static Value typevar_or(Realm *r, Value a, Value b) {
    Value pair[2] = {a, b};
    return op_getitem(r, typing_attr(r, "Union"), tuple_from_array(r, pair, 2));
}
static Value typevar_get_name(Realm *r, Value v) { return tv_self(r, v, "__name__")->name; }

/* The bound or the constraints, evaluated once. */
static Value typevar_evaluate(Realm *r, TypeVar *t) {
    if (t->compute == V_NULL) return t->evaluated;
    Value x = op_call0(r, t->compute);
    if (t->constrained && !(v_is_obj(x) && (v_obj(x)->type->flags & TF_TUPLE_SUB)))
        err_type(r, "constraints must be a tuple");
    t->evaluated = x;
    t->compute = V_NULL;
    return x;
}
static Value typevar_get_bound(Realm *r, Value v) {
    TypeVar *t = tv_self(r, v, "__bound__");
    if (t->constrained) return V_NONE;
    Value b = typevar_evaluate(r, t);
    return b == V_NULL ? V_NONE : b;
}
static Value typevar_get_constraints(Realm *r, Value v) {
    TypeVar *t = tv_self(r, v, "__constraints__");
    if (!t->constrained) return r->empty_tuple;
    return typevar_evaluate(r, t);
}
void typealias_typevar_set_default(Realm *r, Value tv, Value compute) {
    ((TypeVar *)v_obj(tv))->default_compute = compute;
}

/* The default, evaluated once; typing.NoDefault when there is none. */
static Value typevar_get_default(Realm *r, Value v) {
    TypeVar *t = tv_self(r, v, "__default__");
    if (t->default_compute != V_NULL) {
        /* an error leaves it unevaluated: the next access tries again */
        t->default_value = op_call0(r, t->default_compute);
        t->default_compute = V_NULL;
    }
    return t->default_value == V_NULL ? r->no_default : t->default_value;
}

static Value typevar_has_default(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "has_default", nargs, kw, 1, 1);
    TypeVar *t = tv_self(r, args[0], "has_default");
    return v_bool(t->default_compute != V_NULL || t->default_value != V_NULL);
}

static Value typevar_get_co(Realm *r, Value v) { return v_bool(tv_self(r, v, "__covariant__")->covariant); }
static Value typevar_get_contra(Realm *r, Value v) {
    return v_bool(tv_self(r, v, "__contravariant__")->contravariant);
}
static Value typevar_get_infer(Realm *r, Value v) { return v_bool(tv_self(r, v, "__infer_variance__")->infer); }

static const GetSetDef typevar_getsets[] = {
    {"__name__", typevar_get_name, NULL},
    {"__bound__", typevar_get_bound, NULL},
    {"__constraints__", typevar_get_constraints, NULL},
    {"__covariant__", typevar_get_co, NULL},
    {"__contravariant__", typevar_get_contra, NULL},
    {"__infer_variance__", typevar_get_infer, NULL},
    {"__default__", typevar_get_default, NULL},
    {NULL, NULL, NULL}
};
static const GetSetDef typevar_tuple_getsets[] = {
    {"__name__", typevar_get_name, NULL},
    {"__default__", typevar_get_default, NULL},
    {NULL, NULL, NULL}
};

static const MethodDef typevar_methods[] = {
    {"has_default", typevar_has_default, 0},
    {NULL, NULL, 0}
};

/* typing.NoDefault: the one NoDefaultType instance. */
static Value nodefault_repr(Realm *r, Value v) { return str_from_cstr(r, "typing.NoDefault"); }
static Value nodefault_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw) {
    arg_count(r, "NoDefaultType", nargs, kw, 0, 0);
    return r->no_default;
}

void typealias_init_type(Realm *r) {
    Type *t = r->t_NoDefaultType;
    t->basicsize = sizeof(Obj) + sizeof(Value);
    t->repr = nodefault_repr;
    t->new_ = nodefault_new;
    r->no_default = v_from_obj(heap_alloc(r, t, sizeof(Obj) + sizeof(Value)));
    t = r->t_TypeAliasType;
    t->basicsize = sizeof(TypeAlias);
    t->trace = typealias_trace;
    t->repr = typealias_repr;
    type_add_getsets(r, t, typealias_getsets);
    Type *tvs[3] = {r->t_TypeVar, r->t_TypeVarTuple, r->t_ParamSpec};
    for (int i = 0; i < 3; i++) {
        t = tvs[i];
        t->basicsize = sizeof(TypeVar);
        t->trace = typevar_trace;
        t->repr = typevar_repr;
        t->new_ = typevar_construct;
        t->nb[NB_OR] = typevar_or;
        type_add_getsets(r, t, i == 1 ? typevar_tuple_getsets : typevar_getsets);
        type_add_methods(r, t, typevar_methods);
        /* names (NM) are interned after the type inits */
        dict_set(r, t->dict, str_intern_cstr(r, "__module__"), str_intern_cstr(r, "typing"));
    }
}
