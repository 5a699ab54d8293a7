/* parser_str: literals.  Numbers become AstConstant text (see ast.h); string
 * literals are decoded (escapes, raw, bytes) into WTF-8, implicit
 * concatenation is applied, and f-strings (PEP 701 tokens) are built into
 * JoinedStr/FormattedValue exactly as CPython 3.13 does: adjacent literal
 * pieces merged, empty ones dropped, the `=` debug text kept as a literal,
 * conversion 'r' implied by `=` without conversion or spec. */
#include "front/parser_impl.h"

#include <string.h>

#include "core/unicode.h"

/* ------------------------------------------------------------ byte buffer */

typedef struct SBuf { char *data; size_t len, cap; } SBuf;

static bool sbuf_reserve(Parser *p, SBuf *b, size_t more) {
    size_t need;
    if (__builtin_add_overflow(b->len, more, &need) || __builtin_add_overflow(need, 1, &need)) { p_nomem(p); return false; }
    if (need <= b->cap) return true;
    size_t nc = b->cap ? b->cap : 32;
    while (nc < need) {
        if (__builtin_mul_overflow(nc, 2, &nc)) { p_nomem(p); return false; }
    }
    char *n = arena_alloc(p->a, nc);
    if (!n) { p_nomem(p); return false; }
    if (b->len) memcpy(n, b->data, b->len);
    b->data = n;
    b->cap = nc;
    return true;
}

static bool sbuf_add(Parser *p, SBuf *b, const char *s, size_t n) {
    if (!sbuf_reserve(p, b, n)) return false;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
    return true;
}

