/* parser_expr: expressions of the Python 3.13 grammar, by recursive descent
 * with one function per precedence level (the levels of CPython's
 * python.gram: expression > disjunction > conjunction > inversion >
 * comparison > bitwise_or > ... > power > await_primary > primary > atom).
 *
 * Positions: a node starts at the first token of the rule that builds it
 * (so `(a).b` starts at the parenthesis, as in CPython) and ends at the last
 * token consumed.  Every function enters p_enter() so the C stack used is
 * bounded by PARSE_MAXDEPTH frames. */
#include "front/parser_impl.h"

#include <string.h>

#define ENTER() do { if (!p_enter(p)) return NULL; } while (0)
#define LEAVE(x) do { p_leave(p); return (x); } while (0)

static AstExpr *parse_lambda(Parser *p);
static bool parse_comprehension_clauses(Parser *p, AstComprehensionSeq *out);

/* Can the current token start an expression? */
bool p_starts_expr(Parser *p) { return p_starts_expr_at(p, 0); }

bool p_starts_expr_at(Parser *p, size_t k) {
    switch (p_peekn(p, k)->type) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_FSTRING_START: case T_LPAR: case T_LSQB:
    case T_LBRACE: case T_MINUS: case T_PLUS: case T_TILDE: case T_STAR: case T_ELLIPSIS:
    case T_KW_NOT: case T_KW_LAMBDA: case T_KW_AWAIT: case T_KW_TRUE: case T_KW_FALSE: case T_KW_NONE:
        return true;
    default:
        return false;
    }
}

const char *p_expr_name(const AstExpr *e) {
    switch (e->kind) {
    case AST_EXPR_Attribute: return "attribute";
    case AST_EXPR_Subscript: return "subscript";
    case AST_EXPR_Starred: return "starred";
    case AST_EXPR_Name: return "name";
    case AST_EXPR_List: return "list";
    case AST_EXPR_Tuple: return "tuple";
    case AST_EXPR_Lambda: return "lambda";
    case AST_EXPR_Call: return "function call";
    case AST_EXPR_BoolOp: case AST_EXPR_BinOp: case AST_EXPR_UnaryOp: return "expression";
    case AST_EXPR_GeneratorExp: return "generator expression";
    case AST_EXPR_Yield: case AST_EXPR_YieldFrom: return "yield expression";
    case AST_EXPR_Await: return "await expression";
    case AST_EXPR_ListComp: return "list comprehension";
    case AST_EXPR_SetComp: return "set comprehension";
    case AST_EXPR_DictComp: return "dict comprehension";
    case AST_EXPR_Dict: return "dict literal";
    case AST_EXPR_Set: return "set display";
    case AST_EXPR_JoinedStr: case AST_EXPR_FormattedValue: return "f-string expression";
    case AST_EXPR_Constant:
        switch (e->v.Constant.value.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_EXPR_Compare: return "comparison";
    case AST_EXPR_IfExp: return "conditional expression";
    case AST_EXPR_NamedExpr: return "named expression";
    case AST_EXPR_Slice: return "slice";
    }
    return "expression";
}

/* Sets the context of an assignment or deletion target, checking that it is
 * one.  On a bad target, fails with CPython's message naming the first bad
 * part.  Recursion is bounded by the parse depth that built the tree. */
/* `*` with no expression after it, in call arguments or a subscript:
 * CPython reports it at the last token read. */
void *p_invalid_star(Parser *p) {
    if (p->failed || p->tok_failed || p->speculating) return NULL;
    Token *t = &p->toks[p->maxpos < p->ntoks ? p->maxpos : p->ntoks - 1];
    return p_error_tok(p, t, "Invalid star expression");
}

bool p_set_context(Parser *p, AstExpr *e, AstExprContext ctx) {
    switch (e->kind) {
    case AST_EXPR_Name: e->v.Name.ctx = ctx; return true;
    case AST_EXPR_Attribute: e->v.Attribute.ctx = ctx; return true;
    case AST_EXPR_Subscript: e->v.Subscript.ctx = ctx; return true;
    case AST_EXPR_Starred:
        if (ctx == AST_CTX_Del) break;
        e->v.Starred.ctx = ctx;
        return p_set_context(p, e->v.Starred.value, ctx);
    case AST_EXPR_Tuple:
        e->v.Tuple.ctx = ctx;
        for (size_t i = 0; i < e->v.Tuple.elts.count; i++)
            if (!p_set_context(p, e->v.Tuple.elts.items[i], ctx)) return false;
        return true;
    case AST_EXPR_List:
        e->v.List.ctx = ctx;
        for (size_t i = 0; i < e->v.List.elts.count; i++)
            if (!p_set_context(p, e->v.List.elts.items[i], ctx)) return false;
        return true;
    default:
        break;
    }
    p_error_expr(p, e, p_fmt(p, ctx == AST_CTX_Del ? "cannot delete " : "cannot assign to ", p_expr_name(e), ""));
    return false;
}

/* ------------------------------------------------------------------ atoms */

static AstExpr *p_name_expr(Parser *p, const Token *t, AstExprContext ctx) {
    AstExpr *e = p_expr_new(p, AST_EXPR_Name, t->lineno, t->col);
    if (!e) return NULL;
    e->v.Name.id = p_ident(p, t);
    e->v.Name.ctx = ctx;
    return e->v.Name.id.str ? e : NULL;
}

static AstExpr *p_const_expr(Parser *p, const Token *t, AstConstKind k) {
    AstExpr *e = p_expr_new(p, AST_EXPR_Constant, t->lineno, t->col);
    if (e) e->v.Constant.value.kind = k;
    return e;
}

/* comprehension clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static bool parse_comprehension_clauses(Parser *p, AstComprehensionSeq *out) {
    PVec v = {0};
    while (p_check(p, T_KW_FOR) || (p_check(p, T_KW_ASYNC) && p_peekn(p, 1)->type == T_KW_FOR)) {
        int is_async = p_accept(p, T_KW_ASYNC);
        p_advance(p);  /* for */
        AstComprehension *c = arena_alloc(p->a, sizeof *c);
        if (!c) { p_nomem(p); return false; }
        c->is_async = is_async;
        c->target = parse_star_targets(p);
        if (!c->target) return false;
        if (!p_check(p, T_KW_IN)) {
            p_error_tok(p, p_peek(p), "'in' expected after for-loop variables");
            return false;
        }
        if (!p_set_context(p, c->target, AST_CTX_Store)) return false;
        p_advance(p);
        c->iter = parse_disjunction(p);
        if (!c->iter) return false;
        PVec ifs = {0};
        while (p_accept(p, T_KW_IF)) {
            AstExpr *cond = parse_disjunction(p);
            if (!cond || !pvec_push(p, &ifs, cond)) return false;
        }
        c->ifs = P_SEQ(AstExprSeq, ifs);
        if (!pvec_push(p, &v, c)) return false;
    }
    *out = P_SEQ(AstComprehensionSeq, v);
    return true;
}

