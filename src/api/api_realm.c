/* api_realm: creating and freeing realms for the host, the entry helper
 * api_run every API function goes through, and access to the current error
 * (see api_impl.h for the invariants). */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "api/api_impl.h"
#include "core/limits.h"
#include "vm/ops.h"
#include "cap/cap.h"

/* The status a raised exception maps to; records it as the realm's error.
 * Runs outside any catch point: must not allocate on the Python heap. */
static asp_status api_fail(asp_realm *a, Value exc) {
    Realm *r = a->r;
    api_error_reset(a);
    r->api_error = exc;
    if (err_matches(r, exc, EXC(r, SystemExit))) {
        Value code = ((Exception *)v_obj(exc))->value;
        int64_t n;
        if (code == V_NULL || code == V_NONE) a->exit_code = 0;
        else if (int_check(r, code) && int_to_i64(r, code, &n) && n >= INT32_MIN && n <= INT32_MAX)
            a->exit_code = (int)n;
        else a->exit_code = 1;
        return ASP_EXIT;
    }
    a->exit_code = 1;
    if (r->limit_hit) {   /* the run is over; the realm is usable again */
        limits_reset(r);
        return ASP_LIMIT;
    }
    if (err_matches(r, exc, EXC(r, MemoryError))) return ASP_NOMEM;
    return ASP_ERROR;
}

asp_status api_run(asp_realm *a, ApiBody body, void *ctx) {
    Realm *r = a->r;
    bool outer = r->heap.stack_top == 0;
    REALM_ENTER(r);
    Value saved_exc_info = r->exc_info;
    bool saved_clean = r->clean_entry;
    r->clean_entry = false;   /* api_exec_body alone sets it */
    volatile asp_status st = ASP_OK;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        st = body(a, ctx);
        err_untry(r, &j);
    } else {
        Value exc = r->exc;
        r->exc = V_NULL;
        r->exc_info = saved_exc_info;
        st = api_fail(a, exc);
    }
    r->clean_entry = saved_clean;
    /* the next outermost entry marks its own stack top */
    if (outer) r->heap.stack_top = 0;
    return st;
}

void api_error_reset(asp_realm *a) {
    free(a->err_msg);
    free(a->err_tb);
    a->err_msg = a->err_tb = NULL;
}

/* ---- realms ---- */

static uint64_t api_caps_clock(void *ud) { return cap_monotonic_ns((Caps *)ud); }

#define API_MAX_RECURSION 10000
#define API_MIN_C_STACK ((size_t)64 << 10)

static asp_status api_boot(asp_realm *a, void *ctx) {
    (void)ctx;
    a->r->api_handles = list_new(a->r, 0);
    return ASP_OK;
}

