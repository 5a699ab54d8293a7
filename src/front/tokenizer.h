/* tokenizer: Python 3.13 source -> tokens, on demand (one tok_next() call per
 * token), so that a syntax error early in a file is reported before a
 * tokenizer error later in it, as CPython does.
 *
 * Input is the normalized source (see tok_normalize): UTF-8, '\n' line ends,
 * no BOM, NUL-terminated at len.  Columns are 0-based UTF-8 byte offsets.
 * F-strings follow PEP 701: FSTRING_START, FSTRING_MIDDLE (raw source text
 * of a literal piece, "{{" still doubled, escapes not decoded),
 * '{' expression tokens ['!' NAME] [':' spec...] '}', FSTRING_END.
 * Bounded: at most TOK_MAXINDENT indentation levels, TOK_MAXLEVEL nested
 * brackets, TOK_MAXFSTRING nested f-strings (each a clean error). */
#ifndef ASP_FRONT_TOKENIZER_H
#define ASP_FRONT_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "front/arena.h"

typedef enum TokType {
    T_ENDMARKER, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT,
    T_FSTRING_START, T_FSTRING_MIDDLE, T_FSTRING_END,
    /* operators */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_COLON, T_COMMA, T_SEMI, T_PLUS, T_MINUS,
    T_STAR, T_SLASH, T_VBAR, T_AMPER, T_LESS, T_GREATER, T_EQUAL, T_DOT,
    T_PERCENT, T_LBRACE, T_RBRACE, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL,
    T_GREATEREQUAL, T_TILDE, T_CIRCUMFLEX, T_LEFTSHIFT, T_RIGHTSHIFT,
    T_DOUBLESTAR, T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL, T_SLASHEQUAL,
    T_PERCENTEQUAL, T_AMPEREQUAL, T_VBAREQUAL, T_CIRCUMFLEXEQUAL,
    T_LEFTSHIFTEQUAL, T_RIGHTSHIFTEQUAL, T_DOUBLESTAREQUAL, T_DOUBLESLASH,
    T_DOUBLESLASHEQUAL, T_AT, T_ATEQUAL, T_RARROW, T_ELLIPSIS, T_COLONEQUAL,
    T_EXCLAMATION,
    T_ERRORTOKEN,   /* a character that starts no token ('$', '?', '`') */
    /* keywords (soft keywords match/case/type/_ stay T_NAME) */
    T_KW_FALSE, T_KW_NONE, T_KW_TRUE, T_KW_AND, T_KW_AS, T_KW_ASSERT, T_KW_ASYNC,
    T_KW_AWAIT, T_KW_BREAK, T_KW_CLASS, T_KW_CONTINUE, T_KW_DEF, T_KW_DEL,
    T_KW_ELIF, T_KW_ELSE, T_KW_EXCEPT, T_KW_FINALLY, T_KW_FOR, T_KW_FROM,
    T_KW_GLOBAL, T_KW_IF, T_KW_IMPORT, T_KW_IN, T_KW_IS, T_KW_LAMBDA,
    T_KW_NONLOCAL, T_KW_NOT, T_KW_OR, T_KW_PASS, T_KW_RAISE, T_KW_RETURN,
    T_KW_TRY, T_KW_WHILE, T_KW_WITH, T_KW_YIELD,
    T_COUNT
} TokType;

/* 32 bytes: the parser keeps every token, so size matters.  Offsets fit in
 * 32 bits because parse_source refuses sources of TOK_MAXSOURCE bytes or more. */
typedef struct Token {
    unsigned char type;                     /* a TokType */
    unsigned char level;                    /* bracket depth before the token (<= TOK_MAXLEVEL) */
    int lineno, col, end_lineno, end_col;   /* 1-based lines, 0-based byte columns */
    uint32_t start, end;                    /* byte offsets of the text in the source */
} Token;

#define TOK_MAXSOURCE ((size_t)0x7FFFFFFF)

enum { TOK_MAXINDENT = 100, TOK_MAXLEVEL = 200, TOK_MAXFSTRING = 150 };

/* One open f-string, or one open replacement field inside one. */
typedef struct TokMode {
    bool is_field;       /* false: the literal part of an f-string */
    bool in_spec;        /* field: scanning its format spec */
    bool raw;            /* f-string: rf"..." */
    char quote;          /* f-string: ' or " */
    int quote_len;       /* f-string: 1 or 3 */
    int level;           /* field: bracket level just after its '{' */
    int start_lineno;    /* f-string: where it started (for errors) */
    int start_col;
} TokMode;

typedef struct Tokenizer {
    const char *src;
    size_t len, pos;
    int lineno;
    size_t line_start;       /* offset of the current line's first byte */
    size_t prev_line_start;  /* ... and of the line before it */
    bool atbol;              /* at the beginning of a logical line */
    bool done;               /* ENDMARKER given */
    bool any_newline_token;  /* a NEWLINE was given since the last statement start */
    int pending;             /* >0: INDENTs to give, <0: DEDENTs */
    int indent;
    int indstack[TOK_MAXINDENT + 1];
    int altindstack[TOK_MAXINDENT + 1];
    int level;
    char parens[TOK_MAXLEVEL];
    int paren_lineno[TOK_MAXLEVEL];
    int paren_col[TOK_MAXLEVEL];
    int nmodes;
    TokMode modes[TOK_MAXFSTRING * 2 + 2];
    /* first error; type NULL when none */
    const char *err_type;
    const char *err_msg;
    bool err_deferred;       /* an error CPython's tokenizer only signals by a code
                              * (indentation, line continuation, EOF): it does not
                              * override a parser error found earlier */
    int err_lineno, err_col, err_end_lineno, err_end_col;   /* byte columns; -1 = none */
    Arena *arena;
} Tokenizer;

/* Prepares the source for tokenizing: drops a UTF-8 BOM, applies a PEP 263
 * coding declaration (utf-8 and latin-1/iso-8859-1/ascii families),
 * translates \r\n and \r to \n, and rejects NUL bytes and invalid UTF-8.
 * On success returns the new text (arena) and its length; on failure NULL
 * with *msg (and the line and column where known). */
const char *tok_normalize(Arena *a, const char *src, size_t len, size_t *outlen,
                          const char **msg, int *lineno, int *col);

void tok_init(Tokenizer *t, Arena *a, const char *src, size_t len);
/* The next token; false on error (t->err_* filled). */
bool tok_next(Tokenizer *t, Token *out);

/* Start offset of line `lineno` (1-based) in the source, scanning from the
 * start: used only to report errors. */
size_t tok_line_offset(const char *src, size_t len, int lineno);

#endif