/* '(' ... ')': tuple, group, generator expression or yield. */

/* The rest of a tuple, list or set display after its first item: more
 * star_named_expressions separated by commas, up to the closing bracket
 * (not consumed).  False when parsing failed. */
static bool p_display_rest(Parser *p, PVec *v, TokType closer) {
    while (p_accept(p, T_COMMA)) {
        if (p_check(p, closer)) break;
        AstExpr *x = parse_star_named_expression(p);
        if (!x || !pvec_push(p, v, x)) return false;
    }
    return true;
}

static AstExpr *parse_paren(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);
    if (p_accept(p, T_RPAR)) {
        AstExpr *e = p_expr_new(p, AST_EXPR_Tuple, st->lineno, st->col);
        LEAVE(e);
    }
    if (p_check(p, T_KW_YIELD)) {
        AstExpr *y = parse_yield_expr(p);
        if (!y) LEAVE(NULL);
        if (!p_accept(p, T_RPAR)) LEAVE(p_fail(p));
        LEAVE(y);
    }
    AstExpr *first = parse_star_named_expression(p);
    if (!first) LEAVE(NULL);
    if (p_check(p, T_KW_FOR) || p_check(p, T_KW_ASYNC)) {
        if (first->kind == AST_EXPR_Starred) LEAVE(p_error_expr(p, first, "iterable unpacking cannot be used in comprehension"));
        AstComprehensionSeq gens;
        if (!parse_comprehension_clauses(p, &gens)) LEAVE(NULL);
        if (!p_accept(p, T_RPAR)) LEAVE(p_fail(p));
        AstExpr *e = p_expr_new(p, AST_EXPR_GeneratorExp, st->lineno, st->col);
        if (!e) LEAVE(NULL);
        e->v.GeneratorExp.elt = first;
        e->v.GeneratorExp.generators = gens;
        LEAVE(e);
    }
    if (p_accept(p, T_RPAR)) {
        if (first->kind == AST_EXPR_Starred) LEAVE(p_error_expr(p, first, "cannot use starred expression here"));
        LEAVE(first);
    }
    if (!p_check(p, T_COMMA)) {
        if (p_check(p, T_EQUAL) && !p->speculating && first->kind != AST_EXPR_Name)
            LEAVE(p_fail(p));
        LEAVE(p_fail(p));
    }
    PVec v = {0};
    if (!pvec_push(p, &v, first)) LEAVE(NULL);
    if (!p_display_rest(p, &v, T_RPAR)) LEAVE(NULL);
    if (!p_accept(p, T_RPAR)) LEAVE(p_fail(p));
    AstExpr *e = p_expr_new(p, AST_EXPR_Tuple, st->lineno, st->col);
    if (!e) LEAVE(NULL);
    e->v.Tuple.elts = P_SEQ(AstExprSeq, v);
    LEAVE(e);
}

/* `[x, y for ...]`: CPython asks for parentheses around the target. */
static void *p_comp_target_error(Parser *p, PVec *v) {
    AstExpr *a = v->items[0], *b = v->items[v->count - 1];
    return p_error_at(p, "SyntaxError", "did you forget parentheses around the comprehension target?",
                      a->lineno, a->col_offset, b->end_lineno, b->end_col_offset);
}

static AstExpr *parse_list(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);
    PVec v = {0};
    if (!p_check(p, T_RSQB)) {
        AstExpr *first = parse_star_named_expression(p);
        if (!first) LEAVE(NULL);
        if (p_check(p, T_KW_FOR) || p_check(p, T_KW_ASYNC)) {
            if (first->kind == AST_EXPR_Starred) LEAVE(p_error_expr(p, first, "iterable unpacking cannot be used in comprehension"));
            AstComprehensionSeq gens;
            if (!parse_comprehension_clauses(p, &gens)) LEAVE(NULL);
            if (!p_accept(p, T_RSQB)) LEAVE(p_fail(p));
            AstExpr *e = p_expr_new(p, AST_EXPR_ListComp, st->lineno, st->col);
            if (!e) LEAVE(NULL);
            e->v.ListComp.elt = first;
            e->v.ListComp.generators = gens;
            LEAVE(e);
        }
        if (!pvec_push(p, &v, first)) LEAVE(NULL);
        if (!p_display_rest(p, &v, T_RSQB)) LEAVE(NULL);
        if (p_check(p, T_KW_FOR)) LEAVE(p_comp_target_error(p, &v));
    }
    if (!p_accept(p, T_RSQB)) LEAVE(p_fail(p));
    AstExpr *e = p_expr_new(p, AST_EXPR_List, st->lineno, st->col);
    if (!e) LEAVE(NULL);
    e->v.List.elts = P_SEQ(AstExprSeq, v);
    LEAVE(e);
}

