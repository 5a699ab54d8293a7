/* _sre: the regular-expression engine under the re module
 * (src/modules/py/re.py).  Implements CPython 3.13's re syntax and
 * semantics, written from its documented and observable behaviour.
 *
 *   _sre.compile(pattern, flags) -> (prog, ngroups, groupindex, flags)
 *                                   or (None, message, pos) on a syntax error
 *   _sre.match(prog, string, pos, endpos, mode) -> None or a tuple
 *       (start0, end0, start1, end1, ..., lastindex); -1 for unset.
 *       mode: 0 match, 1 fullmatch, 2 search; | 4: must advance (an empty
 *       match at pos is refused: finditer/sub/split after an empty match).
 *   _sre.findall(prog, string, pos, endpos) -> the list re.findall returns
 *   _sre.scan(prog, string, pos, endpos, maxcount) -> list of match tuples
 *       of the successive non-overlapping matches (for split, sub with a
 *       function)
 *   _sre.sub(prog, string, template, count) -> (result, n); template is a
 *       list of literal pieces and group numbers (parsed by re.py)
 *
 * Pipeline: the pattern is parsed into a tree of nodes (recursive descent
 * with a nesting bound, SRE_MAX_DEPTH), the tree is compiled into an int32
 * program, and a backtracking VM runs it.  The VM never recurses: choice
 * points, undo records (captures and loop registers) and markers (atomic
 * groups, lookarounds) live on an explicit stack in a heap bytes object,
 * and every instruction is counted against the realm's budget
 * (limits_count), so catastrophic backtracking ends with ResourceLimitError.
 *
 * Invariants: the program is produced only by sre_compile (the guest cannot
 * build one), every jump target lies inside it; all positions are within
 * [0, end]; every buffer is a bytes object referenced from the C stack (the
 * heap scans it conservatively), so a raise mid-match leaks nothing. */
#include "core/realm.h"
#include "core/limits.h"
#include "core/unicode.h"
#include "modules/modules.h"
#include "objects/strimpl.h"
#include "vm/ops.h"

enum { SRE_MAX_DEPTH = 200 };
#define SRE_MAXREPEAT 4294967295LL   /* "infinite" */

enum {   /* flags, as re's */
    F_I = 2, F_L = 4, F_M = 8, F_S = 16, F_U = 32, F_X = 64, F_A = 256,
};

/* ---------------------------------------------------------------- buffers */

typedef struct SBuf { Value obj; uint8_t *data; size_t cap; } SBuf;

static void sbuf_need(Realm *r, SBuf *b, size_t need) {
    if (need <= b->cap) return;
    size_t nc = b->cap ? b->cap : 64;
    while (nc < need) {
        if (__builtin_mul_overflow(nc, (size_t)2, &nc)) err_no_memory(r);
    }
    if (nc > (size_t)INT64_MAX / 2) err_no_memory(r);
    Value nb = bytes_alloc(r, nc);
    uint8_t *nd = bytes_ptr(nb)->data;
    if (b->cap) memcpy(nd, b->data, b->cap);
    memset(nd + b->cap, 0, nc - b->cap);
    b->obj = nb;
    b->data = nd;
    b->cap = nc;
}

/* An index-like argument (TypeError for others, as CPython's). */
static int64_t sre_int(Realm *r, Value v) { return int_as_ssize(r, num_index(r, v)); }

/* ---------------------------------------------------------------- chars */

static uint32_t sre_lower(uint32_t c, bool ascii) {
    if (c < 128 || ascii) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c == 0x130) return 'i';
    ucp out[3];
    int n = uni_to_lower(c, out);
    return n == 1 ? out[0] : c;
}
static uint32_t sre_upper(uint32_t c, bool ascii) {
    if (c < 128 || ascii) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    ucp out[3];
    int n = uni_to_upper(c, out);
    return n == 1 ? out[0] : c;
}
/* Case-insensitive equivalence beyond simple lower/upper: the groups of
 * code points CPython's IGNORECASE treats as one letter where the simple
 * mappings do not link every pair (i/I/İ/ı, k/K/Kelvin sign, s/S/ſ, the
 * Greek symbol variants, ...).  Derived from CPython 3.13's observable
 * matching over the whole code space (tests/fuzz notes in the report). */
static const uint32_t sre_fold_members[][4] = {
    {0x49, 0x69, 0x130, 0x131},
    {0x4b, 0x6b, 0x212a, 0},
    {0x53, 0x73, 0x17f, 0},
    {0xb5, 0x39c, 0x3bc, 0},
    {0xc5, 0xe5, 0x212b, 0},
    {0xdf, 0x1e9e, 0, 0},
    {0x1c4, 0x1c5, 0x1c6, 0},
    {0x1c7, 0x1c8, 0x1c9, 0},
    {0x1ca, 0x1cb, 0x1cc, 0},
    {0x1f1, 0x1f2, 0x1f3, 0},
    {0x345, 0x399, 0x3b9, 0x1fbe},
    {0x392, 0x3b2, 0x3d0, 0},
    {0x395, 0x3b5, 0x3f5, 0},
    {0x398, 0x3b8, 0x3d1, 0x3f4},
    {0x39a, 0x3ba, 0x3f0, 0},
    {0x3a0, 0x3c0, 0x3d6, 0},
    {0x3a1, 0x3c1, 0x3f1, 0},
    {0x3a3, 0x3c2, 0x3c3, 0},
    {0x3a6, 0x3c6, 0x3d5, 0},
    {0x3a9, 0x3c9, 0x2126, 0},
    {0x412, 0x432, 0x1c80, 0},
    {0x414, 0x434, 0x1c81, 0},
    {0x41e, 0x43e, 0x1c82, 0},
    {0x421, 0x441, 0x1c83, 0},
    {0x422, 0x442, 0x1c84, 0x1c85},
    {0x42a, 0x44a, 0x1c86, 0},
    {0x462, 0x463, 0x1c87, 0},
    {0x1c88, 0xa64a, 0xa64b, 0},
    {0x1e60, 0x1e61, 0x1e9b, 0},
    {0x1f80, 0x1f88, 0, 0},
    {0x1f81, 0x1f89, 0, 0},
    {0x1f82, 0x1f8a, 0, 0},
    {0x1f83, 0x1f8b, 0, 0},
    {0x1f84, 0x1f8c, 0, 0},
    {0x1f85, 0x1f8d, 0, 0},
    {0x1f86, 0x1f8e, 0, 0},
    {0x1f87, 0x1f8f, 0, 0},
    {0x1f90, 0x1f98, 0, 0},
    {0x1f91, 0x1f99, 0, 0},
    {0x1f92, 0x1f9a, 0, 0},
    {0x1f93, 0x1f9b, 0, 0},
    {0x1f94, 0x1f9c, 0, 0},
    {0x1f95, 0x1f9d, 0, 0},
    {0x1f96, 0x1f9e, 0, 0},
    {0x1f97, 0x1f9f, 0, 0},
    {0x1fa0, 0x1fa8, 0, 0},
    {0x1fa1, 0x1fa9, 0, 0},
    {0x1fa2, 0x1faa, 0, 0},
    {0x1fa3, 0x1fab, 0, 0},
    {0x1fa4, 0x1fac, 0, 0},
    {0x1fa5, 0x1fad, 0, 0},
    {0x1fa6, 0x1fae, 0, 0},
    {0x1fa7, 0x1faf, 0, 0},
    {0x1fb3, 0x1fbc, 0, 0},
    {0x1fc3, 0x1fcc, 0, 0},
    {0x1ff3, 0x1ffc, 0, 0},
};
static const uint32_t sre_fold_index[][2] = {
    {0x49, 0}, {0x4b, 1}, {0x53, 2}, {0x69, 0}, {0x6b, 1}, {0x73, 2},
    {0xb5, 3}, {0xc5, 4}, {0xdf, 5}, {0xe5, 4}, {0x130, 0}, {0x131, 0},
    {0x17f, 2}, {0x1c4, 6}, {0x1c5, 6}, {0x1c6, 6}, {0x1c7, 7}, {0x1c8, 7},
    {0x1c9, 7}, {0x1ca, 8}, {0x1cb, 8}, {0x1cc, 8}, {0x1f1, 9}, {0x1f2, 9},
    {0x1f3, 9}, {0x345, 10}, {0x392, 11}, {0x395, 12}, {0x398, 13}, {0x399, 10},
    {0x39a, 14}, {0x39c, 3}, {0x3a0, 15}, {0x3a1, 16}, {0x3a3, 17}, {0x3a6, 18},
    {0x3a9, 19}, {0x3b2, 11}, {0x3b5, 12}, {0x3b8, 13}, {0x3b9, 10}, {0x3ba, 14},
    {0x3bc, 3}, {0x3c0, 15}, {0x3c1, 16}, {0x3c2, 17}, {0x3c3, 17}, {0x3c6, 18},
    {0x3c9, 19}, {0x3d0, 11}, {0x3d1, 13}, {0x3d5, 18}, {0x3d6, 15}, {0x3f0, 14},
    {0x3f1, 16}, {0x3f4, 13}, {0x3f5, 12}, {0x412, 20}, {0x414, 21}, {0x41e, 22},
    {0x421, 23}, {0x422, 24}, {0x42a, 25}, {0x432, 20}, {0x434, 21}, {0x43e, 22},
    {0x441, 23}, {0x442, 24}, {0x44a, 25}, {0x462, 26}, {0x463, 26}, {0x1c80, 20},
    {0x1c81, 21}, {0x1c82, 22}, {0x1c83, 23}, {0x1c84, 24}, {0x1c85, 24}, {0x1c86, 25},
    {0x1c87, 26}, {0x1c88, 27}, {0x1e60, 28}, {0x1e61, 28}, {0x1e9b, 28}, {0x1e9e, 5},
    {0x1f80, 29}, {0x1f81, 30}, {0x1f82, 31}, {0x1f83, 32}, {0x1f84, 33}, {0x1f85, 34},
    {0x1f86, 35}, {0x1f87, 36}, {0x1f88, 29}, {0x1f89, 30}, {0x1f8a, 31}, {0x1f8b, 32},
    {0x1f8c, 33}, {0x1f8d, 34}, {0x1f8e, 35}, {0x1f8f, 36}, {0x1f90, 37}, {0x1f91, 38},
    {0x1f92, 39}, {0x1f93, 40}, {0x1f94, 41}, {0x1f95, 42}, {0x1f96, 43}, {0x1f97, 44},
    {0x1f98, 37}, {0x1f99, 38}, {0x1f9a, 39}, {0x1f9b, 40}, {0x1f9c, 41}, {0x1f9d, 42},
    {0x1f9e, 43}, {0x1f9f, 44}, {0x1fa0, 45}, {0x1fa1, 46}, {0x1fa2, 47}, {0x1fa3, 48},
    {0x1fa4, 49}, {0x1fa5, 50}, {0x1fa6, 51}, {0x1fa7, 52}, {0x1fa8, 45}, {0x1fa9, 46},
    {0x1faa, 47}, {0x1fab, 48}, {0x1fac, 49}, {0x1fad, 50}, {0x1fae, 51}, {0x1faf, 52},
    {0x1fb3, 53}, {0x1fbc, 53}, {0x1fbe, 10}, {0x1fc3, 54}, {0x1fcc, 54}, {0x1ff3, 55},
    {0x1ffc, 55}, {0x2126, 19}, {0x212a, 1}, {0x212b, 4}, {0xa64a, 27}, {0xa64b, 27},
};

