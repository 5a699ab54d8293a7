/* _zlib: the DEFLATE format (RFC 1951) under zlib (src/modules/py/zlib.py),
 * written from the RFC: an inflater and a compressor, plus adler32
 * (RFC 1950).  The zlib and gzip wrappers, streaming objects and messages
 * live in the Python layer.
 *
 * inflate is stateless and resumable: it decodes from a block header of its
 * input (optionally going on at a symbol inside that block), with up to
 * 32 KiB of earlier output as the window, and reports where to resume (the
 * checkpoint: the current block's header and the next symbol), so a
 * streaming caller keeps only the input from that header on and nothing is
 * decoded twice but the block's code tables.  Running out of input is not an
 * error here: it stops at the last whole symbol.
 *
 * deflate compresses with LZ77 over hash chains (32 KiB window, chain depth
 * by level) and writes each block of up to DEF_BLOCK_SYMS symbols as the
 * smallest of stored, fixed-Huffman and dynamic-Huffman encodings.  Its
 * output is valid DEFLATE but not byte-identical to the zlib library's.
 *
 * Invariants: every read is bounds-checked against the input length, every
 * back-reference against the output so far; buffers are heap objects (bytes)
 * so a raise (a limit hit) leaks nothing; Huffman code lengths are at most 15
 * (7 for the code-length code); loops are charged to the instruction
 * budget. */
#include <string.h>
#include "core/realm.h"
#include "core/limits.h"
#include "modules/modules.h"
#include "objects/strimpl.h"
#include "vm/ops.h"

enum { ZMAXBITS = 15, ZWINDOW = 32768 };

static const uint16_t len_base[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                      35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                      3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                       257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                                       8193, 12289, 16385, 24577};
static const uint8_t dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                       7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
static const uint8_t clen_order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

static uint8_t *zb_data(Value b) { return bytes_ptr(b)->data; }

/* ------------------------------------------------------------- output */

/* A growable output: a bytes object replaced by a larger one when full. */
typedef struct ZOut {
    Realm *r;
    Value buf;
    size_t len, cap;
} ZOut;

static void zout_init(Realm *r, ZOut *o, size_t cap) {
    o->r = r;
    o->cap = cap < 64 ? 64 : cap;
    o->buf = bytes_alloc(r, o->cap);
    o->len = 0;
}

static void zout_reserve(ZOut *o, size_t more) {
    if (o->cap - o->len >= more) return;
    size_t need;
    if (__builtin_add_overflow(o->len, more, &need) || need > ((size_t)1 << 60)) err_no_memory(o->r);
    size_t cap = o->cap;
    while (cap < need) cap = cap > ((size_t)1 << 59) ? need : cap * 2;
    Value nb = bytes_alloc(o->r, cap);
    memcpy(zb_data(nb), zb_data(o->buf), o->len);
    o->buf = nb;
    o->cap = cap;
}

/* ------------------------------------------------------------- inflate */

typedef struct Huff {
    uint16_t count[ZMAXBITS + 1];   /* codes of each length */
    uint16_t symbol[288];           /* symbols in canonical order */
} Huff;

/* Builds the decoding tables; returns 0 for a complete code, >0 when
 * incomplete (codes left), <0 when over-subscribed. */
static int huff_build(Huff *h, const uint8_t *lens, int n) {
    memset(h->count, 0, sizeof h->count);
    for (int i = 0; i < n; i++) h->count[lens[i]]++;
    if (h->count[0] == n) return 0;   /* no codes: complete by convention, caught by the callers */
    int left = 1;
    for (int len = 1; len <= ZMAXBITS; len++) {
        left <<= 1;
        left -= h->count[len];
        if (left < 0) return left;
    }
    uint16_t offs[ZMAXBITS + 2];
    offs[1] = 0;
    for (int len = 1; len < ZMAXBITS; len++) offs[len + 1] = (uint16_t)(offs[len] + h->count[len]);
    for (int i = 0; i < n; i++)
        if (lens[i]) h->symbol[offs[lens[i]]++] = (uint16_t)i;
    return left;
}

static bool huff_single(const Huff *h) {
    for (int len = 2; len <= ZMAXBITS; len++)
        if (h->count[len]) return false;
    return h->count[1] == 1;
}

typedef struct Inf {
    const uint8_t *in;
    size_t inlen;        /* bytes */
    uint64_t bit;        /* next bit to read */
} Inf;

