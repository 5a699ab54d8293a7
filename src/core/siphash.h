/* siphash: SipHash-1-3 (one compression round, three finalisation rounds),
 * the keyed hash CPython 3.11+ uses for str and bytes.  Pure functions.
 *
 * Streaming form so that a caller can feed a string's code units converted
 * on the fly (str hashes the UCS-2 units CPython would store, see str.c)
 * without a temporary copy of the whole string.  Bytes are read as
 * little-endian 64-bit words, as CPython does on the x86/ARM hosts we run on,
 * so with the same key k0/k1 the result equals CPython's siphash13. */
#ifndef ASP_SIPHASH_H
#define ASP_SIPHASH_H

#include <stddef.h>
#include <stdint.h>

typedef struct SipState {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;        /* up to 7 pending bytes, little-endian */
    size_t ntail;
    uint64_t total;       /* bytes fed so far */
} SipState;

void sip_init(SipState *s, uint64_t k0, uint64_t k1);
void sip_update(SipState *s, const uint8_t *p, size_t n);
uint64_t sip_final(SipState *s);

/* One-shot SipHash-1-3 of a byte string. */
uint64_t siphash13(uint64_t k0, uint64_t k1, const void *data, size_t len);

#endif
