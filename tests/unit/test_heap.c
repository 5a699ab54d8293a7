/* test_heap: the heap limit turns into MemoryError, the realm stays usable
 * afterwards, and a collection frees what is unreachable. */
#include "unit.h"
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/vm.h"
#include "front/source.h"

static int run(Realm *r, const char *src, Value *exc) {
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value g = dict_new(r);
        dict_set(r, g, NM(r, __builtins__), r->builtins);
        Value code = compile_string(r, src, strlen(src), str_from_cstr(r, "<test>"), V_NULL, PARSE_EXEC);
        vm_run_code(r, code, g, g);
        err_untry(r, &j);
        return 0;
    }
    *exc = r->exc;
    return 1;
}

int main(void) {
    RealmConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.heap_limit = (size_t)8 << 20;
    Realm *r = realm_new_with(&cfg);
    CHECK(r != NULL);
    if (!r) return unit_report();
    REALM_ENTER(r);
    Value exc = V_NULL;
    /* a list that grows past 8 MiB */
    CHECK(run(r, "x = []\nwhile True:\n    x.append([0] * 1000)\n", &exc) == 1);
    CHECK(exc != V_NULL && err_matches(r, exc, EXC(r, MemoryError)));
    /* a string that doubles past it */
    exc = V_NULL;
    CHECK(run(r, "s = 'ab'\nwhile True:\n    s = s + s\n", &exc) == 1);
    CHECK(exc != V_NULL && err_matches(r, exc, EXC(r, MemoryError)));
    /* a big int past it */
    exc = V_NULL;
    CHECK(run(r, "n = 10 ** (10 ** 8)\n", &exc) == 1);
    CHECK(exc != V_NULL && err_matches(r, exc, EXC(r, MemoryError)));
    /* still usable, and the garbage of the failed runs is collectable */
    heap_collect(r);
    CHECK(r->heap.bytes < cfg.heap_limit / 2);
    exc = V_NULL;
    CHECK(run(r, "y = sum(range(1000))\nassert y == 499500\n", &exc) == 0);
    /* stress mode: a collection at every allocation keeps programs right */
    r->heap.stress = true;
    size_t before = r->heap.collections;
    CHECK(run(r, "d = {str(i): [i] * 3 for i in range(200)}\nassert sum(v[0] for v in d.values()) == 19900\n", &exc) == 0);
    CHECK(r->heap.collections > before + 1000);
    r->heap.stress = false;
    realm_free(r);
    return unit_report();
}