/* n bits (n <= 16) LSB first, or -1 if the input runs out. */
static int32_t inf_bits(Inf *s, int n) {
    if (n == 0) return 0;
    if (s->bit + (uint64_t)n > (uint64_t)s->inlen * 8) return -1;
    int32_t v = 0;
    for (int i = 0; i < n; i++) {
        uint64_t b = s->bit + (uint64_t)i;
        v |= (int32_t)((s->in[b >> 3] >> (b & 7)) & 1) << i;
    }
    s->bit += (uint64_t)n;
    return v;
}

/* One symbol, or -1 if the input runs out, -2 for an unused code. */
static int inf_decode(Inf *s, const Huff *h) {
    int code = 0, first = 0, index = 0;
    for (int len = 1; len <= ZMAXBITS; len++) {
        if (s->bit >= (uint64_t)s->inlen * 8) return -1;
        code |= (s->in[s->bit >> 3] >> (s->bit & 7)) & 1;
        s->bit++;
        int count = h->count[len];
        if (code - count < first) return h->symbol[index + (code - first)];
        index += count;
        first += count;
        first <<= 1;
        code <<= 1;
    }
    return -2;
}

enum { INF_DONE = 0, INF_NEED = 1, INF_LIMIT = 2, INF_ERROR = 3 };

/* Where a later call can resume: the block header at ckpt_hdr and, inside
 * that block, the symbol (or stored byte) at ckpt_sym (-1: at the header,
 * a block boundary); ckpt_out bytes of new output precede it. */
typedef struct InfResult {
    int status;
    const char *msg;
    uint64_t stop_bit, ckpt_hdr;
    int64_t ckpt_sym;
    size_t ckpt_out;
} InfResult;

/* Reads a dynamic block's code tables; 1 ok, 0 need input, -1 error. */
static int inf_dynamic_tables(Inf *s, Huff *lit, Huff *dist, const char **msg) {
    int32_t hlit = inf_bits(s, 5), hdist = inf_bits(s, 5), hclen = inf_bits(s, 4);
    if (hlit < 0 || hdist < 0 || hclen < 0) return 0;
    hlit += 257;
    hdist += 1;
    hclen += 4;
    if (hlit > 286 || hdist > 30) { *msg = "too many length or distance symbols"; return -1; }
    uint8_t lens[320];
    memset(lens, 0, sizeof lens);
    for (int i = 0; i < hclen; i++) {
        int32_t v = inf_bits(s, 3);
        if (v < 0) return 0;
        lens[clen_order[i]] = (uint8_t)v;
    }
    Huff lencode;
    if (huff_build(&lencode, lens, 19) != 0 || lencode.count[0] == 19) { *msg = "invalid code lengths set"; return -1; }
    int idx = 0;
    memset(lens, 0, sizeof lens);
    while (idx < hlit + hdist) {
        int sym = inf_decode(s, &lencode);
        if (sym == -1) return 0;
        if (sym < 0) { *msg = "invalid code lengths set"; return -1; }
        if (sym < 16) { lens[idx++] = (uint8_t)sym; continue; }
        int rep;
        uint8_t val = 0;
        if (sym == 16) {
            if (idx == 0) { *msg = "invalid bit length repeat"; return -1; }
            val = lens[idx - 1];
            int32_t b = inf_bits(s, 2);
            if (b < 0) return 0;
            rep = 3 + b;
        } else if (sym == 17) {
            int32_t b = inf_bits(s, 3);
            if (b < 0) return 0;
            rep = 3 + b;
        } else {
            int32_t b = inf_bits(s, 7);
            if (b < 0) return 0;
            rep = 11 + b;
        }
        if (idx + rep > hlit + hdist) { *msg = "invalid bit length repeat"; return -1; }
        while (rep--) lens[idx++] = val;
    }
    if (lens[256] == 0) { *msg = "invalid code -- missing end-of-block"; return -1; }
    /* an incomplete code is allowed only as a single one-bit code */
    int err = huff_build(lit, lens, hlit);
    if (err < 0 || (err > 0 && !huff_single(lit))) { *msg = "invalid literal/lengths set"; return -1; }
    err = huff_build(dist, lens + hlit, hdist);
    if (err < 0 || (err > 0 && !huff_single(dist))) { *msg = "invalid distances set"; return -1; }
    return 1;
}

