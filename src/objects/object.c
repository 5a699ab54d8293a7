/* object: the root type — instance creation, generic attribute access with
 * descriptors and instance dicts, and object's methods. */
#include <stdio.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "modules/modules.h"
#include "vm/ops.h"

Value *obj_dict_ptr(Realm *r, Value o) {
    if (!v_is_obj(o)) return NULL;
    return heap_dict_slot(v_obj(o));
}

/* What id() and default reprs show for a heap object: its address mixed
 * with the realm's key by a bijection on 48-bit addresses, so that no host
 * address or even its alignment is disclosed (the low bits vary from object
 * to object); as in CPython, repr's "at 0x..." is hex(id). */
uint64_t obj_masked_addr(Realm *r, Value v) {
    /* a keyed bijection of the 48 address bits (id() stays unique): xor,
     * odd multiplications and xor-shifts, each invertible mod 2**48; the
     * shifts carry high bits down, so the low bits, where alignment would
     * show, differ from object to object */
    const uint64_t mask = ((uint64_t)1 << 48) - 1;
    uint64_t x = ((uint64_t)v ^ r->hash_k0) & mask;
    x = (x * (r->hash_k1 | 1)) & mask;
    x ^= x >> 24;
    x = (x * ((r->hash_k0 >> 16) | 1)) & mask;
    x ^= x >> 21;
    return x;
}

Value obj_new_instance(Realm *r, Type *t) {
    return v_from_obj(heap_alloc(r, t, t->basicsize));
}

Value obj_generic_getattr(Realm *r, Value o, Value name) {
    Type *t = v_type(r, o);
    Value descr = type_lookup(r, t, name);
    DescrGetFn get = NULL;
    if (descr != V_NULL) {
        Type *dt = v_type(r, descr);
        get = dt->descr_get;
        if (get && dt->descr_set) return get(r, descr, o, v_from_obj(t));
    }
    Value *dp = obj_dict_ptr(r, o);
    if (dp && *dp != V_NULL) {
        Value v = dict_get_str(r, *dp, name);
        if (v != V_NULL) return v;
    }
    if (get) return get(r, descr, o, v_from_obj(t));
    return descr;
}

void obj_generic_setattr(Realm *r, Value o, Value name, Value v) {
    Type *t = v_type(r, o);
    Value descr = type_lookup(r, t, name);
    if (descr != V_NULL) {
        Type *dt = v_type(r, descr);
        if (dt->descr_set) { dt->descr_set(r, descr, o, v); return; }
    }
    Value *dp = obj_dict_ptr(r, o);
    if (!dp) {
        if (descr == V_NULL)
            err_format(r, EXC(r, AttributeError),
                       "'%s' object has no attribute '%U' and no __dict__ for setting new attributes", t->name, name);
        err_format(r, EXC(r, AttributeError), "'%s' object attribute '%U' is read-only", t->name, name);
    }
    if (v == V_NULL) {
        if (*dp == V_NULL || !dict_del(r, *dp, name)) err_attribute(r, o, name);
        return;
    }
    if (*dp == V_NULL) *dp = dict_new(r);
    dict_set(r, *dp, name, v);
}

static Value object_init(Realm *r, Value *args, size_t nargs, Value kwnames);

static bool excess_args(size_t nargs, Value kwnames) {
    return nargs > 0 || (kwnames != V_NULL && tuple_ptr(kwnames)->len > 0);
}

/* "Can't instantiate abstract class C without an implementation for
 * abstract method(s) 'f', 'g'" (the names sorted, as CPython lists them). */
