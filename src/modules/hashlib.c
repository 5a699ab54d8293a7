/* _hashcore: the message digests under hashlib (src/modules/py/hashlib.py):
 * MD5 (RFC 1321), SHA-1 and the SHA-2 family SHA-224/256/384/512 (FIPS
 * 180-4), SHA-3 and SHAKE (FIPS 202), BLAKE2b/BLAKE2s (RFC 7693), written
 * from the specifications.  A Hasher object holds one
 * running state: update() compresses whole blocks and keeps the remainder
 * in `buf`; digest() pads a copy, so the state can go on.
 *
 * Invariants: 0 <= buffered < block size; `length` counts the bytes hashed
 * so far (mod 2^64, the message bit length is 8 * length, which is exact up
 * to 2^61 bytes, far beyond any realm's memory); update() charges the
 * instruction budget per block. */
#include <string.h>
#include "core/realm.h"
#include "core/limits.h"
#include "modules/modules.h"
#include "objects/strimpl.h"
#include "vm/ops.h"

enum { H_MD5, H_SHA1, H_SHA224, H_SHA256, H_SHA384, H_SHA512,
       H_SHA3_224, H_SHA3_256, H_SHA3_384, H_SHA3_512, H_SHAKE128, H_SHAKE256,
       H_BLAKE2B, H_BLAKE2S, H_COUNT };

typedef struct HashInfo {
    const char *name;
    int digest_size, block_size;
} HashInfo;

static const HashInfo hash_info[H_COUNT] = {
    {"md5", 16, 64}, {"sha1", 20, 64}, {"sha224", 28, 64},
    {"sha256", 32, 64}, {"sha384", 48, 128}, {"sha512", 64, 128},
    /* SHA-3 (FIPS 202): block size is the sponge rate; SHAKE has no fixed digest size */
    {"sha3_224", 28, 144}, {"sha3_256", 32, 136}, {"sha3_384", 48, 104}, {"sha3_512", 64, 72},
    {"shake_128", 0, 168}, {"shake_256", 0, 136},
    /* BLAKE2 (RFC 7693): the digest size is a parameter (at most this) */
    {"blake2b", 64, 128}, {"blake2s", 32, 64},
};

typedef struct Hasher {
    Obj hdr;
    int algo;
    uint32_t buffered;
    uint64_t length;
    uint32_t s32[8];
    uint64_t s64[8];
    uint64_t k[25];       /* Keccak state, lane (x, y) at x + 5y */
    uint64_t t0, t1;      /* BLAKE2: bytes compressed so far (128-bit counter) */
    int outlen;           /* BLAKE2: digest size */
    bool last_node;       /* BLAKE2: tree hashing's last-node flag */
    uint8_t buf[200];
} Hasher;

static inline uint32_t rol32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static inline uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
static inline uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint32_t le32(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static inline uint64_t be64(const uint8_t *p) { return (uint64_t)be32(p) << 32 | be32(p + 4); }

/* ------------------------------------------------------------------- MD5 */

static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const uint8_t md5_r[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static void md5_block(uint32_t *s, const uint8_t *p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++) m[i] = le32(p + (size_t)4 * i);
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
        else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
        else { f = c ^ (b | ~d); g = (7 * i) & 15; }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol32(a + f + md5_k[i] + m[g], md5_r[i]);
        a = t;
    }
    s[0] += a; s[1] += b; s[2] += c; s[3] += d;
}

/* ----------------------------------------------------------------- SHA-1 */

static void sha1_block(uint32_t *s, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = be32(p + (size_t)4 * i);
    for (int i = 16; i < 80; i++) w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
        else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
        else { f = b ^ c ^ d; k = 0xca62c1d6; }
        uint32_t t = rol32(a, 5) + f + e + k + w[i];
        e = d; d = c; c = rol32(b, 30); b = a; a = t;
    }
    s[0] += a; s[1] += b; s[2] += c; s[3] += d; s[4] += e;
}

