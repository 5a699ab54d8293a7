/* descr: descriptor types — property, classmethod, staticmethod, the
 * getset descriptors of built-in types — and super. */
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/frame.h"

/* ---- getset descriptors ---- */

static void getset_trace(Realm *r, Obj *o) { heap_mark_obj(r, ((GetSetDescr *)o)->owner); }
static Value getset_get(Realm *r, Value d, Value obj, Value type) {
    GetSetDescr *g = (GetSetDescr *)v_obj(d);
    if (obj == V_NULL) return d;
    if (!type_is_subtype(v_type(r, obj), g->owner))
        err_type(r, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", g->def->name,
                 g->owner->name, obj);
    return g->def->get(r, obj);
}
static void getset_set(Realm *r, Value d, Value obj, Value v) {
    GetSetDescr *g = (GetSetDescr *)v_obj(d);
    if (!g->def->set)
        err_format(r, EXC(r, AttributeError), "attribute '%s' of '%s' objects is not writable",
                   g->def->name, g->owner->name);
    g->def->set(r, obj, v);
}
/* The setter of attributes CPython declares as read-only members
 * (slice.start, complex.real, property.fget ...): their message differs. */
void getset_readonly(Realm *r, Value self, Value v) {
    err_format(r, EXC(r, AttributeError), "readonly attribute");
}
static Value getset_repr(Realm *r, Value d) {
    GetSetDescr *g = (GetSetDescr *)v_obj(d);
    if (g->def->set == getset_readonly)
        return str_format(r, "<member '%s' of '%s' objects>", g->def->name, g->owner->name);
    return str_format(r, "<attribute '%s' of '%s' objects>", g->def->name, g->owner->name);
}

/* ---- member descriptors (__slots__) ---- */