enum { SRE_NFOLD = (int)(sizeof sre_fold_index / sizeof sre_fold_index[0]) };

/* The fold group of c, or -1. */
static int sre_fold_group(uint32_t c) {
    int lo = 0, hi = SRE_NFOLD - 1;
    if (c < sre_fold_index[0][0] || c > sre_fold_index[SRE_NFOLD - 1][0]) return -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (sre_fold_index[mid][0] == c) return (int)sre_fold_index[mid][1];
        if (sre_fold_index[mid][0] < c) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

static bool sre_same_i(uint32_t a, uint32_t b, bool ascii) {
    if (a == b) return true;
    if (sre_lower(a, ascii) == sre_lower(b, ascii) || sre_upper(a, ascii) == sre_upper(b, ascii)) return true;
    if (ascii) return false;
    int g = sre_fold_group(a);
    return g >= 0 && g == sre_fold_group(b);
}
static bool sre_isword(uint32_t c, bool ascii) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (ascii) return false;
    return uni_isalpha(c) || uni_isdecimal(c) || uni_isdigit(c) || uni_isnumeric(c);
}
static bool sre_isdigit(uint32_t c, bool ascii) {
    if (c < 128) return c >= '0' && c <= '9';
    return !ascii && uni_isdecimal(c);
}
static bool sre_isspace(uint32_t c, bool ascii) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 28 && c <= 31);
    return !ascii && uni_isspace(c);
}

/* ---------------------------------------------------------------- nodes */

enum {
    N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_CAT, N_ALT, N_GROUP, N_REPEAT,
    N_BOL, N_EOL, N_BOS, N_EOS, N_WORDB, N_NWORDB, N_BACKREF, N_LOOK, N_ATOMIC, N_COND,
};
/* class item kinds */
enum { C_RANGE, C_DIGIT, C_NDIGIT, C_WORD, C_NWORD, C_SPACE, C_NSPACE };

typedef struct Node {
    int32_t type, flags;
    int64_t a, b, c;       /* per type: see sre_node users */
    int32_t child, next, last;
    int32_t poss;          /* repeat: 0 greedy, 1 lazy, 2 possessive; group: explicit */
} Node;

typedef struct Parser {
    Realm *r;
    const uint32_t *src;
    int64_t len, i;
    bool is_bytes;
    int flags;
    SBuf nodes; int32_t nnodes;
    SBuf cls; int64_t ncls;           /* class items: int64 triples */
    SBuf open; int32_t ngroups;       /* open[g]: group g not closed yet */
    int64_t lb_first;                 /* groups > lb_first are inside the current look-behind */
    int in_lookbehind;
    SBuf condrefs; int64_t ncond;     /* (group, pos) of numeric conditional references */
    SBuf gwidth;                      /* (min, max) width of each closed group, for look-behind */
    bool lb_variable;                 /* a look-behind is not fixed-width: raised after the parse */
    int global_flags;                 /* the flags at the end of the parse */
    Value names;                      /* dict name -> group */
    Value err_msg;
    int64_t err_pos;
} Parser;

_Noreturn static void sre_fail(Parser *p, int64_t pos, Value msg) {
    p->err_msg = msg;
    p->err_pos = pos;
    err_value(p->r, "sre");
}
_Noreturn static void sre_failc(Parser *p, int64_t pos, const char *msg) {
    sre_fail(p, pos, str_from_cstr(p->r, msg));
}
static Value sre_text(Parser *p, int64_t a, int64_t b) {
    if (a < 0) a = 0;
    if (b > p->len) b = p->len;
    if (b < a) b = a;
    return str_new_ucs4(p->r, p->src + a, (size_t)(b - a));
}

static Node *sre_node(Parser *p, int32_t i) { return &((Node *)(void *)p->nodes.data)[i]; }

static int32_t sre_new(Parser *p, int type) {
    size_t need;
    if (p->nnodes >= INT32_MAX - 1 || __builtin_mul_overflow((size_t)p->nnodes + 1, sizeof(Node), &need))
        err_no_memory(p->r);
    sbuf_need(p->r, &p->nodes, need);
    int32_t i = p->nnodes++;
    Node *n = sre_node(p, i);
    memset(n, 0, sizeof *n);
    n->type = type;
    n->flags = p->flags;
    n->child = n->next = n->last = -1;
    return i;
}
static void sre_append(Parser *p, int32_t list, int32_t item) {
    Node *l = sre_node(p, list);
    if (l->last < 0) l->child = item;
    else sre_node(p, l->last)->next = item;
    sre_node(p, list)->last = item;
}
static void sre_cls_add(Parser *p, int64_t kind, int64_t lo, int64_t hi) {
    size_t need;
    if (__builtin_mul_overflow((size_t)p->ncls + 1, 3 * sizeof(int64_t), &need)) err_no_memory(p->r);
    sbuf_need(p->r, &p->cls, need);
    int64_t *c = (int64_t *)(void *)p->cls.data + p->ncls * 3;
    c[0] = kind; c[1] = lo; c[2] = hi;
    p->ncls++;
}
static uint8_t *sre_flagbuf(Parser *p, SBuf *b, int64_t g) {
    sbuf_need(p->r, b, (size_t)g + 1);
    return &b->data[g];
}

static bool sre_more(Parser *p) { return p->i < p->len; }
static uint32_t sre_peek(Parser *p) { return p->i < p->len ? p->src[p->i] : 0; }

