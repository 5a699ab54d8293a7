/* tok_nfkc_data: generated NFKC tables (tools/gen_nfkc.py); see tok_nfkc.c. */
#ifndef ASP_FRONT_TOK_NFKC_DATA_H
#define ASP_FRONT_TOK_NFKC_DATA_H
#include <stddef.h>
#include <stdint.h>
extern const uint32_t *const nfkd_keys;   /* sorted code points */
extern const uint32_t *const nfkd_offs;   /* offset << 5 | length into nfkd_data */
extern const uint32_t *const nfkd_data;
extern const size_t nfkd_count;
extern const uint32_t *const ccc_ranges;  /* (first, last, class) triples, sorted */
extern const size_t ccc_count;
extern const uint64_t *const comp_keys;   /* sorted first << 21 | second */
extern const uint32_t *const comp_vals;
extern const size_t comp_count;
#endif