static AstExpr *parse_brace(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    size_t brace_i = p->pos;
    p_advance(p);
    PVec keys = {0}, vals = {0};
    if (p_accept(p, T_RBRACE)) {
        AstExpr *e = p_expr_new(p, AST_EXPR_Dict, st->lineno, st->col);
        LEAVE(e);
    }
    bool is_dict;
    AstExpr *k = NULL, *val = NULL;
    if (p_accept(p, T_DOUBLESTAR)) {
        is_dict = true;
        val = parse_bitwise_or(p);
        if (!val) LEAVE(NULL);
    } else {
        k = parse_star_named_expression(p);
        if (!k) LEAVE(NULL);
        is_dict = p_check(p, T_COLON);
        if (is_dict) {
            p_advance(p);
            if (p_check(p, T_RBRACE) || p_check(p, T_COMMA))
                LEAVE(p_error_tok(p, p_last(p), "expression expected after dictionary key and ':'"));
            if (k->kind == AST_EXPR_Starred) LEAVE(p_error_expr(p, k, "cannot use a starred expression in a dictionary key"));
            if (p_check(p, T_STAR)) LEAVE(p_error_tok(p, p_peek(p), "cannot use a starred expression in a dictionary value"));
            val = parse_expression(p);
            if (!val) LEAVE(NULL);
        }
    }
    if (p_check(p, T_KW_FOR) || p_check(p, T_KW_ASYNC)) {
        if (is_dict && !k) LEAVE(p_error_tok(p, &p->toks[brace_i + 1], "dict unpacking cannot be used in dict comprehension"));
        if (!is_dict && k->kind == AST_EXPR_Starred) LEAVE(p_error_expr(p, k, "iterable unpacking cannot be used in comprehension"));
        AstComprehensionSeq gens;
        if (!parse_comprehension_clauses(p, &gens)) LEAVE(NULL);
        if (!p_accept(p, T_RBRACE)) LEAVE(p_fail(p));
        AstExpr *e = p_expr_new(p, is_dict ? AST_EXPR_DictComp : AST_EXPR_SetComp, st->lineno, st->col);
        if (!e) LEAVE(NULL);
        if (is_dict) {
            e->v.DictComp.key = k;
            e->v.DictComp.value = val;
            e->v.DictComp.generators = gens;
        } else {
            e->v.SetComp.elt = k;
            e->v.SetComp.generators = gens;
        }
        LEAVE(e);
    }
    if (is_dict) {
        if (!pvec_push(p, &keys, k) || !pvec_push(p, &vals, val)) LEAVE(NULL);
        while (p_accept(p, T_COMMA)) {
            if (p_check(p, T_RBRACE)) break;
            if (p_accept(p, T_DOUBLESTAR)) {
                AstExpr *x = parse_bitwise_or(p);
                if (!x || !pvec_push(p, &keys, NULL) || !pvec_push(p, &vals, x)) LEAVE(NULL);
                continue;
            }
            AstExpr *kk = parse_expression(p);
            if (!kk) LEAVE(NULL);
            if (!p_accept(p, T_COLON)) {
                if (p_check(p, T_RBRACE) || p_check(p, T_COMMA)) {
                    Token *t = p_peek(p);
                    LEAVE(p_error_at(p, "SyntaxError", "':' expected after dictionary key", kk->lineno, kk->col_offset, t->lineno, t->col));
                }
                LEAVE(p_fail(p));
            }
            if (p_check(p, T_RBRACE) || p_check(p, T_COMMA))
                LEAVE(p_error_tok(p, p_last(p), "expression expected after dictionary key and ':'"));
            if (p_check(p, T_STAR)) LEAVE(p_error_tok(p, p_peek(p), "cannot use a starred expression in a dictionary value"));
            AstExpr *vv = parse_expression(p);
            if (!vv || !pvec_push(p, &keys, kk) || !pvec_push(p, &vals, vv)) LEAVE(NULL);
        }
        if (!p_accept(p, T_RBRACE)) LEAVE(p_fail(p));
        AstExpr *e = p_expr_new(p, AST_EXPR_Dict, st->lineno, st->col);
        if (!e) LEAVE(NULL);
        e->v.Dict.keys = P_SEQ(AstExprSeq, keys);
        e->v.Dict.values = P_SEQ(AstExprSeq, vals);
        LEAVE(e);
    }
    if (!pvec_push(p, &keys, k)) LEAVE(NULL);
    if (!p_display_rest(p, &keys, T_RBRACE)) LEAVE(NULL);
    if (p_check(p, T_KW_FOR)) LEAVE(p_comp_target_error(p, &keys));
    if (!p_accept(p, T_RBRACE)) LEAVE(p_fail(p));
    AstExpr *e = p_expr_new(p, AST_EXPR_Set, st->lineno, st->col);
    if (!e) LEAVE(NULL);
    e->v.Set.elts = P_SEQ(AstExprSeq, keys);
    LEAVE(e);
}

AstExpr *parse_atom(Parser *p) {
    ENTER();
    Token *t = p_peek(p);
    AstExpr *e = NULL;
    switch (t->type) {
    case T_NAME: p_advance(p); e = p_name_expr(p, t, AST_CTX_Load); break;
    case T_KW_TRUE: p_advance(p); e = p_const_expr(p, t, AST_CONST_TRUE); break;
    case T_KW_FALSE: p_advance(p); e = p_const_expr(p, t, AST_CONST_FALSE); break;
    case T_KW_NONE: p_advance(p); e = p_const_expr(p, t, AST_CONST_NONE); break;
    case T_ELLIPSIS: p_advance(p); e = p_const_expr(p, t, AST_CONST_ELLIPSIS); break;
    case T_NUMBER: p_advance(p); e = p_number(p, t); break;
    case T_STRING: case T_FSTRING_START: e = parse_strings(p); break;
    case T_LPAR: e = parse_paren(p); break;
    case T_LSQB: e = parse_list(p); break;
    case T_LBRACE: e = parse_brace(p); break;
    default: e = p_fail(p); break;
    }
    LEAVE(e);
}

/* -------------------------------------------------------------- primaries */

AstExpr *parse_slices(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    PVec v = {0};
    bool tuple = false;
    for (;;) {
        Token *s = p_peek(p);
        AstExpr *x;
        if (p_check(p, T_STAR)) {
            x = parse_star_expression(p);
            if (!x) LEAVE(p_invalid_star(p));
        } else {
            AstExpr *lower = NULL, *upper = NULL, *step = NULL;
            if (!p_check(p, T_COLON)) {
                lower = parse_named_expression(p);
                if (!lower) LEAVE(NULL);
            }
            if (p_accept(p, T_COLON)) {
                if (!p_check(p, T_COLON) && !p_check(p, T_COMMA) && !p_check(p, T_RSQB)) {
                    upper = parse_expression(p);
                    if (!upper) LEAVE(NULL);
                }
                if (p_accept(p, T_COLON)) {
                    if (!p_check(p, T_COMMA) && !p_check(p, T_RSQB)) {
                        step = parse_expression(p);
                        if (!step) LEAVE(NULL);
                    }
                }
                x = p_expr_new(p, AST_EXPR_Slice, s->lineno, s->col);
                if (!x) LEAVE(NULL);
                x->v.Slice.lower = lower;
                x->v.Slice.upper = upper;
                x->v.Slice.step = step;
            } else {
                x = lower;
            }
        }
        if (!x || !pvec_push(p, &v, x)) LEAVE(NULL);
        if (!p_accept(p, T_COMMA)) break;
        tuple = true;
        if (p_check(p, T_RSQB)) break;
    }
    /* a lone starred item still makes a tuple: x[*a] */
    if (!tuple && ((AstExpr *)v.items[0])->kind != AST_EXPR_Starred) LEAVE((AstExpr *)v.items[0]);
    AstExpr *e = p_expr_new(p, AST_EXPR_Tuple, st->lineno, st->col);
    if (!e) LEAVE(NULL);
    e->v.Tuple.elts = P_SEQ(AstExprSeq, v);
    LEAVE(e);
}

