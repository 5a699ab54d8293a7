/* exc_format: the text CPython 3.13 prints for an uncaught exception
 * (traceback.TracebackException.format, which 3.13's excepthook uses):
 * chained exceptions first, "Traceback (most recent call last):", one entry
 * per frame with the source line(s) and the caret line under the failing
 * expression, "[Previous line repeated N more times]" for recursion, then
 * "Type: message" and the notes.  SyntaxError gets its own location block.
 *
 * The caret rules follow traceback.py: the instruction's column span selects
 * a segment of the (dedented) source lines; if the segment is a binary
 * operation, a subscript or a call, "anchors" mark the operator / brackets
 * with '^' and the rest with '~'; no caret line is printed when the span
 * covers the whole line, nor for `x = f(...)` / `return f(...)` where the
 * call is the whole right-hand side.  traceback.py finds the anchors with
 * ast.parse; here a small tokenizer and expression parser over the segment
 * find the same positions (brackets are skipped, not parsed: their contents
 * came from source that compiled).
 *
 * Everything here works on code point indexes of str objects; columns from
 * CodeLoc are UTF-8 byte offsets and are converted first.  Temporary arrays
 * live in bytes objects (heap-owned, so a raise cannot leak them). */
#include <string.h>
#include "core/realm.h"
#include "core/unicode.h"
#include "objects/objects.h"
#include "objects/exc_impl.h"
#include "objects/exc_stdlib_names.h"
#include "vm/ops.h"
#include "vm/code.h"

#define RECURSIVE_CUTOFF 3
#define MAX_NEST 64       /* bracket/group nesting the anchor parser follows */

static inline bool is_str(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB); }
static inline Str *sp(Value v) { return (Str *)v_obj(v); }

/* ------------------------------------------------------------------ */
/* small str helpers                                                   */

static Value substr(Realm *r, Value s, int64_t a, int64_t b) {
    int64_t n = sp(s)->len;
    if (a < 0) a = 0;
    if (b > n) b = n;
    if (a >= b) return r->empty_str;
    if (a == 0 && b == n) return s;
    StrBuf sb;
    strbuf_init(r, &sb);
    for (int64_t i = a; i < b; i++) strbuf_add_char(&sb, str_char(sp(s), i));
    return strbuf_finish(&sb);
}

static bool is_ws(uint32_t c) { return c < 128 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) : uni_isspace(c); }

static Value rstrip(Realm *r, Value s) {
    int64_t n = sp(s)->len;
    while (n > 0 && is_ws(str_char(sp(s), n - 1))) n--;
    return substr(r, s, 0, n);
}
static Value strip(Realm *r, Value s) {
    int64_t a = 0, n = sp(s)->len;
    while (a < n && is_ws(str_char(sp(s), a))) a++;
    while (n > a && is_ws(str_char(sp(s), n - 1))) n--;
    return substr(r, s, a, n);
}
static int64_t lead_ws(Value s) {   /* len(s) - len(s.lstrip()) */
    int64_t a = 0, n = sp(s)->len;
    while (a < n && is_ws(str_char(sp(s), a))) a++;
    return a;
}
static bool blank(Value s) { return lead_ws(s) == sp(s)->len; }

/* Lines first..last (1-based) of a source text as a list of str, without
 * their line breaks (\n, \r\n or \r, as universal newlines); lines past
 * the end are "".  One pass over the text. */
static Value source_lines(Realm *r, Value src, int64_t first, int64_t last) {
    Value out = list_new(r, 0);
    int64_t line = 1, i = 0, n = sp(src)->len;
    while (line < first && i < n) {   /* budget */
        uint32_t c = str_char(sp(src), i++);
        if (c == '\n') line++;
        else if (c == '\r') { if (i < n && str_char(sp(src), i) == '\n') i++; line++; }
    }
    for (; line <= last; line++) {   /* budget */
        if (i >= n) {   /* past the end of the text */
            list_append(r, out, r->empty_str);
            continue;
        }
        int64_t j = i;
        while (j < n && str_char(sp(src), j) != '\n' && str_char(sp(src), j) != '\r') j++;
        list_append(r, out, substr(r, src, i, j));
        i = j;
        if (i < n && str_char(sp(src), i) == '\r' && i + 1 < n && str_char(sp(src), i + 1) == '\n') i++;
        if (i < n) i++;
        else i = n + 1;
    }
    return out;
}

/* Code point index of UTF-8 byte offset `off` in s (a partial character
 * counts as one, as decoding with errors="replace" does). */
static int64_t byte_to_char(Value s, int64_t off) {
    Str *p = sp(s);
    int64_t bytes = 0, i = 0;
    if (off <= 0) return 0;
    for (; i < p->len; i++) {
        uint32_t c = str_char(p, i);
        int w = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + w > off) return bytes < off ? i + 1 : i;
        bytes += w;
        if (bytes == off) return i + 1;
    }
    return i;
}

/* East Asian Wide or Fullwidth (traceback._display_width: the
 * unicodedata.east_asian_width of c is in "WF"). */
static bool wide_char(uint32_t c) {
    const char *w = uni_east_asian_width(c);
    return (w[0] == 'W' || w[0] == 'F') && w[1] == 0;
}

/* Display width of s[:offset] (traceback._display_width). */
static int64_t display_width(Value s, int64_t offset) {
    Str *p = sp(s);
    if (p->ascii) return offset;
    int64_t w = 0;
    for (int64_t i = 0; i < offset && i < p->len; i++) w += wide_char(str_char(p, i)) ? 2 : 1;
    return w;
}

/* Lines of text (a list of str) dedented as textwrap.dedent does:
 * whitespace-only lines become empty, then the longest common leading
 * run of spaces/tabs of the other lines is removed. */
static void dedent_lines(Realm *r, Value lines) {
    List *l = list_ptr(lines);
    int64_t mlen = -1;
    Value margin_src = V_NULL;
    for (int64_t i = 0; i < l->len; i++) {
        Str *s = sp(l->items[i]);
        int64_t k = 0;
        while (k < s->len && (str_char(s, k) == ' ' || str_char(s, k) == '\t')) k++;
        if (k == s->len) { l->items[i] = r->empty_str; continue; }
        if (mlen < 0) { mlen = k; margin_src = l->items[i]; continue; }
        int64_t j = 0;
        Str *m = sp(margin_src);
        while (j < mlen && j < k && str_char(m, j) == str_char(s, j)) j++;
        mlen = j;
    }
    if (mlen <= 0) return;
    for (int64_t i = 0; i < l->len; i++) {
        if (sp(l->items[i])->len == 0) continue;
        l->items[i] = substr(r, l->items[i], mlen, sp(l->items[i])->len);
    }
}

/* ------------------------------------------------------------------ */
/* tokenizer for the caret anchors                                     */

enum { TK_NAME, TK_NUMBER, TK_STRING, TK_OP, TK_NEWLINE };

typedef struct Tok {
    int32_t kind;
    int32_t line, col, end_line, end_col;   /* code point positions */
    uint32_t op[3];                         /* operator characters, 0-padded */
    int64_t pos;                            /* index of the first character in the text */
    int32_t match;                          /* index of the matching bracket or -1 */
} Tok;

typedef struct Lexer {
    Realm *r;
    Value text;          /* str */
    int64_t i, n;
    int32_t line, col;
    Value buf;           /* bytes object holding the Tok array */
    int32_t ntok, cap;
    bool stmt;           /* emit NEWLINE tokens at bracket depth 0 */
    int depth;
    bool fail;
} Lexer;

static uint32_t lx_peek(Lexer *L, int64_t k) {
    return L->i + k < L->n ? str_char(sp(L->text), L->i + k) : 0;
}
static void lx_adv(Lexer *L) {
    uint32_t c = lx_peek(L, 0);
    L->i++;
    if (c == '\n') { L->line++; L->col = 0; } else L->col++;
}
static Tok *lx_toks(Lexer *L) { return (Tok *)(void *)((Bytes *)v_obj(L->buf))->data; }

