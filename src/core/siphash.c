/* siphash: SipHash-1-3, written from the SipHash paper's description
 * (Aumasson & Bernstein): state v0..v3 initialised from the key XOR the
 * constants "somepseudorandomlygeneratedbytes", one SipRound per 8-byte
 * message word, the length in the top byte of the last word, then
 * v2 ^= 0xff and three SipRounds. */
#include "core/siphash.h"

static inline uint64_t sip_rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

static inline void sip_round(SipState *s) {
    s->v0 += s->v1; s->v1 = sip_rotl(s->v1, 13); s->v1 ^= s->v0; s->v0 = sip_rotl(s->v0, 32);
    s->v2 += s->v3; s->v3 = sip_rotl(s->v3, 16); s->v3 ^= s->v2;
    s->v0 += s->v3; s->v3 = sip_rotl(s->v3, 21); s->v3 ^= s->v0;
    s->v2 += s->v1; s->v1 = sip_rotl(s->v1, 17); s->v1 ^= s->v2; s->v2 = sip_rotl(s->v2, 32);
}

static inline void sip_word(SipState *s, uint64_t m) {
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

void sip_init(SipState *s, uint64_t k0, uint64_t k1) {
    s->v0 = k0 ^ 0x736f6d6570736575ull;
    s->v1 = k1 ^ 0x646f72616e646f6dull;
    s->v2 = k0 ^ 0x6c7967656e657261ull;
    s->v3 = k1 ^ 0x7465646279746573ull;
    s->tail = 0;
    s->ntail = 0;
    s->total = 0;
}

void sip_update(SipState *s, const uint8_t *p, size_t n) {
    s->total += n;
    /* finish a pending partial word first */
    while (s->ntail && n) {
        s->tail |= (uint64_t)*p++ << (8 * s->ntail);
        n--;
        if (++s->ntail == 8) {
            sip_word(s, s->tail);
            s->tail = 0;
            s->ntail = 0;
        }
    }
    while (n >= 8) {
        uint64_t m = 0;
        for (int i = 7; i >= 0; i--) m = (m << 8) | p[i];
        sip_word(s, m);
        p += 8;
        n -= 8;
    }
    for (size_t i = 0; i < n; i++) s->tail |= (uint64_t)p[i] << (8 * i);
    s->ntail = n ? n : s->ntail;
}

uint64_t sip_final(SipState *s) {
    uint64_t b = ((uint64_t)(s->total & 0xff) << 56) | s->tail;
    sip_word(s, b);
    s->v2 ^= 0xff;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    return s->v0 ^ s->v1 ^ s->v2 ^ s->v3;
}

uint64_t siphash13(uint64_t k0, uint64_t k1, const void *data, size_t len) {
    SipState s;
    sip_init(&s, k0, k1);
    sip_update(&s, (const uint8_t *)data, len);
    return sip_final(&s);
}
