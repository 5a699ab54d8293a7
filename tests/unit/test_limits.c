/* test_limits: an instruction budget or a wall-time limit ends a run that
 * no guest handler can keep alive, and the realm is usable afterwards. */
#include "unit.h"
#include "core/realm.h"
#include "core/limits.h"
#include "objects/objects.h"
#include "vm/vm.h"
#include "front/source.h"

/* The module namespace lives in main's frame (the collector scans the C
 * stack, not static variables). */
static void run_body(Realm *r, Value *globals_p, const char *src) {
    if (*globals_p == V_NULL) {
        *globals_p = dict_new(r);
        dict_set(r, *globals_p, NM(r, __builtins__), r->builtins);
    }
    Value code = compile_string(r, src, strlen(src), str_from_cstr(r, "<test>"), V_NULL, PARSE_EXEC);
    vm_run_code(r, code, *globals_p, *globals_p);
}

static int run(Realm *r, Value *globals_p, const char *src, Value *exc) {
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        run_body(r, globals_p, src);
        err_untry(r, &j);
        return 0;
    }
    *exc = r->exc;
    return 1;
}

static uint64_t fake_now;
static uint64_t fake_clock(void *ud) { (void)ud; return fake_now += 1000000; }   /* 1 ms per look */

int main(void) {
    RealmConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.max_steps = 200000;
    Realm *r = realm_new_with(&cfg);
    CHECK(r != NULL);
    if (!r) return unit_report();
    REALM_ENTER(r);
    Value globals = V_NULL;
    Value exc = V_NULL;
    const char *guarded =
        "log = []\n"
        "try:\n"
        "    while True:\n"
        "        pass\n"
        "except BaseException:\n"
        "    log.append('caught')\n"
        "finally:\n"
        "    log.append('finally')\n";
    CHECK(run(r, &globals, guarded, &exc) == 1);
    CHECK(r->limit_hit == LIMIT_INSTRUCTIONS);
    CHECK(exc != V_NULL && v_type(r, exc) == r->t_limit_error);
    CHECK(dict_len(dict_get_cstr(r, globals, "log")) == 0 ||
          list_ptr(dict_get_cstr(r, globals, "log"))->len == 0);   /* no handler ran */
    /* recursion through calls is counted too */
    limits_reset(r);
    r->steps_used = 0;
    exc = V_NULL;
    CHECK(run(r, &globals, "def f(n):\n    return f(n) if n < 0 else 0\nwhile True:\n    f(1)\n", &exc) == 1);
    CHECK(r->limit_hit == LIMIT_INSTRUCTIONS);
    /* long loops inside built-ins are counted too: sum over a range, a sort */
    limits_reset(r);
    r->steps_used = 0;
    exc = V_NULL;
    CHECK(run(r, &globals, "x = sum(range(10 ** 12))\n", &exc) == 1);
    CHECK(r->limit_hit == LIMIT_INSTRUCTIONS);
    limits_reset(r);
    r->steps_used = 0;
    exc = V_NULL;
    CHECK(run(r, &globals, "y = sorted(list(range(10000)) * 100)\n", &exc) == 1);
    CHECK(r->limit_hit == LIMIT_INSTRUCTIONS);
    /* usable afterwards */
    limits_reset(r);
    r->steps_used = 0;
    exc = V_NULL;
    CHECK(run(r, &globals, "total = sum(range(100))\nassert total == 4950\n", &exc) == 0);
    realm_free(r);
    globals = V_NULL;

    /* wall time on the host's clock */
    memset(&cfg, 0, sizeof cfg);
    cfg.clock = fake_clock;
    cfg.max_time_ns = 50 * 1000000ull;
    r = realm_new_with(&cfg);
    REALM_ENTER(r);
    exc = V_NULL;
    CHECK(run(r, &globals, "while True:\n    try:\n        pass\n    except:\n        pass\n", &exc) == 1);
    CHECK(r->limit_hit == LIMIT_TIME);
    /* an interrupt from the host */
    limits_reset(r);
    r->deadline_ns = 0;
    r->interrupt = 1;
    exc = V_NULL;
    CHECK(run(r, &globals, "while True:\n    pass\n", &exc) == 1);
    CHECK(r->limit_hit == LIMIT_INTERRUPT);
    realm_free(r);
    globals = V_NULL;
    return unit_report();
}
