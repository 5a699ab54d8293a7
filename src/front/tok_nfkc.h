/* tok_nfkc: NFKC normalization of identifiers (PEP 3131). */
#ifndef ASP_FRONT_TOK_NFKC_H
#define ASP_FRONT_TOK_NFKC_H
#include <stddef.h>
#include "front/arena.h"
/* The NFKC form of the UTF-8 text s[0..n), NUL-terminated in the arena, its
 * length in *outlen; NULL when out of memory. */
char *tok_nfkc(Arena *a, const char *s, size_t n, size_t *outlen);
#endif