/* Appends code point c in UTF-8; surrogates get their 3-byte form (WTF-8). */
static bool sbuf_add_cp(Parser *p, SBuf *b, unsigned c) {
    char tmp[4];
    size_t n;
    if (c < 0x80) { tmp[0] = (char)c; n = 1; }
    else if (c < 0x800) { tmp[0] = (char)(0xC0 | (c >> 6)); tmp[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
    else if (c < 0x10000) {
        tmp[0] = (char)(0xE0 | (c >> 12)); tmp[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (c & 0x3F)); n = 3;
    } else {
        tmp[0] = (char)(0xF0 | (c >> 18)); tmp[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((c >> 6) & 0x3F)); tmp[3] = (char)(0x80 | (c & 0x3F)); n = 4;
    }
    return sbuf_add(p, b, tmp, n);
}

/* --------------------------------------------------------------- numbers */

AstExpr *p_number(Parser *p, const Token *t) {
    const char *s = p->src + t->start;
    size_t n = t->end - t->start;
    char *clean = arena_alloc(p->a, n + 1);
    if (!clean) return p_nomem(p);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) if (s[i] != '_') clean[k++] = s[i];
    clean[k] = 0;
    AstExpr *e = p_expr_new(p, AST_EXPR_Constant, t->lineno, t->col);
    if (!e) return NULL;
    AstConstant *c = &e->v.Constant.value;
    if (k && (clean[k - 1] == 'j' || clean[k - 1] == 'J')) {
        c->kind = AST_CONST_IMAG;
        clean[--k] = 0;
        c->data = clean;
        c->len = k;
        return e;
    }
    if (k >= 2 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X' || clean[1] == 'o' || clean[1] == 'O' ||
                                      clean[1] == 'b' || clean[1] == 'B')) {
        char b = clean[1];
        c->kind = AST_CONST_INT;
        c->base = (b == 'x' || b == 'X') ? 16 : (b == 'o' || b == 'O') ? 8 : 2;
        c->data = clean + 2;
        c->len = k - 2;
        return e;
    }
    if (strpbrk(clean, ".eE")) {
        c->kind = AST_CONST_FLOAT;
        c->data = clean;
        c->len = k;
        return e;
    }
    c->kind = AST_CONST_INT;
    c->base = 10;
    c->data = clean;
    c->len = k;
    if (k > 4300) {
        const char *m = p_fmt_int(p, "Exceeds the limit (4300 digits) for integer string conversion: value has ", (int)(k > 2000000000 ? 2000000000 : k),
                                  " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        /* CPython gives no column for this one */
        return p_error_at(p, "SyntaxError", m, t->lineno, -1, t->lineno, -1);
    }
    return e;
}

/* ------------------------------------------------------------ escapes */

static int p_hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes the body [s, s+n) of a literal into b.  `fstring` collapses
 * doubled braces.  Errors are reported at token t. */
static bool p_decode(Parser *p, SBuf *b, const char *s, size_t n, bool raw, bool bytes, bool fstring, const Token *t) {
    if (!sbuf_reserve(p, b, n)) return false;
    size_t i = 0;
    while (i < n) {
        /* copy a run without backslashes or braces */
        size_t j = i;
        while (j < n && s[j] != '\\' && !(fstring && (s[j] == '{' || s[j] == '}'))) j++;
        if (bytes) {
            for (size_t q = i; q < j; q++)
                if ((unsigned char)s[q] >= 0x80) {
                    p_error_tok(p, t, "bytes can only contain ASCII literal characters");
                    return false;
                }
        }
        if (j > i && !sbuf_add(p, b, s + i, j - i)) return false;
        i = j;
        if (i >= n) break;
        char c = s[i];
        if (c == '{' || c == '}') {
            if (!sbuf_add(p, b, s + i, 1)) return false;
            i += (i + 1 < n && s[i + 1] == c) ? 2 : 1;
            continue;
        }
        /* backslash */
        if (raw || i + 1 >= n) {
            if (!sbuf_add(p, b, s + i, 1)) return false;
            i++;
            continue;
        }
        char e = s[i + 1];
        i += 2;
        unsigned v;
        switch (e) {
        case '\n': continue;
        case '\\': v = '\\'; break;
        case '\'': v = '\''; break;
        case '"': v = '"'; break;
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = (unsigned)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (unsigned)(s[i++] - '0');
            if (bytes) v &= 0xFF;
            break;
        case 'x': case 'u': case 'U': {
            if (bytes && e != 'x') {
                if (!sbuf_add(p, b, s + i - 2, 2)) return false;
                continue;
            }
            int nd = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            size_t esc = i - 2;  /* where the backslash is, for the message */
            v = 0;
            for (int k = 0; k < nd; k++) {
                int h = i < n ? p_hexval(s[i]) : -1;
                if (h < 0) {
                    if (bytes) {
                        p_error_tok(p, t, p_fmt_int(p, "(value error) invalid \\x escape at position ", (int)esc, ""));
                        return false;
                    }
                    const char *m = p_fmt_int(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position ", (int)esc, "-");
                    m = p_fmt_int(p, m, (int)(i - 1), e == 'x' ? ": truncated \\xXX escape" : e == 'u' ? ": truncated \\uXXXX escape" : ": truncated \\UXXXXXXXX escape");
                    p_error_tok(p, t, m);
                    return false;
                }
                v = v * 16 + (unsigned)h;
                i++;
            }
            if (v > 0x10FFFF) {
                p_error_tok(p, t, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character");
                return false;
            }
            break;
        }
        case 'N':
            if (!bytes) {
                if (i < n && s[i] == '{') {
                    const char *close = memchr(s + i, '}', n - i);
                    if (close) {
                        int32_t cp = uni_lookup(s + i + 1, (size_t)(close - (s + i + 1)));
                        if (cp >= 0) {
                            v = (unsigned)cp;
                            i = (size_t)(close - s) + 1;
                            break;
                        }
                    }
                }
                p_error_tok(p, t, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: unknown Unicode character name");
                return false;
            }
            /* fallthrough */
        default:
            /* unknown escape: kept as is */
            if (!sbuf_add(p, b, s + i - 2, 1)) return false;
            i--;
            continue;
        }
        if (bytes || v < 0x80) {
            char ch = (char)v;
            if (!sbuf_add(p, b, &ch, 1)) return false;
        } else if (!sbuf_add_cp(p, b, v)) {
            return false;
        }
    }
    return true;
}

/* ----------------------------------------------------------- f-strings */

/* JoinedStr parts under construction: finished expressions plus the
 * literal text not yet flushed into a Constant. */
typedef struct FParts {
    PVec items;
    SBuf lit;
    bool has_pos;                  /* lit has a source span yet */
    bool u_kind;                   /* ... and its first token had a 'u' prefix */
    int l0, c0, l1, c1;            /* span of the tokens that made lit */
} FParts;

/* Records that source [l0:c0, l1:c1) contributed to the pending literal:
 * CPython positions a literal piece from its first contributing token to
 * its last. */
static void fparts_span(FParts *f, int l0, int c0, int l1, int c1) {
    if (!f->has_pos) {
        f->has_pos = true;
        f->u_kind = false;
        f->l0 = l0;
        f->c0 = c0;
    }
    f->l1 = l1;
    f->c1 = c1;
}

static bool fparts_flush(Parser *p, FParts *f, const Token *at) {
    if (f->lit.len == 0) { f->has_pos = false; return true; }
    AstExpr *c = p_expr_new(p, AST_EXPR_Constant, at->lineno, at->col);
    if (!c) return false;
    if (f->has_pos) {
        c->lineno = f->l0;
        c->col_offset = f->c0;
        c->end_lineno = f->l1;
        c->end_col_offset = f->c1;
        f->has_pos = false;
        if (f->u_kind) c->v.Constant.kind = p_ident_str(p, "u");
    }
    c->v.Constant.value.kind = AST_CONST_STR;
    c->v.Constant.value.data = f->lit.data;
    c->v.Constant.value.len = f->lit.len;
    f->lit = (SBuf){0};
    return pvec_push(p, &f->items, c);
}

static bool parse_fstring_field(Parser *p, FParts *f, bool raw, const Token *fst);

/* Appends the source from the end of token `from` to the start of token
 * `to`, dropping comments: they can only sit in the gaps between tokens. */
static bool p_debug_text(Parser *p, SBuf *b, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) {
        size_t gs = p->toks[i].end, ge = p->toks[i + 1].start;
        size_t k = gs;
        while (k < ge) {
            const char *hash = memchr(p->src + k, '#', ge - k);
            size_t stop = hash ? (size_t)(hash - p->src) : ge;
            if (!sbuf_add(p, b, p->src + k, stop - k)) return false;
            if (!hash) break;
            const char *nl = memchr(hash, '\n', ge - stop);
            k = nl ? (size_t)(nl - p->src) : ge;
        }
        if (i + 1 < to && !sbuf_add(p, b, p->src + p->toks[i + 1].start, p->toks[i + 1].end - p->toks[i + 1].start))
            return false;
    }
    return true;
}

/* The literal and fields of a format spec up to (not including) its '}'. */
static AstExpr *parse_fstring_spec(Parser *p, bool raw, const Token *fst) {
    Token *st = p_last(p);  /* the ':' */
    FParts f = {0};
    for (;;) {
        Token *t = p_peek(p);
        if (t->type == T_FSTRING_MIDDLE) {
            p_advance(p);
            fparts_span(&f, t->lineno, t->col, t->end_lineno, t->end_col);
            if (!p_decode(p, &f.lit, p->src + t->start, t->end - t->start, raw, false, false, t)) return NULL;
        } else if (t->type == T_LBRACE) {
            if (!parse_fstring_field(p, &f, raw, fst)) return NULL;
        } else {
            break;
        }
    }
    if (!fparts_flush(p, &f, st)) return NULL;
    AstExpr *j = p_expr_new(p, AST_EXPR_JoinedStr, st->lineno, st->col);
    if (!j) return NULL;
    j->v.JoinedStr.values = P_SEQ(AstExprSeq, f.items);
    return j;
}

static bool parse_fstring_field(Parser *p, FParts *f, bool raw, const Token *fst) {
    if (!p_enter(p)) return false;
    bool ok = false;
    Token *lb = p_peek(p);
    size_t lb_i = p->pos;
    p_advance(p);
    if (p_check(p, T_RBRACE) || p_check(p, T_EXCLAMATION) || p_check(p, T_COLON) || p_check(p, T_EQUAL)) {
        Token *t = p_peek(p);
        const char *m = t->type == T_RBRACE ? "f-string: valid expression required before '}'"
                      : t->type == T_EXCLAMATION ? "f-string: valid expression required before '!'"
                      : t->type == T_COLON ? "f-string: valid expression required before ':'"
                                           : "f-string: valid expression required before '='";
        p_error_tok(p, t, m);
        goto out;
    }
    if (p_check(p, T_KW_LAMBDA)) {
        Token *l = p_peek(p);
        p_error_tok(p, l, "f-string: lambda expressions are not allowed without parentheses");
        goto out;
    }
    AstExpr *e = p_check(p, T_KW_YIELD) ? parse_yield_expr(p) : parse_star_expressions(p);
    if (!e) goto out;
    if (p_starts_expr(p) && !p_check(p, T_STAR) && !p_check(p, T_MINUS) && !p_check(p, T_PLUS) && !p_check(p, T_TILDE)) {
        p_fail(p);  /* reported as a missing comma */
        goto out;
    }
    if (p_check(p, T_EQUAL)) {
        p_advance(p);
        Token *nx = p_peek(p);
        /* the debug text runs from after '{' to the next token, '=' and
         * surrounding spaces included, comments left out (as CPython) */
        if (!p_debug_text(p, &f->lit, lb_i, p->pos)) goto out;
        fparts_span(f, lb->end_lineno, lb->end_col, nx->lineno, nx->col);
        if (!p_check(p, T_EXCLAMATION) && !p_check(p, T_COLON) && !p_check(p, T_RBRACE)) {
            p_error_tok(p, p_peek(p), "f-string: expecting '!', or ':', or '}'");
            goto out;
        }
        int conversion = -1;
        AstExpr *spec = NULL;
        if (p_accept(p, T_EXCLAMATION)) {
            Token *c = p_peek(p);
            if (c->type != T_NAME || c->end - c->start != 1 || !strchr("sra", p->src[c->start])) {
                p_error_tok(p, c, c->type == T_NAME ? p_fmt(p, "f-string: invalid conversion character '", p_ident(p, c).str, "': expected 's', 'r', or 'a'")
                                                    : "f-string: missing conversion character");
                goto out;
            }
            conversion = p->src[c->start];
            p_advance(p);
        }
        if (p_accept(p, T_COLON)) {
            spec = parse_fstring_spec(p, raw, fst);
            if (!spec) goto out;
        }
        if (!p_accept(p, T_RBRACE)) {
            p_error_tok(p, p_peek(p), "f-string: expecting '}'");
            goto out;
        }
        if (conversion == -1 && !spec) conversion = 'r';
        if (!fparts_flush(p, f, lb)) goto out;
        AstExpr *fv = p_expr_new(p, AST_EXPR_FormattedValue, lb->lineno, lb->col);
        if (!fv) goto out;
        fv->v.FormattedValue.value = e;
        fv->v.FormattedValue.conversion = conversion;
        fv->v.FormattedValue.format_spec = spec;
        ok = pvec_push(p, &f->items, fv);
        goto out;
    }
    int conversion = -1;
    AstExpr *spec = NULL;
    if (p_accept(p, T_EXCLAMATION)) {
        Token *c = p_peek(p);
        if (c->type != T_NAME || c->end - c->start != 1 || !strchr("sra", p->src[c->start])) {
            p_error_tok(p, c, c->type == T_NAME ? p_fmt(p, "f-string: invalid conversion character '", p_ident(p, c).str, "': expected 's', 'r', or 'a'")
                                                : "f-string: missing conversion character");
            goto out;
        }
        conversion = p->src[c->start];
        p_advance(p);
    }
    if (p_accept(p, T_COLON)) {
        spec = parse_fstring_spec(p, raw, fst);
        if (!spec) goto out;
    }
    if (!p_accept(p, T_RBRACE)) {
        p_error_tok(p, p_peek(p), "f-string: expecting '}'");
        goto out;
    }
    if (!fparts_flush(p, f, lb)) goto out;
    AstExpr *fv = p_expr_new(p, AST_EXPR_FormattedValue, lb->lineno, lb->col);
    if (!fv) goto out;
    fv->v.FormattedValue.value = e;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    ok = pvec_push(p, &f->items, fv);
out:
    p_leave(p);
    return ok;
}

static bool parse_fstring(Parser *p, FParts *f) {
    Token *st = p_peek(p);
    p_advance(p);
    bool raw = false;
    for (size_t i = st->start; i < st->end; i++)
        if (p->src[i] == 'r' || p->src[i] == 'R') raw = true;
    for (;;) {
        Token *t = p_peek(p);
        if (t->type == T_FSTRING_MIDDLE) {
            p_advance(p);
            fparts_span(f, t->lineno, t->col, t->end_lineno, t->end_col);
            if (!p_decode(p, &f->lit, p->src + t->start, t->end - t->start, raw, false, true, t)) return false;
        } else if (t->type == T_LBRACE) {
            if (!parse_fstring_field(p, f, raw, st)) return false;
        } else if (t->type == T_FSTRING_END) {
            p_advance(p);
            return true;
        } else {
            p_fail(p);
            return false;
        }
    }
}

/* ------------------------------------------------------------ strings */

/* One or more adjacent string literals (STRING or f-string). */
AstExpr *parse_strings(Parser *p) {
    if (!p_enter(p)) return NULL;
    Token *st = p_peek(p);
    bool first = true, bytes = false, any_f = false, u_kind = false, mixed = false;
    FParts f = {0};
    AstExpr *result = NULL;
    while (p_check(p, T_STRING) || p_check(p, T_FSTRING_START)) {
        Token *t = p_peek(p);
        const char *s = p->src + t->start;
        size_t n = t->end - t->start;
        bool raw = false, isb = false, isu = false;
        size_t k = 0;
        while (k < n && s[k] != '\'' && s[k] != '"') {
            char c = s[k];
            if (c == 'r' || c == 'R') raw = true;
            else if (c == 'b' || c == 'B') isb = true;
            else if (c == 'u' || c == 'U') isu = true;
            k++;
        }
        if (first) { bytes = isb; u_kind = isu; first = false; }
        else if (bytes != isb) mixed = true;
        if (t->type == T_FSTRING_START) {
            any_f = true;
            if (!parse_fstring(p, &f)) goto out;
            continue;
        }
        p_advance(p);
        bool starts_piece = !f.has_pos;
        fparts_span(&f, t->lineno, t->col, t->end_lineno, t->end_col);
        if (starts_piece) f.u_kind = isu;
        size_t q = (n - k >= 6 && s[k + 1] == s[k] && s[k + 2] == s[k]) ? 3 : 1;
        if (!p_decode(p, &f.lit, s + k + q, n - k - 2 * q, raw, isb, false, t)) goto out;
    }
    if (mixed) {
        /* reported after the last literal, where CPython's rule ends */
        p_error_tok(p, p_peek(p), "cannot mix bytes and nonbytes literals");
        goto out;
    }
    if (!any_f) {
        result = p_expr_new(p, AST_EXPR_Constant, st->lineno, st->col);
        if (!result) goto out;
        AstConstant *c = &result->v.Constant.value;
        c->kind = bytes ? AST_CONST_BYTES : AST_CONST_STR;
        c->data = f.lit.data ? f.lit.data : "";
        c->len = f.lit.len;
        if (u_kind) result->v.Constant.kind = p_ident_str(p, "u");
        goto out;
    }
    if (!fparts_flush(p, &f, st)) goto out;
    result = p_expr_new(p, AST_EXPR_JoinedStr, st->lineno, st->col);
    if (!result) goto out;
    result->v.JoinedStr.values = P_SEQ(AstExprSeq, f.items);
out:
    p_leave(p);
    return result;
}