static _Noreturn void object_refuse_abstract(Realm *r, Type *t) {
    Value am = dict_get_str(r, t->dict, str_intern_cstr(r, "__abstractmethods__"));
    Value names = list_new(r, 0);
    if (am != V_NULL) list_extend(r, names, am);
    list_sort(r, names, V_NONE, false);
    List *l = list_ptr(names);
    StrBuf b;
    strbuf_init(r, &b);
    for (int64_t i = 0; i < l->len; i++) {
        if (i) strbuf_add_cstr(&b, ", ");
        strbuf_add_char(&b, '\'');
        strbuf_add_str(&b, op_str(r, l->items[i]));
        strbuf_add_char(&b, '\'');
    }
    err_type(r, "Can't instantiate abstract class %s without an implementation for abstract method%s %U",
             t->name, l->len == 1 ? "" : "s", strbuf_finish(&b));
}

static Value object_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (t->new_ != object_new) err_type(r, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->init == object_init) err_type(r, "%s() takes no arguments", t->name);
    }
    if (t->flags & TF_ABSTRACT) object_refuse_abstract(r, t);
    return obj_new_instance(r, t);
}

static Value object_init(Realm *r, Value *args, size_t nargs, Value kwnames) {
    Type *t = v_type(r, args[0]);
    if (excess_args(nargs - 1, kwnames)) {
        if (t->init != object_init) err_type(r, "object.__init__() takes exactly one argument (the instance to initialize)");
        if (t->new_ == object_new)
            err_type(r, "%s.__init__() takes exactly one argument (the instance to initialize)", t->name);
    }
    return V_NONE;
}

static Value object_repr(Realm *r, Value o) {
    Type *t = v_type(r, o);
    Value mod = t->dict != V_NULL ? dict_get_str(r, t->dict, NM(r, __module__)) : V_NULL;
    char addr[32];
    snprintf(addr, sizeof addr, "0x%llx", (unsigned long long)obj_masked_addr(r, o));
    if (mod != V_NULL && v_is_obj(mod) && (v_obj(mod)->type->flags & TF_STR_SUB) &&
        !str_eq(mod, str_intern_cstr(r, "builtins")))
        return str_format(r, "<%U.%U object at %s>", mod, t->qualname, addr);
    return str_format(r, "<%s object at %s>", t->name, addr);
}

static Value object_str(Realm *r, Value o) { return op_repr(r, o); }

static int64_t object_hash(Realm *r, Value o) {
    return (int64_t)(((uint64_t)o >> 4) & 0x7fffffffffffffffull);   /* identity hash, as CPython's */
}

static Value object_richcmp(Realm *r, Value a, Value b, int op) {
    if (op == CMP_EQ) return a == b ? V_TRUE : r->notimpl;
    if (op == CMP_NE) {
        /* __ne__ inverts __eq__ unless that is NotImplemented */
        Type *t = v_type(r, a);
        if (t->richcmp && t->richcmp != object_richcmp) {
            Value v = t->richcmp(r, a, b, CMP_EQ);
            if (v == r->notimpl) return v;
            return v_bool(!op_truth(r, v));
        }
        return a == b ? V_FALSE : r->notimpl;
    }
    return r->notimpl;
}

/* ---- methods visible from Python (object.__init__(self), super().__repr__() ...) ---- */

