/* exceptions: the built-in exception hierarchy (BaseException and the types
 * of ASP_EXCEPTIONS in realm.h), their attributes, str/repr, and the text of
 * an uncaught exception's traceback (exc_format, in exc_format.c).
 *
 * Layout: every exception is an `Exception` (object.h).  Families that carry
 * more attributes (AttributeError, NameError, ImportError, OSError,
 * SyntaxError, UnicodeError, BaseExceptionGroup) extend it with an array of
 * Values (ExcExt.f), as CPython's per-family structs do; the trace function
 * marks every Value from the Exception header to the end of the object, so a
 * subclass written in Python that adds __slots__ after them is traced too.
 * An extra field that was never set holds V_NULL and reads as None.
 *
 * Invariants:
 *  - Exception.args is always a tuple; traceback, cause, context and value
 *    are V_NONE when absent (never V_NULL once the object is made).
 *  - StopIteration.value and SystemExit.code live in Exception.value, where
 *    the VM reads them without an attribute lookup.
 *  - Notes (add_note) live in the instance __dict__ under '__notes__', as in
 *    CPython, so `e.__notes__ = [...]` and add_note see the same list;
 *    Exception.notes is left unused (V_NULL).
 *  - Exception.traceback is V_NONE or a list of (code, pc) tuples in the
 *    order the frames were left (innermost first); a raise of an exception
 *    that already has entries appends to them, as CPython's traceback chain
 *    grows when an exception object is raised again. */
#include <string.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "objects/exc_impl.h"
#include "vm/ops.h"
#include "vm/code.h"
#include "vm/frame.h"

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static inline bool is_str(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB); }
static inline bool is_tuple(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_TUPLE_SUB); }
static inline bool is_list(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_LIST_SUB); }
static inline bool is_dict(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_DICT_SUB); }
static inline Value or_none(Value v) { return v == V_NULL ? V_NONE : v; }

static bool has_kwargs(Value kwnames) {
    return kwnames != V_NULL && tuple_ptr(kwnames)->len > 0;
}

/* self of a method or getset of BaseException: must be an exception
 * (a descriptor taken from the class dict may be applied to anything). */
static Exception *exc_self(Realm *r, Value v, const char *what) {
    if (!exc_check(v))
        err_type(r, "descriptor '%s' requires a 'BaseException' object but received a '%T'", what, v);
    return (Exception *)v_obj(v);
}

/* self of a family attribute: must be an instance of the family's root. */
static ExcExt *exc_family(Realm *r, Value v, int e_index, const char *what) {
    Type *root = r->exc_types[e_index];
    if (!v_is_obj(v) || !type_is_subtype(v_obj(v)->type, root))
        err_type(r, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", what,
                 root->name, v);
    return (ExcExt *)v_obj(v);
}

/* Number of extra fields an object of type t carries. */
static size_t exc_nfields(Type *t) {
    size_t off = offsetof(ExcExt, f);
    return t->basicsize > off ? (t->basicsize - off) / sizeof(Value) : 0;
}

Value exc_field_get(Realm *r, Value exc, int e_index, int field) {
    if (!v_is_obj(exc) || !type_is_subtype(v_obj(exc)->type, r->exc_types[e_index])) return V_NONE;
    ExcExt *x = (ExcExt *)v_obj(exc);
    if ((size_t)field >= exc_nfields(v_obj(exc)->type)) return V_NONE;
    return or_none(x->f[field]);
}

void exc_field_set(Realm *r, Value exc, int e_index, int field, Value v) {
    if (!v_is_obj(exc) || !type_is_subtype(v_obj(exc)->type, r->exc_types[e_index])) return;
    if ((size_t)field >= exc_nfields(v_obj(exc)->type)) return;
    ((ExcExt *)v_obj(exc))->f[field] = v;
}

static void exc_trace(Realm *r, Obj *o) {
    Exception *e = (Exception *)o;
    Value v[] = {e->dict, e->args, e->traceback, e->cause, e->context, e->notes, e->value, e->tb_view};
    heap_mark_array(r, v, sizeof v / sizeof v[0]);
    size_t n = exc_nfields(o->type);
    if (n) heap_mark_array(r, ((ExcExt *)o)->f, n);
}

/* Keyword-only arguments of the families that take some (AttributeError
 * name/obj, NameError name, ImportError name/path/name_from), with CPython's
 * messages; positional arguments are left to BaseException. */
static void parse_kwonly(Realm *r, const char *fname, const Value *args, size_t nargs, Value kwnames,
                         const char *const *names, size_t nnames, Value *out) {
    for (size_t i = 0; i < nnames; i++) out[i] = V_NULL;
    if (kwnames == V_NULL) return;
    Tuple *kw = tuple_ptr(kwnames);
    if ((size_t)kw->len > nnames)
        err_type(r, "%s() takes at most %zu keyword argument%s (%zd given)", fname, nnames,
                 nnames == 1 ? "" : "s", (ptrdiff_t)kw->len);
    for (int64_t k = 0; k < kw->len; k++) {
        size_t len;
        const char *key = str_utf8(r, kw->items[k], &len);
        size_t i = 0;
        while (i < nnames && !(strlen(names[i]) == len && memcmp(names[i], key, len) == 0)) i++;
        if (i == nnames)
            err_type(r, "%s() got an unexpected keyword argument '%U'", fname, kw->items[k]);
        out[i] = args[nargs + (size_t)k];
    }
}

/* ------------------------------------------------------------------ */
/* BaseException                                                       */

static Value exc_alloc(Realm *r, Type *t, Value args) {
    Exception *e = (Exception *)heap_alloc(r, t, t->basicsize);
    e->args = args;
    e->traceback = V_NONE;
    e->cause = V_NONE;
    e->context = V_NONE;
    e->value = V_NONE;
    e->tb_view = V_NULL;
    return v_from_obj(e);
}

/* BaseException.__new__: stores the positional arguments; keywords are left
 * to __init__ (a subclass's __init__ may take some). */
static Value exc_base_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (!(t->flags & TF_EXC_SUB)) err_type(r, "BaseException.__new__(%s): %s is not a subtype of BaseException", t->name, t->name);
    Value a = nargs ? tuple_from_array(r, args, nargs) : r->empty_tuple;
    return exc_alloc(r, t, a);
}

/* BaseException.__init__(self, *args) */
static Value exc_base_init(Realm *r, Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1) err_type(r, "descriptor '__init__' of 'BaseException' object needs an argument");
    Exception *e = exc_self(r, args[0], "__init__");
    if (has_kwargs(kwnames)) err_type(r, "%s() takes no keyword arguments", e->hdr.type->name);
    e->args = nargs > 1 ? tuple_from_array(r, args + 1, nargs - 1) : r->empty_tuple;
    return V_NONE;
}

/* The short type name (after the last dot), as CPython's _PyType_Name. */
static const char *exc_short_name(Type *t) {
    const char *n = t->name, *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

static Value exc_repr(Realm *r, Value self) {
    Exception *e = exc_self(r, self, "__repr__");
    Tuple *a = tuple_ptr(e->args);
    if (a->len == 1) return str_format(r, "%s(%R)", exc_short_name(e->hdr.type), a->items[0]);
    return str_format(r, "%s%R", exc_short_name(e->hdr.type), e->args);
}

static Value exc_str(Realm *r, Value self) {
    Exception *e = exc_self(r, self, "__str__");
    Tuple *a = tuple_ptr(e->args);
    if (a->len == 0) return r->empty_str;
    if (a->len == 1) return op_str(r, a->items[0]);
    return op_str(r, e->args);
}

static Value exc_repr_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__repr__", nargs, kw, 1, 1);
    return v_type(r, args[0])->repr ? v_type(r, args[0])->repr(r, args[0]) : exc_repr(r, args[0]);
}
/* BaseException.__str__ must call the C str of the family the object
 * belongs to, not a Python override (super().__str__() reaches here). */
