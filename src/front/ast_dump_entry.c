/* ast_dump_entry: parse + ast_dump behind one exported function, copying the
 * results out of the arena so the caller never sees the front end's types. */
#include "front/ast_dump_entry.h"

#include <stdlib.h>
#include <string.h>

#include "front/arena.h"
#include "front/ast_dump.h"
#include "front/parser.h"

enum { DUMP_ARENA_CAP_SHIFT = 32 };  /* 4 GiB: the command's generous cap */

static char *entry_dup(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

typedef enum { ENTRY_PARSE_ONLY, ENTRY_DUMP, ENTRY_DUMP_ATTRS } EntryWhat;
static int entry_run(const char *src, size_t len, const char *filename, EntryWhat what, AspAstDumpResult *r);

int asp_ast_dump_source(const char *src, size_t len, const char *filename, AspAstDumpResult *r) {
    return asp_ast_dump_source_ex(src, len, filename, 0, r);
}

int asp_ast_dump_source_ex(const char *src, size_t len, const char *filename, int attributes, AspAstDumpResult *r) {
    return entry_run(src, len, filename, attributes ? ENTRY_DUMP_ATTRS : ENTRY_DUMP, r);
}

int asp_ast_parse_source(const char *src, size_t len, const char *filename, AspAstDumpResult *r) {
    return entry_run(src, len, filename, ENTRY_PARSE_ONLY, r);
}

/* One path for --dump-ast, --dump-ast-attrs and --parse-only, so that the
 * parse the benchmark times is the one the conformance test checks. */
static int entry_run(const char *src, size_t len, const char *filename, EntryWhat what, AspAstDumpResult *r) {
    memset(r, 0, sizeof *r);
    Arena *a = arena_new((size_t)1 << DUMP_ARENA_CAP_SHIFT);
    if (!a) return -1;
    ParseError err = {0};
    AstMod *m = parse_source(a, src, len, filename, PARSE_EXEC, &err);
    int rc = 0;
    if (!m) {
        r->err_type = entry_dup(err.type, strlen(err.type));
        r->err_msg = entry_dup(err.msg, strlen(err.msg));
        r->err_text = err.text ? entry_dup(err.text, strlen(err.text)) : NULL;
        r->lineno = err.lineno;
        r->offset = err.offset;
        r->end_lineno = err.end_lineno;
        r->end_offset = err.end_offset;
        rc = (r->err_type && r->err_msg) ? 1 : -1;
    } else if (what != ENTRY_PARSE_ONLY) {
        size_t n = 0;
        char *out = ast_dump_ex(a, m, what == ENTRY_DUMP_ATTRS, &n);
        if (out) r->dump = entry_dup(out, n);
        r->dump_len = n;
        rc = r->dump ? 0 : -1;
    }
    arena_free(a);
    return rc;
}

void asp_ast_dump_result_free(AspAstDumpResult *r) {
    free(r->dump);
    free(r->err_type);
    free(r->err_msg);
    free(r->err_text);
    memset(r, 0, sizeof *r);
}
