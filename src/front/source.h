/* source: from source text to a code object (parse + compile), raising
 * SyntaxError the way CPython reports it. */
#ifndef ASP_SOURCE_H
#define ASP_SOURCE_H

#include "objects/objects.h"
#include "front/parser.h"

/* source_str: the text as a str (kept by code objects for tracebacks), or V_NULL. */
Value compile_string(Realm *r, const char *src, size_t len, Value filename, Value source_str, int mode);

#endif
