/* limits: the instruction budget, wall-time limit and host interrupts of a
 * realm.  The VM counts "steps" (backward jumps and calls); every
 * LIMIT_CHECK_STEPS steps limits_check() looks at the instruction limit, the
 * host's clock and the interrupt flag.  A limit that is hit raises a
 * ResourceLimitError that no `except` or `finally` of the guest can run for
 * (the VM unwinds straight through them), so the run ends; the host clears
 * it and the realm stays usable. */
#ifndef ASP_LIMITS_H
#define ASP_LIMITS_H

#include "core/realm.h"

#define LIMIT_CHECK_STEPS 4096

enum { LIMIT_NONE, LIMIT_INSTRUCTIONS, LIMIT_TIME, LIMIT_INTERRUPT, LIMIT_OUTPUT };

/* Called by the VM when r->steps_left reaches 0. */
void limits_check(Realm *r);
/* For long-running built-ins: counts n steps. */
void limits_count_slow(Realm *r, uint64_t n);
static inline void limits_count(Realm *r, uint64_t n) {
    if (r->steps_left > n) r->steps_left -= n;
    else limits_count_slow(r, n);
}
/* Before one indivisible piece of work that cannot be interrupted (a
 * libtommath multiplication, division, modular power or radix conversion):
 * its estimated cost in nanoseconds on a slow machine, a lower bound of the
 * real cost.  It is counted as steps (LIMIT_NS_PER_STEP each); when it would
 * overrun the instruction budget, or end after the wall-time deadline, the
 * limit is hit now rather than after minutes of work the guest can never
 * keep. */
#define LIMIT_NS_PER_STEP 32.0
void limits_work(Realm *r, double cost_ns);
/* Clears a hit limit after the host has seen it (the realm is usable again). */
void limits_reset(Realm *r);
const char *limits_name(int kind);
/* Ends the run with a limit (kind: LIMIT_*). */
_Noreturn void limits_hit(Realm *r, int kind);

#endif
