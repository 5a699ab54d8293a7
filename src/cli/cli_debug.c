/* cli_debug: see cli_debug.h.  The bytecode disassembler, allocation-failure
 * injection and the collector's counters are not part of the embedding API
 * (no host needs them), so these hooks reach into the realm directly. */
#include <stdio.h>
#include "cli/cli_debug.h"
#include "api/api_impl.h"
#include "front/compile.h"
#include "front/source.h"

int cli_dis(const char *path, const char *src, size_t n) {
    RealmConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    Realm *r = realm_new_with(&cfg);
    if (!r) return 1;
    REALM_ENTER(r);
    int status = 0;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value code = compile_string(r, src, n, str_from_cstr(r, path), V_NULL, PARSE_EXEC);
        StrBuf b;
        strbuf_init(r, &b);
        compile_disassemble(r, code, &b);
        size_t len;
        const char *u = str_utf8(r, strbuf_finish(&b), &len);
        fwrite(u, 1, len, stdout);
        err_untry(r, &j);
    } else {
        size_t len;
        const char *u = str_utf8(r, exc_format(r, r->exc), &len);
        fwrite(u, 1, len, stderr);
        status = 1;
    }
    realm_free(r);
    return status;
}

void cli_fail_alloc_at(asp_realm *a, uint64_t n) { a->r->heap.fail_at = n; }

void cli_gc_stats(asp_realm *a) {
    Realm *r = a->r;
    fprintf(stderr, "gc: %zu collections, %zu chunks, %zu large, %zu bytes, %llu allocations\n",
            r->heap.collections, r->heap.nchunks, r->heap.nlarge, r->heap.bytes,
            (unsigned long long)r->heap.allocs);
}