static Value exc_str_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__str__", nargs, kw, 1, 1);
    exc_self(r, args[0], "__str__");
    return exc_str(r, args[0]);
}

static void exc_set_tb(Realm *r, Value self, Value v);
static Value exc_with_traceback(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "with_traceback", nargs, kw, 2, 2);
    exc_self(r, args[0], "with_traceback");
    exc_set_tb(r, args[0], args[1]);
    return args[0];
}

/* The instance dict, made on first use. */
static Value exc_dict(Realm *r, Exception *e) {
    if (e->dict == V_NULL) {
        Value d = dict_new(r);
        e->dict = d;
    }
    return e->dict;
}

static Value exc_add_note(Realm *r, Value *args, size_t nargs, Value kw) {
    if (kw != V_NULL && tuple_ptr(kw)->len) err_type(r, "BaseException.add_note() takes no keyword arguments");
    if (nargs != 2) err_type(r, "BaseException.add_note() takes exactly one argument (%zu given)", nargs ? nargs - 1 : 0);
    Exception *e = exc_self(r, args[0], "add_note");
    if (!is_str(args[1])) err_type(r, "note must be a str, not '%T'", args[1]);
    Value d = exc_dict(r, e);
    Value name = str_intern_cstr(r, "__notes__");
    Value notes = dict_get(r, d, name);
    if (notes == V_NULL) {
        notes = list_new(r, 0);
        dict_set(r, d, name, notes);
    } else if (!is_list(notes)) {
        err_type(r, "Cannot add note: __notes__ is not a list");
    }
    list_append(r, notes, args[1]);
    return V_NONE;
}

static Value exc_get_args(Realm *r, Value self) { return exc_self(r, self, "args")->args; }
static void exc_set_args(Realm *r, Value self, Value v) {
    Exception *e = exc_self(r, self, "args");
    if (v == V_NULL) err_type(r, "args may not be deleted");
    if (v_is_obj(v) && v_obj(v)->type == r->t_tuple) { e->args = v; return; }
    Value l = list_new(r, 0);
    list_extend(r, l, v);
    e->args = list_to_tuple(r, l);
}
static Value exc_get_tb(Realm *r, Value self) {
    Exception *e = exc_self(r, self, "__traceback__");
    if (!is_list(e->traceback)) return V_NONE;
    if (!exc_traceback_is_view(r, e->tb_view, e->traceback, list_ptr(e->traceback)->len - 1))
        e->tb_view = exc_traceback_view(r, e->traceback, list_ptr(e->traceback)->len - 1);
    return e->tb_view;
}
static void exc_set_tb(Realm *r, Value self, Value v) {
    Exception *e = exc_self(r, self, "__traceback__");
    if (v == V_NULL) err_type(r, "__traceback__ may not be deleted");
    if (v != V_NONE && v_type(r, v) != r->t_traceback) err_type(r, "__traceback__ must be a traceback or None");
    e->traceback = v == V_NONE ? V_NONE : exc_traceback_entries(r, v);
}
static Value exc_get_cause(Realm *r, Value self) { return exc_self(r, self, "__cause__")->cause; }
static void exc_set_cause(Realm *r, Value self, Value v) {
    Exception *e = exc_self(r, self, "__cause__");
    if (v == V_NULL) err_type(r, "__cause__ may not be deleted");
    if (v != V_NONE && !exc_check(v)) err_type(r, "exception cause must be None or derive from BaseException");
    e->cause = v;
    e->suppress_context = true;
}
static Value exc_get_context(Realm *r, Value self) { return exc_self(r, self, "__context__")->context; }
static void exc_set_context(Realm *r, Value self, Value v) {
    Exception *e = exc_self(r, self, "__context__");
    if (v == V_NULL) err_type(r, "__context__ may not be deleted");
    if (v != V_NONE && !exc_check(v)) err_type(r, "exception context must be None or derive from BaseException");
    e->context = v;
}
static Value exc_get_suppress(Realm *r, Value self) {
    return v_bool(exc_self(r, self, "__suppress_context__")->suppress_context);
}
static void exc_set_suppress(Realm *r, Value self, Value v) {
    Exception *e = exc_self(r, self, "__suppress_context__");
    if (v == V_NULL) err_type(r, "can't delete numeric/char attribute");
    if (!v_is_bool(v)) err_type(r, "attribute value type must be bool");
    e->suppress_context = v == V_TRUE;
}
static Value exc_get_dict(Realm *r, Value self) { return exc_dict(r, exc_self(r, self, "__dict__")); }
static void exc_set_dict(Realm *r, Value self, Value v) {
    Exception *e = exc_self(r, self, "__dict__");
    if (v == V_NULL) err_type(r, "__dict__ may not be deleted");
    if (!is_dict(v)) err_type(r, "__dict__ must be set to a dictionary, not a '%T'", v);
    e->dict = v;
}

static const GetSetDef base_getsets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_tb, exc_set_tb},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__dict__", exc_get_dict, exc_set_dict},
    {NULL, NULL, NULL},
};

/* __new__ as a static method of the type dict: args[0] is the class. */
static Type *new_cls_arg(Realm *r, const char *owner, Value *args, size_t nargs) {
    if (nargs < 1) err_type(r, "%s.__new__(): not enough arguments", owner);
    if (!op_is_type(r, args[0]))
        err_type(r, "%s.__new__(X): X is not a type object (%T)", owner, args[0]);
    Type *t = (Type *)v_obj(args[0]);
    if (!(t->flags & TF_EXC_SUB))
        err_type(r, "%s.__new__(%s): %s is not a subtype of %s", owner, t->name, t->name, owner);
    return t;
}
static Value exc_base_new_m(Realm *r, Value *args, size_t nargs, Value kw) {
    Type *t = new_cls_arg(r, "BaseException", args, nargs);
    return exc_base_new(r, t, args + 1, nargs - 1, kw);
}