static bool sre_hexval(uint32_t c, int *v) {
    if (c >= '0' && c <= '9') { *v = (int)(c - '0'); return true; }
    if (c >= 'a' && c <= 'f') { *v = (int)(c - 'a' + 10); return true; }
    if (c >= 'A' && c <= 'F') { *v = (int)(c - 'A' + 10); return true; }
    return false;
}
static bool sre_isdig(uint32_t c) { return c >= '0' && c <= '9'; }
static bool sre_isoct(uint32_t c) { return c >= '0' && c <= '7'; }
static bool sre_isalpha_ascii(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static void sre_skip_verbose(Parser *p) {
    if (!(p->flags & F_X)) return;
    while (p->i < p->len) {
        uint32_t c = p->src[p->i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') p->i++;
        else if (c == '#') {
            while (p->i < p->len && p->src[p->i] != '\n') p->i++;
        } else break;
    }
}

/* Escapes shared by classes and the top level that produce one code point:
 * \a \f \n \r \t \v \\ \xhh \uhhhh \Uhhhhhhhh \N{name} octal.  start is the
 * backslash's position, p->i is after the escape letter c.  Returns the
 * code point. */
static int64_t sre_hex_escape(Parser *p, int64_t start, uint32_t c, int digits) {
    int64_t v = 0;
    for (int k = 0; k < digits; k++) {
        int d;
        if (p->i >= p->len || !sre_hexval(p->src[p->i], &d))
            sre_fail(p, start, str_format(p->r, "incomplete escape %U", sre_text(p, start, p->i)));
        v = v * 16 + d;
        p->i++;
    }
    (void)c;
    if (v > 0x10ffff) sre_fail(p, start, str_format(p->r, "bad escape %U", sre_text(p, start, p->i)));
    return v;
}
static int64_t sre_named_escape(Parser *p, int64_t start) {
    if (p->i >= p->len || p->src[p->i] != '{') sre_failc(p, p->i, "missing {");
    p->i++;
    int64_t ns = p->i;
    while (p->i < p->len && p->src[p->i] != '}') p->i++;
    if (p->i >= p->len) {
        if (ns == p->len) sre_failc(p, ns, "missing character name");
        sre_failc(p, ns, "missing }, unterminated name");
    }
    if (p->i == ns) sre_failc(p, ns, "missing character name");
    Value name = sre_text(p, ns, p->i);
    p->i++;
    size_t ulen;
    const char *u = str_utf8(p->r, name, &ulen);
    int32_t cp = uni_lookup(u, ulen);
    heap_keep(name);
    if (cp < 0) sre_fail(p, start, str_format(p->r, "undefined character name '%U'", name));
    return cp;
}

/* Category escape letter -> class item kind, or -1. */
static int sre_category(uint32_t c) {
    switch (c) {
    case 'd': return C_DIGIT; case 'D': return C_NDIGIT;
    case 'w': return C_WORD; case 'W': return C_NWORD;
    case 's': return C_SPACE; case 'S': return C_NSPACE;
    default: return -1;
    }
}

/* An escape inside a class: a code point (>= 0), or -(kind+1) for a category. */
static int64_t sre_class_escape(Parser *p) {
    int64_t start = p->i;
    p->i++;   /* backslash */
    if (p->i >= p->len) sre_failc(p, start, "bad escape (end of pattern)");
    uint32_t c = p->src[p->i++];
    int cat = sre_category(c);
    if (cat >= 0) return -(cat + 1);
    switch (c) {
    case 'a': return 7; case 'b': return 8; case 'f': return 12; case 'n': return 10;
    case 'r': return 13; case 't': return 9; case 'v': return 11; case '\\': return '\\';
    case 'x': return sre_hex_escape(p, start, c, 2);
    case 'u': if (!p->is_bytes) return sre_hex_escape(p, start, c, 4); break;
    case 'U': if (!p->is_bytes) return sre_hex_escape(p, start, c, 8); break;
    case 'N': if (!p->is_bytes) return sre_named_escape(p, start); break;
    default: break;
    }
    if (sre_isoct(c)) {
        int64_t v = c - '0';
        for (int k = 0; k < 2 && p->i < p->len && sre_isoct(p->src[p->i]); k++) v = v * 8 + (p->src[p->i++] - '0');
        if (v > 0377)
            sre_fail(p, start, str_format(p->r, "octal escape value %U outside of range 0-0o377", sre_text(p, start, p->i)));
        return v;
    }
    if (sre_isdig(c) || sre_isalpha_ascii(c))
        sre_fail(p, start, str_format(p->r, "bad escape %U", sre_text(p, start, p->i)));
    return c;
}

static int32_t sre_parse_class(Parser *p) {
    int64_t start = p->i;
    p->i++;   /* [ */
    int32_t n = sre_new(p, N_CLASS);
    int64_t first = p->ncls;
    bool neg = false;
    if (sre_peek(p) == '^' && sre_more(p)) { neg = true; p->i++; }
    int64_t body = p->i;
    for (;;) {
        if (p->i >= p->len) sre_failc(p, start, "unterminated character set");
        uint32_t c = p->src[p->i];
        if (c == ']' && p->i > body) { p->i++; break; }
        int64_t ipos = p->i;
        int64_t lo;
        if (c == '\\') lo = sre_class_escape(p);
        else { lo = c; p->i++; }
        if (p->i < p->len && p->src[p->i] == '-' && p->i + 1 < p->len && p->src[p->i + 1] != ']') {
            p->i++;
            int64_t hi;
            if (p->src[p->i] == '\\') hi = sre_class_escape(p);
            else hi = p->src[p->i++];
            if (lo < 0 || hi < 0)
                sre_fail(p, ipos, str_format(p->r, "bad character range %U", sre_text(p, ipos, p->i)));
            if (hi < lo)
                sre_fail(p, ipos, str_format(p->r, "bad character range %U", sre_text(p, ipos, p->i)));
            sre_cls_add(p, C_RANGE, lo, hi);
        } else if (p->i < p->len && p->src[p->i] == '-' && p->i + 1 >= p->len) {
            sre_failc(p, start, "unterminated character set");
        } else if (lo < 0) {
            sre_cls_add(p, -lo - 1, 0, 0);
        } else {
            sre_cls_add(p, C_RANGE, lo, lo);
        }
    }
    Node *nd = sre_node(p, n);
    nd->a = first;
    nd->b = p->ncls - first;
    nd->c = neg;
    return n;
}

static bool sre_is_ident(Parser *p, int64_t a, int64_t b) {
    if (a >= b) return false;
    for (int64_t k = a; k < b; k++) {
        uint32_t c = p->src[k];
        if (p->is_bytes && c >= 128) return false;
        bool ok = c == '_' || (c < 128 ? (sre_isalpha_ascii(c) || (k > a && sre_isdig(c)))
                                       : (k == a ? uni_isxid_start(c) : uni_isxid_continue(c)));
        if (!ok) return false;
    }
    return true;
}

/* repr() of a group name for messages: for a bytes pattern, non-ASCII
 * bytes are shown escaped (\xNN), as CPython's messages show them. */
static Value sre_name_repr(Parser *p, int64_t a, int64_t b) {
    Value name = sre_text(p, a, b);
    bool wide = false;
    for (int64_t k = a; k < b; k++) if (p->src[k] >= 128) wide = true;
    if (!p->is_bytes || !wide) return str_repr(p->r, name);
    Value out = str_from_cstr(p->r, "'");
    for (int64_t k = a; k < b; k++) {
        uint32_t c = p->src[k];
        static const char hex[] = "0123456789abcdef";
        char esc[5] = {'\\', 'x', hex[(c >> 4) & 15], hex[c & 15], 0};
        Value piece = c >= 128 ? str_from_cstr(p->r, esc) : str_from_char(p->r, c);
        out = str_concat(p->r, out, piece);
    }
    return str_concat(p->r, out, str_from_cstr(p->r, "'"));
}

/* A group reference by name or number in (?P=...) or (?(...)): returns the
 * group number. */
static int64_t sre_group_ref(Parser *p, int64_t a, int64_t b, bool cond) {
    Value name = sre_text(p, a, b);
    bool alldig = a < b;
    for (int64_t k = a; k < b; k++) if (!sre_isdig(p->src[k])) alldig = false;
    if (cond && alldig) {
        int64_t g = 0;
        for (int64_t k = a; k < b; k++) { g = g * 10 + (p->src[k] - '0'); if (g > 1000000000) g = 1000000000; }
        if (g == 0 || g >= 1000000000) sre_fail(p, a, str_format(p->r, "bad group number"));
        /* a later group may define it: checked at the end (sre_check_condrefs) */
        size_t need;
        if (__builtin_mul_overflow((size_t)p->ncond + 1, 2 * sizeof(int64_t), &need)) err_no_memory(p->r);
        sbuf_need(p->r, &p->condrefs, need);
        int64_t *cr = (int64_t *)(void *)p->condrefs.data + 2 * p->ncond++;
        cr[0] = g; cr[1] = a;
        return g;
    }
    if (!sre_is_ident(p, a, b)) sre_fail(p, a, str_format(p->r, "bad character in group name %U", sre_name_repr(p, a, b)));
    Value g = dict_get(p->r, p->names, name);
    if (g == V_NULL) sre_fail(p, a, str_format(p->r, "unknown group name %R", name));
    return v_as_small(g);
}

static int32_t sre_parse_alt(Parser *p, int depth, bool top);
static int32_t sre_parse_seq(Parser *p, int depth, bool first);

static int sre_flag_of(uint32_t c) {
    switch (c) {
    case 'i': return F_I; case 'L': return F_L; case 'm': return F_M; case 's': return F_S;
    case 'x': return F_X; case 'a': return F_A; case 'u': return F_U; default: return 0;
    }
}

/* Parses the inline flags after "(?" (p->i at the first letter or '-').
 * Returns 1 for a scoped group "(?flags:" (sets *add, *del), 0 for global
 * flags "(?flags)". */
static int sre_parse_flags(Parser *p, int *add, int *del) {
    int a = 0, d = 0;
    while (p->i < p->len && sre_flag_of(p->src[p->i])) {
        int f = sre_flag_of(p->src[p->i]);
        p->i++;
        if (f == F_L && !p->is_bytes) sre_failc(p, p->i, "bad inline flags: cannot use 'L' flag with a str pattern");
        if (f == F_U && p->is_bytes) sre_failc(p, p->i, "bad inline flags: cannot use 'u' flag with a bytes pattern");
        a |= f;
        if ((f & (F_A | F_L | F_U)) && (a & (F_A | F_L | F_U)) != f)
            sre_failc(p, p->i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
    }
    if (p->i >= p->len) sre_failc(p, p->i, "missing -, : or )");
    if (p->src[p->i] == ')') { p->i++; *add = a; *del = 0; return 0; }
    if (p->src[p->i] == '-') {
        p->i++;
        if (p->i >= p->len) sre_failc(p, p->i, "missing flag");
        if (!sre_flag_of(p->src[p->i])) {
            if (sre_isalpha_ascii(p->src[p->i])) sre_failc(p, p->i + 1, "unknown flag");
            sre_failc(p, p->i, "missing flag");
        }
        while (p->i < p->len && sre_flag_of(p->src[p->i])) {
            int f = sre_flag_of(p->src[p->i]);
            p->i++;
            if (f & (F_A | F_L | F_U)) sre_failc(p, p->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            d |= f;
        }
        if (p->i >= p->len) sre_failc(p, p->i, "missing :");
        if (p->src[p->i] != ':') {
            if (sre_isalpha_ascii(p->src[p->i])) sre_failc(p, p->i + 1, "unknown flag");
            sre_failc(p, p->i, "missing :");
        }
        p->i++;
        if (a & d) sre_failc(p, p->i - 1, "bad inline flags: flag turned on and off");
        *add = a; *del = d;
        return 1;
    }
    if (p->src[p->i] == ':') { p->i++; *add = a; *del = 0; return 1; }
    if (sre_isalpha_ascii(p->src[p->i])) sre_failc(p, p->i + 1, "unknown flag");
    sre_failc(p, p->i, "missing -, : or )");
}

/* Width range of a node (for look-behind); max -1 = unbounded. */
static void sre_width(Parser *p, int32_t ni, int depth, int64_t *mn, int64_t *mx) {
    if (depth > 4 * SRE_MAX_DEPTH + 16) { *mn = 0; *mx = -1; return; }
    Node *n = sre_node(p, ni);
    switch (n->type) {
    case N_CHAR: case N_ANY: case N_CLASS: *mn = *mx = 1; return;
    case N_CAT: {
        int64_t a = 0, b = 0;
        for (int32_t c = n->child; c >= 0; c = sre_node(p, c)->next) {
            int64_t x, y;
            sre_width(p, c, depth + 1, &x, &y);
            a += x; if (a > SRE_MAXREPEAT) a = SRE_MAXREPEAT;
            if (b >= 0) { if (y < 0) b = -1; else { b += y; if (b > SRE_MAXREPEAT) b = -1; } }
        }
        *mn = a; *mx = b; return;
    }
    case N_ALT: {
        int64_t a = -1, b = 0;
        for (int32_t c = n->child; c >= 0; c = sre_node(p, c)->next) {
            int64_t x, y;
            sre_width(p, c, depth + 1, &x, &y);
            if (a < 0 || x < a) a = x;
            if (b >= 0) { if (y < 0) b = -1; else if (y > b) b = y; }
        }
        *mn = a < 0 ? 0 : a; *mx = b; return;
    }
    case N_GROUP: case N_ATOMIC:
        if (n->child < 0) { *mn = *mx = 0; return; }
        sre_width(p, n->child, depth + 1, mn, mx); return;
    case N_REPEAT: {
        int64_t x, y;
        sre_width(p, n->child, depth + 1, &x, &y);
        int64_t a, b;
        if (__builtin_mul_overflow(x, n->a, &a) || a > SRE_MAXREPEAT) a = SRE_MAXREPEAT;
        if (y < 0 || (n->b == SRE_MAXREPEAT && y > 0)) b = y == 0 ? 0 : -1;
        else if (__builtin_mul_overflow(y, n->b, &b) || b > SRE_MAXREPEAT) b = -1;
        *mn = a; *mx = b; return;
    }
    case N_BACKREF: {
        int64_t g = n->a;
        size_t need = ((size_t)g + 1) * 2 * sizeof(int64_t);
        if (g > 0 && need <= p->gwidth.cap) {
            const int64_t *w = (const int64_t *)(void *)p->gwidth.data + 2 * g;
            if (w[0] >= 0) { *mn = w[0]; *mx = w[1]; return; }
        }
        *mn = 0; *mx = -1;
        return;
    }
    case N_COND: {
        int64_t x, y, x2 = 0, y2 = 0;
        sre_width(p, n->child, depth + 1, &x, &y);
        if (n->c >= 0) sre_width(p, (int32_t)n->c, depth + 1, &x2, &y2);
        *mn = x < x2 ? x : x2;
        *mx = (y < 0 || y2 < 0) ? -1 : (y > y2 ? y : y2);
        return;
    }
    default: *mn = *mx = 0; return;
    }
}

/* Parses "(?P<name>", "(", "(?:" etc.; p->i at '('. */
static int32_t sre_parse_group(Parser *p, int depth, bool *global_flags) {
    Realm *r = p->r;
    int64_t open = p->i;
    p->i++;
    int64_t gindex = -1;
    int32_t n;
    *global_flags = false;
    if (sre_peek(p) == '?' && sre_more(p)) {
        p->i++;
        if (p->i >= p->len) sre_failc(p, p->i, "unexpected end of pattern");
        uint32_t c = p->src[p->i++];
        if (c == 'P') {
            if (p->i >= p->len) sre_failc(p, p->i, "unexpected end of pattern");
            uint32_t d = p->src[p->i++];
            if (d == '<') {
                int64_t ns = p->i;
                while (p->i < p->len && p->src[p->i] != '>') p->i++;
                if (p->i >= p->len) {
                    if (ns == p->len) sre_failc(p, ns, "missing group name");
                    sre_failc(p, ns, "missing >, unterminated name");
                }
                if (p->i == ns) sre_failc(p, ns, "missing group name");
                Value name = sre_text(p, ns, p->i);
                if (!sre_is_ident(p, ns, p->i))
                    sre_fail(p, ns, str_format(r, "bad character in group name %U", sre_name_repr(p, ns, p->i)));
                p->i++;
                gindex = ++p->ngroups;
                Value old = dict_get(r, p->names, name);
                if (old != V_NULL)
                    sre_fail(p, ns, str_format(r, "redefinition of group name %R as group %lld; was group %lld",
                                               name, (long long)gindex, (long long)v_as_small(old)));
                dict_set(r, p->names, name, v_small(gindex));
            } else if (d == '=') {
                int64_t ns = p->i;
                while (p->i < p->len && p->src[p->i] != ')') p->i++;
                if (p->i >= p->len) {
                    if (ns == p->len) sre_failc(p, ns, "missing group name");
                    sre_failc(p, ns, "missing ), unterminated name");
                }
                if (p->i == ns) sre_failc(p, ns, "missing group name");
                int64_t g = sre_group_ref(p, ns, p->i, false);
                if (g < (int64_t)p->open.cap && p->open.data[g]) sre_failc(p, ns, "cannot refer to an open group");
                p->i++;
                n = sre_new(p, N_BACKREF);
                sre_node(p, n)->a = g;
                return n;
            } else {
                sre_fail(p, open + 1, str_format(r, "unknown extension ?P%c", (int)d));
            }
        } else if (c == ':') {
            /* non-capturing */
        } else if (c == '#') {
            while (p->i < p->len && p->src[p->i] != ')') p->i++;
            if (p->i >= p->len) sre_failc(p, open, "missing ), unterminated comment");
            p->i++;
            return -1;
        } else if (c == '=' || c == '!' || c == '<') {
            bool behind = false;
            if (c == '<') {
                if (p->i >= p->len) sre_failc(p, p->i, "unexpected end of pattern");
                uint32_t d = p->src[p->i++];
                if (d != '=' && d != '!') sre_fail(p, open + 1, str_format(r, "unknown extension ?<%c", (int)d));
                behind = true;
                c = d;
            }
            int saved = p->flags;
            int32_t lbsave = p->in_lookbehind;
            if (behind && p->in_lookbehind++ == 0) p->lb_first = p->ngroups;
            int32_t body = sre_parse_alt(p, depth + 1, false);
            p->in_lookbehind = lbsave;
            p->flags = saved;
            if (p->i >= p->len || p->src[p->i] != ')') sre_failc(p, open, "missing ), unterminated subpattern");
            p->i++;
            n = sre_new(p, N_LOOK);
            Node *nd = sre_node(p, n);
            nd->a = behind;
            nd->b = c == '!';
            nd->child = body;
            if (behind) {
                int64_t mn, mx;
                sre_width(p, body, 0, &mn, &mx);
                /* CPython finds this when compiling, after every syntax error */
                if (mn != mx) p->lb_variable = true;
                sre_node(p, n)->c = mn;
            }
            return n;
        } else if (c == '>') {
            int saved = p->flags;
            int32_t body = sre_parse_alt(p, depth + 1, false);
            p->flags = saved;
            if (p->i >= p->len || p->src[p->i] != ')') sre_failc(p, open, "missing ), unterminated subpattern");
            p->i++;
            n = sre_new(p, N_ATOMIC);
            sre_node(p, n)->child = body;
            return n;
        } else if (c == '(') {
            int64_t ns = p->i;
            while (p->i < p->len && p->src[p->i] != ')') p->i++;
            if (p->i >= p->len) sre_failc(p, ns, "missing ), unterminated name");
            if (p->i == ns) sre_failc(p, ns, "missing group name");
            int64_t g = sre_group_ref(p, ns, p->i, true);
            p->i++;
            if (p->in_lookbehind) {
                if (g < (int64_t)p->open.cap && p->open.data[g]) sre_failc(p, p->i, "cannot refer to an open group");
                if (g > p->lb_first)
                    sre_failc(p, p->i, "cannot refer to group defined in the same lookbehind subpattern");
            }
            /* yes|no, branch by branch: a third branch is an error before
             * it is parsed (as CPython reports it) */
            if (depth + 1 > SRE_MAX_DEPTH) err_format(r, EXC(r, RecursionError), "maximum recursion depth exceeded");
            int saved = p->flags;
            int32_t yes = sre_parse_seq(p, depth + 1, false), no = -1;
            if (p->i < p->len && p->src[p->i] == '|') {
                p->i++;
                no = sre_parse_seq(p, depth + 1, false);
                if (p->i < p->len && p->src[p->i] == '|')
                    sre_failc(p, p->i, "conditional backref with more than two branches");
            }
            p->flags = saved;
            if (p->i >= p->len || p->src[p->i] != ')') sre_failc(p, open, "missing ), unterminated subpattern");
            p->i++;
            n = sre_new(p, N_COND);
            Node *nd = sre_node(p, n);
            nd->a = g;
            nd->child = yes;
            nd->c = no;
            return n;
        } else if (sre_flag_of(c) || c == '-') {
            p->i--;
            int add, del;
            int64_t fstart = p->i;
            (void)fstart;
            if (sre_parse_flags(p, &add, &del) == 0) {
                *global_flags = true;
                p->flags |= add;
                return -1;
            }
            int saved = p->flags;
            p->flags = (p->flags | add) & ~del;
            if (add & F_A) p->flags &= ~F_U;
            if (add & F_U) p->flags &= ~F_A;
            int32_t body = sre_parse_alt(p, depth + 1, false);
            p->flags = saved;
            if (p->i >= p->len || p->src[p->i] != ')') sre_failc(p, open, "missing ), unterminated subpattern");
            p->i++;
            n = sre_new(p, N_GROUP);
            sre_node(p, n)->a = -1;
            sre_node(p, n)->child = body;
            return n;
        } else {
            sre_fail(p, open + 1, str_format(r, "unknown extension ?%c", (int)c));
        }
    } else {
        gindex = ++p->ngroups;
    }
    if (gindex > 0) {
        *sre_flagbuf(p, &p->open, gindex) = 1;
    }
    int saved = p->flags;
    int32_t body = sre_parse_alt(p, depth + 1, false);
    p->flags = saved;
    if (p->i >= p->len || p->src[p->i] != ')') sre_failc(p, open, "missing ), unterminated subpattern");
    p->i++;
    if (gindex > 0) p->open.data[gindex] = 0;
    n = sre_new(p, N_GROUP);
    sre_node(p, n)->a = gindex;
    sre_node(p, n)->child = body;
    if (gindex > 0) {
        /* its width, for back-references inside look-behinds */
        size_t need;
        if (__builtin_mul_overflow((size_t)gindex + 1, 2 * sizeof(int64_t), &need)) err_no_memory(r);
        size_t old = p->gwidth.cap;
        sbuf_need(r, &p->gwidth, need);
        for (size_t k = old / sizeof(int64_t); k < p->gwidth.cap / sizeof(int64_t); k++)
            ((int64_t *)(void *)p->gwidth.data)[k] = -1;
        int64_t mn, mx;
        sre_width(p, n, 0, &mn, &mx);
        int64_t *w = (int64_t *)(void *)p->gwidth.data + 2 * gindex;
        if (mn == mx) { w[0] = mn; w[1] = mx; }
    }
    return n;
}

static int32_t sre_char_node(Parser *p, int64_t c) {
    int32_t n = sre_new(p, N_CHAR);
    sre_node(p, n)->a = c;
    return n;
}
static int32_t sre_cat_node(Parser *p, int kind) {
    int32_t n = sre_new(p, N_CLASS);
    Node *nd = sre_node(p, n);
    nd->a = p->ncls;
    nd->b = 1;
    nd->c = 0;
    sre_cls_add(p, kind, 0, 0);
    return n;
}

/* A backslash escape at the top level. */
static int32_t sre_parse_escape(Parser *p) {
    Realm *r = p->r;
    int64_t start = p->i;
    if (p->i + 1 >= p->len) sre_failc(p, start, "bad escape (end of pattern)");
    uint32_t c = p->src[p->i + 1];
    int cat = sre_category(c);
    if (cat >= 0) { p->i += 2; return sre_cat_node(p, cat); }
    switch (c) {
    case 'A': p->i += 2; return sre_new(p, N_BOS);
    case 'Z': p->i += 2; return sre_new(p, N_EOS);
    case 'b': p->i += 2; return sre_new(p, N_WORDB);
    case 'B': p->i += 2; return sre_new(p, N_NWORDB);
    default: break;
    }
    if (sre_isdig(c)) {
        p->i += 1;
        int64_t ds = p->i;
        if (c == '0') {
            /* octal: \0, \0o, \0oo */
            p->i++;
            int64_t v = 0;
            for (int k = 0; k < 2 && p->i < p->len && sre_isoct(p->src[p->i]); k++) v = v * 8 + (p->src[p->i++] - '0');
            return sre_char_node(p, v);
        }
        /* three octal digits make an octal escape; else a group reference */
        if (p->i + 2 < p->len + 0 && sre_isoct(p->src[p->i]) && sre_isoct(p->src[p->i + 1]) && sre_isoct(p->src[p->i + 2])) {
            int64_t v = (p->src[p->i] - '0') * 64 + (p->src[p->i + 1] - '0') * 8 + (p->src[p->i + 2] - '0');
            p->i += 3;
            if (v > 0377)
                sre_fail(p, start, str_format(r, "octal escape value %U outside of range 0-0o377", sre_text(p, start, p->i)));
            return sre_char_node(p, v);
        }
        int64_t g = p->src[p->i++] - '0';
        if (p->i < p->len && sre_isdig(p->src[p->i])) g = g * 10 + (p->src[p->i++] - '0');
        if (g > p->ngroups) sre_fail(p, ds, str_format(r, "invalid group reference %lld", (long long)g));
        if (g < (int64_t)p->open.cap && p->open.data[g]) sre_failc(p, start, "cannot refer to an open group");
        if (p->in_lookbehind && g > p->lb_first)
            sre_failc(p, p->i, "cannot refer to group defined in the same lookbehind subpattern");
        int32_t n = sre_new(p, N_BACKREF);
        sre_node(p, n)->a = g;
        return n;
    }
    /* single code point escapes */
    int64_t save = p->i;
    int64_t v = sre_class_escape(p);
    (void)save;
    if (v < 0) sre_fail(p, start, str_format(r, "bad escape %U", sre_text(p, start, p->i)));
    if (c == 'b') { /* unreachable: handled above */ }
    return sre_char_node(p, v);
}

/* Tries to read "{m,n}" at p->i; returns true and advances if it is a
 * repeat, else leaves p->i. */
static bool sre_brace(Parser *p, int64_t *mn, int64_t *mx) {
    int64_t k = p->i + 1;
    int64_t lo = -1, hi = -1;
    int64_t ls = k;
    while (k < p->len && sre_isdig(p->src[k])) k++;
    int64_t le = k;
    bool comma = false;
    int64_t hs = k, he = k;
    if (k < p->len && p->src[k] == ',') {
        comma = true;
        k++;
        hs = k;
        while (k < p->len && sre_isdig(p->src[k])) k++;
        he = k;
    }
    if (k >= p->len || p->src[k] != '}') return false;
    if (!comma && le == ls) return false;
    (void)lo; (void)hi;
    int64_t a = 0, b = SRE_MAXREPEAT;
    bool over = false;
    for (int64_t q = ls; q < le; q++) { a = a * 10 + (p->src[q] - '0'); if (a >= SRE_MAXREPEAT) { over = true; a = SRE_MAXREPEAT; } }
    if (comma) {
        if (he > hs) {
            b = 0;
            for (int64_t q = hs; q < he; q++) { b = b * 10 + (p->src[q] - '0'); if (b >= SRE_MAXREPEAT) { over = true; b = SRE_MAXREPEAT; } }
        }
    } else b = a;
    if (over) err_overflow(p->r, "the repetition number is too large");
    if (b < a) sre_failc(p, p->i + 1, "min repeat greater than max repeat");
    *mn = a; *mx = b;
    p->i = k + 1;
    return true;
}

static int32_t sre_parse_seq(Parser *p, int depth, bool first) {
    int32_t seq = sre_new(p, N_CAT);
    int32_t last = -1;    /* the last item (for quantifiers) */
    bool last_rep = false, last_at = false;
    int32_t prev = -1;    /* item before last in the list */
    for (;;) {
        sre_skip_verbose(p);
        if (p->i >= p->len) break;
        uint32_t c = p->src[p->i];
        if (c == '|' || c == ')') break;
        int64_t qpos = p->i;
        int64_t mn = -1, mx = -1;
        if (c == '*') { mn = 0; mx = SRE_MAXREPEAT; p->i++; }
        else if (c == '+') { mn = 1; mx = SRE_MAXREPEAT; p->i++; }
        else if (c == '?') { mn = 0; mx = 1; p->i++; }
        else if (c == '{') { if (!sre_brace(p, &mn, &mx)) mn = -1; }
        if (mn >= 0) {
            if (last < 0 || last_at) sre_failc(p, qpos, "nothing to repeat");
            if (last_rep) sre_failc(p, qpos, "multiple repeat");
            int kind = 0;
            if (p->i < p->len && p->src[p->i] == '?') { kind = 1; p->i++; }
            else if (p->i < p->len && p->src[p->i] == '+') { kind = 2; p->i++; }
            int32_t rep = sre_new(p, N_REPEAT);
            Node *rn = sre_node(p, rep);
            rn->a = mn; rn->b = mx; rn->poss = kind; rn->child = last;
            /* replace last with rep in seq */
            sre_node(p, last)->next = -1;
            if (prev < 0) sre_node(p, seq)->child = rep;
            else sre_node(p, prev)->next = rep;
            sre_node(p, seq)->last = rep;
            last = rep;
            last_rep = true;
            continue;
        }
        int32_t item;
        bool at = false;
        if (c == '[') item = sre_parse_class(p);
        else if (c == '.') { item = sre_new(p, N_ANY); p->i++; }
        else if (c == '^') { item = sre_new(p, N_BOL); p->i++; at = true; }
        else if (c == '$') { item = sre_new(p, N_EOL); p->i++; at = true; }
        else if (c == '\\') {
            item = sre_parse_escape(p);
            int t = sre_node(p, item)->type;
            at = t == N_BOS || t == N_EOS || t == N_WORDB || t == N_NWORDB;
        } else if (c == '(') {
            bool gflags;
            int64_t gpos = p->i;
            item = sre_parse_group(p, depth, &gflags);
            if (gflags) {
                if (!first || sre_node(p, seq)->child >= 0)
                    sre_failc(p, gpos, "global flags not at the start of the expression");
            }
            if (item < 0) continue;
        } else { item = sre_char_node(p, c); p->i++; }
        prev = sre_node(p, seq)->last;
        sre_append(p, seq, item);
        last = item;
        last_rep = false;
        last_at = at;
    }
    return seq;
}

static int32_t sre_parse_alt(Parser *p, int depth, bool top) {
    if (depth > SRE_MAX_DEPTH) err_format(p->r, EXC(p->r, RecursionError), "maximum recursion depth exceeded");
    int32_t first = sre_parse_seq(p, depth, top);
    if (p->i >= p->len || p->src[p->i] != '|') return first;
    int32_t alt = sre_new(p, N_ALT);
    sre_append(p, alt, first);
    while (p->i < p->len && p->src[p->i] == '|') {
        p->i++;
        sre_append(p, alt, sre_parse_seq(p, depth, false));
    }
    return alt;
}

/* ---------------------------------------------------------------- program */

enum {
    OP_MATCH, OP_CHAR, OP_CHARI, OP_ANY, OP_ANYALL, OP_CLASS, OP_SPLIT, OP_JMP, OP_SAVE,
    OP_BOL, OP_MBOL, OP_EOL, OP_MEOL, OP_BOS, OP_EOS, OP_WORDB, OP_NWORDB, OP_BACKREF,
    OP_RINIT, OP_RLOOP, OP_RNEXT, OP_SREP, OP_ATOM_START, OP_ATOM_END, OP_LOOK_START,
    OP_LOOK_END, OP_GREF, OP_FAIL,
};
/* item flags */
enum { IF_ASCII = 1, IF_ICASE = 2 };

typedef struct Comp {
    Realm *r;
    Parser *p;
    SBuf code;
    int64_t n;
    int32_t nregs;
} Comp;

static int32_t *comp_code(Comp *c) { return (int32_t *)(void *)c->code.data; }
static int64_t comp_emit(Comp *c, int64_t v) {
    size_t need;
    if (c->n >= INT32_MAX - 8 || __builtin_mul_overflow((size_t)c->n + 1, sizeof(int32_t), &need))
        err_format(c->r, EXC(c->r, OverflowError), "regular expression code size limit exceeded");
    sbuf_need(c->r, &c->code, need);
    comp_code(c)[c->n] = (int32_t)v;
    return c->n++;
}
static void comp_patch(Comp *c, int64_t at, int64_t v) { comp_code(c)[at] = (int32_t)v; }

/* ASCII matching: always for bytes; for str under the ASCII flag, global
 * or scoped ((?a:...) replaces UNICODE and (?u:...) replaces ASCII). */
static int comp_iflags(int flags, bool is_bytes, int global) {
    int f = 0;
    (void)global;
    if (is_bytes || ((flags & F_A) && !(flags & F_U))) f |= IF_ASCII;
    if (flags & F_I) f |= IF_ICASE;
    return f;
}

static bool comp_is_item(Parser *p, int32_t ni) {
    int t = sre_node(p, ni)->type;
    return t == N_CHAR || t == N_ANY || t == N_CLASS;
}

static void comp_node(Comp *c, int32_t ni, int depth);

static void comp_item(Comp *c, int32_t ni) {
    Parser *p = c->p;
    Node *n = sre_node(p, ni);
    int fl = comp_iflags(n->flags, p->is_bytes, p->global_flags);
    switch (n->type) {
    case N_CHAR:
        if (fl & IF_ICASE) { comp_emit(c, OP_CHARI); comp_emit(c, n->a); comp_emit(c, fl); }
        else { comp_emit(c, OP_CHAR); comp_emit(c, n->a); }
        return;
    case N_ANY:
        comp_emit(c, (n->flags & F_S) ? OP_ANYALL : OP_ANY);
        return;
    case N_CLASS: {
        int64_t cnt = n->b, first = n->a;
        int64_t neg = n->c;
        comp_emit(c, OP_CLASS);
        int64_t lenat = comp_emit(c, 0);
        comp_emit(c, fl | (neg ? 4 : 0));
        comp_emit(c, cnt);
        for (int64_t k = 0; k < cnt; k++) {
            const int64_t *it = (const int64_t *)(void *)p->cls.data + (first + k) * 3;
            comp_emit(c, it[0]); comp_emit(c, it[1]); comp_emit(c, it[2]);
        }
        comp_patch(c, lenat, c->n - lenat + 1);   /* total instruction length */
        return;
    }
    default: return;
    }
}

static void comp_node(Comp *c, int32_t ni, int depth) {
    Realm *r = c->r;
    if (depth > 4 * SRE_MAX_DEPTH + 16) err_format(r, EXC(r, RecursionError), "maximum recursion depth exceeded");
    Parser *p = c->p;
    Node *n = sre_node(p, ni);
    int fl = comp_iflags(n->flags, p->is_bytes, p->global_flags);
    switch (n->type) {
    case N_EMPTY: return;
    case N_CHAR: case N_ANY: case N_CLASS: comp_item(c, ni); return;
    case N_CAT:
        for (int32_t k = n->child; k >= 0; k = sre_node(p, k)->next) comp_node(c, k, depth + 1);
        return;
    case N_ALT: {
        /* SPLIT a b; a: ...; JMP end; b: SPLIT ... */
        int64_t jumps_head = -1;   /* chained through the JMP operands */
        for (int32_t k = n->child; k >= 0; k = sre_node(p, k)->next) {
            int32_t next = sre_node(p, k)->next;
            if (next >= 0) {
                int64_t sp = comp_emit(c, OP_SPLIT);
                comp_emit(c, sp + 3);
                int64_t other = comp_emit(c, 0);
                comp_node(c, k, depth + 1);
                comp_emit(c, OP_JMP);
                int64_t j = comp_emit(c, jumps_head);
                jumps_head = j;
                comp_patch(c, other, c->n);
            } else {
                comp_node(c, k, depth + 1);
            }
        }
        while (jumps_head >= 0) {
            int64_t prevj = comp_code(c)[jumps_head];
            comp_patch(c, jumps_head, c->n);
            jumps_head = prevj;
        }
        return;
    }
    case N_GROUP: {
        int64_t g = n->a;
        int32_t child = n->child;
        if (g > 0) { comp_emit(c, OP_SAVE); comp_emit(c, 2 * g); }
        if (child >= 0) comp_node(c, child, depth + 1);
        if (g > 0) { comp_emit(c, OP_SAVE); comp_emit(c, 2 * g + 1); }
        return;
    }
    case N_REPEAT: {
        int64_t mn = n->a, mx = n->b;
        int kind = n->poss;
        int32_t child = n->child;
        if (comp_is_item(p, child)) {
            comp_emit(c, OP_SREP);
            comp_emit(c, mn > INT32_MAX ? INT32_MAX : mn);
            comp_emit(c, mx >= INT32_MAX ? -1 : mx);
            comp_emit(c, kind);
            int64_t nextat = comp_emit(c, 0);
            comp_item(c, child);
            comp_patch(c, nextat, c->n);
            return;
        }
        if (mn == 1 && mx == 1) { comp_node(c, child, depth + 1); return; }
        if (kind == 2) comp_emit(c, OP_ATOM_START);
        if (c->nregs >= INT32_MAX / 4) err_no_memory(r);
        int32_t reg = c->nregs++;
        comp_emit(c, OP_RINIT); comp_emit(c, reg);
        int64_t loop = comp_emit(c, OP_RLOOP);
        comp_emit(c, reg);
        comp_emit(c, mn > INT32_MAX ? INT32_MAX : mn);
        comp_emit(c, mx >= INT32_MAX ? -1 : mx);
        comp_emit(c, kind == 1);
        int64_t exitat = comp_emit(c, 0);
        /* a possessive loop also makes each iteration atomic, as CPython's */
        if (kind == 2) comp_emit(c, OP_ATOM_START);
        comp_node(c, child, depth + 1);
        if (kind == 2) comp_emit(c, OP_ATOM_END);
        comp_emit(c, OP_RNEXT); comp_emit(c, reg); comp_emit(c, loop);
        comp_patch(c, exitat, c->n);
        if (kind == 2) comp_emit(c, OP_ATOM_END);
        return;
    }
    case N_BOL: comp_emit(c, (n->flags & F_M) ? OP_MBOL : OP_BOL); return;
    case N_EOL: comp_emit(c, (n->flags & F_M) ? OP_MEOL : OP_EOL); return;
    case N_BOS: comp_emit(c, OP_BOS); return;
    case N_EOS: comp_emit(c, OP_EOS); return;
    case N_WORDB: comp_emit(c, OP_WORDB); comp_emit(c, fl); return;
    case N_NWORDB: comp_emit(c, OP_NWORDB); comp_emit(c, fl); return;
    case N_BACKREF: comp_emit(c, OP_BACKREF); comp_emit(c, n->a); comp_emit(c, fl); return;
    case N_ATOMIC:
        comp_emit(c, OP_ATOM_START);
        if (n->child >= 0) comp_node(c, n->child, depth + 1);
        comp_emit(c, OP_ATOM_END);
        return;
    case N_LOOK: {
        int64_t neg = n->b, behind = n->a, width = n->c;
        int32_t child = n->child;
        comp_emit(c, OP_LOOK_START);
        comp_emit(c, neg);
        comp_emit(c, behind);
        comp_emit(c, width > INT32_MAX ? INT32_MAX : width);
        int64_t contat = comp_emit(c, 0);
        comp_node(c, child, depth + 1);
        comp_emit(c, OP_LOOK_END);
        comp_emit(c, neg);
        comp_patch(c, contat, c->n);
        return;
    }
    case N_COND: {
        int64_t g = n->a, no = n->c;
        int32_t yes = n->child;
        comp_emit(c, OP_GREF); comp_emit(c, g);
        int64_t noat = comp_emit(c, 0);
        comp_node(c, yes, depth + 1);
        comp_emit(c, OP_JMP);
        int64_t endat = comp_emit(c, 0);
        comp_patch(c, noat, c->n);
        if (no >= 0) comp_node(c, (int32_t)no, depth + 1);
        comp_patch(c, endat, c->n);
        return;
    }
    default: return;
    }
}

/* The compiled pattern: no Value fields (nothing to trace). */
typedef struct SreProg {
    Obj hdr;
    int32_t ncode, ngroups, nregs, is_bytes;
    int32_t code[];
} SreProg;

/* Programs are made only by compile (the type's new_ refuses); the new_
 * slot also identifies the type. */
static Value sre_prog_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    (void)t; (void)args; (void)nargs; (void)kwnames;
    err_type(r, "cannot create '_sre.Program' instances");
}

static Value sre_compile_fn(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "compile", nargs, kw, 2, 2);
    Value pat = args[0];
    int64_t flags = sre_int(r, args[1]);
    Parser P;
    memset(&P, 0, sizeof P);
    P.r = r;
    P.names = dict_new(r);
    P.err_msg = V_NULL;
    SBuf src = {0};
    int64_t len;
    if (str_check(pat)) {
        Str *s = str_ptr(pat);
        len = s->len;
        P.is_bytes = false;
        size_t need;
        if (__builtin_mul_overflow((size_t)len + 1, sizeof(uint32_t), &need)) err_no_memory(r);
        sbuf_need(r, &src, need);
        for (int64_t k = 0; k < len; k++) ((uint32_t *)(void *)src.data)[k] = str_char(s, k);
    } else {
        const uint8_t *b = bytes_buffer(r, pat, &len);
        if (!b) err_type(r, "first argument must be string or compiled pattern");
        P.is_bytes = true;
        size_t need;
        if (__builtin_mul_overflow((size_t)len + 1, sizeof(uint32_t), &need)) err_no_memory(r);
        sbuf_need(r, &src, need);
        b = bytes_buffer(r, pat, &len);
        for (int64_t k = 0; k < len; k++) ((uint32_t *)(void *)src.data)[k] = b[k];
    }
    P.src = (const uint32_t *)(void *)src.data;
    P.len = len;
    P.flags = (int)flags;
    Comp C;
    memset(&C, 0, sizeof C);
    C.r = r;
    C.p = &P;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        int32_t root = sre_parse_alt(&P, 0, true);
        if (P.i < P.len) {
            /* only ')' stops the top level early */
            sre_failc(&P, P.i, "unbalanced parenthesis");
        }
        for (int64_t k = 0; k < P.ncond; k++) {
            const int64_t *cr = (const int64_t *)(void *)P.condrefs.data + 2 * k;
            if (cr[0] > P.ngroups) sre_fail(&P, cr[1], str_format(r, "invalid group reference %lld", (long long)cr[0]));
        }
        if (P.lb_variable) sre_fail(&P, -1, str_from_cstr(r, "look-behind requires fixed-width pattern"));
        P.global_flags = P.flags;
        comp_emit(&C, OP_SAVE); comp_emit(&C, 0);
        comp_node(&C, root, 0);
        comp_emit(&C, OP_SAVE); comp_emit(&C, 1);
        comp_emit(&C, OP_MATCH);
        err_untry(r, &j);
    } else {
        Value exc = r->exc;
        if (P.err_msg != V_NULL) {
            r->exc = V_NULL;
            Value t = tuple_new(r, 3);
            tuple_ptr(t)->items[0] = V_NONE;
            tuple_ptr(t)->items[1] = P.err_msg;
            tuple_ptr(t)->items[2] = P.err_pos < 0 ? V_NONE : int_from_i64(r, P.err_pos);
            return t;
        }
        err_raise(r, exc);
    }
    Value modv = dict_get(r, r->modules, str_from_cstr(r, "_sre"));
    Value tv = modv == V_NULL ? V_NULL : dict_get(r, ((Module *)v_obj(modv))->dict, str_from_cstr(r, "Program"));
    if (tv == V_NULL || !v_is_obj(tv) || ((Type *)v_obj(tv))->new_ != sre_prog_new) err_type(r, "_sre is not initialised");
    Type *pt = (Type *)v_obj(tv);
    size_t sz;
    if (__builtin_mul_overflow((size_t)C.n, sizeof(int32_t), &sz) || __builtin_add_overflow(sz, sizeof(SreProg), &sz))
        err_no_memory(r);
    SreProg *prog = (SreProg *)heap_alloc(r, pt, sz);
    prog->ncode = (int32_t)C.n;
    prog->ngroups = P.ngroups;
    prog->nregs = C.nregs;
    prog->is_bytes = P.is_bytes;
    memcpy(prog->code, C.code.data, (size_t)C.n * sizeof(int32_t));
    Value t = tuple_new(r, 4);
    tuple_ptr(t)->items[0] = v_from_obj(prog);
    tuple_ptr(t)->items[1] = int_from_i64(r, P.ngroups);
    tuple_ptr(t)->items[2] = P.names;
    tuple_ptr(t)->items[3] = int_from_i64(r, P.flags);
    heap_keep(src.obj);
    return t;
}

/* ---------------------------------------------------------------- VM */

enum { FR_CHOICE, FR_LAZY, FR_SREP, FR_UCAP, FR_UREG, FR_ATOM, FR_LOOK, FR_NLOOK };

typedef struct Frame { int32_t kind, pc; int64_t pos, a, b; } Frame;

typedef struct Vm {
    Realm *r;
    const int32_t *code;
    int32_t ncode;
    const uint8_t *s;
    int skind;            /* 1: bytes/latin-1, 4: UCS-4 */
    int64_t end;
    int64_t *caps;        /* 2*(ngroups+1) */
    int64_t ncaps;
    int64_t lastindex;
    int64_t *cnt, *lst;   /* loop registers */
    SBuf regs;
    SBuf stk;
    int64_t sp, stkcap;
    uint64_t steps;
} Vm;

/* limits_count in slices it can account exactly (it charges at most
 * LIMIT_CHECK_STEPS per check). */
static void sre_count(Realm *r, uint64_t n) {
    while (n > LIMIT_CHECK_STEPS / 2) { limits_count(r, LIMIT_CHECK_STEPS / 2); n -= LIMIT_CHECK_STEPS / 2; }
    limits_count(r, n);
}

static inline uint32_t vm_ch(const Vm *v, int64_t i) {
    return v->skind == 1 ? v->s[i] : ((const uint32_t *)(const void *)v->s)[i];
}

static void vm_push(Vm *v, int kind, int64_t pc, int64_t pos, int64_t a, int64_t b) {
    if (v->sp >= v->stkcap) {
        size_t need;
        if (__builtin_mul_overflow((size_t)v->sp + 1, sizeof(Frame), &need)) err_no_memory(v->r);
        sbuf_need(v->r, &v->stk, need);
        v->stkcap = (int64_t)(v->stk.cap / sizeof(Frame));
    }
    Frame *f = &((Frame *)(void *)v->stk.data)[v->sp++];
    f->kind = kind; f->pc = (int32_t)pc; f->pos = pos; f->a = a; f->b = b;
}
static inline Frame *vm_frames(Vm *v) { return (Frame *)(void *)v->stk.data; }

/* Is c in the class's items (without negation)? */
static bool vm_class_has(const int32_t *ins, uint32_t c, bool ascii) {
    int64_t cnt = ins[3];
    for (int64_t k = 0; k < cnt; k++) {
        const int32_t *it = ins + 4 + 3 * k;
        bool hit;
        switch (it[0]) {
        case C_RANGE: hit = c >= (uint32_t)it[1] && c <= (uint32_t)it[2]; break;
        case C_DIGIT: hit = sre_isdigit(c, ascii); break;
        case C_NDIGIT: hit = !sre_isdigit(c, ascii); break;
        case C_WORD: hit = sre_isword(c, ascii); break;
        case C_NWORD: hit = !sre_isword(c, ascii); break;
        case C_SPACE: hit = sre_isspace(c, ascii); break;
        case C_NSPACE: hit = !sre_isspace(c, ascii); break;
        default: hit = false; break;
        }
        if (hit) return true;
    }
    return false;
}

static bool vm_class(const int32_t *ins, uint32_t ch) {
    /* ins: OP_CLASS len flags count items... */
    int fl = ins[2];
    bool ascii = fl & IF_ASCII;
    bool hit = vm_class_has(ins, ch, ascii);
    if (!hit && (fl & IF_ICASE)) {
        uint32_t lo = sre_lower(ch, ascii), up = sre_upper(ch, ascii);
        hit = (lo != ch && vm_class_has(ins, lo, ascii)) || (up != ch && vm_class_has(ins, up, ascii));
        if (!hit && !ascii) {
            int g = sre_fold_group(ch);
            for (int q = 0; g >= 0 && q < 4 && !hit; q++) {
                uint32_t m = sre_fold_members[g][q];
                if (m && m != ch) hit = vm_class_has(ins, m, ascii);
            }
        }
    }
    return (fl & 4) ? !hit : hit;
}

/* Does the single-character item at pc match ch? */
static bool vm_item(const int32_t *ins, uint32_t ch) {
    switch (ins[0]) {
    case OP_CHAR: return ch == (uint32_t)ins[1];
    case OP_CHARI: return sre_same_i(ch, (uint32_t)ins[1], ins[2] & IF_ASCII);
    case OP_ANY: return ch != '\n';
    case OP_ANYALL: return true;
    case OP_CLASS: return vm_class(ins, ch);
    default: return false;
    }
}

static bool vm_isword_at(Vm *v, int64_t i, bool ascii) {
    return i >= 0 && i < v->end && sre_isword(vm_ch(v, i), ascii);
}

static void vm_setcap(Vm *v, int64_t idx, int64_t val) {
    vm_push(v, FR_UCAP, 0, 0, idx, idx < 0 ? v->lastindex : v->caps[idx]);
    if (idx < 0) v->lastindex = val;
    else v->caps[idx] = val;
}
static void vm_setreg(Vm *v, int64_t reg, int64_t cnt, int64_t lst) {
    vm_push(v, FR_UREG, 0, v->lst[reg], reg, v->cnt[reg]);
    v->cnt[reg] = cnt;
    v->lst[reg] = lst;
}

/* Removes everything above the topmost marker and the marker itself, keeping
 * the undo records (so later backtracking still restores captures).  Returns
 * the marker's position. */
static int64_t vm_cut(Vm *v) {
    Frame *f = vm_frames(v);
    int64_t m = v->sp - 1;
    while (m >= 0 && f[m].kind != FR_ATOM && f[m].kind != FR_LOOK && f[m].kind != FR_NLOOK) m--;
    if (m < 0) return -1;
    int64_t pos = f[m].pos;
    int64_t j = m;
    for (int64_t k = m + 1; k < v->sp; k++)
        if (f[k].kind == FR_UCAP || f[k].kind == FR_UREG) f[j++] = f[k];
    v->steps += (uint64_t)(v->sp - m);
    v->sp = j;
    return pos;
}

static void vm_undo(Vm *v, Frame *f) {
    if (f->kind == FR_UCAP) {
        if (f->a < 0) v->lastindex = f->b;
        else v->caps[f->a] = f->b;
    } else {
        v->cnt[f->a] = f->b;
        v->lst[f->a] = f->pos;
    }
}

/* One attempt at `start`.  Returns true on a match (caps filled). */
static bool vm_run(Vm *v, int64_t start, int mode) {
    const int32_t *code = v->code;
    Realm *r = v->r;
    int64_t pc = 0, pos = start;
    v->sp = 0;
    for (int64_t k = 0; k < v->ncaps; k++) v->caps[k] = -1;
    v->steps += (uint64_t)v->ncaps / 16;   /* many groups make each attempt cost */
    v->lastindex = -1;
    for (;;) {
        if (++v->steps >= 256) { sre_count(r, v->steps); v->steps = 0; }
        const int32_t *ins = code + pc;
        switch (ins[0]) {
        case OP_MATCH:
            if ((mode & 3) == 1 && pos != v->end) goto fail;
            if ((mode & 4) && pos == start) goto fail;
            v->caps[1] = pos;
            return true;
        case OP_CHAR:
            if (pos < v->end && vm_ch(v, pos) == (uint32_t)ins[1]) { pos++; pc += 2; continue; }
            goto fail;
        case OP_CHARI:
            if (pos < v->end && sre_same_i(vm_ch(v, pos), (uint32_t)ins[1], ins[2] & IF_ASCII)) { pos++; pc += 3; continue; }
            goto fail;
        case OP_ANY:
            if (pos < v->end && vm_ch(v, pos) != '\n') { pos++; pc += 1; continue; }
            goto fail;
        case OP_ANYALL:
            if (pos < v->end) { pos++; pc += 1; continue; }
            goto fail;
        case OP_CLASS:
            if (pos < v->end && vm_class(ins, vm_ch(v, pos))) { pos++; pc += ins[1]; continue; }
            goto fail;
        case OP_SPLIT:
            vm_push(v, FR_CHOICE, ins[2], pos, 0, 0);
            pc = ins[1];
            continue;
        case OP_JMP: pc = ins[1]; continue;
        case OP_SAVE: {
            int64_t idx = ins[1];
            if (idx < v->ncaps) {
                vm_setcap(v, idx, pos);
                if ((idx & 1) && idx >= 3) vm_setcap(v, -1, idx / 2);
            }
            pc += 2;
            continue;
        }
        case OP_BOL: if (pos == 0) { pc++; continue; } goto fail;
        case OP_MBOL: if (pos == 0 || vm_ch(v, pos - 1) == '\n') { pc++; continue; } goto fail;
        case OP_EOL:
            if (pos == v->end || (pos + 1 == v->end && vm_ch(v, pos) == '\n')) { pc++; continue; }
            goto fail;
        case OP_MEOL: if (pos == v->end || vm_ch(v, pos) == '\n') { pc++; continue; } goto fail;
        case OP_BOS: if (pos == 0) { pc++; continue; } goto fail;
        case OP_EOS: if (pos == v->end) { pc++; continue; } goto fail;
        case OP_WORDB: case OP_NWORDB: {
            bool ascii = ins[1] & IF_ASCII;
            /* in an empty string neither \b nor \B matches, as CPython's sre */
            if (v->end == 0) goto fail;
            bool b = vm_isword_at(v, pos - 1, ascii) != vm_isword_at(v, pos, ascii);
            if (b == (ins[0] == OP_WORDB)) { pc += 2; continue; }
            goto fail;
        }
        case OP_BACKREF: {
            int64_t g = ins[1];
            if (2 * g + 1 >= v->ncaps) goto fail;
            int64_t a = v->caps[2 * g], b = v->caps[2 * g + 1];
            if (a < 0 || b < 0 || b < a) goto fail;
            int64_t L = b - a;
            if (L > v->end - pos) goto fail;
            bool ic = ins[2] & IF_ICASE, ascii = ins[2] & IF_ASCII;
            v->steps += (uint64_t)L;
            for (int64_t k = 0; k < L; k++) {
                uint32_t x = vm_ch(v, a + k), y = vm_ch(v, pos + k);
                if (x != y && !(ic && sre_same_i(x, y, ascii))) goto fail;
            }
            pos += L;
            pc += 3;
            continue;
        }
        case OP_RINIT: vm_setreg(v, ins[1], 0, -1); pc += 2; continue;
        case OP_RLOOP: {
            int64_t reg = ins[1], mn = ins[2], mx = ins[3];
            bool lazy = ins[4];
            int64_t exit = ins[5];
            int64_t c = v->cnt[reg];
            if (c < mn) { vm_setreg(v, reg, c, pos); pc += 6; continue; }
            if (mx >= 0 && c >= mx) { pc = exit; continue; }
            if (lazy) { vm_push(v, FR_LAZY, pc, pos, 0, 0); pc = exit; continue; }
            vm_push(v, FR_CHOICE, exit, pos, 0, 0);
            vm_setreg(v, reg, c, pos);
            pc += 6;
            continue;
        }
        case OP_RNEXT: {
            int64_t reg = ins[1];
            int64_t c = v->cnt[reg] + 1;
            int64_t mn = code[ins[2] + 2];
            bool empty = pos == v->lst[reg];
            vm_setreg(v, reg, c, v->lst[reg]);
            if (empty && c >= mn) { pc += 3; continue; }
            pc = ins[2];
            continue;
        }
        case OP_SREP: {
            int64_t mn = ins[1], mx = ins[2];
            int kind = ins[3];
            const int32_t *item = ins + 5;
            int64_t next = ins[4];
            int64_t limit = v->end - pos;
            if (mx >= 0 && mx < limit) limit = mx;
            if (kind == 1) {
                /* lazy: take the minimum, then one more on each backtrack */
                if (mn > limit) goto fail;
                for (int64_t k = 0; k < mn; k++)
                    if (!vm_item(item, vm_ch(v, pos + k))) goto fail;
                v->steps += (uint64_t)mn;
                vm_push(v, FR_SREP, pc, pos, mn, 0);
                pos += mn;
                pc = next;
                continue;
            }
            int64_t k = 0;
            while (k < limit && vm_item(item, vm_ch(v, pos + k))) k++;
            v->steps += (uint64_t)k;
            if (k < mn) goto fail;
            if (kind == 0 && k > mn) vm_push(v, FR_SREP, pc, pos, k, 0);
            pos += k;
            pc = next;
            continue;
        }
        case OP_ATOM_START: vm_push(v, FR_ATOM, 0, pos, 0, 0); pc++; continue;
        case OP_ATOM_END: vm_cut(v); pc++; continue;
        case OP_LOOK_START: {
            int64_t neg = ins[1], behind = ins[2], width = ins[3], cont = ins[4];
            if (behind && pos < width) {
                if (neg) { pc = cont; continue; }
                goto fail;
            }
            vm_push(v, neg ? FR_NLOOK : FR_LOOK, cont, pos, 0, 0);
            if (behind) pos -= width;
            pc += 5;
            continue;
        }
        case OP_LOOK_END:
            if (ins[1]) {
                /* the negative body matched: undo it, drop the marker, fail */
                for (;;) {
                    if (v->sp <= 0) goto fail;
                    Frame *f = &vm_frames(v)[--v->sp];
                    v->steps++;
                    if (f->kind == FR_UCAP || f->kind == FR_UREG) vm_undo(v, f);
                    else if (f->kind == FR_NLOOK) break;
                }
                goto fail;
            }
            pos = vm_cut(v);
            if (pos < 0) goto fail;   /* no marker: cannot happen for compiled programs */
            pc += 2;
            continue;
        case OP_GREF: {
            int64_t g = ins[1];
            bool set = 2 * g + 1 < v->ncaps && v->caps[2 * g] >= 0 && v->caps[2 * g + 1] >= 0;
            pc = set ? pc + 3 : ins[2];
            continue;
        }
        case OP_FAIL:
        default:
            goto fail;
        }
    fail:
        for (;;) {
            if (v->sp <= 0) return false;
            Frame *f = &vm_frames(v)[--v->sp];
            v->steps++;
            switch (f->kind) {
            case FR_UCAP: case FR_UREG: vm_undo(v, f); continue;
            case FR_ATOM: case FR_LOOK: continue;
            case FR_NLOOK: pos = f->pos; pc = f->pc; goto resume;
            case FR_CHOICE: pos = f->pos; pc = f->pc; goto resume;
            case FR_LAZY: {
                int64_t rpc = f->pc, rpos = f->pos;
                int64_t reg = code[rpc + 1];
                vm_setreg(v, reg, v->cnt[reg], rpos);
                pos = rpos;
                pc = rpc + 6;
                goto resume;
            }
            case FR_SREP: {
                const int32_t *ins = code + f->pc;
                int64_t mn = ins[1], mx = ins[2];
                int kind = ins[3];
                int64_t k = f->a, base = f->pos;
                if (kind == 0) {
                    k--;
                    /* a literal next: give back straight to its last occurrence */
                    const int32_t *nx = code + ins[4];
                    if (nx[0] == OP_CHAR) {
                        int64_t k0 = k;
                        while (k > mn && vm_ch(v, base + k) != (uint32_t)nx[1]) k--;
                        v->steps += (uint64_t)(k0 - k) / 8;
                    }
                    if (k > mn) { f->a = k; v->sp++; }
                    pos = base + k;
                    pc = ins[4];
                    goto resume;
                }
                /* lazy: one more */
                if ((mx >= 0 && k >= mx) || base + k >= v->end || !vm_item(ins + 5, vm_ch(v, base + k))) continue;
                k++;
                f->a = k;
                v->sp++;
                pos = base + k;
                pc = ins[4];
                goto resume;
            }
            default: continue;
            }
        }
    resume:;
    }
}

static SreProg *sre_prog_arg(Realm *r, Value v) {
    if (!v_is_obj(v) || v_obj(v)->type->new_ != sre_prog_new) err_type(r, "expected a compiled _sre program");
    return (SreProg *)v_obj(v);
}

/* Sets up a VM for prog over the subject s (str for a str program, bytes or
 * bytearray for a bytes one); *sv receives the subject actually read (a
 * bytearray is copied: it could change under a callback).  Returns its
 * length. */
static int64_t sre_setup(Realm *r, Vm *V, SreProg *prog, Value *sv) {
    Value s = *sv;
    int64_t len;
    memset(V, 0, sizeof *V);
    V->r = r;
    if (str_check(s)) {
        if (prog->is_bytes) err_type(r, "cannot use a bytes pattern on a string-like object");
        V->s = str_ptr(s)->data;
        V->skind = str_ptr(s)->kind;
        len = str_ptr(s)->len;
    } else if (bytes_check(r, s)) {
        if (!prog->is_bytes) err_type(r, "cannot use a string pattern on a bytes-like object");
        V->s = bytes_ptr(s)->data;
        V->skind = 1;
        len = bytes_ptr(s)->len;
    } else {
        const uint8_t *b = bytes_buffer(r, s, &len);
        if (!b) err_type(r, "expected string or bytes-like object, got '%T'", s);
        if (!prog->is_bytes) err_type(r, "cannot use a string pattern on a bytes-like object");
        Value copy = bytes_new(r, b, (size_t)len);
        *sv = copy;
        V->s = bytes_ptr(copy)->data;
        V->skind = 1;
    }
    V->code = prog->code;
    V->ncode = prog->ncode;
    V->ncaps = 2 * ((int64_t)prog->ngroups + 1);
    size_t need;
    if (__builtin_add_overflow((size_t)V->ncaps, 2 * (size_t)prog->nregs, &need) ||
        __builtin_mul_overflow(need, sizeof(int64_t), &need))
        err_no_memory(r);
    sbuf_need(r, &V->regs, need + 8);
    V->caps = (int64_t *)(void *)V->regs.data;
    V->cnt = V->caps + V->ncaps;
    V->lst = V->cnt + prog->nregs;
    return len;
}

static void sre_range(Realm *r, Value vpos, Value vend, int64_t len, int64_t *pos, int64_t *endpos) {
    int64_t p = sre_int(r, vpos), e = sre_int(r, vend);
    if (p < 0) p = 0;
    if (p > len) p = len;
    if (e > len) e = len;
    if (e < 0) e = 0;
    *pos = p;
    *endpos = e;
}

/* One match attempt (mode as _sre.match's) over [pos, V->end]. */
static bool sre_find(Vm *V, SreProg *prog, int64_t pos, int mode) {
    if ((mode & 3) != 2) return vm_run(V, pos, mode);
    bool first = prog->ncode > 3 && prog->code[2] == OP_CHAR;
    uint32_t fc = first ? (uint32_t)prog->code[3] : 0;
    for (int64_t st = pos; st <= V->end; st++) {
        if (first) {
            /* skip to the next occurrence of the literal first character */
            int64_t q = st;
            while (q < V->end && vm_ch(V, q) != fc) q++;
            V->steps += (uint64_t)(q - st) / 8;
            if (q >= V->end) return false;
            st = q;
        }
        if (vm_run(V, st, st == pos ? mode : (mode & 3))) return true;
        if (V->steps >= 256) { sre_count(V->r, V->steps); V->steps = 0; }
    }
    return false;
}

static Value sre_spans(Realm *r, Vm *V) {
    Value t = tuple_new(r, (size_t)V->ncaps + 1);
    for (int64_t k = 0; k < V->ncaps; k += 2) {
        bool set = V->caps[k] >= 0 && V->caps[k + 1] >= 0;
        tuple_ptr(t)->items[k] = v_small(set ? V->caps[k] : -1);
        tuple_ptr(t)->items[k + 1] = v_small(set ? V->caps[k + 1] : -1);
    }
    tuple_ptr(t)->items[V->ncaps] = v_small(V->lastindex);
    return t;
}

static Value sre_match_fn(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "match", nargs, kw, 5, 5);
    SreProg *prog = sre_prog_arg(r, args[0]);
    Value s = args[1];
    Vm V;
    int64_t len = sre_setup(r, &V, prog, &s);
    int64_t pos, endpos;
    sre_range(r, args[2], args[3], len, &pos, &endpos);
    int mode = (int)sre_int(r, args[4]);
    if (endpos < pos) return V_NONE;
    V.end = endpos;
    bool found = sre_find(&V, prog, pos, mode);
    sre_count(r, V.steps);
    heap_keep(args[0]);
    heap_keep(s);
    return found ? sre_spans(r, &V) : V_NONE;
}