static Tok *lx_push(Lexer *L, int kind, int32_t line, int32_t col) {
    if (L->ntok == L->cap) {
        int32_t ncap = L->cap ? L->cap * 2 : 32;
        size_t size;
        if (ncap <= L->cap || __builtin_mul_overflow((size_t)ncap, sizeof(Tok), &size)) {
            L->fail = true;
            return NULL;
        }
        Value nb = bytes_alloc(L->r, size);
        if (L->ntok) memcpy(((Bytes *)v_obj(nb))->data, lx_toks(L), (size_t)L->ntok * sizeof(Tok));
        L->buf = nb;
        L->cap = ncap;
    }
    Tok *t = &lx_toks(L)[L->ntok++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->line = line;
    t->col = col;
    t->match = -1;
    return t;
}

static bool id_start(uint32_t c) {
    return c == '_' || (c < 128 ? ((c | 32) >= 'a' && (c | 32) <= 'z') : uni_isxid_start(c));
}
static bool id_cont(uint32_t c) {
    return id_start(c) || (c >= '0' && c <= '9') || (c >= 128 && uni_isxid_continue(c));
}

static void lx_string_body(Lexer *L, uint32_t q, bool triple, bool fstr, int nest);

/* Skips the replacement field of an f-string after its '{' up to the
 * matching '}' (nested strings included). */
static void lx_fstring_field(Lexer *L, int nest) {
    int depth = 0;
    while (!L->fail) {
        uint32_t c = lx_peek(L, 0);
        if (L->i >= L->n) { L->fail = true; return; }
        if (c == '\'' || c == '"') {
            bool tri = lx_peek(L, 1) == c && lx_peek(L, 2) == c;
            for (int k = 0; k < (tri ? 3 : 1); k++) lx_adv(L);
            lx_string_body(L, c, tri, false, nest + 1);
            continue;
        }
        if (c == '(' || c == '[' || c == '{') depth++;
        else if (c == ')' || c == ']') depth--;
        else if (c == '}') { if (depth == 0) { lx_adv(L); return; } depth--; }
        lx_adv(L);
    }
}

/* After the opening quote(s): up to and including the closing ones. */
static void lx_string_body(Lexer *L, uint32_t q, bool triple, bool fstr, int nest) {
    if (nest > 8) { L->fail = true; return; }
    while (!L->fail) {   /* budget */
        if (L->i >= L->n) { L->fail = true; return; }
        uint32_t c = lx_peek(L, 0);
        if (c == '\\') { lx_adv(L); if (L->i < L->n) lx_adv(L); continue; }
        if (c == '\n' && !triple) { L->fail = true; return; }
        if (fstr && c == '{') {
            if (lx_peek(L, 1) == '{') { lx_adv(L); lx_adv(L); continue; }
            lx_adv(L);
            lx_fstring_field(L, nest);
            continue;
        }
        if (c == q) {
            if (!triple) { lx_adv(L); return; }
            if (lx_peek(L, 1) == q && lx_peek(L, 2) == q) { lx_adv(L); lx_adv(L); lx_adv(L); return; }
        }
        lx_adv(L);
    }
}

static const char *const lx_ops3[] = {"**=", "//=", ">>=", "<<=", "...", NULL};
static const char *const lx_ops2[] = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
                                      "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", NULL};

static void lx_run(Lexer *L) {
    int32_t stack[MAX_NEST];
    int sdepth = 0;
    while (!L->fail && L->i < L->n) {   /* budget */
        uint32_t c = lx_peek(L, 0);
        int32_t line = L->line, col = L->col;
        int64_t start = L->i;
        if (c == ' ' || c == '\t' || c == '\f' || c == '\r') { lx_adv(L); continue; }
        if (c == '\n') {
            if (L->stmt && sdepth == 0 && L->ntok && lx_toks(L)[L->ntok - 1].kind != TK_NEWLINE)
                lx_push(L, TK_NEWLINE, line, col);
            lx_adv(L);
            continue;
        }
        if (c == '#') { while (L->i < L->n && lx_peek(L, 0) != '\n') lx_adv(L); continue; }
        if (c == '\\' && lx_peek(L, 1) == '\n') { lx_adv(L); lx_adv(L); continue; }
        Tok *t;
        if (id_start(c)) {
            /* string prefix? */
            int64_t k = 0;
            bool f = false;
            while (k < 3 && L->i + k < L->n) {
                uint32_t p = lx_peek(L, k) | 32;
                if (p == 'r' || p == 'b' || p == 'u' || p == 'f') { if (p == 'f') f = true; k++; }
                else break;
            }
            uint32_t q = lx_peek(L, k);
            if (k > 0 && (q == '\'' || q == '"')) {
                for (int64_t m = 0; m < k; m++) lx_adv(L);
                bool tri = lx_peek(L, 1) == q && lx_peek(L, 2) == q;
                for (int m = 0; m < (tri ? 3 : 1); m++) lx_adv(L);
                lx_string_body(L, q, tri, f, 0);
                t = lx_push(L, TK_STRING, line, col);
            } else {
                while (L->i < L->n && id_cont(lx_peek(L, 0))) lx_adv(L);
                t = lx_push(L, TK_NAME, line, col);
            }
        } else if ((c >= '0' && c <= '9') || (c == '.' && lx_peek(L, 1) >= '0' && lx_peek(L, 1) <= '9')) {
            uint32_t c1 = lx_peek(L, 1) | 32;
            if (c == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
                lx_adv(L); lx_adv(L);
                while (L->i < L->n && (id_cont(lx_peek(L, 0)))) lx_adv(L);
            } else {
                for (;;) {
                    uint32_t d = lx_peek(L, 0);
                    if ((d >= '0' && d <= '9') || d == '_' || d == '.') { lx_adv(L); continue; }
                    if ((d | 32) == 'e') {
                        uint32_t e1 = lx_peek(L, 1);
                        if (e1 == '+' || e1 == '-') lx_adv(L);
                        lx_adv(L);
                        continue;
                    }
                    if ((d | 32) == 'j') { lx_adv(L); break; }
                    break;
                }
            }
            t = lx_push(L, TK_NUMBER, line, col);
        } else if (c == '\'' || c == '"') {
            bool tri = lx_peek(L, 1) == c && lx_peek(L, 2) == c;
            for (int m = 0; m < (tri ? 3 : 1); m++) lx_adv(L);
            lx_string_body(L, c, tri, false, 0);
            t = lx_push(L, TK_STRING, line, col);
        } else {
            int len = 1;
            for (const char *const *o = lx_ops3; *o && len == 1; o++)
                if (lx_peek(L, 0) == (uint8_t)(*o)[0] && lx_peek(L, 1) == (uint8_t)(*o)[1] &&
                    lx_peek(L, 2) == (uint8_t)(*o)[2]) len = 3;
            for (const char *const *o = lx_ops2; *o && len == 1; o++)
                if (lx_peek(L, 0) == (uint8_t)(*o)[0] && lx_peek(L, 1) == (uint8_t)(*o)[1]) len = 2;
            if (len == 1 && !strchr("+-*/%@&|^~<>()[]{},:;.=!", (int)(c < 128 ? c : 1))) {
                L->fail = true;
                return;
            }
            if (c >= 128) { L->fail = true; return; }
            t = lx_push(L, TK_OP, line, col);
            if (!t) return;
            for (int m = 0; m < len; m++) { t->op[m] = lx_peek(L, 0); lx_adv(L); }
            if (len == 1 && (c == '(' || c == '[' || c == '{')) {
                if (sdepth >= MAX_NEST) { L->fail = true; return; }
                stack[sdepth++] = L->ntok - 1;
            } else if (len == 1 && (c == ')' || c == ']' || c == '}')) {
                if (sdepth == 0) { L->fail = true; return; }
                int32_t o = stack[--sdepth];
                uint32_t oc = lx_toks(L)[o].op[0];
                if ((oc == '(') != (c == ')') || (oc == '[') != (c == ']')) { L->fail = true; return; }
                lx_toks(L)[o].match = L->ntok - 1;
                lx_toks(L)[L->ntok - 1].match = o;
            }
            t = &lx_toks(L)[L->ntok - 1];
        }
        if (!t) return;
        t->pos = start;
        t->end_line = L->line;
        t->end_col = L->col;
    }
    if (sdepth != 0) L->fail = true;
}

static void lx_init(Realm *r, Lexer *L, Value text, bool stmt) {
    memset(L, 0, sizeof *L);
    L->r = r;
    L->text = text;
    L->n = sp(text)->len;
    L->stmt = stmt;
    L->buf = r->empty_bytes;
    lx_run(L);
}

/* ------------------------------------------------------------------ */
/* expression parser: finds the top node and its anchor positions      */