static void inf_fixed_tables(Huff *lit, Huff *dist) {
    uint8_t lens[288];
    int i = 0;
    for (; i < 144; i++) lens[i] = 8;
    for (; i < 256; i++) lens[i] = 9;
    for (; i < 280; i++) lens[i] = 7;
    for (; i < 288; i++) lens[i] = 8;
    (void)huff_build(lit, lens, 288);
    for (i = 0; i < 30; i++) lens[i] = 5;
    (void)huff_build(dist, lens, 30);
}

/* Decodes from s->bit (a block header) into o (which starts with `wlen`
 * window bytes) until the final block ends, the input runs out, or the new
 * output reaches `limit` bytes (0: no limit; the output then stops exactly
 * at the limit or just past it within one symbol, and the checkpoint is at
 * or before the limit).  resume >= 0: the first block's header is read again
 * and decoding continues at bit `resume` inside it. */
static void inf_run(Realm *r, Inf *s, ZOut *o, size_t wlen, size_t limit, int64_t resume, InfResult *res) {
    res->msg = NULL;
    Huff lit, dist;
    for (;;) {
        uint64_t hdr = s->bit;
        /* a block boundary: the checkpoint */
        res->ckpt_hdr = hdr;
        res->ckpt_sym = -1;
        res->ckpt_out = o->len - wlen;
        res->stop_bit = s->bit;
        if (limit && o->len - wlen >= limit && resume < 0) { res->status = INF_LIMIT; return; }
        int32_t final = inf_bits(s, 1), type = inf_bits(s, 2);
        if (final < 0 || type < 0) { res->status = INF_NEED; return; }
        if (type == 3) { res->status = INF_ERROR; res->msg = "invalid block type"; return; }
        if (type == 0) {
            s->bit = (s->bit + 7) & ~(uint64_t)7;
            int32_t len = inf_bits(s, 16), nlen = inf_bits(s, 16);
            if (len < 0 || nlen < 0) { res->status = INF_NEED; return; }
            if ((len ^ 0xffff) != nlen) { res->status = INF_ERROR; res->msg = "invalid stored block lengths"; return; }
            uint64_t data_start = s->bit;
            size_t remaining = (size_t)len;
            if (resume >= 0) {
                if ((uint64_t)resume < data_start || (uint64_t)resume > data_start + (uint64_t)len * 8 || (resume & 7))
                    err_value(r, "inflate(): bad resume position");
                s->bit = (uint64_t)resume;
                remaining -= (size_t)(((uint64_t)resume - data_start) / 8);
                resume = -1;
            }
            size_t at = (size_t)(s->bit >> 3);
            size_t avail = s->inlen - at;
            size_t take = remaining < avail ? remaining : avail;
            if (limit) {
                size_t room = o->len - wlen >= limit ? 0 : limit - (o->len - wlen);
                if (take > room) take = room;
            }
            zout_reserve(o, take);
            memcpy(zb_data(o->buf) + o->len, s->in + at, take);
            o->len += take;
            s->bit += (uint64_t)take * 8;
            res->stop_bit = s->bit;
            limits_count(r, take / 64 + 1);
            if (take < remaining) {
                res->ckpt_hdr = hdr;
                res->ckpt_sym = (int64_t)s->bit;
                res->ckpt_out = o->len - wlen;
                res->status = take < avail ? INF_LIMIT : INF_NEED;
                return;
            }
        } else {
            if (type == 1) inf_fixed_tables(&lit, &dist);
            else {
                int ok = inf_dynamic_tables(s, &lit, &dist, &res->msg);
                if (ok == 0) { res->status = INF_NEED; return; }
                if (ok < 0) { res->status = INF_ERROR; return; }
            }
            if (resume >= 0) {
                if ((uint64_t)resume < s->bit || (uint64_t)resume > (uint64_t)s->inlen * 8)
                    err_value(r, "inflate(): bad resume position");
                s->bit = (uint64_t)resume;
                resume = -1;
            }
            res->stop_bit = s->bit;
            unsigned counter = 0;
            size_t charged = o->len;   /* output already charged to the budget */
            for (;;) {
                if (++counter == 256) {
                    /* symbols decoded and bytes copied since the last charge */
                    limits_count(r, 16 + (o->len - charged) / 32);
                    charged = o->len;
                    counter = 0;
                }
                uint64_t sym_start = s->bit;
                size_t out_before = o->len - wlen;
                int sym = inf_decode(s, &lit);
                if (sym == -1) goto need;
                if (sym < 0) { res->status = INF_ERROR; res->msg = "invalid literal/length code"; return; }
                if (sym < 256) {
                    zout_reserve(o, 1);
                    zb_data(o->buf)[o->len++] = (uint8_t)sym;
                } else if (sym == 256) {
                    res->stop_bit = s->bit;
                    break;
                } else {
                    sym -= 257;
                    if (sym >= 29) { res->status = INF_ERROR; res->msg = "invalid literal/length code"; return; }
                    int32_t e = inf_bits(s, len_extra[sym]);
                    if (e < 0) goto need;
                    size_t len = (size_t)len_base[sym] + (size_t)e;
                    int dsym = inf_decode(s, &dist);
                    if (dsym == -1) goto need;
                    if (dsym < 0 || dsym >= 30) { res->status = INF_ERROR; res->msg = "invalid distance code"; return; }
                    int32_t de = inf_bits(s, dist_extra[dsym]);
                    if (de < 0) goto need;
                    size_t d = (size_t)dist_base[dsym] + (size_t)de;
                    if (d > o->len) { res->status = INF_ERROR; res->msg = "invalid distance too far back"; return; }
                    zout_reserve(o, len);
                    uint8_t *p = zb_data(o->buf);
                    for (size_t k = 0; k < len; k++, o->len++) p[o->len] = p[o->len - d];
                }
                res->stop_bit = s->bit;
                if (limit && o->len - wlen >= limit) {
                    res->ckpt_hdr = hdr;
                    if (o->len - wlen == limit) {
                        res->ckpt_sym = (int64_t)s->bit;
                        res->ckpt_out = o->len - wlen;
                    } else {   /* this symbol crossed the limit: resume before it */
                        res->ckpt_sym = (int64_t)sym_start;
                        res->ckpt_out = out_before;
                    }
                    res->status = INF_LIMIT;
                    return;
                }
                continue;
            need:
                s->bit = sym_start;
                res->stop_bit = sym_start;
                res->ckpt_hdr = hdr;
                res->ckpt_sym = (int64_t)sym_start;
                res->ckpt_out = o->len - wlen;
                res->status = INF_NEED;
                return;
            }
        }
        if (final) {
            res->ckpt_hdr = s->bit;
            res->ckpt_sym = -1;
            res->ckpt_out = o->len - wlen;
            res->stop_bit = s->bit;
            res->status = INF_DONE;
            return;
        }
    }
}