/* s[a:b] of the subject (str or bytes). */
static Value sre_slice(Realm *r, Value s, int64_t a, int64_t b) {
    if (str_check(s)) return str_substr(r, s, a, b);
    return bytes_new(r, bytes_ptr(s)->data + a, (size_t)(b - a));
}

/* findall(prog, string, pos, endpos): the list re's findall returns. */
static Value sre_findall_fn(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "findall", nargs, kw, 4, 4);
    SreProg *prog = sre_prog_arg(r, args[0]);
    Value s = args[1];
    Vm V;
    int64_t len = sre_setup(r, &V, prog, &s);
    int64_t pos, endpos;
    sre_range(r, args[2], args[3], len, &pos, &endpos);
    Value out = list_new(r, 0);
    V.end = endpos;
    int mode = 2;
    int64_t ng = prog->ngroups;
    while (pos <= endpos && sre_find(&V, prog, pos, mode)) {
        int64_t a = V.caps[0], b = V.caps[1];
        Value item;
        if (ng == 0) item = sre_slice(r, s, a, b);
        else {
            Value t = ng == 1 ? V_NULL : tuple_new(r, (size_t)ng);
            for (int64_t g = 1; g <= ng; g++) {
                int64_t ga = V.caps[2 * g], gb = V.caps[2 * g + 1];
                Value x = (ga >= 0 && gb >= 0) ? sre_slice(r, s, ga, gb) : sre_slice(r, s, 0, 0);
                if (ng == 1) item = x;
                else tuple_ptr(t)->items[g - 1] = x;
            }
            if (ng != 1) item = t;
        }
        list_append(r, out, item);
        mode = a == b ? 6 : 2;
        pos = b;
    }
    sre_count(r, V.steps);
    heap_keep(args[0]);
    heap_keep(s);
    return out;
}

