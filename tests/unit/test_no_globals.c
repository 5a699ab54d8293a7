/* test_no_globals: the library has no writable global or static data.
 *
 * Runs `nm` on the libasp.a built next to this binary (build/tests/X ->
 * build/libasp.a) and fails for every symbol of type B, D, b or d (writable
 * data or bss), ignoring sanitizer and compiler-generated symbols (and the
 * gcov counters of `make coverage`).  The
 * Makefile flags the .data.rel.ro sections of const pointer tables
 * read-only (see there), so those show as 'r'. */
#include <stdlib.h>
#include "unit.h"

static int ignored(const char *name) {
    return !strncmp(name, "__asan", 6) || !strncmp(name, "__ubsan", 7) || !strncmp(name, "__odr_asan", 10) ||
           !strncmp(name, "__sancov", 8) || !strncmp(name, "__gcov", 6) || name[0] == '.' || name[0] == 0;
}

int main(int argc, char **argv) {
    char lib[4096];
    const char *self = argc > 0 ? argv[0] : "build/tests/test_no_globals";
    const char *slash = strrchr(self, '/');
    size_t dir = slash ? (size_t)(slash - self) : 0;
    const char *prev = NULL;   /* strip the final "/tests" component */
    for (const char *p = self; p < self + dir; p++) if (*p == '/') prev = p;
    size_t base = prev ? (size_t)(prev - self) : 0;
    snprintf(lib, sizeof lib, "%.*s/libasp.a", (int)base, self);
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "nm '%s' 2>/dev/null", lib);
    FILE *fp = popen(cmd, "r");
    CHECK(fp != NULL);
    if (!fp) return unit_report();
    char line[1024];
    int symbols = 0;
    while (fgets(line, sizeof line, fp)) {
        /* "0000000000000000 d name" or "                 U name" */
        char addr[64], type[8], name[512];
        if (sscanf(line, "%63s %7s %511s", addr, type, name) != 3) continue;
        symbols++;
        if (!strchr("BDbd", type[0]) || type[1] || ignored(name)) continue;
        printf("writable global: %s (%s)\n", name, type);
        CHECK(!"writable global data in libasp.a");
    }
    pclose(fp);
    CHECK(symbols > 100);   /* the library was found and read */
    return unit_report();
}