typedef struct Span { int32_t sl, sc, el, ec; } Span;
enum { PK_OTHER, PK_BINOP, PK_CALL, PK_SUBSCRIPT };
typedef struct PNode {
    int kind;
    Span tok;        /* first token start .. last token end */
    Span node;       /* the AST node's position (a parenthesised group: its inside) */
    Span right;      /* BinOp: right operand's node */
    int32_t op;      /* BinOp: operator token; Call/Subscript: '(' or '[' token */
} PNode;

typedef struct Parser {
    const Tok *t;
    int32_t n, i;
    bool fail;
    int depth;
    Value text;
} Parser;

static const char *const py_keywords[] = {
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", NULL};

static bool tok_is_name(Parser *P, int32_t i, const char *w) {
    if (i >= P->n || P->t[i].kind != TK_NAME) return false;
    const Tok *t = &P->t[i];
    if (t->line != t->end_line) return false;
    size_t len = (size_t)(t->end_col - t->col);
    if (strlen(w) != len) return false;
    Str *s = sp(P->text);
    for (size_t k = 0; k < len; k++)
        if (t->pos + (int64_t)k >= s->len || str_char(s, t->pos + (int64_t)k) != (uint8_t)w[k]) return false;
    return true;
}
static bool tok_keyword(Parser *P, int32_t i) {
    for (const char *const *k = py_keywords; *k; k++) if (tok_is_name(P, i, *k)) return true;
    return false;
}
static bool tok_op(Parser *P, int32_t i, const char *op) {
    if (i >= P->n || P->t[i].kind != TK_OP) return false;
    const Tok *t = &P->t[i];
    for (int k = 0; k < 3; k++) {
        uint32_t want = (uint8_t)op[k];
        if (t->op[k] != want) return false;
        if (!want) return true;
    }
    return op[3] == 0;
}

static Span tok_span(const Tok *a, const Tok *b) {
    Span s = {a->line, a->col, b->end_line, b->end_col};
    return s;
}

/* Position of what tokens [first, last] denote as a node: a parenthesised
 * group stands for its inside; a tuple, generator or empty pair keeps its
 * parentheses. */
static Span group_node_span(Parser *P, int32_t first, int32_t last, int depth) {
    const Tok *t = P->t;
    if (depth < MAX_NEST && tok_op(P, first, "(") && t[first].match == last && last > first + 1) {
        bool plain = !tok_is_name(P, first + 1, "yield");
        for (int32_t k = first + 1; k < last && plain; k++) {
            if (tok_op(P, k, ",") || tok_is_name(P, k, "for")) plain = false;
            if (t[k].kind == TK_OP && t[k].match > k) k = t[k].match;
        }
        if (plain) return group_node_span(P, first + 1, last - 1, depth + 1);
    }
    return tok_span(&t[first], &t[last]);
}

static PNode parse_binary(Parser *P, int min_prec);

static PNode p_fail(Parser *P) {
    PNode n;
    memset(&n, 0, sizeof n);
    P->fail = true;
    return n;
}

static PNode parse_atom(Parser *P) {
    PNode n;
    memset(&n, 0, sizeof n);
    if (P->i >= P->n) return p_fail(P);
    int32_t i = P->i;
    const Tok *t = &P->t[i];
    if (t->kind == TK_NAME) {
        if (tok_keyword(P, i)) return p_fail(P);
        P->i++;
        n.tok = n.node = tok_span(t, t);
        return n;
    }
    if (t->kind == TK_NUMBER) { P->i++; n.tok = n.node = tok_span(t, t); return n; }
    if (t->kind == TK_STRING) {
        int32_t j = i;
        while (j + 1 < P->n && P->t[j + 1].kind == TK_STRING) j++;
        P->i = j + 1;
        n.tok = n.node = tok_span(t, &P->t[j]);
        return n;
    }
    if (tok_op(P, i, "...")) { P->i++; n.tok = n.node = tok_span(t, t); return n; }
    if (tok_op(P, i, "(") || tok_op(P, i, "[") || tok_op(P, i, "{")) {
        int32_t m = t->match;
        if (m < 0) return p_fail(P);
        P->i = m + 1;
        n.tok = tok_span(t, &P->t[m]);
        n.node = tok_op(P, i, "(") ? group_node_span(P, i, m, 0) : n.tok;
        return n;
    }
    return p_fail(P);
}

static PNode parse_primary(Parser *P) {
    PNode a = parse_atom(P);
    while (!P->fail && P->i < P->n) {   /* budget */
        int32_t i = P->i;
        if (tok_op(P, i, ".")) {
            if (i + 1 >= P->n || P->t[i + 1].kind != TK_NAME) return p_fail(P);
            P->i = i + 2;
            a.kind = PK_OTHER;
            a.tok.el = P->t[i + 1].end_line;
            a.tok.ec = P->t[i + 1].end_col;
            a.node = a.tok;
        } else if (tok_op(P, i, "(") || tok_op(P, i, "[")) {
            int32_t m = P->t[i].match;
            if (m < 0) return p_fail(P);
            P->i = m + 1;
            a.kind = tok_op(P, i, "(") ? PK_CALL : PK_SUBSCRIPT;
            a.op = i;
            a.tok.el = P->t[m].end_line;
            a.tok.ec = P->t[m].end_col;
            a.node = a.tok;
        } else {
            break;
        }
    }
    return a;
}

static PNode parse_unary(Parser *P);

static PNode parse_power(Parser *P) {
    PNode base;
    if (tok_is_name(P, P->i, "await")) {
        int32_t s = P->i++;
        base = parse_primary(P);
        base.kind = PK_OTHER;
        base.tok.sl = P->t[s].line;
        base.tok.sc = P->t[s].col;
        base.node = base.tok;
    } else {
        base = parse_primary(P);
    }
    if (!P->fail && tok_op(P, P->i, "**")) {
        int32_t op = P->i++;
        PNode e = parse_unary(P);
        PNode n;
        memset(&n, 0, sizeof n);
        n.kind = PK_BINOP;
        n.op = op;
        n.right = e.node;
        n.tok.sl = base.tok.sl; n.tok.sc = base.tok.sc;
        n.tok.el = e.tok.el; n.tok.ec = e.tok.ec;
        n.node = n.tok;
        return n;
    }
    return base;
}

static PNode parse_unary(Parser *P) {
    if (++P->depth > MAX_NEST) return p_fail(P);
    PNode n;
    if (tok_op(P, P->i, "-") || tok_op(P, P->i, "+") || tok_op(P, P->i, "~")) {
        int32_t s = P->i++;
        n = parse_unary(P);
        n.kind = PK_OTHER;
        n.tok.sl = P->t[s].line;
        n.tok.sc = P->t[s].col;
        n.node = n.tok;
    } else {
        n = parse_power(P);
    }
    P->depth--;
    return n;
}

static int bin_prec(Parser *P, int32_t i) {
    if (i >= P->n || P->t[i].kind != TK_OP || P->t[i].op[2]) return 0;
    uint32_t a = P->t[i].op[0], b = P->t[i].op[1];
    if (b == 0) {
        switch (a) {
        case '|': return 1;
        case '^': return 2;
        case '&': return 3;
        case '+': case '-': return 5;
        case '*': case '/': case '%': case '@': return 6;
        default: return 0;
        }
    }
    if ((a == '<' && b == '<') || (a == '>' && b == '>')) return 4;
    if (a == '/' && b == '/') return 6;
    return 0;
}

static PNode parse_binary(Parser *P, int min_prec) {
    if (++P->depth > MAX_NEST) return p_fail(P);
    PNode left = parse_unary(P);
    while (!P->fail) {   /* budget */
        int p = bin_prec(P, P->i);
        if (p == 0 || p < min_prec) break;
        int32_t op = P->i++;
        PNode right = parse_binary(P, p + 1);
        PNode n;
        memset(&n, 0, sizeof n);
        n.kind = PK_BINOP;
        n.op = op;
        n.right = right.node;
        n.tok.sl = left.tok.sl; n.tok.sc = left.tok.sc;
        n.tok.el = right.tok.el; n.tok.ec = right.tok.ec;
        n.node = n.tok;
        left = n;
    }
    P->depth--;
    return left;
}

typedef struct Anchors {
    bool ok;
    int32_t left_line, left_col, right_line, right_col;
    uint32_t primary, secondary;
} Anchors;

/* traceback._extract_caret_anchors_from_line_segment. */
static Anchors extract_anchors(Realm *r, Value segment, Value seg_lines) {
    Anchors a;
    memset(&a, 0, sizeof a);
    Lexer L;
    lx_init(r, &L, segment, false);
    if (L.fail || L.ntok == 0) return a;
    Parser P = {lx_toks(&L), L.ntok, 0, false, 0, segment};
    PNode n = parse_binary(&P, 1);
    if (P.fail || P.i != P.n) return a;
    List *lines = list_ptr(seg_lines);
    a.primary = '~';
    a.secondary = '^';
    switch (n.kind) {
    case PK_BINOP: {
        const Tok *op = &P.t[n.op];
        int32_t line = op->line, col = op->col;
        if (line >= lines->len) return a;
        Value lv = lines->items[line];
        int64_t llen = sp(lv)->len;
        int32_t right_col = col + 1;
        if ((right_col < llen && n.right.sl > line) || right_col < n.right.sc) {
            if (right_col >= llen) return a;   /* IndexError in traceback.py */
            uint32_t ch = str_char(sp(lv), right_col);
            if (!is_ws(ch) && ch != '\\' && ch != '#') right_col++;
        }
        a.ok = true;
        a.left_line = a.right_line = line;
        a.left_col = col;
        a.right_col = right_col;
        return a;
    }
    case PK_CALL:
    case PK_SUBSCRIPT: {
        const Tok *br = &P.t[n.op];
        a.ok = true;
        a.left_line = br->line;
        a.left_col = br->col;
        a.right_line = n.node.el;
        a.right_col = n.node.ec;
        return a;
    }
    default:
        return a;
    }
}

/* traceback._should_show_carets' special case: `return f(...)` or
 * `name = f(...)` whose call spans exactly the instruction. */
static bool call_spans_statement(Realm *r, Value text, int64_t nlines, int64_t start, int64_t end) {
    Lexer L;
    lx_init(r, &L, text, true);
    if (L.fail || L.ntok == 0) return false;
    Parser P = {lx_toks(&L), L.ntok, 0, false, 0, text};
    const Tok *t = P.t;
    if (t[0].col != 0 || t[0].line != 0) return false;
    int32_t i;
    if (tok_is_name(&P, 0, "return")) i = 1;
    else if (t[0].kind == TK_NAME && !tok_keyword(&P, 0) && tok_op(&P, 1, "=")) i = 2;
    else return false;
    /* statement end */
    int32_t e = i;
    while (e < P.n && t[e].kind != TK_NEWLINE && !tok_op(&P, e, ";")) {
        if (t[e].kind == TK_OP && t[e].match > e) e = t[e].match;
        e++;
    }
    if (e <= i) return false;
    /* strip enclosing group parentheses */
    int32_t first = i, last = e - 1;
    while (tok_op(&P, first, "(") && t[first].match == last && last > first + 1) {
        bool plain = true;
        for (int32_t k = first + 1; k < last && plain; k++) {
            if (tok_op(&P, k, ",") || tok_is_name(&P, k, "for")) plain = false;
            if (t[k].kind == TK_OP && t[k].match > k) k = t[k].match;
        }
        if (!plain) return false;
        first++;
        last--;
    }
    if (!(t[first].kind == TK_NAME && !tok_keyword(&P, first) && tok_op(&P, first + 1, "(") &&
          t[first + 1].match == last))
        return false;
    return t[first].line == 0 && t[last].end_line == nlines - 1 && t[first].col == start &&
           t[last].end_col == end;
}

/* ------------------------------------------------------------------ */
/* one frame                                                           */

/* Appends the source lines and carets of a frame (format_frame_summary). */
static void format_frame_source(Realm *r, StrBuf *b, Code *c, const CodeLoc *loc) {
    if (!is_str(c->source) || loc->line <= 0) return;
    int64_t first = loc->line, last = loc->end_line >= loc->line ? loc->end_line : loc->line;
    if (last - first > 100000) return;
    Value orig = source_lines(r, c->source, first, last);
    for (int64_t k = 0; k < list_ptr(orig)->len; k++)   /* budget */
        list_ptr(orig)->items[k] = rstrip(r, list_ptr(orig)->items[k]);
    Value ded = list_from_array(r, list_ptr(orig)->items, (size_t)list_ptr(orig)->len);
    dedent_lines(r, ded);
    bool any = false;
    for (int64_t i = 0; i < list_ptr(ded)->len && !any; i++) any = !blank(list_ptr(ded)->items[i]);
    if (!any) return;
    if (loc->col < 0 || loc->end_col < 0) {
        Value l0 = strip(r, list_ptr(orig)->items[0]);
        if (sp(l0)->len) strbuf_add_ascii(b, "    ", 4);
        strbuf_add_str(b, l0);
        strbuf_add_char(b, '\n');
        return;
    }
    int64_t n = list_ptr(ded)->len;
    Value first_line = list_ptr(orig)->items[0], last_line = list_ptr(orig)->items[n - 1];
    int64_t start_off = byte_to_char(first_line, loc->col);
    int64_t end_off = byte_to_char(last_line, loc->end_col);
    Value l0 = list_ptr(ded)->items[0];
    int64_t dedent_chars = sp(first_line)->len - sp(l0)->len;
    start_off = start_off - dedent_chars > 0 ? start_off - dedent_chars : 0;
    end_off = end_off - dedent_chars > 0 ? end_off - dedent_chars : 0;
    Value lastd = list_ptr(ded)->items[n - 1];
    int64_t dp_start = display_width(l0, start_off);
    int64_t dp_end = display_width(lastd, end_off);

    /* the segment: "\n".join(lines)[start_off : len - (len(last) - end_off)] */
    StrBuf jb;
    strbuf_init(r, &jb);
    for (int64_t i = 0; i < n; i++) {
        if (i) strbuf_add_char(&jb, '\n');
        strbuf_add_str(&jb, list_ptr(ded)->items[i]);
    }
    Value joined = strbuf_finish(&jb);
    int64_t jlen = sp(joined)->len;
    int64_t seg_end = jlen - (sp(lastd)->len - end_off);
    if (seg_end > jlen) seg_end = jlen;
    Value segment = substr(r, joined, start_off, seg_end);
    Value seg_lines = list_new(r, 0);
    {
        int64_t s0 = 0, sl = sp(segment)->len;
        for (int64_t i = 0; i <= sl; i++)
            if (i == sl || str_char(sp(segment), i) == '\n') {
                if (i == sl && s0 == sl && list_ptr(seg_lines)->len > 0) break;
                list_append(r, seg_lines, substr(r, segment, s0, i));
                s0 = i + 1;
            }
    }
    Anchors an;
    memset(&an, 0, sizeof an);
    if (sp(segment)->len) an = extract_anchors(r, segment, seg_lines);

    /* _should_show_carets */
    bool show;
    if (call_spans_statement(r, joined, n, start_off, end_off)) show = false;
    else if (an.ok) show = true;
    else {
        bool before = false, after = false;
        for (int64_t i = 0; i < start_off && i < sp(l0)->len; i++) if (!is_ws(str_char(sp(l0), i))) before = true;
        for (int64_t i = end_off; i < sp(lastd)->len; i++) if (!is_ws(str_char(sp(lastd), i))) after = true;
        show = before || after;
    }

    int64_t left_end = 0, right_start = 0;
    uint32_t primary = '^', secondary = '^';
    /* significant lines: first, last, and around the anchors */
    uint8_t *sig = NULL;
    Value sigbuf = bytes_alloc(r, (size_t)n);
    sig = ((Bytes *)v_obj(sigbuf))->data;
    memset(sig, 0, (size_t)n);
    sig[0] = 1;
    sig[n - 1] = 1;
    if (an.ok) {
        left_end = an.left_col;
        right_start = an.right_col;
        if (an.left_line == 0) left_end += start_off;
        if (an.right_line == 0) right_start += start_off;
        if (an.left_line >= n || an.right_line >= n) an.ok = false;
    }
    if (an.ok) {
        left_end = display_width(list_ptr(ded)->items[an.left_line], left_end);
        right_start = display_width(list_ptr(ded)->items[an.right_line], right_start);
        primary = an.primary;
        secondary = an.secondary;
        for (int64_t k = an.left_line - 1; k <= an.left_line + 1; k++) if (k >= 0 && k < n) sig[k] = 1;
        for (int64_t k = an.right_line - 1; k <= an.right_line + 1; k++) if (k >= 0 && k < n) sig[k] = 1;
    }

    Value out = list_new(r, 0);   /* result lines, without newlines */
    int64_t prev = -1;
    for (int64_t ln = 0; ln < n; ln++) {   /* budget */
        if (!sig[ln]) continue;
        int64_t todo[2];
        int nt = 0;
        if (prev >= 0) {
            int64_t diff = ln - prev;
            if (diff == 2) todo[nt++] = ln - 1;
            else if (diff > 2) list_append(r, out, str_format(r, "...<%lld lines>...", (long long)(diff - 1)));
        }
        todo[nt++] = ln;
        for (int k = 0; k < nt; k++) {
            int64_t li = todo[k];
            Value line = list_ptr(ded)->items[li];
            list_append(r, out, line);
            if (!show) continue;
            int64_t nspaces = lead_ws(line);
            int64_t ncarets = li == n - 1 ? dp_end : display_width(line, sp(line)->len);
            StrBuf cb;
            strbuf_init(r, &cb);
            for (int64_t col = 0; col < ncarets; col++) {   /* budget */
                if (col < nspaces || (li == 0 && col < dp_start)) strbuf_add_char(&cb, ' ');
                else if (an.ok &&
                         (li > an.left_line || (li == an.left_line && col >= left_end)) &&
                         (li < an.right_line || (li == an.right_line && col < right_start)))
                    strbuf_add_char(&cb, secondary);
                else strbuf_add_char(&cb, primary);
            }
            list_append(r, out, strbuf_finish(&cb));
        }
        prev = ln;
    }
    dedent_lines(r, out);
    for (int64_t i = 0; i < list_ptr(out)->len; i++) {
        strbuf_add_ascii(b, "    ", 4);
        strbuf_add_str(b, list_ptr(out)->items[i]);
        strbuf_add_char(b, '\n');
    }
}

static bool frame_loc(Code *c, Value pcv, CodeLoc *loc) {
    int64_t pc = v_is_int(pcv) ? v_as_small(pcv) : -1;
    if (c->locs && pc >= 0 && (uint64_t)pc < c->nops) { *loc = c->locs[pc]; return true; }
    loc->line = c->firstlineno;
    loc->end_line = c->firstlineno;
    loc->col = loc->end_col = -1;
    return false;
}

static bool is_code(Realm *r, Value v) { return v_is_obj(v) && v_obj(v)->type == r->t_code; }

Value exc_source_line(Realm *r, Code *c, int64_t line) {
    if (!is_str(c->source) || line <= 0) return V_NONE;
    Value lines = source_lines(r, c->source, line, line);
    return list_ptr(lines)->len ? list_ptr(lines)->items[0] : V_NONE;
}

/* (filename, lineno, end_lineno, colno, end_colno, name, line, text) of
 * one location of code c: what the traceback module's FrameSummary holds
 * (columns are UTF-8 byte offsets, as co_positions() gives them; None when
 * unknown), line is the first source line stripped (None without source)
 * and text the source lines and carets a traceback shows for it. */
Value exc_location_summary(Realm *r, Code *c, const CodeLoc *loc) {
    Value fname = is_str(c->filename) ? c->filename : str_from_cstr(r, "<unknown>");
    Value name = is_str(c->name) ? c->name : str_from_cstr(r, "<unknown>");
    Value line = V_NONE;
    if (is_str(c->source) && loc->line > 0) line = strip(r, list_ptr(source_lines(r, c->source, loc->line, loc->line))->items[0]);
    StrBuf b;
    strbuf_init(r, &b);
    format_frame_source(r, &b, c, loc);
    Value text = strbuf_finish(&b);
    Value items[8] = {fname, loc->line > 0 ? int_from_i64(r, loc->line) : V_NONE,
                      loc->line > 0 && loc->end_line > 0 ? int_from_i64(r, loc->end_line) : V_NONE,
                      loc->col >= 0 ? int_from_i64(r, loc->col) : V_NONE,
                      loc->end_col >= 0 ? int_from_i64(r, loc->end_col) : V_NONE, name, line, text};
    return tuple_from_array(r, items, 8);
}

/* plain: as CPython's C-level traceback printer (unraisable exceptions),
 * the first source line alone, stripped, and no carets. */
static void format_stack(Realm *r, StrBuf *b, Value tb, bool plain) {
    List *l = list_ptr(tb);
    Value last_file = V_NULL, last_name = V_NULL;
    int64_t last_line = -1, count = 0;
    for (int64_t k = l->len - 1; k >= 0; k--) {   /* budget */
        Value entry = list_ptr(tb)->items[k];
        if (!(v_is_obj(entry) && v_obj(entry)->type == r->t_tuple) || tuple_ptr(entry)->len != 2) continue;
        Value cv = tuple_ptr(entry)->items[0];
        if (!is_code(r, cv)) continue;
        Code *c = (Code *)v_obj(cv);
        CodeLoc loc;
        frame_loc(c, tuple_ptr(entry)->items[1], &loc);
        Value fname = is_str(c->filename) ? c->filename : str_from_cstr(r, "<unknown>");
        Value name = is_str(c->name) ? c->name : str_from_cstr(r, "<unknown>");
        if (last_file == V_NULL || !str_eq(last_file, fname) || last_line != loc.line ||
            !str_eq(last_name, name)) {
            if (count > RECURSIVE_CUTOFF) {
                count -= RECURSIVE_CUTOFF;
                strbuf_add_cstr(b, "  [Previous line repeated ");
                strbuf_add_str(b, str_format(r, "%lld", (long long)count));
                strbuf_add_cstr(b, count > 1 ? " more times]\n" : " more time]\n");
            }
            last_file = fname;
            last_line = loc.line;
            last_name = name;
            count = 0;
        }
        count++;
        if (count > RECURSIVE_CUTOFF) continue;
        if (loc.line > 0)
            strbuf_add_str(b, str_format(r, "  File \"%U\", line %d, in %U\n", fname, (int)loc.line, name));
        else   /* an instruction without a line number, as CPython prints it */
            strbuf_add_str(b, str_format(r, "  File \"%U\", line None, in %U\n", fname, name));
        if (!plain) {
            format_frame_source(r, b, c, &loc);
        } else if (is_str(c->source) && loc.line > 0) {
            Value l0 = strip(r, list_ptr(source_lines(r, c->source, loc.line, loc.line))->items[0]);
            if (sp(l0)->len) {
                strbuf_add_ascii(b, "    ", 4);
                strbuf_add_str(b, l0);
                strbuf_add_char(b, '\n');
            }
        }
    }
    if (count > RECURSIVE_CUTOFF) {
        count -= RECURSIVE_CUTOFF;
        strbuf_add_cstr(b, "  [Previous line repeated ");
        strbuf_add_str(b, str_format(r, "%lld", (long long)count));
        strbuf_add_cstr(b, count > 1 ? " more times]\n" : " more time]\n");
    }
}

/* ------------------------------------------------------------------ */
/* the exception line(s)                                               */

/* str(v) or repr(v), or "<what str() failed>" if that raises. */
static Value safe_string(Realm *r, Value v, const char *what, bool use_repr) {
    ErrJmp j;
    Value s = V_NULL;
    if (ERR_TRY(r, &j)) {
        s = use_repr ? op_repr(r, v) : op_str(r, v);
        err_untry(r, &j);
        return s;
    }
    return str_format(r, "<%s %s() failed>", what, use_repr ? "repr" : "str");
}

static Value exc_type_str(Realm *r, Type *t) {
    Value qual = is_str(t->qualname) ? t->qualname : str_from_cstr(r, t->name);
    Value mod = t->dict != V_NULL ? dict_get_str(r, t->dict, NM(r, __module__)) : V_NULL;
    if (mod == V_NULL) return qual;
    if (!is_str(mod)) return str_format(r, "<unknown>.%U", qual);
    if (str_eq(mod, NM(r, __main__)) || str_eq(mod, NM(r, builtins))) return qual;
    return str_format(r, "%U.%U", mod, qual);
}

static void format_syntax_error(Realm *r, StrBuf *b, Value exc, Value stype) {
    Value filename = exc_field_get(r, exc, E_SyntaxError, XF_SYN_FILENAME);
    Value lineno = exc_field_get(r, exc, E_SyntaxError, XF_SYN_LINENO);
    Value end_lineno = exc_field_get(r, exc, E_SyntaxError, XF_SYN_END_LINENO);
    Value text = exc_field_get(r, exc, E_SyntaxError, XF_SYN_TEXT);
    Value offset = exc_field_get(r, exc, E_SyntaxError, XF_SYN_OFFSET);
    Value end_offset = exc_field_get(r, exc, E_SyntaxError, XF_SYN_END_OFFSET);
    Value msg = exc_field_get(r, exc, E_SyntaxError, XF_SYN_MSG);
    Value suffix = r->empty_str;
    Value slineno = lineno != V_NONE ? safe_string(r, lineno, "lineno", false) : V_NULL;
    Value sendlineno = end_lineno != V_NONE ? safe_string(r, end_lineno, "lineno", false) : V_NULL;
    if (slineno != V_NULL) {
        Value fn = filename;
        if (fn == V_NONE || (is_str(fn) && sp(fn)->len == 0) || (v_is_bool(fn) && fn == V_FALSE))
            fn = str_from_cstr(r, "<string>");
        strbuf_add_str(b, str_format(r, "  File \"%S\", line %U\n", fn, slineno));
    } else if (filename != V_NONE) {
        suffix = str_format(r, " (%S)", filename);
    }
    if (is_str(text)) {
        int64_t tl = sp(text)->len, re = tl;
        while (re > 0 && str_char(sp(text), re - 1) == '\n') re--;
        Value rtext = substr(r, text, 0, re);
        int64_t ls = 0;
        while (ls < re && (str_char(sp(rtext), ls) == ' ' || str_char(sp(rtext), ls) == '\n' ||
                           str_char(sp(rtext), ls) == '\f')) ls++;
        Value ltext = substr(r, rtext, ls, re);
        int64_t spaces = ls;
        if (offset == V_NONE) {
            strbuf_add_ascii(b, "    ", 4);
            strbuf_add_str(b, ltext);
            strbuf_add_char(b, '\n');
        } else if (v_is_int(offset) || v_is_bool(offset)) {
            int64_t off = v_is_int(offset) ? v_as_small(offset) : offset == V_TRUE;
            int64_t eoff;
            bool same = (slineno == V_NULL && sendlineno == V_NULL) ||
                        (slineno != V_NULL && sendlineno != V_NULL && str_eq(slineno, sendlineno));
            if (same) eoff = (v_is_int(end_offset) && v_as_small(end_offset) != 0) ? v_as_small(end_offset) : off;
            else eoff = re + 1;
            if (tl && off > tl) off = re + 1;
            if (tl && eoff > tl) eoff = re + 1;
            if (off >= eoff || eoff < 0) eoff = off + 1;
            int64_t colno = off - 1 - spaces, end_colno = eoff - 1 - spaces;
            strbuf_add_ascii(b, "    ", 4);
            strbuf_add_str(b, ltext);
            strbuf_add_char(b, '\n');
            if (colno >= 0) {
                strbuf_add_ascii(b, "    ", 4);
                for (int64_t i = 0; i < colno; i++) {   /* budget */
                    uint32_t ch = i < sp(ltext)->len ? str_char(sp(ltext), i) : ' ';
                    strbuf_add_char(b, is_ws(ch) ? ch : ' ');
                }
                for (int64_t i = colno; i < end_colno; i++) strbuf_add_char(b, '^');
                strbuf_add_char(b, '\n');
            }
        }
    }
    Value m = msg;
    bool empty = m == V_NONE || m == V_FALSE || (is_str(m) && sp(m)->len == 0);
    strbuf_add_str(b, stype);
    strbuf_add_ascii(b, ": ", 2);
    if (empty) strbuf_add_cstr(b, "<no detail available>");
    else strbuf_add_str(b, safe_string(r, m, "exception", false));
    strbuf_add_str(b, suffix);
    strbuf_add_char(b, '\n');
}

/* ------------------------------------------------------------------ */
/* "Did you mean" suggestions (CPython's _suggestions module)          */

#define SUGG_MOVE_COST 2
#define SUGG_CASE_COST 1
#define SUGG_MAX_STRING 40
#define SUGG_MAX_ITEMS 750

static size_t sugg_subst_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return SUGG_MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
    return a == b ? SUGG_CASE_COST : SUGG_MOVE_COST;
}

