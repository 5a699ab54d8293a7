/* main: the asp command (minimal for now: --dump-ast). */
#include <stdio.h>
#include <string.h>

#include "cli/dump_ast.h"

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--dump-ast") == 0) return cli_dump_ast(argv[2]);
    if (argc == 3 && strcmp(argv[1], "--dump-ast-attrs") == 0) return cli_dump_ast_ex(argv[2], true);
    if (argc == 3 && strcmp(argv[1], "--syntax-error") == 0) return cli_check_syntax(argv[2]);
    fprintf(stderr, "usage: asp --dump-ast FILE\n");
    return 2;
}
