/* test_no_globals: the library has no writable global or static data.
 *
 * Reads the symbol table of the libasp.a built next to this binary
 * (build/tests/X -> build/libasp.a) with objdump and fails for every symbol
 * in a writable data section (.data, .bss, .tdata, .tbss and their
 * sub-sections).  .data.rel.ro is accepted: it holds `static const` tables
 * of pointers that the loader makes read-only after relocation (RELRO);
 * `nm` reports those as type 'd' only because of -fPIC.  Sanitizer and
 * compiler-generated symbols are ignored. */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include "unit.h"

static int writable_section(const char *sec) {
    if (!strncmp(sec, ".data.rel.ro", 12)) return 0;
    return !strncmp(sec, ".data", 5) || !strncmp(sec, ".bss", 4) || !strncmp(sec, ".tdata", 6) ||
           !strncmp(sec, ".tbss", 5) || !strcmp(sec, "COMMON") || !strcmp(sec, "*COM*");
}

static int ignored(const char *name) {
    return !strncmp(name, "__asan", 6) || !strncmp(name, "__ubsan", 7) || !strncmp(name, "__odr_asan", 10) ||
           !strncmp(name, ".L", 2) || !strncmp(name, "__sancov", 8) || name[0] == 0;
}

int main(int argc, char **argv) {
    char lib[4096];
    const char *self = argc > 0 ? argv[0] : "build/tests/test_no_globals";
    const char *slash = strrchr(self, '/');
    size_t dir = slash ? (size_t)(slash - self) : 0;
    /* strip the final "/tests" component */
    const char *prev = NULL;
    for (const char *p = self; p < self + dir; p++) if (*p == '/') prev = p;
    size_t base = prev ? (size_t)(prev - self) : 0;
    snprintf(lib, sizeof lib, "%.*s/libasp.a", (int)base, self);
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "objdump -t '%s' 2>/dev/null", lib);
    FILE *fp = popen(cmd, "r");
    CHECK(fp != NULL);
    if (!fp) return unit_report();
    char line[1024];
    int symbols = 0;
    while (fgets(line, sizeof line, fp)) {
        /* "0000000000000000 l     O .bss\t0000000000000008 name" */
        char addr[64], flags[16], sec[256], size[64], name[512];
        if (sscanf(line, "%63s %15[^.*]%255s %63s %511s", addr, flags, sec, size, name) != 5) continue;
        symbols++;
        if (!writable_section(sec) || ignored(name)) continue;
        printf("writable global: %s in %s\n", name, sec);
        CHECK(!"writable global data in libasp.a");
    }
    pclose(fp);
    CHECK(symbols > 100);   /* the library was found and read */
    return unit_report();
}
