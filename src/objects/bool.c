/* bool: the subclass of int whose only instances are the immediates False
 * and True (value.h: V_FALSE, V_TRUE).  Arithmetic is int's (the int code
 * reads bools as 0 and 1); & | ^ between two bools give a bool (int_bitop),
 * repr is 'True'/'False'.  bool cannot be subclassed. */
#include "objects/objects.h"
#include "vm/ops.h"

static Value bool_repr(Realm *r, Value a) {
    return str_from_cstr(r, a == V_TRUE ? "True" : "False");
}

/* bool(x=False, /) */
static Value bool_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "bool", nargs, kwnames, 0, 1);
    if (nargs == 0) return V_FALSE;
    return v_bool(op_truth(r, args[0]));
}

static int bool_truth(Realm *r, Value a) { return a == V_TRUE; }

static Value bool_m_repr(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1 || !v_is_bool(args[0]))
        err_type(r, "descriptor '__repr__' for 'bool' objects doesn't apply to a '%s' object",
                 nargs ? v_type(r, args[0])->name : "NoneType");
    arg_count(r, "__repr__", nargs - 1, kw, 0, 0);
    return bool_repr(r, args[0]);
}

static const MethodDef bool_methods[] = {
    {"__repr__", bool_m_repr, 0},
    {NULL, NULL, 0}
};

void bool_init_type(Realm *r) {
    Type *t = r->t_bool, *i = r->t_int;
    t->basicsize = i->basicsize;
    t->flags |= TF_INT_SUB | TF_IMMUTABLE;
    t->flags &= ~(uint32_t)TF_BASETYPE;
    /* The int slots understand bools; inherit them explicitly so that bool
     * works whatever order the type objects are completed in. */
    t->finalize = i->finalize;
    t->hash = i->hash;
    t->richcmp = i->richcmp;
    for (int k = 0; k < NB__COUNT; k++) t->nb[k] = i->nb[k];
    t->neg = i->neg;
    t->pos = i->pos;
    t->invert = i->invert;
    t->abs = i->abs;
    t->index = i->index;
    t->to_int = i->to_int;
    t->to_float = i->to_float;
    /* Realm creation completes bool before int (ASP_TYPES order), so slots
     * that int itself inherits from object are taken from object here. */
    Type *o = r->t_object;
    t->getattr = i->getattr ? i->getattr : o->getattr;
    t->setattr = i->setattr ? i->setattr : o->setattr;
    t->init = i->init ? i->init : o->init;
    t->new_ = bool_new;
    t->repr = bool_repr;
    t->str = bool_repr;
    t->truth = bool_truth;
    type_add_methods(r, t, bool_methods);
}
