/* tokenizer: turns normalized Python source into tokens one at a time.
 *
 * Invariants: t->pos only moves forward; t->lineno/t->line_start always
 * describe the line holding t->pos; every '\n' consumed bumps lineno.
 * The bracket stack (parens) and the mode stack (f-strings and their
 * replacement fields) are fixed arrays with checked depths.  The first error
 * is recorded in t->err_* and tok_next() returns false from then on. */
#include "front/tokenizer.h"

#include <string.h>

#include "core/unicode.h"
#include "front/tok_codecs.h"

enum { TOK_TABSIZE = 8 };

/* ---------------------------------------------------------------- source */

static bool tok_is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* The line CPython names in "detected at line N" at end of input: a final
 * newline does not start a new line. */
static int tok_eof_line(const Tokenizer *t) {
    return (t->pos >= t->len && t->pos > 0 && t->src[t->pos - 1] == '\n') ? t->lineno - 1 : t->lineno;
}

/* Length of a valid UTF-8 sequence at s (surrogates and overlongs refused),
 * or 0.  n = bytes available. */
static size_t tok_utf8_len(const unsigned char *s, size_t n, unsigned *cp) {
    unsigned c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    size_t k;
    unsigned v, min;
    if (c >= 0xC2 && c < 0xE0) { k = 1; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c < 0xF0) { k = 2; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c < 0xF5) { k = 3; v = c & 0x07; min = 0x10000; }
    else return 0;
    if (k >= n) return 0;
    for (size_t i = 1; i <= k; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) return 0;
    *cp = v;
    return k + 1;
}

/* Finds a PEP 263 declaration in one line [s, e): "#...coding[:=] name". */
static bool tok_find_coding(const char *s, const char *e, const char **name, size_t *nlen) {
    while (s < e && tok_is_space(*s)) s++;
    if (s >= e || *s != '#') return false;
    for (const char *p = s; p + 6 < e; p++) {
        if (memcmp(p, "coding", 6) == 0 && (p[6] == ':' || p[6] == '=')) {
            const char *q = p + 7;
            while (q < e && (*q == ' ' || *q == '\t')) q++;
            const char *b = q;
            while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
                             (*q >= '0' && *q <= '9') || *q == '-' || *q == '_' || *q == '.')) q++;
            if (q == b) continue;
            *name = b;
            *nlen = (size_t)(q - b);
            return true;
        }
    }
    return false;
}

/* 0 = utf-8, 1 = latin-1, 2 = a single-byte table (*table), -1 =
 * unsupported.  Follows CPython's name normalization: case-insensitive,
 * '_' as '-', a "-suffix" allowed. */
static int tok_encoding_kind(const char *name, size_t n, bool bom, const uint16_t **table) {
    char buf[32];
    if (n >= sizeof buf) return -1;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c == '_') c = '-';
        buf[i] = c;
    }
    buf[n] = 0;
    static const char *const utf8[] = {"utf-8", "utf8", "ascii", "us-ascii", "646", NULL};
    static const char *const latin[] = {"latin-1", "iso-8859-1", "iso-latin-1", "latin1", "iso8859-1", "l1", "cp819", "latin", NULL};
    if (bom) return (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0) ? 0 : -1;
    for (int i = 0; utf8[i]; i++) {
        size_t m = strlen(utf8[i]);
        if (strcmp(buf, utf8[i]) == 0 || (strncmp(buf, utf8[i], m) == 0 && buf[m] == '-' && i == 0)) return 0;
    }
    for (int i = 0; latin[i]; i++) {
        size_t m = strlen(latin[i]);
        if (strcmp(buf, latin[i]) == 0 || (strncmp(buf, latin[i], m) == 0 && buf[m] == '-' && i < 3)) return 1;
    }
    *table = tok_codec_table(buf);
    return *table ? 2 : -1;
}