/* Levenshtein distance over UTF-8 bytes with case-insensitive substitution
 * cheaper, giving up above max_cost (returns max_cost + 1 then). */
static size_t sugg_distance(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    size_t row[SUGG_MAX_STRING];
    while (an && bn && a[0] == b[0]) { a++; an--; b++; bn--; }
    while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
    if (an == 0 || bn == 0) return (an + bn) * SUGG_MOVE_COST;
    if (an > SUGG_MAX_STRING || bn > SUGG_MAX_STRING) return max_cost + 1;
    if (bn < an) { const char *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
    if ((bn - an) * SUGG_MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = SUGG_MOVE_COST;
    for (size_t i = 0; i < an; i++) { row[i] = tmp; tmp += SUGG_MOVE_COST; }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * SUGG_MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + sugg_subst_cost(code, a[i]);
            distance = row[i];
            size_t ins_del = (result < distance ? result : distance) + SUGG_MOVE_COST;
            result = ins_del < substitute ? ins_del : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest candidate (a list of str) to name, or V_NULL. */
static Value sugg_best(Realm *r, Value cands, Value name) {
    List *l = list_ptr(cands);
    if (l->len >= SUGG_MAX_ITEMS) return V_NULL;
    size_t nlen;
    const char *n0 = str_utf8(r, name, &nlen);
    /* a copy held by its object: str_utf8 of the items may allocate */
    Value nbytes = bytes_new(r, (const uint8_t *)n0, nlen);
    Value best = V_NULL;
    size_t best_dist = SIZE_MAX;
    for (int64_t i = 0; i < list_ptr(cands)->len; i++) {   /* budget */
        Value item = list_ptr(cands)->items[i];
        if (!is_str(item) || str_eq(item, name)) continue;
        size_t ilen;
        const char *it = str_utf8(r, item, &ilen);
        const char *n = (const char *)((Bytes *)v_obj(nbytes))->data;
        size_t maxd = (nlen + ilen + 3) * SUGG_MOVE_COST / 6;
        if (best_dist - 1 < maxd) maxd = best_dist - 1;
        size_t d = sugg_distance(n, nlen, it, ilen, maxd);
        if (d > maxd) continue;
        if (best == V_NULL || d < best_dist) { best = item; best_dist = d; }
    }
    return best;
}

Value exc_suggest(Realm *r, Value cands, Value name) { return sugg_best(r, cands, name); }

static void sugg_add_keys(Realm *r, Value list, Value d) {
    if (!(v_is_obj(d) && (v_obj(d)->type->flags & TF_DICT_SUB))) return;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) if (is_str(k)) list_append(r, list, k);   /* budget */
}

static bool is_stdlib_module(Value name) {
    size_t lo = 0, hi = sizeof exc_stdlib_names / sizeof exc_stdlib_names[0];
    Str *p = sp(name);
    if (!p->ascii) return false;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *m = exc_stdlib_names[mid];
        size_t mlen = strlen(m), plen = (size_t)p->len;
        int c = memcmp(p->data, m, plen < mlen ? plen : mlen);
        if (c == 0) c = (plen > mlen) - (plen < mlen);
        if (c == 0) return true;
        if (c < 0) hi = mid; else lo = mid + 1;
    }
    return false;
}

/* Candidates from dir(x) as traceback.py filters them: strings only,
 * sorted, without _names unless the wrong name starts with '_'. */
static Value sugg_dir_candidates(Realm *r, Value x, Value name, bool hide) {
    Value cands = list_new(r, 0);
    Value dirf = dict_get_cstr(r, r->builtins, "dir");
    if (dirf == V_NULL) return cands;
    Value d = op_call1(r, dirf, x);
    if (sp(name)->len && str_char(sp(name), 0) == '_') hide = false;
    Value it = op_iter(r, d);
    for (Value v; (v = op_next(r, it)) != V_NULL;) {   /* budget */
        if (!is_str(v)) continue;
        if (hide && sp(v)->len && str_char(sp(v), 0) == '_') continue;
        list_append(r, cands, v);
    }
    list_sort(r, cands, V_NONE, false);
    return cands;
}

/* ImportError from `from m import x`: ". Did you mean: 'y'?" from dir(m),
 * with m taken from the loaded modules (traceback.py imports it). */
static Value import_suggestion(Realm *r, Value exc) {
    Value from = exc_field_get(r, exc, E_ImportError, XF_IMP_NAME_FROM);
    Value modname = exc_field_get(r, exc, E_ImportError, XF_IMP_NAME);
    if (!is_str(from) || !is_str(modname)) return V_NULL;
    Value sugg = V_NULL;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value mod = dict_get(r, r->modules, modname);
        if (mod != V_NULL) sugg = sugg_best(r, sugg_dir_candidates(r, mod, from, true), from);
        err_untry(r, &j);
    } else {
        sugg = V_NULL;
    }
    return sugg == V_NULL ? V_NULL : str_format(r, ". Did you mean: '%U'?", sugg);
}

