/* ast_dump_gen: prototypes of the generated per-node dumpers (tools/gen_ast.py). */
#ifndef ASP_FRONT_AST_DUMP_GEN_H
#define ASP_FRONT_AST_DUMP_GEN_H
#include "front/ast.h"
typedef struct AstDump AstDump;
void adump_mod(AstDump *d, const AstMod *n);
void adump_stmt(AstDump *d, const AstStmt *n);
void adump_expr(AstDump *d, const AstExpr *n);
void adump_excepthandler(AstDump *d, const AstExceptHandler *n);
void adump_pattern(AstDump *d, const AstPattern *n);
void adump_typeignore(AstDump *d, const AstTypeIgnore *n);
void adump_typeparam(AstDump *d, const AstTypeParam *n);
void adump_arguments(AstDump *d, const AstArguments *n);
void adump_arg(AstDump *d, const AstArg *n);
void adump_keyword(AstDump *d, const AstKeyword *n);
void adump_alias(AstDump *d, const AstAlias *n);
void adump_withitem(AstDump *d, const AstWithItem *n);
void adump_matchcase(AstDump *d, const AstMatchCase *n);
void adump_comprehension(AstDump *d, const AstComprehension *n);
#endif