/* inflate(data, start_bit, window, limit, resume) ->
 *   (output, status, stop_bit, ckpt_hdr, ckpt_sym, ckpt_out, message)
 * status: 0 stream end, 1 needs more input, 2 output limit reached, 3 error.
 * start_bit is a block header; resume (-1: none) a position inside that
 * block where decoding goes on (a ckpt_sym of an earlier call). */
static Value z_inflate_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "inflate", nargs, kw, 5, 5);
    int64_t start = int_as_i64(r, args[1]);
    int64_t limit = int_as_i64(r, args[3]);
    int64_t resume = int_as_i64(r, args[4]);
    int64_t inlen, wlen;
    if (!(v_is_obj(args[0]) && (v_obj(args[0])->type->flags & TF_BYTES_SUB))
        || !(v_is_obj(args[2]) && (v_obj(args[2])->type->flags & TF_BYTES_SUB)))
        err_type(r, "inflate() needs bytes");
    const uint8_t *w = bytes_buffer(r, args[2], &wlen);
    const uint8_t *in = bytes_buffer(r, args[0], &inlen);
    if (start < 0 || (uint64_t)start > (uint64_t)inlen * 8 || limit < 0 || resume < -1 || (resume >= 0 && resume < start))
        err_value(r, "inflate(): bad position");
    if (wlen > ZWINDOW) { w += wlen - ZWINDOW; wlen = ZWINDOW; }
    ZOut o;
    size_t guess = (size_t)inlen < ((size_t)1 << 40) ? (size_t)inlen * 3 + (size_t)wlen : (size_t)wlen;
    zout_init(r, &o, guess);
    memcpy(zb_data(o.buf), w, (size_t)wlen);
    o.len = (size_t)wlen;
    Inf s = {in, (size_t)inlen, (uint64_t)start};   /* args[0] and args[2] are immutable bytes kept by args */
    InfResult res;
    inf_run(r, &s, &o, (size_t)wlen, (size_t)limit, resume, &res);
    Value t = tuple_new(r, 7);
    tuple_ptr(t)->items[0] = bytes_new(r, zb_data(o.buf) + wlen, o.len - (size_t)wlen);
    tuple_ptr(t)->items[1] = v_small(res.status);
    tuple_ptr(t)->items[2] = int_from_u64(r, res.stop_bit);
    tuple_ptr(t)->items[3] = int_from_u64(r, res.ckpt_hdr);
    tuple_ptr(t)->items[4] = int_from_i64(r, res.ckpt_sym);
    tuple_ptr(t)->items[5] = int_from_u64(r, res.ckpt_out);
    tuple_ptr(t)->items[6] = res.msg ? str_from_cstr(r, res.msg) : V_NONE;
    return t;
}