/* The text traceback.py appends to str(exc) for NameError/AttributeError:
 * ". Did you mean: 'x'?" and ". Did you forget to import 'x'?". */
static Value suggestion_suffix(Realm *r, Value exc) {
    Type *t = v_obj(exc)->type;
    bool name_err = type_is_subtype(t, EXC(r, NameError));
    bool attr_err = type_is_subtype(t, EXC(r, AttributeError));
    if (type_is_subtype(t, EXC(r, ImportError))) return import_suggestion(r, exc);
    if (!name_err && !attr_err) return V_NULL;
    int fam = name_err ? E_NameError : E_AttributeError;
    Value name = exc_field_get(r, exc, fam, name_err ? XF_NAME_NAME : XF_ATTR_NAME);
    if (!is_str(name)) return V_NULL;
    Value frame = exc_field_get(r, exc, fam, name_err ? XF_NAME_FRAME : XF_ATTR_FRAME);
    bool have_frame = v_is_obj(frame) && v_obj(frame)->type == r->t_tuple && tuple_ptr(frame)->len == 3;
    Value sugg = V_NULL;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value cands = list_new(r, 0);
        if (attr_err) {
            Value obj = exc_field_get(r, exc, fam, XF_ATTR_OBJ);
            bool hide = frame != V_TRUE;
            sugg = sugg_best(r, sugg_dir_candidates(r, obj, name, hide), name);
        } else if (have_frame) {
            Tuple *fr = tuple_ptr(frame);
            sugg_add_keys(r, cands, fr->items[0]);
            sugg_add_keys(r, cands, fr->items[1]);
            sugg_add_keys(r, cands, fr->items[2]);
            Value self = dict_get_cstr(r, fr->items[0], "self");
            if (self != V_NULL && op_getattr_opt(r, self, name) != V_NULL)
                sugg = str_format(r, "self.%U", name);
            else
                sugg = sugg_best(r, cands, name);
        }
        err_untry(r, &j);
    } else {
        sugg = V_NULL;
    }
    Value out = r->empty_str;
    if (sugg != V_NULL) out = str_format(r, ". Did you mean: '%U'?", sugg);
    if (name_err && is_stdlib_module(name)) {
        if (sugg != V_NULL) out = str_format(r, "%U Or did you forget to import '%U'?", out, name);
        else out = str_format(r, ". Did you forget to import '%U'?", name);
    }
    return out;
}

