/* parser: the driver (parse_source), the token window, error reporting and
 * the statements of the Python 3.13 grammar.  Expressions live in
 * parser_expr.c, literals in parser_str.c, match statements in parser_pat.c.
 *
 * Tokens are pulled from the tokenizer on demand and kept (in the arena) so
 * the few places that try an alternative can rewind.  Errors: a specific
 * message is recorded once (p->failed); otherwise a failure is "invalid
 * syntax" at the furthest token looked at, as CPython reports it.  As in
 * CPython, a tokenizer error anywhere later in the file takes precedence
 * over a parser error, and an unclosed bracket is named at the end. */
#include "front/parser_impl.h"

#include <string.h>

#include "front/tok_nfkc.h"

/* ------------------------------------------------------------ vectors */

bool pvec_push(Parser *p, PVec *v, void *x) {
    if (v->count == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 4;
        void **n = arena_calloc(p->a, nc, sizeof *n);
        if (!n) { p_nomem(p); return false; }
        if (v->count) memcpy(n, v->items, v->count * sizeof *n);
        v->items = n;
        v->cap = nc;
    }
    v->items[v->count++] = x;
    return true;
}

/* ------------------------------------------------------------- tokens */

/* Makes toks[i] exist (reading from the tokenizer); after a tokenizer error
 * the last token is a T_ERRORTOKEN sentinel that every later index sees. */
static Token *p_fill(Parser *p, size_t i) {
    while (p->ntoks <= i) {
        if (p->tok_failed) return &p->toks[p->ntoks - 1];
        if (p->ntoks == p->cap) {
            /* first guess from the source size (about 4 bytes a token in
             * real code), so that most files need no regrowth */
            size_t nc = p->cap ? p->cap * 2 : p->len / 4 + 64;
            size_t bytes;
            Token *n = __builtin_mul_overflow(nc, sizeof *n, &bytes) ? NULL : arena_alloc_raw(p->a, bytes);
            if (!n) {
                p_nomem(p);
                if (!p->ntoks) {
                    static const Token none = {T_ERRORTOKEN, 0, 1, 0, 1, 0, 0, 0};
                    return (Token *)&none;
                }
                p->tok_failed = true;
                return &p->toks[p->ntoks - 1];
            }
            if (p->ntoks) memcpy(n, p->toks, p->ntoks * sizeof *n);
            p->toks = n;
            p->cap = nc;
        }
        Token *t = &p->toks[p->ntoks];
        if (!tok_next(&p->tok, t)) {
            t->type = T_ERRORTOKEN;
            t->lineno = t->end_lineno = p->tok.lineno;
            t->col = t->end_col = (int)(p->tok.pos - p->tok.line_start);
            t->start = t->end = (uint32_t)p->tok.pos;
            p->tok_failed = true;
        } else if (t->type == T_ENDMARKER && p->tok.level > 0) {
            /* EOF inside brackets: CPython's tokenizer gives an error token */
            t->type = T_ERRORTOKEN;
            p->tok_failed = true;
            p->eof_in_paren = true;
        }
        p->ntoks++;
    }
    return &p->toks[i];
}

Token *p_peekn(Parser *p, size_t k) {
    size_t i = p->pos + k;
    if (i < p->ntoks) {   /* the common case: already read */
        if (i > p->maxpos) p->maxpos = i;
        return &p->toks[i];
    }
    Token *t = p_fill(p, i);
    if (i > p->maxpos) p->maxpos = i < p->ntoks ? i : p->ntoks - 1;
    return t;
}
Token *p_peek(Parser *p) { return p_peekn(p, 0); }
Token *p_last(Parser *p) { return &p->toks[p->pos ? p->pos - 1 : 0]; }
bool p_check(Parser *p, TokType t) { return p_peek(p)->type == t; }
void p_advance(Parser *p) {
    Token *t = p_peek(p);
    if (t->type != T_ERRORTOKEN && t->type != T_ENDMARKER) p->pos++;
}
bool p_accept(Parser *p, TokType t) {
    if (p_peek(p)->type != t) return false;
    p_advance(p);
    return true;
}
bool p_tok_is(Parser *p, const Token *t, const char *s) {
    size_t n = strlen(s);
    return t->type == T_NAME && t->end - t->start == n && memcmp(p->src + t->start, s, n) == 0;
}
bool p_check_name(Parser *p, const char *s) { return p_tok_is(p, p_peek(p), s); }

/* ------------------------------------------------------------- errors */

void *p_fail(Parser *p) { (void)p; return NULL; }

void *p_nomem(Parser *p) {
    if (!p->failed || strcmp(p->err->type, "MemoryError") != 0) {
        p->failed = true;
        p->err->type = "MemoryError";
        p->err->msg = "";
        p->err->lineno = p->err->offset = p->err->end_lineno = p->err->end_offset = 0;
    }
    return NULL;
}

/* Specific errors are byte columns here; parse_source converts them. */
void *p_error_at(Parser *p, const char *type, const char *msg, int lineno, int col, int end_lineno, int end_col) {
    if (p->failed || p->speculating) return NULL;
    p->failed = true;
    p->err->type = type;
    p->err->msg = msg;
    p->err->lineno = lineno;
    p->err->offset = col;
    p->err->end_lineno = end_lineno;
    p->err->end_offset = end_col;
    return NULL;
}

void *p_error_tok(Parser *p, const Token *t, const char *msg) {
    return p_error_at(p, "SyntaxError", msg, t->lineno, t->col, t->end_lineno, t->end_col);
}

