/* object: the object header, type objects and the layout of the built-in
 * objects that more than one file needs to see.
 *
 * Every heap object starts with an Obj header.  A Type holds C slots for the
 * operations the VM performs often (call, attribute access, arithmetic,
 * comparison, iteration, indexing) so that built-in types are reached without
 * a dictionary lookup; classes written in Python get slot functions that look
 * up and call the corresponding dunder method (see src/objects/typeobj.c).
 *
 * Conventions for every C function taking a Realm:
 *  - it may raise (longjmp, see error.h) unless its comment says otherwise;
 *  - "returns V_NULL" is a normal answer (not found / exhausted), never an
 *    error indication: errors are always raised.
 *  - objects held in C locals stay alive: the collector scans the C stack. */
#ifndef ASP_OBJECT_H
#define ASP_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "core/value.h"

typedef struct Realm Realm;
typedef struct Type Type;

typedef struct Obj {
    Type *type;
    uint32_t gc;      /* collector bits, see heap.c */
    uint32_t flags;   /* per-type use */
} Obj;

/* ---- slot signatures ---- */
/* Calls take positional arguments args[0..nargs) followed by one value per
 * name in kwnames (a tuple of str, or V_NULL when there are none). */
typedef Value (*NativeFn)(Realm *r, Value *args, size_t nargs, Value kwnames);
typedef Value (*CallFn)(Realm *r, Value callee, Value *args, size_t nargs, Value kwnames);
typedef Value (*NewFn)(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames);
typedef void (*TraceFn)(Realm *r, Obj *o);       /* mark children: heap_mark(r, v) */
typedef void (*FinalizeFn)(Realm *r, Obj *o);    /* free non-heap memory; never raises */
typedef Value (*UnaryFn)(Realm *r, Value a);
typedef Value (*BinaryFn)(Realm *r, Value a, Value b);
typedef Value (*GetattrFn)(Realm *r, Value o, Value name);          /* V_NULL: not found */
typedef void (*SetattrFn)(Realm *r, Value o, Value name, Value v);  /* v == V_NULL: delete */
typedef Value (*DescrGetFn)(Realm *r, Value descr, Value obj, Value type); /* obj V_NULL: class access */
typedef void (*DescrSetFn)(Realm *r, Value descr, Value obj, Value v);    /* v == V_NULL: delete */
typedef int64_t (*HashFn)(Realm *r, Value a);    /* never returns -1 */
typedef Value (*RichCmpFn)(Realm *r, Value a, Value b, int op);  /* may return NotImplemented */
typedef Value (*NextFn)(Realm *r, Value it);     /* V_NULL when exhausted (no StopIteration) */
typedef int64_t (*LenFn)(Realm *r, Value a);
typedef int (*ContainsFn)(Realm *r, Value container, Value item);
typedef int (*BoolFn)(Realm *r, Value a);
typedef void (*SetItemFn)(Realm *r, Value o, Value key, Value v);  /* v == V_NULL: delete */

enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary number slots.  As in CPython, a slot is tried with the operands in
 * source order whichever of them owns the slot: type(a)->nb[op](a, b), then
 * type(b)->nb[op](a, b); either may return NotImplemented. */
enum {
    NB_ADD, NB_SUB, NB_MUL, NB_MATMUL, NB_TRUEDIV, NB_FLOORDIV, NB_MOD, NB_POW,
    NB_LSHIFT, NB_RSHIFT, NB_AND, NB_OR, NB_XOR, NB__COUNT
};

/* type flags */
enum {
    TF_HEAPTYPE   = 1 << 0,   /* created by a class statement or type() */
    TF_BASETYPE   = 1 << 1,   /* may be subclassed */
    TF_INT_SUB    = 1 << 2,   /* int or a subclass: fast subclass tests */
    TF_STR_SUB    = 1 << 3,
    TF_TUPLE_SUB  = 1 << 4,
    TF_LIST_SUB   = 1 << 5,
    TF_DICT_SUB   = 1 << 6,
    TF_TYPE_SUB   = 1 << 7,
    TF_EXC_SUB    = 1 << 8,   /* BaseException or a subclass */
    TF_BYTES_SUB  = 1 << 9,
    TF_FLOAT_SUB  = 1 << 10,
    TF_ABSTRACT   = 1 << 11,
    TF_HAS_GETATTR = 1 << 12, /* class defines __getattr__ or __getattribute__ */
    TF_IMMUTABLE  = 1 << 13,  /* built-in type: attributes cannot be set */
    TF_WEAKREFABLE = 1 << 14, /* instances may be weakly referenced (CPython's tp_weaklistoffset) */
    TF_HAS_DEL    = 1 << 15,  /* a class written in Python defines __del__ */
};