static const MethodDef base_methods[] = {
    {"__new__", exc_base_new_m, NF_STATICMETHOD},
    {"__init__", exc_base_init, 0},
    {"__repr__", exc_repr_m, 0},
    {"__str__", exc_str_m, 0},
    {"with_traceback", exc_with_traceback, 0},
    {"add_note", exc_add_note, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* StopIteration, SystemExit, KeyError                                 */

static Value stopiter_init(Realm *r, Value *args, size_t nargs, Value kw) {
    exc_base_init(r, args, nargs, kw);
    ((Exception *)v_obj(args[0]))->value = nargs > 1 ? args[1] : V_NONE;
    return V_NONE;
}
static Value systemexit_init(Realm *r, Value *args, size_t nargs, Value kw) {
    exc_base_init(r, args, nargs, kw);
    Exception *e = (Exception *)v_obj(args[0]);
    e->value = nargs == 1 ? V_NONE : nargs == 2 ? args[1] : e->args;
    return V_NONE;
}
static Value exc_get_value(Realm *r, Value self) { return or_none(exc_self(r, self, "value")->value); }
static void exc_set_value(Realm *r, Value self, Value v) {
    exc_self(r, self, "value")->value = or_none(v);
}
static const GetSetDef stopiter_getsets[] = {
    {"value", exc_get_value, exc_set_value}, {NULL, NULL, NULL},
};
static const GetSetDef systemexit_getsets[] = {
    {"code", exc_get_value, exc_set_value}, {NULL, NULL, NULL},
};

static Value keyerror_str(Realm *r, Value self) {
    Exception *e = exc_self(r, self, "__str__");
    if (tuple_ptr(e->args)->len == 1) return op_repr(r, tuple_ptr(e->args)->items[0]);
    return exc_str(r, self);
}

/* ------------------------------------------------------------------ */
/* generic getters/setters of the extra fields                         */

#define FIELD_ACCESSORS(fam, E, idx, nm) \
    static Value fam##_get_##nm(Realm *r, Value self) { \
        return or_none(exc_family(r, self, E_##E, #nm)->f[idx]); } \
    static void fam##_set_##nm(Realm *r, Value self, Value v) { \
        exc_family(r, self, E_##E, #nm)->f[idx] = or_none(v); }

/* AttributeError(name=, obj=) */
FIELD_ACCESSORS(attr, AttributeError, XF_ATTR_NAME, name)
FIELD_ACCESSORS(attr, AttributeError, XF_ATTR_OBJ, obj)
static Value attr_init(Realm *r, Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"name", "obj"};
    Value out[2];
    parse_kwonly(r, "AttributeError", args, nargs, kw, names, 2, out);
    exc_base_init(r, args, nargs, V_NULL);
    ExcExt *x = exc_family(r, args[0], E_AttributeError, "__init__");
    x->f[XF_ATTR_NAME] = or_none(out[0]);
    x->f[XF_ATTR_OBJ] = or_none(out[1]);
    return V_NONE;
}
static const GetSetDef attr_getsets[] = {
    {"name", attr_get_name, attr_set_name}, {"obj", attr_get_obj, attr_set_obj}, {NULL, NULL, NULL},
};

/* NameError(name=) */
FIELD_ACCESSORS(name, NameError, XF_NAME_NAME, name)
static Value nameerr_init(Realm *r, Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"name"};
    Value out[1];
    parse_kwonly(r, "NameError", args, nargs, kw, names, 1, out);
    exc_base_init(r, args, nargs, V_NULL);
    exc_family(r, args[0], E_NameError, "__init__")->f[XF_NAME_NAME] = or_none(out[0]);
    return V_NONE;
}
static const GetSetDef name_getsets[] = {
    {"name", name_get_name, name_set_name}, {NULL, NULL, NULL},
};

/* ImportError(*args, name=, path=, name_from=) */
FIELD_ACCESSORS(imp, ImportError, XF_IMP_MSG, msg)
FIELD_ACCESSORS(imp, ImportError, XF_IMP_NAME, name)
FIELD_ACCESSORS(imp, ImportError, XF_IMP_PATH, path)
FIELD_ACCESSORS(imp, ImportError, XF_IMP_NAME_FROM, name_from)
static Value import_init(Realm *r, Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"name", "path", "name_from"};
    Value out[3];
    parse_kwonly(r, "ImportError", args, nargs, kw, names, 3, out);
    exc_base_init(r, args, nargs, V_NULL);
    ExcExt *x = exc_family(r, args[0], E_ImportError, "__init__");
    x->f[XF_IMP_NAME] = or_none(out[0]);
    x->f[XF_IMP_PATH] = or_none(out[1]);
    x->f[XF_IMP_NAME_FROM] = or_none(out[2]);
    x->f[XF_IMP_MSG] = nargs == 2 ? args[1] : V_NONE;
    return V_NONE;
}
static Value import_str(Realm *r, Value self) {
    ExcExt *x = exc_family(r, self, E_ImportError, "__str__");
    if (x->f[XF_IMP_MSG] != V_NULL && x->f[XF_IMP_MSG] != V_NONE) return op_str(r, x->f[XF_IMP_MSG]);
    return exc_str(r, self);
}
static const GetSetDef import_getsets[] = {
    {"msg", imp_get_msg, imp_set_msg}, {"name", imp_get_name, imp_set_name},
    {"path", imp_get_path, imp_set_path}, {"name_from", imp_get_name_from, imp_set_name_from},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* OSError                                                             */

FIELD_ACCESSORS(os, OSError, XF_OS_ERRNO, errno)
FIELD_ACCESSORS(os, OSError, XF_OS_STRERROR, strerror)
FIELD_ACCESSORS(os, OSError, XF_OS_FILENAME, filename)
FIELD_ACCESSORS(os, OSError, XF_OS_FILENAME2, filename2)

/* errno -> subclass, for OSError(errno, strerror) (Linux numbering). */
static const struct { int err; int exc; } os_errno_map[] = {
    {11, E_BlockingIOError}, {114, E_BlockingIOError}, {115, E_BlockingIOError},
    {10, E_ChildProcessError}, {32, E_BrokenPipeError}, {108, E_BrokenPipeError},
    {103, E_ConnectionAbortedError}, {111, E_ConnectionRefusedError},
    {104, E_ConnectionResetError}, {17, E_FileExistsError}, {2, E_FileNotFoundError},
    {21, E_IsADirectoryError}, {20, E_NotADirectoryError}, {4, E_InterruptedError},
    {13, E_PermissionError}, {1, E_PermissionError}, {3, E_ProcessLookupError},
    {110, E_TimeoutError},
};

static Value oserror_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (t == EXC(r, OSError) && nargs >= 2 && nargs <= 5 && (v_is_int(args[0]) || v_is_bool(args[0]))) {
        int64_t en = v_is_bool(args[0]) ? args[0] == V_TRUE : v_as_small(args[0]);
        for (size_t i = 0; i < sizeof os_errno_map / sizeof os_errno_map[0]; i++)
            if (os_errno_map[i].err == en) { t = r->exc_types[os_errno_map[i].exc]; break; }
    }
    return exc_base_new(r, t, args, nargs, kwnames);
}
static Value oserror_new_m(Realm *r, Value *args, size_t nargs, Value kw) {
    Type *t = new_cls_arg(r, "OSError", args, nargs);
    return oserror_new(r, t, args + 1, nargs - 1, kw);
}

static Value oserror_init(Realm *r, Value *args, size_t nargs, Value kw) {
    exc_base_init(r, args, nargs, kw);
    ExcExt *x = exc_family(r, args[0], E_OSError, "__init__");
    size_t n = nargs - 1;
    if (n < 2 || n > 5) return V_NONE;
    x->f[XF_OS_ERRNO] = args[1];
    x->f[XF_OS_STRERROR] = args[2];
    Value filename = n >= 3 ? args[3] : V_NULL;
    if (filename != V_NULL && filename != V_NONE) {
        if (x->e.hdr.type == EXC(r, BlockingIOError) &&
            (v_is_int(filename) || int_check(r, filename) || v_is_float(filename))) {
            x->f[XF_OS_WRITTEN] = int_from_i64(r, int_as_ssize(r, num_index(r, filename)));
        } else {
            x->f[XF_OS_FILENAME] = filename;
            if (n == 5 && args[5] != V_NONE) x->f[XF_OS_FILENAME2] = args[5];
            x->e.args = tuple_from_array(r, args + 1, 2);
        }
    }
    return V_NONE;
}

static Value oserror_str(Realm *r, Value self) {
    ExcExt *x = exc_family(r, self, E_OSError, "__str__");
    Value en = or_none(x->f[XF_OS_ERRNO]), se = or_none(x->f[XF_OS_STRERROR]);
    if (x->f[XF_OS_FILENAME] != V_NULL) {
        if (x->f[XF_OS_FILENAME2] != V_NULL)
            return str_format(r, "[Errno %S] %S: %R -> %R", en, se, x->f[XF_OS_FILENAME],
                              x->f[XF_OS_FILENAME2]);
        return str_format(r, "[Errno %S] %S: %R", en, se, x->f[XF_OS_FILENAME]);
    }
    if (x->f[XF_OS_ERRNO] != V_NULL && x->f[XF_OS_STRERROR] != V_NULL)
        return str_format(r, "[Errno %S] %S", en, se);
    return exc_str(r, self);
}

static Value os_get_written(Realm *r, Value self) {
    ExcExt *x = exc_family(r, self, E_OSError, "characters_written");
    if (x->f[XF_OS_WRITTEN] == V_NULL)
        err_format(r, EXC(r, AttributeError), "characters_written");
    return x->f[XF_OS_WRITTEN];
}
static void os_set_written(Realm *r, Value self, Value v) {
    ExcExt *x = exc_family(r, self, E_OSError, "characters_written");
    if (v == V_NULL) {
        if (x->f[XF_OS_WRITTEN] == V_NULL)
            err_format(r, EXC(r, AttributeError), "characters_written");
        x->f[XF_OS_WRITTEN] = V_NULL;
        return;
    }
    x->f[XF_OS_WRITTEN] = int_from_i64(r, int_as_ssize(r, num_index(r, v)));
}

static const GetSetDef oserror_getsets[] = {
    {"errno", os_get_errno, os_set_errno}, {"strerror", os_get_strerror, os_set_strerror},
    {"filename", os_get_filename, os_set_filename}, {"filename2", os_get_filename2, os_set_filename2},
    {NULL, NULL, NULL},
};
static const GetSetDef blocking_getsets[] = {
    {"characters_written", os_get_written, os_set_written}, {NULL, NULL, NULL},
};
static const MethodDef oserror_methods[] = {
    {"__new__", oserror_new_m, NF_STATICMETHOD},
    {"__init__", oserror_init, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* SyntaxError                                                         */

FIELD_ACCESSORS(syn, SyntaxError, XF_SYN_MSG, msg)
FIELD_ACCESSORS(syn, SyntaxError, XF_SYN_FILENAME, filename)
FIELD_ACCESSORS(syn, SyntaxError, XF_SYN_LINENO, lineno)
FIELD_ACCESSORS(syn, SyntaxError, XF_SYN_OFFSET, offset)
FIELD_ACCESSORS(syn, SyntaxError, XF_SYN_TEXT, text)
FIELD_ACCESSORS(syn, SyntaxError, XF_SYN_END_LINENO, end_lineno)
FIELD_ACCESSORS(syn, SyntaxError, XF_SYN_END_OFFSET, end_offset)
FIELD_ACCESSORS(syn, SyntaxError, XF_SYN_PRINT_FILE_AND_LINE, print_file_and_line)

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno[, end_offset]])) */
static Value syntax_init(Realm *r, Value *args, size_t nargs, Value kw) {
    exc_base_init(r, args, nargs, kw);
    ExcExt *x = exc_family(r, args[0], E_SyntaxError, "__init__");
    size_t n = nargs - 1;
    if (n >= 1) x->f[XF_SYN_MSG] = args[1];
    if (n == 2) {
        Value l = list_new(r, 0);
        list_extend(r, l, args[2]);
        List *info = list_ptr(l);
        if (info->len < 4)
            err_type(r, "function takes at least 4 arguments (%zd given)", (ptrdiff_t)info->len);
        if (info->len > 6)
            err_type(r, "function takes at most 6 arguments (%zd given)", (ptrdiff_t)info->len);
        x->f[XF_SYN_FILENAME] = info->items[0];
        x->f[XF_SYN_LINENO] = info->items[1];
        x->f[XF_SYN_OFFSET] = info->items[2];
        x->f[XF_SYN_TEXT] = info->items[3];
        x->f[XF_SYN_END_LINENO] = info->len > 4 ? info->items[4] : V_NULL;
        x->f[XF_SYN_END_OFFSET] = info->len > 5 ? info->items[5] : V_NULL;
    }
    return V_NONE;
}

/* The last path component of a str (CPython's my_basename, '/' only). */
static Value path_basename(Realm *r, Value s) {
    Str *p = (Str *)v_obj(s);
    int64_t start = 0;
    for (int64_t i = 0; i < p->len; i++)   /* budget */
        if (str_char(p, i) == '/') start = i + 1;
    if (start == 0) return s;
    StrBuf b;
    strbuf_init(r, &b);
    for (int64_t i = start; i < p->len; i++) strbuf_add_char(&b, str_char((Str *)v_obj(s), i));
    return strbuf_finish(&b);
}

static Value syntax_str(Realm *r, Value self) {
    ExcExt *x = exc_family(r, self, E_SyntaxError, "__str__");
    Value filename = V_NULL;
    if (is_str(x->f[XF_SYN_FILENAME])) filename = path_basename(r, x->f[XF_SYN_FILENAME]);
    Value lineno = x->f[XF_SYN_LINENO];
    bool have_lineno = v_is_int(lineno) || (v_is_obj(lineno) && v_obj(lineno)->type == r->t_int);
    Value msg = or_none(x->f[XF_SYN_MSG]);
    if (filename == V_NULL && !have_lineno) return op_str(r, msg);
    if (filename != V_NULL && have_lineno)
        return str_format(r, "%S (%U, line %S)", msg, filename, lineno);
    if (filename != V_NULL) return str_format(r, "%S (%U)", msg, filename);
    return str_format(r, "%S (line %S)", msg, lineno);
}

static const GetSetDef syntax_getsets[] = {
    {"msg", syn_get_msg, syn_set_msg}, {"filename", syn_get_filename, syn_set_filename},
    {"lineno", syn_get_lineno, syn_set_lineno}, {"offset", syn_get_offset, syn_set_offset},
    {"text", syn_get_text, syn_set_text},
    {"end_lineno", syn_get_end_lineno, syn_set_end_lineno},
    {"end_offset", syn_get_end_offset, syn_set_end_offset},
    {"print_file_and_line", syn_get_print_file_and_line, syn_set_print_file_and_line},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* UnicodeError family                                                 */

FIELD_ACCESSORS(uni, UnicodeError, XF_UNI_ENCODING, encoding)
FIELD_ACCESSORS(uni, UnicodeError, XF_UNI_OBJECT, object)
FIELD_ACCESSORS(uni, UnicodeError, XF_UNI_START, start)
FIELD_ACCESSORS(uni, UnicodeError, XF_UNI_END, end)
FIELD_ACCESSORS(uni, UnicodeError, XF_UNI_REASON, reason)

static Value uni_arg_str(Realm *r, Value v, int pos) {
    if (!is_str(v)) err_type(r, "argument %d must be str, not %T", pos, v);
    return v;
}
static Value uni_arg_int(Realm *r, Value v) {
    return int_from_i64(r, int_as_ssize(r, num_index(r, v)));
}

static Value unidecode_init(Realm *r, Value *args, size_t nargs, Value kw) {
    exc_base_init(r, args, nargs, kw);
    ExcExt *x = exc_family(r, args[0], E_UnicodeError, "__init__");
    if (nargs - 1 != 5) err_type(r, "function takes exactly 5 arguments (%zu given)", nargs - 1);
    Value enc = uni_arg_str(r, args[1], 1);
    Value obj = args[2];
    if (v_is_obj(obj) && type_is_subtype(v_obj(obj)->type, r->t_bytearray))
        obj = op_call1(r, v_from_obj(r->t_bytes), obj);
    else if (!(v_is_obj(obj) && (v_obj(obj)->type->flags & TF_BYTES_SUB)))
        err_type(r, "a bytes-like object is required, not '%T'", obj);
    Value start = uni_arg_int(r, args[3]), end = uni_arg_int(r, args[4]);
    Value reason = uni_arg_str(r, args[5], 5);
    x->f[XF_UNI_ENCODING] = enc;
    x->f[XF_UNI_OBJECT] = obj;
    x->f[XF_UNI_START] = start;
    x->f[XF_UNI_END] = end;
    x->f[XF_UNI_REASON] = reason;
    return V_NONE;
}

static Value uniencode_init(Realm *r, Value *args, size_t nargs, Value kw) {
    exc_base_init(r, args, nargs, kw);
    ExcExt *x = exc_family(r, args[0], E_UnicodeError, "__init__");
    if (nargs - 1 != 5) err_type(r, "function takes exactly 5 arguments (%zu given)", nargs - 1);
    Value enc = uni_arg_str(r, args[1], 1);
    Value obj = uni_arg_str(r, args[2], 2);
    Value start = uni_arg_int(r, args[3]), end = uni_arg_int(r, args[4]);
    Value reason = uni_arg_str(r, args[5], 5);
    x->f[XF_UNI_ENCODING] = enc;
    x->f[XF_UNI_OBJECT] = obj;
    x->f[XF_UNI_START] = start;
    x->f[XF_UNI_END] = end;
    x->f[XF_UNI_REASON] = reason;
    return V_NONE;
}

static Value unitranslate_init(Realm *r, Value *args, size_t nargs, Value kw) {
    exc_base_init(r, args, nargs, kw);
    ExcExt *x = exc_family(r, args[0], E_UnicodeError, "__init__");
    if (nargs - 1 != 4) err_type(r, "function takes exactly 4 arguments (%zu given)", nargs - 1);
    Value obj = uni_arg_str(r, args[1], 1);
    Value start = uni_arg_int(r, args[2]), end = uni_arg_int(r, args[3]);
    Value reason = uni_arg_str(r, args[4], 4);
    x->f[XF_UNI_ENCODING] = V_NONE;
    x->f[XF_UNI_OBJECT] = obj;
    x->f[XF_UNI_START] = start;
    x->f[XF_UNI_END] = end;
    x->f[XF_UNI_REASON] = reason;
    return V_NONE;
}

/* "'\xe9'"-style escape of one code point for the encode/translate messages. */
static Value uni_char_escape(Realm *r, uint32_t c) {
    char buf[16];
    static const char hex[] = "0123456789abcdef";
    int n = 0, digits = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
    buf[n++] = '\\';
    buf[n++] = c <= 0xff ? 'x' : c <= 0xffff ? 'u' : 'U';
    for (int i = digits - 1; i >= 0; i--) buf[n++] = hex[(c >> (4 * i)) & 0xF];
    return str_new_latin1(r, (const uint8_t *)buf, (size_t)n);
}

static int64_t uni_obj_len(Value obj) {
    if (is_str(obj)) return ((Str *)v_obj(obj))->len;
    return ((Bytes *)v_obj(obj))->len;
}

/* Shared by the three: `verb` is "decode"/"encode"/"translate". */
static Value unicode_err_str(Realm *r, Value self, int kind) {
    ExcExt *x = exc_family(r, self, E_UnicodeError, "__str__");
    Value obj = x->f[XF_UNI_OBJECT];
    if (obj == V_NULL || x->f[XF_UNI_START] == V_NULL || x->f[XF_UNI_END] == V_NULL)
        return r->empty_str;
    int64_t start = int_as_i64(r, x->f[XF_UNI_START]), end = int_as_i64(r, x->f[XF_UNI_END]);
    Value reason = op_str(r, or_none(x->f[XF_UNI_REASON]));
    Value enc = kind == 2 ? V_NULL : op_str(r, or_none(x->f[XF_UNI_ENCODING]));
    if (kind == 0 && !(v_is_obj(obj) && (v_obj(obj)->type->flags & TF_BYTES_SUB)))
        err_type(r, "object attribute must be bytes");
    if (kind != 0 && !is_str(obj)) err_type(r, "object attribute must be unicode");
    int64_t len = uni_obj_len(obj);
    bool single = start >= 0 && start < len && end == start + 1;
    if (kind == 0) {   /* decode */
        if (single) {
            static const char hex[] = "0123456789abcdef";
            uint8_t byte = ((Bytes *)v_obj(obj))->data[start];
            char hb[3] = {hex[byte >> 4], hex[byte & 15], 0};
            return str_format(r, "'%U' codec can't decode byte 0x%s in position %lld: %U", enc, hb,
                              (long long)start, reason);
        }
        return str_format(r, "'%U' codec can't decode bytes in position %lld-%lld: %U", enc,
                          (long long)start, (long long)(end - 1), reason);
    }
    if (single) {
        Value ch = uni_char_escape(r, str_char((Str *)v_obj(obj), start));
        if (kind == 1)
            return str_format(r, "'%U' codec can't encode character '%U' in position %lld: %U", enc,
                              ch, (long long)start, reason);
        return str_format(r, "can't translate character '%U' in position %lld: %U", ch,
                          (long long)start, reason);
    }
    if (kind == 1)
        return str_format(r, "'%U' codec can't encode characters in position %lld-%lld: %U", enc,
                          (long long)start, (long long)(end - 1), reason);
    return str_format(r, "can't translate characters in position %lld-%lld: %U",
                      (long long)start, (long long)(end - 1), reason);
}
static Value unidecode_str(Realm *r, Value self) { return unicode_err_str(r, self, 0); }
static Value uniencode_str(Realm *r, Value self) { return unicode_err_str(r, self, 1); }
static Value unitranslate_str(Realm *r, Value self) { return unicode_err_str(r, self, 2); }

static const GetSetDef unicode_getsets[] = {
    {"encoding", uni_get_encoding, uni_set_encoding}, {"object", uni_get_object, uni_set_object},
    {"start", uni_get_start, uni_set_start}, {"end", uni_get_end, uni_set_end},
    {"reason", uni_get_reason, uni_set_reason}, {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* BaseExceptionGroup, ExceptionGroup                                  */

static Value group_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (has_kwargs(kwnames)) err_type(r, "%s() takes no keyword arguments", t->name);
    if (nargs != 2)
        err_type(r, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    if (!is_str(args[0]))
        err_type(r, "BaseExceptionGroup.__new__() argument 1 must be str, not %T", args[0]);
    Value seq = args[1];
    Type *st = v_type(r, seq);
    if (is_dict(seq) || (!st->getitem && !is_tuple(seq) && !is_list(seq)))
        err_type(r, "second argument (exceptions) must be a sequence");
    Value l = list_new(r, 0);
    list_extend(r, l, seq);
    Value excs = list_to_tuple(r, l);
    Tuple *et = tuple_ptr(excs);
    if (et->len == 0) err_value(r, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (int64_t i = 0; i < et->len; i++) {   /* budget */
        if (!exc_check(et->items[i]))
            err_value(r, "Item %lld of second argument (exceptions) is not an exception", (long long)i);
        if (!type_is_subtype(v_obj(et->items[i])->type, EXC(r, Exception))) nested_base = true;
    }
    if (t == EXC(r, ExceptionGroup)) {
        if (nested_base) err_type(r, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (t == EXC(r, BaseExceptionGroup)) {
        if (!nested_base) t = EXC(r, ExceptionGroup);
    } else if (nested_base && type_is_subtype(t, EXC(r, Exception))) {
        err_type(r, "Cannot nest BaseExceptions in '%s'", t->name);
    }
    Value self = exc_alloc(r, t, tuple_from_array(r, args, 2));
    ExcExt *x = (ExcExt *)v_obj(self);
    x->f[XF_GROUP_MSG] = args[0];
    x->f[XF_GROUP_EXCS] = excs;
    return self;
}
static Value group_new_m(Realm *r, Value *args, size_t nargs, Value kw) {
    Type *t = new_cls_arg(r, "BaseExceptionGroup", args, nargs);
    if (!type_is_subtype(t, EXC(r, BaseExceptionGroup)))
        err_type(r, "BaseExceptionGroup.__new__(%s): %s is not a subtype of BaseExceptionGroup",
                 t->name, t->name);
    return group_new(r, t, args + 1, nargs - 1, kw);
}
static Value group_init(Realm *r, Value *args, size_t nargs, Value kw) {
    return exc_base_init(r, args, nargs, kw);
}
static Value group_str(Realm *r, Value self) {
    ExcExt *x = exc_family(r, self, E_BaseExceptionGroup, "__str__");
    int64_t n = x->f[XF_GROUP_EXCS] != V_NULL ? tuple_ptr(x->f[XF_GROUP_EXCS])->len : 0;
    return str_format(r, "%S (%lld sub-exception%s)", or_none(x->f[XF_GROUP_MSG]), (long long)n,
                      n == 1 ? "" : "s");
}
static Value group_get_message(Realm *r, Value self) {
    return or_none(exc_family(r, self, E_BaseExceptionGroup, "message")->f[XF_GROUP_MSG]);
}
static Value group_get_exceptions(Realm *r, Value self) {
    return or_none(exc_family(r, self, E_BaseExceptionGroup, "exceptions")->f[XF_GROUP_EXCS]);
}

/* derive(excs): a group like self with other members. */
static Value group_derive(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "derive", nargs, kw, 2, 2);
    ExcExt *x = exc_family(r, args[0], E_BaseExceptionGroup, "derive");
    Value a[2] = {or_none(x->f[XF_GROUP_MSG]), args[1]};
    return op_call(r, v_from_obj(EXC(r, BaseExceptionGroup)), a, 2, V_NULL);
}

/* A split condition: a type, a tuple of types, or a predicate. */
enum { MATCH_TYPE, MATCH_CALLABLE, MATCH_LEAF_IDS };
static int group_match_kind(Realm *r, Value cond) {
    if (op_is_type(r, cond) && (((Type *)v_obj(cond))->flags & TF_EXC_SUB)) return MATCH_TYPE;
    if (is_tuple(cond)) {
        Tuple *t = tuple_ptr(cond);
        for (int64_t i = 0; i < t->len; i++)
            if (!(op_is_type(r, t->items[i]) && (((Type *)v_obj(t->items[i]))->flags & TF_EXC_SUB)))
                goto bad;
        return MATCH_TYPE;
    }
    if (v_type(r, cond)->call) return MATCH_CALLABLE;
bad:
    err_type(r, "expected an exception type, a tuple of exception types, or a callable (other than a class)");
}
static bool group_matches(Realm *r, Value exc, Value cond, int kind) {
    if (kind == MATCH_TYPE) return op_isinstance(r, exc, cond);
    if (kind == MATCH_LEAF_IDS) return set_contains(r, cond, int_from_u64(r, exc)) == 1;
    return op_truth(r, op_call1(r, cond, exc));
}

/* Copies the metadata CPython's split/subgroup carry over to derived groups. */
static void group_copy_meta(Realm *r, Value from, Value to) {
    if (!exc_check(to)) err_type(r, "derive must return an instance of BaseExceptionGroup");
    Exception *f = (Exception *)v_obj(from), *t = (Exception *)v_obj(to);
    t->traceback = f->traceback;
    if (is_list(f->traceback)) t->tb_view = exc_get_tb(r, from);   /* the same traceback object */
    t->cause = f->cause;
    t->context = f->context;
    t->suppress_context = f->suppress_context;
    if (f->dict != V_NULL) {
        Value notes = dict_get_cstr(r, f->dict, "__notes__");
        /* as CPython: each part gets its own copy of a notes sequence */
        if (notes != V_NULL && is_list(notes))
            notes = list_from_array(r, list_ptr(notes)->items, (size_t)list_ptr(notes)->len);
        else if (notes != V_NULL && is_tuple(notes))
            notes = list_from_array(r, tuple_ptr(notes)->items, (size_t)tuple_ptr(notes)->len);
        if (notes != V_NULL) dict_set_cstr(r, exc_dict(r, t), "__notes__", notes);
    }
}

/* Splits group g by cond into (match, rest), each V_NONE when empty.
 * Recursion follows the nesting of groups, bounded by the depth check. */
static void group_split_rec(Realm *r, Value g, Value cond, int kind, bool want_rest, Value *match,
                            Value *rest, int depth) {
    if (depth > 200) err_format(r, EXC(r, RecursionError), "maximum recursion depth exceeded");
    err_check_stack(r);
    *match = V_NONE;
    *rest = V_NONE;
    if (group_matches(r, g, cond, kind)) { *match = g; return; }
    if (!type_is_subtype(v_obj(g)->type, EXC(r, BaseExceptionGroup))) {
        if (want_rest) *rest = g;
        return;
    }
    ExcExt *x = (ExcExt *)v_obj(g);
    Value excs = x->f[XF_GROUP_EXCS];
    if (excs == V_NULL) { if (want_rest) *rest = g; return; }
    Value ml = list_new(r, 0), rl = list_new(r, 0);
    for (int64_t i = 0; i < tuple_ptr(excs)->len; i++) {   /* budget */
        Value m, re;
        group_split_rec(r, tuple_ptr(excs)->items[i], cond, kind, want_rest, &m, &re, depth + 1);
        if (m != V_NONE) list_append(r, ml, m);
        if (re != V_NONE) list_append(r, rl, re);
    }
    if (list_ptr(ml)->len > 0) {
        Value d = op_call_method(r, g, str_intern_cstr(r, "derive"), &ml, 1);
        group_copy_meta(r, g, d);
        *match = d;
    }
    if (want_rest && list_ptr(rl)->len > 0) {
        Value d = op_call_method(r, g, str_intern_cstr(r, "derive"), &rl, 1);
        group_copy_meta(r, g, d);
        *rest = d;
    }
}

static Value group_split(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "split", nargs, kw, 2, 2);
    exc_family(r, args[0], E_BaseExceptionGroup, "split");
    int kind = group_match_kind(r, args[1]);
    Value m, re;
    group_split_rec(r, args[0], args[1], kind, true, &m, &re, 0);
    return tuple_pack(r, 2, m, re);
}
static Value group_subgroup(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "subgroup", nargs, kw, 2, 2);
    exc_family(r, args[0], E_BaseExceptionGroup, "subgroup");
    int kind = group_match_kind(r, args[1]);
    Value m, re;
    group_split_rec(r, args[0], args[1], kind, false, &m, &re, 0);
    return m;
}

/* ---- except* (the VM's CHECK_EG_MATCH and PREP_RERAISE_STAR) ---- */

static bool exc_is_group(Realm *r, Value v) {
    return exc_check(v) && type_is_subtype(v_obj(v)->type, EXC(r, BaseExceptionGroup));
}

/* An except* type must be exception classes, none of them a group. */
static void eg_check_type(Realm *r, Value t) {
    static const char bad_msg[] = "catching classes that do not inherit from BaseException is not allowed";
    static const char eg_msg[] = "catching ExceptionGroup with except* is not allowed. Use except instead.";
    bool eg = false;
    if (is_tuple(t)) {
        Tuple *tp = tuple_ptr(t);
        for (int64_t i = 0; i < tp->len; i++) {
            Value x = tp->items[i];
            if (!op_is_type(r, x) || !(((Type *)v_obj(x))->flags & TF_EXC_SUB)) err_type(r, bad_msg);
        }
        for (int64_t i = 0; i < tp->len && !eg; i++)
            eg = type_is_subtype((Type *)v_obj(tp->items[i]), EXC(r, BaseExceptionGroup));
    } else {
        if (!op_is_type(r, t) || !(((Type *)v_obj(t))->flags & TF_EXC_SUB)) err_type(r, bad_msg);
        eg = type_is_subtype((Type *)v_obj(t), EXC(r, BaseExceptionGroup));
    }
    if (eg) err_type(r, eg_msg);
}

Value exc_group_match(Realm *r, Value exc, Value type, Value *rest) {
    eg_check_type(r, type);
    *rest = V_NONE;
    if (exc == V_NONE) return V_NONE;
    if (op_isinstance(r, exc, type)) {
        if (exc_is_group(r, exc)) return exc;
        /* a naked exception: wrapped as CPython does, args ("", (exc,));
         * BaseExceptionGroup's constructor picks ExceptionGroup when it can */
        Value a[2] = {str_intern_cstr(r, ""), tuple_pack(r, 1, exc)};
        return exc_new(r, EXC(r, BaseExceptionGroup), a, 2);
    }
    if (!exc_is_group(r, exc)) { *rest = exc; return V_NONE; }
    Value pair = op_call_method(r, exc, str_intern_cstr(r, "split"), &type, 1);
    /* a split() override may return anything (CPython 3.13.0 crashes then) */
    if (!is_tuple(pair))
        err_type(r, "%s.split must return a tuple, not %T", v_obj(exc)->type->name, pair);
    if (tuple_ptr(pair)->len != 2)
        err_type(r, "%s.split must return a 2-tuple, got tuple of size %lld", v_obj(exc)->type->name,
                 (long long)tuple_ptr(pair)->len);
    *rest = tuple_ptr(pair)->items[1];
    return tuple_ptr(pair)->items[0];
}

/* Adds the identities of the leaves of exc to the set ids (depth-bounded). */
static void eg_leaf_ids(Realm *r, Value exc, Value ids, int depth) {
    if (depth > 200) err_format(r, EXC(r, RecursionError), "maximum recursion depth exceeded");
    if (!exc_is_group(r, exc)) { set_add(r, ids, int_from_u64(r, exc)); return; }
    Value excs = ((ExcExt *)v_obj(exc))->f[XF_GROUP_EXCS];
    if (excs == V_NULL || !is_tuple(excs)) return;
    for (int64_t i = 0; i < tuple_ptr(excs)->len; i++)   /* budget: group size */
        eg_leaf_ids(r, tuple_ptr(excs)->items[i], ids, depth + 1);
}

/* Whether e carries orig's metadata: a part of orig made by split() and
 * re-raised by a bare `raise` (or left unmatched), not a new exception. */
static bool eg_same_meta(Value e, Value orig) {
    if (!exc_check(e) || !exc_check(orig)) return false;
    /* notes are not compared: CPython compares a field its notes never use */
    Exception *a = (Exception *)v_obj(e), *b = (Exception *)v_obj(orig);
    return a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

Value exc_prep_reraise_star(Realm *r, Value orig, Value excs) {
    if (!is_list(excs)) err_format(r, EXC(r, SystemError), "PREP_RERAISE_STAR: not a list");
    int64_t n = list_ptr(excs)->len;
    if (n == 0) return V_NONE;
    if (!exc_is_group(r, orig)) {
        /* a naked exception: only one handler can have run */
        return list_ptr(excs)->items[0];
    }
    Value raised = list_new(r, 0), reraised = list_new(r, 0);
    for (int64_t i = 0; i < list_ptr(excs)->len; i++) {   /* budget: list size */
        Value e = list_ptr(excs)->items[i];
        if (e == V_NONE) continue;
        list_append(r, eg_same_meta(e, orig) ? reraised : raised, e);
    }
    /* the re-raised parts, as the sub-group of orig holding their leaves */
    Value ids = set_new(r, r->t_set);
    for (int64_t i = 0; i < list_ptr(reraised)->len; i++)
        eg_leaf_ids(r, list_ptr(reraised)->items[i], ids, 0);
    Value rer_eg = V_NONE, unused = V_NONE;
    group_split_rec(r, orig, ids, MATCH_LEAF_IDS, false, &rer_eg, &unused, 0);
    if (list_ptr(raised)->len == 0) return rer_eg;
    Value keep = raised;
    if (rer_eg != V_NONE) list_append(r, keep, rer_eg);
    if (list_ptr(keep)->len == 1) return list_ptr(keep)->items[0];
    Value a[2] = {str_intern_cstr(r, ""), keep};
    return exc_new(r, EXC(r, BaseExceptionGroup), a, 2);
}

static const GetSetDef group_getsets[] = {
    {"message", group_get_message, NULL}, {"exceptions", group_get_exceptions, NULL},
    {NULL, NULL, NULL},
};
static const MethodDef group_methods[] = {
    {"__new__", group_new_m, NF_STATICMETHOD},
    {"__init__", group_init, 0},
    {"derive", group_derive, 0},
    {"split", group_split, 0},
    {"subgroup", group_subgroup, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* public API                                                          */

Value exc_new(Realm *r, Type *t, Value *args, size_t nargs) {
    if (!t->new_) err_type(r, "cannot create '%s' instances", t->name);
    Value self = t->new_(r, t, args, nargs, V_NULL);
    Type *st = v_type(r, self);
    if (!type_is_subtype(st, t) || !st->init) return self;
    Value buf[8];
    Value *a = buf;
    if (nargs + 1 > 8) a = tuple_ptr(tuple_new(r, nargs + 1))->items;
    a[0] = self;
    if (nargs) memcpy(a + 1, args, nargs * sizeof(Value));
    st->init(r, a, nargs + 1, V_NULL);
    return self;
}

Value exc_new_msg(Realm *r, Type *t, Value msg) {
    return exc_new(r, t, &msg, 1);
}

/* The bound local variables of frame f as a dict (f_locals). */
static Value frame_locals(Realm *r, Frame *f) {
    if (f->locals != V_NULL) return f->locals;
    Value d = dict_new(r);
    Code *c = f->code;
    if (!f->fast) return d;
    Tuple *vn = tuple_ptr(c->varnames);
    for (uint32_t i = 0; i < c->nlocals && (int64_t)i < vn->len; i++)
        if (f->fast[i] != V_NULL) dict_set(r, d, vn->items[i], f->fast[i]);
    Value groups[2] = {c->cellvars, c->freevars};
    uint32_t counts[2] = {c->ncells, c->nfree};
    uint32_t base = c->nlocals;
    for (int g = 0; g < 2; g++) {
        if (!v_is_obj(groups[g])) { base += counts[g]; continue; }
        Tuple *names = tuple_ptr(groups[g]);
        for (int64_t k = 0; k < names->len && k < (int64_t)counts[g]; k++) {
            Value cell = f->fast[base + (uint32_t)k];
            if (v_is_obj(cell) && v_obj(cell)->type == r->t_cell && ((Cell *)v_obj(cell))->v != V_NULL)
                dict_set(r, d, names->items[k], ((Cell *)v_obj(cell))->v);
        }
        base += counts[g];
    }
    return d;
}

/* "name 'x' is not defined" -> 'x' (for NameErrors made without name=). */
static Value name_from_message(Realm *r, Exception *e) {
    if (tuple_ptr(e->args)->len != 1 || !is_str(tuple_ptr(e->args)->items[0])) return V_NULL;
    Value msg = tuple_ptr(e->args)->items[0];
    Str *m = (Str *)v_obj(msg);
    static const char pre[] = "name '", post[] = "' is not defined";
    int64_t lp = (int64_t)sizeof pre - 1, lq = (int64_t)sizeof post - 1;
    if (m->len <= lp + lq) return V_NULL;
    for (int64_t i = 0; i < lp; i++) if (str_char(m, i) != (uint8_t)pre[i]) return V_NULL;
    for (int64_t i = 0; i < lq; i++) if (str_char(m, m->len - lq + i) != (uint8_t)post[i]) return V_NULL;
    StrBuf b;
    strbuf_init(r, &b);
    for (int64_t i = lp; i < m->len - lq; i++) strbuf_add_char(&b, str_char((Str *)v_obj(msg), i));
    return strbuf_finish(&b);
}

void exc_unshare_traceback(Realm *r, Value exc) {
    if (!exc_check(exc)) return;
    Exception *e = (Exception *)v_obj(exc);
    if (is_list(e->traceback) && list_ptr(e->traceback)->len > 0)
        e->traceback = list_from_array(r, list_ptr(e->traceback)->items, (size_t)list_ptr(e->traceback)->len);
}

void exc_add_traceback(Realm *r, Value exc, Value code, uint32_t pc) {
    if (!exc_check(exc)) return;
    Exception *e = (Exception *)v_obj(exc);
    bool first = !is_list(e->traceback) || list_ptr(e->traceback)->len == 0;
    if (!is_list(e->traceback)) {
        Value l = list_new(r, 0);
        e->traceback = l;
    }
    Value entry = tuple_pack(r, 2, code, int_from_i64(r, (int64_t)pc));
    list_append(r, e->traceback, entry);
    /* NameError/AttributeError: keep what the "Did you mean" suggestion of
     * the traceback needs from the raising frame, which is gone by then. */
    Frame *f = r->frame;
    if (!first || !f || v_from_obj(f->code) != code) return;
    Type *t = e->hdr.type;
    int fam = type_is_subtype(t, EXC(r, NameError)) ? E_NameError
            : type_is_subtype(t, EXC(r, AttributeError)) ? E_AttributeError : -1;
    if (fam < 0) return;
    if (fam == E_NameError && t == EXC(r, NameError) &&
        or_none(((ExcExt *)e)->f[XF_NAME_NAME]) == V_NONE) {
        Value nm = name_from_message(r, e);
        if (nm != V_NULL) ((ExcExt *)v_obj(exc))->f[XF_NAME_NAME] = nm;
    }
    if (fam == E_AttributeError) {
        /* only whether the frame's `self` is the object (EAFP code raises
         * AttributeError often: no snapshot of the locals here) */
        Value obj = ((ExcExt *)v_obj(exc))->f[XF_ATTR_OBJ];
        Value self = V_NULL;
        if (f->locals != V_NULL) {
            if (v_is_obj(f->locals) && (v_obj(f->locals)->type->flags & TF_DICT_SUB))
                self = dict_get_str(r, f->locals, NM(r, self));
        } else if (f->fast && v_is_obj(f->code->varnames)) {
            Tuple *vn = tuple_ptr(f->code->varnames);
            for (uint32_t i = 0; i < f->code->nlocals && (int64_t)i < vn->len; i++)
                if (is_str(vn->items[i]) && str_eq(vn->items[i], NM(r, self))) { self = f->fast[i]; break; }
        }
        ((ExcExt *)v_obj(exc))->f[XF_ATTR_FRAME] = v_bool(self != V_NULL && obj != V_NULL && self == obj);
        return;
    }
    Value snap = tuple_pack(r, 3, frame_locals(r, f), or_none(f->globals), or_none(f->builtins));
    ((ExcExt *)v_obj(exc))->f[XF_NAME_FRAME] = snap;
}

/* ------------------------------------------------------------------ */
/* creating the types                                                  */

/* Fills bases/mro/name and inherits the slots (realm.c). */

static const struct { const char *name, *base; } exc_table[] = {
#define X(n, b) {#n, #b},
    ASP_EXCEPTIONS(X)
#undef X
};

/* Per-family layout and behaviour, applied to the family's root type. */
static void exc_family_setup(Realm *r, int i, Type *t) {
    size_t nf = 0;
    switch (i) {
    case E_BaseException:
        t->trace = exc_trace;
        t->new_ = exc_base_new;
        t->init = exc_base_init;
        t->repr = exc_repr;
        t->str = exc_str;
        type_add_methods(r, t, base_methods);
        type_add_getsets(r, t, base_getsets);
        break;
    case E_StopIteration:
        t->init = stopiter_init;
        type_add_getsets(r, t, stopiter_getsets);
        break;
    case E_SystemExit:
        t->init = systemexit_init;
        type_add_getsets(r, t, systemexit_getsets);
        break;
    case E_KeyError:
        t->str = keyerror_str;
        break;
    case E_AttributeError:
        nf = XF_ATTR__COUNT;
        t->init = attr_init;
        type_add_getsets(r, t, attr_getsets);
        break;
    case E_NameError:
        nf = XF_NAME__COUNT;
        t->init = nameerr_init;
        type_add_getsets(r, t, name_getsets);
        break;
    case E_ImportError:
        nf = XF_IMP__COUNT;
        t->init = import_init;
        t->str = import_str;
        type_add_getsets(r, t, import_getsets);
        break;
    case E_OSError:
        nf = XF_OS__COUNT;
        t->new_ = oserror_new;
        t->init = oserror_init;
        t->str = oserror_str;
        type_add_getsets(r, t, oserror_getsets);
        type_add_methods(r, t, oserror_methods);
        break;
    case E_BlockingIOError:
        type_add_getsets(r, t, blocking_getsets);
        break;
    case E_SyntaxError:
        nf = XF_SYN__COUNT;
        t->init = syntax_init;
        t->str = syntax_str;
        type_add_getsets(r, t, syntax_getsets);
        break;
    case E_UnicodeError:
        nf = XF_UNI__COUNT;
        break;
    case E_UnicodeDecodeError:
        t->init = unidecode_init;
        t->str = unidecode_str;
        type_add_getsets(r, t, unicode_getsets);
        break;
    case E_UnicodeEncodeError:
        t->init = uniencode_init;
        t->str = uniencode_str;
        type_add_getsets(r, t, unicode_getsets);
        break;
    case E_UnicodeTranslateError:
        t->init = unitranslate_init;
        t->str = unitranslate_str;
        type_add_getsets(r, t, unicode_getsets);
        break;
    case E_BaseExceptionGroup:
        nf = XF_GROUP__COUNT;
        t->new_ = group_new;
        t->init = group_init;
        t->str = group_str;
        type_add_getsets(r, t, group_getsets);
        type_add_methods(r, t, group_methods);
        break;
    default:
        break;
    }
    if (nf) t->basicsize = (uint32_t)(offsetof(ExcExt, f) + nf * sizeof(Value));
}

void exceptions_init(Realm *r) {
    exc_traceback_init_type(r);
    size_t n = sizeof exc_table / sizeof exc_table[0];
    for (size_t i = 0; i < n; i++) {
        Type *base = r->t_object;
        for (size_t j = 0; j < i; j++)
            if (strcmp(exc_table[j].name, exc_table[i].base) == 0) { base = r->exc_types[j]; break; }
        if ((int)i == E_ExceptionGroup) base = EXC(r, BaseExceptionGroup);
        Type *t = type_new_builtin(r, exc_table[i].name, base, sizeof(Exception),
                                   TF_EXC_SUB | TF_BASETYPE);
        t->dictoffset = offsetof(Exception, dict);
        r->exc_types[i] = t;
        exc_family_setup(r, (int)i, t);
        realm_finish_type(r, t);
        if ((int)i == E_ExceptionGroup) {
            /* ExceptionGroup(BaseExceptionGroup, Exception): the layout and
             * slots come from BaseExceptionGroup; bases and MRO are CPython's
             * (set after finishing, which derives them from the base chain). */
            Type *beg = EXC(r, BaseExceptionGroup), *ex = EXC(r, Exception);
            t->bases = tuple_pack(r, 2, v_from_obj(beg), v_from_obj(ex));
            t->mro = tuple_pack(r, 5, v_from_obj(t), v_from_obj(beg), v_from_obj(ex),
                                v_from_obj(EXC(r, BaseException)), v_from_obj(r->t_object));
            type_modified(r, t);
        }
    }
}
