/* parser: placeholder until the recursive-descent parser lands. */
#include "front/parser.h"

AstMod *parse_source(Arena *a, const char *src, size_t len, const char *filename,
                     ParseMode mode, ParseError *err) {
    (void)a; (void)src; (void)len; (void)filename; (void)mode;
    err->type = "SyntaxError";
    err->msg = "invalid syntax";
    err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
    err->text = NULL;
    return NULL;
}
