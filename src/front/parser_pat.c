/* parser_pat: the match statement (PEP 634) and its patterns.
 * `match` is a soft keyword: parse_match_stmt() first reads the subject and
 * the ':' NEWLINE under p->speculating, and returns NULL without an error
 * when the line is not a match statement, so the caller rewinds and parses
 * it as an ordinary statement. */
#include "front/parser_impl.h"

#include <string.h>

#define ENTER() do { if (!p_enter(p)) return NULL; } while (0)
#define LEAVE(x) do { p_leave(p); return (x); } while (0)

static AstPattern *parse_pattern(Parser *p);
static AstPattern *parse_closed_pattern(Parser *p);

/* signed_number or complex_number: -1, 2+3j, -1.5-2j */
static AstExpr *parse_number_literal(Parser *p) {
    Token *st = p_peek(p);
    bool neg = p_accept(p, T_MINUS);
    Token *n = p_peek(p);
    if (n->type != T_NUMBER) return p_fail(p);
    p_advance(p);
    AstExpr *e = p_number(p, n);
    if (!e) return NULL;
    if (neg) {
        AstExpr *u = p_expr_new(p, AST_EXPR_UnaryOp, st->lineno, st->col);
        if (!u) return NULL;
        u->v.UnaryOp.op = AST_UNARYOP_USub;
        u->v.UnaryOp.operand = e;
        e = u;
    }
    if (p_check(p, T_PLUS) || p_check(p, T_MINUS)) {
        bool plus = p_check(p, T_PLUS);
        if (e->kind == AST_EXPR_Constant && e->v.Constant.value.kind == AST_CONST_IMAG)
            return p_error_expr(p, e, "real number required in complex literal");
        p_advance(p);
        Token *im = p_peek(p);
        if (im->type != T_NUMBER) return p_fail(p);
        p_advance(p);
        AstExpr *r = p_number(p, im);
        if (!r) return NULL;
        if (r->v.Constant.value.kind != AST_CONST_IMAG)
            return p_error_expr(p, r, "imaginary number required in complex literal");
        AstExpr *b = p_expr_new(p, AST_EXPR_BinOp, st->lineno, st->col);
        if (!b) return NULL;
        b->v.BinOp.left = e;
        b->v.BinOp.op = plus ? AST_OP_Add : AST_OP_Sub;
        b->v.BinOp.right = r;
        e = b;
    }
    return e;
}

/* NAME ('.' NAME)* as a Name or Attribute chain */
static AstExpr *parse_name_or_attr(Parser *p) {
    Token *st = p_peek(p);
    p_advance(p);
    AstExpr *e = p_expr_new(p, AST_EXPR_Name, st->lineno, st->col);
    if (!e) return NULL;
    e->v.Name.id = p_ident(p, st);
    while (p_check(p, T_DOT)) {
        p_advance(p);
        Token *n = p_peek(p);
        if (n->type != T_NAME) return p_fail(p);
        p_advance(p);
        AstExpr *a = p_expr_new(p, AST_EXPR_Attribute, st->lineno, st->col);
        if (!a) return NULL;
        a->v.Attribute.value = e;
        a->v.Attribute.attr = p_ident(p, n);
        e = a;
    }
    return e;
}

static AstPattern *p_value_pattern(Parser *p, const Token *st, AstExpr *v) {
    AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchValue, st->lineno, st->col);
    if (pt) pt->v.MatchValue.value = v;
    return pt;
}

static AstPattern *parse_star_pattern(Parser *p) {
    Token *st = p_peek(p);
    p_advance(p);  /* * */
    Token *n = p_peek(p);
    if (n->type != T_NAME) return p_fail(p);
    p_advance(p);
    AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchStar, st->lineno, st->col);
    if (!pt) return NULL;
    if (!p_tok_is(p, n, "_")) pt->v.MatchStar.name = p_ident(p, n);
    return pt;
}

static AstPattern *parse_maybe_star(Parser *p) {
    if (p_check(p, T_STAR)) return parse_star_pattern(p);
    return parse_pattern(p);
}

