/* union: types.UnionType, what `int | str` evaluates to.
 * Invariants: a union holds a tuple of at least two distinct members, each a
 * type, a types.GenericAlias or a type alias (None is stored as NoneType);
 * nested unions are flattened when made.  isinstance/issubclass treat a
 * union as the tuple of its members (ops.c). */
#include <string.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "objects/containers.h"
#include "vm/ops.h"

static bool is_str(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB); }

typedef struct Union { Obj hdr; Value args; } Union;

static void union_trace(Realm *r, Obj *o) { heap_mark(r, ((Union *)o)->args); }

Value union_args(Realm *r, Value v) {
    if (!v_is_obj(v) || v_obj(v)->type != r->t_UnionType) return V_NULL;
    return ((Union *)v_obj(v))->args;
}

static bool union_is_alias(Realm *r, Value v) {
    return strcmp(v_type(r, v)->name, "types.GenericAlias") == 0;
}

/* What CPython lets `|` combine into a union. */
static bool union_is_unionable(Realm *r, Value v) {
    return v == V_NONE || op_is_type(r, v) || union_args(r, v) != V_NULL || union_is_alias(r, v) ||
           v_type(r, v) == r->t_TypeAliasType;
}

static void union_add(Realm *r, Value list, Value v) {
    if (v == V_NONE) v = v_from_obj(r->t_NoneType);
    Value sub = union_args(r, v);
    if (sub != V_NULL) {
        for (int64_t i = 0; i < tuple_ptr(sub)->len; i++) union_add(r, list, tuple_ptr(sub)->items[i]);
        return;
    }
    List *l = list_ptr(list);
    for (int64_t i = 0; i < l->len; i++) {   /* budget */
        Value x = l->items[i];
        if (x == v) return;
        /* list[int] | list[int]: equal aliases count once */
        if (union_is_alias(r, x) && union_is_alias(r, v) && op_eq(r, x, v)) return;
        l = list_ptr(list);
    }
    list_append(r, list, v);
}

/* a | b for types, aliases and unions (the nb_or slot of each). */
Value union_type_or(Realm *r, Value a, Value b) {
    if (!union_is_unionable(r, a) || !union_is_unionable(r, b)) return r->notimpl;
    Value list = list_new(r, 0);
    union_add(r, list, a);
    union_add(r, list, b);
    List *l = list_ptr(list);
    if (l->len == 1) return l->items[0];
    Value args = tuple_from_array(r, l->items, (size_t)l->len);
    Union *u = (Union *)heap_alloc(r, r->t_UnionType, sizeof(Union));
    u->args = args;
    return v_from_obj(u);
}

static void union_add_repr(Realm *r, StrBuf *b, Value v) {
    if (v == v_from_obj(r->t_NoneType)) { strbuf_add_ascii(b, "None", 4); return; }
    if (op_is_type(r, v)) {
        Type *t = (Type *)v_obj(v);
        Value mod = op_getattr_opt(r, v, str_intern_cstr(r, "__module__"));
        Value qn = op_getattr_opt(r, v, str_intern_cstr(r, "__qualname__"));
        if (mod != V_NULL && qn != V_NULL && is_str(mod) && is_str(qn)) {
            if (!str_eq(mod, str_from_cstr(r, "builtins"))) {
                strbuf_add_str(b, mod);
                strbuf_add_char(b, '.');
            }
            strbuf_add_str(b, qn);
            return;
        }
        strbuf_add_cstr(b, t->name);
        return;
    }
    strbuf_add_str(b, op_repr(r, v));
}

static Value union_repr(Realm *r, Value v) {
    err_check_stack(r);
    Value args = ((Union *)v_obj(v))->args;
    StrBuf b;
    strbuf_init(r, &b);
    for (int64_t i = 0; i < tuple_ptr(args)->len; i++) {
        if (i) strbuf_add_ascii(&b, " | ", 3);
        union_add_repr(r, &b, tuple_ptr(args)->items[i]);
    }
    return strbuf_finish(&b);
}

static Value union_as_frozenset(Realm *r, Value v) {
    Value fs = set_new(r, r->t_frozenset);
    Value args = ((Union *)v_obj(v))->args;
    for (int64_t i = 0; i < tuple_ptr(args)->len; i++) set_add(r, fs, tuple_ptr(args)->items[i]);
    return fs;
}

/* Members compare as a set: int | str == str | int. */
static Value union_richcmp(Realm *r, Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || union_args(r, a) == V_NULL || union_args(r, b) == V_NULL)
        return r->notimpl;
    bool eq = op_eq(r, union_as_frozenset(r, a), union_as_frozenset(r, b));
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t union_hash(Realm *r, Value v) { return op_hash(r, union_as_frozenset(r, v)); }

static Value union_get_args(Realm *r, Value v) { return ((Union *)v_obj(v))->args; }
static Value union_get_parameters(Realm *r, Value v) { return r->empty_tuple; }

static const GetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL},
    {"__parameters__", union_get_parameters, NULL},
    {NULL, NULL, NULL}
};

static Value union_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kw) {
    err_type(r, "cannot create 'types.UnionType' instances");
}

void union_init_type(Realm *r) {
    Type *t = r->t_UnionType;
    t->name = "types.UnionType";
    t->name_str = str_intern_cstr(r, "UnionType");
    t->qualname = t->name_str;
    if (t->dict == V_NULL) t->dict = dict_new(r);
    dict_set(r, t->dict, str_intern_cstr(r, "__module__"), str_intern_cstr(r, "types"));
    t->basicsize = sizeof(Union);
    t->trace = union_trace;
    t->repr = union_repr;
    t->richcmp = union_richcmp;
    t->hash = union_hash;
    t->new_ = union_new_slot;
    t->nb[NB_OR] = union_type_or;
    type_add_getsets(r, t, union_getsets);
    r->t_type->nb[NB_OR] = union_type_or;
}
