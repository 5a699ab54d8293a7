/* ast_dump: the text of CPython 3.13's ast.dump(tree) (default arguments). */
#ifndef ASP_FRONT_AST_DUMP_H
#define ASP_FRONT_AST_DUMP_H

#include <stdbool.h>
#include <stddef.h>
#include "front/arena.h"
#include "front/ast.h"

/* The dump, NUL-terminated, allocated in `a`; its length in *len.
 * NULL when out of memory. */
char *ast_dump(Arena *a, const AstMod *m, size_t *len);
/* The same with include_attributes=True when `attributes` (positions). */
char *ast_dump_ex(Arena *a, const AstMod *m, bool attributes, size_t *len);

#endif