/* --------------------------------------------------------------- SHA-256 */

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(uint32_t *s, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = be32(p + (size_t)4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6], h = s[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = h + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & f) ^ (~e & g)) + sha256_k[i] + w[i];
        uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    s[0] += a; s[1] += b; s[2] += c; s[3] += d; s[4] += e; s[5] += f; s[6] += g; s[7] += h;
}

/* --------------------------------------------------------------- SHA-512 */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static void sha512_block(uint64_t *s, const uint8_t *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) w[i] = be64(p + (size_t)8 * i);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6], h = s[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = h + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) + sha512_k[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    s[0] += a; s[1] += b; s[2] += c; s[3] += d; s[4] += e; s[5] += f; s[6] += g; s[7] += h;
}

/* ---------------------------------------------------------- SHA-3 (Keccak) */

static const uint64_t keccak_rc[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};
static const uint8_t keccak_rot[25] = {
    0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
};

static inline uint64_t rol64(uint64_t x, int n) { return n ? (x << n) | (x >> (64 - n)) : x; }

static void keccak_f(uint64_t *a) {
    for (int round = 0; round < 24; round++) {
        uint64_t c[5] = {0}, d[5] = {0}, b[25] = {0};   /* (all written below; zeroed for the analyzers) */
        for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (int x = 0; x < 5; x++) d[x] = c[(x + 4) % 5] ^ rol64(c[(x + 1) % 5], 1);
        for (int i = 0; i < 25; i++) a[i] ^= d[i % 5];
        for (int x = 0; x < 5; x++)
            for (int y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rol64(a[x + 5 * y], keccak_rot[x + 5 * y]);
        for (int y = 0; y < 5; y++)
            for (int x = 0; x < 5; x++)
                a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
        a[0] ^= keccak_rc[round];
    }
}

static void keccak_absorb(uint64_t *a, const uint8_t *p, int rate) {
    for (int i = 0; i < rate / 8; i++) {
        uint64_t lane = 0;
        for (int k = 0; k < 8; k++) lane |= (uint64_t)p[8 * i + k] << (8 * k);
        a[i] ^= lane;
    }
    keccak_f(a);
}

/* ---------------------------------------------------------------- BLAKE2 */

static const uint8_t blake2_sigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};
static const uint64_t blake2b_iv[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
static const uint32_t blake2s_iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
static inline uint64_t le64(const uint8_t *p) { return (uint64_t)le32(p + 4) << 32 | le32(p); }

static void blake2b_compress(Hasher *h, const uint8_t *p, bool last) {
    uint64_t m[16] = {0}, v[16] = {0};   /* (all written below; zeroed for the analyzers) */
    for (int i = 0; i < 16; i++) m[i] = le64(p + (size_t)8 * i);
    for (int i = 0; i < 8; i++) { v[i] = h->s64[i]; v[i + 8] = blake2b_iv[i]; }
    v[12] ^= h->t0;
    v[13] ^= h->t1;
    if (last) v[14] = ~v[14];
    if (last && h->last_node) v[15] = ~v[15];
    static const uint8_t gi[8][4] = {{0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15},
                                     {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14}};
    for (int r = 0; r < 12; r++) {
        const uint8_t *sg = blake2_sigma[r % 10];
        for (int g = 0; g < 8; g++) {
            int a = gi[g][0], b = gi[g][1], c = gi[g][2], d = gi[g][3];
            v[a] = v[a] + v[b] + m[sg[(size_t)2 * g]];
            v[d] = ror64(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = ror64(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + m[sg[(size_t)2 * g + 1]];
            v[d] = ror64(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = ror64(v[b] ^ v[c], 63);
        }
    }
    for (int i = 0; i < 8; i++) h->s64[i] ^= v[i] ^ v[i + 8];
}

static void blake2s_compress(Hasher *h, const uint8_t *p, bool last) {
    uint32_t m[16] = {0}, v[16] = {0};   /* (all written below; zeroed for the analyzers) */
    for (int i = 0; i < 16; i++) m[i] = le32(p + (size_t)4 * i);
    for (int i = 0; i < 8; i++) { v[i] = h->s32[i]; v[i + 8] = blake2s_iv[i]; }
    v[12] ^= (uint32_t)h->t0;
    v[13] ^= (uint32_t)(h->t0 >> 32);
    if (last) v[14] = ~v[14];
    if (last && h->last_node) v[15] = ~v[15];
    static const uint8_t gi[8][4] = {{0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15},
                                     {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14}};
    for (int r = 0; r < 10; r++) {
        const uint8_t *sg = blake2_sigma[r];
        for (int g = 0; g < 8; g++) {
            int a = gi[g][0], b = gi[g][1], c = gi[g][2], d = gi[g][3];
            v[a] = v[a] + v[b] + m[sg[(size_t)2 * g]];
            v[d] = ror32(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = ror32(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + m[sg[(size_t)2 * g + 1]];
            v[d] = ror32(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = ror32(v[b] ^ v[c], 7);
        }
    }
    for (int i = 0; i < 8; i++) h->s32[i] ^= v[i] ^ v[i + 8];
}

static void blake2_count(Hasher *h, uint64_t n) {
    h->t0 += n;
    if (h->t0 < n) h->t1++;
}

/* BLAKE2 keeps the last block buffered: it is compressed with the final flag. */
static void blake2_update(Realm *r, Hasher *h, const uint8_t *p, size_t n) {
    uint32_t bs = (uint32_t)hash_info[h->algo].block_size;
    size_t blocks = 0;
    while (n > 0) {
        if (h->buffered == bs) {
            blake2_count(h, bs);
            if (h->algo == H_BLAKE2B) blake2b_compress(h, h->buf, false);
            else blake2s_compress(h, h->buf, false);
            h->buffered = 0;
            if (++blocks == 256) { limits_count(r, 256); blocks = 0; }
        }
        size_t take = bs - h->buffered;
        if (take > n) take = n;
        memcpy(h->buf + h->buffered, p, take);
        h->buffered += (uint32_t)take;
        p += take;
        n -= take;
    }
    limits_count(r, blocks + 1);
}

static void blake2_final(const Hasher *src, uint8_t *out) {
    Hasher h = *src;
    uint32_t bs = (uint32_t)hash_info[h.algo].block_size;
    blake2_count(&h, h.buffered);
    memset(h.buf + h.buffered, 0, bs - h.buffered);
    if (h.algo == H_BLAKE2B) blake2b_compress(&h, h.buf, true);
    else blake2s_compress(&h, h.buf, true);
    for (int i = 0; i < h.outlen; i++)
        out[i] = h.algo == H_BLAKE2B ? (uint8_t)(h.s64[i / 8] >> (8 * (i % 8))) : (uint8_t)(h.s32[i / 4] >> (8 * (i % 4)));
}

/* --------------------------------------------------------------- driver */

static void hash_init(Hasher *h, int algo) {
    static const uint32_t md5_iv[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    static const uint32_t sha1_iv[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    static const uint32_t sha224_iv[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                          0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    static const uint32_t sha256_iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint64_t sha384_iv[8] = {
        0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
        0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL, 0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};
    static const uint64_t sha512_iv[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    h->algo = algo;
    h->buffered = 0;
    h->length = 0;
    memset(h->s32, 0, sizeof h->s32);
    memset(h->s64, 0, sizeof h->s64);
    memset(h->k, 0, sizeof h->k);
    h->t0 = h->t1 = 0;
    h->outlen = hash_info[algo].digest_size;
    h->last_node = false;
    switch (algo) {
    case H_MD5: memcpy(h->s32, md5_iv, sizeof md5_iv); break;
    case H_SHA1: memcpy(h->s32, sha1_iv, sizeof sha1_iv); break;
    case H_SHA224: memcpy(h->s32, sha224_iv, sizeof sha224_iv); break;
    case H_SHA256: memcpy(h->s32, sha256_iv, sizeof sha256_iv); break;
    case H_SHA384: memcpy(h->s64, sha384_iv, sizeof sha384_iv); break;
    case H_SHA512: memcpy(h->s64, sha512_iv, sizeof sha512_iv); break;
    case H_BLAKE2B: memcpy(h->s64, blake2b_iv, sizeof blake2b_iv); h->s64[0] ^= 0x01010040; break;
    case H_BLAKE2S: memcpy(h->s32, blake2s_iv, sizeof blake2s_iv); h->s32[0] ^= 0x01010020; break;
    default: break;   /* SHA-3: the zero state */
    }
}

static bool hash_is_sha3(int algo) { return algo >= H_SHA3_224 && algo <= H_SHAKE256; }

static void hash_block(Hasher *h, const uint8_t *p) {
    switch (h->algo) {
    case H_MD5: md5_block(h->s32, p); break;
    case H_SHA1: sha1_block(h->s32, p); break;
    case H_SHA224: case H_SHA256: sha256_block(h->s32, p); break;
    case H_SHA384: case H_SHA512: sha512_block(h->s64, p); break;
    default: keccak_absorb(h->k, p, hash_info[h->algo].block_size); break;
    }
}

/* Feeds n bytes; the caller guarantees p stays valid (no guest code runs). */
static void hash_update(Realm *r, Hasher *h, const uint8_t *p, size_t n) {
    if (h->algo == H_BLAKE2B || h->algo == H_BLAKE2S) { blake2_update(r, h, p, n); return; }
    uint32_t bs = (uint32_t)hash_info[h->algo].block_size;
    h->length += n;
    if (h->buffered) {
        size_t take = bs - h->buffered;
        if (take > n) take = n;
        memcpy(h->buf + h->buffered, p, take);
        h->buffered += (uint32_t)take;
        p += take;
        n -= take;
        if (h->buffered < bs) return;
        hash_block(h, h->buf);
        h->buffered = 0;
    }
    size_t blocks = 0;
    while (n >= bs) {
        hash_block(h, p);
        p += bs;
        n -= bs;
        if (++blocks == 256) { limits_count(r, 256); blocks = 0; }
    }
    limits_count(r, blocks + 1);
    memcpy(h->buf, p, n);
    h->buffered = (uint32_t)n;
}

/* The digest of a padded copy of the state into out (digest_size bytes). */
/* SHA-3 / SHAKE output: n bytes squeezed from a padded copy of the state. */
static void sha3_final(Realm *r, const Hasher *src, uint8_t *out, size_t n) {
    uint64_t a[25];
    uint8_t block[200];
    int rate = hash_info[src->algo].block_size;
    memcpy(a, src->k, sizeof a);
    memset(block, 0, sizeof block);
    memcpy(block, src->buf, src->buffered);
    block[src->buffered] ^= src->algo >= H_SHAKE128 ? 0x1f : 0x06;
    block[rate - 1] ^= 0x80;
    keccak_absorb(a, block, rate);
    size_t done = 0;
    for (;;) {
        for (int i = 0; i < rate && done < n; i++, done++) out[done] = (uint8_t)(a[i / 8] >> (8 * (i % 8)));
        if (done >= n) break;
        keccak_f(a);
        limits_count(r, 8);
    }
}

static void hash_final(const Hasher *src, uint8_t *out) {
    Hasher h = *src;
    uint32_t bs = (uint32_t)hash_info[h.algo].block_size;
    uint32_t lenbytes = bs == 128 ? 16 : 8;
    uint64_t bits = h.length << 3, hibits = h.length >> 61;
    h.buf[h.buffered++] = 0x80;
    if (h.buffered > bs - lenbytes) {
        memset(h.buf + h.buffered, 0, bs - h.buffered);
        hash_block(&h, h.buf);
        h.buffered = 0;
    }
    memset(h.buf + h.buffered, 0, bs - h.buffered);
    if (h.algo == H_MD5) {
        for (int i = 0; i < 8; i++) h.buf[56 + i] = (uint8_t)(bits >> (8 * i));
    } else {
        for (int i = 0; i < 8; i++) h.buf[bs - 1 - i] = (uint8_t)(bits >> (8 * i));
        if (bs == 128)
            for (int i = 0; i < 8; i++) h.buf[bs - 9 - i] = (uint8_t)(hibits >> (8 * i));
    }
    hash_block(&h, h.buf);
    int ds = hash_info[h.algo].digest_size;
    for (int i = 0; i < ds; i++) {
        if (h.algo == H_MD5) out[i] = (uint8_t)(h.s32[i / 4] >> (8 * (i % 4)));
        else if (bs == 64) out[i] = (uint8_t)(h.s32[i / 4] >> (24 - 8 * (i % 4)));
        else out[i] = (uint8_t)(h.s64[i / 8] >> (56 - 8 * (i % 8)));
    }
}

static Value hasher_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames);

static Hasher *hasher_self(Realm *r, Value v, const char *what) {
    if (v_is_obj(v) && v_obj(v)->type->new_ == hasher_new) return (Hasher *)v_obj(v);
    err_type(r, "descriptor '%s' requires a '_hashcore.Hasher' object but received '%T'", what, v);
}

/* Hasher(name): name one of the hash_info names. */
static Value hasher_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "Hasher", nargs, kwnames, 1, 1);
    if (!(v_is_obj(args[0]) && type_is_subtype(v_obj(args[0])->type, r->t_str)))
        err_type(r, "Hasher() argument must be str, not %T", args[0]);
    size_t n;
    const char *name = str_utf8(r, args[0], &n);
    int algo = -1;
    for (int i = 0; i < H_COUNT; i++)
        if (strlen(hash_info[i].name) == n && memcmp(hash_info[i].name, name, n) == 0) algo = i;
    if (algo < 0) err_value(r, "unsupported hash type %U", args[0]);
    Hasher *h = (Hasher *)heap_alloc(r, t, t->basicsize);
    hash_init(h, algo);
    return v_from_obj(h);
}

static Value hasher_update_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "update", nargs, kw, 2, 2);
    Hasher *h = hasher_self(r, args[0], "update");
    int64_t len;
    const uint8_t *d = bytes_buffer(r, args[1], &len);
    if (!d) {
        if (v_is_obj(args[1]) && type_is_subtype(v_obj(args[1])->type, r->t_str))
            err_type(r, "Strings must be encoded before hashing");
        err_type(r, "object supporting the buffer API required");
    }
    hash_update(r, h, d, (size_t)len);
    return V_NONE;
}

/* digest() or, for SHAKE, digest(length) */
static Value hasher_digest_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "digest", nargs, kw, 1, 2);
    Hasher *h = hasher_self(r, args[0], "digest");
    if (hash_is_sha3(h->algo)) {
        size_t n = (size_t)hash_info[h->algo].digest_size;
        if (h->algo >= H_SHAKE128) {
            if (nargs < 2) err_type(r, "digest() missing required argument 'length' (pos 1)");
            int64_t len = int_as_i64(r, num_index(r, args[1]));
            if (len < 0) err_value(r, "negative digest length");
            if (len >= ((int64_t)1 << 29)) err_no_memory(r);
            n = (size_t)len;
        }
        Value out = bytes_alloc(r, n);
        sha3_final(r, h, bytes_ptr(out)->data, n);
        return out;
    }
    uint8_t out[64];
    if (h->algo == H_BLAKE2B || h->algo == H_BLAKE2S) {
        blake2_final(h, out);
        return bytes_new(r, out, (size_t)h->outlen);
    }
    hash_final(h, out);
    return bytes_new(r, out, (size_t)hash_info[h->algo].digest_size);
}

/* _blake2_init(self, digest_size, key, salt, person, fanout, depth, leaf_size,
 *              node_offset, node_depth, inner_size, last_node): the parameter
 * block (RFC 7693 section 2.5 / the BLAKE2 paper's tree parameters); the
 * Python layer has checked every range. */
static Value hasher_blake2_init_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "_blake2_init", nargs, kw, 12, 12);
    Hasher *h = hasher_self(r, args[0], "_blake2_init");
    if (h->algo != H_BLAKE2B && h->algo != H_BLAKE2S) err_type(r, "not a BLAKE2 hasher");
    bool big = h->algo == H_BLAKE2B;
    int64_t v[12];
    for (int i = 5; i <= 10; i++) v[i] = int_as_i64(r, args[i]);
    v[1] = int_as_i64(r, args[1]);
    int64_t klen, slen, plen;
    const uint8_t *key = bytes_buffer(r, args[2], &klen), *salt = bytes_buffer(r, args[3], &slen),
                  *person = bytes_buffer(r, args[4], &plen);
    int maxd = big ? 64 : 32, maxs = big ? 16 : 8;
    if (!key || !salt || !person || v[1] < 1 || v[1] > maxd || klen > maxd || slen > maxs || plen > maxs)
        err_value(r, "bad BLAKE2 parameters");
    uint8_t pb[64];
    memset(pb, 0, sizeof pb);
    pb[0] = (uint8_t)v[1];
    pb[1] = (uint8_t)klen;
    pb[2] = (uint8_t)v[5];
    pb[3] = (uint8_t)v[6];
    for (int i = 0; i < 4; i++) pb[4 + i] = (uint8_t)((uint64_t)v[7] >> (8 * i));
    if (big) {
        for (int i = 0; i < 8; i++) pb[8 + i] = (uint8_t)((uint64_t)v[8] >> (8 * i));
        pb[16] = (uint8_t)v[9];
        pb[17] = (uint8_t)v[10];
        memcpy(pb + 32, salt, (size_t)slen);
        memcpy(pb + 48, person, (size_t)plen);
    } else {
        for (int i = 0; i < 6; i++) pb[8 + i] = (uint8_t)((uint64_t)v[8] >> (8 * i));
        pb[14] = (uint8_t)v[9];
        pb[15] = (uint8_t)v[10];
        memcpy(pb + 16, salt, (size_t)slen);
        memcpy(pb + 24, person, (size_t)plen);
    }
    hash_init(h, h->algo);
    h->outlen = (int)v[1];
    h->last_node = op_truth(r, args[11]);
    if (big) {
        for (int i = 0; i < 8; i++) h->s64[i] = blake2b_iv[i] ^ le64(pb + (size_t)8 * i);
    } else {
        for (int i = 0; i < 8; i++) h->s32[i] = blake2s_iv[i] ^ le32(pb + (size_t)4 * i);
    }
    if (klen > 0) {
        uint32_t bs = (uint32_t)hash_info[h->algo].block_size;
        memset(h->buf, 0, bs);
        memcpy(h->buf, key, (size_t)klen);
        h->buffered = bs;
    }
    return V_NONE;
}

static Value hasher_copy_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "copy", nargs, kw, 1, 1);
    Hasher *h = hasher_self(r, args[0], "copy");
    Type *t = v_obj(args[0])->type;
    Hasher *c = (Hasher *)heap_alloc(r, t, t->basicsize);
    Obj hdr = c->hdr;
    *c = *h;
    c->hdr = hdr;
    return v_from_obj(c);
}

static const MethodDef hasher_methods[] = {
    {"update", hasher_update_m, 0},
    {"digest", hasher_digest_m, 0},
    {"copy", hasher_copy_m, 0},
    {"_blake2_init", hasher_blake2_init_m, 0},
    {NULL, NULL, 0},
};

Value hashlib_module_new(Realm *r) {
    Value name = str_from_cstr(r, "_hashcore");
    Value m = module_new(r, name);
    dict_set(r, r->modules, name, m);
    Type *t = type_new_builtin(r, "Hasher", r->t_object, sizeof(Hasher), 0);
    t->new_ = hasher_new;
    type_add_methods(r, t, hasher_methods);
    realm_finish_type(r, t);
    dict_set_cstr(r, t->dict, "__module__", name);
    dict_set_cstr(r, ((Module *)v_obj(m))->dict, "Hasher", v_from_obj(t));
    return m;
}
