/* objects: the C interface of every built-in type.  One .c file per type in
 * src/objects/ implements the functions declared in its section here and a
 * `<type>_init_type(Realm *r)` that fills the realm's Type object (slots and
 * methods) during realm creation.  All functions may raise unless noted. */
#ifndef ASP_OBJECTS_H
#define ASP_OBJECTS_H

#include <stdarg.h>
#include "core/realm.h"

/* ---- argument checking for native functions (src/core/args.c) ---- */
/* Methods receive self as args[0] (nargs includes it).
 * arg_parse matches args/kwnames against parameter names (a NULL-terminated
 * list; the first `nposonly` are positional-only; a "*" entry starts the
 * keyword-only ones) and stores each into out[i] (V_NULL when not given).
 * The first `nrequired` parameters must be given.  Raises TypeError with
 * CPython's wording ("f() takes at most 2 arguments (3 given)", "f() got an
 * unexpected keyword argument 'x'", "f() missing required argument 'x' (pos 1)"). */
void arg_parse(Realm *r, const char *fname, const Value *args, size_t nargs, Value kwnames,
               size_t nposonly, size_t nrequired, const char *const *names, Value *out);
/* Only positional arguments, between min and max of them (kwnames must be V_NULL). */
void arg_count(Realm *r, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max);

/* ---- type objects (typeobj.c) ---- */
void type_bootstrap(Realm *r);
void type_add_slot_wrappers(Realm *r, Type *t);   /* slotwrap.c */
Value member_new(Realm *r, Type *owner, Value name, uint32_t offset);   /* descr.c */
/* Makes a built-in type object (bases: its base's chain). */
Type *type_new_builtin(Realm *r, const char *name, Type *base, size_t basicsize, uint32_t flags);
/* Adds methods / getsets to a type's dict. */
void type_add_methods(Realm *r, Type *t, const MethodDef *defs);
void type_add_getsets(Realm *r, Type *t, const GetSetDef *defs);
/* GetSetDef setter of read-only members: raises AttributeError('readonly attribute') */
void getset_readonly(Realm *r, Value self, Value v);   /* descr.c */
/* Looks name up along the MRO; V_NULL if absent.  No descriptor binding. */
Value type_lookup(Realm *r, Type *t, Value name);
bool type_is_subtype(Type *a, Type *b);
uint64_t obj_masked_addr(Realm *r, Value v);
void type_check_new_safe(Realm *r, Type *owner, NewFn owner_new, Type *t);
/* type(name, bases, dict) and class statements. */
Value type_new_class(Realm *r, Type *meta, Value name, Value bases, Value dict, Value kwnames_dict);
void type_modified(Realm *r, Type *t);   /* bump versions, refresh slots */

/* ---- object (object.c) ---- */
Value obj_generic_getattr(Realm *r, Value o, Value name);            /* V_NULL: absent */
void obj_generic_setattr(Realm *r, Value o, Value name, Value v);
Value obj_new_instance(Realm *r, Type *t);
Value *obj_dict_ptr(Realm *r, Value o);   /* address of the __dict__ slot or NULL */

/* ---- str (str.c) ---- */
Value str_new_latin1(Realm *r, const uint8_t *data, size_t len);
Value str_new_ucs4(Realm *r, const uint32_t *cps, size_t len);   /* narrows when possible */
Value str_from_utf8(Realm *r, const char *data, size_t len);      /* surrogates as 3-byte sequences allowed; invalid -> UnicodeDecodeError */
Value str_from_cstr(Realm *r, const char *s);                     /* ASCII/UTF-8 C string */
Value str_intern(Realm *r, Value s);
Value str_intern_cstr(Realm *r, const char *s);
/* Returns UTF-8 (NUL-terminated) for s; for ASCII strings the string's own
 * data, otherwise a new bytes object's data kept alive by *keep.
 * Lone surrogates become 3-byte sequences. */