/* Arguments of a call (or class bases) after '('; consumes the ')'.
 * A lone generator expression argument is built here (it spans the
 * parentheses of the call, as in CPython). */
bool parse_call_args(Parser *p, AstExprSeq *args, AstKeywordSeq *kws, bool for_class) {
    if (!p_enter(p)) return false;
    Token *lpar = p_last(p);
    PVec av = {0}, kv = {0};
    bool seen_kw = false, seen_dstar = false;
    bool ok = false;
    while (!p_check(p, T_RPAR)) {
        Token *st = p_peek(p);
        size_t star_i = p->pos;
        if (p_accept(p, T_STAR)) {
            AstExpr *v = parse_expression(p);
            if (!v) { p_invalid_star(p); goto done; }
            if (p_check(p, T_EQUAL)) {
                p_error_at(p, "SyntaxError", "cannot assign to iterable argument unpacking", st->lineno, st->col, v->end_lineno, v->end_col_offset);
                goto done;
            }
            /* CPython points at the comma before the '*' */
            if (seen_dstar) {
                Token *comma = &p->toks[star_i - 1];
                p_error_at(p, "SyntaxError", "iterable argument unpacking follows keyword argument unpacking",
                           comma->lineno, comma->col, v->end_lineno, v->end_col_offset);
                goto done;
            }
            AstExpr *e = p_expr_new(p, AST_EXPR_Starred, st->lineno, st->col);
            if (!e) goto done;
            e->v.Starred.value = v;
            e->v.Starred.ctx = AST_CTX_Load;
            if (!pvec_push(p, &av, e)) goto done;
        } else if (p_accept(p, T_DOUBLESTAR)) {
            AstExpr *v = parse_expression(p);
            if (!v) goto done;
            if (p_check(p, T_EQUAL)) {
                p_error_at(p, "SyntaxError", "cannot assign to keyword argument unpacking", st->lineno, st->col, v->end_lineno, v->end_col_offset);
                goto done;
            }
            AstKeyword *k = arena_alloc(p->a, sizeof *k);
            if (!k) { p_nomem(p); goto done; }
            k->value = v;
            k->lineno = st->lineno;
            k->col_offset = st->col;
            p_set_end(p, &k->end_lineno, &k->end_col_offset);
            if (!pvec_push(p, &kv, k)) goto done;
            seen_dstar = true;
        } else if (st->type == T_NAME && p_peekn(p, 1)->type == T_EQUAL) {
            p_advance(p);
            p_advance(p);
            if (p_check(p, T_COMMA) || p_check(p, T_RPAR)) {
                Token *eq = p_last(p);
                p_error_at(p, "SyntaxError", "expected argument value expression", st->lineno, st->col, eq->end_lineno, eq->end_col);
                goto done;
            }
            AstExpr *v = parse_expression(p);
            if (!v) goto done;
            AstKeyword *k = arena_alloc(p->a, sizeof *k);
            if (!k) { p_nomem(p); goto done; }
            k->arg = p_ident(p, st);
            k->value = v;
            k->lineno = st->lineno;
            k->col_offset = st->col;
            p_set_end(p, &k->end_lineno, &k->end_col_offset);
            if (!pvec_push(p, &kv, k)) goto done;
            seen_kw = true;
        } else {
            p->in_call_arg++;   /* `f((x)=1)` has its own message */
            AstExpr *v = parse_named_expression(p);
            p->in_call_arg--;
            if (!v) goto done;
            if (for_class && (p_check(p, T_KW_FOR) || p_check(p, T_KW_ASYNC))) { p_fail(p); goto done; }
            if (p_check(p, T_KW_FOR) || p_check(p, T_KW_ASYNC)) {
                AstComprehensionSeq gens;
                if (!parse_comprehension_clauses(p, &gens)) goto done;
                bool alone = av.count == 0 && kv.count == 0 && p_check(p, T_RPAR);
                AstExpr *g;
                if (alone && !for_class) {
                    p_advance(p);
                    g = p_expr_new(p, AST_EXPR_GeneratorExp, lpar->lineno, lpar->col);
                    if (!g) goto done;
                    g->v.GeneratorExp.elt = v;
                    g->v.GeneratorExp.generators = gens;
                    if (!pvec_push(p, &av, g)) goto done;
                    ok = true;
                    goto done;
                }
                g = p_expr_new(p, AST_EXPR_GeneratorExp, v->lineno, v->col_offset);
                if (!g) goto done;
                p_error_at(p, "SyntaxError", "Generator expression must be parenthesized", v->lineno, v->col_offset, g->end_lineno, g->end_col_offset);
                goto done;
            }
            if (p_check(p, T_EQUAL)) {
                Token *eq = p_peek(p);
                if (v->kind == AST_EXPR_Constant && (v->v.Constant.value.kind == AST_CONST_TRUE || v->v.Constant.value.kind == AST_CONST_FALSE || v->v.Constant.value.kind == AST_CONST_NONE))
                    p_error_at(p, "SyntaxError", p_fmt(p, "cannot assign to ", p_expr_name(v), ""), v->lineno, v->col_offset, v->end_lineno, v->end_col_offset);
                else
                    p_error_at(p, "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", v->lineno, v->col_offset, eq->end_lineno, eq->end_col);
                goto done;
            }
            /* CPython points at the token after the argument */
            if (seen_dstar) { p_error_tok(p, p_peek(p), "positional argument follows keyword argument unpacking"); goto done; }
            if (seen_kw) { p_error_tok(p, p_peek(p), "positional argument follows keyword argument"); goto done; }
            if (!pvec_push(p, &av, v)) goto done;
        }
        if (!p_accept(p, T_COMMA)) break;
    }
    if (!p_accept(p, T_RPAR)) { p_fail(p); goto done; }
    ok = true;
done:
    *args = P_SEQ(AstExprSeq, av);
    *kws = P_SEQ(AstKeywordSeq, kv);
    p_leave(p);
    return ok;
}