const char *tok_normalize(Arena *a, const char *src, size_t len, size_t *outlen,
                          const char **msg, int *lineno, int *col) {
    *lineno = 0;
    *col = -1;
    bool bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    if (bom) { src += 3; len -= 3; }
    if (memchr(src, 0, len)) {
        *msg = "source code string cannot contain null bytes";
        return NULL;
    }
    /* coding declaration on line 1, or on line 2 if line 1 is a comment or blank */
    int enc = 0;
    const uint16_t *table = NULL;
    const char *l1e = memchr(src, '\n', len);
    const char *end = src + len;
    const char *e1 = l1e ? l1e : end;
    const char *name = NULL;
    size_t nlen = 0;
    bool found = tok_find_coding(src, e1, &name, &nlen);
    if (!found && l1e) {
        const char *p = src;
        while (p < e1 && (tok_is_space(*p) || *p == '\r')) p++;
        if (p == e1 || *p == '#') {
            const char *s2 = l1e + 1;
            const char *e2 = memchr(s2, '\n', (size_t)(end - s2));
            found = tok_find_coding(s2, e2 ? e2 : end, &name, &nlen);
        }
    }
    if (found) {
        enc = tok_encoding_kind(name, nlen, bom, &table);
        if (enc < 0) {
            /* CPython names the encoding as its get_normal_name() spells it */
            char *m = arena_alloc(a, nlen + 40);
            if (!m) { *msg = NULL; return NULL; }
            char norm[32];
            size_t k = 0;
            for (size_t i = 0; i < nlen && k + 1 < sizeof norm; i++) {
                char c = name[i];
                norm[k++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c == '_' ? '-' : c;
            }
            norm[k] = 0;
            const char *shown = NULL;
            if (strcmp(norm, "utf-8") == 0 || strncmp(norm, "utf-8-", 6) == 0) shown = "utf-8";
            else if (strcmp(norm, "latin-1") == 0 || strcmp(norm, "iso-8859-1") == 0 || strcmp(norm, "iso-latin-1") == 0 ||
                     strncmp(norm, "latin-1-", 8) == 0 || strncmp(norm, "iso-8859-1-", 11) == 0 || strncmp(norm, "iso-latin-1-", 12) == 0)
                shown = "iso-8859-1";
            if (bom) {
                memcpy(m, "encoding problem: ", 18);
                size_t o = 18;
                if (shown) { memcpy(m + o, shown, strlen(shown)); o += strlen(shown); }
                else { memcpy(m + o, name, nlen); o += nlen; }
                memcpy(m + o, " with BOM", 10);
            } else {
                memcpy(m, "unknown encoding: ", 18);
                memcpy(m + 18, name, nlen);
                m[18 + nlen] = 0;
            }
            *msg = m;
            return NULL;
        }
    }
    /* worst case: a single-byte codec triples every byte */
    size_t cap;
    if (__builtin_mul_overflow(len, 3, &cap) || __builtin_add_overflow(cap, 2, &cap)) {
        *msg = "source too long";
        return NULL;
    }
    char *out = arena_alloc_raw(a, enc != 0 ? cap : len + 2);
    if (!out) { *msg = NULL; return NULL; }
    size_t o = 0;
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            out[o++] = '\n';
            i += (i + 1 < len && src[i + 1] == '\n') ? 2 : 1;
            line++;
            line_start = i;
        } else if (c < 0x80) {
            out[o++] = (char)c;
            i++;
            if (c == '\n') { line++; line_start = i; }
        } else if (enc == 1) {
            out[o++] = (char)(0xC0 | (c >> 6));
            out[o++] = (char)(0x80 | (c & 0x3F));
            i++;
        } else if (enc == 2) {
            unsigned cp = table[c - 0x80];
            if (!cp) {
                *msg = "(unicode error) undefined byte in the source encoding";
                *lineno = line;
                *col = (int)(i - line_start);
                return NULL;
            }
            if (cp < 0x800) {
                out[o++] = (char)(0xC0 | (cp >> 6));
                out[o++] = (char)(0x80 | (cp & 0x3F));
            } else {
                out[o++] = (char)(0xE0 | (cp >> 12));
                out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                out[o++] = (char)(0x80 | (cp & 0x3F));
            }
            i++;
        } else {
            unsigned cp;
            size_t k = tok_utf8_len((const unsigned char *)src + i, len - i, &cp);
            if (!k) {
                *msg = "(unicode error) 'utf-8' codec can't decode byte";
                *lineno = line;
                *col = (int)(i - line_start);
                return NULL;
            }
            memcpy(out + o, src + i, k);
            o += k;
            i += k;
        }
    }
    out[o] = 0;
    *outlen = o;
    return out;
}

size_t tok_line_offset(const char *src, size_t len, int lineno) {
    size_t pos = 0;
    for (int l = 1; l < lineno && pos < len; l++) {
        const char *nl = memchr(src + pos, '\n', len - pos);
        if (!nl) return len;
        pos = (size_t)(nl - src) + 1;
    }
    return pos;
}

/* --------------------------------------------------------------- helpers */

void tok_init(Tokenizer *t, Arena *a, const char *src, size_t len) {
    memset(t, 0, sizeof *t);
    t->src = src;
    t->len = len;
    t->lineno = 1;
    t->atbol = true;
    t->arena = a;
}

static bool tok_error_at(Tokenizer *t, const char *type, const char *msg, int lineno, int col, int end_lineno, int end_col) {
    if (!t->err_type) {
        t->err_type = type;
        t->err_msg = msg;
        t->err_lineno = lineno;
        t->err_col = col;
        t->err_end_lineno = end_lineno;
        t->err_end_col = end_col;
    }
    return false;
}

/* Marks the error just recorded as one CPython signals by a code only. */
static bool tok_deferred(Tokenizer *t, bool r) {
    t->err_deferred = true;
    return r;
}

static bool tok_error(Tokenizer *t, const char *msg) {
    int col = (int)(t->pos - t->line_start);
    return tok_error_at(t, "SyntaxError", msg, t->lineno, col, t->lineno, col + 1);
}

/* A message with one formatted part, built in the arena. */
static const char *tok_fmt(Tokenizer *t, const char *a, const char *b, size_t blen, const char *c) {
    size_t la = strlen(a), lc = strlen(c);
    char *m = arena_alloc(t->arena, la + blen + lc + 1);
    if (!m) return "out of memory";
    memcpy(m, a, la);
    memcpy(m + la, b, blen);
    memcpy(m + la + blen, c, lc);
    m[la + blen + lc] = 0;
    return m;
}

static const char *tok_fmt_int(Tokenizer *t, const char *a, int v, const char *c) {
    char num[16];
    int n = 0;
    char rev[16];
    unsigned u = v < 0 ? 0u : (unsigned)v;
    do { rev[n++] = (char)('0' + u % 10); u /= 10; } while (u && n < 15);
    int k = 0;
    while (n) num[k++] = rev[--n];
    return tok_fmt(t, a, num, (size_t)k, c);
}

static char tok_peek(const Tokenizer *t, size_t ahead) {
    size_t p = t->pos + ahead;
    return p < t->len ? t->src[p] : 0;
}

static void tok_newline_consumed(Tokenizer *t) {
    t->prev_line_start = t->line_start;
    t->lineno++;
    t->line_start = t->pos;
}

static void tok_start(Tokenizer *t, Token *out, TokType type) {
    out->type = (unsigned char)type;
    out->level = (unsigned char)t->level;
    out->start = (uint32_t)t->pos;
    out->lineno = t->lineno;
    out->col = (int)(t->pos - t->line_start);
}

