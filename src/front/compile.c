/* compile: code generation from the AST and the symbol table (see compile.h).
 *
 * One Unit per code object being compiled (module, class body, function,
 * lambda, comprehension), nested like the scopes.  Instructions go into an
 * arena array with jump arguments holding label numbers, resolved to
 * instruction indexes when the unit is assembled; the stack depth and block
 * depth are then computed by a flow analysis over the final instructions.
 * Exception handling follows CPython 3.10's block-stack design: SETUP_FINALLY
 * / SETUP_WITH / POP_BLOCK / POP_EXCEPT, finally bodies duplicated on every
 * exit path.
 *
 * PEP 695 and 696 are compiled as CPython does: a "<generic parameters of
 * X>" function makes the parameters (MAKE_TYPEVAR, with functions for a
 * bound and a default) and the alias (MAKE_TYPE_ALIAS) or function.
 * Comprehensions are not inlined (PEP 709): they are nested functions called
 * with the outermost iterator, flagged CO_INLINED_COMP for tracebacks.
 *
 * Invariants: compile memory lives in the arena of the compilation (freed by
 * compile_ast whether it succeeds or raises); Values (constants) live in
 * heap lists reachable from Compiler.keep, itself a C local of compile_ast,
 * so a collection during compilation keeps them; recursion is counted in
 * ctx.depth and bounded; instruction arguments never exceed MAX_ARG. */
#include "front/compile.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "front/symtable.h"
#include "vm/code.h"
#include "vm/opcodes.h"
#include "core/dtoa.h"
#include "vm/ops.h"

#define MAX_FBLOCKS 21   /* CPython 3.13 CO_MAXBLOCKS: a 22nd nested block is a SyntaxError */
#ifndef CO_INLINED_COMP
/* asp: list/set/dict comprehension code; CPython 3.13 inlines those (PEP 709),
 * so tracebacks should not show their frames */
#define CO_INLINED_COMP 0x40000
#endif
#ifndef CO_HAS_DOCSTRING
#define CO_HAS_DOCSTRING 0x4000000   /* as CPython 3.14: consts[0] is the docstring (the VM reads this bit) */
#endif

typedef enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_EXCEPTION_HANDLER, FB_POP_VALUE, FB_ASYNC_WITH,
    FB_EXCEPTION_GROUP_HANDLER    /* the body of an except* handler: no break/continue/return */
} FBKind;

typedef struct FBlock {
    FBKind kind;
    int start, exit;              /* labels: loop start (continue), loop exit (break) */
    AstStmtSeq *finalbody;        /* FB_FINALLY_TRY */
    const AstIdent *name;         /* FB_HANDLER_CLEANUP: `except E as name` */
} FBlock;

typedef struct Instr {
    uint8_t op;
    uint32_t arg;                 /* for jumps: a label number until assembly */
    CodeLoc loc;
} Instr;

typedef struct Unit {
    struct Unit *parent;
    Scope *ste;
    const char *name;
    const char *qualname;
    Instr *ins;
    size_t n, cap;
    int32_t *labels;              /* label -> instruction index, -1 unset */
    size_t nlabels, labcap;
    Value consts;                 /* list; rooted through Compiler.keep */
    SMap constmap;                /* key bytes -> index */
    SMap names, varnames, cellvars, freevars;   /* name -> index (ival) */
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    CodeLoc loc;
    int argcount, posonly, kwonly;
    int firstlineno;
    int unwinding;                /* nesting of finally bodies compiled while unwinding */
    bool is_class, is_module, is_function;
    bool has_docstring;
    SMap static_attrs;            /* class: names stored as self.<name> in its methods */
} Unit;

typedef struct Compiler {
    CompCtx ctx;
    Unit *u;
    Value keep;                   /* list of every unit's constant list */
    bool interactive;
    bool pat_allow_irrefutable;   /* match: a capture/wildcard here cannot make later patterns unreachable */
} Compiler;

static _Noreturn void cerror(Compiler *c, const char *msg);

/* ---------------------------------------------------------------- basics */

static void *c_alloc(Compiler *c, size_t n) { return symtable_alloc(&c->ctx, n); }

static void *c_grow(Compiler *c, void *old, size_t *cap, size_t used, size_t elem) {
    size_t ncap, bytes;
    if (*cap > ((size_t)MAX_ARG) * 2) cerror(c, "code too large");
    ncap = *cap ? *cap * 2 : 16;
    if (__builtin_mul_overflow(ncap, elem, &bytes)) err_no_memory(c->ctx.r);
    void *p = c_alloc(c, bytes);
    if (used) memcpy(p, old, used * elem);
    *cap = ncap;
    return p;
}

static void loc_set_expr(Unit *u, const AstExpr *e) {
    u->loc.line = e->lineno; u->loc.end_line = e->end_lineno;
    u->loc.col = e->col_offset; u->loc.end_col = e->end_col_offset;
}
static void loc_set_stmt(Unit *u, const AstStmt *s) {
    u->loc.line = s->lineno; u->loc.end_line = s->end_lineno;
    u->loc.col = s->col_offset; u->loc.end_col = s->end_col_offset;
}

static _Noreturn void cerror(Compiler *c, const char *msg) {
    /* SyntaxError at the location of the node being compiled */
    CodeLoc l = c->u ? c->u->loc : (CodeLoc){1, 1, 0, 0};
    symtable_error(&c->ctx, l.line, l.col, l.end_line, l.end_col, "%s", msg);
}

/* error with an identifier in it (identifiers may be long) */
static _Noreturn void cerror_name(Compiler *c, const char *fmt, const char *name) {
    CodeLoc l = c->u->loc;
    symtable_error(&c->ctx, l.line, l.col, l.end_line, l.end_col, fmt, name);
}

static void emit(Compiler *c, int op, uint32_t arg) {
    Unit *u = c->u;
    if (arg > MAX_ARG) cerror(c, "too many constants, names or arguments");
    if (u->n == u->cap) u->ins = c_grow(c, u->ins, &u->cap, u->n, sizeof(Instr));
    Instr *i = &u->ins[u->n++];
    i->op = (uint8_t)op;
    i->arg = arg;
    i->loc = u->loc;
}
#define EMIT0(c, op) emit((c), OP_##op, 0)
#define EMIT(c, op, arg) emit((c), OP_##op, (uint32_t)(arg))

static int new_label(Compiler *c) {
    Unit *u = c->u;
    if (u->nlabels == u->labcap) u->labels = c_grow(c, u->labels, &u->labcap, u->nlabels, sizeof(int32_t));
    u->labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}
static void use_label(Compiler *c, int l) { c->u->labels[l] = (int32_t)c->u->n; }

static bool is_jump(int op) {
    switch (op) {
    case OP_FOR_ITER: case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH:
        return true;
    default:
        return false;
    }
}
static void emit_jump(Compiler *c, int op, int label) { emit(c, op, (uint32_t)label); }

static void c_enter(Compiler *c) {
    if (++c->ctx.depth > SYMTABLE_MAX_DEPTH) symtable_too_deep(&c->ctx);
    err_check_stack(c->ctx.r);
}
static void c_leave(Compiler *c) { c->ctx.depth--; }

/* ---------------------------------------------------------------- constants and names */

static Value mk_str(Compiler *c, const char *s, size_t len) {
    return str_intern(c->ctx.r, str_from_utf8(c->ctx.r, s, len));
}

/* Index of a constant identified by key (bytes that determine the value and
 * its type); make() is called only when it is new.  A NULL key means "never
 * shared" (code objects, folded tuples). */
static uint32_t const_index(Compiler *c, const char *key, size_t klen, Value v) {
    Unit *u = c->u;
    Realm *r = c->ctx.r;
    if (key) {
        SMapEnt *e = smap_get(&u->constmap, key, klen);
        if (e) return (uint32_t)e->ival;
    }
    int64_t idx = list_ptr(u->consts)->len;
    if (idx >= MAX_ARG) cerror(c, "too many constants");
    list_append(r, u->consts, v);
    if (key) {
        char *k = c_alloc(c, klen);
        memcpy(k, key, klen);
        smap_put(&c->ctx, &u->constmap, k, klen, NULL)->ival = idx;
    }
    return (uint32_t)idx;
}

static uint32_t const_none(Compiler *c) { return const_index(c, "N", 1, V_NONE); }

static uint32_t const_str(Compiler *c, const char *s, size_t len) {
    char *key = c_alloc(c, len + 1);
    key[0] = 'S';
    memcpy(key + 1, s, len);
    SMapEnt *e = smap_get(&c->u->constmap, key, len + 1);
    if (e) return (uint32_t)e->ival;
    return const_index(c, key, len + 1, mk_str(c, s, len));
}

static uint32_t const_int(Compiler *c, int64_t v) {
    char key[1 + sizeof v];
    key[0] = 'I';
    memcpy(key + 1, &v, sizeof v);
    SMapEnt *e = smap_get(&c->u->constmap, key, sizeof key);
    if (e) return (uint32_t)e->ival;
    return const_index(c, key, sizeof key, int_from_i64(c->ctx.r, v));
}

static uint32_t name_index_in(Compiler *c, SMap *m, const char *name, size_t len) {
    bool created;
    SMapEnt *e = smap_put(&c->ctx, m, name, len, &created);
    if (created) {
        if (m->n - 1 >= MAX_ARG) cerror(c, "too many names");
        e->ival = (int64_t)(m->n - 1);
    }
    return (uint32_t)e->ival;
}
static uint32_t name_index(Compiler *c, const char *name, size_t len) {
    return name_index_in(c, &c->u->names, name, len);
}

static const char *mangle(Compiler *c, const char *name, size_t len, size_t *olen) {
    return symtable_mangle(&c->ctx, c->u->ste->private_name, name, len, olen);
}

/* String constants made of name characters are interned, as CPython does
 * (so `"a" + "b" is "ab"` holds after folding). */
static Value intern_if_name(Realm *r, Value s) {
    if (!v_is_obj(s) || v_obj(s)->type != r->t_str) return s;
    Str *st = (Str *)v_obj(s);
    if (st->len == 0) return s;
    for (int64_t i = 0; i < st->len; i++) {                 /* budget: constant size */
        uint32_t ch = str_char(st, i);
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
            return s;
    }
    return str_intern(r, s);
}

/* Value of an AST constant. */
static Value ast_const_value(Compiler *c, const AstConstant *k, bool neg) {
    Realm *r = c->ctx.r;
    switch (k->kind) {
    case AST_CONST_NONE: return V_NONE;
    case AST_CONST_TRUE: return V_TRUE;
    case AST_CONST_FALSE: return V_FALSE;
    case AST_CONST_ELLIPSIS: return r->ellipsis;
    case AST_CONST_INT: {
        Value v = int_from_text(r, k->data, k->len, k->base);
        return neg ? int_neg(r, v) : v;
    }
    case AST_CONST_FLOAT: case AST_CONST_IMAG: {
        double d;
        if (!dtoa_parse(k->data, k->len, &d)) cerror(c, "invalid number literal");
        if (k->kind == AST_CONST_FLOAT) return v_from_double(neg ? -d : d);
        return neg ? complex_new(r, -0.0, -d) : complex_new(r, 0.0, d);
    }
    case AST_CONST_STR:
        return intern_if_name(r, str_from_utf8(r, k->data, k->len));
    case AST_CONST_BYTES: return bytes_new(r, (const uint8_t *)k->data, k->len);
    }
    return V_NONE;
}

static uint32_t const_ast(Compiler *c, const AstConstant *k, bool neg) {
    size_t klen = 2 + (k->data ? k->len : 0);
    char *key = c_alloc(c, klen);
    key[0] = (char)('a' + k->kind);
    key[1] = neg ? '-' : '+';
    if (k->data) memcpy(key + 2, k->data, k->len);
    if (k->kind == AST_CONST_INT) key[1] = (char)(neg ? 'a' + k->base : 'A' + k->base);
    SMapEnt *e = smap_get(&c->u->constmap, key, klen);
    if (e) return (uint32_t)e->ival;
    return const_index(c, key, klen, ast_const_value(c, k, neg));
}

static bool fold_const(Compiler *c, const AstExpr *e, Value *out, int depth);
static int nb_of(AstOperator op);

static bool fold_is_number(Realm *r, Value v) {
    return v_is_int(v) || v_is_float(v) || (v_is_obj(v) && v_obj(v)->type == r->t_complex);
}

static unsigned fold_small_bits(Value v) {
    int64_t i = v_as_small(v);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    return m ? 64u - (unsigned)__builtin_clzll(m) : 0u;
}

/* CPython's limits on folding (ast_opt.c): results stay small. */
enum { FOLD_MAX_INT_BITS = 128, FOLD_MAX_STR = 4096 };

static bool fold_binop_ok(Realm *r, int nb, Value a, Value b) {
    if (v_is_bool(a) || v_is_bool(b)) return false;
    if (fold_is_number(r, a) && fold_is_number(r, b)) {
        bool ints = v_is_int(a) && v_is_int(b);    /* small ints: at most 48 bits each */
        if (!ints) return nb != NB_MATMUL;
        int64_t x = v_as_small(a), y = v_as_small(b);
        switch (nb) {
        case NB_POW:
            if (x != 0 && y > 0 && fold_small_bits(a) > FOLD_MAX_INT_BITS / (uint64_t)y) return false;
            return true;
        case NB_LSHIFT:
            if (x != 0 && y > 0 && ((uint64_t)y > FOLD_MAX_INT_BITS || fold_small_bits(a) > FOLD_MAX_INT_BITS - (uint64_t)y))
                return false;
            return true;
        case NB_MATMUL: return false;
        default: return true;
        }
    }
    bool as = v_is_obj(a) && v_obj(a)->type == r->t_str, bs = v_is_obj(b) && v_obj(b)->type == r->t_str;
    bool ab = v_is_obj(a) && v_obj(a)->type == r->t_bytes, bb = v_is_obj(b) && v_obj(b)->type == r->t_bytes;
    if (nb == NB_ADD) return (as && bs) || (ab && bb);
    if (nb == NB_MUL) {
        Value seq = v_is_int(b) ? a : b, n = v_is_int(b) ? b : a;
        if (!v_is_int(n)) return false;
        int64_t len;
        if (v_is_obj(seq) && v_obj(seq)->type == r->t_str) len = ((Str *)v_obj(seq))->len;
        else if (v_is_obj(seq) && v_obj(seq)->type == r->t_bytes) len = ((Bytes *)v_obj(seq))->len;
        else return false;
        int64_t k = v_as_small(n);
        return len == 0 || (k >= 0 && k <= FOLD_MAX_STR / len);
    }
    return false;
}

/* Applies a folding operation; false (no folding) if it raises, as CPython
 * leaves such expressions to raise at run time. */
static bool fold_apply(Compiler *c, int kind, int nb, Value a, Value b, Value *out) {
    Realm *r = c->ctx.r;
    volatile Value res = V_NULL;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        switch (kind) {
        case 0: res = op_binary(r, nb, a, b); break;
        case 1: res = op_neg(r, a); break;
        case 2: res = op_pos(r, a); break;
        default: res = op_invert(r, a); break;
        }
        err_untry(r, &j);
    } else {
        return false;
    }
    *out = intern_if_name(r, res);
    return true;
}

/* Constant value of e if it is a literal or an operation on constants that
 * CPython 3.13's AST optimizer folds (arithmetic within size limits, unary
 * -, + and ~ on numbers, tuples of constants); false otherwise. */
static bool fold_const(Compiler *c, const AstExpr *e, Value *out, int depth) {
    if (depth > 100) return false;
    Realm *r = c->ctx.r;
    switch (e->kind) {
    case AST_EXPR_Constant:
        *out = ast_const_value(c, &e->v.Constant.value, false);
        return true;
    case AST_EXPR_UnaryOp: {
        if (e->v.UnaryOp.op == AST_UNARYOP_Not) return false;
        const AstExpr *x = e->v.UnaryOp.operand;
        if (x->kind != AST_EXPR_Constant && x->kind != AST_EXPR_UnaryOp && x->kind != AST_EXPR_BinOp) return false;
        if (e->v.UnaryOp.op == AST_UNARYOP_USub && x->kind == AST_EXPR_Constant) {
            AstConstKind k = x->v.Constant.value.kind;
            if (k == AST_CONST_INT || k == AST_CONST_FLOAT || k == AST_CONST_IMAG) {
                *out = ast_const_value(c, &x->v.Constant.value, true);
                return true;
            }
            return false;
        }
        Value v;
        if (!fold_const(c, x, &v, depth + 1) || !fold_is_number(r, v) || v_is_bool(v)) return false;
        if (e->v.UnaryOp.op == AST_UNARYOP_Invert && !v_is_int(v)) return false;
        int kind = e->v.UnaryOp.op == AST_UNARYOP_USub ? 1 : e->v.UnaryOp.op == AST_UNARYOP_UAdd ? 2 : 3;
        return fold_apply(c, kind, 0, v, V_NULL, out);
    }
    case AST_EXPR_BinOp: {
        const AstExpr *x = e->v.BinOp.left, *y = e->v.BinOp.right;
        if ((x->kind != AST_EXPR_Constant && x->kind != AST_EXPR_UnaryOp && x->kind != AST_EXPR_BinOp) ||
            (y->kind != AST_EXPR_Constant && y->kind != AST_EXPR_UnaryOp && y->kind != AST_EXPR_BinOp))
            return false;
        Value a, b;
        if (!fold_const(c, x, &a, depth + 1) || !fold_const(c, y, &b, depth + 1)) return false;
        int nb = nb_of(e->v.BinOp.op);
        if (nb == NB_MOD && !fold_is_number(r, a)) return false;   /* no %-formatting at compile time */
        if (!fold_binop_ok(r, nb, a, b)) return false;
        return fold_apply(c, 0, nb, a, b, out);
    }
    case AST_EXPR_Tuple: {
        if (e->v.Tuple.ctx != AST_CTX_Load) return false;
        size_t n = e->v.Tuple.elts.count;
        for (size_t i = 0; i < n; i++) {
            const AstExpr *x = e->v.Tuple.elts.items[i];
            if (x->kind != AST_EXPR_Constant && x->kind != AST_EXPR_Tuple && x->kind != AST_EXPR_UnaryOp &&
                x->kind != AST_EXPR_BinOp)
                return false;
        }
        Value t = tuple_new(r, n);
        for (size_t i = 0; i < n; i++) {
            Value v;
            if (!fold_const(c, e->v.Tuple.elts.items[i], &v, depth + 1)) return false;
            tuple_ptr(t)->items[i] = v;
        }
        *out = t;
        return true;
    }
    default:
        return false;
    }
}