AstExpr *parse_primary(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    AstExpr *e = parse_atom(p);
    while (e) {
        if (p_accept(p, T_DOT)) {
            Token *n = p_peek(p);
            if (n->type != T_NAME) LEAVE(p_fail(p));
            p_advance(p);
            AstExpr *a = p_expr_new(p, AST_EXPR_Attribute, st->lineno, st->col);
            if (!a) LEAVE(NULL);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = p_ident(p, n);
            a->v.Attribute.ctx = AST_CTX_Load;
            e = a;
        } else if (p_accept(p, T_LPAR)) {
            AstExprSeq args;
            AstKeywordSeq kws;
            if (!parse_call_args(p, &args, &kws, false)) LEAVE(NULL);
            AstExpr *c = p_expr_new(p, AST_EXPR_Call, st->lineno, st->col);
            if (!c) LEAVE(NULL);
            c->v.Call.func = e;
            c->v.Call.args = args;
            c->v.Call.keywords = kws;
            e = c;
        } else if (p_accept(p, T_LSQB)) {
            AstExpr *s = parse_slices(p);
            if (!s) LEAVE(NULL);
            if (!p_accept(p, T_RSQB)) LEAVE(p_fail(p));
            AstExpr *c = p_expr_new(p, AST_EXPR_Subscript, st->lineno, st->col);
            if (!c) LEAVE(NULL);
            c->v.Subscript.value = e;
            c->v.Subscript.slice = s;
            c->v.Subscript.ctx = AST_CTX_Load;
            e = c;
        } else {
            break;
        }
    }
    LEAVE(e);
}

/* ------------------------------------------------------ operator levels */

static AstExpr *parse_factor(Parser *p);
static AstExpr *parse_inversion(Parser *p);

/* `3 + not x`: CPython's wording, over the whole `not` operand */
static void *p_not_after_op(Parser *p) {
    Token *n = p_peek(p);
    p->speculating++;
    AstExpr *v = parse_inversion(p);
    p->speculating--;
    if (!v) return p_fail(p);
    return p_error_at(p, "SyntaxError", "'not' after an operator must be parenthesized", n->lineno, n->col, v->end_lineno, v->end_col_offset);
}

static AstExpr *parse_power(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    AstExpr *e;
    if (p_accept(p, T_KW_AWAIT)) {
        AstExpr *v = parse_primary(p);
        if (!v) LEAVE(NULL);
        e = p_expr_new(p, AST_EXPR_Await, st->lineno, st->col);
        if (!e) LEAVE(NULL);
        e->v.Await.value = v;
    } else {
        e = parse_primary(p);
        if (!e) LEAVE(NULL);
    }
    if (p_accept(p, T_DOUBLESTAR)) {
        AstExpr *r = parse_factor(p);
        if (!r) LEAVE(NULL);
        AstExpr *b = p_expr_new(p, AST_EXPR_BinOp, st->lineno, st->col);
        if (!b) LEAVE(NULL);
        b->v.BinOp.left = e;
        b->v.BinOp.op = AST_OP_Pow;
        b->v.BinOp.right = r;
        e = b;
    }
    LEAVE(e);
}

static AstExpr *parse_factor(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    AstUnaryOp op;
    switch (st->type) {
    case T_PLUS: op = AST_UNARYOP_UAdd; break;
    case T_MINUS: op = AST_UNARYOP_USub; break;
    case T_TILDE: op = AST_UNARYOP_Invert; break;
    default: LEAVE(parse_power(p));
    }
    p_advance(p);
    if (p_check(p, T_KW_NOT)) LEAVE(p_not_after_op(p));
    AstExpr *v = parse_factor(p);
    if (!v) LEAVE(NULL);
    AstExpr *e = p_expr_new(p, AST_EXPR_UnaryOp, st->lineno, st->col);
    if (!e) LEAVE(NULL);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = v;
    LEAVE(e);
}

/* One left-associative binary level: `level` picks the operators and the
 * next-tighter parser. */
typedef AstExpr *(*PSub)(Parser *);
static int p_binop_of(TokType t, int level, AstOperator *op) {
    switch (level) {
    case 0: if (t == T_VBAR) { *op = AST_OP_BitOr; return 1; } return 0;
    case 1: if (t == T_CIRCUMFLEX) { *op = AST_OP_BitXor; return 1; } return 0;
    case 2: if (t == T_AMPER) { *op = AST_OP_BitAnd; return 1; } return 0;
    case 3:
        if (t == T_LEFTSHIFT) { *op = AST_OP_LShift; return 1; }
        if (t == T_RIGHTSHIFT) { *op = AST_OP_RShift; return 1; }
        return 0;
    case 4:
        if (t == T_PLUS) { *op = AST_OP_Add; return 1; }
        if (t == T_MINUS) { *op = AST_OP_Sub; return 1; }
        return 0;
    case 5:
        switch (t) {
        case T_STAR: *op = AST_OP_Mult; return 1;
        case T_SLASH: *op = AST_OP_Div; return 1;
        case T_DOUBLESLASH: *op = AST_OP_FloorDiv; return 1;
        case T_PERCENT: *op = AST_OP_Mod; return 1;
        case T_AT: *op = AST_OP_MatMult; return 1;
        default: return 0;
        }
    }
    return 0;
}

static AstExpr *parse_binlevel(Parser *p, int level) {
    ENTER();
    Token *st = p_peek(p);
    AstExpr *e = level == 5 ? parse_factor(p) : parse_binlevel(p, level + 1);
    AstOperator op;
    while (e && p_binop_of(p_type(p), level, &op)) {
        p_advance(p);
        if ((level == 4 || level == 5) && p_check(p, T_KW_NOT)) LEAVE(p_not_after_op(p));
        AstExpr *r = level == 5 ? parse_factor(p) : parse_binlevel(p, level + 1);
        if (!r) LEAVE(NULL);
        AstExpr *b = p_expr_new(p, AST_EXPR_BinOp, st->lineno, st->col);
        if (!b) LEAVE(NULL);
        b->v.BinOp.left = e;
        b->v.BinOp.op = op;
        b->v.BinOp.right = r;
        e = b;
    }
    LEAVE(e);
}

AstExpr *parse_bitwise_or(Parser *p) { return parse_binlevel(p, 0); }