static Value object_init_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1) err_type(r, "descriptor '__init__' of 'object' object needs an argument");
    return object_init(r, args, nargs, kw);
}
static Value object_new_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs < 1) err_type(r, "object.__new__(): not enough arguments");
    if (!op_is_type(r, args[0])) err_type(r, "object.__new__(X): X is not a type object (%T)", args[0]);
    Type *t = (Type *)v_obj(args[0]);
    /* the first built-in base must be allocated by object.__new__ */
    type_check_new_safe(r, r->t_object, object_new, t);
    return object_new(r, t, args + 1, nargs - 1, kw);
}
static Value object_repr_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__repr__", nargs, kw, 1, 1);
    return object_repr(r, args[0]);
}
static Value object_str_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__str__", nargs, kw, 1, 1);
    return op_repr(r, args[0]);
}
static Value object_hash_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__hash__", nargs, kw, 1, 1);
    /* object's own hash, not type(self)'s: `__hash__ = object.__hash__` must not loop */
    return int_from_i64(r, object_hash(r, args[0]));
}
static Value object_eq_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__eq__", nargs, kw, 2, 2);
    return args[0] == args[1] ? V_TRUE : r->notimpl;
}
static Value object_ne_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__ne__", nargs, kw, 2, 2);
    return object_richcmp(r, args[0], args[1], CMP_NE);
}
static Value object_notimpl_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "comparison", nargs, kw, 2, 2);
    return r->notimpl;
}
static Value object_getattribute_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__getattribute__", nargs, kw, 2, 2);
    if (!(v_is_obj(args[1]) && (v_obj(args[1])->type->flags & TF_STR_SUB)))
        err_type(r, "attribute name must be string, not '%T'", args[1]);
    Value v = obj_generic_getattr(r, args[0], args[1]);
    if (v == V_NULL) err_attribute(r, args[0], args[1]);
    return v;
}
static Value object_setattr_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__setattr__", nargs, kw, 3, 3);
    if (op_is_type(r, args[0])) err_type(r, "can't apply this __setattr__ to type object");
    obj_generic_setattr(r, args[0], args[1], args[2]);
    return V_NONE;
}
static Value object_delattr_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__delattr__", nargs, kw, 2, 2);
    if (op_is_type(r, args[0])) err_type(r, "can't apply this __delattr__ to type object");
    obj_generic_setattr(r, args[0], args[1], V_NULL);
    return V_NONE;
}
static Value object_format_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__format__", nargs, kw, 2, 2);
    if (!(v_is_obj(args[1]) && (v_obj(args[1])->type->flags & TF_STR_SUB)))
        err_type(r, "__format__() argument must be str, not %T", args[1]);
    if (((Str *)v_obj(args[1]))->len > 0)
        err_type(r, "unsupported format string passed to %T.__format__", args[0]);
    return op_str(r, args[0]);
}
static Value object_init_subclass_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (nargs > 1)
        err_type(r, "object.__init_subclass__() takes no arguments (%zu given)", nargs - 1);
    if (kw != V_NULL && tuple_ptr(kw)->len)
        err_type(r, "%s.__init_subclass__() takes no keyword arguments",
                 nargs ? ((Type *)v_obj(args[0]))->name : "object");
    return V_NONE;
}
static Value object_dir_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__dir__", nargs, kw, 1, 1);
    Value names = set_new(r, r->t_set);
    Value *dp = obj_dict_ptr(r, args[0]);
    if (dp && *dp != V_NULL) set_update(r, names, *dp);
    if (dp) set_add(r, names, NM(r, __dict__));   /* CPython's classes hold a '__dict__' descriptor */
    Tuple *mro = tuple_ptr(v_type(r, args[0])->mro);
    for (int64_t i = 0; i < mro->len; i++) {
        Type *b = (Type *)v_obj(mro->items[i]);
        if (b->dict != V_NULL) set_update(r, names, b->dict);
    }
    Value l = list_new(r, 0);
    list_extend(r, l, names);
    return l;
}
/* The __slots__ members (offset -> name) the classes of t's MRO define, as a dict. */
static Value object_slot_map(Realm *r, Type *t) {
    Value m = dict_new(r);
    Tuple *mro = tuple_ptr(t->mro);
    for (int64_t i = 0; i < mro->len; i++) {
        Type *b = (Type *)v_obj(mro->items[i]);
        if (!(b->flags & TF_HEAPTYPE) || b->dict == V_NULL) continue;
        int64_t pos = 0;
        Value k, v;
        while (dict_next(b->dict, &pos, &k, &v))
            if (v_is_obj(v) && v_obj(v)->type == r->t_member_descriptor && ((MemberDescr *)v_obj(v))->owner == b)
                dict_set(r, m, v_small(((MemberDescr *)v_obj(v))->offset), ((MemberDescr *)v_obj(v))->name);
    }
    return m;
}
/* Same slot names at the same offsets, as CPython's same_slots_added. */
static bool object_same_slots(Realm *r, Type *a, Type *b) {
    Value ma = object_slot_map(r, a), mb = object_slot_map(r, b);
    if (dict_len(ma) != dict_len(mb)) return false;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(ma, &pos, &k, &v)) {
        Value w = dict_get(r, mb, k);
        if (w == V_NULL || !str_eq(v, w)) return false;
    }
    return true;
}
static Value object_class_get(Realm *r, Value self) { return v_from_obj(v_type(r, self)); }
static void object_class_set(Realm *r, Value self, Value v) {
    if (v == V_NULL) err_type(r, "can't delete __class__ attribute");
    if (!op_is_type(r, v)) err_type(r, "__class__ must be set to a class, not '%T' object", v);
    Type *old = v_type(r, self), *nt = (Type *)v_obj(v);
    if (!(old->flags & TF_HEAPTYPE) || !(nt->flags & TF_HEAPTYPE))
        err_type(r, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (old->basicsize != nt->basicsize || old->dictoffset != nt->dictoffset)
        err_type(r, "__class__ assignment: '%s' object layout differs from '%s'", nt->name, old->name);
    if (!object_same_slots(r, old, nt))
        err_type(r, "__class__ assignment: '%s' object layout differs from '%s'", nt->name, old->name);
    v_obj(self)->type = nt;
}
static Value object_dict_get(Realm *r, Value self) {
    Value *dp = obj_dict_ptr(r, self);
    if (!dp) err_format(r, EXC(r, AttributeError), "'%T' object has no attribute '__dict__'", self);
    if (*dp == V_NULL) *dp = dict_new(r);
    return *dp;
}
static void object_dict_set(Realm *r, Value self, Value v) {
    Value *dp = obj_dict_ptr(r, self);
    if (!dp) err_format(r, EXC(r, AttributeError), "'%T' object has no attribute '__dict__'", self);
    if (v == V_NULL) { *dp = V_NULL; return; }   /* deleting it leaves a fresh empty one, as CPython */
    if (!(v_is_obj(v) && (v_obj(v)->type->flags & TF_DICT_SUB)))
        err_type(r, "__dict__ must be set to a dictionary, not a '%T'", v);
    *dp = v;
}

/* object.__subclasshook__(C): NotImplemented (abc.ABCMeta asks it). */
static Value object_subclasshook_m(Realm *r, Value *args, size_t nargs, Value kw) {
    if (kw != V_NULL) err_type(r, "object.__subclasshook__() takes no keyword arguments");
    if (nargs != 2) err_type(r, "object.__subclasshook__() takes exactly one argument (%zu given)", nargs - 1);
    return r->notimpl;
}

/* An estimate of the object's memory: its fixed size and the buffer it owns. */
static Value object_sizeof_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__sizeof__", nargs, kw, 1, 1);
    Value o = args[0];
    if (!v_is_obj(o)) return v_small(sizeof(Value));
    Obj *h = v_obj(o);
    Type *t = h->type;
    int64_t n = t->basicsize ? t->basicsize : (int64_t)sizeof(Obj);
    if (t->flags & TF_STR_SUB) n = (int64_t)sizeof(Str) + (((Str *)h)->len + 1) * ((Str *)h)->kind;
    else if (t->flags & TF_BYTES_SUB) n = (int64_t)sizeof(Bytes) + ((Bytes *)h)->len + 1;
    else if (t->flags & TF_TUPLE_SUB) n = (int64_t)sizeof(Tuple) + ((Tuple *)h)->len * (int64_t)sizeof(Value);
    else if (t->flags & TF_LIST_SUB) n = (int64_t)sizeof(List) + ((List *)h)->cap * (int64_t)sizeof(Value);
    else if (t->flags & TF_DICT_SUB)
        n = (int64_t)sizeof(Dict) + ((Dict *)h)->cap * (int64_t)sizeof(DictEntry) +
            (((Dict *)h)->log2size ? ((int64_t)4 << ((Dict *)h)->log2size) : 0);
    else if (type_is_subtype(t, r->t_set) || type_is_subtype(t, r->t_frozenset))
        n = (int64_t)sizeof(Set) + (((Set *)h)->table ? (((Set *)h)->mask + 1) * (int64_t)sizeof(SetEntry) : 0);
    return int_from_i64(r, n);
}