const char *str_utf8(Realm *r, Value s, size_t *len);
static inline uint32_t str_char(const Str *s, int64_t i) {
    return s->kind == 1 ? s->data[i] : ((const uint32_t *)s->data)[i];
}
int64_t str_hash(Realm *r, Value s);
bool str_eq(Value a, Value b);              /* both str; never raises */
int str_cmp(Value a, Value b);              /* <0, 0, >0 by code points */
Value str_concat(Realm *r, Value a, Value b);
Value str_repr(Realm *r, Value s);
/* printf-like formatting into a new str; see err_format for the directives. */
Value str_format(Realm *r, const char *fmt, ...);
Value str_vformat(Realm *r, const char *fmt, va_list ap);
/* Incremental building of a str. */
typedef struct StrBuf { Realm *r; uint8_t kind; int64_t len, cap; uint8_t *data; } StrBuf;
void strbuf_init(Realm *r, StrBuf *b);
void strbuf_add_ascii(StrBuf *b, const char *s, size_t n);
void strbuf_add_cstr(StrBuf *b, const char *s);      /* UTF-8 */
void strbuf_add_char(StrBuf *b, uint32_t cp);
void strbuf_add_str(StrBuf *b, Value s);
Value strbuf_finish(StrBuf *b);                       /* frees the buffer */
void strbuf_discard(StrBuf *b);
/* %-formatting (str % args) and str.format / format(v, spec). */
Value str_percent(Realm *r, Value fmt, Value args);
Value obj_format(Realm *r, Value v, Value spec);     /* format(v, spec) */

/* ---- the format mini-language (format.c) ---- */
/* [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type] */
typedef struct FormatSpec {
    uint32_t fill;        /* code point, default ' ' */
    char align;           /* '<', '>', '=', '^' or 0 (unspecified) */
    char sign;            /* '+', '-', ' ' or 0 */
    bool z, alt, zero;
    int64_t width;        /* -1: none */
    char grouping;        /* ',', '_' or 0 */
    int64_t precision;    /* -1: none */
    uint32_t type;        /* presentation type code point or 0 */
} FormatSpec;
/* Parses spec (a str); ValueError as CPython on malformed specs. */
void fmt_parse_spec(Realm *r, Value spec, FormatSpec *out);
/* The same, naming type(obj) in "Invalid format specifier '...' for object of
 * type 'T'" as CPython does (fmt_parse_spec omits the type).  The '0' flag
 * without an explicit fill sets fill = '0' and zero = true and leaves align 0. */
void fmt_parse_spec_for(Realm *r, Value spec, Value obj, FormatSpec *out);
/* Pads/aligns an already formatted body (sign handled by the caller through
 * `sign_len` leading characters of body, which '=' alignment keeps in front). */
Value fmt_align(Realm *r, const FormatSpec *f, Value body, int64_t sign_len, char default_align);
/* Digits (n of them, then padding zeros) that a number grouped every g
 * digits needs so that digits plus separators reach min_width: the least
 * k >= n with k + (k - 1) / g >= min_width, found in O(g) steps whatever
 * min_width is (a width in a format spec may be huge). */
size_t fmt_group_digits_for_width(size_t n, size_t g, size_t min_width);
Value int_format(Realm *r, Value v, const FormatSpec *f);     /* in int.c */
Value float_format(Realm *r, double d, const FormatSpec *f);  /* in float.c */
Value str_format_spec(Realm *r, Value s, const FormatSpec *f);/* in format.c */

/* ---- bytes (bytes.c) ---- */
Value bytes_new(Realm *r, const uint8_t *data, size_t len);
Value bytes_alloc(Realm *r, size_t len);   /* uninitialised contents, for filling */

