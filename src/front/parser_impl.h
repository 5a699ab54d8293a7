/* parser_impl: the parser's state and helpers shared by its files
 * (parser.c: statements and driver, parser_expr.c: expressions,
 * parser_str.c: string literals and f-strings, parser_pat.c: match patterns).
 * Internal to src/front. */
#ifndef ASP_FRONT_PARSER_IMPL_H
#define ASP_FRONT_PARSER_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "front/arena.h"
#include "front/ast.h"
#include "front/parser.h"
#include "front/tokenizer.h"

/* Recursion bound: every parse function counts itself, so this bounds the
 * C stack the parser can use (about 100 bytes a level). */
enum { PARSE_MAXDEPTH = 6000 };

typedef struct Parser {
    Arena *a;
    Tokenizer tok;
    Token *toks;          /* tokens read so far (arena; grows by doubling) */
    size_t ntoks, cap;
    size_t pos;           /* index of the next token */
    size_t maxpos;        /* furthest token looked at: where "invalid syntax" points */
    bool tok_failed;      /* the tokenizer reported an error: toks[ntoks-1] is a sentinel */
    bool eof_in_paren;    /* that sentinel is EOF inside brackets */
    int depth;
    int speculating;      /* >0: inside an attempt that may be undone; no specific errors */
    bool failed;          /* a specific error (or MemoryError) is in err */
    size_t match_newline;  /* `match` subject followed by NEWLINE: that token's index */
    int in_call_arg;      /* >0: parsing a positional call argument */
    bool no_tokcheck;     /* the error stands even if the tokenizer fails later */
    size_t disj_start, disj_end;  /* token span of the last complete disjunction */
    ParseError *err;
    const char *src;
    size_t len;
    ParseMode mode;
} Parser;

/* Token pointers stay valid while parsing: growing the token array copies it
 * and leaves the old copy in the arena, unchanged.  Index arithmetic must
 * use p->toks, never an older pointer. */

/* growable pointer list in the arena */
typedef struct PVec { void **items; size_t count, cap; } PVec;
bool pvec_push(Parser *p, PVec *v, void *x);

/* tokens */
Token *p_peek(Parser *p);
Token *p_peekn(Parser *p, size_t k);
Token *p_last(Parser *p);            /* the last consumed token */
static inline TokType p_type(Parser *p) { return p_peek(p)->type; }
bool p_check(Parser *p, TokType t);
bool p_accept(Parser *p, TokType t);
bool p_check_name(Parser *p, const char *s);   /* soft keyword test */
bool p_tok_is(Parser *p, const Token *t, const char *s);
void p_advance(Parser *p);

/* errors: all return NULL so that `return p_fail(p);` reads well */
void *p_fail(Parser *p);                          /* generic: "invalid syntax" later */
void *p_nomem(Parser *p);
void *p_error_at(Parser *p, const char *type, const char *msg, int lineno, int col, int end_lineno, int end_col);
void *p_error_tok(Parser *p, const Token *t, const char *msg);
void *p_error_expr(Parser *p, const AstExpr *e, const char *msg);
const char *p_fmt(Parser *p, const char *a, const char *b, const char *c);
const char *p_fmt_int(Parser *p, const char *a, int v, const char *c);
bool p_enter(Parser *p);
static inline void p_leave(Parser *p) { p->depth--; }

/* nodes */
AstExpr *p_expr_new(Parser *p, AstExprKind k, int lineno, int col);
AstStmt *p_stmt_new(Parser *p, AstStmtKind k, int lineno, int col);
AstPattern *p_pat_new(Parser *p, AstPatternKind k, int lineno, int col);
void p_set_end(Parser *p, int *end_lineno, int *end_col);
AstIdent p_ident(Parser *p, const Token *t);
AstIdent p_ident_str(Parser *p, const char *s);

#define P_SEQ(T, v) ((T){(v).count, (void *)(v).items})

/* expressions (parser_expr.c) */
AstExpr *parse_expression(Parser *p);          /* expression: ternary, lambda */
AstExpr *parse_named_expression(Parser *p);
AstExpr *parse_star_expressions(Parser *p);    /* may build a Tuple */
AstExpr *parse_star_named_expression(Parser *p);
AstExpr *parse_star_expression(Parser *p);
AstExpr *parse_yield_expr(Parser *p);
AstExpr *parse_bitwise_or(Parser *p);
AstExpr *parse_disjunction(Parser *p);
AstExpr *parse_primary(Parser *p);
AstExpr *parse_star_targets(Parser *p);        /* for-loop and comprehension targets */
AstExpr *parse_atom(Parser *p);
bool p_starts_expr(Parser *p);
bool p_starts_expr_at(Parser *p, size_t k);
AstArguments *parse_params(Parser *p, bool lambda);
bool parse_call_args(Parser *p, AstExprSeq *args, AstKeywordSeq *kws, bool for_class);
bool p_set_context(Parser *p, AstExpr *e, AstExprContext ctx);
void *p_invalid_star(Parser *p);
const char *p_expr_name(const AstExpr *e);
AstExpr *parse_slices(Parser *p);
AstTypeParamSeq parse_type_params(Parser *p, bool *ok);

/* strings (parser_str.c) */
AstExpr *parse_strings(Parser *p);
AstExpr *p_number(Parser *p, const Token *t);

/* statements (parser.c) */
AstStmtSeq parse_block(Parser *p, const char *what, const Token *kw, bool *ok);

/* patterns (parser_pat.c) */
AstStmt *parse_match_stmt(Parser *p);

#endif