/* ---------------------------------------------------------------- blocks */

static FBlock *push_fblock(Compiler *c, FBKind kind, int start, int exit) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) cerror(c, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->start = start;
    f->exit = exit;
    return f;
}
static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* ---------------------------------------------------------------- names */

typedef enum { NOP_FAST, NOP_DEREF, NOP_GLOBAL, NOP_NAME } NameOpKind;

static void nameop(Compiler *c, const char *name, size_t len, AstExprContext ctx) {
    Unit *u = c->u;
    if (len == 9 && memcmp(name, "__debug__", 9) == 0) {
        if (ctx == AST_CTX_Load) { EMIT(c, LOAD_CONST, const_index(c, "T", 1, V_TRUE)); return; }
        cerror(c, ctx == AST_CTX_Store ? "cannot assign to __debug__" : "cannot delete __debug__");
    }
    size_t mlen;
    const char *m = mangle(c, name, len, &mlen);
    Symbol *sym = symtable_symbol(u->ste, m, mlen);
    SymScope sc = sym ? sym->scope : SCOPE_NONE;
    NameOpKind k = NOP_NAME;
    uint32_t arg = 0;
    bool fn = u->is_function;
    switch (sc) {
    case SCOPE_FREE: {
        SMapEnt *e = smap_get(&u->freevars, m, mlen);
        if (!e) cerror_name(c, "internal error: free variable '%s' not found", m);
        k = NOP_DEREF;
        arg = (uint32_t)(u->cellvars.n + (size_t)e->ival);
        break;
    }
    case SCOPE_CELL: {
        SMapEnt *e = smap_get(&u->cellvars, m, mlen);
        if (!e) cerror_name(c, "internal error: cell variable '%s' not found", m);
        k = NOP_DEREF;
        arg = (uint32_t)e->ival;
        break;
    }
    case SCOPE_LOCAL: k = fn ? NOP_FAST : NOP_NAME; break;
    case SCOPE_GLOBAL_IMPLICIT: k = fn ? NOP_GLOBAL : NOP_NAME; break;
    case SCOPE_GLOBAL_EXPLICIT: k = NOP_GLOBAL; break;
    case SCOPE_NONE: k = fn ? NOP_GLOBAL : NOP_NAME; break;
    }
    if (ctx == AST_CTX_Load && u->ste->can_see_class_scope && (sc == SCOPE_GLOBAL_IMPLICIT || sc == SCOPE_FREE) &&
        !(mlen == 13 && memcmp(m, "__classdict__", 13) == 0)) {
        /* a PEP 695 scope in a class body: the class namespace first, then
         * the global (or enclosing function's) binding */
        SMapEnt *cd = smap_get(&u->freevars, "__classdict__", 13);
        if (!cd) cerror(c, "internal error: __classdict__ not found");
        emit(c, OP_LOAD_DEREF, (uint32_t)(u->cellvars.n + (size_t)cd->ival));
        if (k == NOP_DEREF) emit(c, OP_LOAD_FROM_DICT_OR_DEREF, arg);
        else emit(c, OP_LOAD_FROM_DICT_OR_GLOBALS, name_index(c, m, mlen));
        return;
    }
    switch (k) {
    case NOP_FAST:
        arg = name_index_in(c, &u->varnames, m, mlen);
        emit(c, ctx == AST_CTX_Load ? OP_LOAD_FAST : ctx == AST_CTX_Store ? OP_STORE_FAST : OP_DELETE_FAST, arg);
        return;
    case NOP_DEREF:
        emit(c, ctx == AST_CTX_Load ? (u->is_class ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
                : ctx == AST_CTX_Store ? OP_STORE_DEREF : OP_DELETE_DEREF, arg);
        return;
    case NOP_GLOBAL:
        emit(c, ctx == AST_CTX_Load ? OP_LOAD_GLOBAL : ctx == AST_CTX_Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
             name_index(c, m, mlen));
        return;
    case NOP_NAME:
        emit(c, ctx == AST_CTX_Load ? OP_LOAD_NAME : ctx == AST_CTX_Store ? OP_STORE_NAME : OP_DELETE_NAME,
             name_index(c, m, mlen));
        return;
    }
}

static void nameop_id(Compiler *c, AstIdent id, AstExprContext ctx) { nameop(c, id.str, id.len, ctx); }

/* ---------------------------------------------------------------- units */

static const char *cat3(Compiler *c, const char *a, const char *b, const char *d) {
    size_t la = strlen(a), lb = strlen(b), ld = strlen(d), t;
    if (__builtin_add_overflow(la, lb, &t) || __builtin_add_overflow(t, ld + 1, &t)) err_no_memory(c->ctx.r);
    char *s = c_alloc(c, t);
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, d, ld);
    s[t - 1] = 0;
    return s;
}

static void enter_unit(Compiler *c, Scope *ste, const char *name, int firstlineno) {
    Realm *r = c->ctx.r;
    if (!ste) cerror(c, "internal error: scope not found");
    Unit *u = c_alloc(c, sizeof(Unit));
    memset(u, 0, sizeof *u);
    u->parent = c->u;
    u->ste = ste;
    u->name = name;
    u->firstlineno = firstlineno;
    u->is_class = ste->kind == BLOCK_CLASS;
    u->is_module = ste->kind == BLOCK_MODULE;
    u->is_function = ste->kind == BLOCK_FUNCTION;
    u->loc = c->u ? c->u->loc : (CodeLoc){firstlineno, firstlineno, 0, 0};
    u->consts = list_new(r, 0);
    list_append(r, c->keep, u->consts);
    /* qualname as CPython's compiler_set_qualname; a type parameter scope
     * is transparent to what it defines */
    Unit *p = c->u;
    if (p && p->ste->is_type_params && !ste->is_type_params && !ste->is_lambda && !ste->is_comprehension)
        p = p->parent;
    if (!p || p->is_module) {
        u->qualname = name;
    } else {
        bool global_name = false;
        if (!ste->is_lambda && !ste->is_comprehension) {
            size_t ml;
            const char *m = symtable_mangle(&c->ctx, p->ste->private_name, name, strlen(name), &ml);
            if (symtable_scope_of(p->ste, m, ml) == SCOPE_GLOBAL_EXPLICIT) global_name = true;
        }
        if (global_name) u->qualname = name;
        else if (p->is_function) u->qualname = cat3(c, p->qualname, ".<locals>.", name);
        else u->qualname = cat3(c, p->qualname, ".", name);
    }
    c->u = u;
    /* parameters first, then the other locals */
    for (size_t i = 0; i < ste->nparams; i++)
        name_index_in(c, &u->varnames, ste->params[i], strlen(ste->params[i]));
    for (size_t i = 0; i < ste->symbols.n; i++) {
        SMapEnt *e = &ste->symbols.ents[i];
        Symbol *sym = e->val;
        if (sym->scope == SCOPE_CELL) name_index_in(c, &u->cellvars, e->key, e->len);
        if (u->is_function && sym->scope == SCOPE_LOCAL) name_index_in(c, &u->varnames, e->key, e->len);
    }
    if (u->is_class && ste->needs_class_closure) name_index_in(c, &u->cellvars, "__class__", 9);
    if (u->is_class && ste->needs_classdict) name_index_in(c, &u->cellvars, "__classdict__", 13);
    for (size_t i = 0; i < ste->symbols.n; i++) {
        SMapEnt *e = &ste->symbols.ents[i];
        Symbol *sym = e->val;
        if (sym->scope == SCOPE_FREE || (u->is_class && (sym->flags & DEF_FREE_CLASS)))
            name_index_in(c, &u->freevars, e->key, e->len);
    }
    /* cells: make them, and copy parameters that are cells */
    for (size_t i = 0; i < u->cellvars.n; i++) EMIT(c, MAKE_CELL, i);
    for (size_t i = 0; i < u->cellvars.n; i++) {
        SMapEnt *e = &u->cellvars.ents[i];
        Symbol *sym = symtable_symbol(ste, e->key, e->len);
        if (sym && (sym->flags & DEF_PARAM)) {
            EMIT(c, LOAD_FAST, name_index_in(c, &u->varnames, e->key, e->len));
            EMIT(c, STORE_DEREF, i);
        }
    }
}