/* __getstate__, __reduce__ and __reduce_ex__ are written in Python, in the
 * copyreg module (src/modules/py/copyreg.py), imported on first use. */
static Value object_copyreg_call(Realm *r, const char *fn, Value *args, size_t nargs) {
    return op_call(r, op_getattr(r, modules_import(r, "copyreg"), str_intern_cstr(r, fn)), args, nargs, V_NULL);
}
static Value object_getstate_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__getstate__", nargs, kw, 1, 1);
    return object_copyreg_call(r, "_getstate", args, 1);
}
static Value object_reduce_ex_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__reduce_ex__", nargs, kw, 2, 2);
    Value proto = num_index(r, args[1]);
    /* a class's own __reduce__ wins, as in CPython */
    Value own = type_lookup(r, v_type(r, args[0]), str_intern_cstr(r, "__reduce__"));
    Value base = dict_get_cstr(r, r->t_object->dict, "__reduce__");
    if (own != V_NULL && own != base) return op_call_special(r, args[0], str_intern_cstr(r, "__reduce__"), NULL, 0);
    Value a[2] = {args[0], proto};
    return object_copyreg_call(r, "_reduce", a, 2);
}
static Value object_reduce_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__reduce__", nargs, kw, 1, 1);
    Value a[2] = {args[0], v_small(0)};
    return object_copyreg_call(r, "_reduce", a, 2);
}

