/* source: parse + compile, turning the parser's error report into the
 * SyntaxError (or IndentationError, TabError, MemoryError, RecursionError)
 * CPython would raise. */
#include "core/realm.h"
#include "objects/objects.h"
#include "front/source.h"
#include "front/compile.h"

static Type *error_type(Realm *r, const char *name) {
    if (!strcmp(name, "IndentationError")) return EXC(r, IndentationError);
    if (!strcmp(name, "TabError")) return EXC(r, TabError);
    if (!strcmp(name, "MemoryError")) return EXC(r, MemoryError);
    if (!strcmp(name, "RecursionError")) return EXC(r, RecursionError);
    return EXC(r, SyntaxError);
}

static Value opt_int(int v) { return v > 0 ? v_small(v) : V_NONE; }

/* Parses and compiles with the arena open; raises on any error. */
static Value parse_and_compile(Realm *r, Arena *a, const char *src, size_t len, Value filename,
                               Value source_str, int mode) {
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    size_t fnlen;
    const char *fn = str_utf8(r, filename, &fnlen);
    AstMod *m = parse_source(a, src, len, fn, (ParseMode)mode, &pe);
    if (!m) {
        Type *t = error_type(r, pe.type ? pe.type : "SyntaxError");
        const char *text = pe.msg ? pe.msg : "invalid syntax";
        Value msg = str_from_utf8(r, text, strlen(text));
        Value exc;
        if (t == EXC(r, MemoryError) || t == EXC(r, RecursionError)) {
            exc = exc_new_msg(r, t, msg);
        } else {
            Value line = V_NONE;
            if (pe.text) {   /* the last line without its newline gets one, as CPython's tokenizer adds it */
                size_t tl = strlen(pe.text);
                line = str_from_utf8(r, pe.text, tl);
                if (tl == 0 || pe.text[tl - 1] != '\n') line = str_concat(r, line, str_from_cstr(r, "\n"));
            }
            Value details = tuple_pack(r, 6, filename, opt_int(pe.lineno), opt_int(pe.offset), line,
                                       opt_int(pe.end_lineno), opt_int(pe.end_offset));
            Value args[2] = {msg, details};
            exc = exc_new(r, t, args, 2);
        }
        err_raise(r, exc);
    }
    if (source_str == V_NULL) source_str = str_from_utf8(r, src, len);
    return compile_ast(r, m, filename, source_str, mode);
}

Value compile_string(Realm *r, const char *src, size_t len, Value filename, Value source_str, int mode) {
    size_t cap = r->heap.limit ? r->heap.limit : ((size_t)1 << 32);
    Arena *a = arena_new(cap);
    if (!a) err_no_memory(r);
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value code = parse_and_compile(r, a, src, len, filename, source_str, mode);
        err_untry(r, &j);
        arena_free(a);
        return code;
    }
    arena_free(a);
    err_raise(r, r->exc);
}
