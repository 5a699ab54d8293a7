/* ast_dump_impl: the output primitives that the generated per-node dumpers
 * (ast_gen.c) call.  Internal to ast_dump.c and ast_gen.c. */
#ifndef ASP_FRONT_AST_DUMP_IMPL_H
#define ASP_FRONT_AST_DUMP_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include "front/ast.h"
#include "front/ast_dump_gen.h"

struct AstDump {
    char *buf;       /* malloc'd, grows */
    size_t len, cap;
    bool first;      /* no field written yet in the innermost open node */
    bool failed;     /* out of memory or too deep */
    int depth;
    bool attrs;      /* include_attributes=True */
};

void adump_raw(AstDump *d, const char *s, size_t n);
bool adump_enter(AstDump *d);   /* depth bound; false (and failed) when exceeded */
void adump_leave(AstDump *d);
void adump_open(AstDump *d, const char *cls);
void adump_close(AstDump *d);
void adump_key(AstDump *d, const char *name);
void adump_lbr(AstDump *d);
void adump_rbr(AstDump *d);
void adump_sep(AstDump *d, size_t i);
void adump_simple(AstDump *d, const char *cls);
void adump_ident(AstDump *d, const char *key, AstIdent id);
void adump_identseq(AstDump *d, const char *key, const AstIdentSeq *s);
void adump_int(AstDump *d, const char *key, int v);
void adump_const(AstDump *d, const char *key, const AstConstant *c);
void adump_attrs(AstDump *d, int lineno, int col_offset, int end_lineno, int end_col_offset);

#endif