void *p_error_expr(Parser *p, const AstExpr *e, const char *msg) {
    return p_error_at(p, "SyntaxError", msg, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
}

const char *p_fmt(Parser *p, const char *a, const char *b, const char *c) {
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *m = arena_alloc(p->a, la + lb + lc + 1);
    if (!m) return "out of memory";
    memcpy(m, a, la);
    memcpy(m + la, b, lb);
    memcpy(m + la + lb, c, lc);
    m[la + lb + lc] = 0;
    return m;
}

const char *p_fmt_int(Parser *p, const char *a, int v, const char *c) {
    char num[16], rev[16];
    int n = 0, k = 0;
    unsigned u = v < 0 ? 0u : (unsigned)v;
    do { rev[n++] = (char)('0' + u % 10); u /= 10; } while (u && n < 15);
    while (n) num[k++] = rev[--n];
    num[k] = 0;
    return p_fmt(p, a, num, c);
}

bool p_enter(Parser *p) {
    if (p->depth >= PARSE_MAXDEPTH) {
        if (!p->failed) {
            p->failed = true;
            p->err->type = "MemoryError";
            p->err->msg = "Parser stack overflowed - Python source too complex to parse";
            p->err->lineno = p->err->offset = p->err->end_lineno = p->err->end_offset = 0;
        }
        return false;
    }
    p->depth++;
    return true;
}

/* -------------------------------------------------------------- nodes */

/* The end of a node is the end of the last consumed token that is not
 * NEWLINE, INDENT or DEDENT (as CPython's EXTRA). */
void p_set_end(Parser *p, int *end_lineno, int *end_col) {
    size_t i = p->pos;
    while (i > 0) {
        Token *t = &p->toks[i - 1];
        if (t->type != T_NEWLINE && t->type != T_INDENT && t->type != T_DEDENT) {
            *end_lineno = t->end_lineno;
            *end_col = t->end_col;
            return;
        }
        i--;
    }
    *end_lineno = 1;
    *end_col = 0;
}

AstExpr *p_expr_new(Parser *p, AstExprKind k, int lineno, int col) {
    AstExpr *e = arena_alloc(p->a, sizeof *e);
    if (!e) return p_nomem(p);
    e->kind = k;
    e->lineno = lineno;
    e->col_offset = col;
    p_set_end(p, &e->end_lineno, &e->end_col_offset);
    return e;
}

AstStmt *p_stmt_new(Parser *p, AstStmtKind k, int lineno, int col) {
    AstStmt *s = arena_alloc(p->a, sizeof *s);
    if (!s) return p_nomem(p);
    s->kind = k;
    s->lineno = lineno;
    s->col_offset = col;
    p_set_end(p, &s->end_lineno, &s->end_col_offset);
    return s;
}

AstPattern *p_pat_new(Parser *p, AstPatternKind k, int lineno, int col) {
    AstPattern *s = arena_alloc(p->a, sizeof *s);
    if (!s) return p_nomem(p);
    s->kind = k;
    s->lineno = lineno;
    s->col_offset = col;
    p_set_end(p, &s->end_lineno, &s->end_col_offset);
    return s;
}

/* Identifiers are stored in NFKC form, as CPython does (PEP 3131). */
static AstIdent p_ident_text(Parser *p, const char *s, size_t n) {
    AstIdent id = {0};
    bool ascii = true;
    for (size_t i = 0; i < n; i++) if ((unsigned char)s[i] >= 0x80) { ascii = false; break; }
    if (ascii) {
        id.str = arena_strndup(p->a, s, n);
        id.len = n;
    } else {
        id.str = tok_nfkc(p->a, s, n, &id.len);
    }
    if (!id.str) { p_nomem(p); id.len = 0; }
    return id;
}

AstIdent p_ident(Parser *p, const Token *t) {
    return p_ident_text(p, p->src + t->start, t->end - t->start);
}

AstIdent p_ident_str(Parser *p, const char *s) {
    AstIdent id = {0};
    id.str = arena_strndup(p->a, s, strlen(s));
    if (!id.str) { p_nomem(p); return id; }
    id.len = strlen(s);
    return id;
}

/* ---------------------------------------------------------- statements */

#define ENTER() do { if (!p_enter(p)) return NULL; } while (0)
#define LEAVE(x) do { p_leave(p); return (x); } while (0)

static bool parse_statement(Parser *p, PVec *out);
static bool parse_simple_stmts(Parser *p, PVec *out);

/* ':' after a compound statement header. */
/* ':' closing a compound statement header.  After def, class, try,
 * finally and else CPython forces the token ("expected ':'" at whatever
 * token is there); after if, elif, while, for, with, except, match and
 * case only a NEWLINE in its place gets that message. */
static bool p_expect_colon_ex(Parser *p, bool forced) {
    if (p_accept(p, T_COLON)) return true;
    Token *t = p_peek(p);
    if (t->type == T_EQUAL && !p->speculating) return false;  /* the caller words it */
    if (!forced && t->type != T_NEWLINE) { p_fail(p); return false; }
    p_error_at(p, "SyntaxError", "expected ':'", t->lineno, t->col, t->end_lineno, t->end_col);
    return false;
}
static bool p_expect_colon(Parser *p) { return p_expect_colon_ex(p, true); }
static bool p_expect_colon_soft(Parser *p) { return p_expect_colon_ex(p, false); }

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
AstStmtSeq parse_block(Parser *p, const char *what, const Token *kw, bool *ok) {
    PVec v = {0};
    *ok = false;
    if (!p_enter(p)) return P_SEQ(AstStmtSeq, v);
    if (p_accept(p, T_NEWLINE)) {
        if (!p_check(p, T_INDENT)) {
            Token *t = p_peek(p);
            if (t->type != T_ERRORTOKEN) {
                const char *m = p_fmt(p, "expected an indented block after ", what, " on line ");
                m = p_fmt_int(p, m, kw->lineno, "");
                /* CPython gives this one no column after 'case' */
                bool no_col = strcmp(what, "'case' statement") == 0;
                p_error_at(p, "IndentationError", m, t->lineno, no_col ? -1 : t->col, t->end_lineno, no_col ? -1 : t->end_col);
            }
            goto out;
        }
        p_advance(p);
        while (!p_check(p, T_DEDENT)) {
            if (p_check(p, T_ENDMARKER) || p_check(p, T_ERRORTOKEN)) { p_fail(p); goto out; }
            if (!parse_statement(p, &v)) goto out;
        }
        p_advance(p);
    } else {
        if (!parse_simple_stmts(p, &v)) goto out;
    }
    *ok = true;
out:
    p_leave(p);
    return P_SEQ(AstStmtSeq, v);
}


/* dotted_name, as one identifier "a.b.c" */
static bool parse_dotted_name(Parser *p, AstIdent *out) {
    Token *t = p_peek(p);
    if (t->type != T_NAME) { p_fail(p); return false; }
    p_advance(p);
    size_t total = t->end - t->start;
    size_t first = p->pos - 1;
    while (p_check(p, T_DOT) && p_peekn(p, 1)->type == T_NAME) {
        Token *n = p_peekn(p, 1);
        total += 1 + (n->end - n->start);
        p_advance(p);
        p_advance(p);
    }
    char *s = arena_alloc(p->a, total + 1);
    if (!s) { p_nomem(p); return false; }
    size_t k = 0;
    for (size_t i = first; i < p->pos; i++) {
        Token *x = &p->toks[i];
        if (x->type == T_DOT) s[k++] = '.';
        else { memcpy(s + k, p->src + x->start, x->end - x->start); k += x->end - x->start; }
    }
    s[k] = 0;
    *out = p_ident_text(p, s, k);
    return out->str != NULL;
}

static AstAlias *p_alias_new(Parser *p, const Token *st, AstIdent name, AstIdent asname) {
    AstAlias *a = arena_alloc(p->a, sizeof *a);
    if (!a) return p_nomem(p);
    a->name = name;
    a->asname = asname;
    a->lineno = st->lineno;
    a->col_offset = st->col;
    p_set_end(p, &a->end_lineno, &a->end_col_offset);
    return a;
}

static AstStmt *parse_import(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);
    PVec v = {0};
    if (p_check(p, T_NEWLINE) || p_check(p, T_SEMI))
        LEAVE(p_error_tok(p, p_peek(p), "Expected one or more names after 'import'"));
    do {
        Token *n = p_peek(p);
        AstIdent name, asname = {0};
        if (!parse_dotted_name(p, &name)) LEAVE(NULL);
        if (p_accept(p, T_KW_AS)) {
            Token *a = p_peek(p);
            if (a->type != T_NAME) LEAVE(p_fail(p));
            p_advance(p);
            asname = p_ident(p, a);
        }
        AstAlias *al = p_alias_new(p, n, name, asname);
        if (!al || !pvec_push(p, &v, al)) LEAVE(NULL);
    } while (p_accept(p, T_COMMA));
    if (p_check(p, T_KW_FROM)) {
        p_advance(p);
        AstIdent mod;
        if (parse_dotted_name(p, &mod)) {
            Token *e = p_last(p);
            LEAVE(p_error_at(p, "SyntaxError", "Did you mean to use 'from ... import ...' instead?", st->lineno, st->col, e->end_lineno, e->end_col));
        }
        LEAVE(NULL);
    }
    AstStmt *s = p_stmt_new(p, AST_STMT_Import, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.Import.names = P_SEQ(AstAliasSeq, v);
    LEAVE(s);
}

static AstStmt *parse_from_import(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);
    int level = 0;
    for (;;) {
        if (p_accept(p, T_DOT)) level++;
        else if (p_accept(p, T_ELLIPSIS)) level += 3;
        else break;
    }
    AstIdent module = {0};
    if (!p_check(p, T_KW_IMPORT) || level == 0) {
        if (!parse_dotted_name(p, &module)) LEAVE(NULL);
    }
    if (!p_accept(p, T_KW_IMPORT)) LEAVE(p_fail(p));
    if (p_check(p, T_NEWLINE))
        LEAVE(p_error_tok(p, p_peek(p), "Expected one or more names after 'import'"));
    PVec v = {0};
    Token *star = p_peek(p);
    if (p_accept(p, T_STAR)) {
        AstAlias *al = p_alias_new(p, star, p_ident_str(p, "*"), (AstIdent){0});
        if (!al || !pvec_push(p, &v, al)) LEAVE(NULL);
    } else {
        bool paren = p_accept(p, T_LPAR);
        for (;;) {
            Token *n = p_peek(p);
            if (n->type != T_NAME) LEAVE(p_fail(p));
            p_advance(p);
            AstIdent asname = {0};
            if (p_accept(p, T_KW_AS)) {
                Token *a = p_peek(p);
                if (a->type != T_NAME) LEAVE(p_fail(p));
                p_advance(p);
                asname = p_ident(p, a);
            }
            AstAlias *al = p_alias_new(p, n, p_ident(p, n), asname);
            if (!al || !pvec_push(p, &v, al)) LEAVE(NULL);
            if (!p_accept(p, T_COMMA)) break;
            if (paren && p_check(p, T_RPAR)) break;
            if (!paren && (p_check(p, T_NEWLINE) || p_check(p, T_SEMI))) {
                LEAVE(p_error_tok(p, p_peek(p), "trailing comma not allowed without surrounding parentheses"));
            }
        }
        if (paren && !p_accept(p, T_RPAR)) LEAVE(p_fail(p));
    }
    AstStmt *s = p_stmt_new(p, AST_STMT_ImportFrom, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = P_SEQ(AstAliasSeq, v);
    s->v.ImportFrom.level = level;
    LEAVE(s);
}

static AstExpr *parse_yield_or_star(Parser *p) {
    if (p_check(p, T_KW_YIELD)) return parse_yield_expr(p);
    return parse_star_expressions(p);
}

static bool p_augop(TokType t, AstOperator *op) {
    switch (t) {
    case T_PLUSEQUAL: *op = AST_OP_Add; return true;
    case T_MINEQUAL: *op = AST_OP_Sub; return true;
    case T_STAREQUAL: *op = AST_OP_Mult; return true;
    case T_ATEQUAL: *op = AST_OP_MatMult; return true;
    case T_SLASHEQUAL: *op = AST_OP_Div; return true;
    case T_PERCENTEQUAL: *op = AST_OP_Mod; return true;
    case T_AMPEREQUAL: *op = AST_OP_BitAnd; return true;
    case T_VBAREQUAL: *op = AST_OP_BitOr; return true;
    case T_CIRCUMFLEXEQUAL: *op = AST_OP_BitXor; return true;
    case T_LEFTSHIFTEQUAL: *op = AST_OP_LShift; return true;
    case T_RIGHTSHIFTEQUAL: *op = AST_OP_RShift; return true;
    case T_DOUBLESTAREQUAL: *op = AST_OP_Pow; return true;
    case T_DOUBLESLASHEQUAL: *op = AST_OP_FloorDiv; return true;
    default: return false;
    }
}

/* A bad assignment target: CPython's wording depends on the statement. */
static bool p_assign_target(Parser *p, AstExpr *e) {
    return p_set_context(p, e, AST_CTX_Store);
}

/* The first target of `a = b`: when it is not a target, CPython 3.13 tries
 * its invalid_named_expression rule first, which words the error
 * "cannot assign to X here. Maybe you meant '==' instead of '='?" for the
 * expression right before '=' (the whole target or the last item of a bare
 * tuple) unless that is a list, tuple, genexp, True, False or None. */
static bool p_assign_target_first(Parser *p, AstExpr *e, const Token *st) {
    AstExpr *near = e;
    if (e->kind == AST_EXPR_Tuple && st->type != T_LPAR && e->v.Tuple.elts.count)
        near = e->v.Tuple.elts.items[e->v.Tuple.elts.count - 1];
    bool valid_kind = near->kind == AST_EXPR_Name || near->kind == AST_EXPR_Attribute ||
                      near->kind == AST_EXPR_Subscript || near->kind == AST_EXPR_Starred ||
                      near->kind == AST_EXPR_List || near->kind == AST_EXPR_Tuple;
    bool excluded = near->kind == AST_EXPR_GeneratorExp || near->kind == AST_EXPR_Compare ||
                    near->kind == AST_EXPR_BoolOp || near->kind == AST_EXPR_IfExp ||
                    near->kind == AST_EXPR_Lambda || near->kind == AST_EXPR_NamedExpr ||
                    (near->kind == AST_EXPR_UnaryOp && near->v.UnaryOp.op == AST_UNARYOP_Not) ||
                    (near->kind == AST_EXPR_Constant && (near->v.Constant.value.kind == AST_CONST_TRUE ||
                                                         near->v.Constant.value.kind == AST_CONST_FALSE ||
                                                         near->v.Constant.value.kind == AST_CONST_NONE));
    if (!valid_kind && !excluded && !p_check(p, T_EQUAL)) {
        /* only when the value is not followed by another '=' */
        size_t save = p->pos;
        p->speculating++;
        AstExpr *v = parse_bitwise_or(p);
        p->speculating--;
        bool chained = !v || p_check(p, T_EQUAL) || p_check(p, T_COLONEQUAL);
        p->pos = save;
        if (!chained) {
            p_error_expr(p, near, p_fmt(p, "cannot assign to ", p_expr_name(near), " here. Maybe you meant '==' instead of '='?"));
            return false;
        }
    }
    return p_assign_target(p, e);
}

/* expression statements, assignments of all kinds, type aliases */
static AstStmt *parse_expr_stmt(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    if (p_tok_is(p, st, "type") && p_peekn(p, 1)->type == T_NAME &&
        (p_peekn(p, 2)->type == T_EQUAL || p_peekn(p, 2)->type == T_LSQB)) {
        p_advance(p);
        Token *n = p_peek(p);
        p_advance(p);
        AstExpr *name = p_expr_new(p, AST_EXPR_Name, n->lineno, n->col);
        if (!name) LEAVE(NULL);
        name->v.Name.id = p_ident(p, n);
        name->v.Name.ctx = AST_CTX_Store;
        AstTypeParamSeq tps = {0};
        if (p_check(p, T_LSQB)) {
            bool ok;
            tps = parse_type_params(p, &ok);
            if (!ok) LEAVE(NULL);
        }
        if (!p_accept(p, T_EQUAL)) LEAVE(p_fail(p));
        AstExpr *v = parse_expression(p);
        if (!v) LEAVE(NULL);
        AstStmt *s = p_stmt_new(p, AST_STMT_TypeAlias, st->lineno, st->col);
        if (!s) LEAVE(NULL);
        s->v.TypeAlias.name = name;
        s->v.TypeAlias.type_params = tps;
        s->v.TypeAlias.value = v;
        LEAVE(s);
    }
    AstExpr *first = parse_yield_or_star(p);
    if (!first) LEAVE(NULL);
    Token *t = p_peek(p);
    if (first->kind == AST_EXPR_Name && (p_tok_is(p, st, "print") || p_tok_is(p, st, "exec")) &&
        p_starts_expr(p) && t->type != T_LPAR && t->type != T_LSQB && t->type != T_MINUS && t->type != T_PLUS &&
        t->type != T_STAR && t->type != T_TILDE) {
        /* Python 2 statement: CPython's legacy message spans the arguments */
        p->speculating++;
        AstExpr *arg = parse_star_expressions(p);
        p->speculating--;
        if (arg) {
            const char *m = p_fmt(p, "Missing parentheses in call to '", first->v.Name.id.str, "'. Did you mean ");
            m = p_fmt(p, m, first->v.Name.id.str, "(...)?");
            LEAVE(p_error_at(p, "SyntaxError", m, first->lineno, first->col_offset, arg->end_lineno, arg->end_col_offset));
        }
    }
    if (t->type == T_COLONEQUAL && first->kind != AST_EXPR_Name)
        LEAVE(p_error_expr(p, first, p_fmt(p, "cannot use assignment expressions with ", p_expr_name(first), "")));
    AstOperator op;
    if (t->type == T_COLON) {
        p_advance(p);
        /* CPython's target errors need the annotation to parse first */
        AstExpr *ann = parse_expression(p);
        if (!ann) LEAVE(NULL);
        int simple = 0;
        if (first->kind == AST_EXPR_Name) simple = st->type != T_LPAR;
        else if (first->kind == AST_EXPR_Tuple)
            LEAVE(p_error_expr(p, first, "only single target (not tuple) can be annotated"));
        else if (first->kind == AST_EXPR_List)
            LEAVE(p_error_expr(p, first, "only single target (not list) can be annotated"));
        else if (first->kind != AST_EXPR_Attribute && first->kind != AST_EXPR_Subscript)
            LEAVE(p_error_expr(p, first, "illegal target for annotation"));
        if (!p_set_context(p, first, AST_CTX_Store)) LEAVE(NULL);
        AstExpr *value = NULL;
        if (p_accept(p, T_EQUAL)) {
            value = parse_yield_or_star(p);
            if (!value) LEAVE(NULL);
        }
        AstStmt *s = p_stmt_new(p, AST_STMT_AnnAssign, st->lineno, st->col);
        if (!s) LEAVE(NULL);
        s->v.AnnAssign.target = first;
        s->v.AnnAssign.annotation = ann;
        s->v.AnnAssign.value = value;
        s->v.AnnAssign.simple = simple;
        LEAVE(s);
    }
    if (t->type == T_EQUAL) {
        PVec targets = {0};
        AstExpr *value = first;
        bool first_target = true;
        size_t vstart = p->pos - 1;
        while (p_accept(p, T_EQUAL)) {
            /* a bare (unparenthesized) yield as a target */
            if ((first_target ? st->type : p->toks[vstart].type) == T_KW_YIELD &&
                (value->kind == AST_EXPR_Yield || value->kind == AST_EXPR_YieldFrom))
                LEAVE(p_error_expr(p, value, "assignment to yield expression not possible"));
            if (first_target && !p_assign_target_first(p, value, st)) LEAVE(NULL);
            if (!first_target && !p_assign_target(p, value)) LEAVE(NULL);
            first_target = false;
            if (!pvec_push(p, &targets, value)) LEAVE(NULL);
            vstart = p->pos;
            value = parse_yield_or_star(p);
            if (!value) LEAVE(NULL);
        }
        AstStmt *s = p_stmt_new(p, AST_STMT_Assign, st->lineno, st->col);
        if (!s) LEAVE(NULL);
        s->v.Assign.targets = P_SEQ(AstExprSeq, targets);
        s->v.Assign.value = value;
        LEAVE(s);
    }
    if (p_augop(t->type, &op)) {
        if (first->kind != AST_EXPR_Name && first->kind != AST_EXPR_Attribute && first->kind != AST_EXPR_Subscript)
            LEAVE(p_error_expr(p, first, p_fmt(p, "'", p_expr_name(first), "' is an illegal expression for augmented assignment")));
        p_advance(p);
        if (!p_set_context(p, first, AST_CTX_Store)) LEAVE(NULL);
        AstExpr *value = parse_yield_or_star(p);
        if (!value) LEAVE(NULL);
        AstStmt *s = p_stmt_new(p, AST_STMT_AugAssign, st->lineno, st->col);
        if (!s) LEAVE(NULL);
        s->v.AugAssign.target = first;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = value;
        LEAVE(s);
    }
    AstStmt *s = p_stmt_new(p, AST_STMT_Expr, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.Expr.value = first;
    LEAVE(s);
}

static bool parse_names(Parser *p, AstIdentSeq *out) {
    size_t count = 0, cap = 0;
    AstIdent *items = NULL;
    do {
        Token *n = p_peek(p);
        if (n->type != T_NAME) { p_fail(p); return false; }
        p_advance(p);
        if (count == cap) {
            size_t nc = cap ? cap * 2 : 4;
            AstIdent *ni = arena_calloc(p->a, nc, sizeof *ni);
            if (!ni) { p_nomem(p); return false; }
            if (count) memcpy(ni, items, count * sizeof *ni);
            items = ni;
            cap = nc;
        }
        items[count++] = p_ident(p, n);
    } while (p_accept(p, T_COMMA));
    out->count = count;
    out->items = items;
    return true;
}

static AstStmt *parse_simple_stmt(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    AstStmt *s = NULL;
    switch (st->type) {
    case T_KW_PASS: p_advance(p); s = p_stmt_new(p, AST_STMT_Pass, st->lineno, st->col); break;
    case T_KW_BREAK: p_advance(p); s = p_stmt_new(p, AST_STMT_Break, st->lineno, st->col); break;
    case T_KW_CONTINUE: p_advance(p); s = p_stmt_new(p, AST_STMT_Continue, st->lineno, st->col); break;
    case T_KW_RETURN: {
        p_advance(p);
        AstExpr *v = NULL;
        if (!p_check(p, T_NEWLINE) && !p_check(p, T_SEMI)) {
            v = parse_star_expressions(p);
            if (!v) break;
        }
        s = p_stmt_new(p, AST_STMT_Return, st->lineno, st->col);
        if (s) s->v.Return.value = v;
        break;
    }
    case T_KW_RAISE: {
        p_advance(p);
        AstExpr *exc = NULL, *cause = NULL;
        if (!p_check(p, T_NEWLINE) && !p_check(p, T_SEMI)) {
            exc = parse_expression(p);
            if (!exc) break;
            if (p_accept(p, T_KW_FROM)) {
                cause = parse_expression(p);
                if (!cause) break;
            }
        }
        s = p_stmt_new(p, AST_STMT_Raise, st->lineno, st->col);
        if (s) { s->v.Raise.exc = exc; s->v.Raise.cause = cause; }
        break;
    }
    case T_KW_ASSERT: {
        p_advance(p);
        AstExpr *test = parse_expression(p), *msg = NULL;
        if (!test) break;
        if (p_accept(p, T_COMMA)) {
            msg = parse_expression(p);
            if (!msg) break;
        }
        s = p_stmt_new(p, AST_STMT_Assert, st->lineno, st->col);
        if (s) { s->v.Assert.test = test; s->v.Assert.msg = msg; }
        break;
    }
    case T_KW_DEL: {
        p_advance(p);
        PVec v = {0};
        bool bad = false;
        do {
            if (p_check(p, T_NEWLINE) || p_check(p, T_SEMI)) break;
            AstExpr *x = parse_bitwise_or(p);
            if (!x) { bad = true; break; }
            if (!p_set_context(p, x, AST_CTX_Del) || !pvec_push(p, &v, x)) { bad = true; break; }
        } while (p_accept(p, T_COMMA));
        if (bad) break;
        if (!v.count) { p_fail(p); break; }
        s = p_stmt_new(p, AST_STMT_Delete, st->lineno, st->col);
        if (s) s->v.Delete.targets = P_SEQ(AstExprSeq, v);
        break;
    }
    case T_KW_GLOBAL: case T_KW_NONLOCAL: {
        p_advance(p);
        AstIdentSeq names;
        if (!parse_names(p, &names)) break;
        s = p_stmt_new(p, st->type == T_KW_GLOBAL ? AST_STMT_Global : AST_STMT_Nonlocal, st->lineno, st->col);
        if (!s) break;
        if (st->type == T_KW_GLOBAL) s->v.Global.names = names;
        else s->v.Nonlocal.names = names;
        break;
    }
    case T_KW_IMPORT: s = parse_import(p); break;
    case T_KW_FROM: s = parse_from_import(p); break;
    default: s = parse_expr_stmt(p); break;
    }
    LEAVE(s);
}

static bool parse_simple_stmts(Parser *p, PVec *out) {
    for (;;) {
        AstStmt *s = parse_simple_stmt(p);
        if (!s || !pvec_push(p, out, s)) return false;
        if (p_accept(p, T_NEWLINE)) return true;
        if (!p_accept(p, T_SEMI)) { p_fail(p); return false; }
        if (p_accept(p, T_NEWLINE)) return true;
    }
}

/* ----------------------------------------------------- compound statements */

/* `if x = 1:`: CPython's invalid_named_expression wording, else "expected ':'". */
static void *p_cond_assign(Parser *p, AstExpr *test) {
    Token *eq = p_peek(p);
    if (eq->type != T_EQUAL || p->failed) return NULL;
    p_advance(p);
    AstExpr *v = parse_bitwise_or(p);
    if (!v || p_check(p, T_EQUAL) || p_check(p, T_COLONEQUAL)) return p_fail(p);
    if (test->kind == AST_EXPR_Name)
        return p_error_at(p, "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                          test->lineno, test->col_offset, v->end_lineno, v->end_col_offset);
    return p_error_expr(p, test, p_fmt(p, "cannot assign to ", p_expr_name(test), " here. Maybe you meant '==' instead of '='?"));
}

static AstStmt *parse_if(Parser *p, bool elif) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);
    AstExpr *test = parse_named_expression(p);
    if (!test) LEAVE(NULL);
    if (!p_expect_colon_soft(p)) LEAVE(p_cond_assign(p, test));
    bool ok;
    AstStmtSeq body = parse_block(p, elif ? "'elif' statement" : "'if' statement", st, &ok);
    if (!ok) LEAVE(NULL);
    AstStmtSeq orelse = {0};
    if (p_check(p, T_KW_ELIF)) {
        AstStmt *e = parse_if(p, true);
        if (!e) LEAVE(NULL);
        AstStmt **one = arena_alloc(p->a, sizeof *one);
        if (!one) LEAVE(p_nomem(p));
        one[0] = e;
        orelse.count = 1;
        orelse.items = one;
    } else if (p_check(p, T_KW_ELSE)) {
        Token *el = p_peek(p);
        p_advance(p);
        if (!p_expect_colon(p)) LEAVE(NULL);
        orelse = parse_block(p, "'else' statement", el, &ok);
        if (!ok) LEAVE(NULL);
    }
    AstStmt *s = p_stmt_new(p, AST_STMT_If, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.If.test = test;
    s->v.If.body = body;
    s->v.If.orelse = orelse;
    LEAVE(s);
}

static bool parse_else(Parser *p, AstStmtSeq *orelse) {
    *orelse = (AstStmtSeq){0};
    if (!p_check(p, T_KW_ELSE)) return true;
    Token *el = p_peek(p);
    p_advance(p);
    if (!p_expect_colon(p)) return false;
    bool ok;
    *orelse = parse_block(p, "'else' statement", el, &ok);
    return ok;
}

static AstStmt *parse_while(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);
    AstExpr *test = parse_named_expression(p);
    if (!test) LEAVE(NULL);
    if (!p_expect_colon_soft(p)) LEAVE(p_cond_assign(p, test));
    bool ok;
    AstStmtSeq body = parse_block(p, "'while' statement", st, &ok);
    if (!ok) LEAVE(NULL);
    AstStmtSeq orelse;
    if (!parse_else(p, &orelse)) LEAVE(NULL);
    AstStmt *s = p_stmt_new(p, AST_STMT_While, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.While.test = test;
    s->v.While.body = body;
    s->v.While.orelse = orelse;
    LEAVE(s);
}

static AstStmt *parse_for(Parser *p, const Token *st, bool is_async) {
    ENTER();
    p_advance(p);  /* for */
    AstExpr *target = parse_star_targets(p);
    if (!target) LEAVE(NULL);
    if (!p_set_context(p, target, AST_CTX_Store)) LEAVE(NULL);
    if (!p_accept(p, T_KW_IN)) LEAVE(p_fail(p));
    AstExpr *iter = parse_star_expressions(p);
    if (!iter || !p_expect_colon_soft(p)) LEAVE(NULL);
    bool ok;
    AstStmtSeq body = parse_block(p, "'for' statement", st, &ok);
    if (!ok) LEAVE(NULL);
    AstStmtSeq orelse;
    if (!parse_else(p, &orelse)) LEAVE(NULL);
    AstStmt *s = p_stmt_new(p, is_async ? AST_STMT_AsyncFor : AST_STMT_For, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = body;
    s->v.For.orelse = orelse;
    LEAVE(s);
}

static AstWithItem *parse_with_item(Parser *p) {
    AstWithItem *w = arena_alloc(p->a, sizeof *w);
    if (!w) return p_nomem(p);
    w->context_expr = parse_expression(p);
    if (!w->context_expr) return NULL;
    if (p_accept(p, T_KW_AS)) {
        /* one star_target: `with a as b, c:` has two items */
        w->optional_vars = parse_bitwise_or(p);
        if (!w->optional_vars) return NULL;
        if (!p_set_context(p, w->optional_vars, AST_CTX_Store)) return NULL;
    }
    return w;
}

static AstStmt *parse_with(Parser *p, const Token *st, bool is_async) {
    ENTER();
    p_advance(p);  /* with */
    PVec items = {0};
    bool done = false;
    if (p_check(p, T_LPAR)) {
        /* try: '(' with_item (',' with_item)* [','] ')' ':' */
        size_t save = p->pos;
        p->speculating++;
        p_advance(p);
        bool good = true;
        for (;;) {
            AstWithItem *w = parse_with_item(p);
            if (!w || !pvec_push(p, &items, w)) { good = false; break; }
            if (!p_accept(p, T_COMMA)) break;
            if (p_check(p, T_RPAR)) break;
        }
        good = good && p_accept(p, T_RPAR);
        bool newline = good && p_check(p, T_NEWLINE);
        good = good && p_check(p, T_COLON);
        p->speculating--;
        if (newline) LEAVE(p_error_tok(p, p_peek(p), "expected ':'"));
        if (good) done = true;
        else {
            if (p->failed) LEAVE(NULL);
            p->pos = save;
            items = (PVec){0};
        }
    }
    if (!done) {
        for (;;) {
            AstWithItem *w = parse_with_item(p);
            if (!w || !pvec_push(p, &items, w)) LEAVE(NULL);
            if (!p_accept(p, T_COMMA)) break;
        }
    }
    if (!p_expect_colon_soft(p)) LEAVE(NULL);
    bool ok;
    AstStmtSeq body = parse_block(p, "'with' statement", st, &ok);
    if (!ok) LEAVE(NULL);
    AstStmt *s = p_stmt_new(p, is_async ? AST_STMT_AsyncWith : AST_STMT_With, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.With.items = P_SEQ(AstWithItemSeq, items);
    s->v.With.body = body;
    LEAVE(s);
}

static AstStmt *parse_try(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);
    if (!p_expect_colon(p)) LEAVE(NULL);
    bool ok;
    AstStmtSeq body = parse_block(p, "'try' statement", st, &ok);
    if (!ok) LEAVE(NULL);
    PVec handlers = {0};
    int star = -1;
    while (p_check(p, T_KW_EXCEPT)) {
        Token *ex = p_peek(p);
        p_advance(p);
        bool is_star = p_accept(p, T_STAR);
        if (star >= 0 && star != (int)is_star)
            LEAVE(p_error_tok(p, ex, "cannot have both 'except' and 'except*' on the same 'try'"));
        star = is_star;
        AstExpr *type = NULL;
        AstIdent name = {0};
        if (p_check(p, T_NEWLINE)) LEAVE(p_error_tok(p, p_peek(p), "expected ':'"));
        if (!p_check(p, T_COLON)) {
            type = parse_expression(p);
            if (!type) LEAVE(NULL);
            if (p_check(p, T_COMMA)) {
                /* the range covers the whole unparenthesized list */
                int el = type->end_lineno, ec = type->end_col_offset;
                p->speculating++;
                while (p_accept(p, T_COMMA)) {
                    AstExpr *x = parse_expression(p);
                    if (!x) break;
                    el = x->end_lineno;
                    ec = x->end_col_offset;
                }
                p->speculating--;
                LEAVE(p_error_at(p, "SyntaxError", "multiple exception types must be parenthesized",
                                 type->lineno, type->col_offset, el, ec));
            }
            if (p_accept(p, T_KW_AS)) {
                Token *n = p_peek(p);
                if (n->type != T_NAME) LEAVE(p_fail(p));
                p_advance(p);
                name = p_ident(p, n);
            }
        } else if (is_star) {
            LEAVE(p_error_tok(p, p_peek(p), "expected one or more exception types"));
        }
        if (!p_expect_colon_soft(p)) LEAVE(NULL);
        AstStmtSeq hbody = parse_block(p, is_star ? "'except*' statement" : "'except' statement", ex, &ok);
        if (!ok) LEAVE(NULL);
        AstExceptHandler *h = arena_alloc(p->a, sizeof *h);
        if (!h) LEAVE(p_nomem(p));
        h->kind = AST_EXCEPTHANDLER_ExceptHandler;
        h->lineno = ex->lineno;
        h->col_offset = ex->col;
        p_set_end(p, &h->end_lineno, &h->end_col_offset);
        h->v.ExceptHandler.type = type;
        h->v.ExceptHandler.name = name;
        h->v.ExceptHandler.body = hbody;
        if (!pvec_push(p, &handlers, h)) LEAVE(NULL);
    }
    AstStmtSeq orelse = {0}, finalbody = {0};
    if (handlers.count && !parse_else(p, &orelse)) LEAVE(NULL);
    if (p_check(p, T_KW_FINALLY)) {
        Token *fi = p_peek(p);
        p_advance(p);
        if (!p_expect_colon(p)) LEAVE(NULL);
        finalbody = parse_block(p, "'finally' statement", fi, &ok);
        if (!ok) LEAVE(NULL);
    }
    if (!handlers.count && !finalbody.count) {
        LEAVE(p_error_tok(p, p_peek(p), "expected 'except' or 'finally' block"));
    }
    AstStmt *s = p_stmt_new(p, star == 1 ? AST_STMT_TryStar : AST_STMT_Try, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.Try.body = body;
    s->v.Try.handlers = P_SEQ(AstExceptHandlerSeq, handlers);
    s->v.Try.orelse = orelse;
    s->v.Try.finalbody = finalbody;
    LEAVE(s);
}

static AstStmt *parse_funcdef(Parser *p, const Token *st, bool is_async, AstExprSeq decorators) {
    ENTER();
    p_advance(p);  /* def */
    Token *n = p_peek(p);
    if (n->type != T_NAME) LEAVE(p_fail(p));
    p_advance(p);
    AstTypeParamSeq tps = {0};
    if (p_check(p, T_LSQB)) {
        bool ok;
        tps = parse_type_params(p, &ok);
        if (!ok) LEAVE(NULL);
    }
    if (!p_accept(p, T_LPAR)) LEAVE(p_error_tok(p, p_peek(p), "expected '('"));
    AstArguments *args = parse_params(p, false);
    if (!args) LEAVE(NULL);
    if (!p_accept(p, T_RPAR)) LEAVE(p_fail(p));
    AstExpr *returns = NULL;
    if (p_check(p, T_RARROW) && !p_starts_expr_at(p, 1)) {
        Token *ar = p_peek(p);
        LEAVE(p_error_tok(p, ar, "expected ':'"));
    }
    if (p_accept(p, T_RARROW)) {
        returns = parse_expression(p);
        if (!returns) LEAVE(NULL);
    }
    if (!p_expect_colon(p)) LEAVE(NULL);
    bool ok;
    AstStmtSeq body = parse_block(p, "function definition", n->lineno == st->lineno ? st : st, &ok);
    if (!ok) LEAVE(NULL);
    AstStmt *s = p_stmt_new(p, is_async ? AST_STMT_AsyncFunctionDef : AST_STMT_FunctionDef, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.FunctionDef.name = p_ident(p, n);
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    s->v.FunctionDef.decorator_list = decorators;
    s->v.FunctionDef.returns = returns;
    s->v.FunctionDef.type_params = tps;
    LEAVE(s);
}

static AstStmt *parse_classdef(Parser *p, AstExprSeq decorators) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);
    Token *n = p_peek(p);
    if (n->type != T_NAME) LEAVE(p_fail(p));
    p_advance(p);
    AstTypeParamSeq tps = {0};
    if (p_check(p, T_LSQB)) {
        bool ok;
        tps = parse_type_params(p, &ok);
        if (!ok) LEAVE(NULL);
    }
    AstExprSeq bases = {0};
    AstKeywordSeq kws = {0};
    if (p_accept(p, T_LPAR)) {
        if (!parse_call_args(p, &bases, &kws, true)) LEAVE(NULL);
    }
    if (!p_expect_colon_soft(p)) LEAVE(NULL);
    bool ok;
    AstStmtSeq body = parse_block(p, "class definition", st, &ok);
    if (!ok) LEAVE(NULL);
    AstStmt *s = p_stmt_new(p, AST_STMT_ClassDef, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.ClassDef.name = p_ident(p, n);
    s->v.ClassDef.bases = bases;
    s->v.ClassDef.keywords = kws;
    s->v.ClassDef.body = body;
    s->v.ClassDef.decorator_list = decorators;
    s->v.ClassDef.type_params = tps;
    LEAVE(s);
}

static AstStmt *parse_decorated(Parser *p) {
    ENTER();
    PVec decs = {0};
    while (p_accept(p, T_AT)) {
        AstExpr *d = parse_named_expression(p);
        if (!d || !pvec_push(p, &decs, d)) LEAVE(NULL);
        if (!p_accept(p, T_NEWLINE)) LEAVE(p_fail(p));
    }
    AstExprSeq ds = P_SEQ(AstExprSeq, decs);
    Token *t = p_peek(p);
    if (t->type == T_KW_DEF) LEAVE(parse_funcdef(p, t, false, ds));
    if (t->type == T_KW_ASYNC && p_peekn(p, 1)->type == T_KW_DEF) {
        p_advance(p);
        LEAVE(parse_funcdef(p, t, true, ds));
    }
    if (t->type == T_KW_CLASS) LEAVE(parse_classdef(p, ds));
    LEAVE(p_fail(p));
}

static bool parse_statement(Parser *p, PVec *out) {
    if (!p_enter(p)) return false;
    Token *t = p_peek(p);
    AstStmt *s = NULL;
    bool compound = true;
    switch (t->type) {
    case T_KW_DEF: s = parse_funcdef(p, t, false, (AstExprSeq){0}); break;
    case T_AT: s = parse_decorated(p); break;
    case T_KW_CLASS: s = parse_classdef(p, (AstExprSeq){0}); break;
    case T_KW_IF: s = parse_if(p, false); break;
    case T_KW_WHILE: s = parse_while(p); break;
    case T_KW_FOR: s = parse_for(p, t, false); break;
    case T_KW_TRY: s = parse_try(p); break;
    case T_KW_WITH: s = parse_with(p, t, false); break;
    case T_KW_ASYNC: {
        TokType n = p_peekn(p, 1)->type;
        if (n == T_KW_DEF) { p_advance(p); s = parse_funcdef(p, t, true, (AstExprSeq){0}); }
        else if (n == T_KW_FOR) { p_advance(p); s = parse_for(p, t, true); }
        else if (n == T_KW_WITH) { p_advance(p); s = parse_with(p, t, true); }
        else { p_advance(p); p_fail(p); }
        break;
    }
    case T_NAME:
        if (p_tok_is(p, t, "match")) {
            size_t save = p->pos;
            p->match_newline = 0;
            s = parse_match_stmt(p);
            if (s || p->failed || p->tok_failed) break;
            p->pos = save;
            size_t nl = p->match_newline;
            if (nl) {
                /* `match x` + NEWLINE: "expected ':'" unless the line is
                 * an ordinary statement */
                PVec tmp = {0};
                p->speculating++;
                bool simple_ok = parse_simple_stmts(p, &tmp);
                p->speculating--;
                p->pos = save;
                if (!simple_ok && !p->failed && !p->tok_failed) {
                    p_error_tok(p, &p->toks[nl], "expected ':'");
                    p_leave(p);
                    return false;
                }
            }
        }
        compound = false;
        break;
    case T_INDENT:
        /* CPython's offset for this error is the indentation width */
        p_error_at(p, "IndentationError", "unexpected indent", t->lineno, t->col - 1, t->end_lineno, t->end_col);
        p->no_tokcheck = true;  /* CPython's generic INDENT error skips the later-tokens check */
        p_leave(p);
        return false;
    default:
        compound = false;
        break;
    }
    bool ok;
    if (compound) ok = s && pvec_push(p, out, s);
    else ok = parse_simple_stmts(p, out);
    p_leave(p);
    return ok;
}

/* ------------------------------------------------------------- driver */

/* Byte column -> 1-based character offset on line `lineno`. */
static int p_char_offset(const char *src, size_t len, int lineno, int col) {
    if (col < 0) return col;
    size_t ls = tok_line_offset(src, len, lineno);
    int chars = 0;
    for (size_t i = ls; i < len && i < ls + (size_t)col; i++)
        if (((unsigned char)src[i] & 0xC0) != 0x80) chars++;
    return chars + 1;
}

static const char *p_line_text(Parser *p, const char *src, size_t len, int lineno) {
    if (lineno < 1) return NULL;
    size_t ls = tok_line_offset(src, len, lineno);
    if (ls >= len) return NULL;
    const char *nl = memchr(src + ls, '\n', len - ls);
    size_t e = nl ? (size_t)(nl - src) + 1 : len;
    return arena_strndup(p->a, src + ls, e - ls);
}

static void p_take_tok_error(Parser *p) {
    Tokenizer *t = &p->tok;
    p->err->type = t->err_type;
    p->err->msg = t->err_msg;
    p->err->lineno = t->err_lineno;
    p->err->offset = t->err_col;
    p->err->end_lineno = t->err_end_lineno;
    p->err->end_offset = t->err_end_col;
}

static void p_unclosed(Parser *p) {
    Tokenizer *t = &p->tok;
    int i = t->level - 1;
    char c = t->parens[i];
    p->err->type = "SyntaxError";
    p->err->msg = p_fmt(p, "'", (char[]){c, 0}, "' was never closed");
    p->err->lineno = t->paren_lineno[i];
    p->err->offset = t->paren_col[i];
    p->err->end_lineno = t->paren_lineno[i];
    p->err->end_offset = t->paren_col[i] + 1;
}

/* Fills p->err (byte columns) after a failed parse. */
static void p_report(Parser *p) {
    if (p->failed && strcmp(p->err->type, "MemoryError") == 0) return;
    if (p->tok_failed && !p->eof_in_paren && p->tok.err_type) {
        p_take_tok_error(p);
        return;
    }
    /* CPython raises the unclosed bracket as soon as the parser reads the
     * end of input, before any of its specific error rules run */
    if (p->tok_failed && p->eof_in_paren) {
        p_unclosed(p);
        return;
    }
    if (!p->failed) {
        Token *last = &p->toks[p->maxpos < p->ntoks ? p->maxpos : p->ntoks - 1];
        if (last->type == T_ERRORTOKEN && p->eof_in_paren) {
            p_unclosed(p);
            return;
        }
        if (last->type == T_INDENT) {
            p->err->type = "IndentationError";
            p->err->msg = "unexpected indent";
        } else if (last->type == T_DEDENT) {
            p->err->type = "IndentationError";
            p->err->msg = "unexpected unindent";
        } else {
            p->err->type = "SyntaxError";
            p->err->msg = "invalid syntax";
            /* two expressions in a row inside brackets: CPython suggests a comma */
            size_t save = p->pos;
            p->pos = p->maxpos;
            bool starts = p_starts_expr(p) && last->type != T_STAR && last->type != T_MINUS && last->type != T_PLUS && last->type != T_TILDE;
            if (starts && p->maxpos == p->disj_end) {
                /* CPython's error pass parses that second expression, so
                 * a tokenizer error inside it is what gets reported */
                size_t keep_max = p->maxpos, ds = p->disj_start, de = p->disj_end;
                p->speculating++;
                (void)parse_expression(p);
                p->speculating--;
                p->maxpos = keep_max;
                p->disj_start = ds;
                p->disj_end = de;
                last = &p->toks[keep_max];
                if (p->tok_failed && !p->eof_in_paren && p->tok.err_type) {
                    p->pos = save;
                    p_take_tok_error(p);
                    return;
                }
            }
            p->pos = save;
            if (starts && p->maxpos == p->disj_end && p->disj_end > p->disj_start && last->level > 0 &&
                !(p->toks[p->disj_start].type == T_NAME && last->type == T_STRING)) {
                Token *a = &p->toks[p->disj_start];
                p->err->msg = "invalid syntax. Perhaps you forgot a comma?";
                p->err->lineno = a->lineno;
                p->err->offset = a->col;
                p->err->end_lineno = last->end_lineno;
                p->err->end_offset = last->end_col;
                goto tokcheck;
            }
        }
        p->err->lineno = last->lineno;
        p->err->offset = last->col;
        p->err->end_lineno = last->end_lineno;
        p->err->end_offset = last->end_col;
        if (last->type == T_INDENT || last->type == T_DEDENT) {
            p->err->offset = last->col - 1;
            p->err->end_offset = last->col;
            return;
        }
    }
    /* A tokenizer error later in the file wins over a parser error; an
     * unclosed bracket opened before the error line is named instead. */
tokcheck:
    if (!p->tok_failed && !p->no_tokcheck) {
        Token t;
        while (tok_next(&p->tok, &t)) {
            if (t.type == T_ENDMARKER) break;
        }
        if (p->tok.err_type && !p->tok.err_deferred) {
            p_take_tok_error(p);
            return;
        }
        /* CPython compares with the line of the last token it read */
        int cur_line = p->ntoks ? p->toks[p->maxpos < p->ntoks ? p->maxpos : p->ntoks - 1].lineno : 0;
        if (p->tok.level > 0 && p->tok.paren_lineno[p->tok.level - 1] < cur_line) {
            p_unclosed(p);
        }
    }
}

AstMod *parse_source(Arena *a, const char *src, size_t len, const char *filename,
                     ParseMode mode, ParseError *err) {
    (void)filename;
    memset(err, 0, sizeof *err);
    size_t nlen = 0;
    const char *msg = NULL;
    int eline = 0, ecol = -1;
    const char *norm = tok_normalize(a, src, len, &nlen, &msg, &eline, &ecol);
    if (!norm) {
        err->type = msg ? "SyntaxError" : "MemoryError";
        err->msg = msg ? msg : "";
        err->lineno = eline;
        err->offset = ecol >= 0 ? ecol + 1 : 0;
        return NULL;
    }
    if (nlen >= TOK_MAXSOURCE) {
        err->type = "MemoryError";
        err->msg = "source too long";
        return NULL;
    }
    Parser P;
    memset(&P, 0, sizeof P);
    Parser *p = &P;
    p->a = a;
    p->err = err;
    p->src = norm;
    p->len = nlen;
    p->mode = mode;
    tok_init(&p->tok, a, norm, nlen);
    AstMod *m = arena_alloc(a, sizeof *m);
    if (!m) { p_nomem(p); return NULL; }
    bool ok = false;
    if (mode == PARSE_EVAL) {
        while (p_accept(p, T_NEWLINE)) {}
        AstExpr *e = parse_star_expressions(p);
        if (e) {
            while (p_accept(p, T_NEWLINE)) {}
            if (p_check(p, T_ENDMARKER)) {
                m->kind = AST_MOD_Expression;
                m->v.Expression.body = e;
                ok = true;
            }
        }
    } else {
        PVec body = {0};
        ok = true;
        while (!p_check(p, T_ENDMARKER)) {
            if (p_check(p, T_ERRORTOKEN) || !parse_statement(p, &body)) { ok = false; break; }
            if (mode == PARSE_SINGLE) break;
        }
        if (ok && mode == PARSE_SINGLE) {
            /* CPython points at the NEWLINE ending a simple statement; after a
             * compound one (its block closed by DEDENT) it is "invalid syntax" */
            Token *last = p_last(p);
            Token endtok = last ? *last : *p_peek(p);
            while (p_accept(p, T_NEWLINE)) {}
            if (!p_check(p, T_ENDMARKER)) {
                Token *t = p_peek(p);
                if (last && endtok.type == T_NEWLINE)
                    p_error_at(p, "SyntaxError", "multiple statements found while compiling a single statement",
                               endtok.lineno, endtok.col, endtok.end_lineno, endtok.end_col);
                else
                    p_error_at(p, "SyntaxError", "invalid syntax", t->lineno, t->col, t->end_lineno, t->end_col);
                ok = false;
            }
        }
        if (ok && mode == PARSE_SINGLE) {
            m->kind = AST_MOD_Interactive;
            m->v.Interactive.body = P_SEQ(AstStmtSeq, body);
        } else {
            m->kind = AST_MOD_Module;
            m->v.Module.body = P_SEQ(AstStmtSeq, body);
        }
    }
    if (ok && !p->failed && !p->tok_failed && !arena_failed(a)) {
        /* long operator or attribute chains nest without recursing in the
         * parser: bound the tree as CPython does */
        int depth_ok = ast_depth_ok(m, PARSE_MAX_AST_DEPTH);
        if (depth_ok == 1) return m;
        err->type = depth_ok == 0 ? "RecursionError" : "MemoryError";
        err->msg = depth_ok == 0 ? "maximum recursion depth exceeded during compilation" : "";
        return NULL;
    }
    if (arena_failed(a)) p_nomem(p);
    p_report(p);
    if (strcmp(err->type ? err->type : "", "MemoryError") == 0) {
        err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
        err->text = NULL;
        return NULL;
    }
    /* did the input end too early? */
    if (p->eof_in_paren) err->incomplete = 1;
    else if (p->tok_failed && p->tok.err_type && p->tok.pos >= p->tok.len &&
             (strncmp(p->tok.err_msg, "unterminated triple-quoted", 26) == 0 ||
              strcmp(p->tok.err_msg, "unexpected EOF while parsing") == 0))
        err->incomplete = 1;
    else if (p->failed && strncmp(err->msg, "expected an indented block", 26) == 0 &&
             p->ntoks && p->toks[p->ntoks - 1].type == T_ENDMARKER)
        err->incomplete = 1;
    /* byte columns -> character offsets, and the line's text */
    int l = err->lineno, el = err->end_lineno;
    int bc = err->offset, ec = err->end_offset;
    err->text = p_line_text(p, norm, nlen, l);
    err->offset = bc >= 0 ? p_char_offset(norm, nlen, l, bc) : 0;
    err->end_offset = (ec >= 0 && el > 0) ? p_char_offset(norm, nlen, el, ec) : ec;
    return NULL;
}