/* scan(prog, string, pos, endpos, maxcount): the spans tuples (as match
 * returns them) of the successive non-overlapping matches, at most maxcount
 * of them (0: all). */
static Value sre_scan_fn(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "scan", nargs, kw, 5, 5);
    SreProg *prog = sre_prog_arg(r, args[0]);
    Value s = args[1];
    Vm V;
    int64_t len = sre_setup(r, &V, prog, &s);
    int64_t pos, endpos;
    sre_range(r, args[2], args[3], len, &pos, &endpos);
    int64_t maxcount = sre_int(r, args[4]);
    Value out = list_new(r, 0);
    V.end = endpos;
    int mode = 2;
    int64_t n = 0;
    while ((maxcount <= 0 || n < maxcount) && pos <= endpos && sre_find(&V, prog, pos, mode)) {
        list_append(r, out, sre_spans(r, &V));
        n++;
        mode = V.caps[0] == V.caps[1] ? 6 : 2;
        pos = V.caps[1];
    }
    sre_count(r, V.steps);
    heap_keep(args[0]);
    heap_keep(s);
    return out;
}

/* sub(prog, string, template, count) -> (result, n): template is a list of
 * literal pieces (str or bytes, as the subject) and group numbers. */
static Value sre_sub_fn(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "sub", nargs, kw, 4, 4);
    SreProg *prog = sre_prog_arg(r, args[0]);
    Value s = args[1];
    Value tmpl = args[2];
    if (!v_is_obj(tmpl) || v_obj(tmpl)->type != r->t_list) err_type(r, "template must be a list");
    Vm V;
    int64_t len = sre_setup(r, &V, prog, &s);
    int64_t count = sre_int(r, args[3]);
    bool isstr = str_check(s);
    V.end = len;
    StrBuf sb;
    strbuf_init(r, &sb);
    SBuf bb = {0};
    int64_t blen = 0;
    int64_t pos = 0, last = 0, n = 0;
    int mode = 2;
