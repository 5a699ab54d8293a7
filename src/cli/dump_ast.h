/* dump_ast: `asp --dump-ast FILE`, the parser conformance hook, and
 * `asp --parse-only FILE...`, the parse benchmark's. */
#ifndef ASP_CLI_DUMP_AST_H
#define ASP_CLI_DUMP_AST_H
#include <stdbool.h>
int cli_dump_ast(const char *path);
int cli_dump_ast_ex(const char *path, bool attributes);
int cli_check_syntax(const char *path);
int cli_parse_only(int nfiles, char **paths);
#endif
