/* fuzz_re: libFuzzer target for the regular-expression engine (_sre,
 * src/modules/sre.c) through the public API.
 *
 * Input layout: byte 0 selects str (bit 0, else bytes) and the flags (bits
 * 1-5: re.I, M, S, X, A), byte 1 the mode (match/fullmatch/search, must-advance);
 * the pattern runs up to the first NUL byte, the subject is the rest.  For a
 * str pattern both parts are decoded as UTF-8 with errors replaced.  Inputs
 * run in a realm renewed every 64 inputs, each with a budget of 2M steps
 * and a 64 MiB heap, so
 * catastrophic patterns end with ResourceLimitError instead of hanging; the
 * engine must never crash or trip ASan/UBSan, and any failure must be a
 * Python exception (re.error, OverflowError, RecursionError, limits).
 * Built by `make fuzz` into build/fuzz/; not part of the library. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "asp.h"

static void fuzz_sink(void *ud, const char *data, size_t len) { (void)ud; (void)data; (void)len; }

static const char fuzz_prelude[] =
    "import _sre\n"
    "def run(p, s, flags, mode):\n"
    "    if flags & 1:\n"
    "        p = p.decode('utf-8', 'replace'); s = s.decode('utf-8', 'replace')\n"
    "    fl = 0\n"
    "    for bit, f in ((2, 2), (4, 8), (8, 16), (16, 64), (32, 256)):\n"
    "        if flags & bit: fl |= f\n"
    "    r = _sre.compile(p, fl)\n"
    "    if r[0] is None:\n"
    "        assert isinstance(r[1], str)\n"
    "        return\n"
    "    m = _sre.match(r[0], s, 0, len(s), mode)\n"
    "    if m is not None:\n"
    "        assert len(m) == 2 * r[1] + 3\n"
    "        for i in range(0, len(m) - 1, 2):\n"
    "            assert (m[i] < 0) == (m[i + 1] < 0)\n"
    "            assert m[i] <= m[i + 1] <= len(s)\n"
    "    m = _sre.match(r[0], s, 1, len(s) - 1, 2)\n"
    "    if mode & 1:\n"
    "        out = _sre.findall(r[0], s, 0, len(s))\n"
    "        assert isinstance(out, list)\n"
    "    else:\n"
    "        out = _sre.scan(r[0], s, 0, len(s), 0)\n"
    "        for t in out:\n"
    "            assert 0 <= t[0] <= t[1] <= len(s)\n"
    "    if mode & 2:\n"
    "        tmpl = [s[:1], 0, 1 if r[1] else 0, s[:0]]\n"
    "        res, n = _sre.sub(r[0], s, tmpl, 0)\n"
    "        assert type(res) is type(s) and n >= 0\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The harness (not the library) keeps its realm between inputs. */
enum { FUZZ_PER_REALM = 64 };
static asp_realm *fuzz_realm;
static int fuzz_uses;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2 || size > 4096) return 0;
    int flags = data[0] & 63;
    int mode = data[1] & 7;
    if ((mode & 3) == 3) mode &= ~3;
    const uint8_t *pat = data + 2;
    size_t rest = size - 2;
    const uint8_t *nul = memchr(pat, 0, rest);
    size_t plen = nul ? (size_t)(nul - pat) : rest;
    const uint8_t *subj = nul ? nul + 1 : pat + rest;
    size_t slen = nul ? rest - plen - 1 : 0;

    /* one realm serves up to FUZZ_PER_REALM inputs (its setup dominates the
     * cost); it is also replaced after a limit or MemoryError ends a run */
    if (!fuzz_realm || ++fuzz_uses > FUZZ_PER_REALM) {
        if (fuzz_realm) asp_realm_free(fuzz_realm);
        asp_config cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.write_out = fuzz_sink;
        cfg.write_err = fuzz_sink;
        cfg.heap_limit = (size_t)64 << 20;
        if (asp_realm_new(&cfg, &fuzz_realm) != ASP_OK) abort();
        if (asp_exec(fuzz_realm, fuzz_prelude, sizeof fuzz_prelude - 1, "<fuzz>") != ASP_OK) abort();
        fuzz_uses = 1;
    }
    asp_realm *r = fuzz_realm;
    /* a fresh instruction budget for this input */
    if (asp_restart_limits(r, 2000000, 0) != ASP_OK) abort();
    asp_handle fn, args[4], out;
    if (asp_get_global(r, "run", &fn) != ASP_OK) abort();
    if (asp_new_bytes(r, pat, plen, &args[0]) != ASP_OK) abort();
    if (asp_new_bytes(r, subj, slen, &args[1]) != ASP_OK) abort();
    if (asp_new_int(r, flags, &args[2]) != ASP_OK) abort();
    if (asp_new_int(r, mode, &args[3]) != ASP_OK) abort();
    asp_status st = asp_call(r, fn, 4, args, &out);
    if (st == ASP_OK) {
        asp_handle_release(r, out);
    } else if (st == ASP_ERROR) {
        /* only the exceptions the engine documents */
        const char *t = asp_error_type(r);
        if (strcmp(t, "OverflowError") && strcmp(t, "RecursionError")) abort();
        asp_error_clear(r);
    } else if (st != ASP_LIMIT && st != ASP_NOMEM) {
        abort();
    }
    for (int k = 0; k < 4; k++) asp_handle_release(r, args[k]);
    asp_handle_release(r, fn);
    if (st == ASP_LIMIT || st == ASP_NOMEM) {   /* a fresh realm (and budget) next time */
        asp_realm_free(fuzz_realm);
        fuzz_realm = NULL;
    }
    return 0;
}
