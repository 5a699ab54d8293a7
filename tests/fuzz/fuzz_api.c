/* fuzz_api: libFuzzer target for the public value-conversion API
 * (include/asp.h) driven by the input bytes.
 *
 * The input is a program for a small machine with 16 handle slots: each
 * operation byte picks an API call (make a value of any kind, read it back,
 * str/repr, len/item, list and dict updates, dict iteration, dup, release
 * in any order, globals, attributes, calls of built-ins and of a host
 * function, eval), its operands come from the following bytes, and its
 * result lands in a slot.  Released handles stay in their slots, so stale
 * handles (possibly reused by the realm) and made-up handle numbers reach
 * every entry point too.  One realm is reused across inputs; at the end of
 * each input every slot is released and the globals it may set are reset.
 *
 * Findings: a crash, a sanitizer report, a leak, a status no call may
 * return, or a broken promise of asp.h: a value made from a C value reads
 * back as that value; strings and bytes read back are NUL-terminated and
 * as long as reported; asp_to_int_text reports the size it needs. */
#include <math.h>
#include <stdio.h>

#include "fuzz_common.h"

#define NSLOTS 16

static asp_realm *R;
static asp_handle slot[NSLOTS];
/* handles overwritten without a release, released at the end of the input */
static asp_handle dropped[2048];
static size_t ndropped;

static const char *const names[] = {
    "g0", "g1", "g2", "g3", "len", "int", "str", "list", "dict", "repr", "sorted", "max",
    "isinstance", "bytes", "tuple", "hf", "append", "keys", "items", "upper", "__class__",
    "__len__", "real", "decode", "encode", "nosuchname", "", "__dict__",
};
#define NNAMES (sizeof names / sizeof names[0])

/* The host function: returns its first argument (a new handle), raises
 * when called without arguments, and reads every argument. */
static asp_status host_fn(asp_realm *r, void *ud, size_t argc, const asp_handle *argv,
                          asp_handle *result) {
    (void)ud;
    if (argc == 0) return asp_raise(r, "ValueError", "hf() needs an argument");
    for (size_t i = 0; i < argc; i++) (void)asp_kind_of(r, argv[i]);
    if (argc >= 3) return asp_raise(r, "NoSuchErrorType", "a bad type name");
    return asp_handle_dup(r, argv[0], result);
}

static void setup(void) {
    R = fuzz_realm_new((size_t)16 << 20, 0);
    if (asp_define_function(R, "hf", host_fn, NULL) != ASP_OK) abort();
}

static void check(asp_status st) {
    fuzz_check_status(st);
    if (st != ASP_OK) fuzz_read_error(R);
}

/* Any status but a crash is fine for calls given bad handles. */
static void check_any(asp_status st) {
    if (st > ASP_LIMIT) abort();
    if (st != ASP_OK) asp_error_clear(R);
}

static asp_handle pick(FuzzIn *in) {
    unsigned b = fuzz_byte(in);
    if (b >= 0xF0) return (asp_handle)(b - 0xF0) * 977u;   /* made-up handles, 0 included */
    return slot[b % NSLOTS];
}

/* Stores h in a slot chosen by the input, releasing what was there (or not:
 * sometimes the old handle is kept alive to the end of the input). */
static void put(FuzzIn *in, asp_handle h) {
    unsigned b = fuzz_byte(in);
    asp_handle *s = &slot[b % NSLOTS];
    if (*s != ASP_NO_HANDLE) {
        if (b & 0x80) check_any(asp_handle_release(R, *s));
        else if (ndropped < sizeof dropped / sizeof dropped[0]) dropped[ndropped++] = *s;
        else check_any(asp_handle_release(R, *s));
    }
    *s = h;
}

static void read_str(asp_handle h) {
    const char *u = NULL;
    size_t n = 0;
    asp_status st = asp_to_str(R, h, &u, &n);
    check_any(st);
    if (st == ASP_OK) {
        if (!u || u[n] != 0) abort();
        volatile size_t sum = 0;
        for (size_t i = 0; i < n; i++) sum += (uint8_t)u[i];
        (void)sum;
    }
}