#define SRE_ADD_SLICE(src, a, b) do { \
        if (isstr) strbuf_add_substr(&sb, (src), (a), (b)); \
        else if ((b) > (a)) { \
            size_t need_; \
            if (__builtin_add_overflow((size_t)blen, (size_t)((b) - (a)), &need_)) err_no_memory(r); \
            sbuf_need(r, &bb, need_); \
            memcpy(bb.data + blen, bytes_ptr(src)->data + (a), (size_t)((b) - (a))); \
            blen = (int64_t)need_; \
        } } while (0)
    while ((count <= 0 || n < count) && pos <= len && sre_find(&V, prog, pos, mode)) {
        int64_t a = V.caps[0], b = V.caps[1];
        SRE_ADD_SLICE(s, last, a);
        List *tl = (List *)v_obj(tmpl);
        for (int64_t k = 0; k < tl->len; k++) {
            Value it = tl->items[k];
            if (v_is_int(it)) {
                int64_t g = v_as_small(it);
                if (g < 0 || 2 * g + 1 >= V.ncaps) err_value(r, "invalid group reference %lld", (long long)g);
                int64_t ga = V.caps[2 * g], gb = V.caps[2 * g + 1];
                if (ga >= 0 && gb >= 0) SRE_ADD_SLICE(s, ga, gb);
            } else if (isstr && str_check(it)) {
                strbuf_add_str(&sb, it);
            } else if (!isstr && bytes_check(r, it)) {
                SRE_ADD_SLICE(it, 0, bytes_ptr(it)->len);
            } else {
                err_type(r, "bad template item");
            }
            tl = (List *)v_obj(tmpl);
        }
        last = b;
        n++;
        mode = a == b ? 6 : 2;
        pos = b;
        sre_count(r, 1 + (uint64_t)(b - a) / 16);
    }
    SRE_ADD_SLICE(s, last, len);
