/* unit.h: a minimal harness for the C unit tests in tests/unit/.
 * Each test_X.c includes this once, calls CHECK(...) / CHECK_EQ_INT(...)
 * and ends main() with `return unit_report();`, which prints the line
 * `N passed, M failed` that tests/run_lang.py adds into its totals.
 * Test programs are not part of src/, so the counters may be static. */
#ifndef ASP_TESTS_UNIT_H
#define ASP_TESTS_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed, unit_failed;

#define CHECK(cond) do { \
    if (cond) unit_passed++; \
    else { unit_failed++; \
        printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_EQ_INT(a, b) do { \
    long long unit_a_ = (long long)(a), unit_b_ = (long long)(b); \
    if (unit_a_ == unit_b_) unit_passed++; \
    else { unit_failed++; \
        printf("FAIL %s:%d: %s == %s (%lld != %lld)\n", __FILE__, __LINE__, \
               #a, #b, unit_a_, unit_b_); } \
} while (0)

#define CHECK_EQ_STR(a, b) do { \
    const char *unit_a_ = (a), *unit_b_ = (b); \
    if (unit_a_ && unit_b_ && strcmp(unit_a_, unit_b_) == 0) unit_passed++; \
    else { unit_failed++; \
        printf("FAIL %s:%d: %s == %s (\"%s\" != \"%s\")\n", __FILE__, __LINE__, \
               #a, #b, unit_a_ ? unit_a_ : "(null)", unit_b_ ? unit_b_ : "(null)"); } \
} while (0)

static inline int unit_report(void)
{
    printf("%d passed, %d failed\n", unit_passed, unit_failed);
    return unit_failed ? 1 : 0;
}

#endif