static bool p_cmpop(Parser *p, AstCmpOp *op) {
    switch (p_type(p)) {
    case T_EQEQUAL: *op = AST_CMPOP_Eq; break;
    case T_NOTEQUAL: *op = AST_CMPOP_NotEq; break;
    case T_LESS: *op = AST_CMPOP_Lt; break;
    case T_LESSEQUAL: *op = AST_CMPOP_LtE; break;
    case T_GREATER: *op = AST_CMPOP_Gt; break;
    case T_GREATEREQUAL: *op = AST_CMPOP_GtE; break;
    case T_KW_IN: *op = AST_CMPOP_In; break;
    case T_KW_NOT:
        if (p_peekn(p, 1)->type != T_KW_IN) return false;
        p_advance(p);
        *op = AST_CMPOP_NotIn;
        break;
    case T_KW_IS:
        if (p_peekn(p, 1)->type == T_KW_NOT) { p_advance(p); *op = AST_CMPOP_IsNot; }
        else *op = AST_CMPOP_Is;
        break;
    default: return false;
    }
    p_advance(p);
    return true;
}

static AstExpr *parse_comparison(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    AstExpr *e = parse_bitwise_or(p);
    if (!e) LEAVE(NULL);
    PVec ops = {0}, cmps = {0};
    AstCmpOp op;
    size_t nops = 0;
    AstCmpOp *opv = NULL;
    size_t opcap = 0;
    while (p_cmpop(p, &op)) {
        AstExpr *r = parse_bitwise_or(p);
        if (!r) LEAVE(NULL);
        if (nops == opcap) {
            size_t nc = opcap ? opcap * 2 : 4;
            AstCmpOp *n = arena_calloc(p->a, nc, sizeof *n);
            if (!n) LEAVE(p_nomem(p));
            if (nops) memcpy(n, opv, nops * sizeof *n);
            opv = n;
            opcap = nc;
        }
        opv[nops++] = op;
        if (!pvec_push(p, &cmps, r)) LEAVE(NULL);
    }
    (void)ops;
    if (!nops) LEAVE(e);
    AstExpr *c = p_expr_new(p, AST_EXPR_Compare, st->lineno, st->col);
    if (!c) LEAVE(NULL);
    c->v.Compare.left = e;
    c->v.Compare.ops = (AstCmpOpSeq){nops, opv};
    c->v.Compare.comparators = P_SEQ(AstExprSeq, cmps);
    LEAVE(c);
}

static AstExpr *parse_inversion(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    if (p_accept(p, T_KW_NOT)) {
        AstExpr *v = parse_inversion(p);
        if (!v) LEAVE(NULL);
        AstExpr *e = p_expr_new(p, AST_EXPR_UnaryOp, st->lineno, st->col);
        if (!e) LEAVE(NULL);
        e->v.UnaryOp.op = AST_UNARYOP_Not;
        e->v.UnaryOp.operand = v;
        LEAVE(e);
    }
    LEAVE(parse_comparison(p));
}

static AstExpr *parse_boollevel(Parser *p, bool is_or) {
    ENTER();
    Token *st = p_peek(p);
    AstExpr *e = is_or ? parse_boollevel(p, false) : parse_inversion(p);
    if (!e) LEAVE(NULL);
    TokType kw = is_or ? T_KW_OR : T_KW_AND;
    if (!p_check(p, kw)) LEAVE(e);
    PVec v = {0};
    if (!pvec_push(p, &v, e)) LEAVE(NULL);
    while (p_accept(p, kw)) {
        AstExpr *r = is_or ? parse_boollevel(p, false) : parse_inversion(p);
        if (!r || !pvec_push(p, &v, r)) LEAVE(NULL);
    }
    AstExpr *b = p_expr_new(p, AST_EXPR_BoolOp, st->lineno, st->col);
    if (!b) LEAVE(NULL);
    b->v.BoolOp.op = is_or ? AST_BOOLOP_Or : AST_BOOLOP_And;
    b->v.BoolOp.values = P_SEQ(AstExprSeq, v);
    LEAVE(b);
}

AstExpr *parse_disjunction(Parser *p) {
    size_t start = p->pos;
    AstExpr *e = parse_boollevel(p, true);
    if (e) {
        p->disj_start = start;
        p->disj_end = p->pos;
    }
    return e;
}

AstExpr *parse_expression(Parser *p) {
    ENTER();
    if (p_check(p, T_KW_LAMBDA)) LEAVE(parse_lambda(p));
    Token *st = p_peek(p);
    AstExpr *e = parse_disjunction(p);
    if (!e) LEAVE(NULL);
    if (p_accept(p, T_KW_IF)) {
        AstExpr *test = parse_disjunction(p);
        if (!test) LEAVE(NULL);
        if (!p_accept(p, T_KW_ELSE)) {
            if (!p->speculating && !p_check(p, T_COLON) && !p->tok_failed)
                LEAVE(p_error_at(p, "SyntaxError", "expected 'else' after 'if' expression", st->lineno, st->col, test->end_lineno, test->end_col_offset));
            LEAVE(p_fail(p));
        }
        AstExpr *orelse = parse_expression(p);
        if (!orelse) LEAVE(NULL);
        AstExpr *c = p_expr_new(p, AST_EXPR_IfExp, st->lineno, st->col);
        if (!c) LEAVE(NULL);
        c->v.IfExp.test = test;
        c->v.IfExp.body = e;
        c->v.IfExp.orelse = orelse;
        e = c;
    }
    LEAVE(e);
}

