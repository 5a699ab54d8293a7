/* cli_debug: the command's debugging hooks that need the interpreter's
 * internals, kept out of main.c so that the command itself uses only the
 * public include/asp.h (see cli_debug.c for why each needs them). */
#ifndef ASP_CLI_DEBUG_H
#define ASP_CLI_DEBUG_H
#include <stdint.h>
#include "asp.h"
/* `asp --dis FILE`: prints the bytecode; the exit status. */
int cli_dis(const char *path, const char *src, size_t len);
/* tests/alloc_fail.py: make allocation number n fail (ASP_FAIL_ALLOC). */
void cli_fail_alloc_at(asp_realm *a, uint64_t n);
/* ASP_GCSTATS: the collector's counters, one line on stderr. */
void cli_gc_stats(asp_realm *a);
#endif
