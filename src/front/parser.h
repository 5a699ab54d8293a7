/* parser: Python 3.13 source text -> AST, by recursive descent.
 *
 * Pure: no I/O, no global state; all memory comes from the Arena (whose cap
 * bounds it).  Errors are returned, never thrown: parse_source() returns
 * NULL and fills *err (type, message and position as CPython 3.13's
 * SyntaxError has them).  Nesting depth is bounded by a counter, so hostile
 * input can neither overflow the C stack nor take quadratic time. */
#ifndef ASP_FRONT_PARSER_H
#define ASP_FRONT_PARSER_H

#include <stddef.h>
#include "front/arena.h"
#include "front/ast.h"

typedef enum { PARSE_EXEC, PARSE_EVAL, PARSE_SINGLE } ParseMode;

typedef struct ParseError {
    const char *type;      /* "SyntaxError", "IndentationError", "TabError", "MemoryError", "RecursionError" */
    const char *msg;       /* CPython's message text, e.g. "invalid syntax" */
    int lineno, offset, end_lineno, end_offset;  /* as SyntaxError's attributes: 1-based, offsets in characters; 0 = unknown */
    const char *text;      /* the source line (UTF-8, with its newline), or NULL */
    int incomplete;        /* 1 when the error comes from the input ending too
                            * early (open bracket, unterminated triple-quoted
                            * string, trailing backslash, block header with no
                            * block): more lines could make it valid, which a
                            * REPL uses to ask for them (CPython's codeop) */
} ParseError;

/* The trees parse_source returns are at most this many nodes deep (every
 * node counts, as in CPython, where deeper trees fail with RecursionError
 * during AST construction or compilation).  Consumers that recurse over the
 * tree may rely on it. */
#define PARSE_MAX_AST_DEPTH 9997

/* Strings in *err live in the arena (or are static): read them before
 * freeing it. */
AstMod *parse_source(Arena *a, const char *src, size_t len, const char *filename,
                     ParseMode mode, ParseError *err);

#endif