static void member_trace(Realm *r, Obj *o) {
    heap_mark(r, ((MemberDescr *)o)->name);
    heap_mark_obj(r, ((MemberDescr *)o)->owner);
}
static Value *member_slot(Realm *r, MemberDescr *m, Value obj) {
    if (!type_is_subtype(v_type(r, obj), m->owner))
        err_type(r, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object", m->name, m->owner->name, obj);
    return (Value *)((uint8_t *)v_obj(obj) + m->offset);
}
static Value member_get(Realm *r, Value d, Value obj, Value type) {
    MemberDescr *m = (MemberDescr *)v_obj(d);
    if (obj == V_NULL) return d;
    Value v = *member_slot(r, m, obj);
    if (v == V_NULL) err_format(r, EXC(r, AttributeError), "'%T' object has no attribute '%U'", obj, m->name);
    return v;
}
static void member_set(Realm *r, Value d, Value obj, Value v) {
    MemberDescr *m = (MemberDescr *)v_obj(d);
    if (m->readonly) err_format(r, EXC(r, AttributeError), "readonly attribute");
    Value *slot = member_slot(r, m, obj);
    if (v == V_NULL && *slot == V_NULL)   /* CPython's message is the bare name here */
        err_format(r, EXC(r, AttributeError), "%U", m->name);
    *slot = v;
}
static Value member_repr(Realm *r, Value d) {
    MemberDescr *m = (MemberDescr *)v_obj(d);
    return str_format(r, "<member '%U' of '%s' objects>", m->name, m->owner->name);
}

static Value member_name(Realm *r, Value s) { return ((MemberDescr *)v_obj(s))->name; }
static Value member_doc(Realm *r, Value s) { return V_NONE; }
static Value member_objclass(Realm *r, Value s) { return v_from_obj(((MemberDescr *)v_obj(s))->owner); }
static const GetSetDef member_getsets[] = {
    {"__name__", member_name, NULL},
    {"__objclass__", member_objclass, NULL}, {"__doc__", member_doc, NULL}, {NULL, NULL, NULL},
};

Value member_new(Realm *r, Type *owner, Value name, uint32_t offset) {
    MemberDescr *m = (MemberDescr *)heap_alloc(r, r->t_member_descriptor, sizeof(MemberDescr));
    m->name = name;
    m->owner = owner;
    m->offset = offset;
    return v_from_obj(m);
}

/* ---- property ---- */

static void property_trace(Realm *r, Obj *o) {
    Property *p = (Property *)o;
    Value v[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    heap_mark_array(r, v, 5);
}
static Value property_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw) {
    return obj_new_instance(r, t);
}
static Value property_init(Realm *r, Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Value out[4];
    arg_parse(r, "property", args + 1, nargs - 1, kw, 0, 0, names, out);
    Property *p = (Property *)v_obj(args[0]);
    p->fget = out[0] == V_NONE ? V_NULL : out[0];
    p->fset = out[1] == V_NONE ? V_NULL : out[1];
    p->fdel = out[2] == V_NONE ? V_NULL : out[2];
    p->doc = out[3];
    if (p->doc == V_NULL && p->fget != V_NULL) p->doc = op_getattr_opt(r, p->fget, NM(r, __doc__));
    return V_NONE;
}
/* The name in error messages: set by __set_name__, else fget's __name__. */
static Value property_name(Realm *r, Property *p) {
    if (p->name != V_NULL) return p->name;
    return p->fget != V_NULL ? op_getattr_opt(r, p->fget, NM(r, __name__)) : V_NULL;
}
static Value property_get(Realm *r, Value d, Value obj, Value type) {
    Property *p = (Property *)v_obj(d);
    if (obj == V_NULL) return d;
    if (p->fget == V_NULL) {
        Value qn = property_name(r, p);
        if (qn != V_NULL)
            err_format(r, EXC(r, AttributeError), "property '%U' of '%T' object has no getter", qn, obj);
        err_format(r, EXC(r, AttributeError), "property of '%T' object has no getter", obj);
    }
    return op_call1(r, p->fget, obj);
}
static void property_set(Realm *r, Value d, Value obj, Value v) {
    Property *p = (Property *)v_obj(d);
    Value f = v == V_NULL ? p->fdel : p->fset;
    if (f == V_NULL) {
        Value qn = property_name(r, p);
        const char *what = v == V_NULL ? "deleter" : "setter";
        if (qn != V_NULL)
            err_format(r, EXC(r, AttributeError), "property '%U' of '%T' object has no %s", qn, obj, what);
        err_format(r, EXC(r, AttributeError), "property of '%T' object has no %s", obj, what);
    }
    if (v == V_NULL) op_call1(r, f, obj);
    else op_call2(r, f, obj, v);
}
static Value property_copy(Realm *r, Value self, Value fget, Value fset, Value fdel) {
    Property *p = (Property *)v_obj(self);
    Property *n = (Property *)heap_alloc(r, v_type(r, self), v_type(r, self)->basicsize);
    n->fget = fget;
    n->fset = fset;
    n->fdel = fdel;
    n->doc = p->doc;
    n->name = p->name;
    if (fget != p->fget && fget != V_NULL) n->doc = op_getattr_opt(r, fget, NM(r, __doc__));
    return v_from_obj(n);
}
/* None given to getter/setter/deleter keeps the old function, as CPython */
static Value property_or(Value v, Value old) { return v == V_NONE ? old : v; }
static Value property_getter(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "getter", n, kw, 2, 2);
    Property *p = (Property *)v_obj(a[0]);
    return property_copy(r, a[0], property_or(a[1], p->fget), p->fset, p->fdel);
}
static Value property_setter(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "setter", n, kw, 2, 2);
    Property *p = (Property *)v_obj(a[0]);
    return property_copy(r, a[0], p->fget, property_or(a[1], p->fset), p->fdel);
}
static Value property_deleter(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "deleter", n, kw, 2, 2);
    Property *p = (Property *)v_obj(a[0]);
    return property_copy(r, a[0], p->fget, p->fset, property_or(a[1], p->fdel));
}
static Value property_fget(Realm *r, Value s) { Value v = ((Property *)v_obj(s))->fget; return v ? v : V_NONE; }
static Value property_fset(Realm *r, Value s) { Value v = ((Property *)v_obj(s))->fset; return v ? v : V_NONE; }
static Value property_fdel(Realm *r, Value s) { Value v = ((Property *)v_obj(s))->fdel; return v ? v : V_NONE; }
static Value property_doc(Realm *r, Value s) { Value v = ((Property *)v_obj(s))->doc; return v ? v : V_NONE; }
static void property_doc_set(Realm *r, Value s, Value v) { ((Property *)v_obj(s))->doc = v; }
static Value property_name_get(Realm *r, Value s) {
    Value n = property_name(r, (Property *)v_obj(s));
    if (n == V_NULL) err_format(r, EXC(r, AttributeError), "'property' object has no attribute '__name__'");
    return n;
}
static void property_name_set(Realm *r, Value s, Value v) {
    if (v == V_NULL) err_format(r, EXC(r, AttributeError), "cannot delete __name__");
    ((Property *)v_obj(s))->name = v;
}
static bool descr_is_abstract(Realm *r, Value f) {
    if (f == V_NULL) return false;
    Value a = op_getattr_opt(r, f, str_intern_cstr(r, "__isabstractmethod__"));
    return a != V_NULL && op_truth(r, a);
}
static Value property_isabstract(Realm *r, Value s) {
    Property *p = (Property *)v_obj(s);
    return v_bool(descr_is_abstract(r, p->fget) || descr_is_abstract(r, p->fset) ||
                  descr_is_abstract(r, p->fdel));
}
static Value property_set_name_m(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "__set_name__", n, kw, 3, 3);
    ((Property *)v_obj(a[0]))->name = a[2];
    return V_NONE;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0}, {"setter", property_setter, 0}, {"deleter", property_deleter, 0},
    {"__set_name__", property_set_name_m, 0},
    {NULL, NULL, 0},
};
static const GetSetDef property_getsets[] = {
    {"fget", property_fget, getset_readonly}, {"fset", property_fset, getset_readonly},
    {"fdel", property_fdel, getset_readonly}, {"__doc__", property_doc, property_doc_set},
    {"__name__", property_name_get, property_name_set},
    {"__isabstractmethod__", property_isabstract, NULL}, {NULL, NULL, NULL},
};