static void format_exception_only(Realm *r, StrBuf *b, Value exc) {
    if (!exc_check(exc)) {
        strbuf_add_str(b, safe_string(r, exc, "exception", false));
        strbuf_add_char(b, '\n');
        return;
    }
    Type *t = v_obj(exc)->type;
    Value stype = exc_type_str(r, t);
    if (type_is_subtype(t, EXC(r, SyntaxError))) {
        format_syntax_error(r, b, exc, stype);
    } else {
        Value s = safe_string(r, exc, "exception", false);
        Value suffix = suggestion_suffix(r, exc);
        if (suffix != V_NULL) s = str_concat(r, s, suffix);
        strbuf_add_str(b, stype);
        if (sp(s)->len) { strbuf_add_ascii(b, ": ", 2); strbuf_add_str(b, s); }
        strbuf_add_char(b, '\n');
    }
    Exception *e = (Exception *)v_obj(exc);
    Value notes = e->dict != V_NULL ? dict_get_cstr(r, e->dict, "__notes__") : V_NULL;
    if (notes == V_NULL || notes == V_NONE) return;
    if (v_is_obj(notes) && (v_obj(notes)->type->flags & (TF_LIST_SUB | TF_TUPLE_SUB))) {
        bool is_l = v_obj(notes)->type->flags & TF_LIST_SUB;
        for (int64_t i = 0;; i++) {   /* budget */
            int64_t len = is_l ? list_ptr(notes)->len : tuple_ptr(notes)->len;
            if (i >= len) break;
            Value note = is_l ? list_ptr(notes)->items[i] : tuple_ptr(notes)->items[i];
            Value s = is_str(note) ? note : safe_string(r, note, "note", false);
            strbuf_add_str(b, s);
            strbuf_add_char(b, '\n');
        }
    } else {
        strbuf_add_str(b, safe_string(r, notes, "__notes__", true));
        strbuf_add_char(b, '\n');
    }
}

