/* limits: see limits.h. */
#include "core/limits.h"
#include "objects/objects.h"

const char *limits_name(int kind) {
    switch (kind) {
    case LIMIT_INSTRUCTIONS: return "instruction limit";
    case LIMIT_TIME: return "time limit";
    case LIMIT_INTERRUPT: return "interrupted";
    default: return "limit";
    }
}

static _Noreturn void limit_hit(Realm *r, int kind) {
    r->limit_hit = kind;
    Value msg = str_format(r, "%s exceeded", limits_name(kind));
    err_raise(r, exc_new_msg(r, r->t_limit_error, msg));
}

void limits_check(Realm *r) {
    r->steps_left = LIMIT_CHECK_STEPS;
    r->steps_used += LIMIT_CHECK_STEPS;
    if (r->limit_hit) limit_hit(r, r->limit_hit);   /* a guest cannot outrun a hit limit */
    if (__atomic_load_n(&r->interrupt, __ATOMIC_RELAXED)) limit_hit(r, LIMIT_INTERRUPT);
    if (r->max_steps && r->steps_used >= r->max_steps) limit_hit(r, LIMIT_INSTRUCTIONS);
    if (r->deadline_ns && r->clock) {
        uint64_t now = r->clock(r->write_ud);
        if (now >= r->deadline_ns) limit_hit(r, LIMIT_TIME);
    }
}

void limits_reset(Realm *r) {
    r->limit_hit = LIMIT_NONE;
    __atomic_store_n(&r->interrupt, 0, __ATOMIC_RELAXED);
}
