/* typealias: the objects of PEP 695 syntax, named as CPython's typing module
 * names them: TypeAliasType (`type X = value`) and the type parameters
 * TypeVar, TypeVarTuple and ParamSpec (`[T: bound, *Ts, **P]`).
 *
 * Values are evaluated lazily: the statement stores a function (its own
 * scope, like CPython's annotation scope) that __value__ (__bound__,
 * __constraints__) calls the first time and whose result is kept.
 * Invariants: names are str; a compute function is V_NULL once its value
 * is known. */
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/opcodes.h"

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
    int kind;
    bool constrained;
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
    t->kind = kind;
    t->constrained = constrained;
    return v_from_obj(t);
}

static void typevar_trace(Realm *r, Obj *o) {
    TypeVar *t = (TypeVar *)o;
    heap_mark(r, t->name);
    heap_mark(r, t->compute);
    heap_mark(r, t->evaluated);
}

static TypeVar *tv_self(Realm *r, Value v, const char *what) {
    if (!v_is_obj(v) || !(v_obj(v)->type == r->t_TypeVar || v_obj(v)->type == r->t_TypeVarTuple ||
                          v_obj(v)->type == r->t_ParamSpec))
        err_type(r, "descriptor '%s' requires a type parameter", what);
    return (TypeVar *)v_obj(v);
}

static Value typevar_repr(Realm *r, Value v) { return tv_self(r, v, "__repr__")->name; }
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
static Value typevar_get_false(Realm *r, Value v) { tv_self(r, v, "variance"); return V_FALSE; }
static Value typevar_get_true(Realm *r, Value v) { tv_self(r, v, "variance"); return V_TRUE; }

static const GetSetDef typevar_getsets[] = {
    {"__name__", typevar_get_name, NULL},
    {"__bound__", typevar_get_bound, NULL},
    {"__constraints__", typevar_get_constraints, NULL},
    {"__covariant__", typevar_get_false, NULL},
    {"__contravariant__", typevar_get_false, NULL},
    {"__infer_variance__", typevar_get_true, NULL},
    {NULL, NULL, NULL}
};
static const GetSetDef typevar_other_getsets[] = {
    {"__name__", typevar_get_name, NULL},
    {NULL, NULL, NULL}
};

void typealias_init_type(Realm *r) {
    Type *t = r->t_TypeAliasType;
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
        type_add_getsets(r, t, i == 0 ? typevar_getsets : typevar_other_getsets);
    }
}
