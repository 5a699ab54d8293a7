/* _binascii: the byte loops under binascii (src/modules/py/binascii.py):
 * CRC-32 (the reflected 0xEDB88320 polynomial of ISO 3309 / zlib), CRC-CCITT
 * (crc_hqx: polynomial 0x1021, not reflected), hex and base64 (RFC 4648)
 * encoding and decoding.  Arguments arrive already checked and converted to
 * bytes by the Python layer; decoders report malformed input as an int
 * error code (the Python layer raises binascii.Error with the message), so
 * this file raises only TypeError for a wrong argument type.
 *
 * Invariants: output sizes are computed with overflow checks before the
 * output is allocated; loops are charged to the instruction budget. */
#include <string.h>
#include "core/realm.h"
#include "core/limits.h"
#include "modules/modules.h"
#include "objects/strimpl.h"
#include "vm/ops.h"

static const uint8_t *ba_bytes(Realm *r, Value v, int64_t *len) {
    const uint8_t *d = bytes_buffer(r, v, len);
    if (!d) err_type(r, "a bytes-like object is required, not '%T'", v);
    return d;
}

static uint64_t ba_u64_arg(Realm *r, Value v) {
    /* the low 64 bits of an int (the callers keep only 16 or 32) */
    Value masked = op_binary(r, NB_AND, num_index(r, v), int_from_u64(r, 0xffffffffu));
    int64_t x;
    (void)int_to_i64(r, masked, &x);
    return (uint64_t)x;
}

/* crc32(data, value) */
static Value ba_crc32_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "crc32", nargs, kw, 2, 2);
    uint32_t crc = (uint32_t)ba_u64_arg(r, args[1]);
    int64_t n;
    const uint8_t *p = ba_bytes(r, args[0], &n);
    crc = ~crc;
    for (int64_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        if ((i & 4095) == 4095) limits_count(r, 64);
    }
    limits_count(r, 1);
    return int_from_u64(r, ~crc);
}

/* crc_hqx(data, value) */
static Value ba_crc_hqx_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "crc_hqx", nargs, kw, 2, 2);
    uint32_t crc = (uint32_t)ba_u64_arg(r, args[1]) & 0xffffu;
    int64_t n;
    const uint8_t *p = ba_bytes(r, args[0], &n);
    for (int64_t i = 0; i < n; i++) {
        crc ^= (uint32_t)p[i] << 8;
        for (int k = 0; k < 8; k++) crc = ((crc << 1) ^ ((crc & 0x8000u) ? 0x1021u : 0u)) & 0xffffu;
        if ((i & 4095) == 4095) limits_count(r, 64);
    }
    limits_count(r, 1);
    return int_from_u64(r, crc);
}

/* hexlify(data, sep, bytes_per_sep): sep is -1 (none) or a byte value.
 * Groups count from the right for bytes_per_sep > 0, from the left for < 0. */
static Value ba_hexlify_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "hexlify", nargs, kw, 3, 3);
    int64_t sep = int_as_i64(r, args[1]);
    int64_t per = int_as_i64(r, args[2]);
    int64_t n;
    (void)ba_bytes(r, args[0], &n);
    int64_t group = per < 0 ? -per : per;
    if (per == INT64_MIN) group = INT64_MAX;
    int64_t nsep = 0;
    if (sep >= 0 && group > 0 && n > 0) nsep = (n - 1) / group;
    int64_t outlen;
    if (__builtin_mul_overflow(n, 2, &outlen) || __builtin_add_overflow(outlen, nsep, &outlen))
        err_no_memory(r);
    Value out = bytes_alloc(r, (size_t)outlen);
    const uint8_t *p = ba_bytes(r, args[0], &n);   /* after the allocation: no guest code ran */
    uint8_t *o = bytes_ptr(out)->data;
    static const char hexd[] = "0123456789abcdef";
    int64_t j = 0;
    for (int64_t i = 0; i < n; i++) {
        if (nsep && i > 0) {
            /* a separator before byte i when a group boundary falls there */
            bool boundary = per > 0 ? ((n - i) % group == 0) : (i % group == 0);
            if (boundary) o[j++] = (uint8_t)sep;
        }
        o[j++] = (uint8_t)hexd[p[i] >> 4];
        o[j++] = (uint8_t)hexd[p[i] & 15];
    }
    limits_count(r, (uint64_t)n / 64 + 1);
    return out;
}