/* ------------------------------------------------------------------ */

/* The printing context of traceback._ExceptionPrintContext: exception
 * groups are drawn in nested boxes whose left margin prefixes every line. */
typedef struct PCtx {
    int depth;
    bool need_close;
    Value seen;           /* set of exceptions already printed (cycle guard) */
    bool no_chain;        /* traceback.format_exception(chain=False): no cause/context */
} PCtx;

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void ctx_indent(StrBuf *out, int depth) {
    for (int i = 0; i < depth; i++) strbuf_add_ascii(out, "  ", 2);
}

/* Appends text with every line prefixed by the indent and margin. */
static void ctx_emit(StrBuf *out, PCtx *c, Value text, uint32_t margin) {
    Str *s = sp(text);
    int64_t start = 0;
    while (start < s->len) {   /* budget */
        int64_t end = start;
        while (end < s->len && str_char(s, end) != '\n') end++;
        if (end < s->len) end++;
        ctx_indent(out, c->depth);
        if (c->depth) { strbuf_add_char(out, margin); strbuf_add_char(out, ' '); }
        for (int64_t k = start; k < end; k++) strbuf_add_char(out, str_char(sp(text), k));
        start = end;
    }
}
static void ctx_emit_cstr(Realm *r, StrBuf *out, PCtx *c, const char *text, uint32_t margin) {
    ctx_emit(out, c, str_from_cstr(r, text), margin);
}

static bool exc_has_tb(Value e) {
    if (!exc_check(e)) return false;
    Value tb = ((Exception *)v_obj(e))->traceback;
    return v_is_obj(tb) && (v_obj(tb)->type->flags & TF_LIST_SUB) && list_ptr(tb)->len > 0;
}

static Value stack_text(Realm *r, Value e) {
    StrBuf b;
    strbuf_init(r, &b);
    format_stack(r, &b, ((Exception *)v_obj(e))->traceback, false);
    return strbuf_finish(&b);
}

static Value exc_only_text(Realm *r, Value e) {
    StrBuf b;
    strbuf_init(r, &b);
    format_exception_only(r, &b, e);
    return strbuf_finish(&b);
}

