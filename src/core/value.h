/* value: the 64-bit tagged representation of every Python value.
 *
 * Encoding (NaN-boxing with an offset for doubles, as JavaScriptCore does):
 *   top 16 bits 0x0000        heap object pointer (>= 0x100), or a special:
 *                             0 = V_NULL (no value: unbound local, end of
 *                             iteration, "not found"; never visible to Python),
 *                             2 = None, 6 = False, 7 = True
 *   top 16 bits 0x0002-0xFFF2 a double, stored as its IEEE bits + 2^49
 *                             (NaNs are canonicalised first, so negative-NaN
 *                             bit patterns never occur)
 *   top 16 bits 0xFFFF        a small int: 48-bit two's complement payload
 *
 * Why: pointers are raw, so the conservative stack scan and every object
 * access need no untagging; zeroed memory reads as V_NULL; floats and ints
 * up to +-2^47 never allocate.  Invariant: a Python int value is a small int
 * exactly when it fits in 48 bits (big ints never hold small values), so two
 * ints are equal iff their Values are equal when both are small. */
#ifndef ASP_VALUE_H
#define ASP_VALUE_H

#include <stdint.h>
#include <stdbool.h>
#include <string.h>

typedef uint64_t Value;

#define V_NULL  ((Value)0)
#define V_NONE  ((Value)2)
#define V_FALSE ((Value)6)
#define V_TRUE  ((Value)7)

#define V_DOUBLE_OFFSET  ((uint64_t)1 << 49)
#define V_INT_TAG        ((uint64_t)0xFFFF << 48)
#define V_PAYLOAD_MASK   (((uint64_t)1 << 48) - 1)
#define SMALL_INT_MIN    (-((int64_t)1 << 47))
#define SMALL_INT_MAX    (((int64_t)1 << 47) - 1)

struct Obj;

static inline bool v_is_obj(Value v)   { return (v >> 48) == 0 && v >= 0x100; }
static inline bool v_is_int(Value v)   { return (v >> 48) == 0xFFFF; }
static inline bool v_is_float(Value v) { return (uint64_t)((v >> 48) - 1) < 0xFFFE; }
static inline bool v_is_bool(Value v)  { return (v | 1) == V_TRUE; }
static inline bool v_both_int(Value a, Value b) { return ((a & b) >> 48) == 0xFFFF; }

static inline struct Obj *v_obj(Value v) { return (struct Obj *)(uintptr_t)v; }
static inline Value v_from_obj(const void *p) { return (Value)(uintptr_t)p; }

static inline bool v_fits_small(int64_t i) { return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX; }
/* Only for i with v_fits_small(i). */
static inline Value v_small(int64_t i) { return ((uint64_t)i & V_PAYLOAD_MASK) | V_INT_TAG; }
static inline int64_t v_as_small(Value v) { return (int64_t)(v << 16) >> 16; }

static inline Value v_from_double(double d) {
    uint64_t bits;
    if (d != d) bits = 0x7ff8000000000000ull;
    else memcpy(&bits, &d, sizeof bits);
    return bits + V_DOUBLE_OFFSET;
}
static inline double v_as_double(Value v) {
    uint64_t bits = v - V_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
static inline Value v_bool(bool b) { return b ? V_TRUE : V_FALSE; }

#endif