/* Items of a sequence pattern up to `close`. */
static bool parse_pattern_items(Parser *p, TokType close, PVec *v, bool *comma) {
    *comma = false;
    while (!p_check(p, close)) {
        AstPattern *x = parse_maybe_star(p);
        if (!x || !pvec_push(p, v, x)) return false;
        if (!p_accept(p, T_COMMA)) break;
        *comma = true;
    }
    if (!p_accept(p, close)) { p_fail(p); return false; }
    return true;
}

static AstPattern *parse_class_pattern(Parser *p, const Token *st, AstExpr *cls) {
    p_advance(p);  /* ( */
    PVec pats = {0}, kpats = {0};
    size_t nk = 0, kcap = 0;
    AstIdent *kattrs = NULL;
    while (!p_check(p, T_RPAR)) {
        Token *t = p_peek(p);
        if (t->type == T_NAME && p_peekn(p, 1)->type == T_EQUAL) {
            p_advance(p);
            p_advance(p);
            AstPattern *x = parse_pattern(p);
            if (!x || !pvec_push(p, &kpats, x)) return NULL;
            if (nk == kcap) {
                size_t nc = kcap ? kcap * 2 : 4;
                AstIdent *n = arena_calloc(p->a, nc, sizeof *n);
                if (!n) return p_nomem(p);
                if (nk) memcpy(n, kattrs, nk * sizeof *n);
                kattrs = n;
                kcap = nc;
            }
            kattrs[nk++] = p_ident(p, t);
        } else {
            AstPattern *x = parse_pattern(p);
            if (!x) return NULL;
            if (nk) {
                return p_error_at(p, "SyntaxError", "positional patterns follow keyword patterns",
                                  x->lineno, x->col_offset, x->end_lineno, x->end_col_offset);
            }
            if (!pvec_push(p, &pats, x)) return NULL;
        }
        if (!p_accept(p, T_COMMA)) break;
    }
    if (!p_accept(p, T_RPAR)) return p_fail(p);
    AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchClass, st->lineno, st->col);
    if (!pt) return NULL;
    pt->v.MatchClass.cls = cls;
    pt->v.MatchClass.patterns = P_SEQ(AstPatternSeq, pats);
    pt->v.MatchClass.kwd_attrs = (AstIdentSeq){nk, kattrs};
    pt->v.MatchClass.kwd_patterns = P_SEQ(AstPatternSeq, kpats);
    return pt;
}

static AstPattern *parse_mapping_pattern(Parser *p) {
    Token *st = p_peek(p);
    p_advance(p);  /* { */
    PVec keys = {0}, pats = {0};
    AstIdent rest = {0};
    while (!p_check(p, T_RBRACE)) {
        if (p_accept(p, T_DOUBLESTAR)) {
            Token *n = p_peek(p);
            if (n->type != T_NAME || p_tok_is(p, n, "_")) return p_fail(p);
            p_advance(p);
            rest = p_ident(p, n);
            p_accept(p, T_COMMA);
            break;
        }
        Token *k = p_peek(p);
        AstExpr *key;
        if (k->type == T_NUMBER || k->type == T_MINUS) key = parse_number_literal(p);
        else if (k->type == T_STRING || k->type == T_FSTRING_START) key = parse_strings(p);
        else if (k->type == T_KW_NONE || k->type == T_KW_TRUE || k->type == T_KW_FALSE) key = parse_atom(p);
        else if (k->type == T_NAME) {
            key = parse_name_or_attr(p);
            if (key && key->kind == AST_EXPR_Name) return p_fail(p);
        } else return p_fail(p);
        if (!key) return NULL;
        if (!p_accept(p, T_COLON)) return p_fail(p);
        AstPattern *v = parse_pattern(p);
        if (!v || !pvec_push(p, &keys, key) || !pvec_push(p, &pats, v)) return NULL;
        if (!p_accept(p, T_COMMA)) break;
    }
    if (!p_accept(p, T_RBRACE)) return p_fail(p);
    AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchMapping, st->lineno, st->col);
    if (!pt) return NULL;
    pt->v.MatchMapping.keys = P_SEQ(AstExprSeq, keys);
    pt->v.MatchMapping.patterns = P_SEQ(AstPatternSeq, pats);
    pt->v.MatchMapping.rest = rest;
    return pt;
}

