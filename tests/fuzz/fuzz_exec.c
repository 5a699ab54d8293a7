/* fuzz_exec: libFuzzer target for whole-program execution.
 *
 * Each input is run as the module __main__ of a fresh realm with small
 * limits (fuzz_common.h: 8 MiB heap, 200 000 steps, depth 200, 2 s), output
 * discarded.  Any Python exception, SystemExit or hit limit is a normal
 * outcome; the uncaught exception's traceback is formatted too.  Afterwards
 * the realm must still run code (a limit or an error leaves it usable), and
 * freeing it must release everything (LeakSanitizer).  Seeds: the programs
 * of tests/lang read in place plus tests/fuzz/corpus/exec.  Built by
 * `make fuzz` into build/fuzz/. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    asp_realm *r = fuzz_realm_new((size_t)8 << 20, 1);
    asp_status st = asp_exec(r, (const char *)data, size, "<fuzz>");
    fuzz_check_status(st);
    if (st != ASP_OK) fuzz_read_error(r);
    /* the realm is usable again */
    asp_handle h = ASP_NO_HANDLE;
    static const char probe[] = "len([1, 2, 3])";
    st = asp_eval(r, probe, sizeof probe - 1, &h);
    if (st == ASP_OK) {
        int64_t n = 0;
        if (asp_to_int(r, h, &n) == ASP_OK && n != 3) {
            /* the guest may have rebound len; only the builtins' len counts */
        }
        asp_handle_release(r, h);
    } else {
        fuzz_check_status(st);
        fuzz_read_error(r);
    }
    asp_realm_free(r);
    return 0;
}
