/* limits: see limits.h. */
#include "core/limits.h"
#include "objects/objects.h"

const char *limits_name(int kind) {
    switch (kind) {
    case LIMIT_INSTRUCTIONS: return "instruction limit";
    case LIMIT_TIME: return "time limit";
    case LIMIT_INTERRUPT: return "interrupted";
    case LIMIT_OUTPUT: return "output limit";
    default: return "limit";
    }
}

_Noreturn void limits_hit(Realm *r, int kind) {
    r->limit_hit = kind;
    Value msg = str_format(r, "%s exceeded", limits_name(kind));
    err_raise(r, exc_new_msg(r, r->t_limit_error, msg));
}

void limits_check(Realm *r) {
    r->steps_left = LIMIT_CHECK_STEPS;
    r->steps_used += LIMIT_CHECK_STEPS;
    if (r->limit_hit) limits_hit(r, r->limit_hit);   /* a guest cannot outrun a hit limit */
    if (__atomic_load_n(&r->interrupt, __ATOMIC_RELAXED)) limits_hit(r, LIMIT_INTERRUPT);
    if (r->max_steps && r->steps_used >= r->max_steps) limits_hit(r, LIMIT_INSTRUCTIONS);
    if (r->deadline_ns && r->clock) {
        uint64_t now = r->clock(r->clock_ud);
        if (now >= r->deadline_ns) limits_hit(r, LIMIT_TIME);
    }
}

void limits_count_slow(Realm *r, uint64_t n) {
    /* the batch in progress is accounted by limits_check; the rest here */
    uint64_t extra = n - r->steps_left;
    r->steps_used = r->steps_used + extra < r->steps_used ? UINT64_MAX : r->steps_used + extra;
    r->steps_left = 0;
    limits_check(r);
}

void limits_work(Realm *r, double cost_ns) {
    if (!(cost_ns >= 1.0)) cost_ns = 1.0;
    double steps = cost_ns / LIMIT_NS_PER_STEP;
    uint64_t n = steps >= 1e18 ? (uint64_t)1e18 : (uint64_t)steps + 1;
    if (n >= LIMIT_CHECK_STEPS) {
        if (r->limit_hit) limits_hit(r, r->limit_hit);
        if (r->max_steps && (r->steps_used + n >= r->max_steps || r->steps_used + n < n))
            limits_hit(r, LIMIT_INSTRUCTIONS);
        if (r->deadline_ns && r->clock && cost_ns >= 1e6) {
            uint64_t now = r->clock(r->clock_ud);
            if (now >= r->deadline_ns || cost_ns >= (double)(r->deadline_ns - now)) limits_hit(r, LIMIT_TIME);
        }
    }
    limits_count(r, n);
}

void limits_reset(Realm *r) {
    r->limit_hit = LIMIT_NONE;
    __atomic_store_n(&r->interrupt, 0, __ATOMIC_RELAXED);
}

void realm_flush(Realm *r, int fd) {
    if (fd != 2 && r->flush_out) r->flush_out(r->write_ud);
}

void realm_write(Realm *r, int fd, const char *data, size_t len) {
    RealmWriteFn w = fd == 2 ? r->write_err : r->write_out;
    if (r->max_output) {
        uint64_t room = r->output_used < r->max_output ? r->max_output - r->output_used : 0;
        if (len > room) {
            if (w && room) w(r->write_ud, data, (size_t)room);
            r->output_used = r->max_output;
            limits_hit(r, LIMIT_OUTPUT);
        }
        r->output_used += len;
    }
    if (w && len) w(r->write_ud, data, len);
}