static AstPattern *parse_closed_pattern(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    switch (st->type) {
    case T_NUMBER: case T_MINUS: {
        AstExpr *v = parse_number_literal(p);
        if (!v) LEAVE(NULL);
        LEAVE(p_value_pattern(p, st, v));
    }
    case T_STRING: case T_FSTRING_START: {
        AstExpr *v = parse_strings(p);
        if (!v) LEAVE(NULL);
        /* an f-string here is the compiler's error, not the parser's */
        LEAVE(p_value_pattern(p, st, v));
    }
    case T_KW_NONE: case T_KW_TRUE: case T_KW_FALSE: {
        p_advance(p);
        AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchSingleton, st->lineno, st->col);
        if (pt) pt->v.MatchSingleton.value.kind = st->type == T_KW_NONE ? AST_CONST_NONE : st->type == T_KW_TRUE ? AST_CONST_TRUE : AST_CONST_FALSE;
        LEAVE(pt);
    }
    case T_NAME: {
        TokType next = p_peekn(p, 1)->type;
        if (next == T_DOT || next == T_LPAR) {
            AstExpr *cls = parse_name_or_attr(p);
            if (!cls) LEAVE(NULL);
            if (p_check(p, T_LPAR)) LEAVE(parse_class_pattern(p, st, cls));
            LEAVE(p_value_pattern(p, st, cls));
        }
        p_advance(p);
        AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchAs, st->lineno, st->col);
        if (pt && !p_tok_is(p, st, "_")) pt->v.MatchAs.name = p_ident(p, st);
        LEAVE(pt);
    }
    case T_LPAR: {
        p_advance(p);
        if (p_accept(p, T_RPAR)) LEAVE(p_pat_new(p, AST_PATTERN_MatchSequence, st->lineno, st->col));
        AstPattern *first = parse_maybe_star(p);
        if (!first) LEAVE(NULL);
        if (p_accept(p, T_RPAR)) {
            if (first->kind != AST_PATTERN_MatchStar) LEAVE(first);
            AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchSequence, st->lineno, st->col);
            if (!pt) LEAVE(NULL);
            AstPattern **one = arena_alloc(p->a, sizeof *one);
            if (!one) LEAVE(p_nomem(p));
            one[0] = first;
            pt->v.MatchSequence.patterns = (AstPatternSeq){1, one};
            LEAVE(pt);
        }
        if (!p_accept(p, T_COMMA)) LEAVE(p_fail(p));
        PVec v = {0};
        if (!pvec_push(p, &v, first)) LEAVE(NULL);
        bool comma;
        if (!parse_pattern_items(p, T_RPAR, &v, &comma)) LEAVE(NULL);
        AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchSequence, st->lineno, st->col);
        if (pt) pt->v.MatchSequence.patterns = P_SEQ(AstPatternSeq, v);
        LEAVE(pt);
    }
    case T_LSQB: {
        p_advance(p);
        PVec v = {0};
        bool comma;
        if (!parse_pattern_items(p, T_RSQB, &v, &comma)) LEAVE(NULL);
        AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchSequence, st->lineno, st->col);
        if (pt) pt->v.MatchSequence.patterns = P_SEQ(AstPatternSeq, v);
        LEAVE(pt);
    }
    case T_LBRACE:
        LEAVE(parse_mapping_pattern(p));
    default:
        LEAVE(p_fail(p));
    }
}

/* or_pattern ['as' NAME] */
static AstPattern *parse_pattern(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    AstPattern *first = parse_closed_pattern(p);
    if (!first) LEAVE(NULL);
    if (p_check(p, T_VBAR)) {
        PVec v = {0};
        if (!pvec_push(p, &v, first)) LEAVE(NULL);
        while (p_accept(p, T_VBAR)) {
            AstPattern *x = parse_closed_pattern(p);
            if (!x || !pvec_push(p, &v, x)) LEAVE(NULL);
        }
        first = p_pat_new(p, AST_PATTERN_MatchOr, st->lineno, st->col);
        if (!first) LEAVE(NULL);
        first->v.MatchOr.patterns = P_SEQ(AstPatternSeq, v);
    }
    if (p_accept(p, T_KW_AS)) {
        Token *n = p_peek(p);
        if (n->type != T_NAME) {
            /* CPython names the bad target if it is an expression */
            p->speculating++;
            AstExpr *x = parse_star_expression(p);
            p->speculating--;
            if (x) LEAVE(p_error_expr(p, x, "invalid pattern target"));
            LEAVE(p_fail(p));
        }
        if (p_tok_is(p, n, "_")) LEAVE(p_error_tok(p, n, "cannot use '_' as a target"));
        p_advance(p);
        AstPattern *as = p_pat_new(p, AST_PATTERN_MatchAs, st->lineno, st->col);
        if (!as) LEAVE(NULL);
        as->v.MatchAs.pattern = first;
        as->v.MatchAs.name = p_ident(p, n);
        first = as;
    }
    LEAVE(first);
}

