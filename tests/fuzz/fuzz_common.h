/* fuzz_common: what the fuzz targets (tests/fuzz/fuzz_*.c) share: a realm
 * configured with small limits, a host clock for its wall-time limit, and a
 * byte reader for targets that drive calls from the input.  Header-only
 * (each target is one translation unit); not part of the library.
 *
 * The limits keep one input's run short and bounded: a guest that loops,
 * recurses or allocates without end ends with ASP_LIMIT, RecursionError or
 * MemoryError, which are all fine.  Only a crash, a sanitizer report, a leak
 * or a run that outlasts libFuzzer's -timeout is a finding. */
#ifndef ASP_FUZZ_COMMON_H
#define ASP_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "asp.h"

/* The host's clock (the harness is the host: it may read clocks). */
static inline uint64_t fuzz_clock(void *ud) {
    (void)ud;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* A realm with a heap of heap bytes and a small recursion depth; with
 * limited, also a budget of steps and wall time.  Those two are budgets of
 * the realm's whole life, so a realm reused across inputs goes without them
 * (libFuzzer's -timeout still catches a hang).  Aborts if the realm cannot
 * be made (that is not an input's fault). */
static inline asp_realm *fuzz_realm_new(size_t heap, int limited) {
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.heap_limit = heap;
    cfg.max_recursion = 200;
    /* ASan's frames are large; libFuzzer runs on the 8 MiB main stack */
    cfg.c_stack_size = (size_t)2 << 20;
    if (limited) {
        cfg.max_instructions = 200000;
        cfg.max_time_ns = 2000000000u;
        cfg.clock = fuzz_clock;
        cfg.max_output = (uint64_t)1 << 20;
    }
    /* no capability is granted: no mounts, environment or system clocks
     * (time.time() reads the realm's virtual clock), seeded randomness */
    asp_realm *r = NULL;
    if (asp_realm_new(&cfg, &r) != ASP_OK || !r) abort();
    return r;
}

/* Touches the current error's strings so that formatting them runs too. */
static inline void fuzz_read_error(asp_realm *r) {
    const char *t = asp_error_type(r), *m = asp_error_message(r), *tb = asp_error_traceback(r);
    volatile size_t n = 0;
    if (t) n += strlen(t);
    if (m) n += strlen(m);
    if (tb) n += strlen(tb);
    (void)n;
    asp_error_clear(r);
}

/* A status any input may produce; anything else (ASP_INVALID from a
 * well-formed call, an unknown status) is a bug. */
static inline void fuzz_check_status(asp_status st) {
    if (st != ASP_OK && st != ASP_ERROR && st != ASP_EXIT && st != ASP_NOMEM && st != ASP_LIMIT)
        abort();
}

/* Reads the input as a stream of small decisions. */
typedef struct FuzzIn { const uint8_t *p; size_t n; } FuzzIn;

static inline unsigned fuzz_byte(FuzzIn *in) {
    if (!in->n) return 0;
    in->n--;
    return *in->p++;
}

/* Up to max bytes, the length chosen by the input. */
static inline size_t fuzz_bytes(FuzzIn *in, size_t max, const uint8_t **out) {
    size_t n = fuzz_byte(in);
    if (n > max) n %= max + 1;
    if (n > in->n) n = in->n;
    *out = in->p;
    in->p += n;
    in->n -= n;
    return n;
}

#endif