API_EXPORT asp_status asp_realm_new(const asp_config *cfg, asp_realm **out) {
    if (!out) return ASP_INVALID;
    *out = NULL;
    RealmConfig rc;
    memset(&rc, 0, sizeof rc);
    unsigned depth = 0;
    if (cfg) {
        rc.heap_limit = cfg->heap_limit;
        rc.hash_key[0] = cfg->hash_seed[0];
        rc.hash_key[1] = cfg->hash_seed[1];
        rc.gc_stress = cfg->gc_stress != 0;
        rc.write_out = cfg->write_out;
        rc.write_err = cfg->write_err;
        rc.write_ud = cfg->write_userdata;
        rc.flush_out = cfg->flush_out;
        rc.argc = cfg->argc > 0 && cfg->argv ? cfg->argc : 0;
        rc.argv = rc.argc ? cfg->argv : NULL;
        depth = cfg->max_recursion;
        rc.max_steps = cfg->max_instructions;
        rc.max_time_ns = cfg->max_time_ns;
        rc.clock = cfg->clock;
        rc.max_output = cfg->max_output;
        rc.import_path = cfg->import_path;
        rc.nimport_path = cfg->import_path ? cfg->nimport_path : 0;
    }
    /* the capabilities: asp_mount/ASP_MOUNT_* and ASP_CLOCK_* mirror cap.h's */
    CapConfig cc;
    memset(&cc, 0, sizeof cc);
    CapMountSpec *specs = NULL;
    if (cfg) {
        if (cfg->mounts && cfg->nmounts) {
            specs = calloc(cfg->nmounts, sizeof *specs);
            if (!specs) return ASP_NOMEM;
            for (size_t i = 0; i < cfg->nmounts; i++) {
                specs[i].guest = cfg->mounts[i].guest;
                specs[i].host = cfg->mounts[i].host;
                specs[i].flags = cfg->mounts[i].flags & (CAP_MOUNT_READ | CAP_MOUNT_WRITE | CAP_MOUNT_IMPORT |
                                                         CAP_MOUNT_FILE);
                specs[i].quota = cfg->mounts[i].quota;
            }
            cc.mounts = specs;
            cc.nmounts = cfg->nmounts;
        }
        cc.cwd = cfg->cwd;
        cc.env = cfg->env;
        cc.nenv = cfg->env ? cfg->nenv : 0;
        cc.read_in = cfg->read_in;
        cc.read_ud = cfg->read_userdata;
        cc.clocks = cfg->clocks & (CAP_CLOCK_WALL | CAP_CLOCK_MONOTONIC | CAP_CLOCK_SLEEP);
        cc.clock = cfg->clock;
        cc.clock_ud = cfg->write_userdata;
        cc.random_system = cfg->random_system != 0;
        cc.random_seed = cfg->random_seed;
    }
    int cerr;
    size_t bad;
    rc.caps = cap_new(&cc, &cerr, &bad);
    free(specs);
    if (!rc.caps) return cerr == ENOMEM ? ASP_NOMEM : ASP_INVALID;
    if (cfg && !cfg->clock && (cfg->clocks & ASP_CLOCK_MONOTONIC)) {
        /* a time limit (now or by asp_restart_limits) reads the granted system clock */
        rc.clock = api_caps_clock;
        rc.clock_is_caps = true;
    }
    size_t c_stack = cfg && cfg->c_stack_size ? cfg->c_stack_size : 0;
    asp_realm *a = calloc(1, sizeof *a);
    if (!a) return ASP_NOMEM;
    a->r = realm_new_with(&rc);
    if (!a->r) { free(a); return ASP_NOMEM; }
    if (c_stack) {
        /* at least enough for the interpreter's own entry frames */
        if (c_stack < API_MIN_C_STACK) c_stack = API_MIN_C_STACK;
        a->r->c_stack_bytes = c_stack;
    }
    if (depth) {
        if (depth > API_MAX_RECURSION) depth = API_MAX_RECURSION;
        if (depth > a->r->frame_pool_size) depth = a->r->frame_pool_size;
        a->r->max_depth = depth;
        a->r->depth_cap = depth;
    }
    if (api_run(a, api_boot, NULL) != ASP_OK) {
        asp_realm_free(a);
        return ASP_NOMEM;
    }
    *out = a;
    return ASP_OK;
}

API_EXPORT asp_status asp_restart_limits(asp_realm *a, uint64_t max_instructions, uint64_t max_time_ns) {
    if (!a) return ASP_INVALID;
    Realm *r = a->r;
    if (r->heap.stack_top != 0) return ASP_INVALID;   /* not from inside a run (a native function) */
    if (max_time_ns && !r->clock) return ASP_INVALID;  /* no clock to measure it with */
    r->steps_used = 0;
    r->steps_left = LIMIT_CHECK_STEPS;
    r->max_steps = max_instructions;
    r->deadline_ns = 0;
    if (max_time_ns) {
        uint64_t now = r->clock(r->clock_ud);
        r->deadline_ns = now + max_time_ns < now ? UINT64_MAX : now + max_time_ns;
    }
    limits_reset(r);
    return ASP_OK;
}

API_EXPORT void asp_interrupt(asp_realm *a) {
    if (a) __atomic_store_n(&a->r->interrupt, 1, __ATOMIC_RELAXED);
}

API_EXPORT void asp_realm_free(asp_realm *a) {
    if (!a) return;
    realm_free(a->r);
    for (size_t i = 0; i < a->nfns; i++) free(a->fns[i]);
    free(a->fns);
    free(a->free_ids);
    api_error_reset(a);
    free(a);
}