/* ---- int (int.c): small ints inline, BigInt beyond ---- */
Value int_from_i64(Realm *r, int64_t i);
Value int_from_u64(Realm *r, uint64_t u);
Value int_from_double(Realm *r, double d);   /* truncates; OverflowError/ValueError for inf/nan */
/* digits without underscores, base 2..36; ValueError on bad text */
Value int_from_text(Realm *r, const char *s, size_t len, int base);
bool int_check(Realm *r, Value v);           /* int or subclass (bool too) */
bool int_to_i64(Realm *r, Value v, int64_t *out);   /* false if it does not fit */
int64_t int_as_i64(Realm *r, Value v);       /* OverflowError if it does not fit */
int64_t int_as_ssize(Realm *r, Value v);     /* for indexes: "cannot fit 'int' into an index-sized integer" */
double int_as_double(Realm *r, Value v);     /* OverflowError: int too large to convert to float */
Value int_to_str(Realm *r, Value v, int base);  /* with 0x/0o/0b prefix for 16/8/2 */
int int_sign(Realm *r, Value v);
int int_compare(Realm *r, Value a, Value b);     /* both ints */
int64_t int_hash(Realm *r, Value v);
Value int_add(Realm *r, Value a, Value b);   /* both ints (bool allowed) */
Value int_sub(Realm *r, Value a, Value b);
Value int_mul(Realm *r, Value a, Value b);
Value int_floordiv(Realm *r, Value a, Value b);
Value int_mod(Realm *r, Value a, Value b);
Value int_neg(Realm *r, Value a);
/* Value -> int via __index__ (TypeError otherwise). */
Value num_index(Realm *r, Value v);

/* ---- float (float.c) ---- */
bool float_check(Realm *r, Value v);
double float_as_double(Realm *r, Value v);   /* float, int, or __float__/__index__ */
int64_t float_hash(double d);
Value float_repr(Realm *r, double d);

/* ---- complex (complex.c) ---- */
Value complex_new(Realm *r, double re, double im);

/* ---- tuple (tuple.c) ---- */
Value tuple_new(Realm *r, size_t n);          /* items V_NONE-initialised... set them before use */
Value tuple_from_array(Realm *r, const Value *v, size_t n);
Value tuple_pack(Realm *r, size_t n, ...);
static inline Tuple *tuple_ptr(Value v) { return (Tuple *)v_obj(v); }
/* Instances of Python subclasses of tuple: the t->basicsize - sizeof(Tuple)
 * bytes a subclass adds are allocated after the items (from this offset), so
 * the block's last word (DICTOFFSET_AT_END) never overlaps an item. */
size_t tuple_tail_offset(Value t);

/* ---- list (list.c) ---- */
Value list_new(Realm *r, size_t n);           /* n items set to V_NONE */
Value list_from_array(Realm *r, const Value *v, size_t n);
void list_append(Realm *r, Value list, Value v);
void list_extend(Realm *r, Value list, Value iterable);
Value list_to_tuple(Realm *r, Value list);
void list_sort(Realm *r, Value list, Value key, bool reverse);   /* key: V_NONE for none */
static inline List *list_ptr(Value v) { return (List *)v_obj(v); }

/* ---- dict (dict.c) ---- */
Value dict_new(Realm *r);
Value dict_get(Realm *r, Value d, Value key);          /* V_NULL if absent */
Value dict_get_str(Realm *r, Value d, Value key);      /* key is an interned or any str: fast path, never raises */
Value dict_get_cstr(Realm *r, Value d, const char *key);
void dict_set(Realm *r, Value d, Value key, Value v);
void dict_set_cstr(Realm *r, Value d, const char *key, Value v);
bool dict_del(Realm *r, Value d, Value key);           /* false if absent */
void dict_update(Realm *r, Value d, Value other);      /* mapping or iterable of pairs */
Value dict_copy(Realm *r, Value d);
int64_t dict_len(Value d);
int64_t dict_index_str(Realm *r, Value d, Value key);   /* entry position or -1; never raises */
/* Iteration over live entries: pos starts at 0. */
bool dict_next(Value d, int64_t *pos, Value *key, Value *value);

/* ---- types.UnionType (union.c) ---- */
Value union_type_or(Realm *r, Value a, Value b);   /* the nb_or slot of type, GenericAlias, UnionType */
Value union_args(Realm *r, Value v);               /* the members tuple, or V_NULL if v is no union */

