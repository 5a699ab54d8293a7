/* test_examples: runs tests/api/check_examples.sh, which installs asp with
 * `make install`, builds the host programs of examples/ with pkg-config
 * and compares their output; each `ok NAME` line is a passed check, each
 * `FAIL ...` line a failed one. */
#include <stdio.h>
#include <string.h>
#include "unit.h"

int main(void) {
    FILE *p = popen("sh tests/api/check_examples.sh 2>&1", "r");
    CHECK(p != NULL);
    if (!p) return unit_report();
    char line[1024];
    int oks = 0;
    while (fgets(line, sizeof line, p)) {
        if (!strncmp(line, "ok ", 3)) { oks++; unit_passed++; }
        else {
            fputs(line, stdout);
            if (!strncmp(line, "FAIL", 4)) unit_failed++;
        }
    }
    CHECK_EQ_INT(pclose(p), 0);
    CHECK(oks >= 6);   /* install, three examples, symbols, static link */
    return unit_report();
}