static void read_bytes(asp_handle h) {
    const void *p = NULL;
    size_t n = 0;
    asp_status st = asp_to_bytes(R, h, &p, &n);
    check_any(st);
    if (st == ASP_OK) {
        if (!p) abort();
        volatile size_t sum = 0;
        for (size_t i = 0; i < n; i++) sum += ((const uint8_t *)p)[i];
        (void)sum;
    }
}

static uint64_t u64(FuzzIn *in) {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v = v << 8 | fuzz_byte(in);
    return v;
}

static void step(FuzzIn *in) {
    unsigned op = fuzz_byte(in) % 34;
    asp_handle h = ASP_NO_HANDLE, a, b;
    asp_status st;
    const uint8_t *p;
    size_t n;
    switch (op) {
    case 0: check(asp_new_none(R, &h)); put(in, h); break;
    case 1: check(asp_new_bool(R, (int)fuzz_byte(in) - 1, &h)); put(in, h); break;
    case 2: {
        int64_t v = (int64_t)u64(in), w = 0;
        st = asp_new_int(R, v, &h);
        check(st);   /* MemoryError: the handle table could not grow */
        if (st != ASP_OK) break;
        if (asp_to_int(R, h, &w) != ASP_OK || w != v) abort();
        put(in, h);
        break;
    }
    case 3: {
        n = fuzz_bytes(in, 64, &p);
        char text[80];
        memcpy(text, p, n);
        text[n] = 0;
        st = asp_new_int_text(R, text, &h);
        check(st);
        if (st == ASP_OK) put(in, h);
        break;
    }
    case 4: {
        uint64_t bits = u64(in);
        double d, e;
        memcpy(&d, &bits, sizeof d);
        st = asp_new_float(R, d, &h);
        check(st);
        if (st != ASP_OK) break;
        if (asp_to_float(R, h, &e) != ASP_OK || (memcmp(&d, &e, sizeof d) != 0 && !isnan(d)))
            abort();
        put(in, h);
        break;
    }
    case 5: {
        n = fuzz_bytes(in, 64, &p);
        st = asp_new_str(R, (const char *)p, n, &h);
        check(st);
        if (st == ASP_OK) {
            const char *u;
            size_t m;
            st = asp_to_str(R, h, &u, &m);   /* may need memory for the UTF-8 */
            check(st);
            if (st == ASP_OK && (m != n || memcmp(u, p, n) != 0)) abort();
            put(in, h);
        }
        break;
    }
    case 6: {
        n = fuzz_bytes(in, 64, &p);
        st = asp_new_bytes(R, p, n, &h);
        check(st);
        if (st != ASP_OK) break;
        const void *q;
        size_t m;
        if (asp_to_bytes(R, h, &q, &m) != ASP_OK || m != n || (n && memcmp(q, p, n) != 0)) abort();
        put(in, h);
        break;
    }
    case 7: check(asp_new_list(R, &h)); put(in, h); break;
    case 8: {
        asp_handle items[4];
        n = fuzz_byte(in) % 5;
        for (size_t i = 0; i < n; i++) items[i] = pick(in);
        st = asp_new_tuple(R, n, items, &h);
        check_any(st);
        if (st == ASP_OK) put(in, h);
        break;
    }
    case 9: check(asp_new_dict(R, &h)); put(in, h); break;
    case 10: { int t; check_any(asp_to_bool(R, pick(in), &t)); break; }
    case 11: { int64_t v; check_any(asp_to_int(R, pick(in), &v)); break; }
    case 12: {
        char buf[64];
        size_t cap = fuzz_byte(in) % (sizeof buf + 1), len = 0;
        st = asp_to_int_text(R, pick(in), buf, cap, &len);
        check_any(st);
        if (st == ASP_OK && (len >= cap || strlen(buf) != len)) abort();
        if (st == ASP_TOOSMALL && len < cap) abort();
        break;
    }
    case 13: { double d; check_any(asp_to_float(R, pick(in), &d)); break; }
    case 14: read_str(pick(in)); break;
    case 15: read_bytes(pick(in)); break;
    case 16: case 17:
        st = (op == 16 ? asp_str : asp_repr)(R, pick(in), &h);
        check_any(st);
        if (st == ASP_OK) { read_str(h); put(in, h); }
        break;
    case 18: { size_t len; check_any(asp_len(R, pick(in), &len)); break; }
    case 19:
        a = pick(in);
        st = asp_item(R, a, (int64_t)(int8_t)fuzz_byte(in), &h);
        check_any(st);
        if (st == ASP_OK) put(in, h);
        break;
    case 20: a = pick(in); check_any(asp_list_append(R, a, pick(in))); break;
    case 21:
        a = pick(in);
        b = pick(in);
        check_any(asp_list_set(R, a, (int64_t)(int8_t)fuzz_byte(in), b));
        break;
    case 22: {
        asp_handle d = pick(in);
        a = pick(in);
        check_any(asp_dict_set(R, d, a, pick(in)));
        break;
    }
    case 23:
        a = pick(in);
        st = asp_dict_get(R, a, pick(in), &h);
        check_any(st);
        if (st == ASP_OK) put(in, h);
        break;
    case 24: {
        asp_handle d = pick(in);
        size_t pos = 0, count = 0;
        asp_handle k, v;
        while ((st = asp_dict_next(R, d, &pos, &k, &v)) == ASP_OK) {
            asp_handle_release(R, k);
            asp_handle_release(R, v);
            if (++count > 100000) abort();
        }
        check_any(st);
        break;
    }
    case 25: check_any(asp_handle_release(R, pick(in))); break;
    case 26:
        st = asp_handle_dup(R, pick(in), &h);
        check_any(st);
        if (st == ASP_OK) put(in, h);
        break;
    case 27: if (asp_kind_of(R, pick(in)) > ASP_OTHER) abort(); break;
    case 28:
        st = asp_get_global(R, names[fuzz_byte(in) % NNAMES], &h);
        check_any(st);
        if (st == ASP_OK) put(in, h);
        break;
    case 29: {
        a = pick(in);
        asp_handle argv[4];
        n = fuzz_byte(in) % 5;
        for (size_t i = 0; i < n; i++) argv[i] = pick(in);
        st = asp_call(R, a, n, argv, &h);
        check_any(st);
        if (st == ASP_OK) put(in, h);
        break;
    }
    case 30:
        a = pick(in);
        st = asp_get_attr(R, a, names[fuzz_byte(in) % NNAMES], &h);
        check_any(st);
        if (st == ASP_OK) put(in, h);
        break;
    case 31: /* only the g names, reset at the end of the input */
        a = pick(in);
        check_any(asp_set_global(R, names[fuzz_byte(in) % 4], a));
        break;
    case 32: {
        n = fuzz_bytes(in, 48, &p);
        st = asp_eval(R, (const char *)p, n, &h);
        check_any(st);
        if (st == ASP_OK) put(in, h);
        break;
    }
    default: {
        /* the error accessors, with or without a current error */
        asp_raise(R, names[fuzz_byte(in) % NNAMES], "fuzz");
        fuzz_read_error(R);
        st = asp_error_value(R, &h);
        check_any(st);
        if (st == ASP_OK) put(in, h);
        (void)asp_exit_code(R);
        (void)asp_status_name((asp_status)(fuzz_byte(in) % 10));
        break;
    }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!R) setup();
    FuzzIn in = {data, size};
    memset(slot, 0, sizeof slot);
    for (int i = 0; i < 2000 && in.n; i++) step(&in);
    /* release every live handle (stale ones: ASP_INVALID), reset the globals */
    for (int i = 0; i < NSLOTS; i++) asp_handle_release(R, slot[i]);
    for (size_t i = 0; i < ndropped; i++) asp_handle_release(R, dropped[i]);
    ndropped = 0;
    asp_handle none;
    if (asp_new_none(R, &none) != ASP_OK) abort();
    for (int i = 0; i < 4; i++) check_any(asp_set_global(R, names[i], none));
    asp_handle_release(R, none);
    asp_error_clear(R);
    return 0;
}