/* ------------------------------------------------------------- deflate */

enum { DEF_BLOCK_SYMS = 16384, HASH_BITS = 15 };

typedef struct BitW {
    ZOut *o;
    uint64_t acc;
    int n;
} BitW;

static void bw_put(BitW *w, uint32_t v, int n) {
    w->acc |= (uint64_t)v << w->n;
    w->n += n;
    while (w->n >= 8) {
        zout_reserve(w->o, 1);
        zb_data(w->o->buf)[w->o->len++] = (uint8_t)w->acc;
        w->acc >>= 8;
        w->n -= 8;
    }
}

static void bw_align(BitW *w) {
    if (w->n > 0) bw_put(w, 0, 8 - w->n);
}

/* Huffman code lengths for freqs[0..n), none longer than maxbits, by
 * repeated merging of the two lightest nodes; when the tree is too deep the
 * frequencies are flattened and the build retried. */
static void huff_lengths(const uint32_t *freqs, int n, int maxbits, uint8_t *lens) {
    uint32_t f[288];
    if (n <= 0 || n > 288) return;
    for (int i = 0; i < n; i++) f[i] = freqs[i];
    for (;;) {
        /* nodes: leaves 0..n-1, internal n..2n-2 */
        uint32_t weight[2 * 288];
        int parent[2 * 288];
        bool alive[2 * 288];
        int nodes = 0, used = 0, last = -1;
        for (int i = 0; i < n; i++) {
            weight[i] = f[i];
            parent[i] = -1;
            alive[i] = f[i] > 0;
            if (alive[i]) { used++; last = i; }
        }
        nodes = n;
        memset(lens, 0, (size_t)n);
        if (used == 0) return;
        if (used == 1) { lens[last] = 1; return; }
        for (int remaining = used; remaining > 1; remaining--) {
            int a = -1, b = -1;
            for (int i = 0; i < nodes; i++) {
                if (!alive[i]) continue;
                if (a < 0 || weight[i] < weight[a]) { b = a; a = i; }
                else if (b < 0 || weight[i] < weight[b]) b = i;
            }
            if (a < 0 || b < 0) break;   /* cannot happen: two nodes stay alive */
            weight[nodes] = weight[a] + weight[b];
            parent[nodes] = -1;
            alive[nodes] = true;
            alive[a] = alive[b] = false;
            parent[a] = parent[b] = nodes;
            nodes++;
        }
        int deepest = 0;
        for (int i = 0; i < n; i++) {
            if (f[i] == 0) continue;
            int d = 0;
            for (int p = parent[i]; p >= 0; p = parent[p]) d++;
            lens[i] = (uint8_t)(d > 255 ? 255 : d);
            if (d > deepest) deepest = d;
        }
        if (deepest <= maxbits) return;
        for (int i = 0; i < n; i++)
            if (f[i]) f[i] = (f[i] >> 1) + 1;
    }
}

/* Canonical codes (bit-reversed for LSB-first output) from lengths. */
static void huff_codes(const uint8_t *lens, int n, uint16_t *codes) {
    uint16_t count[ZMAXBITS + 1] = {0}, next[ZMAXBITS + 2];
    for (int i = 0; i < n; i++) count[lens[i]]++;
    count[0] = 0;
    uint16_t code = 0;
    for (int b = 1; b <= ZMAXBITS; b++) {
        code = (uint16_t)((code + count[b - 1]) << 1);
        next[b] = code;
    }
    for (int i = 0; i < n; i++) {
        int len = lens[i];
        if (!len) { codes[i] = 0; continue; }
        uint16_t c = next[len]++, rev = 0;
        for (int k = 0; k < len; k++) rev = (uint16_t)(rev | (((c >> k) & 1) << (len - 1 - k)));
        codes[i] = rev;
    }
}

