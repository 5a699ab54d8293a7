/* symtable: scope analysis (see symtable.h).
 *
 * Two passes as in CPython: a walk of the AST that opens a Scope per module,
 * function, lambda, class and comprehension and records how each name is
 * used (DEF_* flags), then a top-down analysis that decides each name's
 * scope: names assigned in a function are local, names bound in an
 * enclosing function are free here and cells there, the rest global.
 * Class bodies do not bind names for the functions nested in them.
 *
 * Invariants: everything lives in the compile arena; both passes are
 * recursive with the depth counted in c->depth (bounded by
 * SYMTABLE_MAX_DEPTH), so hostile nesting cannot overflow the C stack. */
#include "front/symtable.h"

#include <stdarg.h>
#include <string.h>
#include "objects/objects.h"

/* ---------------------------------------------------------------- maps */

static uint32_t smap_hash(const char *k, size_t n) {
    uint32_t h = 2166136261u;           /* FNV-1a */
    for (size_t i = 0; i < n; i++) { h ^= (uint8_t)k[i]; h *= 16777619u; }
    return h;
}

void *symtable_alloc(CompCtx *c, size_t n) {
    void *p = arena_alloc(c->arena, n ? n : 1);
    if (!p) err_no_memory(c->r);
    return p;
}

static void *st_calloc(CompCtx *c, size_t count, size_t size) {
    void *p = arena_calloc(c->arena, count ? count : 1, size);
    if (!p) err_no_memory(c->r);
    return p;
}

SMapEnt *smap_get(const SMap *m, const char *key, size_t len) {
    if (!m->index) return NULL;
    uint32_t h = smap_hash(key, len);
    size_t mask = ((size_t)1 << m->log2) - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {   /* table never full */
        int32_t e = m->index[i];
        if (e == 0) return NULL;
        SMapEnt *ent = &m->ents[e - 1];
        if (ent->hash == h && ent->len == len && memcmp(ent->key, key, len) == 0) return ent;
    }
}

static void smap_reindex(CompCtx *c, SMap *m, unsigned log2) {
    size_t size = (size_t)1 << log2;
    m->index = st_calloc(c, size, sizeof(int32_t));
    m->log2 = log2;
    size_t mask = size - 1;
    for (size_t k = 0; k < m->n; k++) {
        size_t i = m->ents[k].hash & mask;
        while (m->index[i]) i = (i + 1) & mask;
        m->index[i] = (int32_t)(k + 1);
    }
}

SMapEnt *smap_put(CompCtx *c, SMap *m, const char *key, size_t len, bool *created) {
    SMapEnt *e = smap_get(m, key, len);
    if (created) *created = (e == NULL);
    if (e) return e;
    if (m->n >= 0x3fffffff) err_no_memory(c->r);
    if (m->n == m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 8;
        SMapEnt *ne = st_calloc(c, ncap, sizeof(SMapEnt));
        if (m->n) memcpy(ne, m->ents, m->n * sizeof(SMapEnt));
        m->ents = ne;
        m->cap = ncap;
    }
    SMapEnt *ent = &m->ents[m->n++];
    ent->key = key;
    ent->len = len;
    ent->hash = smap_hash(key, len);
    ent->val = NULL;
    ent->ival = 0;
    /* keep the load factor under 1/2 */
    if (!m->index || m->n * 2 > ((size_t)1 << m->log2)) {
        unsigned l = m->index ? m->log2 + 1 : 4;
        while (((size_t)1 << l) < m->n * 2) l++;
        smap_reindex(c, m, l);
    } else {
        size_t mask = ((size_t)1 << m->log2) - 1;
        size_t i = ent->hash & mask;
        while (m->index[i]) i = (i + 1) & mask;
        m->index[i] = (int32_t)m->n;
    }
    return ent;
}

/* name sets: ival != 0 means present */
static bool nset_has(const SMap *s, const char *k, size_t n) {
    SMapEnt *e = smap_get(s, k, n);
    return e && e->ival;
}
static void nset_add(CompCtx *c, SMap *s, const char *k, size_t n) {
    smap_put(c, s, k, n, NULL)->ival = 1;
}
static void nset_discard(SMap *s, const char *k, size_t n) {
    SMapEnt *e = smap_get(s, k, n);
    if (e) e->ival = 0;
}
static void nset_update(CompCtx *c, SMap *dst, const SMap *src) {
    for (size_t i = 0; i < src->n; i++)
        if (src->ents[i].ival) nset_add(c, dst, src->ents[i].key, src->ents[i].len);
}

/* ---------------------------------------------------------------- errors */

/* Number of code points in s[0..n) of UTF-8 text. */
static int64_t utf8_count(const char *s, size_t n) {
    int64_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((uint8_t)s[i] & 0xC0) != 0x80) k++;
    return k;
}

_Noreturn void symtable_error(CompCtx *c, int line, int col, int eline, int ecol,
                              const char *fmt, ...) {
    Realm *r = c->r;
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vformat(r, fmt, ap);
    va_end(ap);
    Value text = V_NONE;
    int64_t off = col + 1, eoff = ecol + 1;
    if (c->source != V_NONE && c->source != V_NULL && v_is_obj(c->source) &&
        (v_obj(c->source)->type->flags & TF_STR_SUB) && line >= 1) {
        size_t len;
        const char *src = str_utf8(r, c->source, &len);
        /* find the start of `line` and of `eline` */
        size_t start = 0, estart = 0;
        int ln = 1;
        bool found = false, efound = (eline == line);
        for (size_t i = 0; i <= len && !(found && efound); i++) {  /* budget: bounded by source */
            if (ln == line && !found) { start = i; found = true; }
            if (ln == eline && !efound) { estart = i; efound = true; }
            if (i < len && src[i] == '\n') ln++;
            else if (i == len) break;
        }
        if (found) {
            size_t end = start;
            while (end < len && src[end] != '\n' && src[end] != '\r') end++;
            text = str_from_utf8(r, src + start, end - start);
            size_t cb = (size_t)(col < 0 ? 0 : col);
            if (cb > end - start) cb = end - start;
            off = utf8_count(src + start, cb) + 1;
            if (eline == line) estart = start;
            if (efound) {
                size_t eend = estart;
                while (eend < len && src[eend] != '\n' && src[eend] != '\r') eend++;
                size_t ecb = (size_t)(ecol < 0 ? 0 : ecol);
                if (ecb > eend - estart) ecb = eend - estart;
                eoff = utf8_count(src + estart, ecb) + 1;
            }
        }
    }
    Value fn = c->filename;
    if (fn == V_NULL) fn = V_NONE;
    Value loc[6] = { fn, int_from_i64(r, line), int_from_i64(r, off), text,
                     int_from_i64(r, eline), int_from_i64(r, eoff) };
    Value args[2];
    args[0] = msg;
    args[1] = tuple_from_array(r, loc, 6);
    err_raise(r, exc_new(r, EXC(r, SyntaxError), args, 2));
}