/* ---- classmethod and staticmethod ---- */

static void wrapper_trace(Realm *r, Obj *o) { heap_mark(r, ((WrapperDescr *)o)->callable); }
static Value wrapper_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw) {
    const char *nm = type_is_subtype(t, r->t_classmethod) ? "classmethod" : "staticmethod";
    if (kw != V_NULL && tuple_ptr(kw)->len) err_type(r, "%s() takes no keyword arguments", nm);
    if (nargs != 1) err_type(r, "%s expected 1 argument, got %zu", nm, nargs);
    WrapperDescr *w = (WrapperDescr *)heap_alloc(r, t, t->basicsize);
    w->callable = args[0];
    return v_from_obj(w);
}
static Value wrapper_init(Realm *r, Value *args, size_t nargs, Value kw) { return V_NONE; }
static Value classmethod_get(Realm *r, Value d, Value obj, Value type) {
    Value cls = (type != V_NULL && type != V_NONE) ? type : v_from_obj(v_type(r, obj));
    return method_new(r, ((WrapperDescr *)v_obj(d))->callable, cls);
}
static Value staticmethod_get(Realm *r, Value d, Value obj, Value type) {
    return ((WrapperDescr *)v_obj(d))->callable;
}
static Value staticmethod_call(Realm *r, Value d, Value *args, size_t nargs, Value kw) {
    return op_call(r, ((WrapperDescr *)v_obj(d))->callable, args, nargs, kw);
}
static Value wrapper_repr(Realm *r, Value s) {
    return str_format(r, "<%s(%R)>", v_type(r, s)->name, ((WrapperDescr *)v_obj(s))->callable);
}
static Value wrapper_func(Realm *r, Value s) { return ((WrapperDescr *)v_obj(s))->callable; }
static Value wrapper_isabstract(Realm *r, Value s) {
    return v_bool(descr_is_abstract(r, ((WrapperDescr *)v_obj(s))->callable));
}
static Value wrapper_getattr(Realm *r, Value o, Value name) {
    Value v = obj_generic_getattr(r, o, name);
    if (v != V_NULL) return v;
    /* __name__, __doc__, __qualname__ ... come from the wrapped callable */
    return op_getattr_opt(r, ((WrapperDescr *)v_obj(o))->callable, name);
}
static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_func, getset_readonly}, {"__wrapped__", wrapper_func, NULL},
    {"__isabstractmethod__", wrapper_isabstract, NULL}, {NULL, NULL, NULL},
};