/* Stored blocks (at least one) holding raw[0..rawlen). */
static void def_stored(BitW *w, const uint8_t *raw, size_t rawlen, bool final) {
    size_t pos = 0;
    do {
        size_t k = rawlen - pos > 65535 ? 65535 : rawlen - pos;
        bool last = final && pos + k == rawlen;
        bw_put(w, last ? 1 : 0, 1);
        bw_put(w, 0, 2);
        bw_align(w);
        bw_put(w, (uint32_t)k, 16);
        bw_put(w, (uint32_t)k ^ 0xffff, 16);
        zout_reserve(w->o, k);
        memcpy(zb_data(w->o->buf) + w->o->len, raw + pos, k);
        w->o->len += k;
        pos += k;
    } while (pos < rawlen);
}

typedef struct Sym { uint16_t litlen; uint16_t dist; } Sym;   /* dist 0: literal */

static int len_code(int len) {
    int c = 0;
    while (c < 28 && len_base[c + 1] <= len) c++;
    return c;
}

static int dist_code(int d) {
    int c = 0;
    while (c < 29 && dist_base[c + 1] <= d) c++;
    return c;
}

/* Writes one block of syms (which cover raw[0..rawlen)). */
static void def_block(BitW *w, const Sym *syms, size_t nsyms, const uint8_t *raw, size_t rawlen, bool final) {
    uint32_t lf[286] = {0}, df[30] = {0};
    for (size_t i = 0; i < nsyms; i++) {
        if (syms[i].dist == 0) lf[syms[i].litlen]++;
        else {
            lf[257 + len_code(syms[i].litlen)]++;
            df[dist_code(syms[i].dist)]++;
        }
    }
    lf[256] = 1;
    uint8_t ll[286], dl[30];
    huff_lengths(lf, 286, 15, ll);
    huff_lengths(df, 30, 15, dl);
    int hlit = 286, hdist = 30;
    while (hlit > 257 && ll[hlit - 1] == 0) hlit--;
    while (hdist > 1 && dl[hdist - 1] == 0) hdist--;
    /* the code-length sequence, run-length coded */
    uint8_t all[316];
    memcpy(all, ll, (size_t)hlit);
    memcpy(all + hlit, dl, (size_t)hdist);
    int total = hlit + hdist;
    uint16_t rle[316] = {0};
    uint8_t rle_extra[316] = {0};
    int nrle = 0;
    uint32_t cf[19] = {0};
    for (int i = 0; i < total;) {
        int v = all[i], run = 1;
        while (i + run < total && all[i + run] == v) run++;
        if (v == 0 && run >= 3) {
            int k = run > 138 ? 138 : run;
            if (k >= 11) { rle[nrle] = 18; rle_extra[nrle++] = (uint8_t)(k - 11); }
            else { rle[nrle] = 17; rle_extra[nrle++] = (uint8_t)(k - 3); }
            cf[rle[nrle - 1]]++;
            i += k;
        } else if (v != 0 && run >= 4) {
            rle[nrle] = (uint16_t)v; rle_extra[nrle++] = 0; cf[v]++;
            int k = run - 1 > 6 ? 6 : run - 1;
            rle[nrle] = 16; rle_extra[nrle++] = (uint8_t)(k - 3); cf[16]++;
            i += 1 + k;
        } else {
            rle[nrle] = (uint16_t)v; rle_extra[nrle++] = 0; cf[v]++;
            i++;
        }
    }
    uint8_t cl[19];
    huff_lengths(cf, 19, 7, cl);
    int hclen = 19;
    while (hclen > 4 && cl[clen_order[hclen - 1]] == 0) hclen--;
    uint16_t lc[286], dc[30], cc[19];
    huff_codes(ll, 286, lc);
    huff_codes(dl, 30, dc);
    huff_codes(cl, 19, cc);
    /* sizes in bits of the three encodings */
    static const uint8_t rle_bits[19] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7};
    uint64_t dyn = 3 + 14 + 3 * (uint64_t)hclen, fix = 3;
    for (int i = 0; i < nrle; i++) dyn += cl[rle[i]] + rle_bits[rle[i]];
    for (int s = 0; s < 286; s++) {
        if (!lf[s]) continue;
        int fl = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
        uint64_t extra = s > 256 ? len_extra[s - 257] : 0;
        dyn += (uint64_t)lf[s] * (ll[s] + extra);
        fix += (uint64_t)lf[s] * ((uint64_t)fl + extra);
    }
    for (int s = 0; s < 30; s++) {
        dyn += (uint64_t)df[s] * (dl[s] + dist_extra[s]);
        fix += (uint64_t)df[s] * (5u + dist_extra[s]);
    }
    uint64_t stored = ((uint64_t)rawlen / 65535 + 1) * 40 + (uint64_t)rawlen * 8 + 7;
    if (stored <= dyn && stored <= fix) {
        def_stored(w, raw, rawlen, final);
        return;
    }
    bool use_fixed = fix <= dyn;
    uint8_t fll[288], fdl[30];
    uint16_t flc[288], fdc[30];
    const uint8_t *L = ll, *D = dl;
    const uint16_t *LC = lc, *DC = dc;
    bw_put(w, final ? 1 : 0, 1);
    if (use_fixed) {
        for (int i = 0; i < 288; i++) fll[i] = (uint8_t)(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
        for (int i = 0; i < 30; i++) fdl[i] = 5;
        huff_codes(fll, 288, flc);
        huff_codes(fdl, 30, fdc);
        L = fll; D = fdl; LC = flc; DC = fdc;
        bw_put(w, 1, 2);
    } else {
        bw_put(w, 2, 2);
        bw_put(w, (uint32_t)(hlit - 257), 5);
        bw_put(w, (uint32_t)(hdist - 1), 5);
        bw_put(w, (uint32_t)(hclen - 4), 4);
        for (int i = 0; i < hclen; i++) bw_put(w, cl[clen_order[i]], 3);
        for (int i = 0; i < nrle; i++) {
            bw_put(w, cc[rle[i]], cl[rle[i]]);
            if (rle_bits[rle[i]]) bw_put(w, rle_extra[i], rle_bits[rle[i]]);
        }
    }
    for (size_t i = 0; i < nsyms; i++) {
        if (syms[i].dist == 0) {
            bw_put(w, LC[syms[i].litlen], L[syms[i].litlen]);
        } else {
            int lcode = len_code(syms[i].litlen), dcode = dist_code(syms[i].dist);
            bw_put(w, LC[257 + lcode], L[257 + lcode]);
            if (len_extra[lcode]) bw_put(w, (uint32_t)(syms[i].litlen - len_base[lcode]), len_extra[lcode]);
            bw_put(w, DC[dcode], D[dcode]);
            if (dist_extra[dcode]) bw_put(w, (uint32_t)(syms[i].dist - dist_base[dcode]), dist_extra[dcode]);
        }
    }
    bw_put(w, LC[256], L[256]);
}

