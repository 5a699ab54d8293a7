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
    err_check_stack(r);
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
