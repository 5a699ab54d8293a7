/* api_impl: what the files of the embedding API (src/api/, the public
 * include/asp.h) share: the asp_realm wrapper, the one entry helper every
 * API function runs its work through, and the handle table.
 *
 * Invariants:
 *  - Only api_run enters the realm: it marks the C stack top (REALM_ENTER)
 *    and installs a catch point, so no raise ever longjmps past it into the
 *    host.  The outermost api_run (the host's call, not a host function's
 *    nested call) clears heap.stack_top on the way out, so the next entry,
 *    from whatever C stack depth, sets it afresh.
 *  - A handle h names slot h-1 of the list r->api_handles (a realm root, so
 *    the collector keeps every handled value alive); a free slot holds
 *    V_NULL and its index is on the free stack.  The free stack's capacity
 *    is kept >= the list's length, so releasing never allocates. */
#ifndef ASP_API_IMPL_H
#define ASP_API_IMPL_H

#include "asp.h"
#include "core/realm.h"
#include "objects/objects.h"

#define API_EXPORT __attribute__((visibility("default")))

/* A host function: NativeFunc.slot points at one (owned by the asp_realm). */
typedef struct ApiHostFn {
    asp_realm *realm;
    asp_native_fn fn;
    void *userdata;
    char name[];          /* NUL-terminated copy: NativeFunc.name points here */
} ApiHostFn;

struct asp_realm {
    Realm *r;
    ApiHostFn **fns;      /* every host function defined (freed with the realm) */
    size_t nfns, capfns;
    uint32_t *free_ids;   /* free slots of r->api_handles */
    size_t nfree, capfree;
    char *err_msg, *err_tb;   /* formatted lazily from r->api_error */
    int exit_code;
};

/* The work of one API call; runs inside api_run's catch point and may raise. */
typedef asp_status (*ApiBody)(asp_realm *a, void *ctx);

/* Runs body(a, ctx) as an entry into the realm.  A raised exception becomes
 * the realm's error (r->api_error) and the status ASP_ERROR, ASP_EXIT or ASP_NOMEM. */
asp_status api_run(asp_realm *a, ApiBody body, void *ctx);

/* Handles (api_values.c).  api_value: V_NULL for an invalid handle. */
Value api_value(asp_realm *a, asp_handle h);
asp_handle api_new_handle(asp_realm *a, Value v);   /* may raise MemoryError */
bool api_release(asp_realm *a, asp_handle h);       /* never allocates; false if invalid */

/* Forgets the formatted strings of the current error. */
void api_error_reset(asp_realm *a);

#endif