_Noreturn void symtable_too_deep(CompCtx *c) {
    err_format(c->r, EXC(c->r, RecursionError), "maximum recursion depth exceeded during compilation");
}

/* ---------------------------------------------------------------- helpers */

bool symtable_is_function_like(const Scope *s) { return s->kind == BLOCK_FUNCTION; }

const char *symtable_mangle(CompCtx *c, const char *priv, const char *name, size_t len,
                            size_t *out_len) {
    *out_len = len;
    if (!priv || len < 2 || name[0] != '_' || name[1] != '_') return name;
    if (len >= 4 && name[len - 1] == '_' && name[len - 2] == '_') return name;
    if (memchr(name, '.', len)) return name;
    while (*priv == '_') priv++;
    if (!*priv) return name;
    size_t pl = strlen(priv), total;
    if (__builtin_add_overflow(pl, len, &total) || __builtin_add_overflow(total, 2, &total))
        err_no_memory(c->r);
    char *out = symtable_alloc(c, total);
    out[0] = '_';
    memcpy(out + 1, priv, pl);
    memcpy(out + 1 + pl, name, len);
    out[total - 1] = 0;
    *out_len = total - 1;
    return out;
}

Scope *symtable_lookup_scope(CompCtx *c, const void *node) {
    SMapEnt *e = smap_get(&c->scope_of, (const char *)&node, sizeof node);
    return e ? e->val : NULL;
}

Symbol *symtable_symbol(Scope *s, const char *name, size_t len) {
    SMapEnt *e = smap_get(&s->symbols, name, len);
    return e ? e->val : NULL;
}

SymScope symtable_scope_of(Scope *s, const char *name, size_t len) {
    Symbol *sym = symtable_symbol(s, name, len);
    return sym ? sym->scope : SCOPE_NONE;
}

/* ---------------------------------------------------------------- pass 1 */

typedef struct StWalk {
    CompCtx *c;
    Scope *cur;
    int comp_iter_expr;      /* > 0 inside a comprehension's outermost iterable */
    bool comp_iter_target;   /* visiting a comprehension's for-target */
} StWalk;

static Scope *scope_new(StWalk *w, BlockKind kind, const char *name, const void *node,
                        int line, int col, int eline, int ecol) {
    CompCtx *c = w->c;
    Scope *s = st_calloc(c, 1, sizeof(Scope));
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = w->cur;
    s->lineno = line; s->col = col; s->end_lineno = eline; s->end_col = ecol;
    if (w->cur) {
        Scope *p = w->cur;
        s->nested = p->nested || p->kind == BLOCK_FUNCTION;
        s->private_name = p->private_name;
        if (p->nchildren == p->children_cap) {
            size_t ncap = p->children_cap ? p->children_cap * 2 : 4;
            Scope **nc = st_calloc(c, ncap, sizeof(Scope *));
            if (p->nchildren) memcpy(nc, p->children, p->nchildren * sizeof(Scope *));
            p->children = nc;
            p->children_cap = ncap;
        }
        p->children[p->nchildren++] = s;
    }
    if (node) {
        char *key = symtable_alloc(c, sizeof node);
        memcpy(key, &node, sizeof node);
        smap_put(c, &c->scope_of, key, sizeof node, NULL)->val = s;
    }
    return s;
}

static Symbol *add_def_in(StWalk *w, Scope *s, const char *name, size_t len, int flag,
                          int line, int col, int eline, int ecol) {
    CompCtx *c = w->c;
    size_t mlen;
    const char *m = symtable_mangle(c, s->private_name, name, len, &mlen);
    bool created;
    SMapEnt *e = smap_put(c, &s->symbols, m, mlen, &created);
    if (created) e->val = st_calloc(c, 1, sizeof(Symbol));
    Symbol *sym = e->val;
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
        symtable_error(c, line, col, eline, ecol,
                       "duplicate argument '%s' in function definition", m);
    sym->flags |= flag;
    if (flag & DEF_PARAM) {
        if (s->nparams == s->params_cap) {
            size_t ncap = s->params_cap ? s->params_cap * 2 : 8;
            const char **np = st_calloc(c, ncap, sizeof(char *));
            if (s->nparams) memcpy(np, s->params, s->nparams * sizeof(char *));
            s->params = np;
            s->params_cap = ncap;
        }
        s->params[s->nparams++] = m;
    } else if ((flag & DEF_GLOBAL) && s != c->top) {
        /* as CPython: a global declaration also marks the module's symbol */
        SMapEnt *g = smap_put(c, &c->top->symbols, m, mlen, &created);
        if (created) g->val = st_calloc(c, 1, sizeof(Symbol));
        ((Symbol *)g->val)->flags |= DEF_GLOBAL;
    }
    return sym;
}

static Symbol *add_def(StWalk *w, const char *name, size_t len, int flag,
                       int line, int col, int eline, int ecol) {
    return add_def_in(w, w->cur, name, len, flag, line, col, eline, ecol);
}

static const char *cstr_ident(AstIdent id) { return id.str ? id.str : ""; }

static void st_expr(StWalk *w, AstExpr *e);
static void st_stmts(StWalk *w, AstStmtSeq *seq);

static void st_enter(StWalk *w) {
    if (++w->c->depth > SYMTABLE_MAX_DEPTH) symtable_too_deep(w->c);
    err_check_stack(w->c->r);
}
static void st_leave(StWalk *w) { w->c->depth--; }

static void st_exprs(StWalk *w, AstExprSeq *seq) {
    for (size_t i = 0; i < seq->count; i++)
        if (seq->items[i]) st_expr(w, seq->items[i]);
}

