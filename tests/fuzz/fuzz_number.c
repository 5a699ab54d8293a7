/* fuzz_number: libFuzzer target for number parsing and formatting:
 * int(s), int(s, base), float(s), complex(s), float.fromhex(s), and
 * format(x, spec) / round(x, n) for int, float, complex and str values.
 *
 * Input: one operation byte, then the text (its length chosen by a byte;
 * UTF-8 when valid, else taken as latin-1 so every byte still reaches the
 * parsers), then the operation's operands.  The calls go through the public
 * API to the built-ins, in one realm reused across inputs (these calls leave
 * no state behind).  Any Python exception is a normal outcome, and so is a
 * MemoryError from any API call that allocates (a handle, a float, an int):
 * an input's garbage may fill the heap up to its limit, and a stale word on
 * the C stack may keep some of it alive through the next collection.  A
 * crash, a sanitizer report, a leak or a broken round trip is a finding:
 *  - a float parsed from text prints (repr) as text that parses back to the
 *    same float (NaN aside);
 *  - an int parsed from text prints as decimal text that parses back to the
 *    same decimal text. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>

#include "fuzz_common.h"

static asp_realm *R;
static asp_handle H_INT, H_FLOAT, H_COMPLEX, H_FORMAT, H_REPR, H_STR, H_ROUND, H_FROMHEX;

static asp_handle global(const char *name) {
    asp_handle h;
    if (asp_get_global(R, name, &h) != ASP_OK) abort();
    return h;
}

static void setup(void) {
    R = fuzz_realm_new((size_t)32 << 20, 0);
    H_INT = global("int");
    H_FLOAT = global("float");
    H_COMPLEX = global("complex");
    H_FORMAT = global("format");
    H_REPR = global("repr");
    H_STR = global("str");
    H_ROUND = global("round");
    if (asp_get_attr(R, H_FLOAT, "fromhex", &H_FROMHEX) != ASP_OK) {
        asp_error_clear(R);
        H_FROMHEX = ASP_NO_HANDLE;
    }
}

/* The status of an API call that makes a value: true when it did; false
 * after a MemoryError (cleared); any other failure is a bug. */
static bool made(asp_status st) {
    if (st == ASP_OK) return true;
    if (st != ASP_NOMEM) abort();
    asp_error_clear(R);
    return false;
}

static asp_status last_call_status;   /* of the latest call() */

/* Calls fn(args...); the result handle or ASP_NO_HANDLE after an exception
 * (or when fn or an argument is missing). */
static asp_handle call(asp_handle fn, size_t argc, const asp_handle *argv) {
    asp_handle out = ASP_NO_HANDLE;
    last_call_status = ASP_NOMEM;   /* a missing operand: some allocation failed */
    if (fn == ASP_NO_HANDLE) return ASP_NO_HANDLE;
    for (size_t i = 0; i < argc; i++)
        if (argv[i] == ASP_NO_HANDLE) return ASP_NO_HANDLE;
    asp_status st = asp_call(R, fn, argc, argv, &out);
    fuzz_check_status(st);
    last_call_status = st;
    if (st != ASP_OK) {
        fuzz_read_error(R);
        return ASP_NO_HANDLE;
    }
    return out;
}

static void release(asp_handle h) {
    if (h != ASP_NO_HANDLE && asp_handle_release(R, h) != ASP_OK) abort();
}

/* A str from input bytes: UTF-8 when valid, else each byte as a code point;
 * ASP_NO_HANDLE after a MemoryError. */
static asp_handle text(const uint8_t *p, size_t n) {
    asp_handle h = ASP_NO_HANDLE;
    asp_status st = asp_new_str(R, (const char *)p, n, &h);
    if (st == ASP_OK) return h;
    asp_error_clear(R);
    if (st == ASP_NOMEM) return ASP_NO_HANDLE;
    asp_handle b = ASP_NO_HANDLE, enc = ASP_NO_HANDLE, dec = ASP_NO_HANDLE;
    if (made(asp_new_bytes(R, p, n, &b)) && made(asp_new_str(R, "latin-1", 7, &enc)) &&
        made(asp_get_attr(R, b, "decode", &dec))) {
        h = call(dec, 1, &enc);
        if (h == ASP_NO_HANDLE && last_call_status != ASP_NOMEM) abort();
    }
    release(b);
    release(enc);
    release(dec);
    return h;
}