/* ---- set (set.c) ---- */
Value set_new(Realm *r, Type *t);             /* t: set or frozenset (or subclass) */
void set_add(Realm *r, Value s, Value key);
int set_contains(Realm *r, Value s, Value key);
bool set_discard(Realm *r, Value s, Value key);
bool set_next(Value s, int64_t *pos, Value *key);
void set_update(Realm *r, Value s, Value iterable);

/* ---- range, slice (range.c, slice.c) ---- */
Value range_new(Realm *r, Value start, Value stop, Value step);
Value slice_new(Realm *r, Value start, Value stop, Value step);
/* Normalises a slice against a sequence length; returns the item count. */
int64_t slice_indices(Realm *r, Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step);

/* ---- functions and methods (func.c) ---- */
typedef struct Func {
    Obj hdr;
    Value code;           /* Code */
    Value globals;        /* dict */
    Value builtins;       /* dict */
    Value name, qualname, module, doc;
    Value defaults;       /* tuple or V_NULL */
    Value kwdefaults;     /* dict or V_NULL */
    Value closure;        /* tuple of cells or V_NULL */
    Value annotations;    /* dict or V_NULL */
    Value dict;           /* function attributes, or V_NULL */
} Func;
Value func_new(Realm *r, Value code, Value globals);
Value method_new(Realm *r, Value func, Value self);
Value native_new(Realm *r, const char *name, NativeFn fn, Value self);
Value cell_new(Realm *r, Value v);

/* ---- module (module.c) ---- */
Value module_new(Realm *r, Value name);

/* ---- exceptions (exceptions.c) ---- */
Value exc_new(Realm *r, Type *t, Value *args, size_t nargs);   /* instance with args */
Value exc_new_msg(Realm *r, Type *t, Value msg);               /* args = (msg,) */
void exceptions_init(Realm *r);   /* makes r->exc_types */
/* Traceback entries are appended as frames unwind: (code, instruction index). */
void exc_add_traceback(Realm *r, Value exc, Value code, uint32_t pc);
/* `raise e`: CPython's tracebacks are immutable chains, so raising again
 * starts a new head and leaves the old traceback as it was.  Ours is a list
 * that split() parts share with their group: copy it before it grows
 * (except* tells a re-raised part from a new raise by its identity). */
void exc_unshare_traceback(Realm *r, Value exc);
Value exc_traceback_view(Realm *r, Value entries, int64_t idx);   /* traceback object or None */
Value exc_traceback_entries(Realm *r, Value tb);
Value exc_traceback_summary(Realm *r, Value tb);
Value mappingproxy_new(Realm *r, Value mapping);   /* mappingproxy.c: a read-only view */   /* see exc_location_summary */
struct Code;
struct CodeLoc;
Value exc_location_summary(Realm *r, struct Code *c, const struct CodeLoc *loc);
bool exc_traceback_is_view(Realm *r, Value tb, Value entries, int64_t idx);
void exc_traceback_init_type(Realm *r);
/* except*: the part of exc matching type (None if none; a naked exception
 * is wrapped in ExceptionGroup('', (exc,))), the rest in *rest.  Raises
 * TypeError for an invalid type or an exception group type. */
Value exc_group_match(Realm *r, Value exc, Value type, Value *rest);
/* except*: what to raise at the end, from the caught orig and the list of
 * exceptions raised or re-raised in the handlers plus the unmatched rest
 * (CPython's _PyExc_PrepReraiseStar rules); None when nothing. */
Value exc_prep_reraise_star(Realm *r, Value orig, Value excs);
/* Formats "Traceback (most recent call last): ... Type: message" as CPython. */
Value exc_format(Realm *r, Value exc);
Value exc_format_chain(Realm *r, Value exc, bool chain);   /* chain false: without cause/context */
/* Line `line` of the source text kept by code object c (a str without its
 * newline), or None (struct Code is in vm/code.h). */
struct Code;
Value exc_source_line(Realm *r, struct Code *c, int64_t line);
/* "Type: message" and the notes (traceback.format_exception_only). */
Value exc_format_only(Realm *r, Value exc);
/* The candidate (a list of str) closest to name, as CPython's "Did you mean", or V_NULL. */
Value exc_suggest(Realm *r, Value cands, Value name);
/* The traceback and exception line as CPython's default unraisable hook
 * prints them (its C-level printer: no carets, no chained exceptions). */