/* TracebackException.format: the chain of exc, oldest first; groups boxed. */
static void format_exc(Realm *r, StrBuf *out, Value exc, PCtx *c) {
    err_check_stack(r);
    /* the chain, newest first: chain[i+1] is the cause/context of chain[i] */
    Value chain = list_new(r, 0), kinds = list_new(r, 0);
    Value cur = exc;
    while (cur != V_NULL) {   /* budget */
        list_append(r, chain, cur);
        if (!exc_check(cur) || c->no_chain) break;
        set_add(r, c->seen, cur);
        Exception *e = (Exception *)v_obj(cur);
        Value next = V_NULL;
        int kind = 0;
        if (e->cause != V_NONE && e->cause != V_NULL && !set_contains(r, c->seen, e->cause)) {
            next = e->cause;
            kind = 1;
        } else if (e->context != V_NONE && e->context != V_NULL && !e->suppress_context &&
                   !set_contains(r, c->seen, e->context)) {
            next = e->context;
            kind = 2;
        }
        list_append(r, kinds, v_small(kind));
        cur = next;
    }
    for (int64_t i = list_ptr(chain)->len - 1; i >= 0; i--) {
        Value e = list_ptr(chain)->items[i];
        Value excs = exc_check(e) ? exc_field_get(r, e, E_BaseExceptionGroup, XF_GROUP_EXCS) : V_NONE;
        bool group = v_is_obj(excs) && v_obj(excs)->type == r->t_tuple;
        if (!group) {
            if (exc_has_tb(e)) {
                ctx_emit_cstr(r, out, c, "Traceback (most recent call last):\n", '|');
                ctx_emit(out, c, stack_text(r, e), '|');
            }
            ctx_emit(out, c, exc_only_text(r, e), '|');
        } else if (c->depth > MAX_GROUP_DEPTH) {
            ctx_emit(out, c, str_format(r, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH), '|');
        } else {
            bool toplevel = c->depth == 0;
            if (toplevel) c->depth++;
            if (exc_has_tb(e)) {
                ctx_emit_cstr(r, out, c, "Exception Group Traceback (most recent call last):\n",
                              toplevel ? '+' : '|');
                ctx_emit(out, c, stack_text(r, e), '|');
            }
            ctx_emit(out, c, exc_only_text(r, e), '|');
            int64_t num = tuple_ptr(excs)->len;
            int64_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
            c->need_close = false;
            for (int64_t k = 0; k < n; k++) {   /* budget */
                bool last = k == n - 1;
                if (last) c->need_close = true;
                bool truncated = k >= MAX_GROUP_WIDTH;
                ctx_indent(out, c->depth);
                strbuf_add_cstr(out, k == 0 ? "+-" : "  ");
                strbuf_add_cstr(out, "+---------------- ");
                if (truncated) strbuf_add_cstr(out, "...");
                else strbuf_add_str(out, str_format(r, "%lld", (long long)(k + 1)));
                strbuf_add_cstr(out, " ----------------\n");
                c->depth++;
                if (!truncated) {
                    format_exc(r, out, tuple_ptr(excs)->items[k], c);
                } else {
                    int64_t remaining = num - MAX_GROUP_WIDTH;
                    ctx_emit(out, c, str_format(r, "and %lld more exception%s\n", (long long)remaining,
                                                remaining > 1 ? "s" : ""), '|');
                }
                if (last && c->need_close) {
                    ctx_indent(out, c->depth);
                    strbuf_add_cstr(out, "+------------------------------------\n");
                    c->need_close = false;
                }
                c->depth--;
            }
            if (toplevel) c->depth = 0;
        }
        if (i > 0) {
            int64_t k = i - 1 < list_ptr(kinds)->len ? v_as_small(list_ptr(kinds)->items[i - 1]) : 0;
            if (k == 1)
                ctx_emit_cstr(r, out, c, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
            else
                ctx_emit_cstr(r, out, c, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
    }
}

Value exc_format_unraisable(Realm *r, Value exc) {
    StrBuf b;
    strbuf_init(r, &b);
    if (exc_check(exc)) {
        Exception *e = (Exception *)v_obj(exc);
        if (e->traceback != V_NULL && v_is_obj(e->traceback) && v_obj(e->traceback)->type == r->t_list &&
            list_ptr(e->traceback)->len > 0) {
            strbuf_add_cstr(&b, "Traceback (most recent call last):\n");
            format_stack(r, &b, e->traceback, true);
        }
    }
    /* "Type: str(exc)" always with the colon, and no notes */
    Value stype = exc_check(exc) ? exc_type_str(r, v_obj(exc)->type) : str_from_cstr(r, v_type(r, exc)->name);
    strbuf_add_str(&b, stype);
    strbuf_add_ascii(&b, ": ", 2);
    strbuf_add_str(&b, safe_string(r, exc, "exception", false));
    strbuf_add_char(&b, '\n');
    return strbuf_finish(&b);
}

Value exc_format_chain(Realm *r, Value exc, bool chain) {
    PCtx c = {0, false, set_new(r, r->t_set), !chain};
    StrBuf b;
    strbuf_init(r, &b);
    format_exc(r, &b, exc, &c);
    return strbuf_finish(&b);
}

Value exc_format(Realm *r, Value exc) { return exc_format_chain(r, exc, true); }

Value exc_format_only(Realm *r, Value exc) {
    StrBuf b;
    strbuf_init(r, &b);
    format_exception_only(r, &b, exc);
    return strbuf_finish(&b);
}

/* ------------------------------------------------------------------ */
/* traceback objects                                                   */

/* A view of one entry of an exception's traceback list (whose item 0 is
 * the innermost frame): tb_next goes one entry inwards, as CPython's chain
 * from the catching frame to the raising one.  There are no frame objects:
 * tb_frame is None. */
typedef struct Traceback { Obj hdr; Value entries; int64_t idx; } Traceback;

static void tb_trace(Realm *r, Obj *o) { heap_mark(r, ((Traceback *)o)->entries); }

Value exc_traceback_view(Realm *r, Value entries, int64_t idx) {
    if (!(v_is_obj(entries) && (v_obj(entries)->type->flags & TF_LIST_SUB)) || idx < 0 ||
        idx >= list_ptr(entries)->len)
        return V_NONE;
    Traceback *t = (Traceback *)heap_alloc(r, r->t_traceback, sizeof(Traceback));
    t->entries = entries;
    t->idx = idx;
    return v_from_obj(t);
}

bool exc_traceback_is_view(Realm *r, Value tb, Value entries, int64_t idx) {
    return v_is_obj(tb) && v_obj(tb)->type == r->t_traceback && ((Traceback *)v_obj(tb))->entries == entries &&
           ((Traceback *)v_obj(tb))->idx == idx;
}

/* The traceback list a traceback object stands for (its entry and the inner ones). */
Value exc_traceback_entries(Realm *r, Value tb) {
    Traceback *t = (Traceback *)v_obj(tb);
    List *l = list_ptr(t->entries);
    int64_t n = t->idx + 1 <= l->len ? t->idx + 1 : l->len;
    return list_from_array(r, l->items, (size_t)n);
}

static Value tb_entry(Realm *r, Value tb, CodeLoc *loc, int64_t *pc) {
    Traceback *t = (Traceback *)v_obj(tb);
    *pc = -1;
    loc->line = -1;
    if (t->idx >= list_ptr(t->entries)->len) return V_NULL;
    Value entry = list_ptr(t->entries)->items[t->idx];
    if (!(v_is_obj(entry) && v_obj(entry)->type == r->t_tuple) || tuple_ptr(entry)->len != 2) return V_NULL;
    Value cv = tuple_ptr(entry)->items[0];
    if (!is_code(r, cv)) return V_NULL;
    frame_loc((Code *)v_obj(cv), tuple_ptr(entry)->items[1], loc);
    if (v_is_int(tuple_ptr(entry)->items[1])) *pc = v_as_small(tuple_ptr(entry)->items[1]);
    return cv;
}
static Value tb_get_next(Realm *r, Value self) {
    Traceback *t = (Traceback *)v_obj(self);
    return exc_traceback_view(r, t->entries, t->idx - 1);
}
static Value tb_get_lineno(Realm *r, Value self) {
    CodeLoc loc;
    int64_t pc;
    tb_entry(r, self, &loc, &pc);
    return loc.line >= 0 ? int_from_i64(r, loc.line) : V_NONE;
}
static Value tb_get_lasti(Realm *r, Value self) {
    CodeLoc loc;
    int64_t pc;
    tb_entry(r, self, &loc, &pc);
    return int_from_i64(r, pc < 0 ? -1 : pc * 2);
}
static Value tb_get_frame(Realm *r, Value self) { return V_NONE; }
static Value tb_get_code(Realm *r, Value self) {
    CodeLoc loc;
    int64_t pc;
    Value c = tb_entry(r, self, &loc, &pc);
    return c == V_NULL ? V_NONE : c;
}

/* The location summary (exc_location_summary) of a traceback object's entry. */
Value exc_traceback_summary(Realm *r, Value tb) {
    if (!(v_is_obj(tb) && v_obj(tb)->type == r->t_traceback))
        err_type(r, "expected a traceback object, not %T", tb);
    CodeLoc loc;
    int64_t pc;
    Value c = tb_entry(r, tb, &loc, &pc);
    if (c == V_NULL) err_value(r, "traceback entry without code");
    return exc_location_summary(r, (Code *)v_obj(c), &loc);
}

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {"_asp_code", tb_get_code, NULL},
    {NULL, NULL, NULL},
};

void exc_traceback_init_type(Realm *r) {
    Type *t = r->t_traceback;
    t->basicsize = sizeof(Traceback);
    t->trace = tb_trace;
    type_add_getsets(r, t, tb_getsets);
}