#undef SRE_ADD_SLICE
    sre_count(r, V.steps);
    Value res = isstr ? strbuf_finish(&sb) : bytes_new(r, blen ? bb.data : (const uint8_t *)"", (size_t)blen);
    if (!isstr) strbuf_discard(&sb);
    Value t = tuple_new(r, 2);
    tuple_ptr(t)->items[0] = res;
    tuple_ptr(t)->items[1] = int_from_i64(r, n);
    heap_keep(args[0]);
    heap_keep(s);
    heap_keep(bb.obj);
    return t;
}

static const MethodDef sre_functions[] = {
    {"compile", sre_compile_fn, 0},
    {"match", sre_match_fn, 0},
    {"findall", sre_findall_fn, 0},
    {"scan", sre_scan_fn, 0},
    {"sub", sre_sub_fn, 0},
    {NULL, NULL, 0},
};

Value sre_module_new(Realm *r) {
    Value m = module_new(r, str_from_cstr(r, "_sre"));
    modules_add_functions(r, m, sre_functions);
    Type *t = type_new_builtin(r, "Program", r->t_object, sizeof(SreProg), 0);
    t->new_ = sre_prog_new;
    realm_finish_type(r, t);
    dict_set_cstr(r, t->dict, "__module__", str_from_cstr(r, "_sre"));
    dict_set_cstr(r, ((Module *)v_obj(m))->dict, "Program", v_from_obj(t));
    dict_set_cstr(r, ((Module *)v_obj(m))->dict, "MAXREPEAT", int_from_i64(r, SRE_MAXREPEAT));
    dict_set_cstr(r, ((Module *)v_obj(m))->dict, "MAXGROUPS", int_from_i64(r, 1073741823));
    return m;
}
