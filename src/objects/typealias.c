/* typealias: the objects `type X = value` statements make (PEP 695), named
 * typing.TypeAliasType as in CPython.
 *
 * The value is evaluated lazily: the statement stores a function (its own
 * scope, like CPython's annotation scope) that __value__ calls the first
 * time and whose result is kept.  Invariants: name is a str; compute is the
 * function until the value is known, then V_NULL with value set. */
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"

typedef struct TypeAlias {
    Obj hdr;
    Value name;       /* str */
    Value compute;    /* function of no arguments, V_NULL once evaluated */
    Value value;      /* V_NULL until evaluated */
    Value module;     /* the defining module's __name__, or None */
} TypeAlias;

static TypeAlias *ta_self(Realm *r, Value v, const char *what) {
    if (!v_is_obj(v) || v_obj(v)->type != r->t_TypeAliasType)
        err_type(r, "descriptor '%s' requires a 'typing.TypeAliasType' object", what);
    return (TypeAlias *)v_obj(v);
}

Value typealias_new(Realm *r, Value name, Value compute, Value module) {
    TypeAlias *t = (TypeAlias *)heap_alloc(r, r->t_TypeAliasType, sizeof(TypeAlias));
    t->name = name;
    t->compute = compute;
    t->value = V_NULL;
    t->module = module;
    return v_from_obj(t);
}

static void typealias_trace(Realm *r, Obj *o) {
    TypeAlias *t = (TypeAlias *)o;
    heap_mark(r, t->name);
    heap_mark(r, t->compute);
    heap_mark(r, t->value);
    heap_mark(r, t->module);
}

static Value typealias_repr(Realm *r, Value v) { return ta_self(r, v, "__repr__")->name; }

static Value typealias_get_name(Realm *r, Value v) { return ta_self(r, v, "__name__")->name; }
static Value typealias_get_module(Realm *r, Value v) { return ta_self(r, v, "__module__")->module; }
static Value typealias_get_params(Realm *r, Value v) {
    ta_self(r, v, "__type_params__");
    return r->empty_tuple;
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

void typealias_init_type(Realm *r) {
    Type *t = r->t_TypeAliasType;
    t->basicsize = sizeof(TypeAlias);
    t->trace = typealias_trace;
    t->repr = typealias_repr;
    type_add_getsets(r, t, typealias_getsets);
}
