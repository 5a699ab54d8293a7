/* test_re: the regular-expression engine under limits, through the public
 * API: catastrophic backtracking ends with ResourceLimitError under an
 * instruction budget (no hang, the guest cannot catch it), deep nesting is a
 * clean RecursionError, and the realm keeps working afterwards. */
#include <stdlib.h>
#include <stdint.h>
#include "asp.h"
#include "unit.h"

static asp_status exec_str(asp_realm *r, const char *src) {
    return asp_exec(r, src, strlen(src), "<test>");
}

static void test_catastrophic(void) {
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.max_instructions = 2000000;
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "import re\nassert re.match(r'(a+)+$', 'aaaa').span() == (0, 4)\n"), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "import re\ntry:\n    re.match(r'(a+)+$', 'a' * 30 + 'b')\nexcept BaseException:\n    pass\n"),
                 ASP_LIMIT);
    CHECK_EQ_STR(asp_error_type(r), "ResourceLimitError");
    asp_realm_free(r);

    memset(&cfg, 0, sizeof cfg);
    cfg.max_instructions = 2000000;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "import re\nre.search(r'(x+x+)+y', 'x' * 40)\n"), ASP_LIMIT);
    CHECK_EQ_STR(asp_error_type(r), "ResourceLimitError");
    asp_realm_free(r);

    memset(&cfg, 0, sizeof cfg);
    cfg.max_instructions = 2000000;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "import re\nre.fullmatch(r'(?:a|aa)*c', 'a' * 60)\n"), ASP_LIMIT);
    asp_realm_free(r);

    /* many groups make every attempt of a search cost: counted too */
    memset(&cfg, 0, sizeof cfg);
    cfg.max_instructions = 2000000;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "import re\nre.search('()' * 20000 + 'b', 'a' * 200000)\n"), ASP_LIMIT);
    asp_realm_free(r);
}

static void test_nesting(void) {
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "import re\n"
                             "try:\n    re.compile('(' * 100000 + ')' * 100000)\nexcept RecursionError:\n    pass\n"
                             "else:\n    raise AssertionError\n"
                             "assert re.match('(' * 50 + 'a' + ')' * 50, 'a').span(50) == (0, 1)\n"
                             "assert re.match('a' * 100000, 'a' * 100000)\n"
                             "assert re.match('(?:a|b)*c', 'ab' * 100000 + 'c')\n"
                             "assert re.match('(a|b)*c', 'ab' * 100000 + 'c').span(1) == (199999, 200000)\n"),
                 ASP_OK);
    if (asp_error_type(r)) printf("%s: %s\n", asp_error_type(r), asp_error_message(r));
    asp_realm_free(r);
}

int main(void) {
    test_catastrophic();
    test_nesting();
    return unit_report();
}
