/* code: compiled code objects, made only by the compiler (never from bytes). */
#ifndef ASP_CODE_H
#define ASP_CODE_H

#include "core/object.h"

enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_COROUTINE = 0x80,
    CO_ASYNC_GENERATOR = 0x200,
    CO_CLASS_BODY = 0x10000,   /* asp: runs with a locals dict (class body) */
    CO_MODULE = 0x20000,       /* asp: module or exec code: names via dicts */
};
/* asp: list/set/dict comprehension code, which CPython 3.13 inlines (PEP 709) */
#define CO_INLINED_COMP 0x40000

/* Source span of one instruction: tracebacks show line, carets use columns
 * (UTF-8 byte offsets, as in the AST). */
typedef struct CodeLoc { int32_t line, end_line, col, end_col; } CodeLoc;

typedef struct Code {
    Obj hdr;
    uint32_t *ops;        /* raw buffer */
    CodeLoc *locs;        /* one per instruction; raw buffer */
    uint32_t nops;
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags;
    uint32_t nlocals;     /* == len(varnames): parameters first, in order */
    uint32_t ncells, nfree;
    uint32_t stacksize;   /* max operand stack depth */
    uint32_t maxblocks;   /* max block stack depth */
    int32_t firstlineno;
    Value consts;         /* tuple */
    Value names;          /* tuple of interned str: globals, attributes, names */
    Value varnames;       /* tuple of str */
    Value cellvars, freevars;  /* tuples of str */
    Value name, qualname, filename;
    Value source;         /* the module's source text (str) for tracebacks, or V_NONE */
    void *caches;         /* VM inline caches, one per instruction, made lazily */
} Code;

#endif