/* ---- super ---- */

typedef struct Super { Obj hdr; Value type; Value obj; Value obj_type; } Super;

static void super_trace(Realm *r, Obj *o) {
    Super *s = (Super *)o;
    heap_mark(r, s->type);
    heap_mark(r, s->obj);
    heap_mark(r, s->obj_type);
}

static Value super_check(Realm *r, Type *type, Value obj) {
    if (op_is_type(r, obj) && type_is_subtype((Type *)v_obj(obj), type)) return obj;
    Type *ot = v_type(r, obj);
    if (type_is_subtype(ot, type)) return v_from_obj(ot);
    Value cls = op_getattr_opt(r, obj, NM(r, __class__));
    if (cls != V_NULL && op_is_type(r, cls) && type_is_subtype((Type *)v_obj(cls), type)) return cls;
    err_type(r, "super(type, obj): obj (%s %s) is not an instance or subtype of type (%s).",
             op_is_type(r, obj) ? "type" : "instance of", op_is_type(r, obj) ? ((Type *)v_obj(obj))->name : ot->name,
             type->name);
}

static Value super_new(Realm *r, Type *t, Value *args, size_t nargs, Value kw) {
    arg_count(r, "super", nargs, kw, 0, 2);
    Value type = V_NULL, obj = V_NULL;
    if (nargs == 0) {
        Frame *f = r->frame;
        /* comprehensions run in their own frame here, inlined in CPython:
         * super() there means the enclosing function's */
        while (f && (f->code->flags & CO_INLINED_COMP) && f->prev) f = f->prev;
        if (!f || f->func == V_NULL) err_format(r, EXC(r, RuntimeError), "super(): no arguments");
        Code *c = f->code;
        if (c->argcount == 0)
            err_format(r, EXC(r, RuntimeError), "super(): no arguments");
        obj = f->fast[0];
        /* the first argument may have been moved into a cell */
        Tuple *cv = tuple_ptr(c->cellvars);
        for (int64_t i = 0; i < cv->len; i++)
            if (str_eq(cv->items[i], tuple_ptr(c->varnames)->items[0])) {
                Value cell = f->fast[c->nlocals + (size_t)i];
                if (cell != V_NULL) obj = ((Cell *)v_obj(cell))->v;
            }
        if (obj == V_NULL) err_format(r, EXC(r, RuntimeError), "super(): arg[0] deleted");
        Tuple *fv = tuple_ptr(c->freevars);
        for (int64_t i = 0; i < fv->len; i++)
            if (str_eq(fv->items[i], NM(r, __class__))) {
                Value cell = f->fast[c->nlocals + c->ncells + (size_t)i];
                type = ((Cell *)v_obj(cell))->v;
                if (type == V_NULL) err_format(r, EXC(r, RuntimeError), "super(): empty __class__ cell");
            }
        if (type == V_NULL) err_format(r, EXC(r, RuntimeError), "super(): __class__ cell not found");
    } else {
        type = args[0];
        if (nargs > 1) obj = args[1];
    }
    if (!op_is_type(r, type)) err_type(r, "super() argument 1 must be a type, not %T", type);
    Super *s = (Super *)heap_alloc(r, t, sizeof(Super));
    s->type = type;
    s->obj = obj == V_NONE ? V_NULL : obj;
    s->obj_type = s->obj != V_NULL ? super_check(r, (Type *)v_obj(type), s->obj) : V_NULL;
    return v_from_obj(s);
}

static Value super_init(Realm *r, Value *args, size_t nargs, Value kw) { return V_NONE; }

static Value super_getattr(Realm *r, Value o, Value name) {
    Super *s = (Super *)v_obj(o);
    if (s->obj_type != V_NULL && !str_eq(name, NM(r, __class__))) {
        Tuple *mro = tuple_ptr(((Type *)v_obj(s->obj_type))->mro);
        int64_t i = 0;
        while (i < mro->len && mro->items[i] != s->type) i++;
        for (i++; i < mro->len; i++) {
            Type *b = (Type *)v_obj(mro->items[i]);
            if (b->dict == V_NULL) continue;
            Value v = dict_get_str(r, b->dict, name);
            if (v == V_NULL) continue;
            Type *vt = v_type(r, v);
            if (vt->descr_get)
                return vt->descr_get(r, v, s->obj == s->obj_type ? V_NULL : s->obj, s->obj_type);
            return v;
        }
    }
    return obj_generic_getattr(r, o, name);
}

