/* int_impl: internals of the int type shared by int.c, int_text.c, float.c
 * and complex.c.  Not part of the public object API (objects.h).
 *
 * Representation: an int Value is either a small int immediate (48 bits, see
 * value.h), False/True (0 and 1), or an object whose layout is BigInt: the
 * exact type int for values outside the small range, or an instance of a
 * subclass of int for any value.  A BigInt owns a malloc'd mp_int
 * (libtommath); the digits it holds are accounted against the heap through
 * heap_account, and the number of accounted digits is kept in hdr.flags so
 * that finalize returns exactly what was counted.
 *
 * Invariant: an object of exact type int never holds a value that fits in a
 * small int (int_big_finish normalises every result). */
#ifndef ASP_INT_IMPL_H
#define ASP_INT_IMPL_H

#include <tommath.h>
#include "objects/objects.h"

/* A read-only mp_int view of any int Value without allocating: small values
 * fit in one 60-bit digit kept in the view itself. */
typedef struct IntView { mp_int m; mp_digit d; } IntView;
const mp_int *int_mp(Value v, IntView *iv);

/* v is an int whose value is in the small range: *out = value.  Exact-int
 * big objects are never small; subclass instances answer false as well. */
static inline bool int_small(Value v, int64_t *out) {
    if (v_is_int(v)) { *out = v_as_small(v); return true; }
    if (v_is_bool(v)) { *out = (int64_t)(v & 1); return true; }
    return false;
}

/* A new object of type t (int or a subclass) holding 0 in an initialised mp. */
Value int_big_new(Realm *r, Type *t);
static inline mp_int *int_big_mp(Value b) { return (mp_int *)((BigInt *)v_obj(b))->mp; }
/* Accounts b's digits and, for the exact int type, returns a small int when
 * the value fits.  Call after computing into int_big_mp(b). */
Value int_big_finish(Realm *r, Value b);
/* Raises MemoryError for MP_MEM and ValueError/SystemError otherwise. */
void int_mp_ok(Realm *r, mp_err e);
/* MemoryError unless a result of `bits` bits can be made under the heap limit. */
void int_check_bits(Realm *r, uint64_t bits);
Value int_from_mp(Realm *r, const mp_int *m);   /* copy, normalised */

/* Correctly rounded value of an mp_int as a double; *overflow set when the
 * magnitude rounds to 2**1024 or more. */
double int_mp_to_double(const mp_int *m, bool *overflow);
/* Correctly rounded q * 2**e (q < 2**64) with sticky bits below q's last bit;
 * sets *overflow when the result is too large. */
double int_round_scaled(uint64_t q, bool sticky, int64_t e, bool *overflow);
/* Three-way comparison of int a and double d: -1, 0, 1; 2 when d is NaN. */
int int_cmp_double(Realm *r, Value a, double d);
/* The int's sign and bit length of its magnitude. */
uint64_t int_bit_length(Value v);
/* Exact type int value of any int (drops the subclass). */
Value int_exact(Realm *r, Value v);
/* Python's int ** int (including negative exponents giving float). */
Value int_pow(Realm *r, Value a, Value b);
Value int_true_div(Realm *r, Value a, Value b);
/* The hash of |m| modulo 2**61-1, signed. */
int64_t int_mp_hash(const mp_int *m);
/* Rounds int to a multiple of 10**(-ndigits) (ndigits < 0), half-even. */
Value int_round_ndigits(Realm *r, Value v, Value ndigits);
/* int from a str / bytes object as int(x, base) does (whitespace, sign,
 * underscores, prefixes); `orig` is used for the error message. */
Value int_parse(Realm *r, const char *s, size_t len, int base, Value orig);
/* int(x) for a non-str x, as the constructor does (no base). */
Value int_from_number(Realm *r, Value x);

/* Unicode text of a str normalised for number parsing: spaces -> ' ',
 * decimal digits -> ASCII, other non-ASCII -> '\x01'.  In a scratch object
 * kept alive through *keep. */
const char *int_num_ascii(Realm *r, Value s, size_t *len, Value *keep);

/* float ** float as CPython's float_pow (complex result for a negative base
 * and a fractional exponent); in float.c. */
Value float_pow_dd(Realm *r, double a, double b);
/* complex ** complex; in complex.c. */
Value complex_pow_cc(Realm *r, double ar, double ai, double br, double bi);

#define INT_MAX_BITS ((uint64_t)INT32_MAX)
#define INT_HASH_MOD (((uint64_t)1 << 61) - 1)

#endif
