/* test_ast_dump: asp_ast_dump_source(_ex) of each tests/unit/data/ast/X.py
 * (all_nodes.py holds every kind of AST node with its optional fields)
 * against CPython 3.13's ast.dump() of it, X.dump and X.attrs.dump (made by
 * tests/unit/gen_ast_dump.py); then the error results of the entry points. */
#include <stdlib.h>
#include "unit.h"
#include "front/ast_dump_entry.h"

static char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - 1 - n, f);
        if (n < cap - 1) break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) { free(buf); buf = NULL; break; }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    if (buf) buf[n] = 0;
    *len = n;
    return buf;
}

static void check_case(const char *name) {
    char path[256];
    size_t slen, dlen, alen;
    snprintf(path, sizeof path, "tests/unit/data/ast/%s.py", name);
    char *src = read_all(path, &slen);
    snprintf(path, sizeof path, "tests/unit/data/ast/%s.dump", name);
    char *want = read_all(path, &dlen);
    snprintf(path, sizeof path, "tests/unit/data/ast/%s.attrs.dump", name);
    char *want_attrs = read_all(path, &alen);
    CHECK(src && want && want_attrs);
    if (src && want && want_attrs) {
        AspAstDumpResult r;
        CHECK_EQ_INT(asp_ast_dump_source(src, slen, path, &r), 0);
        /* the expected files end with a newline the dump does not have */
        CHECK(r.dump && r.dump_len + 1 == dlen && memcmp(r.dump, want, r.dump_len) == 0);
        asp_ast_dump_result_free(&r);
        CHECK_EQ_INT(asp_ast_dump_source_ex(src, slen, path, 1, &r), 0);
        CHECK(r.dump && r.dump_len + 1 == alen && memcmp(r.dump, want_attrs, r.dump_len) == 0);
        asp_ast_dump_result_free(&r);
        CHECK_EQ_INT(asp_ast_parse_source(src, slen, path, &r), 0);
        CHECK(r.dump == NULL);
        asp_ast_dump_result_free(&r);
    }
    free(src);
    free(want);
    free(want_attrs);
}

int main(void) {
    check_case("all_nodes");

    AspAstDumpResult r;
    static const char bad[] = "x = (1,\ny = 2\n";
    CHECK_EQ_INT(asp_ast_dump_source(bad, sizeof bad - 1, "<bad>", &r), 1);
    CHECK_EQ_STR(r.err_type, "SyntaxError");
    CHECK_EQ_STR(r.err_msg, "'(' was never closed");
    CHECK_EQ_INT(r.lineno, 1);
    CHECK_EQ_INT(r.offset, 5);
    CHECK(r.dump == NULL);
    asp_ast_dump_result_free(&r);
    static const char bad2[] = "def f():\nreturn 1\n";
    CHECK_EQ_INT(asp_ast_parse_source(bad2, sizeof bad2 - 1, "<bad>", &r), 1);
    CHECK_EQ_STR(r.err_type, "IndentationError");
    asp_ast_dump_result_free(&r);
    static const char empty[] = "";
    CHECK_EQ_INT(asp_ast_dump_source(empty, 0, "<empty>", &r), 0);
    CHECK_EQ_STR(r.dump, "Module()");   /* CPython 3.13: ast.dump(ast.parse("")) */
    asp_ast_dump_result_free(&r);
    return unit_report();
}