/* The UTF-8 of str(v) or repr(v), copied; NULL after an exception. */
static char *text_of(asp_handle fn, asp_handle v) {
    asp_handle s = call(fn, 1, &v);
    if (s == ASP_NO_HANDLE) return NULL;
    const char *u;
    size_t n;
    if (!made(asp_to_str(R, s, &u, &n))) {   /* its UTF-8 needed memory */
        release(s);
        return NULL;
    }
    char *copy = malloc(n + 1);
    if (!copy) abort();
    memcpy(copy, u, n + 1);
    release(s);
    return copy;
}

/* float(repr(f)) == f */
static void check_float_round_trip(asp_handle f) {
    double d;
    if (asp_to_float(R, f, &d) != ASP_OK) abort();
    char *rep = text_of(H_REPR, f);
    if (!rep) return;   /* MemoryError */
    asp_handle s = ASP_NO_HANDLE;
    if (!made(asp_new_str(R, rep, strlen(rep), &s))) s = ASP_NO_HANDLE;
    asp_handle back = call(H_FLOAT, 1, &s);
    if (back != ASP_NO_HANDLE) {
        double e;
        if (asp_to_float(R, back, &e) != ASP_OK) abort();
        if (!(isnan(d) && isnan(e)) && memcmp(&d, &e, sizeof d) != 0) {
            fprintf(stderr, "float round trip: repr %s gives %a, not %a\n", rep, e, d);
            abort();
        }
    } else if (!isnan(d) && !isinf(d) && last_call_status != ASP_NOMEM) {
        fprintf(stderr, "float round trip: float(%s) failed\n", rep);
        abort();
    }
    release(back);
    release(s);
    free(rep);
}

/* int(str(i)) == i, compared as decimal text */
static void check_int_round_trip(asp_handle i) {
    char *dec = text_of(H_STR, i);
    if (!dec) return;   /* too many digits for str(), or MemoryError */
    asp_handle s = ASP_NO_HANDLE;
    if (!made(asp_new_str(R, dec, strlen(dec), &s))) s = ASP_NO_HANDLE;
    asp_handle back = call(H_INT, 1, &s);
    if (back != ASP_NO_HANDLE) {
        char *dec2 = text_of(H_STR, back);
        if (dec2 && strcmp(dec, dec2) != 0) {
            fprintf(stderr, "int round trip: %s gives %s\n", dec, dec2);
            abort();
        }
        free(dec2);
    }
    release(back);
    release(s);
    free(dec);
}

/* A value to format: int, float (any bit pattern: NaNs, subnormals), complex,
 * the input's str, bool, or an int of up to 40 digits. */