static const MethodDef object_methods[] = {
    {"__getstate__", object_getstate_m, 0},
    {"__reduce__", object_reduce_m, 0},
    {"__reduce_ex__", object_reduce_ex_m, 0},
    {"__sizeof__", object_sizeof_m, 0},
    {"__init__", object_init_m, 0},
    {"__subclasshook__", object_subclasshook_m, NF_CLASSMETHOD},
    {"__new__", object_new_m, NF_STATICMETHOD},
    {"__repr__", object_repr_m, 0},
    {"__str__", object_str_m, 0},
    {"__hash__", object_hash_m, 0},
    {"__eq__", object_eq_m, 0},
    {"__ne__", object_ne_m, 0},
    {"__lt__", object_notimpl_m, 0},
    {"__le__", object_notimpl_m, 0},
    {"__gt__", object_notimpl_m, 0},
    {"__ge__", object_notimpl_m, 0},
    {"__getattribute__", object_getattribute_m, 0},
    {"__setattr__", object_setattr_m, 0},
    {"__delattr__", object_delattr_m, 0},
    {"__format__", object_format_m, 0},
    {"__init_subclass__", object_init_subclass_m, NF_CLASSMETHOD},
    {"__dir__", object_dir_m, 0},
    {NULL, NULL, 0},
};
static const GetSetDef object_getsets[] = {
    {"__class__", object_class_get, object_class_set},
    {NULL, NULL, NULL},
};
static const GetSetDef instance_getsets[] = {
    {"__dict__", object_dict_get, object_dict_set},
    {NULL, NULL, NULL},
};

void object_init_type(Realm *r) {
    Type *t = r->t_object;
    t->flags |= TF_BASETYPE;
    t->basicsize = sizeof(Obj) + sizeof(Value);   /* room for a free-list link */
    t->new_ = object_new;
    t->init = object_init;
    t->getattr = obj_generic_getattr;
    t->setattr = obj_generic_setattr;
    t->repr = object_repr;
    t->str = object_str;
    t->hash = object_hash;
    t->richcmp = object_richcmp;
    type_add_methods(r, t, object_methods);
    type_add_getsets(r, t, object_getsets);
}

/* __dict__ for classes written in Python: added to each new class's dict by
 * type_new_class through this helper. */
void object_add_dict_descr(Realm *r, Type *t) {
    type_add_getsets(r, t, instance_getsets);
}