/* patterns: open_sequence_pattern | pattern */
static AstPattern *parse_patterns(Parser *p) {
    Token *st = p_peek(p);
    AstPattern *first = parse_maybe_star(p);
    if (!first) return NULL;
    if (!p_check(p, T_COMMA) && first->kind != AST_PATTERN_MatchStar) return first;
    PVec v = {0};
    if (!pvec_push(p, &v, first)) return NULL;
    while (p_accept(p, T_COMMA)) {
        if (p_check(p, T_COLON) || p_check(p, T_KW_IF)) break;
        AstPattern *x = parse_maybe_star(p);
        if (!x || !pvec_push(p, &v, x)) return NULL;
    }
    AstPattern *pt = p_pat_new(p, AST_PATTERN_MatchSequence, st->lineno, st->col);
    if (pt) pt->v.MatchSequence.patterns = P_SEQ(AstPatternSeq, v);
    return pt;
}

AstStmt *parse_match_stmt(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);  /* match */
    p->speculating++;
    Token *sst = p_peek(p);
    AstExpr *subject = parse_star_named_expression(p);
    if (subject && p_check(p, T_COMMA)) {
        PVec v = {0};
        if (!pvec_push(p, &v, subject)) subject = NULL;
        while (subject && p_accept(p, T_COMMA)) {
            if (p_check(p, T_COLON)) break;
            AstExpr *x = parse_star_named_expression(p);
            if (!x || !pvec_push(p, &v, x)) { subject = NULL; break; }
        }
        if (subject) {
            subject = p_expr_new(p, AST_EXPR_Tuple, sst->lineno, sst->col);
            if (subject) subject->v.Tuple.elts = P_SEQ(AstExprSeq, v);
        }
    }
    bool is_match = subject && p_check(p, T_COLON) && p_peekn(p, 1)->type == T_NEWLINE;
    if (subject && p_check(p, T_NEWLINE)) p->match_newline = p->pos;
    p->speculating--;
    if (!is_match) LEAVE(NULL);
    p_advance(p);
    p_advance(p);
    if (!p_check(p, T_INDENT)) {
        Token *t = p_peek(p);
        const char *m = p_fmt_int(p, "expected an indented block after 'match' statement on line ", st->lineno, "");
        LEAVE(p_error_at(p, "IndentationError", m, t->lineno, t->col, t->end_lineno, t->end_col));
    }
    p_advance(p);
    PVec cases = {0};
    while (!p_check(p, T_DEDENT)) {
        Token *c = p_peek(p);
        if (!p_tok_is(p, c, "case")) LEAVE(p_fail(p));
        p_advance(p);
        AstMatchCase *mc = arena_alloc(p->a, sizeof *mc);
        if (!mc) LEAVE(p_nomem(p));
        mc->pattern = parse_patterns(p);
        if (!mc->pattern) LEAVE(NULL);
        if (p_accept(p, T_KW_IF)) {
            mc->guard = parse_named_expression(p);
            if (!mc->guard) LEAVE(NULL);
        }
        if (!p_accept(p, T_COLON)) {
            Token *t = p_peek(p);
            if (t->type != T_NEWLINE) LEAVE(p_fail(p));
            LEAVE(p_error_tok(p, t, "expected ':'"));
        }
        bool ok;
        mc->body = parse_block(p, "'case' statement", c, &ok);
        if (!ok || !pvec_push(p, &cases, mc)) LEAVE(NULL);
    }
    p_advance(p);
    AstStmt *s = p_stmt_new(p, AST_STMT_Match, st->lineno, st->col);
    if (!s) LEAVE(NULL);
    s->v.Match.subject = subject;
    s->v.Match.cases = P_SEQ(AstMatchCaseSeq, cases);
    LEAVE(s);
}