static asp_handle value(FuzzIn *in, asp_handle parsed_text) {
    unsigned kind = fuzz_byte(in) % 6;
    uint8_t raw[16] = {0};
    for (size_t i = 0; i < sizeof raw; i++) raw[i] = (uint8_t)fuzz_byte(in);
    asp_handle h = ASP_NO_HANDLE;
    double d0, d1;
    int64_t i0;
    memcpy(&d0, raw, 8);
    memcpy(&d1, raw + 8, 8);
    memcpy(&i0, raw, 8);
    switch (kind) {
    case 0:
        if (!made(asp_new_int(R, i0, &h))) h = ASP_NO_HANDLE;
        break;
    case 1:
        if (!made(asp_new_float(R, d0, &h))) h = ASP_NO_HANDLE;
        break;
    case 2: {
        asp_handle a[2] = {ASP_NO_HANDLE, ASP_NO_HANDLE};
        if (!made(asp_new_float(R, d0, &a[0]))) a[0] = ASP_NO_HANDLE;
        if (!made(asp_new_float(R, d1, &a[1]))) a[1] = ASP_NO_HANDLE;
        h = call(H_COMPLEX, 2, a);
        release(a[0]);
        release(a[1]);
        break;
    }
    case 3:
        if (parsed_text == ASP_NO_HANDLE || !made(asp_handle_dup(R, parsed_text, &h)))
            h = ASP_NO_HANDLE;
        break;
    case 4:
        if (!made(asp_new_bool(R, raw[0] & 1, &h))) h = ASP_NO_HANDLE;
        break;
    default: {
        /* a big int: decimal text of up to 40 digits */
        char digits[48];
        size_t n = 0;
        if (raw[0] & 1) digits[n++] = '-';
        for (size_t i = 1; i < sizeof raw && n < 40; i++) {
            digits[n++] = (char)('0' + raw[i] % 10);
            digits[n++] = (char)('0' + raw[i] / 10 % 10);
        }
        digits[n] = 0;
        asp_status st = asp_new_int_text(R, digits, &h);
        if (st == ASP_NOMEM) {
            asp_error_clear(R);
            h = ASP_NO_HANDLE;
        } else if (st != ASP_OK) {
            fprintf(stderr, "asp_new_int_text(%s): %s: %s\n", digits, asp_error_type(R),
                    asp_error_message(R));
            abort();
        }
        break;
    }
    }
    return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!R) setup();
    FuzzIn in = {data, size};
    unsigned op = fuzz_byte(&in);
    const uint8_t *tp;
    size_t tn = fuzz_bytes(&in, 255, &tp);
    asp_handle s = text(tp, tn);
    asp_handle res = ASP_NO_HANDLE;
    switch (op % 8) {
    case 0:   /* int(s) */
        res = call(H_INT, 1, &s);
        if (res != ASP_NO_HANDLE) check_int_round_trip(res);
        break;
    case 1: { /* int(s, base): 0, 2..36 and some invalid bases */
        asp_handle a[2] = {s, ASP_NO_HANDLE};
        if (!made(asp_new_int(R, (int64_t)(fuzz_byte(&in) % 40) - 1, &a[1]))) a[1] = ASP_NO_HANDLE;
        res = call(H_INT, 2, a);
        if (res != ASP_NO_HANDLE) check_int_round_trip(res);
        release(a[1]);
        break;
    }
    case 2:   /* float(s) */
        res = call(H_FLOAT, 1, &s);
        if (res != ASP_NO_HANDLE) check_float_round_trip(res);
        break;
    case 3:   /* complex(s) */
        res = call(H_COMPLEX, 1, &s);
        if (res != ASP_NO_HANDLE) {
            char *r = text_of(H_REPR, res);
            free(r);
        }
        break;
    case 4:   /* float.fromhex(s) */
        res = call(H_FROMHEX, 1, &s);
        if (res != ASP_NO_HANDLE) check_float_round_trip(res);
        break;
    case 5: { /* int(bytes, base) */
        asp_handle a[2] = {ASP_NO_HANDLE, ASP_NO_HANDLE};
        if (!made(asp_new_bytes(R, tp, tn, &a[0]))) a[0] = ASP_NO_HANDLE;
        if (!made(asp_new_int(R, (int64_t)(fuzz_byte(&in) % 38), &a[1]))) a[1] = ASP_NO_HANDLE;
        res = call(H_INT, 2, a);
        release(a[0]);
        release(a[1]);
        break;
    }
    case 6: { /* round(x, n) */
        asp_handle a[2] = {value(&in, s), ASP_NO_HANDLE};
        if (!made(asp_new_int(R, (int64_t)(int8_t)fuzz_byte(&in), &a[1]))) a[1] = ASP_NO_HANDLE;
        res = call(H_ROUND, 2, a);
        if (res != ASP_NO_HANDLE) {
            char *r = text_of(H_REPR, res);
            free(r);
        }
        release(a[0]);
        release(a[1]);
        break;
    }
    default: { /* format(x, spec): the text is the spec */
        asp_handle a[2];
        a[0] = value(&in, s);
        a[1] = s;
        res = call(H_FORMAT, 2, a);
        release(a[0]);
        break;
    }
    }
    release(res);
    release(s);
    return 0;
}
