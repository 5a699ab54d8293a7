/* test_api_fail: allocation-failure injection through the embedding API.
 * A fixed host session (host function and module, exec, eval, call, values,
 * containers, error reports) runs once for every N with the N-th heap
 * allocation after realm creation failing; every call must return a status
 * (never crash or leak), and the realm must work normally afterwards.
 * Reaches into the realm (api_impl.h) only to set heap.fail_at. */
#include <stdlib.h>
#include "api/api_impl.h"
#include "unit.h"

static void sink(void *ud, const char *data, size_t len) { (void)ud; (void)data; (void)len; }

static asp_status twice(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    (void)ud;
    int64_t v;
    if (argc != 1) return asp_raise(r, "TypeError", "twice() takes 1 argument");
    if (asp_to_int(r, argv[0], &v) != ASP_OK) return ASP_ERROR;
    return asp_new_int(r, 2 * v, result);
}

/* ASP_INVALID comes from a handle an earlier failed call left empty */
static int is_status(asp_status st) {
    return st == ASP_OK || st == ASP_ERROR || st == ASP_NOMEM || st == ASP_INVALID;
}

/* The session; returns the number of calls that returned a bad status. */
static int session(asp_realm *r) {
    int bad = 0;
    asp_handle h = 0, f = 0, res = 0, l = 0, d = 0, s = 0, k, v;
#define RUN(call) do { \
        asp_status st_ = (call); \
        if (!is_status(st_)) bad++; \
        if ((st_ == ASP_ERROR || st_ == ASP_NOMEM) && !asp_error_type(r)) bad++; \
    } while (0)
    RUN(asp_define_function(r, "twice", twice, NULL));
    RUN(asp_define_module(r, "hm"));
    RUN(asp_module_add_function(r, "hm", "twice", twice, NULL));
    static const char src[] =
        "import hm\n"
        "def g(x):\n"
        "    return [hm.twice(x), twice(x), str(x) * 3, {x: x}]\n"
        "try:\n"
        "    twice('a')\n"
        "except TypeError as e:\n"
        "    msg = str(e)\n";
    RUN(asp_exec(r, src, sizeof src - 1, "s.py"));
    RUN(asp_get_global(r, "g", &f));
    RUN(asp_new_int(r, 21, &h));
    RUN(asp_call(r, f, 1, &h, &res));
    RUN(asp_eval(r, "g(5)[2] + '\\u20ac'", 18, &s));
    const char *u;
    size_t n;
    if (s) RUN(asp_to_str(r, s, &u, &n));
    RUN(asp_new_list(r, &l));
    RUN(asp_list_append(r, l, h));
    RUN(asp_new_dict(r, &d));
    RUN(asp_dict_set(r, d, h, l));
    size_t pos = 0;
    while (asp_dict_next(r, d, &pos, &k, &v) == ASP_OK) {
        asp_handle_release(r, k);
        asp_handle_release(r, v);
    }
    asp_status st = asp_exec(r, "1/0", 3, "z.py");
    if (!is_status(st)) bad++;
    if (st != ASP_OK) {
        if (!asp_error_type(r) || !asp_error_message(r) || !asp_error_traceback(r)) bad++;
    }
    asp_handle hs[] = {h, f, res, l, d, s};
    for (size_t i = 0; i < sizeof hs / sizeof hs[0]; i++)
        if (hs[i]) asp_handle_release(r, hs[i]);
#undef RUN
    return bad;
}

int main(void) {
    int bad = 0, unusable = 0, nomem = 0;
    uint64_t n;
    for (n = 1; n < 4000; n++) {
        asp_config cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.write_out = sink;
        asp_realm *r;
        if (asp_realm_new(&cfg, &r) != ASP_OK) { bad++; break; }
        r->r->heap.fail_at = r->r->heap.allocs + n;
        bad += session(r);
        bool injected = r->r->heap.fail_at == 0;
        r->r->heap.fail_at = 0;
        if (injected) nomem++;
        /* the realm works normally afterwards */
        asp_handle h;
        int64_t v = 0;
        if (asp_eval(r, "sum([1, 2, 3])", 14, &h) != ASP_OK || asp_to_int(r, h, &v) != ASP_OK || v != 6)
            unusable++;
        asp_realm_free(r);
        if (!injected) break;   /* the session made fewer than n allocations: done */
    }
    CHECK_EQ_INT(bad, 0);
    CHECK_EQ_INT(unusable, 0);
    CHECK(nomem > 50);   /* the session did allocate that often */
    CHECK(n < 4000);     /* and every failure point was tried */
    printf("%d failure points\n", nomem);
    return unit_report();
}
