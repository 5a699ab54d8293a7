/* fuzz_parse: libFuzzer target for the tokenizer and parser.
 *
 * Each input is parsed as a file (exec), an expression (eval) and an
 * interactive statement (single), each in a fresh arena with a small cap so
 * that memory exhaustion paths are exercised too; a successful parse is
 * also dumped (ast_dump), which walks the whole tree.  The parser must never
 * crash, hang or trip ASan/UBSan whatever the bytes are: it either returns a
 * tree or fills the ParseError.  Built by `make fuzz` into build/fuzz/;
 * not part of the library. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "front/arena.h"
#include "front/ast_dump.h"
#include "front/parser.h"

/* Enough for any input libFuzzer makes by default (-max_len 4096 from a
 * small corpus) and small enough that cap failures are reachable. */
#define FUZZ_ARENA_CAP ((size_t)16 << 20)

static void fuzz_one(const uint8_t *data, size_t size, ParseMode mode) {
    Arena *a = arena_new(FUZZ_ARENA_CAP);
    if (!a) return;
    ParseError err;
    memset(&err, 0, sizeof err);
    AstMod *m = parse_source(a, (const char *)data, size, "<fuzz>", mode, &err);
    if (m) {
        size_t len = 0;
        char *dump = ast_dump(a, m, &len);
        if (dump && strlen(dump) != len) abort();
    } else {
        /* the error must be filled and readable */
        if (!err.type || !err.msg) abort();
        volatile size_t n = strlen(err.type) + strlen(err.msg);
        if (err.text) n += strlen(err.text);
        (void)n;
    }
    arena_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_one(data, size, PARSE_EXEC);
    fuzz_one(data, size, PARSE_EVAL);
    fuzz_one(data, size, PARSE_SINGLE);
    return 0;
}