/* Stack effect of an instruction; jump: along the jump edge. */
static int stack_effect(int op, uint32_t arg, bool jump) {
    int n = (int)arg;
    switch (op) {
    case OP_NOP: case OP_EXTENDED_ARG: case OP_SWAP: case OP_DELETE_FAST: case OP_MAKE_CELL:
    case OP_DELETE_DEREF: case OP_DELETE_NAME: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR:
    case OP_UNARY_NEG: case OP_UNARY_POS: case OP_UNARY_INVERT: case OP_UNARY_NOT:
    case OP_LIST_TO_TUPLE: case OP_GET_ITER: case OP_JUMP: case OP_POP_BLOCK:
    case OP_CHECK_EXC_MATCH: case OP_CHECK_EG_MATCH: case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER:
    case OP_SETUP_ANNOTATIONS: case OP_GET_AWAITABLE: case OP_GET_AITER:
        return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_NAME:
    case OP_STORE_GLOBAL: case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_INPLACE_OP:
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR:
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE:
    case OP_POP_EXCEPT: case OP_RERAISE: case OP_YIELD_FROM: case OP_IMPORT_NAME:
    case OP_IMPORT_STAR: case OP_PRINT_EXPR: case OP_PREP_RERAISE_STAR:
        return -1;
    case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF: case OP_LOAD_NAME: case OP_LOAD_GLOBAL: case OP_LOAD_METHOD:
    case OP_LOAD_BUILD_CLASS: case OP_WITH_EXCEPT_START: case OP_LOAD_ASSERTION_ERROR:
    case OP_IMPORT_FROM: case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE:
    case OP_MATCH_KEYS: case OP_GET_ANEXT: case OP_BEFORE_ASYNC_WITH:
        return 1;
    case OP_LOAD_FAST_LOAD_FAST: return 2;
    case OP_LOAD_FROM_DICT_OR_GLOBALS: case OP_LOAD_FROM_DICT_OR_DEREF: return 0;
    case OP_LOAD_LOCALS: return 1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_MATCH_CLASS:
    case OP_MAKE_TYPE_ALIAS:
        return -2;
    case OP_MAKE_TYPEVAR: return -((arg & 8) != 0) - ((arg & 16) != 0);
    case OP_STORE_SUBSCR: return -3;
    case OP_CALL_METHOD: return -n - 1;
    case OP_CALL_METHOD_KW: return -n - 2;
    case OP_CALL: return -n;
    case OP_CALL_KW: return -n - 1;
    case OP_CALL_EX: return (n & 1) ? -2 : -1;
    case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_STRING:
        return 1 - n;
    case OP_BUILD_MAP: return 1 - 2 * n;
    case OP_FORMAT_VALUE: return (n & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return n - 1;
    case OP_UNPACK_EX: return (n & 0xff) + (n >> 8);
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_MAKE_FUNCTION: return -__builtin_popcount(arg & 15);
    case OP_SETUP_FINALLY: return jump ? 2 : 0;
    case OP_SETUP_WITH: return jump ? 2 : 1;
    case OP_SETUP_ASYNC_WITH: return jump ? 1 : 0;
    case OP_END_ASYNC_FOR: return -3;
    case OP_RAISE_VARARGS: return -n;
    default: return 0;
    }
}

static int block_effect(int op, bool jump) {
    switch (op) {
    case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH:
        return 1;   /* jump: EXCEPT_HANDLER replaces it */
    case OP_POP_BLOCK: case OP_POP_EXCEPT: case OP_END_ASYNC_FOR: return -1;
    default: (void)jump; return 0;
    }
}

static bool is_terminator(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

typedef struct WorkItem { uint32_t i; int32_t d, b; } WorkItem;

/* Max stack and block depths by flow analysis from instruction 0. */
static void flow_depths(Compiler *c, Unit *u, uint32_t *stack_out, uint32_t *blocks_out) {
    size_t n = u->n;
    int32_t *depth = c_alloc(c, (n + 1) * sizeof(int32_t));
    for (size_t i = 0; i < n; i++) depth[i] = -1;
    WorkItem *work = c_alloc(c, (n + 2) * sizeof(WorkItem));
    size_t nw = 0;
    int32_t maxd = 0, maxb = 0;
    work[nw++] = (WorkItem){0, 0, 0};
    while (nw) {                                    /* budget: linear in n */
        WorkItem w = work[--nw];
        uint32_t i = w.i;
        int32_t d = w.d, b = w.b;
        while (i < n && depth[i] < 0) {
            Instr *in = &u->ins[i];
            depth[i] = d;
            if (d > maxd) maxd = d;
            if (b > maxb) maxb = b;
            if (is_jump(in->op)) {
                int32_t jd = d + stack_effect(in->op, in->arg, true);
                int32_t jb = b + block_effect(in->op, true);
                if (jd < 0 || jb < 0) cerror(c, "internal compiler error: negative stack depth");
                if (jd > maxd) maxd = jd;
                if (jb > maxb) maxb = jb;
                if (in->arg < n && depth[in->arg] < 0 && nw < n + 2) work[nw++] = (WorkItem){in->arg, jd, jb};
            }
            if (is_terminator(in->op)) break;
            d += stack_effect(in->op, in->arg, false);
            b += block_effect(in->op, false);
            if (d < 0 || b < 0) cerror(c, "internal compiler error: negative stack depth");
            if (d > maxd) maxd = d;
            if (b > maxb) maxb = b;
            i++;
        }
    }
    *stack_out = (uint32_t)maxd;
    *blocks_out = (uint32_t)maxb;
}

static Value names_tuple(Compiler *c, SMap *m) {
    Realm *r = c->ctx.r;
    Value t = tuple_new(r, m->n);
    for (size_t i = 0; i < m->n; i++) {
        Value s = mk_str(c, m->ents[i].key, m->ents[i].len);
        tuple_ptr(t)->items[m->ents[i].ival] = s;
    }
    return t;
}

/* Superinstruction: LOAD_FAST a; LOAD_FAST b -> LOAD_FAST_LOAD_FAST (a<<12|b)
 * followed by a NOP, so that indexes and jump targets stay valid. */
static void peephole(Unit *u, const uint8_t *is_target) {
    for (size_t i = 0; i + 1 < u->n; i++) {
        Instr *a = &u->ins[i], *b = &u->ins[i + 1];
        if (a->op == OP_LOAD_FAST && b->op == OP_LOAD_FAST && a->arg < 4096 && b->arg < 4096 &&
            !is_target[i + 1]) {
            a->op = OP_LOAD_FAST_LOAD_FAST;
            a->arg = (a->arg << 12) | b->arg;
            b->op = OP_NOP;
            b->arg = 0;
            i++;
        }
    }
}

static Value exit_unit(Compiler *c) {
    Realm *r = c->ctx.r;
    Unit *u = c->u;
    /* resolve labels */
    uint8_t *is_target = c_alloc(c, u->n + 1);
    memset(is_target, 0, u->n + 1);
    for (size_t i = 0; i < u->n; i++) {
        Instr *in = &u->ins[i];
        if (!is_jump(in->op)) continue;
        if (in->arg >= u->nlabels || u->labels[in->arg] < 0) cerror(c, "internal compiler error: unset label");
        in->arg = (uint32_t)u->labels[in->arg];
        is_target[in->arg] = 1;
        /* invariant the VM relies on: every backward edge is a JUMP (budget check) */
        if (in->op != OP_JUMP && in->arg <= i) cerror(c, "internal compiler error: backward conditional jump");
    }
    peephole(u, is_target);
    uint32_t stacksize, maxblocks;
    flow_depths(c, u, &stacksize, &maxblocks);

    Scope *ste = u->ste;
    uint32_t flags = 0;
    if (u->is_function) {
        flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        if (ste->nested) flags |= CO_NESTED;
        if (ste->is_generator && ste->is_coroutine) flags |= CO_ASYNC_GENERATOR;
        else if (ste->is_generator) flags |= CO_GENERATOR;
        else if (ste->is_coroutine) flags |= CO_COROUTINE;
        if (ste->has_varargs) flags |= CO_VARARGS;
        if (ste->has_varkw) flags |= CO_VARKEYWORDS;
        if (u->has_docstring) flags |= CO_HAS_DOCSTRING;
        if (ste->is_comprehension && !ste->is_generator) flags |= CO_INLINED_COMP;
    } else if (u->is_class) {
        flags |= CO_CLASS_BODY;
    } else {
        flags |= CO_MODULE;
    }

    Code *co = (Code *)heap_alloc(r, r->t_code, sizeof(Code));
    Value cov = v_from_obj(co);
    co->argcount = (uint32_t)u->argcount;
    co->posonlyargcount = (uint32_t)u->posonly;
    co->kwonlyargcount = (uint32_t)u->kwonly;
    co->flags = flags;
    co->nlocals = (uint32_t)u->varnames.n;
    co->ncells = (uint32_t)u->cellvars.n;
    co->nfree = (uint32_t)u->freevars.n;
    co->stacksize = stacksize;
    co->maxblocks = maxblocks;
    co->firstlineno = u->firstlineno;
    co->consts = V_NONE; co->names = V_NONE; co->varnames = V_NONE;
    co->cellvars = V_NONE; co->freevars = V_NONE;
    co->name = V_NONE; co->qualname = V_NONE; co->filename = V_NONE; co->source = V_NONE;
    Value consts = tuple_from_array(r, list_ptr(u->consts)->items, (size_t)list_ptr(u->consts)->len);
    co->consts = consts;
    co->names = names_tuple(c, &u->names);
    co->varnames = names_tuple(c, &u->varnames);
    co->cellvars = names_tuple(c, &u->cellvars);
    co->freevars = names_tuple(c, &u->freevars);
    co->name = mk_str(c, u->name, strlen(u->name));
    co->qualname = mk_str(c, u->qualname, strlen(u->qualname));
    co->filename = c->ctx.filename != V_NULL ? c->ctx.filename : V_NONE;
    co->source = c->ctx.source != V_NULL ? c->ctx.source : V_NONE;
    size_t nb, lb;
    if (__builtin_mul_overflow(u->n, sizeof(uint32_t), &nb) ||
        __builtin_mul_overflow(u->n, sizeof(CodeLoc), &lb)) err_no_memory(r);
    uint32_t *ops = heap_raw_alloc(r, nb ? nb : sizeof(uint32_t));
    co->ops = ops;
    CodeLoc *locs = heap_raw_alloc(r, lb ? lb : sizeof(CodeLoc));
    co->locs = locs;
    for (size_t i = 0; i < u->n; i++) {
        ops[i] = INSTR(u->ins[i].op, u->ins[i].arg);
        locs[i] = u->ins[i].loc;
    }
    co->nops = (uint32_t)u->n;
    c->u = u->parent;
    return cov;
}

/* Loads the closure cells a child code needs and returns whether there are any. */
static bool load_closure(Compiler *c, Value code) {
    Code *co = (Code *)v_obj(code);
    if (co->nfree == 0) return false;
    Unit *u = c->u;
    Tuple *fv = tuple_ptr(co->freevars);
    for (int64_t i = 0; i < fv->len; i++) {
        size_t len;
        const char *name = str_utf8(c->ctx.r, fv->items[i], &len);
        uint32_t arg;
        SMapEnt *e = NULL;
        if (u->is_class && ((len == 9 && memcmp(name, "__class__", 9) == 0) ||
                            (len == 13 && memcmp(name, "__classdict__", 13) == 0))) {
            e = smap_get(&u->cellvars, name, len);
            if (!e) cerror_name(c, "internal compiler error: no %s cell", name);
            arg = (uint32_t)e->ival;
        } else {
            SymScope sc = symtable_scope_of(u->ste, name, len);
            if (sc == SCOPE_CELL) {
                e = smap_get(&u->cellvars, name, len);
                if (!e) cerror_name(c, "internal compiler error: no cell for '%s'", name);
                arg = (uint32_t)e->ival;
            } else {
                e = smap_get(&u->freevars, name, len);
                if (!e) cerror_name(c, "internal compiler error: no free variable '%s'", name);
                arg = (uint32_t)(u->cellvars.n + (size_t)e->ival);
            }
        }
        EMIT(c, LOAD_CLOSURE, arg);
    }
    EMIT(c, BUILD_TUPLE, fv->len);
    return true;
}

/* Pushes closure (if any) and code, then MAKE_FUNCTION with the given flags. */
static void make_function(Compiler *c, Value code, uint32_t flags) {
    if (load_closure(c, code)) flags |= 8;
    EMIT(c, LOAD_CONST, const_index(c, NULL, 0, code));
    EMIT(c, MAKE_FUNCTION, flags);
}

/* ---------------------------------------------------------------- expressions */

static void compile_expr(Compiler *c, AstExpr *e);
static void compile_store(Compiler *c, AstExpr *t);
static void compile_stmts(Compiler *c, AstStmtSeq *seq);
static void compile_stmt(Compiler *c, AstStmt *s);
static void comprehension_async_check(Compiler *c);
static void emit_await(Compiler *c, uint32_t where);
static void emit_await_tail(Compiler *c);

static int nb_of(AstOperator op) {
    switch (op) {
    case AST_OP_Add: return NB_ADD;
    case AST_OP_Sub: return NB_SUB;
    case AST_OP_Mult: return NB_MUL;
    case AST_OP_MatMult: return NB_MATMUL;
    case AST_OP_Div: return NB_TRUEDIV;
    case AST_OP_Mod: return NB_MOD;
    case AST_OP_Pow: return NB_POW;
    case AST_OP_LShift: return NB_LSHIFT;
    case AST_OP_RShift: return NB_RSHIFT;
    case AST_OP_BitOr: return NB_OR;
    case AST_OP_BitXor: return NB_XOR;
    case AST_OP_BitAnd: return NB_AND;
    case AST_OP_FloorDiv: return NB_FLOORDIV;
    }
    return NB_ADD;
}

static void emit_compare(Compiler *c, AstCmpOp op) {
    switch (op) {
    case AST_CMPOP_Eq: EMIT(c, COMPARE_OP, CMP_EQ); break;
    case AST_CMPOP_NotEq: EMIT(c, COMPARE_OP, CMP_NE); break;
    case AST_CMPOP_Lt: EMIT(c, COMPARE_OP, CMP_LT); break;
    case AST_CMPOP_LtE: EMIT(c, COMPARE_OP, CMP_LE); break;
    case AST_CMPOP_Gt: EMIT(c, COMPARE_OP, CMP_GT); break;
    case AST_CMPOP_GtE: EMIT(c, COMPARE_OP, CMP_GE); break;
    case AST_CMPOP_Is: EMIT(c, IS_OP, 0); break;
    case AST_CMPOP_IsNot: EMIT(c, IS_OP, 1); break;
    case AST_CMPOP_In: EMIT(c, CONTAINS_OP, 0); break;
    case AST_CMPOP_NotIn: EMIT(c, CONTAINS_OP, 1); break;
    }
}

static void compile_compare(Compiler *c, AstExpr *e) {
    size_t n = e->v.Compare.ops.count;
    compile_expr(c, e->v.Compare.left);
    if (n == 1) {
        compile_expr(c, e->v.Compare.comparators.items[0]);
        loc_set_expr(c->u, e);
        emit_compare(c, e->v.Compare.ops.items[0]);
        return;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (size_t i = 0; i + 1 < n; i++) {
        compile_expr(c, e->v.Compare.comparators.items[i]);
        loc_set_expr(c->u, e);
        EMIT(c, SWAP, 2);
        EMIT(c, COPY, 2);
        emit_compare(c, e->v.Compare.ops.items[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(c, e->v.Compare.comparators.items[n - 1]);
    loc_set_expr(c->u, e);
    emit_compare(c, e->v.Compare.ops.items[n - 1]);
    emit_jump(c, OP_JUMP, end);
    use_label(c, cleanup);
    EMIT(c, SWAP, 2);
    EMIT0(c, POP_TOP);
    use_label(c, end);
}

/* Jumps to label when the truth of e equals cond; falls through otherwise. */
static void jump_if(Compiler *c, AstExpr *e, bool cond, int label) {
    c_enter(c);
    CodeLoc saved = c->u->loc;
    loc_set_expr(c->u, e);
    if (e->kind == AST_EXPR_UnaryOp && e->v.UnaryOp.op == AST_UNARYOP_Not) {
        jump_if(c, e->v.UnaryOp.operand, !cond, label);
    } else if (e->kind == AST_EXPR_BoolOp) {
        bool is_and = e->v.BoolOp.op == AST_BOOLOP_And;
        size_t n = e->v.BoolOp.values.count;
        /* and + cond false / or + cond true: any operand decides */
        if (is_and != cond) {
            for (size_t i = 0; i < n; i++) jump_if(c, e->v.BoolOp.values.items[i], cond, label);
        } else {
            int next = new_label(c);
            for (size_t i = 0; i + 1 < n; i++) jump_if(c, e->v.BoolOp.values.items[i], !cond, next);
            jump_if(c, e->v.BoolOp.values.items[n - 1], cond, label);
            use_label(c, next);
        }
    } else if (e->kind == AST_EXPR_Compare && e->v.Compare.ops.count == 1 &&
               (e->v.Compare.ops.items[0] == AST_CMPOP_Is || e->v.Compare.ops.items[0] == AST_CMPOP_IsNot) &&
               e->v.Compare.comparators.items[0]->kind == AST_EXPR_Constant &&
               e->v.Compare.comparators.items[0]->v.Constant.value.kind == AST_CONST_NONE) {
        compile_expr(c, e->v.Compare.left);
        loc_set_expr(c->u, e);
        bool is = e->v.Compare.ops.items[0] == AST_CMPOP_Is;
        emit_jump(c, (is == cond) ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, label);
    } else {
        compile_expr(c, e);
        loc_set_expr(c->u, e);
        emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    }
    c->u->loc = saved;
    c_leave(c);
}

static bool has_starred(AstExprSeq *elts) {
    for (size_t i = 0; i < elts->count; i++)
        if (elts->items[i]->kind == AST_EXPR_Starred) return true;
    return false;
}

/* Lists, tuples and sets: BUILD_x n for short plain displays, else build
 * incrementally (starred items, or many items: bounded stack). */
static void compile_display(Compiler *c, AstExprSeq *elts, int build, int add, int extend, bool tuple) {
    size_t n = elts->count;
    bool star = has_starred(elts);
    if (!star && n <= 30) {
        for (size_t i = 0; i < n; i++) compile_expr(c, elts->items[i]);
        emit(c, build, (uint32_t)n);
        return;
    }
    size_t lead = 0;
    while (lead < n && lead < 30 && elts->items[lead]->kind != AST_EXPR_Starred) {
        compile_expr(c, elts->items[lead]);
        lead++;
    }
    emit(c, build, (uint32_t)lead);
    for (size_t i = lead; i < n; i++) {
        AstExpr *x = elts->items[i];
        if (x->kind == AST_EXPR_Starred) {
            compile_expr(c, x->v.Starred.value);
            emit(c, extend, 1);
        } else {
            compile_expr(c, x);
            emit(c, add, 1);
        }
    }
    if (tuple) EMIT0(c, LIST_TO_TUPLE);
}

static void compile_dict(Compiler *c, AstExpr *e) {
    size_t n = e->v.Dict.keys.count;
    size_t run = 0;
    bool have = false;
    for (size_t i = 0; i < n; i++) {
        AstExpr *k = e->v.Dict.keys.items[i];
        if (!k) {
            if (run) { EMIT(c, BUILD_MAP, run); if (have) EMIT(c, DICT_UPDATE, 1); have = true; run = 0; }
            if (!have) { EMIT(c, BUILD_MAP, 0); have = true; }
            compile_expr(c, e->v.Dict.values.items[i]);
            EMIT(c, DICT_UPDATE, 1);
            continue;
        }
        if (have) {
            compile_expr(c, k);
            compile_expr(c, e->v.Dict.values.items[i]);
            EMIT(c, MAP_ADD, 1);
            continue;
        }
        compile_expr(c, k);
        compile_expr(c, e->v.Dict.values.items[i]);
        if (++run == 16) { EMIT(c, BUILD_MAP, run); have = true; run = 0; }
    }
    if (run) { EMIT(c, BUILD_MAP, run); if (have) EMIT(c, DICT_UPDATE, 1); have = true; }
    if (!have) EMIT(c, BUILD_MAP, 0);
}

static void check_keywords(Compiler *c, AstKeywordSeq *kws) {
    for (size_t i = 0; i < kws->count; i++) {
        AstKeyword *a = kws->items[i];
        if (!a->arg.str) continue;
        for (size_t j = i + 1; j < kws->count; j++) {
            AstKeyword *b = kws->items[j];
            if (b->arg.str && b->arg.len == a->arg.len && memcmp(a->arg.str, b->arg.str, a->arg.len) == 0) {
                c->u->loc = (CodeLoc){b->lineno, b->end_lineno, b->col_offset, b->end_col_offset};
                cerror_name(c, "keyword argument repeated: %s", b->arg.str);
            }
        }
    }
}

static uint32_t kwnames_const(Compiler *c, AstKeywordSeq *kws) {
    Realm *r = c->ctx.r;
    size_t n = kws->count;
    Value t = tuple_new(r, n);
    for (size_t i = 0; i < n; i++)
        tuple_ptr(t)->items[i] = mk_str(c, kws->items[i]->arg.str, kws->items[i]->arg.len);
    return const_index(c, NULL, 0, t);
}

/* Arguments of a call whose callable (and `npushed` leading positional
 * arguments, for class statements) are already on the stack.  method: the
 * callable was loaded with LOAD_METHOD. */
static void compile_call_args(Compiler *c, size_t npushed, AstExprSeq *args, AstKeywordSeq *kws, bool method,
                              const AstExpr *call) {
    check_keywords(c, kws);
    bool ex = has_starred(args);
    for (size_t i = 0; i < kws->count && !ex; i++)
        if (!kws->items[i]->arg.str) ex = true;
    size_t total;
    if (__builtin_add_overflow(npushed, args->count, &total) || __builtin_add_overflow(total, kws->count, &total) ||
        total > MAX_ARG)
        cerror(c, "too many arguments");
    if (!ex) {
        for (size_t i = 0; i < args->count; i++) compile_expr(c, args->items[i]);
        for (size_t i = 0; i < kws->count; i++) compile_expr(c, kws->items[i]->value);
        if (call) loc_set_expr(c->u, call);
        if (kws->count) {
            EMIT(c, LOAD_CONST, kwnames_const(c, kws));
            emit(c, method ? OP_CALL_METHOD_KW : OP_CALL_KW, (uint32_t)total);
        } else {
            emit(c, method ? OP_CALL_METHOD : OP_CALL, (uint32_t)total);
        }
        return;
    }
    /* f(*a, **k): positional arguments into a tuple, keywords into a dict.
     * A lone *a is passed as is (as CPython): CALL_EX makes the tuple and
     * reports "f() argument after * must be an iterable". */
    if (npushed == 0 && args->count == 1 && args->items[0]->kind == AST_EXPR_Starred) {
        compile_expr(c, args->items[0]->v.Starred.value);
    } else {
        size_t lead = 0;
        while (lead < args->count && args->items[lead]->kind != AST_EXPR_Starred) {
            compile_expr(c, args->items[lead]);
            lead++;
        }
        EMIT(c, BUILD_LIST, npushed + lead);
        for (size_t i = lead; i < args->count; i++) {
            AstExpr *x = args->items[i];
            if (x->kind == AST_EXPR_Starred) { compile_expr(c, x->v.Starred.value); EMIT(c, LIST_EXTEND, 1); }
            else { compile_expr(c, x); EMIT(c, LIST_APPEND, 1); }
        }
        EMIT0(c, LIST_TO_TUPLE);
    }
    if (kws->count) {
        size_t run = 0;
        bool have = false;
        for (size_t i = 0; i < kws->count; i++) {
            AstKeyword *k = kws->items[i];
            if (!k->arg.str) {
                if (run) { EMIT(c, BUILD_MAP, run); if (have) EMIT(c, DICT_MERGE, 1); have = true; run = 0; }
                if (!have) { EMIT(c, BUILD_MAP, 0); have = true; }
                compile_expr(c, k->value);
                EMIT(c, DICT_MERGE, 1);
            } else {
                EMIT(c, LOAD_CONST, const_str(c, k->arg.str, k->arg.len));
                compile_expr(c, k->value);
                run++;
            }
        }
        if (run) { EMIT(c, BUILD_MAP, run); if (have) EMIT(c, DICT_MERGE, 1); }
        if (call) loc_set_expr(c->u, call);
        EMIT(c, CALL_EX, 1);
    } else {
        if (call) loc_set_expr(c->u, call);
        EMIT(c, CALL_EX, 0);
    }
}

static void compile_call(Compiler *c, AstExpr *e) {
    AstExpr *f = e->v.Call.func;
    bool simple = !has_starred(&e->v.Call.args);
    for (size_t i = 0; i < e->v.Call.keywords.count && simple; i++)
        if (!e->v.Call.keywords.items[i]->arg.str) simple = false;
    if (simple && f->kind == AST_EXPR_Attribute && f->v.Attribute.ctx == AST_CTX_Load) {
        compile_expr(c, f->v.Attribute.value);
        loc_set_expr(c->u, f);
        size_t ml;
        const char *m = mangle(c, f->v.Attribute.attr.str, f->v.Attribute.attr.len, &ml);
        EMIT(c, LOAD_METHOD, name_index(c, m, ml));
        compile_call_args(c, 0, &e->v.Call.args, &e->v.Call.keywords, true, e);
        return;
    }
    compile_expr(c, f);
    compile_call_args(c, 0, &e->v.Call.args, &e->v.Call.keywords, false, e);
}

static void compile_fstring_part(Compiler *c, AstExpr *v) {
    if (v->kind == AST_EXPR_FormattedValue) {
        compile_expr(c, v->v.FormattedValue.value);
        uint32_t flags = 0;
        switch (v->v.FormattedValue.conversion) {
        case 's': flags = 1; break;
        case 'r': flags = 2; break;
        case 'a': flags = 3; break;
        default: flags = 0; break;
        }
        if (v->v.FormattedValue.format_spec) {
            compile_expr(c, v->v.FormattedValue.format_spec);
            flags |= 4;
        }
        loc_set_expr(c->u, v);
        EMIT(c, FORMAT_VALUE, flags);
    } else {
        compile_expr(c, v);
    }
}

static void compile_joinedstr(Compiler *c, AstExpr *e) {
    size_t n = e->v.JoinedStr.values.count;
    if (n == 0) { EMIT(c, LOAD_CONST, const_str(c, "", 0)); return; }
    if (n == 1) {
        AstExpr *v = e->v.JoinedStr.values.items[0];
        compile_fstring_part(c, v);
        if (v->kind != AST_EXPR_FormattedValue && v->kind != AST_EXPR_Constant) {
            /* nested f-string piece: already a str */
        }
        return;
    }
    /* BUILD_STRING in chunks so the stack stays bounded */
    size_t pending = 0;
    bool have = false;
    for (size_t i = 0; i < n; i++) {
        compile_fstring_part(c, e->v.JoinedStr.values.items[i]);
        pending++;
        if (pending == 30) {
            EMIT(c, BUILD_STRING, pending);
            have = true;
            pending = 1;     /* the result counts as the first piece of the next chunk */
        }
    }
    if (pending > 1 || !have) EMIT(c, BUILD_STRING, pending);
}

/* A function's default values, keyword-only defaults and annotations;
 * returns the MAKE_FUNCTION flags. */
static uint32_t compile_defaults_annotations(Compiler *c, AstArguments *a, AstExpr *returns, bool defaults,
                                             bool annotations) {
    uint32_t flags = 0;
    if (!a) return 0;
    /* a parameter named __debug__ would assign to it */
    AstArgSeq *pseqs[3] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int s = 0; s < 3; s++)
        for (size_t i = 0; i < pseqs[s]->count; i++)
            if (pseqs[s]->items[i]->arg.len == 9 && memcmp(pseqs[s]->items[i]->arg.str, "__debug__", 9) == 0)
                cerror(c, "cannot assign to __debug__");
    AstArg *stars[2] = { a->vararg, a->kwarg };
    for (int s = 0; s < 2; s++)
        if (stars[s] && stars[s]->arg.len == 9 && memcmp(stars[s]->arg.str, "__debug__", 9) == 0)
            cerror(c, "cannot assign to __debug__");
    if (defaults && a->defaults.count) {
        for (size_t i = 0; i < a->defaults.count; i++) compile_expr(c, a->defaults.items[i]);
        EMIT(c, BUILD_TUPLE, a->defaults.count);
        flags |= 1;
    }
    size_t nkw = 0;
    for (size_t i = 0; i < a->kwonlyargs.count && i < a->kw_defaults.count; i++) {
        AstExpr *d = a->kw_defaults.items[i];
        if (!d || !defaults) continue;
        AstArg *arg = a->kwonlyargs.items[i];
        size_t ml;
        const char *m = mangle(c, arg->arg.str, arg->arg.len, &ml);
        EMIT(c, LOAD_CONST, const_str(c, m, ml));
        compile_expr(c, d);
        nkw++;
    }
    if (nkw) { EMIT(c, BUILD_MAP, nkw); flags |= 2; }
    if (annotations) {
        size_t nann = 0;
        /* CPython's order: positional, positional-only, *args, keyword-only, **kwargs, return */
        AstArgSeq *seqs[3] = { &a->args, &a->posonlyargs, &a->kwonlyargs };
        for (int s = 0; s < 3; s++) {
            for (size_t i = 0; i < seqs[s]->count; i++) {
                AstArg *arg = seqs[s]->items[i];
                if (!arg->annotation) continue;
                size_t ml;
                const char *m = mangle(c, arg->arg.str, arg->arg.len, &ml);
                EMIT(c, LOAD_CONST, const_str(c, m, ml));
                compile_expr(c, arg->annotation);
                nann++;
            }
            if (s == 1 && a->vararg && a->vararg->annotation) {
                size_t ml;
                const char *m = mangle(c, a->vararg->arg.str, a->vararg->arg.len, &ml);
                EMIT(c, LOAD_CONST, const_str(c, m, ml));
                compile_expr(c, a->vararg->annotation);
                nann++;
            }
        }
        if (a->kwarg && a->kwarg->annotation) {
            size_t ml;
            const char *m = mangle(c, a->kwarg->arg.str, a->kwarg->arg.len, &ml);
            EMIT(c, LOAD_CONST, const_str(c, m, ml));
            compile_expr(c, a->kwarg->annotation);
            nann++;
        }
        if (returns) {
            EMIT(c, LOAD_CONST, const_str(c, "return", 6));
            compile_expr(c, returns);
            nann++;
        }
        if (nann) { EMIT(c, BUILD_MAP, nann); flags |= 4; }
    }
    return flags;
}

static void set_arg_counts(Unit *u, AstArguments *a) {
    if (!a) return;
    u->posonly = (int)a->posonlyargs.count;
    u->argcount = (int)(a->posonlyargs.count + a->args.count);
    u->kwonly = (int)a->kwonlyargs.count;
}

static void compile_lambda(Compiler *c, AstExpr *e) {
    AstArguments *a = e->v.Lambda.args;
    uint32_t flags = compile_defaults_annotations(c, a, NULL, true, false);
    Scope *ste = symtable_lookup_scope(&c->ctx, e);
    enter_unit(c, ste, "<lambda>", e->lineno);
    set_arg_counts(c->u, a);
    const_none(c);                  /* consts[0]: no docstring */
    compile_expr(c, e->v.Lambda.body);
    EMIT0(c, RETURN_VALUE);      /* a generator lambda returns its body's value too, as CPython */
    Value code = exit_unit(c);
    make_function(c, code, flags);
}

/* One generator of a comprehension; depth = number of iterators on the stack
 * below the element (for LIST_APPEND's argument). */
static void compile_comp_gen(Compiler *c, AstExpr *e, AstComprehensionSeq *gens, size_t gi, int kind,
                             AstExpr *elt, AstExpr *val) {
    c_enter(c);
    AstComprehension *g = gens->items[gi];
    int start = new_label(c), anchor = new_label(c), except = new_label(c);
    if (gi == 0) {
        EMIT(c, LOAD_FAST, name_index_in(c, &c->u->varnames, ".0", 2));
    } else {
        compile_expr(c, g->iter);
        if (g->is_async) EMIT0(c, GET_AITER);
        else EMIT0(c, GET_ITER);
    }
    int if_cleanup = new_label(c);
    use_label(c, start);
    if (g->is_async) {
        emit_jump(c, OP_SETUP_FINALLY, except);
        EMIT0(c, GET_ANEXT);
        emit_await_tail(c);
        EMIT0(c, POP_BLOCK);
    } else {
        emit_jump(c, OP_FOR_ITER, anchor);
    }
    compile_store(c, g->target);
    /* filters jump forward to the loop's JUMP: the VM counts its budget at backward JUMPs only */
    for (size_t i = 0; i < g->ifs.count; i++) jump_if(c, g->ifs.items[i], false, if_cleanup);
    if (gi + 1 < gens->count) {
        compile_comp_gen(c, e, gens, gi + 1, kind, elt, val);
    } else {
        uint32_t depth = (uint32_t)gens->count + 1;
        switch (kind) {
        case AST_EXPR_GeneratorExp:
            compile_expr(c, elt);
            loc_set_expr(c->u, e);
            EMIT0(c, YIELD_VALUE);
            EMIT0(c, POP_TOP);
            break;
        case AST_EXPR_ListComp:
            compile_expr(c, elt);
            loc_set_expr(c->u, e);
            EMIT(c, LIST_APPEND, depth);
            break;
        case AST_EXPR_SetComp:
            compile_expr(c, elt);
            loc_set_expr(c->u, e);
            EMIT(c, SET_ADD, depth);
            break;
        default:
            compile_expr(c, elt);
            compile_expr(c, val);
            loc_set_expr(c->u, e);
            EMIT(c, MAP_ADD, depth);
            break;
        }
    }
    use_label(c, if_cleanup);
    emit_jump(c, OP_JUMP, start);
    if (g->is_async) {
        use_label(c, except);
        EMIT0(c, END_ASYNC_FOR);
    }
    use_label(c, anchor);
    c_leave(c);
}

static void compile_comprehension(Compiler *c, AstExpr *e, const char *name, AstComprehensionSeq *gens,
                                  AstExpr *elt, AstExpr *val) {
    Scope *ste = symtable_lookup_scope(&c->ctx, e);
    Unit *parent = c->u;
    enter_unit(c, ste, name, e->lineno);
    if (e->kind != AST_EXPR_GeneratorExp) {
        /* CPython 3.13 inlines list/set/dict comprehensions: a traceback
         * shows their lines under the enclosing function's name */
        c->u->name = parent->name;
        c->u->qualname = parent->qualname;
    }
    if (ste->is_coroutine) comprehension_async_check(c);
    c->u->argcount = 1;
    loc_set_expr(c->u, e);
    if (e->kind == AST_EXPR_ListComp) EMIT(c, BUILD_LIST, 0);
    else if (e->kind == AST_EXPR_SetComp) EMIT(c, BUILD_SET, 0);
    else if (e->kind == AST_EXPR_DictComp) EMIT(c, BUILD_MAP, 0);
    compile_comp_gen(c, e, gens, 0, (int)e->kind, elt, val);
    loc_set_expr(c->u, e);
    if (e->kind == AST_EXPR_GeneratorExp) EMIT(c, LOAD_CONST, const_none(c));
    EMIT0(c, RETURN_VALUE);
    Value code = exit_unit(c);
    make_function(c, code, 0);
    compile_expr(c, gens->items[0]->iter);
    loc_set_expr(c->u, e);
    if (gens->items[0]->is_async) EMIT0(c, GET_AITER);
    else EMIT0(c, GET_ITER);
    EMIT(c, CALL, 1);
    if (ste->is_coroutine && e->kind != AST_EXPR_GeneratorExp) emit_await(c, 0);
}

/* await or `async for` in a comprehension: CPython's error outside async
 * functions (an asynchronous generator expression is valid anywhere). */
static void comprehension_async_check(Compiler *c) {
    Unit *u = c->u;
    Scope *s = u->ste;
    bool genexpr = false;   /* an asynchronous generator expression is valid anywhere */
    while (s->is_comprehension && s->parent) {
        if (((const AstExpr *)s->node)->kind == AST_EXPR_GeneratorExp) genexpr = true;
        s = s->parent;
    }
    if (!s->is_coroutine && !genexpr) {
        Scope *comp = u->ste;
        c->u->loc = (CodeLoc){comp->lineno, comp->end_lineno, comp->col, comp->end_col};
        cerror(c, "asynchronous comprehension outside of an asynchronous function");
    }
}

/* The tail of an await: (awaitable -- result), suspending meanwhile. */
static void emit_await_tail(Compiler *c) {
    EMIT(c, LOAD_CONST, const_none(c));
    EMIT0(c, YIELD_FROM);
}

/* (o -- result of await o); where: 1 __aenter__, 2 __aexit__ (for messages). */
static void emit_await(Compiler *c, uint32_t where) {
    EMIT(c, GET_AWAITABLE, where);
    emit_await_tail(c);
}

static void compile_slice_part(Compiler *c, AstExpr *x) {
    if (x) compile_expr(c, x);
    else EMIT(c, LOAD_CONST, const_none(c));
}

static void compile_expr(Compiler *c, AstExpr *e) {
    c_enter(c);
    Unit *u = c->u;
    CodeLoc saved = u->loc;
    loc_set_expr(u, e);
    switch (e->kind) {
    case AST_EXPR_BoolOp: {
        int end = new_label(c);
        size_t n = e->v.BoolOp.values.count;
        int op = e->v.BoolOp.op == AST_BOOLOP_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        for (size_t i = 0; i + 1 < n; i++) {
            compile_expr(c, e->v.BoolOp.values.items[i]);
            emit_jump(c, op, end);
        }
        compile_expr(c, e->v.BoolOp.values.items[n - 1]);
        use_label(c, end);
        break;
    }
    case AST_EXPR_NamedExpr:
        compile_expr(c, e->v.NamedExpr.value);
        EMIT(c, COPY, 1);
        compile_store(c, e->v.NamedExpr.target);
        break;
    case AST_EXPR_BinOp: {
        Value v;
        if (fold_const(c, e, &v, 0)) {
            EMIT(c, LOAD_CONST, const_index(c, NULL, 0, v));
            break;
        }
        compile_expr(c, e->v.BinOp.left);
        compile_expr(c, e->v.BinOp.right);
        loc_set_expr(u, e);
        EMIT(c, BINARY_OP, nb_of(e->v.BinOp.op));
        break;
    }
    case AST_EXPR_UnaryOp: {
        Value v;
        AstExpr *x = e->v.UnaryOp.operand;
        if (e->v.UnaryOp.op == AST_UNARYOP_USub && x->kind == AST_EXPR_Constant &&
            (x->v.Constant.value.kind == AST_CONST_INT || x->v.Constant.value.kind == AST_CONST_FLOAT ||
             x->v.Constant.value.kind == AST_CONST_IMAG)) {
            EMIT(c, LOAD_CONST, const_ast(c, &x->v.Constant.value, true));
            break;
        }
        if (fold_const(c, e, &v, 0)) {
            EMIT(c, LOAD_CONST, const_index(c, NULL, 0, v));
            break;
        }
        compile_expr(c, e->v.UnaryOp.operand);
        loc_set_expr(u, e);
        switch (e->v.UnaryOp.op) {
        case AST_UNARYOP_Invert: EMIT0(c, UNARY_INVERT); break;
        case AST_UNARYOP_Not: EMIT0(c, UNARY_NOT); break;
        case AST_UNARYOP_UAdd: EMIT0(c, UNARY_POS); break;
        case AST_UNARYOP_USub: EMIT0(c, UNARY_NEG); break;
        }
        break;
    }
    case AST_EXPR_Lambda: compile_lambda(c, e); break;
    case AST_EXPR_IfExp: {
        int orelse = new_label(c), end = new_label(c);
        jump_if(c, e->v.IfExp.test, false, orelse);
        compile_expr(c, e->v.IfExp.body);
        emit_jump(c, OP_JUMP, end);
        use_label(c, orelse);
        compile_expr(c, e->v.IfExp.orelse);
        use_label(c, end);
        break;
    }
    case AST_EXPR_Dict: compile_dict(c, e); break;
    case AST_EXPR_Set: compile_display(c, &e->v.Set.elts, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false); break;
    case AST_EXPR_ListComp:
        compile_comprehension(c, e, "<listcomp>", &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case AST_EXPR_SetComp:
        compile_comprehension(c, e, "<setcomp>", &e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case AST_EXPR_DictComp:
        compile_comprehension(c, e, "<dictcomp>", &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value);
        break;
    case AST_EXPR_GeneratorExp:
        compile_comprehension(c, e, "<genexpr>", &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
        break;
    case AST_EXPR_Await:
        if (!u->is_function) cerror(c, "'await' outside function");
        if (u->ste->is_comprehension) comprehension_async_check(c);
        if (!u->ste->is_coroutine) cerror(c, "'await' outside async function");
        compile_expr(c, e->v.Await.value);
        loc_set_expr(u, e);
        emit_await(c, 0);
        break;
    case AST_EXPR_Yield:
        if (!u->is_function) cerror(c, "'yield' outside function");
        if (e->v.Yield.value) compile_expr(c, e->v.Yield.value);
        else EMIT(c, LOAD_CONST, const_none(c));
        loc_set_expr(u, e);
        EMIT0(c, YIELD_VALUE);
        break;
    case AST_EXPR_YieldFrom:
        if (!u->is_function) cerror(c, "'yield' outside function");
        if (u->ste->is_coroutine) cerror(c, "'yield from' inside async function");
        compile_expr(c, e->v.YieldFrom.value);
        loc_set_expr(u, e);
        EMIT0(c, GET_YIELD_FROM_ITER);
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT0(c, YIELD_FROM);
        break;
    case AST_EXPR_Compare: compile_compare(c, e); break;
    case AST_EXPR_Call: compile_call(c, e); break;
    case AST_EXPR_FormattedValue: compile_fstring_part(c, e); break;
    case AST_EXPR_JoinedStr: compile_joinedstr(c, e); break;
    case AST_EXPR_Constant: EMIT(c, LOAD_CONST, const_ast(c, &e->v.Constant.value, false)); break;
    case AST_EXPR_Attribute: {
        size_t ml;
        const char *m = mangle(c, e->v.Attribute.attr.str, e->v.Attribute.attr.len, &ml);
        switch (e->v.Attribute.ctx) {
        case AST_CTX_Load:
            compile_expr(c, e->v.Attribute.value);
            loc_set_expr(u, e);
            EMIT(c, LOAD_ATTR, name_index(c, m, ml));
            break;
        case AST_CTX_Store:
            compile_expr(c, e->v.Attribute.value);
            loc_set_expr(u, e);
            EMIT(c, STORE_ATTR, name_index(c, m, ml));
            break;
        case AST_CTX_Del:
            compile_expr(c, e->v.Attribute.value);
            loc_set_expr(u, e);
            EMIT(c, DELETE_ATTR, name_index(c, m, ml));
            break;
        }
        break;
    }
    case AST_EXPR_Subscript:
        compile_expr(c, e->v.Subscript.value);
        compile_expr(c, e->v.Subscript.slice);
        loc_set_expr(u, e);
        if (e->v.Subscript.ctx == AST_CTX_Load) EMIT0(c, BINARY_SUBSCR);
        else if (e->v.Subscript.ctx == AST_CTX_Store) EMIT0(c, STORE_SUBSCR);
        else EMIT0(c, DELETE_SUBSCR);
        break;
    case AST_EXPR_Starred:
        if (e->v.Starred.ctx == AST_CTX_Store) cerror(c, "starred assignment target must be in a list or tuple");
        cerror(c, "can't use starred expression here");
    case AST_EXPR_Name: nameop_id(c, e->v.Name.id, e->v.Name.ctx); break;
    case AST_EXPR_List:
        if (e->v.List.ctx != AST_CTX_Load) cerror(c, "internal compiler error: list target");
        compile_display(c, &e->v.List.elts, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false);
        break;
    case AST_EXPR_Tuple: {
        if (e->v.Tuple.ctx != AST_CTX_Load) cerror(c, "internal compiler error: tuple target");
        Value v;
        if (e->v.Tuple.elts.count > 0 && fold_const(c, e, &v, 0)) {
            EMIT(c, LOAD_CONST, const_index(c, NULL, 0, v));
            break;
        }
        if (has_starred(&e->v.Tuple.elts) || e->v.Tuple.elts.count > 30)
            compile_display(c, &e->v.Tuple.elts, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
        else
            compile_display(c, &e->v.Tuple.elts, OP_BUILD_TUPLE, OP_LIST_APPEND, OP_LIST_EXTEND, false);
        break;
    }
    case AST_EXPR_Slice:
        compile_slice_part(c, e->v.Slice.lower);
        compile_slice_part(c, e->v.Slice.upper);
        if (e->v.Slice.step) { compile_expr(c, e->v.Slice.step); loc_set_expr(u, e); EMIT(c, BUILD_SLICE, 3); }
        else { loc_set_expr(u, e); EMIT(c, BUILD_SLICE, 2); }
        break;
    }
    u->loc = saved;
    c_leave(c);
}

/* Stores the value on top of the stack into target t. */
static void compile_store(Compiler *c, AstExpr *t) {
    c_enter(c);
    Unit *u = c->u;
    CodeLoc saved = u->loc;
    loc_set_expr(u, t);
    switch (t->kind) {
    case AST_EXPR_Name: nameop_id(c, t->v.Name.id, AST_CTX_Store); break;
    case AST_EXPR_Attribute: {
        size_t ml;
        const char *m = mangle(c, t->v.Attribute.attr.str, t->v.Attribute.attr.len, &ml);
        AstExpr *o = t->v.Attribute.value;
        if (o->kind == AST_EXPR_Name && o->v.Name.id.len == 4 && memcmp(o->v.Name.id.str, "self", 4) == 0) {
            /* __static_attributes__ of the nearest enclosing class (3.13) */
            for (Unit *p = u->parent; p; p = p->parent) {
                if (!p->is_class) continue;
                smap_put(&c->ctx, &p->static_attrs, t->v.Attribute.attr.str, t->v.Attribute.attr.len, NULL);
                break;
            }
        }
        compile_expr(c, o);
        loc_set_expr(u, t);
        EMIT(c, STORE_ATTR, name_index(c, m, ml));
        break;
    }
    case AST_EXPR_Subscript:
        compile_expr(c, t->v.Subscript.value);
        compile_expr(c, t->v.Subscript.slice);
        loc_set_expr(u, t);
        EMIT0(c, STORE_SUBSCR);
        break;
    case AST_EXPR_List: case AST_EXPR_Tuple: {
        AstExprSeq *elts = t->kind == AST_EXPR_List ? &t->v.List.elts : &t->v.Tuple.elts;
        size_t n = elts->count, star = n;
        for (size_t i = 0; i < n; i++) {
            if (elts->items[i]->kind != AST_EXPR_Starred) continue;
            if (star != n) cerror(c, "multiple starred expressions in assignment");
            star = i;
        }
        if (star == n) {
            EMIT(c, UNPACK_SEQUENCE, n);
        } else {
            size_t after = n - star - 1;
            if (star >= 256 || after >= (1u << 16))
                cerror(c, "too many expressions in star-unpacking assignment");
            EMIT(c, UNPACK_EX, star | (after << 8));
        }
        for (size_t i = 0; i < n; i++) {
            AstExpr *x = elts->items[i];
            compile_store(c, x->kind == AST_EXPR_Starred ? x->v.Starred.value : x);
        }
        break;
    }
    case AST_EXPR_Starred:
        cerror(c, "starred assignment target must be in a list or tuple");
    default:
        cerror(c, "cannot assign to expression");
    }
    u->loc = saved;
    c_leave(c);
}

static void compile_delete(Compiler *c, AstExpr *t) {
    c_enter(c);
    CodeLoc saved = c->u->loc;
    loc_set_expr(c->u, t);
    switch (t->kind) {
    case AST_EXPR_Name: nameop_id(c, t->v.Name.id, AST_CTX_Del); break;
    case AST_EXPR_Attribute: {
        size_t ml;
        const char *m = mangle(c, t->v.Attribute.attr.str, t->v.Attribute.attr.len, &ml);
        compile_expr(c, t->v.Attribute.value);
        loc_set_expr(c->u, t);
        EMIT(c, DELETE_ATTR, name_index(c, m, ml));
        break;
    }
    case AST_EXPR_Subscript:
        compile_expr(c, t->v.Subscript.value);
        compile_expr(c, t->v.Subscript.slice);
        loc_set_expr(c->u, t);
        EMIT0(c, DELETE_SUBSCR);
        break;
    case AST_EXPR_List:
        for (size_t i = 0; i < t->v.List.elts.count; i++) compile_delete(c, t->v.List.elts.items[i]);
        break;
    case AST_EXPR_Tuple:
        for (size_t i = 0; i < t->v.Tuple.elts.count; i++) compile_delete(c, t->v.Tuple.elts.items[i]);
        break;
    default:
        cerror(c, "cannot delete expression");
    }
    c->u->loc = saved;
    c_leave(c);
}

/* ---------------------------------------------------------------- unwinding */

static void unwind_stack(Compiler *c, bool preserve, FBlock **loop);

static void unwind_one(Compiler *c, FBlock *f, bool preserve) {
    switch (f->kind) {
    case FB_WHILE: case FB_EXCEPTION_HANDLER: case FB_EXCEPTION_GROUP_HANDLER:
        return;
    case FB_FOR: case FB_POP_VALUE:
        if (preserve) EMIT(c, SWAP, 2);
        EMIT0(c, POP_TOP);
        return;
    case FB_TRY_EXCEPT:
        EMIT0(c, POP_BLOCK);
        return;
    case FB_FINALLY_TRY:
        EMIT0(c, POP_BLOCK);
        if (preserve) push_fblock(c, FB_POP_VALUE, -1, -1);
        c->u->unwinding++;
        compile_stmts(c, f->finalbody);
        c->u->unwinding--;
        if (preserve) pop_fblock(c);
        return;
    case FB_FINALLY_END:
        /* stack: prev_exc exc */
        EMIT0(c, POP_TOP);
        EMIT0(c, POP_EXCEPT);
        return;
    case FB_WITH:
        EMIT0(c, POP_BLOCK);
        if (preserve) EMIT(c, SWAP, 2);
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT(c, CALL, 3);
        EMIT0(c, POP_TOP);
        return;
    case FB_ASYNC_WITH:
        EMIT0(c, POP_BLOCK);
        if (preserve) EMIT(c, SWAP, 2);
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT(c, CALL, 3);
        emit_await(c, 2);
        EMIT0(c, POP_TOP);
        return;
    case FB_HANDLER_CLEANUP:
        if (f->name) EMIT0(c, POP_BLOCK);
        EMIT0(c, POP_EXCEPT);
        if (f->name) {
            EMIT(c, LOAD_CONST, const_none(c));
            nameop_id(c, *f->name, AST_CTX_Store);
            nameop_id(c, *f->name, AST_CTX_Del);
        }
        return;
    }
}

/* Emits the exits of the enclosing blocks, innermost first, stopping at a
 * loop when loop != NULL (which then receives it). */
static void unwind_stack(Compiler *c, bool preserve, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) return;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && (top->kind == FB_WHILE || top->kind == FB_FOR)) { *loop = top; return; }
    FBlock copy = *top;
    u->nfblocks--;
    unwind_one(c, &copy, preserve);
    unwind_stack(c, preserve, loop);
    u->fblocks[u->nfblocks++] = copy;
}

static bool unwind_pops_except(Unit *u) {
    for (int i = 0; i < u->nfblocks; i++)
        if (u->fblocks[i].kind == FB_FINALLY_END || u->fblocks[i].kind == FB_HANDLER_CLEANUP) return true;
    return false;
}

/* ---------------------------------------------------------------- statements */

static bool is_docstring(AstStmt *s) {
    return s && s->kind == AST_STMT_Expr && s->v.Expr.value->kind == AST_EXPR_Constant &&
           s->v.Expr.value->v.Constant.value.kind == AST_CONST_STR;
}

/* The docstring as CPython 3.13 stores it: tabs expanded, then the first
 * line stripped of leading spaces and the common indentation of the other
 * non-blank lines removed (_PyCompile_CleanDoc). */
static uint32_t const_docstring(Compiler *c, const AstConstant *k) {
    const char *src = k->data;
    size_t len = k->len, cap;
    if (__builtin_mul_overflow(len, (size_t)8, &cap) || __builtin_add_overflow(cap, (size_t)1, &cap))
        err_no_memory(c->ctx.r);
    char *doc = c_alloc(c, cap);
    size_t n = 0, col = 0;
    for (size_t i = 0; i < len; i++) {                      /* budget: docstring size */
        char ch = src[i];
        if (ch == '\t') {
            size_t sp = 8 - col % 8;
            memset(doc + n, ' ', sp);
            n += sp;
            col += sp;
            continue;
        }
        doc[n++] = ch;
        if (ch == '\n' || ch == '\r') col = 0;
        else if (((uint8_t)ch & 0xC0) != 0x80) col++;
    }
    const char *p = doc, *pend = doc + n;
    while (p < pend && *p++ != '\n') {}
    size_t margin = (size_t)-1;
    while (p < pend) {
        const char *line = p;
        while (p < pend && *p == ' ') p++;
        if (p < pend && *p != '\n' && (size_t)(p - line) < margin) margin = (size_t)(p - line);
        while (p < pend && *p++ != '\n') {}
    }
    if (margin == (size_t)-1) margin = 0;
    char *out = c_alloc(c, n + 1);
    char *w = out;
    p = doc;
    while (p < pend && *p == ' ') p++;
    while (p < pend) {
        char ch = *w++ = *p++;
        if (ch == '\n') break;
    }
    while (p < pend) {
        for (size_t i = 0; i < margin && p < pend && *p == ' '; i++) p++;
        while (p < pend) {
            char ch = *w++ = *p++;
            if (ch == '\n') break;
        }
    }
    size_t olen = (size_t)(w - out);
    return const_index(c, NULL, 0, str_from_utf8(c->ctx.r, out, olen));
}

static bool find_ann(Compiler *c, AstStmtSeq *seq);
static bool find_ann_stmt(Compiler *c, AstStmt *s) {
    switch (s->kind) {
    case AST_STMT_AnnAssign: return true;
    case AST_STMT_For: return find_ann(c, &s->v.For.body) || find_ann(c, &s->v.For.orelse);
    case AST_STMT_AsyncFor: return find_ann(c, &s->v.AsyncFor.body) || find_ann(c, &s->v.AsyncFor.orelse);
    case AST_STMT_While: return find_ann(c, &s->v.While.body) || find_ann(c, &s->v.While.orelse);
    case AST_STMT_If:
        for (;;) {                                          /* elif chains: iterative */
            if (find_ann(c, &s->v.If.body)) return true;
            if (s->v.If.orelse.count == 1 && s->v.If.orelse.items[0]->kind == AST_STMT_If) {
                s = s->v.If.orelse.items[0];
                continue;
            }
            return find_ann(c, &s->v.If.orelse);
        }
    case AST_STMT_With: return find_ann(c, &s->v.With.body);
    case AST_STMT_AsyncWith: return find_ann(c, &s->v.AsyncWith.body);
    case AST_STMT_Try: case AST_STMT_TryStar: {
        AstExceptHandlerSeq *hs = s->kind == AST_STMT_Try ? &s->v.Try.handlers : &s->v.TryStar.handlers;
        for (size_t i = 0; i < hs->count; i++)
            if (find_ann(c, &hs->items[i]->v.ExceptHandler.body)) return true;
        if (s->kind == AST_STMT_Try)
            return find_ann(c, &s->v.Try.body) || find_ann(c, &s->v.Try.orelse) || find_ann(c, &s->v.Try.finalbody);
        return find_ann(c, &s->v.TryStar.body) || find_ann(c, &s->v.TryStar.orelse) ||
               find_ann(c, &s->v.TryStar.finalbody);
    }
    case AST_STMT_Match:
        for (size_t i = 0; i < s->v.Match.cases.count; i++)
            if (find_ann(c, &s->v.Match.cases.items[i]->body)) return true;
        return false;
    default: return false;
    }
}
static bool find_ann(Compiler *c, AstStmtSeq *seq) {
    c_enter(c);
    bool found = false;
    for (size_t i = 0; i < seq->count && !found; i++) found = find_ann_stmt(c, seq->items[i]);
    c_leave(c);
    return found;
}

static AstIdent type_param_name(AstTypeParam *tp) {
    return tp->kind == AST_TYPEPARAM_TypeVar ? tp->v.TypeVar.name
         : tp->kind == AST_TYPEPARAM_ParamSpec ? tp->v.ParamSpec.name : tp->v.TypeVarTuple.name;
}

/* Makes each type parameter and binds its name in the current
 * ("<generic parameters of X>") unit; a bound or constraints becomes a
 * function evaluated lazily. */
static void compile_type_params(Compiler *c, AstTypeParamSeq *tps) {
    for (size_t i = 0; i < tps->count; i++) {
        AstTypeParam *tp = tps->items[i];
        AstIdent id = type_param_name(tp);
        c->u->loc = (CodeLoc){tp->lineno, tp->end_lineno, tp->col_offset, tp->end_col_offset};
        EMIT(c, LOAD_CONST, const_str(c, id.str, id.len));
        uint32_t arg = tp->kind == AST_TYPEPARAM_TypeVar ? TYPEVAR_PLAIN
                     : tp->kind == AST_TYPEPARAM_ParamSpec ? TYPEVAR_PARAMSPEC : TYPEVAR_TUPLE;
        if (tp->kind == AST_TYPEPARAM_TypeVar && tp->v.TypeVar.bound) {
            AstExpr *b = tp->v.TypeVar.bound;
            Scope *bs = symtable_lookup_scope(&c->ctx, tp);
            enter_unit(c, bs, bs->name, tp->lineno);
            const_none(c);
            compile_expr(c, b);
            EMIT0(c, RETURN_VALUE);
            Value code = exit_unit(c);
            make_function(c, code, 0);
            arg |= 8;
            if (b->kind == AST_EXPR_Tuple) arg |= 4;
        }
        AstExpr *d = tp->kind == AST_TYPEPARAM_TypeVar ? tp->v.TypeVar.default_value
                   : tp->kind == AST_TYPEPARAM_ParamSpec ? tp->v.ParamSpec.default_value
                   : tp->v.TypeVarTuple.default_value;
        if (d) {
            /* PEP 696: the default, evaluated lazily like the bound */
            Scope *ds = symtable_lookup_scope(&c->ctx, d);
            enter_unit(c, ds, ds->name, tp->lineno);
            const_none(c);
            if (d->kind == AST_EXPR_Starred) {
                /* `*Ts=*X`: the one item X unpacks to (as CPython) */
                compile_expr(c, d->v.Starred.value);
                EMIT(c, UNPACK_SEQUENCE, 1);
            } else {
                compile_expr(c, d);
            }
            EMIT0(c, RETURN_VALUE);
            make_function(c, exit_unit(c), 0);
            arg |= 16;
        }
        EMIT(c, MAKE_TYPEVAR, arg);
        nameop_id(c, id, AST_CTX_Store);
    }
}

static void load_type_params(Compiler *c, AstTypeParamSeq *tps) {
    for (size_t i = 0; i < tps->count; i++) nameop_id(c, type_param_name(tps->items[i]), AST_CTX_Load);
    EMIT(c, BUILD_TUPLE, tps->count);
}

static void compile_function(Compiler *c, AstStmt *s) {
    bool is_async = s->kind == AST_STMT_AsyncFunctionDef;
    AstIdent name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    AstArguments *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    AstStmtSeq *body = is_async ? &s->v.AsyncFunctionDef.body : &s->v.FunctionDef.body;
    AstExprSeq *decos = is_async ? &s->v.AsyncFunctionDef.decorator_list : &s->v.FunctionDef.decorator_list;
    AstExpr *returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
    AstTypeParamSeq *tps = is_async ? &s->v.AsyncFunctionDef.type_params : &s->v.FunctionDef.type_params;
    for (size_t i = 0; i < decos->count; i++) compile_expr(c, decos->items[i]);
    int firstlineno = decos->count ? decos->items[0]->lineno : s->lineno;
    loc_set_stmt(c->u, s);
    uint32_t flags;
    int ndef = 0;
    if (tps->count) {
        /* as CPython: the defaults are evaluated here and passed to the
         * "<generic parameters of f>" function, which makes the type
         * parameters, evaluates the annotations and makes f */
        flags = compile_defaults_annotations(c, args, returns, true, false);
        ndef = __builtin_popcount(flags);
        Scope *gs = symtable_lookup_scope(&c->ctx, tps);
        enter_unit(c, gs, gs->name, firstlineno);
        c->u->argcount = ndef;
        const_none(c);
        compile_type_params(c, tps);
        if (flags & 1) nameop(c, ".defaults", 9, AST_CTX_Load);
        if (flags & 2) nameop(c, ".kwdefaults", 11, AST_CTX_Load);
        loc_set_stmt(c->u, s);
        flags |= compile_defaults_annotations(c, args, returns, false, true);
    } else {
        flags = compile_defaults_annotations(c, args, returns, true, true);
    }
    Scope *ste = symtable_lookup_scope(&c->ctx, s);
    enter_unit(c, ste, name.str, firstlineno);
    set_arg_counts(c->u, args);
    size_t first = 0;
    if (body->count && is_docstring(body->items[0])) {
        const_docstring(c, &body->items[0]->v.Expr.value->v.Constant.value);
        c->u->has_docstring = true;
        first = 1;
    } else {
        const_none(c);
    }
    for (size_t i = first; i < body->count; i++) compile_stmt(c, body->items[i]);
    /* implicit return None, located at the last statement */
    EMIT(c, LOAD_CONST, const_none(c));
    EMIT0(c, RETURN_VALUE);
    Value code = exit_unit(c);
    loc_set_stmt(c->u, s);
    make_function(c, code, flags);
    if (tps->count) {
        EMIT(c, COPY, 1);
        load_type_params(c, tps);
        EMIT(c, SWAP, 2);
        EMIT(c, STORE_ATTR, name_index(c, "__type_params__", 15));
        EMIT0(c, RETURN_VALUE);
        code = exit_unit(c);
        loc_set_stmt(c->u, s);
        make_function(c, code, 0);
        if (ndef == 2) { EMIT(c, SWAP, 3); EMIT(c, SWAP, 2); }
        else if (ndef == 1) EMIT(c, SWAP, 2);
        EMIT(c, CALL, ndef);
    }
    for (size_t i = decos->count; i > 0; i--) EMIT(c, CALL, 1);
    nameop_id(c, name, AST_CTX_Store);
}

static int attr_cmp(const void *a, const void *b) {
    const SMapEnt *x = *(const SMapEnt *const *)a, *y = *(const SMapEnt *const *)b;
    size_t n = x->len < y->len ? x->len : y->len;
    int d = memcmp(x->key, y->key, n);   /* UTF-8 byte order is code point order */
    return d ? d : (x->len > y->len) - (x->len < y->len);
}

/* __static_attributes__ = sorted tuple of the names (CPython 3.13). */
static void static_attributes(Compiler *c, Unit *u) {
    size_t n = u->static_attrs.n;
    SMapEnt **v = c_alloc(c, (n ? n : 1) * sizeof(SMapEnt *));
    for (size_t i = 0; i < n; i++) v[i] = &u->static_attrs.ents[i];
    if (n > 1) qsort(v, n, sizeof(SMapEnt *), attr_cmp);
    Value t = tuple_new(c->ctx.r, n);
    for (size_t i = 0; i < n; i++) tuple_ptr(t)->items[i] = mk_str(c, v[i]->key, v[i]->len);
    EMIT(c, LOAD_CONST, const_index(c, NULL, 0, t));
    nameop(c, "__static_attributes__", 21, AST_CTX_Store);
}

/* `class C[T, ...](bases)`, as CPython 3.13 compiles it: a
 * "<generic parameters of C>" function makes the type parameters, keeps
 * their tuple in .type_params and Generic[params] in .generic_base, the
 * last base, then builds the class and returns it. */
static void compile_class(Compiler *c, AstStmt *s) {
    AstExprSeq *decos = &s->v.ClassDef.decorator_list;
    AstTypeParamSeq *tps = &s->v.ClassDef.type_params;
    for (size_t i = 0; i < decos->count; i++) compile_expr(c, decos->items[i]);
    int firstlineno = decos->count ? decos->items[0]->lineno : s->lineno;
    loc_set_stmt(c->u, s);
    if (tps->count) {
        Scope *gs = symtable_lookup_scope(&c->ctx, tps);
        enter_unit(c, gs, gs->name, firstlineno);
        const_none(c);
        compile_type_params(c, tps);
        loc_set_stmt(c->u, s);
        load_type_params(c, tps);
        nameop(c, ".type_params", 12, AST_CTX_Store);
        nameop(c, ".type_params", 12, AST_CTX_Load);
        EMIT0(c, SUBSCRIPT_GENERIC);
        nameop(c, ".generic_base", 13, AST_CTX_Store);
    }
    Scope *ste = symtable_lookup_scope(&c->ctx, s);
    enter_unit(c, ste, s->v.ClassDef.name.str, firstlineno);
    Unit *u = c->u;
    loc_set_stmt(u, s);
    nameop(c, "__name__", 8, AST_CTX_Load);
    nameop(c, "__module__", 10, AST_CTX_Store);
    EMIT(c, LOAD_CONST, const_str(c, u->qualname, strlen(u->qualname)));
    nameop(c, "__qualname__", 12, AST_CTX_Store);
    EMIT(c, LOAD_CONST, const_int(c, firstlineno));
    nameop(c, "__firstlineno__", 15, AST_CTX_Store);
    if (ste->needs_classdict) {
        /* __classdict__: the namespace, for the annotation scopes inside */
        SMapEnt *e = smap_get(&u->cellvars, "__classdict__", 13);
        EMIT0(c, LOAD_LOCALS);
        EMIT(c, STORE_DEREF, e ? (uint32_t)e->ival : 0);
    }
    if (tps->count) {
        nameop(c, ".type_params", 12, AST_CTX_Load);
        nameop(c, "__type_params__", 15, AST_CTX_Store);
    }
    AstStmtSeq *body = &s->v.ClassDef.body;
    size_t first = 0;
    if (body->count && is_docstring(body->items[0])) {
        loc_set_stmt(u, body->items[0]);
        EMIT(c, LOAD_CONST, const_docstring(c, &body->items[0]->v.Expr.value->v.Constant.value));
        nameop(c, "__doc__", 7, AST_CTX_Store);
        first = 1;
    }
    if (find_ann(c, body)) EMIT0(c, SETUP_ANNOTATIONS);
    for (size_t i = first; i < body->count; i++) compile_stmt(c, body->items[i]);
    loc_set_stmt(u, s);
    static_attributes(c, u);
    if (ste->needs_class_closure) {
        SMapEnt *e = smap_get(&u->cellvars, "__class__", 9);
        EMIT(c, LOAD_CLOSURE, e ? e->ival : 0);
    } else {
        EMIT(c, LOAD_CONST, const_none(c));
    }
    EMIT0(c, RETURN_VALUE);
    Value code = exit_unit(c);
    loc_set_stmt(c->u, s);
    EMIT0(c, LOAD_BUILD_CLASS);
    make_function(c, code, 0);
    EMIT(c, LOAD_CONST, const_str(c, s->v.ClassDef.name.str, s->v.ClassDef.name.len));
    AstExprSeq bases = s->v.ClassDef.bases;
    if (tps->count) {
        /* the bases and then .generic_base */
        AstExpr *gb = c_alloc(c, sizeof(AstExpr));
        *gb = (AstExpr){.kind = AST_EXPR_Name, .lineno = s->lineno, .col_offset = s->col_offset,
                        .end_lineno = s->end_lineno, .end_col_offset = s->end_col_offset};
        gb->v.Name.id = (AstIdent){".generic_base", 13};
        gb->v.Name.ctx = AST_CTX_Load;
        size_t n;
        if (__builtin_add_overflow(bases.count, 1, &n) || n > MAX_ARG) cerror(c, "too many arguments");
        AstExpr **items = c_alloc(c, n * sizeof(AstExpr *));
        for (size_t i = 0; i < bases.count; i++) items[i] = bases.items[i];
        items[bases.count] = gb;
        bases = (AstExprSeq){n, items};
    }
    compile_call_args(c, 2, &bases, &s->v.ClassDef.keywords, false, NULL);
    if (tps->count) {
        EMIT0(c, RETURN_VALUE);
        code = exit_unit(c);
        loc_set_stmt(c->u, s);
        make_function(c, code, 0);
        EMIT(c, CALL, 0);
    }
    for (size_t i = decos->count; i > 0; i--) EMIT(c, CALL, 1);
    nameop_id(c, s->v.ClassDef.name, AST_CTX_Store);
}

static bool is_const_expr(AstExpr *e) { return e->kind == AST_EXPR_Constant; }

static void compile_return(Compiler *c, AstStmt *s) {
    Unit *u = c->u;
    AstExpr *v = s->v.Return.value;
    if (!u->is_function) cerror(c, "'return' outside function");
    for (int i = 0; i < u->nfblocks; i++)
        if (u->fblocks[i].kind == FB_EXCEPTION_GROUP_HANDLER) {
            /* CPython 3.13 reports it at a constant value on the same line */
            if (v && is_const_expr(v) && v->lineno == s->lineno) loc_set_expr(u, v);
            cerror(c, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
    if (v && u->ste->is_generator && u->ste->is_coroutine)
        cerror(c, "'return' with value in async generator");
    bool preserve = v && !is_const_expr(v);
    if (preserve && unwind_pops_except(u)) {
        /* POP_EXCEPT cuts the stack: keep the value in a hidden local */
        char tmp[24] = ".rv";
        int lvl = u->unwinding, k = 3;
        char digits[12];
        int nd = 0;
        do { digits[nd++] = (char)('0' + lvl % 10); lvl /= 10; } while (lvl && nd < 11);
        while (nd) tmp[k++] = digits[--nd];
        tmp[k] = 0;
        char *name = c_alloc(c, (size_t)k + 1);
        memcpy(name, tmp, (size_t)k + 1);
        uint32_t slot = name_index_in(c, &u->varnames, name, (size_t)k);
        compile_expr(c, v);
        loc_set_stmt(u, s);
        EMIT(c, STORE_FAST, slot);
        unwind_stack(c, false, NULL);
        loc_set_stmt(u, s);
        EMIT(c, LOAD_FAST, slot);
        EMIT0(c, RETURN_VALUE);
        return;
    }
    if (preserve) {
        compile_expr(c, v);
        loc_set_stmt(u, s);
        unwind_stack(c, true, NULL);
    } else {
        unwind_stack(c, false, NULL);
        loc_set_stmt(u, s);
        if (v) compile_expr(c, v);
        else EMIT(c, LOAD_CONST, const_none(c));
    }
    loc_set_stmt(u, s);
    EMIT0(c, RETURN_VALUE);
}

static void compile_break_continue(Compiler *c, AstStmt *s, bool is_break) {
    FBlock *loop = NULL;
    Unit *u = c->u;
    /* check first: unwinding code must not be emitted for a bad statement */
    bool found = false;
    for (int i = u->nfblocks - 1; i >= 0 && !found; i--) {
        if (u->fblocks[i].kind == FB_EXCEPTION_GROUP_HANDLER)
            cerror(c, "'break', 'continue' and 'return' cannot appear in an except* block");
        if (u->fblocks[i].kind == FB_WHILE || u->fblocks[i].kind == FB_FOR) found = true;
    }
    if (!found) cerror(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    unwind_stack(c, false, &loop);
    loc_set_stmt(u, s);
    if (is_break) {
        FBlock copy = *loop;
        unwind_one(c, &copy, false);
        emit_jump(c, OP_JUMP, copy.exit);
    } else {
        emit_jump(c, OP_JUMP, loop->start);
    }
}

static void compile_augassign(Compiler *c, AstStmt *s) {
    AstExpr *t = s->v.AugAssign.target;
    int nb = nb_of(s->v.AugAssign.op);
    Unit *u = c->u;
    switch (t->kind) {
    case AST_EXPR_Name:
        nameop_id(c, t->v.Name.id, AST_CTX_Load);
        compile_expr(c, s->v.AugAssign.value);
        loc_set_stmt(u, s);
        EMIT(c, INPLACE_OP, nb);
        loc_set_expr(u, t);
        nameop_id(c, t->v.Name.id, AST_CTX_Store);
        break;
    case AST_EXPR_Attribute: {
        size_t ml;
        const char *m = mangle(c, t->v.Attribute.attr.str, t->v.Attribute.attr.len, &ml);
        uint32_t ni = name_index(c, m, ml);
        compile_expr(c, t->v.Attribute.value);
        loc_set_expr(u, t);
        EMIT(c, COPY, 1);
        EMIT(c, LOAD_ATTR, ni);
        compile_expr(c, s->v.AugAssign.value);
        loc_set_stmt(u, s);
        EMIT(c, INPLACE_OP, nb);
        loc_set_expr(u, t);
        EMIT(c, SWAP, 2);
        EMIT(c, STORE_ATTR, ni);
        break;
    }
    case AST_EXPR_Subscript:
        compile_expr(c, t->v.Subscript.value);
        compile_expr(c, t->v.Subscript.slice);
        loc_set_expr(u, t);
        EMIT(c, COPY, 2);
        EMIT(c, COPY, 2);
        EMIT0(c, BINARY_SUBSCR);
        compile_expr(c, s->v.AugAssign.value);
        loc_set_stmt(u, s);
        EMIT(c, INPLACE_OP, nb);
        loc_set_expr(u, t);
        EMIT(c, SWAP, 3);
        EMIT(c, SWAP, 2);
        EMIT0(c, STORE_SUBSCR);
        break;
    default:
        cerror(c, "'expression' is an illegal expression for augmented assignment");
    }
}

static void compile_annassign(Compiler *c, AstStmt *s) {
    Unit *u = c->u;
    AstExpr *t = s->v.AnnAssign.target;
    bool evaluate = !u->is_function;     /* annotations are evaluated in modules and classes only */
    if (s->v.AnnAssign.value) {
        compile_expr(c, s->v.AnnAssign.value);
        compile_store(c, t);
    }
    loc_set_stmt(u, s);
    switch (t->kind) {
    case AST_EXPR_Name:
        if (s->v.AnnAssign.simple && evaluate) {
            compile_expr(c, s->v.AnnAssign.annotation);
            nameop(c, "__annotations__", 15, AST_CTX_Load);
            size_t ml;
            const char *m = mangle(c, t->v.Name.id.str, t->v.Name.id.len, &ml);
            EMIT(c, LOAD_CONST, const_str(c, m, ml));
            EMIT0(c, STORE_SUBSCR);
        }
        break;
    case AST_EXPR_Attribute:
        if (!s->v.AnnAssign.value) { compile_expr(c, t->v.Attribute.value); EMIT0(c, POP_TOP); }
        break;
    case AST_EXPR_Subscript:
        if (!s->v.AnnAssign.value) {
            compile_expr(c, t->v.Subscript.value);
            EMIT0(c, POP_TOP);
            AstExpr *sl = t->v.Subscript.slice;
            if (sl->kind == AST_EXPR_Slice) {
                if (sl->v.Slice.lower) { compile_expr(c, sl->v.Slice.lower); EMIT0(c, POP_TOP); }
                if (sl->v.Slice.upper) { compile_expr(c, sl->v.Slice.upper); EMIT0(c, POP_TOP); }
                if (sl->v.Slice.step) { compile_expr(c, sl->v.Slice.step); EMIT0(c, POP_TOP); }
            } else {
                compile_expr(c, sl);
                EMIT0(c, POP_TOP);
            }
        }
        break;
    default:
        break;
    }
    if (!s->v.AnnAssign.simple && evaluate) {
        compile_expr(c, s->v.AnnAssign.annotation);
        EMIT0(c, POP_TOP);
    }
}

static void compile_for(Compiler *c, AstStmt *s) {
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    compile_expr(c, s->v.For.iter);
    loc_set_stmt(c->u, s);
    EMIT0(c, GET_ITER);
    use_label(c, start);
    emit_jump(c, OP_FOR_ITER, cleanup);
    push_fblock(c, FB_FOR, start, end);
    compile_store(c, s->v.For.target);
    compile_stmts(c, &s->v.For.body);
    pop_fblock(c);
    loc_set_stmt(c->u, s);
    emit_jump(c, OP_JUMP, start);
    use_label(c, cleanup);
    compile_stmts(c, &s->v.For.orelse);
    use_label(c, end);
}

/* async for: GET_ANEXT and its await under a handler whose END_ASYNC_FOR
 * ends the loop on StopAsyncIteration. */
static void compile_async_for(Compiler *c, AstStmt *s) {
    if (!c->u->ste->is_coroutine || c->u->ste->is_comprehension) cerror(c, "'async for' outside async function");
    int start = new_label(c), except = new_label(c), end = new_label(c);
    compile_expr(c, s->v.AsyncFor.iter);
    loc_set_stmt(c->u, s);
    EMIT0(c, GET_AITER);
    use_label(c, start);
    emit_jump(c, OP_SETUP_FINALLY, except);
    EMIT0(c, GET_ANEXT);
    emit_await_tail(c);
    EMIT0(c, POP_BLOCK);
    push_fblock(c, FB_FOR, start, end);
    compile_store(c, s->v.AsyncFor.target);
    compile_stmts(c, &s->v.AsyncFor.body);
    pop_fblock(c);
    loc_set_stmt(c->u, s);
    emit_jump(c, OP_JUMP, start);
    use_label(c, except);
    EMIT0(c, END_ASYNC_FOR);
    compile_stmts(c, &s->v.AsyncFor.orelse);
    use_label(c, end);
}

static bool const_true(AstExpr *e) {
    if (e->kind != AST_EXPR_Constant) return false;
    const AstConstant *k = &e->v.Constant.value;
    if (k->kind == AST_CONST_TRUE) return true;
    if (k->kind == AST_CONST_INT) {
        for (size_t i = 0; i < k->len; i++) if (k->data[i] != '0') return true;
    }
    return false;
}

static void compile_while(Compiler *c, AstStmt *s) {
    int loop = new_label(c), anchor = new_label(c), end = new_label(c);
    use_label(c, loop);
    if (!const_true(s->v.While.test)) jump_if(c, s->v.While.test, false, anchor);
    push_fblock(c, FB_WHILE, loop, end);
    compile_stmts(c, &s->v.While.body);
    pop_fblock(c);
    loc_set_stmt(c->u, s);
    emit_jump(c, OP_JUMP, loop);
    use_label(c, anchor);
    compile_stmts(c, &s->v.While.orelse);
    use_label(c, end);
}

/* elif chains are walked iteratively: they nest in the AST, arbitrarily deep. */
static void compile_if(Compiler *c, AstStmt *s) {
    int end = new_label(c);
    for (;;) {                                              /* budget: AST size */
        int next = s->v.If.orelse.count ? new_label(c) : end;
        jump_if(c, s->v.If.test, false, next);
        compile_stmts(c, &s->v.If.body);
        if (!s->v.If.orelse.count) break;
        emit_jump(c, OP_JUMP, end);
        use_label(c, next);
        if (s->v.If.orelse.count == 1 && s->v.If.orelse.items[0]->kind == AST_STMT_If) {
            s = s->v.If.orelse.items[0];
            loc_set_stmt(c->u, s);
            continue;
        }
        compile_stmts(c, &s->v.If.orelse);
        break;
    }
    use_label(c, end);
}

static void compile_with_item(Compiler *c, AstStmt *s, size_t i) {
    AstWithItem *item = s->v.With.items.items[i];
    int handler = new_label(c), after = new_label(c), suppress = new_label(c);
    compile_expr(c, item->context_expr);
    /* __enter__ and __exit__ run at the item's expression, as in CPython
     * (a traceback through them points there, not at the whole block) */
    loc_set_expr(c->u, item->context_expr);
    emit_jump(c, OP_SETUP_WITH, handler);
    push_fblock(c, FB_WITH, -1, -1);
    if (item->optional_vars) compile_store(c, item->optional_vars);
    else EMIT0(c, POP_TOP);
    if (i + 1 < s->v.With.items.count) compile_with_item(c, s, i + 1);
    else compile_stmts(c, &s->v.With.body);
    pop_fblock(c);
    loc_set_expr(c->u, item->context_expr);
    EMIT0(c, POP_BLOCK);
    EMIT(c, LOAD_CONST, const_none(c));
    EMIT(c, LOAD_CONST, const_none(c));
    EMIT(c, LOAD_CONST, const_none(c));
    EMIT(c, CALL, 3);
    EMIT0(c, POP_TOP);
    emit_jump(c, OP_JUMP, after);
    use_label(c, handler);              /* stack: exit prev_exc exc */
    EMIT0(c, WITH_EXCEPT_START);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    EMIT0(c, RERAISE);
    use_label(c, suppress);
    EMIT0(c, POP_TOP);
    EMIT0(c, POP_EXCEPT);
    EMIT0(c, POP_TOP);
    use_label(c, after);
}

/* async with: as with, the __aenter__ and __aexit__ results awaited. */
static void compile_async_with_item(Compiler *c, AstStmt *s, size_t i) {
    if (!c->u->ste->is_coroutine || c->u->ste->is_comprehension) cerror(c, "'async with' outside async function");
    AstWithItem *item = s->v.AsyncWith.items.items[i];
    int handler = new_label(c), after = new_label(c), suppress = new_label(c);
    compile_expr(c, item->context_expr);
    loc_set_expr(c->u, item->context_expr);
    EMIT0(c, BEFORE_ASYNC_WITH);
    emit_await(c, 1);
    emit_jump(c, OP_SETUP_ASYNC_WITH, handler);
    push_fblock(c, FB_ASYNC_WITH, -1, -1);
    if (item->optional_vars) compile_store(c, item->optional_vars);
    else EMIT0(c, POP_TOP);
    if (i + 1 < s->v.AsyncWith.items.count) compile_async_with_item(c, s, i + 1);
    else compile_stmts(c, &s->v.AsyncWith.body);
    pop_fblock(c);
    loc_set_expr(c->u, item->context_expr);
    EMIT0(c, POP_BLOCK);
    EMIT(c, LOAD_CONST, const_none(c));
    EMIT(c, LOAD_CONST, const_none(c));
    EMIT(c, LOAD_CONST, const_none(c));
    EMIT(c, CALL, 3);
    emit_await(c, 2);
    EMIT0(c, POP_TOP);
    emit_jump(c, OP_JUMP, after);
    use_label(c, handler);              /* stack: exit prev_exc exc */
    EMIT0(c, WITH_EXCEPT_START);
    emit_await(c, 2);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    EMIT0(c, RERAISE);
    use_label(c, suppress);
    EMIT0(c, POP_TOP);
    EMIT0(c, POP_EXCEPT);
    EMIT0(c, POP_TOP);
    use_label(c, after);
}

static void compile_try_except(Compiler *c, AstStmt *s) {
    AstStmtSeq *body = &s->v.Try.body;
    AstExceptHandlerSeq *hs = &s->v.Try.handlers;
    int except = new_label(c), orelse = new_label(c), end = new_label(c);
    loc_set_stmt(c->u, s);
    emit_jump(c, OP_SETUP_FINALLY, except);
    push_fblock(c, FB_TRY_EXCEPT, -1, -1);
    compile_stmts(c, body);
    pop_fblock(c);
    loc_set_stmt(c->u, s);
    EMIT0(c, POP_BLOCK);
    emit_jump(c, OP_JUMP, orelse);
    use_label(c, except);               /* stack: prev_exc exc */
    push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1);
    for (size_t i = 0; i < hs->count; i++) {
        AstExceptHandler *h = hs->items[i];
        c->u->loc = (CodeLoc){h->lineno, h->end_lineno, h->col_offset, h->end_col_offset};
        if (!h->v.ExceptHandler.type && i + 1 < hs->count) cerror(c, "default 'except:' must be last");
        int next = new_label(c);
        if (h->v.ExceptHandler.type) {
            compile_expr(c, h->v.ExceptHandler.type);
            EMIT0(c, CHECK_EXC_MATCH);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->v.ExceptHandler.name.str) {
            const AstIdent *name = &h->v.ExceptHandler.name;
            int cleanup_end = new_label(c);
            nameop_id(c, *name, AST_CTX_Store);
            emit_jump(c, OP_SETUP_FINALLY, cleanup_end);
            FBlock *f = push_fblock(c, FB_HANDLER_CLEANUP, -1, -1);
            f->name = name;
            compile_stmts(c, &h->v.ExceptHandler.body);
            pop_fblock(c);
            c->u->loc = (CodeLoc){h->lineno, h->end_lineno, h->col_offset, h->end_col_offset};
            EMIT0(c, POP_BLOCK);
            EMIT0(c, POP_EXCEPT);
            EMIT(c, LOAD_CONST, const_none(c));
            nameop_id(c, *name, AST_CTX_Store);
            nameop_id(c, *name, AST_CTX_Del);
            emit_jump(c, OP_JUMP, end);
            use_label(c, cleanup_end);   /* stack: prev_exc prev2 exc2 */
            EMIT(c, LOAD_CONST, const_none(c));
            nameop_id(c, *name, AST_CTX_Store);
            nameop_id(c, *name, AST_CTX_Del);
            EMIT0(c, RERAISE);
        } else {
            EMIT0(c, POP_TOP);
            push_fblock(c, FB_HANDLER_CLEANUP, -1, -1);
            compile_stmts(c, &h->v.ExceptHandler.body);
            pop_fblock(c);
            c->u->loc = (CodeLoc){h->lineno, h->end_lineno, h->col_offset, h->end_col_offset};
            EMIT0(c, POP_EXCEPT);
            emit_jump(c, OP_JUMP, end);
        }
        use_label(c, next);
    }
    pop_fblock(c);
    loc_set_stmt(c->u, s);
    EMIT0(c, RERAISE);
    use_label(c, orelse);
    compile_stmts(c, &s->v.Try.orelse);
    use_label(c, end);
}

/* try/except*: CPython 3.11's scheme on the block stack.  The handler
 * keeps (prev_exc orig list rest) on the stack: orig the caught exception,
 * list the exceptions raised or re-raised by the handlers, rest what is
 * still unmatched.  Each handler takes its part with CHECK_EG_MATCH and runs
 * under a SETUP_FINALLY that appends whatever escapes it to list; at the end
 * PREP_RERAISE_STAR combines list (plus the unmatched rest) into what to
 * raise, None when everything was handled. */
static void compile_try_star_except(Compiler *c, AstStmt *s) {
    AstStmtSeq *body = &s->v.TryStar.body;
    AstExceptHandlerSeq *hs = &s->v.TryStar.handlers;
    int except = new_label(c), orelse = new_label(c), end = new_label(c), reraise = new_label(c);
    loc_set_stmt(c->u, s);
    emit_jump(c, OP_SETUP_FINALLY, except);
    push_fblock(c, FB_TRY_EXCEPT, -1, -1);
    compile_stmts(c, body);
    pop_fblock(c);
    loc_set_stmt(c->u, s);
    EMIT0(c, POP_BLOCK);
    emit_jump(c, OP_JUMP, orelse);
    use_label(c, except);               /* stack: prev_exc exc */
    EMIT(c, COPY, 1);
    EMIT(c, BUILD_LIST, 0);
    EMIT(c, SWAP, 2);                   /* prev_exc orig list exc */
    push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1);
    for (size_t i = 0; i < hs->count; i++) {
        AstExceptHandler *h = hs->items[i];
        CodeLoc hloc = {h->lineno, h->end_lineno, h->col_offset, h->end_col_offset};
        c->u->loc = hloc;
        int no_match = new_label(c), next = new_label(c), cleanup = new_label(c);
        compile_expr(c, h->v.ExceptHandler.type);   /* the parser requires a type */
        c->u->loc = hloc;
        EMIT0(c, CHECK_EG_MATCH);       /* prev_exc orig list rest match */
        EMIT(c, COPY, 1);
        emit_jump(c, OP_POP_JUMP_IF_NONE, no_match);
        const AstIdent *name = h->v.ExceptHandler.name.str ? &h->v.ExceptHandler.name : NULL;
        if (name) nameop_id(c, *name, AST_CTX_Store);
        else EMIT0(c, POP_TOP);
        emit_jump(c, OP_SETUP_FINALLY, cleanup);
        push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1);
        compile_stmts(c, &h->v.ExceptHandler.body);
        pop_fblock(c);
        c->u->loc = hloc;
        EMIT0(c, POP_BLOCK);
        if (name) {
            EMIT(c, LOAD_CONST, const_none(c));
            nameop_id(c, *name, AST_CTX_Store);
            nameop_id(c, *name, AST_CTX_Del);
        }
        emit_jump(c, OP_JUMP, next);
        use_label(c, cleanup);          /* prev_exc orig list rest prev2 exc2 */
        if (name) {
            EMIT(c, LOAD_CONST, const_none(c));
            nameop_id(c, *name, AST_CTX_Store);
            nameop_id(c, *name, AST_CTX_Del);
        }
        EMIT(c, LIST_APPEND, 3);
        EMIT0(c, POP_EXCEPT);           /* prev_exc orig list rest */
        emit_jump(c, OP_JUMP, next);
        use_label(c, no_match);         /* prev_exc orig list rest None */
        EMIT0(c, POP_TOP);
        use_label(c, next);
    }
    pop_fblock(c);
    loc_set_stmt(c->u, s);
    EMIT(c, LIST_APPEND, 1);            /* prev_exc orig list */
    EMIT0(c, PREP_RERAISE_STAR);        /* prev_exc result */
    EMIT(c, COPY, 1);
    emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, reraise);
    EMIT0(c, POP_TOP);
    EMIT0(c, POP_EXCEPT);
    emit_jump(c, OP_JUMP, end);
    use_label(c, reraise);
    EMIT0(c, RERAISE);
    use_label(c, orelse);
    compile_stmts(c, &s->v.TryStar.orelse);
    use_label(c, end);
}

static void compile_try(Compiler *c, AstStmt *s) {
    bool star = s->kind == AST_STMT_TryStar;
    AstStmtSeq *finalbody = star ? &s->v.TryStar.finalbody : &s->v.Try.finalbody;
    size_t nhandlers = star ? s->v.TryStar.handlers.count : s->v.Try.handlers.count;
    if (!finalbody->count) {
        if (star) compile_try_star_except(c, s);
        else compile_try_except(c, s);
        return;
    }
    int end = new_label(c), exit = new_label(c);
    loc_set_stmt(c->u, s);
    emit_jump(c, OP_SETUP_FINALLY, end);
    FBlock *f = push_fblock(c, FB_FINALLY_TRY, -1, -1);
    f->finalbody = finalbody;
    if (nhandlers && star) compile_try_star_except(c, s);
    else if (nhandlers) compile_try_except(c, s);
    else compile_stmts(c, star ? &s->v.TryStar.body : &s->v.Try.body);
    pop_fblock(c);
    EMIT0(c, POP_BLOCK);
    compile_stmts(c, finalbody);
    emit_jump(c, OP_JUMP, exit);
    use_label(c, end);                  /* stack: prev_exc exc */
    push_fblock(c, FB_FINALLY_END, -1, -1);
    compile_stmts(c, finalbody);
    pop_fblock(c);
    EMIT0(c, RERAISE);
    use_label(c, exit);
}

/* type X = v: X becomes a TypeAliasType whose value a function of its own
 * scope computes on first use of __value__ (PEP 695).  With type
 * parameters, all that runs in a "<generic parameters of X>" function. */
static void compile_type_alias(Compiler *c, AstStmt *s) {
    AstExpr *nm = s->v.TypeAlias.name;
    AstIdent id = nm->v.Name.id;
    AstTypeParamSeq *tps = &s->v.TypeAlias.type_params;
    if (tps->count) {
        Scope *gs = symtable_lookup_scope(&c->ctx, tps);
        enter_unit(c, gs, gs->name, s->lineno);
        const_none(c);
        compile_type_params(c, tps);
        loc_set_stmt(c->u, s);
    }
    EMIT(c, LOAD_CONST, const_str(c, id.str, id.len));
    if (tps->count) load_type_params(c, tps);
    else EMIT(c, BUILD_TUPLE, 0);
    Scope *ste = symtable_lookup_scope(&c->ctx, s);
    enter_unit(c, ste, ste->name, s->lineno);
    const_none(c);                  /* consts[0]: no docstring */
    compile_expr(c, s->v.TypeAlias.value);
    EMIT0(c, RETURN_VALUE);
    Value code = exit_unit(c);
    make_function(c, code, 0);
    loc_set_stmt(c->u, s);
    EMIT0(c, MAKE_TYPE_ALIAS);
    if (tps->count) {
        EMIT0(c, RETURN_VALUE);
        code = exit_unit(c);
        loc_set_stmt(c->u, s);
        make_function(c, code, 0);
        EMIT(c, CALL, 0);
    }
    compile_store(c, nm);
}

static void compile_import(Compiler *c, AstStmt *s) {
    for (size_t i = 0; i < s->v.Import.names.count; i++) {
        AstAlias *a = s->v.Import.names.items[i];
        c->u->loc = (CodeLoc){a->lineno, a->end_lineno, a->col_offset, a->end_col_offset};
        EMIT(c, LOAD_CONST, const_int(c, 0));
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT(c, IMPORT_NAME, name_index(c, a->name.str, a->name.len));
        const char *dot = memchr(a->name.str, '.', a->name.len);
        if (a->asname.str) {
            if (dot) {
                /* import a.b.c as d: d = a.b.c through IMPORT_FROM */
                const char *p = dot + 1, *end = a->name.str + a->name.len;
                for (;;) {
                    const char *q = memchr(p, '.', (size_t)(end - p));
                    const char *stop = q ? q : end;
                    EMIT(c, IMPORT_FROM, name_index(c, p, (size_t)(stop - p)));
                    if (!q) break;
                    EMIT(c, SWAP, 2);
                    EMIT0(c, POP_TOP);
                    p = q + 1;
                }
                nameop_id(c, a->asname, AST_CTX_Store);
                EMIT0(c, POP_TOP);
            } else {
                nameop_id(c, a->asname, AST_CTX_Store);
            }
        } else {
            size_t len = dot ? (size_t)(dot - a->name.str) : a->name.len;
            nameop(c, a->name.str, len, AST_CTX_Store);
        }
    }
}

static void compile_import_from(Compiler *c, AstStmt *s) {
    Realm *r = c->ctx.r;
    AstAliasSeq *names = &s->v.ImportFrom.names;
    size_t n = names->count;
    EMIT(c, LOAD_CONST, const_int(c, s->v.ImportFrom.level));
    Value fl = tuple_new(r, n);
    for (size_t i = 0; i < n; i++) tuple_ptr(fl)->items[i] = mk_str(c, names->items[i]->name.str, names->items[i]->name.len);
    EMIT(c, LOAD_CONST, const_index(c, NULL, 0, fl));
    const char *mod = s->v.ImportFrom.module.str ? s->v.ImportFrom.module.str : "";
    size_t mlen = s->v.ImportFrom.module.str ? s->v.ImportFrom.module.len : 0;
    EMIT(c, IMPORT_NAME, name_index(c, mod, mlen));
    for (size_t i = 0; i < n; i++) {
        AstAlias *a = names->items[i];
        c->u->loc = (CodeLoc){a->lineno, a->end_lineno, a->col_offset, a->end_col_offset};
        if (a->name.len == 1 && a->name.str[0] == '*') {
            EMIT0(c, IMPORT_STAR);
            return;
        }
        EMIT(c, IMPORT_FROM, name_index(c, a->name.str, a->name.len));
        nameop_id(c, a->asname.str ? a->asname : a->name, AST_CTX_Store);
    }
    EMIT0(c, POP_TOP);
}

static void compile_match(Compiler *c, AstStmt *s);

static void compile_stmt(Compiler *c, AstStmt *s) {
    c_enter(c);
    Unit *u = c->u;
    loc_set_stmt(u, s);
    switch (s->kind) {
    case AST_STMT_FunctionDef: case AST_STMT_AsyncFunctionDef: compile_function(c, s); break;
    case AST_STMT_ClassDef: compile_class(c, s); break;
    case AST_STMT_Return: compile_return(c, s); break;
    case AST_STMT_Delete:
        for (size_t i = 0; i < s->v.Delete.targets.count; i++) compile_delete(c, s->v.Delete.targets.items[i]);
        break;
    case AST_STMT_Assign: {
        size_t n = s->v.Assign.targets.count;
        compile_expr(c, s->v.Assign.value);
        for (size_t i = 0; i < n; i++) {
            if (i + 1 < n) { loc_set_stmt(u, s); EMIT(c, COPY, 1); }
            compile_store(c, s->v.Assign.targets.items[i]);
        }
        break;
    }
    case AST_STMT_TypeAlias: compile_type_alias(c, s); break;
    case AST_STMT_AugAssign: compile_augassign(c, s); break;
    case AST_STMT_AnnAssign: compile_annassign(c, s); break;
    case AST_STMT_For: compile_for(c, s); break;
    case AST_STMT_AsyncFor: compile_async_for(c, s); break;
    case AST_STMT_While: compile_while(c, s); break;
    case AST_STMT_If: compile_if(c, s); break;
    case AST_STMT_With: compile_with_item(c, s, 0); break;
    case AST_STMT_AsyncWith: compile_async_with_item(c, s, 0); break;
    case AST_STMT_Match: compile_match(c, s); break;
    case AST_STMT_Raise: {
        uint32_t n = 0;
        if (s->v.Raise.exc) { compile_expr(c, s->v.Raise.exc); n = 1; }
        if (s->v.Raise.cause) { compile_expr(c, s->v.Raise.cause); n = 2; }
        loc_set_stmt(u, s);
        EMIT(c, RAISE_VARARGS, n);
        break;
    }
    case AST_STMT_Try: compile_try(c, s); break;
    case AST_STMT_TryStar: compile_try(c, s); break;
    case AST_STMT_Assert: {
        int end = new_label(c);
        jump_if(c, s->v.Assert.test, true, end);
        loc_set_stmt(u, s);
        EMIT0(c, LOAD_ASSERTION_ERROR);
        if (s->v.Assert.msg) {
            compile_expr(c, s->v.Assert.msg);
            loc_set_stmt(u, s);
            EMIT(c, CALL, 1);
        }
        /* the raise points at the test, as CPython's traceback carets do */
        loc_set_expr(u, s->v.Assert.test);
        EMIT(c, RAISE_VARARGS, 1);
        use_label(c, end);
        break;
    }
    case AST_STMT_Import: compile_import(c, s); break;
    case AST_STMT_ImportFrom: compile_import_from(c, s); break;
    case AST_STMT_Global: case AST_STMT_Nonlocal: case AST_STMT_Pass: break;
    case AST_STMT_Expr: {
        AstExpr *v = s->v.Expr.value;
        if (c->interactive && u->is_module) {
            compile_expr(c, v);
            loc_set_stmt(u, s);
            EMIT0(c, PRINT_EXPR);
        } else if (v->kind != AST_EXPR_Constant) {
            compile_expr(c, v);
            loc_set_stmt(u, s);
            EMIT0(c, POP_TOP);
        }
        break;
    }
    case AST_STMT_Break: compile_break_continue(c, s, true); break;
    case AST_STMT_Continue: compile_break_continue(c, s, false); break;
    }
    c_leave(c);
}

static void compile_stmts(Compiler *c, AstStmtSeq *seq) {
    for (size_t i = 0; i < seq->count; i++) compile_stmt(c, seq->items[i]);   /* budget: AST size */
}

/* ---------------------------------------------------------------- match */

/* Patterns are compiled as in CPython 3.10/3.11, except that captured
 * names are stored as soon as they are matched (PEP 634 allows bindings of
 * a failed match to remain).  A pattern expects its subject on top of the
 * stack and consumes it on success; on failure it jumps to the label of a
 * FailScope that pops the values it left above the scope's base. */
typedef struct FailScope {
    int *labels;          /* labels[k]: pop k values, then continue at labels[0]'s code */
    size_t n, cap;
} FailScope;

static int fail_label(Compiler *c, FailScope *f, size_t k) {
    while (f->n <= k) {
        if (f->n == f->cap) f->labels = c_grow(c, f->labels, &f->cap, f->n, sizeof(int));
        f->labels[f->n++] = new_label(c);
    }
    return f->labels[k];
}

/* Emits the pop chain; execution continues after it with the base stack. */
static void fail_emit(Compiler *c, FailScope *f) {
    if (f->n == 0) return;
    for (size_t k = f->n - 1; k > 0; k--) {
        use_label(c, f->labels[k]);
        EMIT0(c, POP_TOP);
    }
    use_label(c, f->labels[0]);
}

static void loc_set_pattern(Unit *u, const AstPattern *p) {
    u->loc = (CodeLoc){p->lineno, p->end_lineno, p->col_offset, p->end_col_offset};
}

static void compile_pattern(Compiler *c, AstPattern *p, FailScope *f, size_t depth);

static void pattern_store(Compiler *c, AstIdent name) {
    if (name.str) nameop_id(c, name, AST_CTX_Store);
    else EMIT0(c, POP_TOP);
}

/* Checks that the test on top of the stack is true, else fails with `depth`
 * values above the base (the test itself popped). */
static void pattern_check(Compiler *c, FailScope *f, size_t depth) {
    emit_jump(c, OP_POP_JUMP_IF_FALSE, fail_label(c, f, depth));
}

/* The n subjects are on the stack, the first on top, above `below` values. */
static void compile_pattern_subs(Compiler *c, AstPatternSeq *ps, FailScope *f, size_t below) {
    size_t n = ps->count;
    bool allow = c->pat_allow_irrefutable;
    for (size_t i = 0; i < n; i++) {
        c->pat_allow_irrefutable = true;
        compile_pattern(c, ps->items[i], f, below + n - i);
    }
    c->pat_allow_irrefutable = allow;
}

/* Names a pattern binds: counts them, or (name given) counts that one. */
static size_t pattern_names(Compiler *c, AstPattern *p, const char *name, size_t len, unsigned nest) {
    if (!p) return 0;
    if (nest > 1000) cerror(c, "too many nested patterns");
#define PN_ID(id) ((id).str && (!name || ((id).len == len && memcmp((id).str, name, len) == 0)) ? 1u : 0u)
    size_t n = 0;
    switch (p->kind) {
    case AST_PATTERN_MatchAs: n = PN_ID(p->v.MatchAs.name) + pattern_names(c, p->v.MatchAs.pattern, name, len, nest + 1); break;
    case AST_PATTERN_MatchStar: n = PN_ID(p->v.MatchStar.name); break;
    case AST_PATTERN_MatchSequence:
        for (size_t i = 0; i < p->v.MatchSequence.patterns.count; i++)
            n += pattern_names(c, p->v.MatchSequence.patterns.items[i], name, len, nest + 1);
        break;
    case AST_PATTERN_MatchMapping:
        for (size_t i = 0; i < p->v.MatchMapping.patterns.count; i++)
            n += pattern_names(c, p->v.MatchMapping.patterns.items[i], name, len, nest + 1);
        n += PN_ID(p->v.MatchMapping.rest);
        break;
    case AST_PATTERN_MatchClass:
        for (size_t i = 0; i < p->v.MatchClass.patterns.count; i++)
            n += pattern_names(c, p->v.MatchClass.patterns.items[i], name, len, nest + 1);
        for (size_t i = 0; i < p->v.MatchClass.kwd_patterns.count; i++)
            n += pattern_names(c, p->v.MatchClass.kwd_patterns.items[i], name, len, nest + 1);
        break;
    case AST_PATTERN_MatchOr:   /* alternatives bind the same names: the first one stands for all */
        if (p->v.MatchOr.patterns.count) n = pattern_names(c, p->v.MatchOr.patterns.items[0], name, len, nest + 1);
        break;
    default: break;
    }
#undef PN_ID
    return n;
}

/* Every name `a` binds is bound by `b` too. */
static bool pattern_names_in(Compiler *c, AstPattern *a, AstPattern *b, unsigned nest) {
    if (!a) return true;
    if (nest > 1000) cerror(c, "too many nested patterns");
#define PN_HAS(id) (!(id).str || pattern_names(c, b, (id).str, (id).len, 0) > 0)
    switch (a->kind) {
    case AST_PATTERN_MatchAs: return PN_HAS(a->v.MatchAs.name) && pattern_names_in(c, a->v.MatchAs.pattern, b, nest + 1);
    case AST_PATTERN_MatchStar: return PN_HAS(a->v.MatchStar.name);
    case AST_PATTERN_MatchSequence:
        for (size_t i = 0; i < a->v.MatchSequence.patterns.count; i++)
            if (!pattern_names_in(c, a->v.MatchSequence.patterns.items[i], b, nest + 1)) return false;
        return true;
    case AST_PATTERN_MatchMapping:
        for (size_t i = 0; i < a->v.MatchMapping.patterns.count; i++)
            if (!pattern_names_in(c, a->v.MatchMapping.patterns.items[i], b, nest + 1)) return false;
        return PN_HAS(a->v.MatchMapping.rest);
    case AST_PATTERN_MatchClass:
        for (size_t i = 0; i < a->v.MatchClass.patterns.count; i++)
            if (!pattern_names_in(c, a->v.MatchClass.patterns.items[i], b, nest + 1)) return false;
        for (size_t i = 0; i < a->v.MatchClass.kwd_patterns.count; i++)
            if (!pattern_names_in(c, a->v.MatchClass.kwd_patterns.items[i], b, nest + 1)) return false;
        return true;
    case AST_PATTERN_MatchOr:
        return !a->v.MatchOr.patterns.count || pattern_names_in(c, a->v.MatchOr.patterns.items[0], b, nest + 1);
    default: return true;
    }
#undef PN_HAS
}

/* An alternative of an or-pattern binds the same names as the first one. */
static void pattern_or_check(Compiler *c, AstPattern *first, AstPattern *alt) {
    if (pattern_names(c, first, NULL, 0, 0) != pattern_names(c, alt, NULL, 0, 0) || !pattern_names_in(c, first, alt, 0)) {
        loc_set_pattern(c->u, alt);
        cerror(c, "alternative patterns bind different names");
    }
}

static void compile_pattern(Compiler *c, AstPattern *p, FailScope *f, size_t depth) {
    c_enter(c);
    Unit *u = c->u;
    CodeLoc saved = u->loc;
    loc_set_pattern(u, p);
    switch (p->kind) {
    case AST_PATTERN_MatchValue:
        compile_expr(c, p->v.MatchValue.value);
        loc_set_pattern(u, p);
        EMIT(c, COMPARE_OP, CMP_EQ);
        pattern_check(c, f, depth - 1);
        break;
    case AST_PATTERN_MatchSingleton:
        EMIT(c, LOAD_CONST, const_ast(c, &p->v.MatchSingleton.value, false));
        EMIT(c, IS_OP, 0);
        pattern_check(c, f, depth - 1);
        break;
    case AST_PATTERN_MatchAs:
        if (!p->v.MatchAs.pattern) {
            if (!c->pat_allow_irrefutable) {
                if (p->v.MatchAs.name.str)
                    cerror_name(c, "name capture '%s' makes remaining patterns unreachable", p->v.MatchAs.name.str);
                cerror(c, "wildcard makes remaining patterns unreachable");
            }
            pattern_store(c, p->v.MatchAs.name);
            break;
        }
        if (p->v.MatchAs.name.str) {
            EMIT(c, COPY, 1);
            compile_pattern(c, p->v.MatchAs.pattern, f, depth + 1);
            loc_set_pattern(u, p);
            pattern_store(c, p->v.MatchAs.name);
        } else {
            compile_pattern(c, p->v.MatchAs.pattern, f, depth);
        }
        break;
    case AST_PATTERN_MatchStar:
        pattern_store(c, p->v.MatchStar.name);
        break;
    case AST_PATTERN_MatchOr: {
        size_t n = p->v.MatchOr.patterns.count;
        AstPattern *first = n ? p->v.MatchOr.patterns.items[0] : NULL;
        int end = new_label(c);
        bool allow = c->pat_allow_irrefutable;
        for (size_t i = 0; i + 1 < n; i++) {
            FailScope alt = {0};
            EMIT(c, COPY, 1);
            c->pat_allow_irrefutable = false;
            compile_pattern(c, p->v.MatchOr.patterns.items[i], &alt, 1);
            if (i > 0) pattern_or_check(c, first, p->v.MatchOr.patterns.items[i]);
            loc_set_pattern(u, p);
            EMIT0(c, POP_TOP);
            emit_jump(c, OP_JUMP, end);
            fail_emit(c, &alt);
        }
        c->pat_allow_irrefutable = allow;
        compile_pattern(c, p->v.MatchOr.patterns.items[n - 1], f, depth);
        if (n > 1) pattern_or_check(c, first, p->v.MatchOr.patterns.items[n - 1]);
        use_label(c, end);
        break;
    }
    case AST_PATTERN_MatchSequence: {
        AstPatternSeq *ps = &p->v.MatchSequence.patterns;
        size_t n = ps->count, star = n;
        for (size_t i = 0; i < n; i++) {
            if (ps->items[i]->kind != AST_PATTERN_MatchStar) continue;
            if (star != n) cerror(c, "multiple starred names in sequence pattern");
            star = i;
        }
        EMIT0(c, MATCH_SEQUENCE);
        pattern_check(c, f, depth);
        EMIT0(c, GET_LEN);
        EMIT(c, LOAD_CONST, const_int(c, (int64_t)(star == n ? n : n - 1)));
        EMIT(c, COMPARE_OP, star == n ? CMP_EQ : CMP_GE);
        pattern_check(c, f, depth);
        if (star == n) {
            EMIT(c, UNPACK_SEQUENCE, n);
        } else {
            size_t after = n - star - 1;
            if (star >= 256 || after >= (1u << 16)) cerror(c, "too many expressions in star-unpacking sequence pattern");
            EMIT(c, UNPACK_EX, star | (after << 8));
        }
        compile_pattern_subs(c, ps, f, depth - 1);
        break;
    }
    case AST_PATTERN_MatchMapping: {
        AstExprSeq *keys = &p->v.MatchMapping.keys;
        size_t nk = keys->count;
        EMIT0(c, MATCH_MAPPING);
        pattern_check(c, f, depth);
        if (!nk && !p->v.MatchMapping.rest.str) { EMIT0(c, POP_TOP); break; }
        if (nk) {
            EMIT0(c, GET_LEN);
            EMIT(c, LOAD_CONST, const_int(c, (int64_t)nk));
            EMIT(c, COMPARE_OP, CMP_GE);
            pattern_check(c, f, depth);
            for (size_t i = 0; i < nk; i++) {
                AstExpr *k = keys->items[i];
                if (k->kind != AST_EXPR_Constant && k->kind != AST_EXPR_Attribute && k->kind != AST_EXPR_UnaryOp &&
                    k->kind != AST_EXPR_BinOp) {
                    loc_set_expr(u, k);
                    cerror(c, "mapping pattern keys may only match literals and attribute lookups");
                }
                compile_expr(c, k);
            }
            loc_set_pattern(u, p);
            EMIT(c, BUILD_TUPLE, nk);                  /* v keys */
            EMIT0(c, MATCH_KEYS);                       /* v keys values */
            EMIT(c, COPY, 1);
            EMIT(c, LOAD_CONST, const_none(c));
            EMIT(c, IS_OP, 1);
            pattern_check(c, f, depth + 2);
            EMIT(c, UNPACK_SEQUENCE, nk);
            compile_pattern_subs(c, &p->v.MatchMapping.patterns, f, depth + 1);
            loc_set_pattern(u, p);
            /* stack: v keys */
            if (p->v.MatchMapping.rest.str) {
                EMIT(c, BUILD_MAP, 0);                  /* v keys {} */
                EMIT(c, SWAP, 3);                       /* {} keys v */
                EMIT(c, DICT_UPDATE, 2);                /* copy keys */
                EMIT(c, UNPACK_SEQUENCE, nk);           /* copy kn .. k1 */
                for (size_t left = nk; left > 0; left--) {
                    EMIT(c, COPY, 1 + left);
                    EMIT(c, SWAP, 2);
                    EMIT0(c, DELETE_SUBSCR);
                }
                pattern_store(c, p->v.MatchMapping.rest);
            } else {
                EMIT0(c, POP_TOP);
                EMIT0(c, POP_TOP);
            }
        } else {
            /* {**rest}: a copy of the whole mapping */
            EMIT(c, BUILD_MAP, 0);
            EMIT(c, SWAP, 2);
            EMIT(c, DICT_UPDATE, 1);
            pattern_store(c, p->v.MatchMapping.rest);
        }
        break;
    }
    case AST_PATTERN_MatchClass: {
        size_t npos = p->v.MatchClass.patterns.count, nkw = p->v.MatchClass.kwd_attrs.count;
        if (nkw != p->v.MatchClass.kwd_patterns.count) cerror(c, "kwd_attrs / kwd_patterns length mismatch in class pattern");
        compile_expr(c, p->v.MatchClass.cls);
        loc_set_pattern(u, p);
        Value names = tuple_new(c->ctx.r, nkw);
        for (size_t i = 0; i < nkw; i++)
            tuple_ptr(names)->items[i] = mk_str(c, p->v.MatchClass.kwd_attrs.items[i].str, p->v.MatchClass.kwd_attrs.items[i].len);
        EMIT(c, LOAD_CONST, const_index(c, NULL, 0, names));
        EMIT(c, MATCH_CLASS, npos);                     /* attrs or None */
        EMIT(c, COPY, 1);
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT(c, IS_OP, 1);
        pattern_check(c, f, depth);
        EMIT(c, UNPACK_SEQUENCE, npos + nkw);
        size_t total = npos + nkw;
        bool allow = c->pat_allow_irrefutable;
        c->pat_allow_irrefutable = true;
        for (size_t i = 0; i < npos; i++)
            compile_pattern(c, p->v.MatchClass.patterns.items[i], f, depth - 1 + total - i);
        for (size_t i = 0; i < nkw; i++)
            compile_pattern(c, p->v.MatchClass.kwd_patterns.items[i], f, depth - 1 + nkw - i);
        c->pat_allow_irrefutable = allow;
        break;
    }
    }
    u->loc = saved;
    c_leave(c);
}

static void compile_match(Compiler *c, AstStmt *s) {
    int end = new_label(c);
    compile_expr(c, s->v.Match.subject);
    size_t n = s->v.Match.cases.count;
    for (size_t i = 0; i < n; i++) {
        AstMatchCase *mc = s->v.Match.cases.items[i];
        c->pat_allow_irrefutable = mc->guard != NULL || i + 1 == n;
        FailScope f = {0};
        loc_set_pattern(c->u, mc->pattern);
        EMIT(c, COPY, 1);
        compile_pattern(c, mc->pattern, &f, 1);
        if (mc->guard) jump_if(c, mc->guard, false, fail_label(c, &f, 0));
        loc_set_pattern(c->u, mc->pattern);
        EMIT0(c, POP_TOP);                              /* the subject */
        compile_stmts(c, &mc->body);
        emit_jump(c, OP_JUMP, end);
        fail_emit(c, &f);
    }
    loc_set_stmt(c->u, s);
    EMIT0(c, POP_TOP);
    use_label(c, end);
}

/* ---------------------------------------------------------------- entry */

static Value compile_module(Compiler *c, AstMod *mod) {
    enter_unit(c, c->ctx.top, "<module>", 1);
    Unit *u = c->u;
    switch (mod->kind) {
    case AST_MOD_Module: case AST_MOD_Interactive: {
        AstStmtSeq *body = mod->kind == AST_MOD_Module ? &mod->v.Module.body : &mod->v.Interactive.body;
        size_t first = 0;
        if (body->count) loc_set_stmt(u, body->items[0]);
        if (!c->interactive && body->count && is_docstring(body->items[0])) {
            EMIT(c, LOAD_CONST, const_docstring(c, &body->items[0]->v.Expr.value->v.Constant.value));
            nameop(c, "__doc__", 7, AST_CTX_Store);
            first = 1;
        }
        if (find_ann(c, body)) EMIT0(c, SETUP_ANNOTATIONS);
        for (size_t i = first; i < body->count; i++) compile_stmt(c, body->items[i]);
        EMIT(c, LOAD_CONST, const_none(c));
        EMIT0(c, RETURN_VALUE);
        break;
    }
    case AST_MOD_Expression:
        loc_set_expr(u, mod->v.Expression.body);
        compile_expr(c, mod->v.Expression.body);
        EMIT0(c, RETURN_VALUE);
        break;
    case AST_MOD_FunctionType:
        cerror(c, "function type comments are not supported");
    }
    return exit_unit(c);
}

Value compile_ast(Realm *r, AstMod *mod, Value filename, Value source, int mode) {
    size_t cap = (size_t)1 << 30;
    if (r->heap.limit && r->heap.limit < cap) cap = r->heap.limit < (1u << 20) ? (1u << 20) : r->heap.limit;
    Arena *arena = arena_new(cap);
    if (!arena) err_no_memory(r);
    Compiler comp;
    memset(&comp, 0, sizeof comp);
    volatile Value keep = V_NULL;
    Value result = V_NULL;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Compiler *c = &comp;
        c->ctx.r = r;
        c->ctx.arena = arena;
        c->ctx.filename = filename;
        c->ctx.source = source;
        c->ctx.mode = mode;
        c->interactive = mode == PARSE_SINGLE;
        c->keep = list_new(r, 0);
        keep = c->keep;
        symtable_build(&c->ctx, mod);
        c->ctx.depth = 0;
        result = compile_module(c, mod);
        err_untry(r, &j);
    } else {
        arena_free(arena);
        err_raise(r, r->exc);
    }
    arena_free(arena);
    (void)keep;
    return result;
}