static bool tok_finish(Tokenizer *t, Token *out) {
    out->end = (uint32_t)t->pos;
    out->end_lineno = t->lineno;
    out->end_col = (int)(t->pos - t->line_start);
    return true;
}

static bool tok_ident_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static bool tok_ident_char(unsigned char c) {
    return tok_ident_start(c) || (c >= '0' && c <= '9');
}

typedef struct TokKeyword { const char *s; TokType type; } TokKeyword;
static const TokKeyword tok_keywords[] = {
    {"False", T_KW_FALSE}, {"None", T_KW_NONE}, {"True", T_KW_TRUE}, {"and", T_KW_AND},
    {"as", T_KW_AS}, {"assert", T_KW_ASSERT}, {"async", T_KW_ASYNC}, {"await", T_KW_AWAIT},
    {"break", T_KW_BREAK}, {"class", T_KW_CLASS}, {"continue", T_KW_CONTINUE}, {"def", T_KW_DEF},
    {"del", T_KW_DEL}, {"elif", T_KW_ELIF}, {"else", T_KW_ELSE}, {"except", T_KW_EXCEPT},
    {"finally", T_KW_FINALLY}, {"for", T_KW_FOR}, {"from", T_KW_FROM}, {"global", T_KW_GLOBAL},
    {"if", T_KW_IF}, {"import", T_KW_IMPORT}, {"in", T_KW_IN}, {"is", T_KW_IS},
    {"lambda", T_KW_LAMBDA}, {"nonlocal", T_KW_NONLOCAL}, {"not", T_KW_NOT}, {"or", T_KW_OR},
    {"pass", T_KW_PASS}, {"raise", T_KW_RAISE}, {"return", T_KW_RETURN}, {"try", T_KW_TRY},
    {"while", T_KW_WHILE}, {"with", T_KW_WITH}, {"yield", T_KW_YIELD},
};

static TokType tok_keyword(const char *s, size_t n) {
    if (n < 2 || n > 8) return T_NAME;
    char c = s[0];
    if (!((c >= 'a' && c <= 'y') || c == 'F' || c == 'N' || c == 'T')) return T_NAME;
    for (size_t i = 0; i < sizeof tok_keywords / sizeof tok_keywords[0]; i++) {
        const char *k = tok_keywords[i].s;
        if (k[0] == c && k[1] == s[1] && strncmp(k, s, n) == 0 && k[n] == 0) return tok_keywords[i].type;
    }
    return T_NAME;
}

/* ----------------------------------------------------------- identifiers */

static bool tok_identifier(Tokenizer *t, Token *out) {
    const unsigned char *s = (const unsigned char *)t->src;
    bool first = true;
    while (t->pos < t->len && tok_ident_char(s[t->pos])) {
        unsigned c = s[t->pos];
        if (c < 0x80) { t->pos++; first = false; continue; }
        unsigned cp;
        size_t k = tok_utf8_len(s + t->pos, t->len - t->pos, &cp);
        if (!k) return tok_error(t, "invalid character");
        bool ok = first ? uni_isxid_start(cp) : uni_isxid_continue(cp);
        if (!ok) {
            /* CPython names the character, or calls it non-printable */
            if (!first && t->pos > out->start) break;  /* end of identifier, let the caller see the char */
            char hex[8];
            static const char digits[] = "0123456789ABCDEF";
            int nd = cp > 0xFFFF ? 6 : 4;
            if (cp > 0xFFFFF) nd = 6;
            for (int i = 0; i < nd; i++) hex[i] = digits[(cp >> (4 * (nd - 1 - i))) & 15];
            int col = (int)(t->pos - t->line_start);
            const char *msg;
            if (uni_isprintable(cp)) {
                const char *m1 = tok_fmt(t, "invalid character '", (const char *)s + t->pos, k, "' (U+");
                msg = tok_fmt(t, m1, hex, (size_t)nd, ")");
            } else {
                msg = tok_fmt(t, "invalid non-printable character U+", hex, (size_t)nd, "");
            }
            return tok_error_at(t, "SyntaxError", msg, t->lineno, col, t->lineno, col + 1);
        }
        t->pos += k;
        first = false;
    }
    return true;
}

/* --------------------------------------------------------------- numbers */

static bool tok_is_digit(char c) { return c >= '0' && c <= '9'; }

/* Digits of a base with single '_' between them; returns false on a bad
 * underscore. `isdig` decides membership. */
static bool tok_digits(Tokenizer *t, int base, const char *kind) {
    for (;;) {
        char c = tok_peek(t, 0);
        bool ok = base == 16 ? ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
                : base == 10 ? tok_is_digit(c) : base == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
        if (ok) { t->pos++; continue; }
        if (c == '_') {
            char d = tok_peek(t, 1);
            bool ok2 = base == 16 ? ((d >= '0' && d <= '9') || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F'))
                     : base == 10 ? tok_is_digit(d) : base == 8 ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
            if (ok2) { t->pos += 2; continue; }
            return tok_error(t, tok_fmt(t, "invalid ", kind, strlen(kind), " literal"));
        }
        return true;
    }
}

/* After a number: a letter right after it is an error, except the start of
 * the keywords that CPython still accepts glued to a number ("1if x else y"). */
static bool tok_verify_end(Tokenizer *t, const Token *tk, const char *kind) {
    unsigned char c = (unsigned char)tok_peek(t, 0);
    if (!tok_ident_char(c)) return true;
    if (c >= 0x80) {
        unsigned cp;
        size_t k = tok_utf8_len((const unsigned char *)t->src + t->pos, t->len - t->pos, &cp);
        if (k && !uni_isxid_continue(cp)) return true;  /* the next token reports it */
    }
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        size_t n = strlen(kws[i]);
        if (t->pos + n <= t->len && memcmp(t->src + t->pos, kws[i], n) == 0) return true;
    }
    /* CPython points at the last character of the number */
    int col = (int)(t->pos - t->line_start) - 1;
    (void)tk;
    return tok_error_at(t, "SyntaxError", tok_fmt(t, "invalid ", kind, strlen(kind), " literal"),
                        t->lineno, col, t->lineno, col);
}