/* deflate(data, level, final): raw DEFLATE blocks for data; the last one
 * final, or else followed by an empty stored block (a sync flush), so the
 * output always ends on a byte boundary. */
static Value z_deflate_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "deflate", nargs, kw, 3, 3);
    int64_t level = int_as_i64(r, args[1]);
    bool final = op_truth(r, args[2]);
    int64_t n64;
    if (!bytes_buffer(r, args[0], &n64) || !(v_obj(args[0])->type->flags & TF_BYTES_SUB))
        err_type(r, "deflate() needs bytes");
    if (n64 > 0x7fffffff) err_format(r, EXC(r, OverflowError), "Size does not fit in an unsigned int");
    size_t n = (size_t)n64;
    ZOut o;
    zout_init(r, &o, n / 2 + 64);
    BitW w = {&o, 0, 0};
    Value symbuf = bytes_alloc(r, sizeof(Sym) * DEF_BLOCK_SYMS);
    Value headbuf = bytes_alloc(r, sizeof(int32_t) << HASH_BITS);
    Value prevbuf = bytes_alloc(r, sizeof(int32_t) * ZWINDOW);
    const uint8_t *d = bytes_ptr(args[0])->data;   /* immutable bytes: stays put */
    Sym *syms = (Sym *)(void *)zb_data(symbuf);
    int32_t *head = (int32_t *)(void *)zb_data(headbuf);
    int32_t *prev = (int32_t *)(void *)zb_data(prevbuf);
    for (size_t i = 0; i < ((size_t)1 << HASH_BITS); i++) head[i] = -1;
    int chain = level <= 0 ? 0 : level == 1 ? 4 : level <= 3 ? 16 : level <= 6 ? 128 : level <= 8 ? 512 : 4096;
    /* a match this long ends the search (as zlib's nice_length) */
    size_t nice = level <= 1 ? 16 : level <= 3 ? 32 : level <= 6 ? 128 : 258;
    uint64_t work = 0;   /* byte comparisons not yet charged to the budget */
    size_t nsyms = 0, block_start = 0, i = 0;
    if (level == 0) {
        if (n > 0 || final) def_stored(&w, d, n, final);
        limits_count(r, n / 64 + 1);
        i = n;
        block_start = n;
    }
    while (i < n) {
        size_t best_len = 0, best_dist = 0;
        if (chain && i + 3 <= n) {
            uint32_t h = ((uint32_t)d[i] << 10 ^ (uint32_t)d[i + 1] << 5 ^ d[i + 2]) & ((1u << HASH_BITS) - 1);
            int32_t cand = head[h];
            int depth = chain;
            size_t maxlen = n - i < 258 ? n - i : 258;
            while (cand >= 0 && depth-- > 0 && i - (size_t)cand <= ZWINDOW) {
                const uint8_t *a = d + cand, *b = d + i;
                size_t l = 0;
                while (l < maxlen && a[l] == b[l]) l++;
                work += l + 8;   /* the comparison just made, charged below */
                if (l > best_len) { best_len = l; best_dist = i - (size_t)cand; if (l >= nice) break; }
                int32_t nx = prev[(size_t)cand & (ZWINDOW - 1)];
                if (nx >= cand) break;
                cand = nx;
            }
            prev[i & (ZWINDOW - 1)] = head[h];
            head[h] = (int32_t)i;
        }
        if (best_len >= 3) {
            syms[nsyms].litlen = (uint16_t)best_len;
            syms[nsyms].dist = (uint16_t)best_dist;
            nsyms++;
            /* index the skipped positions too, so later matches can find them */
            for (size_t k = 1; k < best_len; k++) {
                size_t p = i + k;
                if (p + 3 > n) break;
                uint32_t h = ((uint32_t)d[p] << 10 ^ (uint32_t)d[p + 1] << 5 ^ d[p + 2]) & ((1u << HASH_BITS) - 1);
                prev[p & (ZWINDOW - 1)] = head[h];
                head[h] = (int32_t)p;
            }
            i += best_len;
        } else {
            syms[nsyms].litlen = d[i];
            syms[nsyms].dist = 0;
            nsyms++;
            i++;
        }
        if (nsyms == DEF_BLOCK_SYMS) {
            limits_count(r, (uint64_t)(i - block_start) / 16 + 1);
            def_block(&w, syms, nsyms, d + block_start, i - block_start, final && i == n);
            nsyms = 0;
            block_start = i;
        }
        if (work >= 4096) { limits_count(r, work / 32); work = 0; }
    }
    /* a final block was already written if the last full block ended the data */
    if (level != 0 && (nsyms > 0 || (final && n == 0)))
        def_block(&w, syms, nsyms, d + block_start, i - block_start, final);
    if (!final) {
        /* sync flush marker: an empty stored block, byte-aligned */
        bw_put(&w, 0, 3);
        bw_align(&w);
        bw_put(&w, 0, 16);
        bw_put(&w, 0xffff, 16);
    }
    bw_align(&w);
    return bytes_new(r, zb_data(o.buf), o.len);
}