/* ---- the current error ---- */

API_EXPORT const char *asp_error_type(asp_realm *a) {
    if (!a || a->r->api_error == V_NULL) return NULL;
    return v_type(a->r, a->r->api_error)->name;
}

/* Copies a str's UTF-8 into a malloc'd string. */
static char *api_dup_str(Realm *r, Value s) {
    size_t n;
    const char *u = str_utf8(r, s, &n);
    if (n == SIZE_MAX) err_no_memory(r);
    char *c = malloc(n + 1);
    if (!c) err_no_memory(r);
    memcpy(c, u, n);
    c[n] = 0;
    heap_keep(s);
    return c;
}

static asp_status api_format_error(asp_realm *a, void *ctx) {
    Realm *r = a->r;
    Value exc = r->api_error;
    if (ctx) {
        if (!a->err_tb) {
            Value s = exc_format(r, exc);
            a->err_tb = api_dup_str(r, s);
        }
    } else if (!a->err_msg) {
        Value s = op_str(r, exc);
        a->err_msg = api_dup_str(r, s);
    }
    return ASP_OK;
}

#define API_REPORT_SLACK ((size_t)4 << 20)

/* Formats the error (its traceback when tb) once; a failure while
 * formatting (MemoryError) must not replace the error being reported.  exc
 * stays alive in r->api_error meanwhile (api_fail replaces it only after
 * the last allocation). */
static const char *api_error_text(asp_realm *a, bool tb) {
    if (!a) return NULL;
    Value exc = a->r->api_error;
    if (exc == V_NULL) return NULL;
    char **slot = tb ? &a->err_tb : &a->err_msg;
    if (*slot) return *slot;
    int keep_code = a->exit_code;
    /* a MemoryError is usually reported with the heap still full: the
     * report may go a little over the limit (it is host-requested and its
     * size is bounded by the traceback's, itself bounded by the depth) */
    size_t limit = a->r->heap.limit;
    if (limit && limit < SIZE_MAX - API_REPORT_SLACK) a->r->heap.limit = limit + API_REPORT_SLACK;
    asp_status st = api_run(a, api_format_error, tb ? (void *)a : NULL);
    a->r->heap.limit = limit;
    if (st != ASP_OK) {
        a->r->api_error = exc;
        a->exit_code = keep_code;
        return tb ? "<the traceback could not be formatted>" : "<the message could not be formatted>";
    }
    return *slot;
}

API_EXPORT const char *asp_error_message(asp_realm *a) { return api_error_text(a, false); }
API_EXPORT const char *asp_error_traceback(asp_realm *a) { return api_error_text(a, true); }

API_EXPORT int asp_exit_code(asp_realm *a) { return a ? a->exit_code : 1; }

API_EXPORT void asp_error_clear(asp_realm *a) {
    if (!a) return;
    api_error_reset(a);
    a->r->api_error = V_NULL;
    a->exit_code = 0;
}

static asp_status api_error_handle(asp_realm *a, void *ctx) {
    *(asp_handle *)ctx = api_new_handle(a, a->r->api_error);
    return ASP_OK;
}

API_EXPORT asp_status asp_error_value(asp_realm *a, asp_handle *out) {
    if (!a || !out) return ASP_INVALID;
    *out = ASP_NO_HANDLE;
    if (a->r->api_error == V_NULL) return ASP_NOTFOUND;
    Value exc = a->r->api_error;
    asp_status st = api_run(a, api_error_handle, out);
    if (st != ASP_OK) a->r->api_error = exc;
    return st;
}

API_EXPORT const char *asp_status_name(asp_status s) {
    static const char *const names[] = {"ASP_OK", "ASP_ERROR", "ASP_EXIT", "ASP_NOMEM",
                                        "ASP_INVALID", "ASP_NOTFOUND", "ASP_TOOSMALL", "ASP_LIMIT"};
    if ((unsigned)s >= sizeof names / sizeof names[0]) return "ASP_UNKNOWN";
    return names[s];
}