/* dictoffset of subclasses of variable-size built-ins (str, bytes, tuple):
 * the __dict__ Value is the last word of the object's heap block, after
 * the variable part (see heap_dict_slot). */
#define DICTOFFSET_AT_END UINT32_MAX

struct Type {
    Obj hdr;
    const char *name;     /* tp_name (for heap types, the UTF-8 of name_str, kept by name_keep) */
    Value name_str;       /* __name__ */
    Value name_keep;      /* the object holding `name` for heap types */
    Value qualname;       /* __qualname__ */
    Type *base;           /* __base__: the base that determines the layout */
    Value bases;          /* __bases__ tuple */
    Value mro;            /* __mro__ tuple */
    Value dict;           /* the type's Dict */
    uint32_t flags;
    uint32_t version;     /* changes whenever this type's or a base's dict changes */
    uint32_t basicsize;   /* instance size in bytes */
    uint32_t dictoffset;  /* offset of the instance __dict__ Value, 0 = none */
    uint32_t values_start;  /* heap types: Values from here to basicsize are traced (slots, dict) */

    TraceFn trace;
    FinalizeFn finalize;
    NewFn new_;           /* type.__call__ calls new_ then init */
    NativeFn init;        /* args[0] is self */
    CallFn call;
    GetattrFn getattr;
    SetattrFn setattr;
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    UnaryFn repr, str;
    HashFn hash;          /* NULL: unhashable */
    RichCmpFn richcmp;
    UnaryFn iter;
    NextFn next;
    LenFn len;
    BinaryFn getitem;
    SetItemFn setitem;
    ContainsFn contains;
    BoolFn truth;
    BinaryFn nb[NB__COUNT];
    BinaryFn inb[NB__COUNT];  /* in-place forms; NULL: fall back to nb */
    UnaryFn neg, pos, invert, abs;
    UnaryFn index;        /* __index__: returns an int */
    UnaryFn to_int;       /* __int__ */
    UnaryFn to_float;     /* __float__: returns a float Value */
};

/* ---- layouts of built-in objects ---- */

/* weakref.ref and the proxies (src/objects/weakref.c).  The referent is not
 * traced: the collector clears it (sets NULL) when the referent is found
 * unreachable, before anything is freed.  All live weak references to one
 * referent form a chain (prev/next) kept in the heap's weak table, so that
 * the collector can find them (see heap.c); the chain pointers are not
 * traced either: a weak reference leaves its chain when it is freed. */
typedef struct WeakRef {
    Obj hdr;
    Obj *referent;            /* NULL: dead */
    Value callback;           /* V_NULL: none */
    int64_t hash;             /* -1: not computed yet */
    struct WeakRef *prev, *next;
    struct WeakRef *cb_next;  /* queue of weak references whose callback is due */
} WeakRef;

typedef struct Str {
    Obj hdr;
    int64_t len;          /* in code points */
    int64_t hash;         /* -1: not computed yet */
    uint8_t kind;         /* 1: latin-1 bytes, 4: uint32 code points */
    uint8_t ascii;        /* all code points < 128 (then data is also UTF-8) */
    uint8_t interned;
    uint8_t pad[5];
    uint8_t data[];       /* len*kind bytes + a NUL code unit */
} Str;

typedef struct Bytes {
    Obj hdr;
    int64_t len;
    int64_t hash;
    uint8_t data[];       /* len bytes + NUL */
} Bytes;

typedef struct Tuple {
    Obj hdr;
    int64_t len;
    Value items[];
} Tuple;

/* List hdr.flags: set whenever the item buffer is reallocated (list.sort
 * detects a list emptied and refilled by a key or __lt__ meanwhile). */
#define LIST_BUFFER_CHANGED 1u

typedef struct List {
    Obj hdr;
    int64_t len, cap;
    Value *items;         /* heap_raw buffer */
} List;

typedef struct DictEntry {
    Value key, value;     /* key V_NULL: deleted entry */
    int64_t hash;
} DictEntry;

/* Insertion-ordered dict: a sparse index table of int32/int64 slots
 * pointing into a dense entry array (as CPython's compact dict). */
