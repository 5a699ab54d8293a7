/* fuzz_compile: libFuzzer target for the symbol table pass and the
 * bytecode compiler (parse + symtable + compile; nothing is executed).
 *
 * Each input is compiled as a file (exec), an expression (eval) and an
 * interactive statement (single) in one realm reused across inputs (compiling
 * leaves no state behind but garbage), and every code object made is
 * disassembled, which walks all of its instructions, constants and names.
 * A SyntaxError (or MemoryError, RecursionError) is a normal outcome; a
 * crash, a sanitizer report or a leak is a finding.  Seeds: tests/lang and
 * tests/syntax read in place plus tests/fuzz/corpus/compile. */
#include "fuzz_common.h"
#include "api/api_impl.h"
#include "front/compile.h"
#include "front/source.h"

typedef struct CompileCtx { const char *src; size_t len; int mode; } CompileCtx;

static asp_status fuzz_compile_body(asp_realm *a, void *ctx) {
    CompileCtx *c = ctx;
    Realm *r = a->r;
    Value code = compile_string(r, c->src, c->len, str_from_cstr(r, "<fuzz>"), V_NULL, c->mode);
    StrBuf b;
    strbuf_init(r, &b);
    compile_disassemble(r, code, &b);
    Value text = strbuf_finish(&b);
    (void)text;
    return ASP_OK;
}

static asp_realm *fuzz_realm;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!fuzz_realm) fuzz_realm = fuzz_realm_new((size_t)64 << 20, 0);
    static const int modes[] = {PARSE_EXEC, PARSE_EVAL, PARSE_SINGLE};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        CompileCtx c = {(const char *)data, size, modes[i]};
        asp_status st = api_run(fuzz_realm, fuzz_compile_body, &c);
        fuzz_check_status(st);
        if (st != ASP_OK) fuzz_read_error(fuzz_realm);
    }
    return 0;
}