static int ba_hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* unhexlify(data): bytes, or 1 (odd length) / 2 (non-hex digit). */
static Value ba_unhexlify_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "unhexlify", nargs, kw, 1, 1);
    int64_t n;
    (void)ba_bytes(r, args[0], &n);
    if (n % 2) return v_small(1);
    Value out = bytes_alloc(r, (size_t)(n / 2));
    const uint8_t *p = ba_bytes(r, args[0], &n);
    uint8_t *o = bytes_ptr(out)->data;
    for (int64_t i = 0; i + 1 < n; i += 2) {
        int hi = ba_hexval(p[i]), lo = ba_hexval(p[i + 1]);
        if (hi < 0 || lo < 0) return v_small(2);
        o[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    limits_count(r, (uint64_t)n / 64 + 1);
    return out;
}

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* b2a_base64(data, newline) */
static Value ba_b2a_base64_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "b2a_base64", nargs, kw, 2, 2);
    bool newline = op_truth(r, args[1]);
    int64_t n;
    (void)ba_bytes(r, args[0], &n);
    int64_t outlen;
    if (__builtin_add_overflow(n, 2, &outlen)) err_no_memory(r);
    outlen /= 3;
    if (__builtin_mul_overflow(outlen, 4, &outlen) || __builtin_add_overflow(outlen, newline ? 1 : 0, &outlen))
        err_no_memory(r);
    Value out = bytes_alloc(r, (size_t)outlen);
    const uint8_t *p = ba_bytes(r, args[0], &n);
    uint8_t *o = bytes_ptr(out)->data;
    int64_t j = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        o[j++] = (uint8_t)b64_alphabet[v >> 18];
        o[j++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        o[j++] = (uint8_t)b64_alphabet[(v >> 6) & 63];
        o[j++] = (uint8_t)b64_alphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)p[i] << 16;
        o[j++] = (uint8_t)b64_alphabet[v >> 18];
        o[j++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        o[j++] = '=';
        o[j++] = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
        o[j++] = (uint8_t)b64_alphabet[v >> 18];
        o[j++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        o[j++] = (uint8_t)b64_alphabet[(v >> 6) & 63];
        o[j++] = '=';
    }
    if (newline) o[j++] = '\n';
    limits_count(r, (uint64_t)n / 64 + 1);
    return out;
}

static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

enum { B64_OK, B64_PADDING, B64_ONE_MORE, B64_ONLY, B64_LEADING, B64_EXCESS, B64_DISCONTINUOUS };

/* a2b_base64(data, strict): bytes, or (code, data characters) on error. */
static Value ba_a2b_base64_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "a2b_base64", nargs, kw, 2, 2);
    bool strict = op_truth(r, args[1]);
    int64_t n;
    (void)ba_bytes(r, args[0], &n);
    Value out = bytes_alloc(r, (size_t)(n / 4 * 3 + 3));
    const uint8_t *p = ba_bytes(r, args[0], &n);
    uint8_t *o = bytes_ptr(out)->data;
    int64_t j = 0, datachars = 0;
    int quad = 0, pads = 0;
    bool padding = false, done = false;
    uint32_t acc = 0;
    int code = B64_OK;
    limits_count(r, (uint64_t)n / 64 + 1);
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (done) {
            if (strict) { code = B64_EXCESS; break; }
            break;
        }
        if (c == '=') {
            if (strict && i == 0) { code = B64_LEADING; break; }
            padding = true;
            if (quad >= 2) {
                pads++;
                if (quad + pads >= 4) {
                    done = true;
                    if (strict && i + 1 < n) { code = B64_EXCESS; break; }
                }
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) { code = B64_ONLY; break; }
            continue;
        }
        if (strict && padding) { code = B64_DISCONTINUOUS; break; }
        pads = 0;
        datachars++;
        acc = (acc << 6) | (uint32_t)v;
        quad++;
        if (quad == 2) o[j++] = (uint8_t)(acc >> 4);
        else if (quad == 3) o[j++] = (uint8_t)(acc >> 2);
        else if (quad == 4) { o[j++] = (uint8_t)acc; quad = 0; acc = 0; }
    }
    if (code == B64_OK && !done && quad != 0) code = quad == 1 ? B64_ONE_MORE : B64_PADDING;
    if (code != B64_OK) {
        Value t = tuple_new(r, 2);
        tuple_ptr(t)->items[0] = v_small(code);
        tuple_ptr(t)->items[1] = int_from_i64(r, datachars);
        return t;
    }
    return bytes_new(r, bytes_ptr(out)->data, (size_t)j);
}

static const MethodDef ba_functions[] = {
    {"crc32", ba_crc32_m, 0},
    {"crc_hqx", ba_crc_hqx_m, 0},
    {"hexlify", ba_hexlify_m, 0},
    {"unhexlify", ba_unhexlify_m, 0},
    {"b2a_base64", ba_b2a_base64_m, 0},
    {"a2b_base64", ba_a2b_base64_m, 0},
    {NULL, NULL, 0},
};

Value binascii_module_new(Realm *r) {
    Value name = str_from_cstr(r, "_binascii");
    Value m = module_new(r, name);
    dict_set(r, r->modules, name, m);
    modules_add_functions(r, m, ba_functions);
    return m;
}
