/* symtable: the scopes of a module and the role of every name in each
 * (local, global explicit/implicit, free, cell), computed from the AST before
 * code generation, in the manner of CPython 3.11's symtable (comprehensions
 * are their own function scopes).
 *
 * Invariants: all memory comes from the compile arena (freed at once); the
 * walk is bounded by SYMTABLE_MAX_DEPTH nested nodes; errors are raised as
 * SyntaxError (longjmp) through symtable_error.  Names are mangled
 * (`__x` in a class -> `_Class__x`) before they are recorded, so the
 * compiler must mangle the same way (symtable_mangle) when it looks up. */
#ifndef ASP_FRONT_SYMTABLE_H
#define ASP_FRONT_SYMTABLE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "core/realm.h"
#include "front/arena.h"
#include "front/ast.h"

/* Nesting bound of the recursive walks (CPython 3.13 compiles 3000 nested
 * binary operators); err_check_stack guards the C stack besides. */
#define SYMTABLE_MAX_DEPTH 4000

/* ---- a small insertion-ordered hash map with byte-string keys ---- */
typedef struct SMapEnt {
    const char *key;
    size_t len;
    uint32_t hash;
    void *val;
    int64_t ival;
} SMapEnt;

typedef struct SMap {
    SMapEnt *ents;      /* dense, in insertion order */
    size_t n, cap;
    int32_t *index;     /* entry index + 1, 0 empty; size 1 << log2 */
    unsigned log2;
} SMap;

typedef struct CompCtx CompCtx;

SMapEnt *smap_get(const SMap *m, const char *key, size_t len);
/* Returns the entry for key, creating it (val NULL, ival 0) if absent;
 * *created says which.  The key is not copied: it must outlive the map. */
SMapEnt *smap_put(CompCtx *c, SMap *m, const char *key, size_t len, bool *created);

/* ---- symbols ---- */
enum {
    DEF_GLOBAL = 1,        /* global statement */
    DEF_LOCAL = 2,         /* assigned */
    DEF_PARAM = 4,
    DEF_NONLOCAL = 8,
    DEF_USE = 16,          /* read */
    DEF_FREE_CLASS = 32,   /* free in a method, bound in the class */
    DEF_IMPORT = 64,
    DEF_ANNOT = 128,
    DEF_COMP_ITER = 256,   /* comprehension iteration variable */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

typedef enum { SCOPE_NONE, SCOPE_LOCAL, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT,
               SCOPE_FREE, SCOPE_CELL } SymScope;

typedef struct Symbol {
    int flags;
    SymScope scope;
    /* location of the first global/nonlocal directive, for errors */
    int d_line, d_col, d_eline, d_ecol;
} Symbol;

typedef enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } BlockKind;

typedef struct Scope {
    BlockKind kind;
    const char *name;            /* "top", function/class name, "<lambda>", "<listcomp>", ... */
    const void *node;            /* the AST node that opened it */
    struct Scope *parent;
    SMap symbols;                /* name -> Symbol* (val) */
    const char **params;         /* parameter names in CPython's co_varnames order */
    size_t nparams, params_cap;
    struct Scope **children;
    size_t nchildren, children_cap;
    const char *private_name;    /* innermost enclosing class name (mangling), or NULL */
    int lineno, col, end_lineno, end_col;
    bool nested;                 /* inside a function */
    bool is_lambda, is_comprehension, is_generator, is_coroutine;
    bool is_type_params;         /* PEP 695 "<generic parameters of X>" scope (qualnames skip it) */
    const char *annotation_what; /* an annotation scope ("a TypeVar bound", "a type alias", ...),
                                    where yield, await and := are refused; else NULL */
    bool has_free, child_free;
    bool needs_class_closure;    /* class whose methods use __class__ / super */
    bool needs_classdict;        /* class whose annotation scopes read its namespace (__classdict__) */
    bool can_see_class_scope;    /* PEP 695 scope in a class body: free and global names are
                                    looked up in the class namespace first */
    bool has_varargs, has_varkw;
} Scope;

/* Shared state of one compilation (symtable + compiler). */
struct CompCtx {
    Realm *r;
    Arena *arena;
    Value filename, source;
    int mode;                    /* PARSE_EXEC / PARSE_EVAL / PARSE_SINGLE */
    Scope *top;
    SMap scope_of;               /* AST node pointer (as key bytes) -> Scope* */
    unsigned depth;              /* recursion guard */
};

/* Raises SyntaxError at the given AST position (lines 1-based, columns
 * 0-based UTF-8 byte offsets) with a message formatted like str_format. */
_Noreturn void symtable_error(CompCtx *c, int line, int col, int eline, int ecol,
                              const char *fmt, ...);
_Noreturn void symtable_too_deep(CompCtx *c);
void *symtable_alloc(CompCtx *c, size_t n);

/* Builds the scopes of mod (c->top) and resolves every name. */
void symtable_build(CompCtx *c, AstMod *mod);

Scope *symtable_lookup_scope(CompCtx *c, const void *node);
Symbol *symtable_symbol(Scope *s, const char *name, size_t len);
/* Scope of a (mangled) name in s; SCOPE_NONE if unknown. */
SymScope symtable_scope_of(Scope *s, const char *name, size_t len);
/* Mangled form of name inside a class called private_name (arena string). */
const char *symtable_mangle(CompCtx *c, const char *private_name, const char *name, size_t len,
                            size_t *out_len);
bool symtable_is_function_like(const Scope *s);

#endif
