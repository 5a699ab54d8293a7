/* ast_dump_entry: the one exported entry point of the front end for the
 * command's `--dump-ast` (the command links only default-visibility asp_*
 * symbols of libasp).  Everything it returns is malloc'd and freed by
 * asp_ast_dump_result_free(). */
#ifndef ASP_FRONT_AST_DUMP_ENTRY_H
#define ASP_FRONT_AST_DUMP_ENTRY_H

#include <stddef.h>

typedef struct AspAstDumpResult {
    char *dump;            /* the dump on success, else NULL */
    size_t dump_len;
    char *err_type, *err_msg, *err_text;   /* on failure (err_text may be NULL) */
    int lineno, offset, end_lineno, end_offset;
} AspAstDumpResult;

/* Parses src in exec mode and dumps it.  Returns 0 on success, 1 on a parse
 * error (err_* filled), -1 when out of memory. */
__attribute__((visibility("default")))
int asp_ast_dump_source(const char *src, size_t len, const char *filename, AspAstDumpResult *r);
/* The same, with positions on every node when `attributes` (for tests). */
__attribute__((visibility("default")))
int asp_ast_dump_source_ex(const char *src, size_t len, const char *filename, int attributes, AspAstDumpResult *r);
/* Parses src in exec mode only (no dump: r->dump stays NULL).  Returns 0 on
 * success, 1 on a parse error (err_* filled), -1 when out of memory. */
__attribute__((visibility("default")))
int asp_ast_parse_source(const char *src, size_t len, const char *filename, AspAstDumpResult *r);
__attribute__((visibility("default")))
void asp_ast_dump_result_free(AspAstDumpResult *r);

#endif
