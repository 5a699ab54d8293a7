/* tok_codecs: tables for the single-byte source encodings (generated). */
#ifndef ASP_FRONT_TOK_CODECS_H
#define ASP_FRONT_TOK_CODECS_H
#include <stdint.h>
/* The upper-half table of a codec (name lower-case, '_' as '-'), or NULL. */
const uint16_t *tok_codec_table(const char *name);
#endif