AstExpr *parse_named_expression(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    if (st->type == T_NAME && p_peekn(p, 1)->type == T_COLONEQUAL) {
        p_advance(p);
        AstExpr *target = p_name_expr(p, st, AST_CTX_Store);
        if (!target) LEAVE(NULL);
        p_advance(p);
        AstExpr *v = parse_expression(p);
        if (!v) LEAVE(NULL);
        AstExpr *e = p_expr_new(p, AST_EXPR_NamedExpr, st->lineno, st->col);
        if (!e) LEAVE(NULL);
        e->v.NamedExpr.target = target;
        e->v.NamedExpr.value = v;
        LEAVE(e);
    }
    AstExpr *e = parse_expression(p);
    if (e && p_check(p, T_COLONEQUAL))
        LEAVE(p_error_expr(p, e, p_fmt(p, "cannot use assignment expressions with ", p_expr_name(e), "")));
    if (e && e->kind == AST_EXPR_Name && p_check(p, T_EQUAL) && !p->speculating && !p->failed && !p->in_call_arg) {
        /* `[x = 1]`: CPython's invalid_named_expression, when a value
         * follows that is not itself assigned */
        size_t save = p->pos;
        p_advance(p);
        p->speculating++;
        AstExpr *v = parse_bitwise_or(p);
        p->speculating--;
        if (v && !p_check(p, T_EQUAL) && !p_check(p, T_COLONEQUAL))
            LEAVE(p_error_at(p, "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                             e->lineno, e->col_offset, v->end_lineno, v->end_col_offset));
        p->pos = save;
    }
    LEAVE(e);
}

AstExpr *parse_star_expression(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    if (p_accept(p, T_STAR)) {
        AstExpr *v = parse_bitwise_or(p);
        if (!v) LEAVE(NULL);
        AstExpr *e = p_expr_new(p, AST_EXPR_Starred, st->lineno, st->col);
        if (!e) LEAVE(NULL);
        e->v.Starred.value = v;
        e->v.Starred.ctx = AST_CTX_Load;
        LEAVE(e);
    }
    LEAVE(parse_expression(p));
}

AstExpr *parse_star_named_expression(Parser *p) {
    if (p_check(p, T_STAR)) return parse_star_expression(p);
    return parse_named_expression(p);
}

AstExpr *parse_star_expressions(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    AstExpr *e = parse_star_expression(p);
    if (!e) LEAVE(NULL);
    if (!p_check(p, T_COMMA)) LEAVE(e);
    PVec v = {0};
    if (!pvec_push(p, &v, e)) LEAVE(NULL);
    while (p_accept(p, T_COMMA)) {
        if (!p_starts_expr(p)) break;
        AstExpr *x = parse_star_expression(p);
        if (!x || !pvec_push(p, &v, x)) LEAVE(NULL);
    }
    AstExpr *t = p_expr_new(p, AST_EXPR_Tuple, st->lineno, st->col);
    if (!t) LEAVE(NULL);
    t->v.Tuple.elts = P_SEQ(AstExprSeq, v);
    t->v.Tuple.ctx = AST_CTX_Load;
    LEAVE(t);
}

/* star_targets for `for` loops and comprehensions: items are parsed at the
 * bitwise_or level so that the `in` that follows is not taken as a
 * comparison; the caller sets the Store context (which validates). */
AstExpr *parse_star_targets(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    PVec v = {0};
    bool tuple = false;
    for (;;) {
        Token *s = p_peek(p);
        AstExpr *x;
        if (p_accept(p, T_STAR)) {
            AstExpr *inner = parse_bitwise_or(p);
            if (!inner) LEAVE(NULL);
            x = p_expr_new(p, AST_EXPR_Starred, s->lineno, s->col);
            if (!x) LEAVE(NULL);
            x->v.Starred.value = inner;
        } else {
            x = parse_bitwise_or(p);
        }
        if (!x || !pvec_push(p, &v, x)) LEAVE(NULL);
        if (!p_accept(p, T_COMMA)) break;
        tuple = true;
        if (!p_starts_expr(p)) break;
    }
    if (!tuple) LEAVE((AstExpr *)v.items[0]);
    AstExpr *t = p_expr_new(p, AST_EXPR_Tuple, st->lineno, st->col);
    if (!t) LEAVE(NULL);
    t->v.Tuple.elts = P_SEQ(AstExprSeq, v);
    LEAVE(t);
}

AstExpr *parse_yield_expr(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);  /* yield */
    if (p_accept(p, T_KW_FROM)) {
        AstExpr *v = parse_expression(p);
        if (!v) LEAVE(NULL);
        AstExpr *e = p_expr_new(p, AST_EXPR_YieldFrom, st->lineno, st->col);
        if (!e) LEAVE(NULL);
        e->v.YieldFrom.value = v;
        LEAVE(e);
    }
    AstExpr *v = NULL;
    if (p_starts_expr(p)) {
        v = parse_star_expressions(p);
        if (!v) LEAVE(NULL);
    }
    AstExpr *e = p_expr_new(p, AST_EXPR_Yield, st->lineno, st->col);
    if (!e) LEAVE(NULL);
    e->v.Yield.value = v;
    LEAVE(e);
}

/* ------------------------------------------------------------ parameters */

static AstArg *parse_param(Parser *p, bool lambda, bool star_annotation) {
    Token *n = p_peek(p);
    if (n->type == T_LPAR)
        return p_error_tok(p, n, lambda ? "Lambda expression parameters cannot be parenthesized"
                                        : "Function parameters cannot be parenthesized");
    if (n->type != T_NAME) return p_fail(p);
    p_advance(p);
    AstArg *a = arena_alloc(p->a, sizeof *a);
    if (!a) return p_nomem(p);
    a->arg = p_ident(p, n);
    a->lineno = n->lineno;
    a->col_offset = n->col;
    if (!lambda && p_accept(p, T_COLON)) {
        if (star_annotation && p_check(p, T_STAR)) a->annotation = parse_star_expression(p);
        else a->annotation = parse_expression(p);
        if (!a->annotation) return NULL;
    }
    p_set_end(p, &a->end_lineno, &a->end_col_offset);
    return a;
}

/* Parameters of a def (up to ')') or a lambda (up to ':'). */
AstArguments *parse_params(Parser *p, bool lambda) {
    if (!p_enter(p)) return NULL;
    AstArguments *args = arena_alloc(p->a, sizeof *args);
    if (!args) { p_leave(p); return p_nomem(p); }
    TokType end = lambda ? T_COLON : T_RPAR;
    PVec posonly = {0}, plain = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    bool seen_slash = false, seen_star = false, seen_default = false;
    while (!p_check(p, end)) {
        Token *t = p_peek(p);
        if (args->kwarg) {
            p_error_tok(p, t, "arguments cannot follow var-keyword argument");
            goto fail;
        }
        if (p_accept(p, T_SLASH)) {
            if (seen_slash) { p_error_tok(p, t, "/ may appear only once"); goto fail; }
            if (seen_star) { p_error_tok(p, t, "/ must be ahead of *"); goto fail; }
            if (plain.count == 0) {
                /* CPython's rule needs the comma after the '/'; a plain
                 * failure points where its first pass stopped, at the '/' */
                size_t saved_max = p->maxpos;
                if (p_check(p, T_COMMA)) p_error_tok(p, t, "at least one argument must precede /");
                else { p->maxpos = saved_max; p_fail(p); }
                goto fail;
            }
            if (p_check(p, T_STAR)) { p_error_tok(p, p_peek(p), "expected comma between / and *"); goto fail; }
            seen_slash = true;
            posonly = plain;
            plain = (PVec){0};
        } else if (p_accept(p, T_STAR)) {
            if (seen_star) { p_error_tok(p, t, "* argument may appear only once"); goto fail; }
            seen_star = true;
            if (p_check(p, T_COMMA)) {
                Token *after = p_peekn(p, 1);
                if (after->type == end || (after->type == T_DOUBLESTAR)) {
                    p_error_tok(p, lambda ? after : t, "named arguments must follow bare *");
                    goto fail;
                }
            } else if (p_check(p, end)) {
                p_error_tok(p, lambda ? p_peek(p) : t, "named arguments must follow bare *");
                goto fail;
            } else {
                args->vararg = parse_param(p, lambda, true);
                if (!args->vararg) goto fail;
                if (p_check(p, T_EQUAL)) { p_error_tok(p, p_peek(p), "var-positional argument cannot have default value"); goto fail; }
            }
        } else if (p_accept(p, T_DOUBLESTAR)) {
            args->kwarg = parse_param(p, lambda, false);
            if (!args->kwarg) goto fail;
            if (p_check(p, T_EQUAL)) { p_error_tok(p, p_peek(p), "var-keyword argument cannot have default value"); goto fail; }
        } else {
            AstArg *a = parse_param(p, lambda, false);
            if (!a) goto fail;
            AstExpr *def = NULL;
            if (p_accept(p, T_EQUAL)) {
                if (p_check(p, T_COMMA) || p_check(p, end)) {
                    p_error_tok(p, p_last(p), "expected default value expression");
                    goto fail;
                }
                def = parse_expression(p);
                if (!def) goto fail;
            }
            if (seen_star) {
                if (!pvec_push(p, &kwonly, a) || !pvec_push(p, &kwdefaults, def)) goto fail;
            } else {
                if (def) {
                    seen_default = true;
                    if (!pvec_push(p, &defaults, def)) goto fail;
                } else if (seen_default) {
                    p_error_at(p, "SyntaxError", "parameter without a default follows parameter with a default",
                               a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
                    goto fail;
                }
                if (!pvec_push(p, &plain, a)) goto fail;
            }
        }
        if (!p_accept(p, T_COMMA)) break;
    }
    if (!p_check(p, end)) { p_fail(p); goto fail; }
    args->posonlyargs = P_SEQ(AstArgSeq, posonly);
    args->args = P_SEQ(AstArgSeq, plain);
    args->defaults = P_SEQ(AstExprSeq, defaults);
    args->kwonlyargs = P_SEQ(AstArgSeq, kwonly);
    args->kw_defaults = P_SEQ(AstExprSeq, kwdefaults);
    p_leave(p);
    return args;
fail:
    p_leave(p);
    return NULL;
}

static AstExpr *parse_lambda(Parser *p) {
    ENTER();
    Token *st = p_peek(p);
    p_advance(p);
    AstArguments *args = parse_params(p, true);
    if (!args) LEAVE(NULL);
    if (!p_accept(p, T_COLON)) LEAVE(p_fail(p));
    AstExpr *body = parse_expression(p);
    if (!body) LEAVE(NULL);
    AstExpr *e = p_expr_new(p, AST_EXPR_Lambda, st->lineno, st->col);
    if (!e) LEAVE(NULL);
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    LEAVE(e);
}

/* --------------------------------------------------------- type params */

AstTypeParamSeq parse_type_params(Parser *p, bool *ok) {
    PVec v = {0};
    *ok = false;
    p_advance(p);  /* [ */
    if (p_check(p, T_RSQB)) {
        p_error_tok(p, p_peek(p), "Type parameter list cannot be empty");
        return P_SEQ(AstTypeParamSeq, v);
    }
    while (!p_check(p, T_RSQB)) {
        Token *st = p_peek(p);
        AstTypeParamKind kind = AST_TYPEPARAM_TypeVar;
        if (p_accept(p, T_STAR)) kind = AST_TYPEPARAM_TypeVarTuple;
        else if (p_accept(p, T_DOUBLESTAR)) kind = AST_TYPEPARAM_ParamSpec;
        Token *n = p_peek(p);
        if (n->type != T_NAME) { p_fail(p); return P_SEQ(AstTypeParamSeq, v); }
        p_advance(p);
        AstTypeParam *tp = arena_alloc(p->a, sizeof *tp);
        if (!tp) { p_nomem(p); return P_SEQ(AstTypeParamSeq, v); }
        tp->kind = kind;
        tp->lineno = st->lineno;
        tp->col_offset = st->col;
        AstIdent name = p_ident(p, n);
        if (kind == AST_TYPEPARAM_TypeVar) {
            tp->v.TypeVar.name = name;
            if (p_accept(p, T_COLON)) {
                tp->v.TypeVar.bound = parse_expression(p);
                if (!tp->v.TypeVar.bound) return P_SEQ(AstTypeParamSeq, v);
            }
        } else if (p_check(p, T_COLON)) {
            Token *c = p_peek(p);
            p_error_tok(p, c, kind == AST_TYPEPARAM_TypeVarTuple ? "cannot use bound with TypeVarTuple" : "cannot use bound with ParamSpec");
            return P_SEQ(AstTypeParamSeq, v);
        }
        if (kind == AST_TYPEPARAM_ParamSpec) tp->v.ParamSpec.name = name;
        if (kind == AST_TYPEPARAM_TypeVarTuple) tp->v.TypeVarTuple.name = name;
        if (p_accept(p, T_EQUAL)) {
            AstExpr *d = kind == AST_TYPEPARAM_TypeVarTuple ? parse_star_expression(p) : parse_expression(p);
            if (!d) return P_SEQ(AstTypeParamSeq, v);
            if (kind == AST_TYPEPARAM_TypeVar) tp->v.TypeVar.default_value = d;
            else if (kind == AST_TYPEPARAM_ParamSpec) tp->v.ParamSpec.default_value = d;
            else tp->v.TypeVarTuple.default_value = d;
        }
        p_set_end(p, &tp->end_lineno, &tp->end_col_offset);
        if (!pvec_push(p, &v, tp)) return P_SEQ(AstTypeParamSeq, v);
        if (!p_accept(p, T_COMMA)) break;
    }
    if (!p_accept(p, T_RSQB)) { p_fail(p); return P_SEQ(AstTypeParamSeq, v); }
    *ok = true;
    return P_SEQ(AstTypeParamSeq, v);
}