static Value super_thisclass(Realm *r, Value o) { return ((Super *)v_obj(o))->type; }
static Value super_self(Realm *r, Value o) {
    Value v = ((Super *)v_obj(o))->obj;
    return v == V_NULL ? V_NONE : v;
}
static Value super_self_class(Realm *r, Value o) {
    Value v = ((Super *)v_obj(o))->obj_type;
    return v == V_NULL ? V_NONE : v;
}
static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass, NULL}, {"__self__", super_self, NULL},
    {"__self_class__", super_self_class, NULL}, {NULL, NULL, NULL},
};
/* An unbound super(T) is a descriptor: binding it gives super(T, obj). */
static Value super_descr_get(Realm *r, Value d, Value obj, Value type) {
    Super *s = (Super *)v_obj(d);
    if (obj == V_NULL || obj == V_NONE || s->obj != V_NULL) return d;
    Super *n = (Super *)heap_alloc(r, r->t_super, sizeof(Super));
    n->type = s->type;
    n->obj = obj;
    n->obj_type = V_NULL;
    n->obj_type = super_check(r, (Type *)v_obj(s->type), obj);
    return v_from_obj(n);
}

static Value super_repr(Realm *r, Value o) {
    Super *s = (Super *)v_obj(o);
    if (s->obj_type != V_NULL)
        return str_format(r, "<super: <class '%s'>, <%s object>>", ((Type *)v_obj(s->type))->name,
                          ((Type *)v_obj(s->obj_type))->name);
    return str_format(r, "<super: <class '%s'>, NULL>", ((Type *)v_obj(s->type))->name);
}

void descr_init_type(Realm *r) {
    Type *t = r->t_getset_descriptor;
    t->basicsize = sizeof(GetSetDescr);
    t->trace = getset_trace;
    t->descr_get = getset_get;
    t->descr_set = getset_set;
    t->repr = getset_repr;

    t = r->t_member_descriptor;
    t->basicsize = sizeof(MemberDescr);
    t->trace = member_trace;
    t->descr_get = member_get;
    t->descr_set = member_set;
    t->repr = member_repr;
    type_add_getsets(r, t, member_getsets);

    t = r->t_property;
    t->basicsize = sizeof(Property);
    t->flags |= TF_BASETYPE;
    t->trace = property_trace;
    t->new_ = property_new;
    t->init = property_init;
    t->descr_get = property_get;
    t->descr_set = property_set;
    type_add_methods(r, t, property_methods);
    type_add_getsets(r, t, property_getsets);

    t = r->t_classmethod;
    t->basicsize = sizeof(WrapperDescr);
    t->flags |= TF_BASETYPE;
    t->trace = wrapper_trace;
    t->new_ = wrapper_new;
    t->init = wrapper_init;
    t->descr_get = classmethod_get;
    t->repr = wrapper_repr;
    t->getattr = wrapper_getattr;
    type_add_getsets(r, t, wrapper_getsets);

    t = r->t_staticmethod;
    t->basicsize = sizeof(WrapperDescr);
    t->flags |= TF_BASETYPE;
    t->trace = wrapper_trace;
    t->new_ = wrapper_new;
    t->init = wrapper_init;
    t->descr_get = staticmethod_get;
    t->repr = wrapper_repr;
    t->call = staticmethod_call;
    t->getattr = wrapper_getattr;
    type_add_getsets(r, t, wrapper_getsets);

    t = r->t_super;
    t->basicsize = sizeof(Super);
    t->flags |= TF_BASETYPE;
    t->trace = super_trace;
    t->new_ = super_new;
    t->init = super_init;
    t->getattr = super_getattr;
    t->repr = super_repr;
    t->descr_get = super_descr_get;
    type_add_getsets(r, t, super_getsets);
}