/* adler32(data, value) */
static Value z_adler32_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "adler32", nargs, kw, 2, 2);
    Value v = op_binary(r, NB_AND, num_index(r, args[1]), int_from_u64(r, 0xffffffffu));
    int64_t start;
    (void)int_to_i64(r, v, &start);
    int64_t n;
    const uint8_t *p = bytes_buffer(r, args[0], &n);
    if (!p) err_type(r, "a bytes-like object is required, not '%T'", args[0]);
    uint32_t a = (uint32_t)start & 0xffff, b = ((uint32_t)start >> 16) & 0xffff;
    int64_t i = 0;
    while (i < n) {
        int64_t chunk = n - i < 5552 ? n - i : 5552;   /* no overflow before the modulo */
        for (int64_t k = 0; k < chunk; k++) { a += p[i + k]; b += a; }
        a %= 65521;
        b %= 65521;
        i += chunk;
        limits_count(r, 16);
    }
    return int_from_u64(r, (uint64_t)b << 16 | a);
}

static const MethodDef z_functions[] = {
    {"inflate", z_inflate_m, 0},
    {"deflate", z_deflate_m, 0},
    {"adler32", z_adler32_m, 0},
    {NULL, NULL, 0},
};

Value zlib_module_new(Realm *r) {
    Value name = str_from_cstr(r, "_zlib");
    Value m = module_new(r, name);
    dict_set(r, r->modules, name, m);
    modules_add_functions(r, m, z_functions);
    return m;
}