Value exc_format_unraisable(Realm *r, Value exc);

/* ---- weak references (weakref.c) ---- */
Value weakref_proxy_new(Realm *r, Value ob, Value callback);   /* weakref.proxy */
int64_t weakref_count(Realm *r, Value ob);     /* weakref.getweakrefcount */
Value weakref_list(Realm *r, Value ob);        /* weakref.getweakrefs */
void weakref_add_attr(Realm *r, Type *t);      /* the __weakref__ descriptor of a class */

/* ---- iterators (iter.c) ---- */
Value seqiter_new(Realm *r, Value seq);          /* iterator over __getitem__ */
Value calliter_new(Realm *r, Value callable, Value sentinel);

/* ---- generators (src/vm/gen.c) ---- */
Value gen_send(Realm *r, Value gen, Value v);    /* V_NULL when it returned; the return value in r->gen_return... see gen.c */

/* ---- type aliases (typealias.c) ---- */
/* `type X = v`: name a str, compute the function evaluating v lazily,
 * module the defining module's name, params the tuple of type parameters. */
Value typealias_new(Realm *r, Value name, Value compute, Value module, Value params);
/* A type parameter of kind TYPEVAR_* (vm/opcodes.h); compute (or V_NULL)
 * evaluates lazily the bound, or the constraints tuple when constrained. */
Value typealias_typevar_new(Realm *r, int kind, Value name, Value compute, bool constrained);
/* PEP 696: compute is a function of no arguments evaluating tv's default. */
void typealias_typevar_set_default(Realm *r, Value tv, Value compute);
Value typealias_generic_base(Realm *r, Value params);   /* typing.Generic[params] */

/* ---- builtins module (src/modules/builtins.c) ---- */
void builtins_init(Realm *r);

/* ---- codecs (codec.c) ---- */
enum { CODEC_UTF8, CODEC_UTF8_SIG, CODEC_UTF16, CODEC_UTF16_LE, CODEC_UTF16_BE, CODEC_UTF32,
       CODEC_UTF32_LE, CODEC_UTF32_BE, CODEC_LATIN1, CODEC_ASCII, CODEC__COUNT };
/* The codec an encoding name (a str; V_NULL: utf-8) denotes, normalised and
 * aliased as CPython does; LookupError "unknown encoding: x" otherwise. */
int codec_lookup(Realm *r, Value encoding);
const char *codec_name(int codec);             /* codecs.lookup(...).name */
/* s (a str) encoded; errors: a str handler name or V_NULL (strict). */
Value codec_encode(Realm *r, int codec, Value s, Value errors);
/* The bytes object b decoded (errors as above). */
Value codec_decode(Realm *r, int codec, Value b, Value errors);
/* Error handlers: codecs.register_error / lookup_error and the built-in
 * handlers as functions (eh: 0 strict, 1 ignore, 2 replace, 3
 * backslashreplace, 4 xmlcharrefreplace, 5 namereplace, 6 surrogateescape,
 * 7 surrogatepass). */
void codec_register_error(Realm *r, Value name, Value fn);
Value codec_lookup_error(Realm *r, Value name, int *eh);  /* V_NULL for a built-in (*eh) */
const char *codec_error_name(int eh);
Value codec_apply_builtin_handler(Realm *r, int eh, Value exc);

/* One init function per type file, called by realm_new in dependency order. */
#define ASP_TYPE_INITS(X) \
    X(dict) X(str) X(tuple) X(object) X(list) X(bytes) X(int) X(float) X(complex) X(bool) X(none) \
    X(set) X(range) X(slice) X(func) X(module) X(type) X(memoryview) \
    X(iter) X(descr) X(gen) X(typealias) X(union) X(weakref) X(mappingproxy)
#define X(n) void n##_init_type(Realm *r);
ASP_TYPE_INITS(X)
#undef X

#endif