static void st_params(StWalk *w, AstArgSeq *args) {
    for (size_t i = 0; i < args->count; i++) {
        AstArg *a = args->items[i];
        add_def(w, a->arg.str, a->arg.len, DEF_PARAM,
                a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    }
}

/* Parameters in co_varnames order: positional-only, positional, keyword-only,
 * *args, **kwargs. */
static void st_arguments(StWalk *w, AstArguments *a) {
    if (!a) return;
    st_params(w, &a->posonlyargs);
    st_params(w, &a->args);
    st_params(w, &a->kwonlyargs);
    if (a->vararg) {
        add_def(w, a->vararg->arg.str, a->vararg->arg.len, DEF_PARAM, a->vararg->lineno,
                a->vararg->col_offset, a->vararg->end_lineno, a->vararg->end_col_offset);
        w->cur->has_varargs = true;
    }
    if (a->kwarg) {
        add_def(w, a->kwarg->arg.str, a->kwarg->arg.len, DEF_PARAM, a->kwarg->lineno,
                a->kwarg->col_offset, a->kwarg->end_lineno, a->kwarg->end_col_offset);
        w->cur->has_varkw = true;
    }
}

static void st_arg_annotations(StWalk *w, AstArgSeq *args) {
    for (size_t i = 0; i < args->count; i++)
        if (args->items[i]->annotation) st_expr(w, args->items[i]->annotation);
}

static void st_annotations(StWalk *w, AstArguments *a, AstExpr *returns) {
    if (a) {
        st_arg_annotations(w, &a->posonlyargs);
        st_arg_annotations(w, &a->args);
        if (a->vararg && a->vararg->annotation) st_expr(w, a->vararg->annotation);
        st_arg_annotations(w, &a->kwonlyargs);
        if (a->kwarg && a->kwarg->annotation) st_expr(w, a->kwarg->annotation);
    }
    if (returns) st_expr(w, returns);
}

static void st_defaults(StWalk *w, AstArguments *a) {
    if (!a) return;
    st_exprs(w, &a->defaults);
    st_exprs(w, &a->kw_defaults);
}

/* A lazily evaluated annotation scope of a type parameter (its bound,
 * constraints or default), keyed by node; in a class body it also sees the
 * class's names. */
static void st_annotation_scope(StWalk *w, AstIdent name, const void *node, AstTypeParam *tp, AstExpr *e,
                                const char *what, bool in_class) {
    Scope *bs = scope_new(w, BLOCK_FUNCTION, cstr_ident(name), node, tp->lineno, tp->col_offset,
                          tp->end_lineno, tp->end_col_offset);
    bs->annotation_what = what;
    Scope *sv = w->cur;
    int saved_cie = w->comp_iter_expr;
    w->cur = bs;
    w->comp_iter_expr = 0;
    if (in_class) {
        bs->can_see_class_scope = true;
        add_def(w, "__classdict__", 13, DEF_USE, tp->lineno, tp->col_offset, tp->end_lineno, tp->end_col_offset);
    }
    st_expr(w, e);
    w->cur = sv;
    w->comp_iter_expr = saved_cie;
}

/* PEP 695 type parameters: a "<generic parameters of NAME>" function scope
 * (keyed by the parameter sequence) defining them, entered by the caller
 * and restored by it; each bound or constraints has a lazily evaluated
 * scope of its own (keyed by the parameter), and so has each PEP 696
 * default (keyed by the default's expression).  In class bodies these
 * annotation scopes also see the class's names (__classdict__). */
static Scope *st_type_params_enter(StWalk *w, AstStmt *s, AstIdent name, AstTypeParamSeq *tps) {
    bool in_class = w->cur->kind == BLOCK_CLASS;
    static const char pre[] = "<generic parameters of ";
    size_t pl = sizeof pre - 1, nl = name.len, total;
    if (__builtin_add_overflow(pl, nl, &total) || __builtin_add_overflow(total, 2, &total))
        symtable_error(w->c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, "name too long");
    char *gname = st_calloc(w->c, total, 1);
    memcpy(gname, pre, pl);
    if (nl) memcpy(gname + pl, name.str, nl);
    gname[pl + nl] = '>';
    Scope *gs = scope_new(w, BLOCK_FUNCTION, gname, tps, s->lineno, s->col_offset, s->end_lineno,
                          s->end_col_offset);
    gs->is_type_params = true;
    gs->annotation_what = "the definition of a generic";
    Scope *saved = w->cur;
    w->cur = gs;
    if (in_class) {
        /* as CPython's annotation scopes: the class's names stay visible */
        gs->can_see_class_scope = true;
        add_def(w, "__classdict__", 13, DEF_USE, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    }
    bool seen_default = false;
    for (size_t i = 0; i < tps->count; i++) {
        AstTypeParam *tp = tps->items[i];
        AstIdent id = tp->kind == AST_TYPEPARAM_TypeVar ? tp->v.TypeVar.name
                    : tp->kind == AST_TYPEPARAM_ParamSpec ? tp->v.ParamSpec.name : tp->v.TypeVarTuple.name;
        AstExpr *dflt = tp->kind == AST_TYPEPARAM_TypeVar ? tp->v.TypeVar.default_value
                      : tp->kind == AST_TYPEPARAM_ParamSpec ? tp->v.ParamSpec.default_value
                      : tp->v.TypeVarTuple.default_value;
        if (dflt)
            seen_default = true;
        else if (seen_default)
            symtable_error(w->c, tp->lineno, tp->col_offset, tp->end_lineno, tp->end_col_offset,
                           "non-default type parameter '%s' follows default type parameter", cstr_ident(id));
        add_def(w, id.str, id.len, DEF_LOCAL, tp->lineno, tp->col_offset, tp->end_lineno, tp->end_col_offset);
        if (tp->kind == AST_TYPEPARAM_TypeVar && tp->v.TypeVar.bound)
            st_annotation_scope(w, id, tp, tp, tp->v.TypeVar.bound,
                                tp->v.TypeVar.bound->kind == AST_EXPR_Tuple ? "a TypeVar constraint"
                                                                            : "a TypeVar bound", in_class);
        if (dflt)
            st_annotation_scope(w, id, dflt, tp, dflt,
                                tp->kind == AST_TYPEPARAM_TypeVar ? "a TypeVar default"
                                : tp->kind == AST_TYPEPARAM_ParamSpec ? "a ParamSpec default"
                                                                      : "a TypeVarTuple default", in_class);
    }
    return saved;
}

static void st_function(StWalk *w, AstStmt *s, AstIdent name, AstArguments *args, AstStmtSeq *body,
                        AstExprSeq *decos, AstExpr *returns, AstTypeParamSeq *tps, bool is_async) {
    add_def(w, name.str, name.len, DEF_LOCAL, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    st_defaults(w, args);
    st_exprs(w, decos);
    Scope *outer = NULL;
    if (tps->count) {
        outer = st_type_params_enter(w, s, name, tps);
        /* the defaults, evaluated outside, come in as parameters */
        bool kwd = false;
        for (size_t i = 0; args && i < args->kw_defaults.count; i++) kwd |= args->kw_defaults.items[i] != NULL;
        if (args && args->defaults.count)
            add_def(w, ".defaults", 9, DEF_PARAM, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        if (kwd)
            add_def(w, ".kwdefaults", 11, DEF_PARAM, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    }
    st_annotations(w, args, returns);
    Scope *fs = scope_new(w, BLOCK_FUNCTION, cstr_ident(name), s, s->lineno, s->col_offset,
                          s->end_lineno, s->end_col_offset);
    fs->is_coroutine = is_async;
    Scope *saved = w->cur;
    int saved_cie = w->comp_iter_expr;
    w->cur = fs;
    w->comp_iter_expr = 0;
    st_arguments(w, args);
    st_stmts(w, body);
    w->cur = outer ? outer : saved;
    w->comp_iter_expr = saved_cie;
}

static void st_alias_store(StWalk *w, AstAlias *a) {
    const char *n = a->asname.str ? a->asname.str : a->name.str;
    size_t len = a->asname.str ? a->asname.len : a->name.len;
    if (!a->asname.str) {
        const char *dot = memchr(n, '.', len);
        if (dot) len = (size_t)(dot - n);
    }
    if (len == 1 && n[0] == '*' && !a->asname.str) {
        if (w->cur->kind != BLOCK_MODULE)
            symtable_error(w->c, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                           "import * only allowed at module level");
        return;
    }
    add_def(w, n, len, DEF_IMPORT, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
}

static void st_directive(StWalk *w, AstStmt *s, AstIdentSeq *names, bool global) {
    for (size_t i = 0; i < names->count; i++) {
        AstIdent id = names->items[i];
        size_t mlen;
        const char *m = symtable_mangle(w->c, w->cur->private_name, id.str, id.len, &mlen);
        Symbol *cur = symtable_symbol(w->cur, m, mlen);
        int f = cur ? cur->flags : 0;
        if (f & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            const char *msg;
            if (f & DEF_PARAM) msg = global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
            else if (f & DEF_USE) msg = global ? "name '%s' is used prior to global declaration" : "name '%s' is used prior to nonlocal declaration";
            else if (f & DEF_ANNOT) msg = global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
            else msg = global ? "name '%s' is assigned to before global declaration" : "name '%s' is assigned to before nonlocal declaration";
            symtable_error(w->c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, msg, m);
        }
        Symbol *sym = add_def(w, id.str, id.len, global ? DEF_GLOBAL : DEF_NONLOCAL,
                              s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        if (!sym->d_line) {
            sym->d_line = s->lineno; sym->d_col = s->col_offset;
            sym->d_eline = s->end_lineno; sym->d_ecol = s->end_col_offset;
        }
    }
}

static void st_pattern(StWalk *w, AstPattern *p) {
    if (!p) return;
    st_enter(w);
    switch (p->kind) {
    case AST_PATTERN_MatchValue: st_expr(w, p->v.MatchValue.value); break;
    case AST_PATTERN_MatchSingleton: break;
    case AST_PATTERN_MatchSequence:
        for (size_t i = 0; i < p->v.MatchSequence.patterns.count; i++)
            st_pattern(w, p->v.MatchSequence.patterns.items[i]);
        break;
    case AST_PATTERN_MatchMapping:
        st_exprs(w, &p->v.MatchMapping.keys);
        for (size_t i = 0; i < p->v.MatchMapping.patterns.count; i++)
            st_pattern(w, p->v.MatchMapping.patterns.items[i]);
        if (p->v.MatchMapping.rest.str)
            add_def(w, p->v.MatchMapping.rest.str, p->v.MatchMapping.rest.len, DEF_LOCAL,
                    p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
        break;
    case AST_PATTERN_MatchClass:
        st_expr(w, p->v.MatchClass.cls);
        for (size_t i = 0; i < p->v.MatchClass.patterns.count; i++)
            st_pattern(w, p->v.MatchClass.patterns.items[i]);
        for (size_t i = 0; i < p->v.MatchClass.kwd_patterns.count; i++)
            st_pattern(w, p->v.MatchClass.kwd_patterns.items[i]);
        break;
    case AST_PATTERN_MatchStar:
        if (p->v.MatchStar.name.str)
            add_def(w, p->v.MatchStar.name.str, p->v.MatchStar.name.len, DEF_LOCAL,
                    p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
        break;
    case AST_PATTERN_MatchAs:
        st_pattern(w, p->v.MatchAs.pattern);
        if (p->v.MatchAs.name.str)
            add_def(w, p->v.MatchAs.name.str, p->v.MatchAs.name.len, DEF_LOCAL,
                    p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
        break;
    case AST_PATTERN_MatchOr:
        for (size_t i = 0; i < p->v.MatchOr.patterns.count; i++)
            st_pattern(w, p->v.MatchOr.patterns.items[i]);
        break;
    }
    st_leave(w);
}

static void st_stmt(StWalk *w, AstStmt *s) {
    st_enter(w);
    switch (s->kind) {
    case AST_STMT_FunctionDef:
        st_function(w, s, s->v.FunctionDef.name, s->v.FunctionDef.args, &s->v.FunctionDef.body,
                    &s->v.FunctionDef.decorator_list, s->v.FunctionDef.returns,
                    &s->v.FunctionDef.type_params, false);
        break;
    case AST_STMT_AsyncFunctionDef:
        st_function(w, s, s->v.AsyncFunctionDef.name, s->v.AsyncFunctionDef.args,
                    &s->v.AsyncFunctionDef.body, &s->v.AsyncFunctionDef.decorator_list,
                    s->v.AsyncFunctionDef.returns, &s->v.AsyncFunctionDef.type_params, true);
        break;
    case AST_STMT_ClassDef: {
        AstIdent name = s->v.ClassDef.name;
        add_def(w, name.str, name.len, DEF_LOCAL, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        /* decorators run outside; with type parameters (PEP 695) the bases
         * and keywords are evaluated in the "<generic parameters of C>"
         * scope, which also holds .type_params (read by the class body for
         * __type_params__) and .generic_base (Generic[params]) */
        st_exprs(w, &s->v.ClassDef.decorator_list);
        Scope *outer = NULL;
        if (s->v.ClassDef.type_params.count) {
            outer = st_type_params_enter(w, s, name, &s->v.ClassDef.type_params);
            add_def(w, ".type_params", 12, DEF_LOCAL, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
            add_def(w, ".generic_base", 13, DEF_LOCAL, s->lineno, s->col_offset, s->end_lineno,
                    s->end_col_offset);
        }
        st_exprs(w, &s->v.ClassDef.bases);
        for (size_t i = 0; i < s->v.ClassDef.keywords.count; i++)
            st_expr(w, s->v.ClassDef.keywords.items[i]->value);
        Scope *cs = scope_new(w, BLOCK_CLASS, cstr_ident(name), s, s->lineno, s->col_offset,
                              s->end_lineno, s->end_col_offset);
        cs->private_name = cstr_ident(name);
        Scope *saved = w->cur;
        int saved_cie = w->comp_iter_expr;
        w->cur = cs;
        w->comp_iter_expr = 0;
        if (outer)
            add_def(w, ".type_params", 12, DEF_USE, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        st_stmts(w, &s->v.ClassDef.body);
        w->cur = outer ? outer : saved;
        w->comp_iter_expr = saved_cie;
        break;
    }
    case AST_STMT_Return:
        if (s->v.Return.value) st_expr(w, s->v.Return.value);
        break;
    case AST_STMT_Delete: st_exprs(w, &s->v.Delete.targets); break;
    case AST_STMT_Assign:
        st_exprs(w, &s->v.Assign.targets);
        st_expr(w, s->v.Assign.value);
        break;
    case AST_STMT_TypeAlias: {
        /* the value is evaluated lazily in a scope of its own (CPython's
         * annotation scope, a function here); in a class body that scope
         * also sees the class's names */
        bool in_class = w->cur->kind == BLOCK_CLASS;
        AstExpr *nm = s->v.TypeAlias.name;
        st_expr(w, nm);
        Scope *outer = NULL;
        if (s->v.TypeAlias.type_params.count)
            outer = st_type_params_enter(w, s, nm->v.Name.id, &s->v.TypeAlias.type_params);
        Scope *ts = scope_new(w, BLOCK_FUNCTION, cstr_ident(nm->v.Name.id), s, s->lineno, s->col_offset,
                              s->end_lineno, s->end_col_offset);
        ts->annotation_what = "a type alias";
        Scope *saved = w->cur;
        int saved_cie = w->comp_iter_expr;
        w->cur = ts;
        w->comp_iter_expr = 0;
        if (in_class || (outer && saved->can_see_class_scope)) {
            ts->can_see_class_scope = true;
            add_def(w, "__classdict__", 13, DEF_USE, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        }
        st_expr(w, s->v.TypeAlias.value);
        w->cur = outer ? outer : saved;
        w->comp_iter_expr = saved_cie;
        break;
    }
    case AST_STMT_AugAssign:
        st_expr(w, s->v.AugAssign.target);
        st_expr(w, s->v.AugAssign.value);
        break;
    case AST_STMT_AnnAssign: {
        AstExpr *t = s->v.AnnAssign.target;
        if (t->kind == AST_EXPR_Name) {
            size_t mlen;
            const char *m = symtable_mangle(w->c, w->cur->private_name, t->v.Name.id.str,
                                            t->v.Name.id.len, &mlen);
            Symbol *cur = symtable_symbol(w->cur, m, mlen);
            int f = cur ? cur->flags : 0;
            if ((f & (DEF_GLOBAL | DEF_NONLOCAL)) && w->cur != w->c->top && s->v.AnnAssign.simple)
                symtable_error(w->c, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                               (f & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                : "annotated name '%s' can't be nonlocal", m);
            if (s->v.AnnAssign.simple)
                add_def(w, t->v.Name.id.str, t->v.Name.id.len, DEF_ANNOT | DEF_LOCAL,
                        t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
            else if (s->v.AnnAssign.value)
                add_def(w, t->v.Name.id.str, t->v.Name.id.len, DEF_LOCAL,
                        t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
        } else {
            st_expr(w, t);
        }
        st_expr(w, s->v.AnnAssign.annotation);
        if (s->v.AnnAssign.value) st_expr(w, s->v.AnnAssign.value);
        break;
    }
    case AST_STMT_For:
        st_expr(w, s->v.For.target);
        st_expr(w, s->v.For.iter);
        st_stmts(w, &s->v.For.body);
        st_stmts(w, &s->v.For.orelse);
        break;
    case AST_STMT_AsyncFor:
        st_expr(w, s->v.AsyncFor.target);
        st_expr(w, s->v.AsyncFor.iter);
        st_stmts(w, &s->v.AsyncFor.body);
        st_stmts(w, &s->v.AsyncFor.orelse);
        break;
    case AST_STMT_While:
        st_expr(w, s->v.While.test);
        st_stmts(w, &s->v.While.body);
        st_stmts(w, &s->v.While.orelse);
        break;
    case AST_STMT_If:
        for (;;) {                                          /* elif chains: iterative */
            st_expr(w, s->v.If.test);
            st_stmts(w, &s->v.If.body);
            if (s->v.If.orelse.count == 1 && s->v.If.orelse.items[0]->kind == AST_STMT_If) {
                s = s->v.If.orelse.items[0];
                continue;
            }
            st_stmts(w, &s->v.If.orelse);
            break;
        }
        break;
    case AST_STMT_With:
    case AST_STMT_AsyncWith: {
        AstWithItemSeq *items = s->kind == AST_STMT_With ? &s->v.With.items : &s->v.AsyncWith.items;
        for (size_t i = 0; i < items->count; i++) {
            st_expr(w, items->items[i]->context_expr);
            if (items->items[i]->optional_vars) st_expr(w, items->items[i]->optional_vars);
        }
        st_stmts(w, s->kind == AST_STMT_With ? &s->v.With.body : &s->v.AsyncWith.body);
        break;
    }
    case AST_STMT_Match:
        st_expr(w, s->v.Match.subject);
        for (size_t i = 0; i < s->v.Match.cases.count; i++) {
            AstMatchCase *mc = s->v.Match.cases.items[i];
            st_pattern(w, mc->pattern);
            if (mc->guard) st_expr(w, mc->guard);
            st_stmts(w, &mc->body);
        }
        break;
    case AST_STMT_Raise:
        if (s->v.Raise.exc) st_expr(w, s->v.Raise.exc);
        if (s->v.Raise.cause) st_expr(w, s->v.Raise.cause);
        break;
    case AST_STMT_Try:
    case AST_STMT_TryStar: {
        AstStmtSeq *body = s->kind == AST_STMT_Try ? &s->v.Try.body : &s->v.TryStar.body;
        AstExceptHandlerSeq *hs = s->kind == AST_STMT_Try ? &s->v.Try.handlers : &s->v.TryStar.handlers;
        st_stmts(w, body);
        for (size_t i = 0; i < hs->count; i++) {
            AstExceptHandler *h = hs->items[i];
            if (h->v.ExceptHandler.type) st_expr(w, h->v.ExceptHandler.type);
            if (h->v.ExceptHandler.name.str)
                add_def(w, h->v.ExceptHandler.name.str, h->v.ExceptHandler.name.len, DEF_LOCAL,
                        h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
            st_stmts(w, &h->v.ExceptHandler.body);
        }
        st_stmts(w, s->kind == AST_STMT_Try ? &s->v.Try.orelse : &s->v.TryStar.orelse);
        st_stmts(w, s->kind == AST_STMT_Try ? &s->v.Try.finalbody : &s->v.TryStar.finalbody);
        break;
    }
    case AST_STMT_Assert:
        st_expr(w, s->v.Assert.test);
        if (s->v.Assert.msg) st_expr(w, s->v.Assert.msg);
        break;
    case AST_STMT_Import:
        for (size_t i = 0; i < s->v.Import.names.count; i++) st_alias_store(w, s->v.Import.names.items[i]);
        break;
    case AST_STMT_ImportFrom:
        for (size_t i = 0; i < s->v.ImportFrom.names.count; i++) st_alias_store(w, s->v.ImportFrom.names.items[i]);
        break;
    case AST_STMT_Global: st_directive(w, s, &s->v.Global.names, true); break;
    case AST_STMT_Nonlocal: st_directive(w, s, &s->v.Nonlocal.names, false); break;
    case AST_STMT_Expr: st_expr(w, s->v.Expr.value); break;
    case AST_STMT_Pass: case AST_STMT_Break: case AST_STMT_Continue: break;
    }
    st_leave(w);
}

static void st_stmts(StWalk *w, AstStmtSeq *seq) {
    for (size_t i = 0; i < seq->count; i++) st_stmt(w, seq->items[i]);   /* budget */
}

static const char *comp_kind_name(AstExprKind k) {
    switch (k) {
    case AST_EXPR_ListComp: return "list comprehension";
    case AST_EXPR_SetComp: return "set comprehension";
    case AST_EXPR_DictComp: return "dict comprehension";
    default: return "generator expression";
    }
}

static void st_namedexpr_target(StWalk *w, AstExpr *e) {
    AstExpr *t = e->v.NamedExpr.target;
    if (t->kind != AST_EXPR_Name) return;
    const char *name = t->v.Name.id.str;
    size_t len = t->v.Name.id.len, mlen;
    /* symbols are keyed by mangled names; add_def mangles by itself */
    const char *m = symtable_mangle(w->c, w->cur->private_name, name, len, &mlen);
    for (Scope *s = w->cur; s; s = s->parent) {
        if (s->is_comprehension) {
            Symbol *sym = symtable_symbol(s, m, mlen);
            if (sym && (sym->flags & DEF_COMP_ITER))
                symtable_error(w->c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                               "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            continue;
        }
        if (s->kind == BLOCK_FUNCTION) {
            Symbol *in = symtable_symbol(s, m, mlen);
            Symbol *d = add_def(w, name, len, (in && (in->flags & DEF_GLOBAL)) ? DEF_GLOBAL : DEF_NONLOCAL,
                                t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
            if (!d->d_line) {
                d->d_line = t->lineno; d->d_col = t->col_offset;
                d->d_eline = t->end_lineno; d->d_ecol = t->end_col_offset;
            }
            add_def_in(w, s, name, len, DEF_LOCAL, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
            return;
        }
        if (s->kind == BLOCK_MODULE) {
            add_def(w, name, len, DEF_GLOBAL, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
            add_def_in(w, s, name, len, DEF_GLOBAL, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
            return;
        }
        symtable_error(w->c, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset,
                       "assignment expression within a comprehension cannot be used in a class body");
    }
}

static void st_comp_target(StWalk *w, AstExpr *t) {
    bool saved = w->comp_iter_target;
    w->comp_iter_target = true;
    st_expr(w, t);
    w->comp_iter_target = saved;
}

static void st_comprehension(StWalk *w, AstExpr *e, const char *name, AstComprehensionSeq *gens,
                             AstExpr *elt, AstExpr *value) {
    bool is_gen = e->kind == AST_EXPR_GeneratorExp;
    AstComprehension *outer = gens->items[0];
    w->comp_iter_expr++;
    st_expr(w, outer->iter);
    w->comp_iter_expr--;
    Scope *cs = scope_new(w, BLOCK_FUNCTION, name, e, e->lineno, e->col_offset,
                          e->end_lineno, e->end_col_offset);
    cs->is_comprehension = true;
    cs->is_generator = is_gen;
    if (outer->is_async) cs->is_coroutine = true;
    Scope *saved = w->cur;
    int saved_cie = w->comp_iter_expr;
    w->cur = cs;
    w->comp_iter_expr = 0;
    add_def(w, ".0", 2, DEF_PARAM, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    st_comp_target(w, outer->target);
    st_exprs(w, &outer->ifs);
    for (size_t i = 1; i < gens->count; i++) {
        AstComprehension *g = gens->items[i];
        st_comp_target(w, g->target);
        w->comp_iter_expr++;
        st_expr(w, g->iter);
        w->comp_iter_expr--;
        st_exprs(w, &g->ifs);
        if (g->is_async) cs->is_coroutine = true;
    }
    if (value) st_expr(w, value);
    st_expr(w, elt);
    w->cur = saved;
    w->comp_iter_expr = saved_cie;
    if (cs->is_coroutine && !is_gen && saved->is_comprehension) saved->is_coroutine = true;
}

/* As CPython: yield, await and := have no place in an annotation scope. */
static void st_refuse_in_annotation(StWalk *w, AstExpr *e, const char *what) {
    if (w->cur->annotation_what)
        symtable_error(w->c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                       "%s cannot be used within %s", what, w->cur->annotation_what);
}

static void st_expr(StWalk *w, AstExpr *e) {
    st_enter(w);
    switch (e->kind) {
    case AST_EXPR_BoolOp: st_exprs(w, &e->v.BoolOp.values); break;
    case AST_EXPR_NamedExpr:
        st_refuse_in_annotation(w, e, "named expression");
        if (w->comp_iter_expr > 0)
            symtable_error(w->c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                           "assignment expression cannot be used in a comprehension iterable expression");
        if (w->cur->is_comprehension) st_namedexpr_target(w, e);
        st_expr(w, e->v.NamedExpr.value);
        st_expr(w, e->v.NamedExpr.target);
        break;
    case AST_EXPR_BinOp: st_expr(w, e->v.BinOp.left); st_expr(w, e->v.BinOp.right); break;
    case AST_EXPR_UnaryOp: st_expr(w, e->v.UnaryOp.operand); break;
    case AST_EXPR_Lambda: {
        st_defaults(w, e->v.Lambda.args);
        Scope *ls = scope_new(w, BLOCK_FUNCTION, "<lambda>", e, e->lineno, e->col_offset,
                              e->end_lineno, e->end_col_offset);
        ls->is_lambda = true;
        Scope *saved = w->cur;
        int saved_cie = w->comp_iter_expr;
        w->cur = ls;
        w->comp_iter_expr = 0;
        st_arguments(w, e->v.Lambda.args);
        st_expr(w, e->v.Lambda.body);
        w->cur = saved;
        w->comp_iter_expr = saved_cie;
        break;
    }
    case AST_EXPR_IfExp:
        st_expr(w, e->v.IfExp.test); st_expr(w, e->v.IfExp.body); st_expr(w, e->v.IfExp.orelse);
        break;
    case AST_EXPR_Dict: st_exprs(w, &e->v.Dict.keys); st_exprs(w, &e->v.Dict.values); break;
    case AST_EXPR_Set: st_exprs(w, &e->v.Set.elts); break;
    case AST_EXPR_ListComp:
        st_comprehension(w, e, "<listcomp>", &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case AST_EXPR_SetComp:
        st_comprehension(w, e, "<setcomp>", &e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case AST_EXPR_DictComp:
        st_comprehension(w, e, "<dictcomp>", &e->v.DictComp.generators, e->v.DictComp.key,
                         e->v.DictComp.value);
        break;
    case AST_EXPR_GeneratorExp:
        st_comprehension(w, e, "<genexpr>", &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
        break;
    case AST_EXPR_Await:
        st_refuse_in_annotation(w, e, "await expression");
        st_expr(w, e->v.Await.value);
        if (w->cur->is_comprehension) w->cur->is_coroutine = true;   /* an async comprehension */
        break;
    case AST_EXPR_Yield:
    case AST_EXPR_YieldFrom:
        st_refuse_in_annotation(w, e, "yield expression");
        if (w->cur->is_comprehension)
            symtable_error(w->c, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                           "'yield' inside %s", comp_kind_name(((const AstExpr *)w->cur->node)->kind));
        if (e->kind == AST_EXPR_Yield ? e->v.Yield.value != NULL : true)
            st_expr(w, e->kind == AST_EXPR_Yield ? e->v.Yield.value : e->v.YieldFrom.value);
        if (w->cur->kind == BLOCK_FUNCTION) w->cur->is_generator = true;
        break;
    case AST_EXPR_Compare: st_expr(w, e->v.Compare.left); st_exprs(w, &e->v.Compare.comparators); break;
    case AST_EXPR_Call:
        st_expr(w, e->v.Call.func);
        st_exprs(w, &e->v.Call.args);
        for (size_t i = 0; i < e->v.Call.keywords.count; i++) st_expr(w, e->v.Call.keywords.items[i]->value);
        break;
    case AST_EXPR_FormattedValue:
        st_expr(w, e->v.FormattedValue.value);
        if (e->v.FormattedValue.format_spec) st_expr(w, e->v.FormattedValue.format_spec);
        break;
    case AST_EXPR_JoinedStr: st_exprs(w, &e->v.JoinedStr.values); break;
    case AST_EXPR_Constant: break;
    case AST_EXPR_Attribute: st_expr(w, e->v.Attribute.value); break;
    case AST_EXPR_Subscript: st_expr(w, e->v.Subscript.value); st_expr(w, e->v.Subscript.slice); break;
    case AST_EXPR_Starred: st_expr(w, e->v.Starred.value); break;
    case AST_EXPR_Name: {
        AstIdent id = e->v.Name.id;
        int flag = e->v.Name.ctx == AST_CTX_Load ? DEF_USE : DEF_LOCAL;
        if (flag == DEF_LOCAL && w->comp_iter_target && w->cur->is_comprehension) flag |= DEF_COMP_ITER;
        add_def(w, id.str, id.len, flag, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
        if (e->v.Name.ctx == AST_CTX_Load && w->cur->kind == BLOCK_FUNCTION &&
            id.len == 5 && memcmp(id.str, "super", 5) == 0)
            add_def(w, "__class__", 9, DEF_USE, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
        break;
    }
    case AST_EXPR_List: st_exprs(w, &e->v.List.elts); break;
    case AST_EXPR_Tuple: st_exprs(w, &e->v.Tuple.elts); break;
    case AST_EXPR_Slice:
        if (e->v.Slice.lower) st_expr(w, e->v.Slice.lower);
        if (e->v.Slice.upper) st_expr(w, e->v.Slice.upper);
        if (e->v.Slice.step) st_expr(w, e->v.Slice.step);
        break;
    }
    st_leave(w);
}

/* ---------------------------------------------------------------- pass 2 */

static void analyze_name(CompCtx *c, Scope *s, const char *name, size_t len, Symbol *sym,
                         SMap *bound, SMap *local, SMap *free, SMap *global) {
    int f = sym->flags;
    if (f & DEF_GLOBAL) {
        if (f & DEF_NONLOCAL)
            symtable_error(c, sym->d_line, sym->d_col, sym->d_eline, sym->d_ecol,
                           "name '%s' is nonlocal and global", name);
        sym->scope = SCOPE_GLOBAL_EXPLICIT;
        nset_add(c, global, name, len);
        if (bound) nset_discard(bound, name, len);
        return;
    }
    if (f & DEF_NONLOCAL) {
        if (!bound)
            symtable_error(c, sym->d_line, sym->d_col, sym->d_eline, sym->d_ecol,
                           "nonlocal declaration not allowed at module level");
        if (!nset_has(bound, name, len))
            symtable_error(c, sym->d_line, sym->d_col, sym->d_eline, sym->d_ecol,
                           "no binding for nonlocal '%s' found", name);
        sym->scope = SCOPE_FREE;
        s->has_free = true;
        nset_add(c, free, name, len);
        return;
    }
    if (f & DEF_BOUND) {
        sym->scope = SCOPE_LOCAL;
        nset_add(c, local, name, len);
        nset_discard(global, name, len);
        return;
    }
    if (bound && nset_has(bound, name, len)) {
        sym->scope = SCOPE_FREE;
        s->has_free = true;
        nset_add(c, free, name, len);
        return;
    }
    if (global && nset_has(global, name, len)) {
        sym->scope = SCOPE_GLOBAL_IMPLICIT;
        return;
    }
    if (s->nested) s->has_free = true;
    sym->scope = SCOPE_GLOBAL_IMPLICIT;
}

static Symbol *new_symbol(CompCtx *c, Scope *s, const char *name, size_t len) {
    bool created;
    SMapEnt *e = smap_put(c, &s->symbols, name, len, &created);
    if (created) e->val = st_calloc(c, 1, sizeof(Symbol));
    return e->val;
}

static void analyze_block(CompCtx *c, Scope *s, SMap *bound, SMap *free, SMap *global);

static void analyze_child(CompCtx *c, Scope *child, SMap *bound, SMap *free, SMap *global) {
    SMap b = {0}, g = {0}, f = {0};
    nset_update(c, &b, bound);
    nset_update(c, &g, global);
    analyze_block(c, child, &b, &f, &g);
    nset_update(c, free, &f);
}

static void analyze_block(CompCtx *c, Scope *s, SMap *bound, SMap *free, SMap *global) {
    if (++c->depth > SYMTABLE_MAX_DEPTH) symtable_too_deep(c);
    err_check_stack(c->r);
    SMap local = {0}, newglobal = {0}, newfree = {0}, newbound = {0};
    if (s->kind == BLOCK_CLASS) {
        nset_update(c, &newglobal, global);
        if (bound) nset_update(c, &newbound, bound);
    }
    for (size_t i = 0; i < s->symbols.n; i++) {
        SMapEnt *e = &s->symbols.ents[i];
        analyze_name(c, s, e->key, e->len, e->val, bound, &local, free, global);
    }
    if (s->kind != BLOCK_CLASS) {
        if (s->kind == BLOCK_FUNCTION) nset_update(c, &newbound, &local);
        if (bound) nset_update(c, &newbound, bound);
        nset_update(c, &newglobal, global);
    } else {
        nset_add(c, &newbound, "__class__", 9);
        nset_add(c, &newbound, "__classdict__", 13);
    }
    for (size_t i = 0; i < s->nchildren; i++) {
        Scope *ch = s->children[i];
        analyze_child(c, ch, &newbound, &newfree, &newglobal);
        if (ch->has_free || ch->child_free) s->child_free = true;
    }
    if (s->kind == BLOCK_FUNCTION) {
        /* locals that children use freely become cells */
        for (size_t i = 0; i < s->symbols.n; i++) {
            SMapEnt *e = &s->symbols.ents[i];
            Symbol *sym = e->val;
            if (sym->scope == SCOPE_LOCAL && nset_has(&newfree, e->key, e->len)) {
                sym->scope = SCOPE_CELL;
                nset_discard(&newfree, e->key, e->len);
            }
        }
    } else if (s->kind == BLOCK_CLASS) {
        if (nset_has(&newfree, "__class__", 9)) {
            nset_discard(&newfree, "__class__", 9);
            s->needs_class_closure = true;
        }
        if (nset_has(&newfree, "__classdict__", 13)) {
            nset_discard(&newfree, "__classdict__", 13);
            s->needs_classdict = true;
        }
    }
    /* free variables of children that are not bound here pass through */
    for (size_t i = 0; i < newfree.n; i++) {
        SMapEnt *e = &newfree.ents[i];
        if (!e->ival) continue;
        Symbol *sym = symtable_symbol(s, e->key, e->len);
        if (sym) {
            if (s->kind == BLOCK_CLASS) sym->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !nset_has(bound, e->key, e->len)) continue;   /* a global */
        sym = new_symbol(c, s, e->key, e->len);
        sym->scope = SCOPE_FREE;
    }
    nset_update(c, free, &newfree);
    c->depth--;
}

void symtable_build(CompCtx *c, AstMod *mod) {
    StWalk w = { .c = c };
    Scope *top = scope_new(&w, BLOCK_MODULE, "top", NULL, 1, 0, 1, 0);
    c->top = top;
    w.cur = top;
    switch (mod->kind) {
    case AST_MOD_Module: st_stmts(&w, &mod->v.Module.body); break;
    case AST_MOD_Interactive: st_stmts(&w, &mod->v.Interactive.body); break;
    case AST_MOD_Expression: st_expr(&w, mod->v.Expression.body); break;
    case AST_MOD_FunctionType: break;
    }
    SMap free = {0}, global = {0};
    analyze_block(c, top, NULL, &free, &global);
}