static bool tok_number(Tokenizer *t, Token *out) {
    char c = tok_peek(t, 0);
    if (c == '0' && (tok_peek(t, 1) == 'x' || tok_peek(t, 1) == 'X' || tok_peek(t, 1) == 'o' ||
                     tok_peek(t, 1) == 'O' || tok_peek(t, 1) == 'b' || tok_peek(t, 1) == 'B')) {
        char p = tok_peek(t, 1);
        int base = (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8 : 2;
        const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        t->pos += 2;
        if (tok_peek(t, 0) == '_') t->pos++;
        char d = tok_peek(t, 0);
        bool ok = base == 16 ? ((d >= '0' && d <= '9') || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F'))
                : base == 8 ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
        if (!ok) {
            if (tok_is_digit(d)) return tok_error(t, tok_fmt(t, base == 8 ? "invalid digit '" : "invalid digit '", &d, 1,
                                                            base == 8 ? "' in octal literal" : "' in binary literal"));
            t->pos--;
            return tok_error(t, tok_fmt(t, "invalid ", kind, strlen(kind), " literal"));
        }
        if (!tok_digits(t, base, kind)) return false;
        d = tok_peek(t, 0);
        if (base != 16 && tok_is_digit(d))
            return tok_error(t, tok_fmt(t, "invalid digit '", &d, 1, base == 8 ? "' in octal literal" : "' in binary literal"));
        if (!tok_verify_end(t, out, kind)) return false;
        return tok_finish(t, out);
    }
    bool is_float = false;
    if (c != '.') {
        bool zeros_only = c == '0';
        size_t s = t->pos;
        if (!tok_digits(t, 10, "decimal")) return false;
        if (zeros_only) {
            for (size_t i = s; i < t->pos; i++) if (t->src[i] != '0' && t->src[i] != '_') zeros_only = false;
        }
        char n = tok_peek(t, 0);
        if (c == '0' && !zeros_only && n != '.' && n != 'e' && n != 'E' && n != 'j' && n != 'J') {
            return tok_error_at(t, "SyntaxError",
                                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                out->lineno, out->col, out->lineno, out->col);
        }
    }
    if (tok_peek(t, 0) == '.') {
        is_float = true;
        t->pos++;
        if (tok_is_digit(tok_peek(t, 0)) && !tok_digits(t, 10, "decimal")) return false;
    }
    char e = tok_peek(t, 0);
    if (e == 'e' || e == 'E') {
        size_t save = t->pos;
        t->pos++;
        char s = tok_peek(t, 0);
        if (s == '+' || s == '-') t->pos++;
        if (!tok_is_digit(tok_peek(t, 0))) {
            /* "1else": the 'e' starts a keyword */
            t->pos = save;
            if (!tok_verify_end(t, out, "decimal")) return false;
            return tok_finish(t, out);
        }
        is_float = true;
        if (!tok_digits(t, 10, "decimal")) return false;
    }
    char j = tok_peek(t, 0);
    if (j == 'j' || j == 'J') {
        t->pos++;
        if (!tok_verify_end(t, out, "imaginary")) return false;
        return tok_finish(t, out);
    }
    if (!tok_verify_end(t, out, "decimal")) return false;
    (void)is_float;
    return tok_finish(t, out);
}

/* --------------------------------------------------------------- strings */

/* After the prefix: scans a complete non-f string literal. */
static TokMode *tok_fstring(Tokenizer *t);

static bool tok_string_body(Tokenizer *t, Token *out) {
    char q = tok_peek(t, 0);
    int qlen = (tok_peek(t, 1) == q && tok_peek(t, 2) == q) ? 3 : 1;
    int start_line = out->lineno, start_col = out->col;
    /* inside an f-string, a string that would end the f-string if it were
     * not terminated means a missing '}' (as CPython reports it) */
    TokMode *fs = t->nmodes ? tok_fstring(t) : NULL;
    bool fs_quote = fs && fs->quote == q && fs->quote_len == qlen;
    t->pos += (size_t)qlen;
    for (;;) {
        if (t->pos >= t->len) {
            const char *m = qlen == 3 ? tok_fmt_int(t, "unterminated triple-quoted string literal (detected at line ", tok_eof_line(t), ")")
                                      : tok_fmt_int(t, "unterminated string literal (detected at line ", tok_eof_line(t), ")");
            if (fs_quote) m = "f-string: expecting '}'";
            return tok_error_at(t, "SyntaxError", m, start_line, start_col, start_line, start_col + 1);
        }
        char c = t->src[t->pos];
        if (c == q) {
            if (qlen == 1) { t->pos++; break; }
            if (tok_peek(t, 1) == q && tok_peek(t, 2) == q) { t->pos += 3; break; }
            t->pos++;
            continue;
        }
        if (c == '\n') {
            if (qlen == 1) {
                const char *m = fs_quote ? "f-string: expecting '}'"
                                         : tok_fmt_int(t, "unterminated string literal (detected at line ", tok_eof_line(t), ")");
                return tok_error_at(t, "SyntaxError", m, start_line, start_col, start_line, start_col + 1);
            }
            t->pos++;
            tok_newline_consumed(t);
            continue;
        }
        if (c == '\\') {
            t->pos++;
            if (t->pos < t->len) {
                if (t->src[t->pos] == '\n') { t->pos++; tok_newline_consumed(t); }
                else t->pos++;
            }
            continue;
        }
        t->pos++;
    }
    return tok_finish(t, out);
}

static TokMode *tok_top(Tokenizer *t) { return t->nmodes ? &t->modes[t->nmodes - 1] : NULL; }

/* The innermost f-string (not field) mode. */
static TokMode *tok_fstring(Tokenizer *t) {
    for (int i = t->nmodes - 1; i >= 0; i--) if (!t->modes[i].is_field) return &t->modes[i];
    return NULL;
}

static bool tok_push_paren(Tokenizer *t, char c) {
    if (t->level >= TOK_MAXLEVEL) return tok_error(t, "too many nested parentheses");
    t->parens[t->level] = c;
    t->paren_lineno[t->level] = t->lineno;
    t->paren_col[t->level] = (int)(t->pos - t->line_start);
    t->level++;
    return true;
}

/* The literal part of an f-string or of a format spec. */
static bool tok_fstring_literal(Tokenizer *t, Token *out) {
    TokMode *m = tok_top(t);
    TokMode *fs = tok_fstring(t);
    bool in_spec = m->is_field;
    tok_start(t, out, T_FSTRING_MIDDLE);
    for (;;) {
        if (t->pos >= t->len) {
            const char *msg = fs->quote_len == 3
                ? tok_fmt_int(t, "unterminated triple-quoted f-string literal (detected at line ", tok_eof_line(t), ")")
                : tok_fmt_int(t, "unterminated f-string literal (detected at line ", tok_eof_line(t), ")");
            return tok_error_at(t, "SyntaxError", msg, fs->start_lineno, fs->start_col, fs->start_lineno, fs->start_col + 1);
        }
        char c = t->src[t->pos];
        if (c == fs->quote && (fs->quote_len == 1 || (tok_peek(t, 1) == c && tok_peek(t, 2) == c))) {
            if (t->pos > out->start) return tok_finish(t, out);
            if (in_spec) return tok_error(t, "f-string: expecting '}', or format specs");
            t->pos += (size_t)fs->quote_len;
            out->type = T_FSTRING_END;
            t->nmodes--;
            return tok_finish(t, out);
        }
        if (c == '\n') {
            if (fs->quote_len == 1) {
                if (in_spec) return tok_error(t, "f-string: newlines are not allowed in format specifiers for single quoted f-strings");
                const char *msg = tok_fmt_int(t, "unterminated f-string literal (detected at line ", tok_eof_line(t), ")");
                return tok_error_at(t, "SyntaxError", msg, fs->start_lineno, fs->start_col, fs->start_lineno, fs->start_col + 1);
            }
            t->pos++;
            tok_newline_consumed(t);
            continue;
        }
        if (c == '\\' && fs->raw) {
            /* raw: the backslash stays, but what follows cannot end the string */
            char n = tok_peek(t, 1);
            if (n == '{' || n == '}' || n == 0) { t->pos++; continue; }
            t->pos += 2;
            if (n == '\n') tok_newline_consumed(t);
            continue;
        }
        if (c == '\\' && !fs->raw) {
            char n = tok_peek(t, 1);
            if (n == 'N' && tok_peek(t, 2) == '{' && !in_spec) {
                /* search only this line, so many "\N{" stay linear */
                const char *nl = memchr(t->src + t->pos, '\n', t->len - t->pos);
                size_t lim = nl ? (size_t)(nl - t->src) : t->len;
                const char *close = memchr(t->src + t->pos, '}', lim - t->pos);
                if (close) { t->pos = (size_t)(close - t->src) + 1; continue; }
                t->pos += 2;
                continue;
            }
            if (n == '{' || n == '}') { t->pos++; continue; }
            t->pos++;
            if (n == '\n') { t->pos++; tok_newline_consumed(t); }
            else if (n) t->pos++;
            continue;
        }
        if (c == '{') {
            if (!in_spec && tok_peek(t, 1) == '{') { t->pos += 2; continue; }
            if (t->pos > out->start) return tok_finish(t, out);
            if (t->nmodes >= (int)(sizeof t->modes / sizeof t->modes[0])) return tok_error(t, "too many nested f-strings");
            out->type = T_LBRACE;
            if (!tok_push_paren(t, '{')) return false;
            t->pos++;
            TokMode *f = &t->modes[t->nmodes++];
            memset(f, 0, sizeof *f);
            f->is_field = true;
            f->level = t->level;
            return tok_finish(t, out);
        }
        if (c == '}') {
            if (in_spec) {
                if (t->pos > out->start) return tok_finish(t, out);
                out->type = T_RBRACE;
                t->pos++;
                t->level--;
                t->nmodes--;
                return tok_finish(t, out);
            }
            if (tok_peek(t, 1) == '}') { t->pos += 2; continue; }
            return tok_error(t, "f-string: single '}' is not allowed");
        }
        t->pos++;
    }
}

/* ------------------------------------------------------------ operators */

typedef struct TokOp { const char *s; TokType type; } TokOp;
static const TokOp tok_ops3[] = {
    {"**=", T_DOUBLESTAREQUAL}, {"...", T_ELLIPSIS}, {"//=", T_DOUBLESLASHEQUAL},
    {"<<=", T_LEFTSHIFTEQUAL}, {">>=", T_RIGHTSHIFTEQUAL},
};
static const TokOp tok_ops2[] = {
    {"!=", T_NOTEQUAL}, {"%=", T_PERCENTEQUAL}, {"&=", T_AMPEREQUAL}, {"**", T_DOUBLESTAR},
    {"*=", T_STAREQUAL}, {"+=", T_PLUSEQUAL}, {"-=", T_MINEQUAL}, {"->", T_RARROW},
    {"//", T_DOUBLESLASH}, {"/=", T_SLASHEQUAL}, {":=", T_COLONEQUAL}, {"<<", T_LEFTSHIFT},
    {"<=", T_LESSEQUAL}, {"==", T_EQEQUAL}, {">=", T_GREATEREQUAL}, {">>", T_RIGHTSHIFT},
    {"@=", T_ATEQUAL}, {"^=", T_CIRCUMFLEXEQUAL}, {"|=", T_VBAREQUAL}, {"<>", T_NOTEQUAL},
};

static TokType tok_op1(char c) {
    switch (c) {
    case '(': return T_LPAR; case ')': return T_RPAR; case '[': return T_LSQB; case ']': return T_RSQB;
    case ':': return T_COLON; case ',': return T_COMMA; case ';': return T_SEMI; case '+': return T_PLUS;
    case '-': return T_MINUS; case '*': return T_STAR; case '/': return T_SLASH; case '|': return T_VBAR;
    case '&': return T_AMPER; case '<': return T_LESS; case '>': return T_GREATER; case '=': return T_EQUAL;
    case '.': return T_DOT; case '%': return T_PERCENT; case '{': return T_LBRACE; case '}': return T_RBRACE;
    case '~': return T_TILDE; case '^': return T_CIRCUMFLEX; case '@': return T_AT; case '!': return T_EXCLAMATION;
    default: return T_ERRORTOKEN;
    }
}

static bool tok_close_paren(Tokenizer *t, char c) {
    int col = (int)(t->pos - t->line_start);
    if (t->level == 0) {
        return tok_error_at(t, "SyntaxError", tok_fmt(t, "unmatched '", &c, 1, "'"), t->lineno, col, t->lineno, col + 1);
    }
    char open = t->parens[t->level - 1];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    TokMode *fm = t->nmodes ? &t->modes[t->nmodes - 1] : NULL;
    if (c != want && fm && fm->is_field && fm->level == t->level) {
        return tok_error_at(t, "SyntaxError", tok_fmt(t, "f-string: unmatched '", &c, 1, "'"), t->lineno, col, t->lineno, col + 1);
    }
    if (c != want) {
        const char *m = tok_fmt(t, "closing parenthesis '", &c, 1, "' does not match opening parenthesis '");
        if (t->paren_lineno[t->level - 1] != t->lineno) {
            m = tok_fmt(t, m, &open, 1, "' on line ");
            m = tok_fmt_int(t, m, t->paren_lineno[t->level - 1], "");
        } else {
            m = tok_fmt(t, m, &open, 1, "'");
        }
        return tok_error_at(t, "SyntaxError", m, t->lineno, col, t->lineno, col + 1);
    }
    t->level--;
    return true;
}

/* ------------------------------------------------------------ main loop */

/* At the start of a logical line: measures indentation, skips blank and
 * comment-only lines, and queues INDENT/DEDENT.  Returns false on error. */
static bool tok_indentation(Tokenizer *t) {
    for (;;) {
        int col = 0, altcol = 0;
        while (t->pos < t->len) {
            char c = t->src[t->pos];
            if (c == ' ') { col++; altcol++; }
            else if (c == '\t') { col = (col / TOK_TABSIZE + 1) * TOK_TABSIZE; altcol++; }
            else if (c == '\f') { col = altcol = 0; }
            else if (c == '\\') {
                /* a continuation inside the indentation: the level goes on
                 * being measured on the next line, as in CPython */
                if (tok_peek(t, 1) != '\n') {
                    t->pos++;
                    return tok_deferred(t, tok_error(t, "unexpected character after line continuation character"));
                }
                t->pos += 2;
                tok_newline_consumed(t);
                continue;
            }
            else break;
            t->pos++;
        }
        char c = tok_peek(t, 0);
        if (c == '#') {
            const char *nl = memchr(t->src + t->pos, '\n', t->len - t->pos);
            t->pos = nl ? (size_t)(nl - t->src) : t->len;
            c = tok_peek(t, 0);
        }
        if (c == '\n') {
            t->pos++;
            tok_newline_consumed(t);
            continue;
        }
        if (c == '\\' && tok_peek(t, 1) == '\n') {
            /* a continuation at the start of a line: the line goes on */
            t->pos += 2;
            tok_newline_consumed(t);
            if (t->pos >= t->len) return tok_deferred(t, tok_error(t, "unexpected EOF while parsing"));
            t->atbol = false;
            return true;
        }
        if (t->pos >= t->len) {
            /* EOF: no indentation change here; the EOF handler dedents
             * (atbol stays true: no implicit NEWLINE is due) */
            return true;
        }
        t->atbol = false;
        int ccol = 0;  /* CPython reports indentation errors at column 0 ... */
        const char *eol = memchr(t->src + t->pos, '\n', t->len - t->pos);
        int eolcol = (int)((eol ? (size_t)(eol - t->src) : t->len) - t->line_start);  /* ... or at the line's end */
        if (col == t->indstack[t->indent]) {
            if (altcol != t->altindstack[t->indent])
                return tok_deferred(t, tok_error_at(t, "TabError", "inconsistent use of tabs and spaces in indentation", t->lineno, ccol, t->lineno, ccol + 1));
        } else if (col > t->indstack[t->indent]) {
            if (t->indent + 1 >= TOK_MAXINDENT)
                return tok_deferred(t, tok_error_at(t, "IndentationError", "too many levels of indentation", t->lineno, ccol, t->lineno, ccol + 1));
            if (altcol <= t->altindstack[t->indent])
                return tok_deferred(t, tok_error_at(t, "TabError", "inconsistent use of tabs and spaces in indentation", t->lineno, ccol, t->lineno, ccol + 1));
            t->pending++;
            t->indent++;
            t->indstack[t->indent] = col;
            t->altindstack[t->indent] = altcol;
        } else {
            while (t->indent > 0 && col < t->indstack[t->indent]) {
                t->pending--;
                t->indent--;
            }
            if (col != t->indstack[t->indent])
                return tok_deferred(t, tok_error_at(t, "IndentationError", "unindent does not match any outer indentation level", t->lineno, eolcol, t->lineno, -1));
            if (altcol != t->altindstack[t->indent])
                return tok_deferred(t, tok_error_at(t, "TabError", "inconsistent use of tabs and spaces in indentation", t->lineno, ccol, t->lineno, ccol + 1));
        }
        return true;
    }
}

bool tok_next(Tokenizer *t, Token *out) {
    if (t->err_type) return false;
    memset(out, 0, sizeof *out);
    TokMode *m = tok_top(t);
    if (m && (!m->is_field || m->in_spec)) return tok_fstring_literal(t, out);

    if (t->atbol && t->level == 0 && !t->done) {
        if (!tok_indentation(t)) return false;
    }
    if (t->pending) {
        tok_start(t, out, t->pending > 0 ? T_INDENT : T_DEDENT);
        if (t->pending > 0) t->pending--; else t->pending++;
        return tok_finish(t, out);
    }
again:
    while (t->pos < t->len && tok_is_space(t->src[t->pos])) t->pos++;
    if (tok_peek(t, 0) == '#') {
        const char *nl = memchr(t->src + t->pos, '\n', t->len - t->pos);
        t->pos = nl ? (size_t)(nl - t->src) : t->len;
    }
    if (t->pos >= t->len) {
        /* EOF inside a replacement field is EOF inside its '{' (the
         * parser reports the bracket); in the literal part, an
         * unterminated f-string */
        if (m && !m->is_field) {
            TokMode *fs = tok_fstring(t);
            const char *msg = fs->quote_len == 3
                ? tok_fmt_int(t, "unterminated triple-quoted f-string literal (detected at line ", tok_eof_line(t), ")")
                : tok_fmt_int(t, "unterminated f-string literal (detected at line ", tok_eof_line(t), ")");
            return tok_error_at(t, "SyntaxError", msg, fs->start_lineno, fs->start_col, fs->start_lineno, fs->start_col + 1);
        }
        tok_start(t, out, T_ENDMARKER);
        if (t->atbol && t->pos > 0 && t->src[t->pos - 1] == '\n' && t->lineno > 1) {
            out->lineno = t->lineno - 1;
            out->col = (int)(t->pos - 1 - t->prev_line_start);
        }
        if (!t->done && !t->atbol && t->level == 0) {
            /* the implicit newline that ends the last line */
            t->atbol = true;
            out->type = T_NEWLINE;
            tok_finish(t, out);
            out->end_col = out->col + 1;
            return true;
        }
        if (t->indent > 0 && t->level == 0) {
            t->indent--;
            out->type = T_DEDENT;
        } else {
            t->done = true;
        }
        tok_finish(t, out);
        out->end_lineno = out->lineno;
        out->end_col = out->col;
        return true;
    }
    char c = t->src[t->pos];
    if (c == '\n') {
        if (t->level > 0) {
            /* inside brackets, replacement fields included (PEP 701) */
            t->pos++;
            tok_newline_consumed(t);
            goto again;
        }
        tok_start(t, out, T_NEWLINE);
        t->pos++;
        tok_finish(t, out);
        out->end_lineno = out->lineno;
        out->end_col = out->col + 1;
        tok_newline_consumed(t);
        t->atbol = true;
        return true;
    }
    if (c == '\\') {
        if (tok_peek(t, 1) == '\n') {
            t->pos += 2;
            tok_newline_consumed(t);
            if (t->pos >= t->len) {
                int col = (int)(t->pos - 1 - t->prev_line_start);
                return tok_deferred(t, tok_error_at(t, "SyntaxError", "unexpected EOF while parsing", t->lineno - 1, col, t->lineno - 1, col + 1));
            }
            goto again;
        }
        t->pos++;
        return tok_deferred(t, tok_error(t, "unexpected character after line continuation character"));
    }
    tok_start(t, out, T_NAME);
    unsigned char uc = (unsigned char)c;
    if (tok_ident_start(uc)) {
        /* string prefix? */
        size_t p = t->pos;
        bool saw_r = false, saw_b = false, saw_u = false, saw_f = false;
        while (p < t->len && p - t->pos < 3) {
            char d = t->src[p];
            if ((d == 'r' || d == 'R') && !saw_r) saw_r = true;
            else if ((d == 'b' || d == 'B') && !saw_b && !saw_u && !saw_f) saw_b = true;
            else if ((d == 'u' || d == 'U') && !saw_u && !saw_b && !saw_r && !saw_f && p == t->pos) saw_u = true;
            else if ((d == 'f' || d == 'F') && !saw_f && !saw_b && !saw_u) saw_f = true;
            else break;
            p++;
        }
        if (p > t->pos && p < t->len && (t->src[p] == '"' || t->src[p] == '\'') &&
            !(saw_u && p - t->pos > 1)) {
            t->pos = p;
            if (saw_f) {
                char q = t->src[p];
                int qlen = (tok_peek(t, 1) == q && tok_peek(t, 2) == q) ? 3 : 1;
                int nf = 0;
                for (int i = 0; i < t->nmodes; i++) nf += !t->modes[i].is_field;
                if (t->nmodes + 2 >= (int)(sizeof t->modes / sizeof t->modes[0]) || nf >= TOK_MAXFSTRING)
                    return tok_error(t, "too many nested f-strings");
                t->pos += (size_t)qlen;
                TokMode *f = &t->modes[t->nmodes++];
                memset(f, 0, sizeof *f);
                f->raw = saw_r;
                f->quote = q;
                f->quote_len = qlen;
                f->start_lineno = out->lineno;
                f->start_col = out->col;
                out->type = T_FSTRING_START;
                return tok_finish(t, out);
            }
            out->type = T_STRING;
            return tok_string_body(t, out);
        }
        if (!tok_identifier(t, out)) return false;
        if (t->pos == out->start) {
            /* a non-identifier character: report it */
            /* (tok_utf8_len leaves cp unset on a malformed sequence) */
            unsigned cp = (unsigned char)t->src[t->pos];
            size_t k = tok_utf8_len((const unsigned char *)t->src + t->pos, t->len - t->pos, &cp);
            if (!k) k = 1;
            char hex[8];
            static const char digits[] = "0123456789ABCDEF";
            int nd = cp > 0xFFFF ? 6 : 4;
            for (int i = 0; i < nd; i++) hex[i] = digits[(cp >> (4 * (nd - 1 - i))) & 15];
            const char *msg;
            if (uni_isprintable(cp)) {
                const char *m1 = tok_fmt(t, "invalid character '", t->src + t->pos, k, "' (U+");
                msg = tok_fmt(t, m1, hex, (size_t)nd, ")");
            } else {
                msg = tok_fmt(t, "invalid non-printable character U+", hex, (size_t)nd, "");
            }
            return tok_error_at(t, "SyntaxError", msg, t->lineno, out->col, t->lineno, out->col + 1);
        }
        out->type = (unsigned char)tok_keyword(t->src + out->start, t->pos - out->start);
        return tok_finish(t, out);
    }
    if (tok_is_digit(c) || (c == '.' && tok_is_digit(tok_peek(t, 1)))) {
        out->type = T_NUMBER;
        return tok_number(t, out);
    }
    if (c == '"' || c == '\'') {
        out->type = T_STRING;
        return tok_string_body(t, out);
    }
    /* operators */
    if (m && m->is_field && t->level == m->level) {
        /* inside a replacement field, at its own bracket level */
        if (c == '}') {
            out->type = T_RBRACE;
            t->pos++;
            t->level--;
            t->nmodes--;
            return tok_finish(t, out);
        }
        if (c == ':' && tok_peek(t, 1) != '=') {
            out->type = T_COLON;
            t->pos++;
            m->in_spec = true;
            return tok_finish(t, out);
        }
        if (c == ':' && tok_peek(t, 1) == '=') {
            /* f"{x:=5}": ':' starts the spec "=5" at the field's own level */
            out->type = T_COLON;
            t->pos++;
            m->in_spec = true;
            return tok_finish(t, out);
        }
        if (c == '!' && tok_peek(t, 1) != '=') {
            out->type = T_EXCLAMATION;
            t->pos++;
            return tok_finish(t, out);
        }
    }
    /* operators of three and two characters (only when the first fits) */
    if (strchr("*./<>!%&+-:=@^|", c)) {
        for (size_t i = 0; i < sizeof tok_ops3 / sizeof tok_ops3[0]; i++) {
            if (tok_ops3[i].s[0] == c && t->pos + 3 <= t->len && memcmp(t->src + t->pos, tok_ops3[i].s, 3) == 0) {
                out->type = (unsigned char)tok_ops3[i].type;
                t->pos += 3;
                return tok_finish(t, out);
            }
        }
        char c2 = tok_peek(t, 1);
        for (size_t i = 0; i < sizeof tok_ops2 / sizeof tok_ops2[0]; i++) {
            if (tok_ops2[i].s[0] == c && tok_ops2[i].s[1] == c2) {
                if (c == '<' && c2 == '>') continue;  /* only with barry_as_FLUFL */
                out->type = (unsigned char)tok_ops2[i].type;
                t->pos += 2;
                return tok_finish(t, out);
            }
        }
    }
    TokType ty = tok_op1(c);
    if (ty == T_ERRORTOKEN) {
        if (uc >= 0x80 || uc < 0x20 || uc == 0x7f) {
            unsigned cp = uc;
            size_t k = tok_utf8_len((const unsigned char *)t->src + t->pos, t->len - t->pos, &cp);
            if (!k) k = 1;
            char hex[8];
            static const char digits[] = "0123456789ABCDEF";
            int nd = cp > 0xFFFF ? 6 : 4;
            for (int i = 0; i < nd; i++) hex[i] = digits[(cp >> (4 * (nd - 1 - i))) & 15];
            const char *msg;
            if (uni_isprintable(cp)) {
                const char *m1 = tok_fmt(t, "invalid character '", t->src + t->pos, k, "' (U+");
                msg = tok_fmt(t, m1, hex, (size_t)nd, ")");
            } else {
                msg = tok_fmt(t, "invalid non-printable character U+", hex, (size_t)nd, "");
            }
            return tok_error_at(t, "SyntaxError", msg, t->lineno, out->col, t->lineno, out->col + 1);
        }
        out->type = T_ERRORTOKEN;
        t->pos++;
        return tok_finish(t, out);
    }
    out->type = (unsigned char)ty;
    if (c == '(' || c == '[' || c == '{') {
        if (!tok_push_paren(t, c)) return false;
    } else if (c == ')' || c == ']' || c == '}') {
        if (!tok_close_paren(t, c)) return false;
    }
    t->pos++;
    return tok_finish(t, out);
}