typedef struct Dict {
    Obj hdr;
    int64_t used;         /* live entries */
    int64_t nentries;     /* entries in use, including deleted ones */
    int64_t cap;          /* entry capacity */
    uint8_t log2size;     /* index table size = 1 << log2size; 0: no table yet */
    uint8_t pad[7];
    uint64_t version;     /* bumped on every mutation (guards, iteration checks) */
    void *index;          /* int32_t or int64_t slots; -1 empty, -2 dummy */
    DictEntry *entries;
} Dict;

typedef struct SetEntry {
    Value key;            /* V_NULL: empty; r->dummy: deleted */
    int64_t hash;
} SetEntry;

typedef struct Set {      /* set and frozenset */
    Obj hdr;
    int64_t used;         /* live keys */
    int64_t fill;         /* live + dummies */
    int64_t mask;         /* table size - 1 */
    int64_t hash;         /* frozenset hash cache, -1 */
    SetEntry *table;
} Set;

typedef struct BigInt {   /* ints outside the small range; see int.c */
    Obj hdr;
    void *mp;             /* mp_int*, owned */
} BigInt;

typedef struct Complex { Obj hdr; double re, im; } Complex;

typedef struct Range { Obj hdr; Value start, stop, step, len; } Range;
typedef struct Slice { Obj hdr; Value start, stop, step; } Slice;
typedef struct Cell  { Obj hdr; Value v; } Cell;

typedef struct Module {
    Obj hdr;
    Value dict;
    Value name;
} Module;

/* An instance of a class written in Python (and of object()): the __dict__
 * Value sits at type->dictoffset; __slots__ values follow. */
typedef struct Instance {
    Obj hdr;
    Value dict;
    Value slots[];
} Instance;

typedef struct Method {   /* bound method */
    Obj hdr;
    Value func, self;
} Method;

/* A C function: builtins, methods of built-in types (self = args[0] when
 * called unbound), bound built-in methods (self set). */
typedef struct NativeFunc {
    Obj hdr;
    NativeFn fn;
    const char *name;
    Value self;           /* V_NULL when unbound */
    Value qualname_owner; /* the type for methods, else V_NULL */
    uint32_t flags;       /* NF_METHOD: binds like a function when got from an instance */
    const void *slot;     /* NF_SLOT: the C slot a dunder wrapper of a built-in type calls */
} NativeFunc;
enum { NF_METHOD = 1, NF_CLASSMETHOD = 2, NF_STATICMETHOD = 4, NF_SLOT = 8 };

/* The dispatcher of an NF_SLOT wrapper (see slotwrap.c): gets the C slot. */
typedef Value (*SlotCallFn)(Realm *r, const NativeFunc *f, Value *args, size_t nargs, Value kwnames);

/* Static tables that fill type dicts and modules at realm creation. */
typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    uint32_t flags;
} MethodDef;

/* A read-only or read-write attribute of a built-in type. */
typedef struct GetSetDef {
    const char *name;
    UnaryFn get;
    void (*set)(Realm *r, Value self, Value v);  /* NULL: read-only; v == V_NULL: delete */
} GetSetDef;

typedef struct GetSetDescr { Obj hdr; const GetSetDef *def; Type *owner; } GetSetDescr;

/* A __slots__ entry: the Value at `offset` in instances of `owner`. */
/* readonly: struct-sequence fields (sys.version_info.major ...): set and delete
 * raise AttributeError('readonly attribute'). */
typedef struct MemberDescr { Obj hdr; Value name; Type *owner; uint32_t offset; bool readonly; } MemberDescr;

typedef struct Property {
    Obj hdr;
    Value fget, fset, fdel, doc;
    Value name;           /* from __set_name__; V_NULL: fget's __name__ */
} Property;

typedef struct WrapperDescr { Obj hdr; Value callable; } WrapperDescr; /* classmethod, staticmethod */

typedef struct Exception {
    Obj hdr;
    Value dict;
    Value args;           /* tuple */
    Value traceback;      /* list of (code, line) frames, or V_NONE */
    Value cause, context; /* V_NONE when absent */
    Value notes;          /* V_NULL or list */
    Value value;          /* StopIteration.value, SystemExit.code, KeyError key ... */
    Value tb_view;        /* cached __traceback__ object (same object on each access) */
    bool suppress_context;
} Exception;

#endif
