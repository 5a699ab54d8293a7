/* math: the math module (functions on floats and ints, as CPython's). */
#include <math.h>
#include <string.h>
#include <float.h>
#include "core/realm.h"
#include "core/limits.h"
#include "modules/modules.h"
#include "vm/ops.h"
#include "objects/int_impl.h"

static double arg_double(Realm *r, Value v) {
    if (v_is_float(v)) return v_as_double(v);
    if (v_is_int(v)) return (double)v_as_small(v);
    return float_as_double(r, v);
}

static _Noreturn void domain_error(Realm *r) { err_value(r, "math domain error"); }
static _Noreturn void range_error(Realm *r) { err_overflow(r, "math range error"); }

/* Checks a libm result as CPython's math_1 does: NaN from non-NaN input is a
 * domain error, infinity from finite input a range error (unless `can_overflow`
 * is false, then a domain error). */
static Value result(Realm *r, double x, double y, bool can_overflow) {
    if (isnan(y) && !isnan(x)) domain_error(r);
    if (isinf(y) && isfinite(x)) {
        if (can_overflow) range_error(r);
        domain_error(r);
    }
    return v_from_double(y);
}

#define MATH1(pyname, cfn, ovf) \
    static Value math_##pyname(Realm *r, Value *a, size_t n, Value kw) { \
        arg_count(r, "math." #pyname, n, kw, 1, 1); \
        double x = arg_double(r, a[0]); \
        return result(r, x, cfn(x), ovf); \
    }
MATH1(sin, sin, false)
MATH1(cos, cos, false)
MATH1(tan, tan, false)
MATH1(asin, asin, false)
MATH1(acos, acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(acosh, acosh, false)
MATH1(atanh, atanh, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
/* gamma and lgamma: a pole (0 or a negative integer) is a domain error in
 * CPython, not the range error libm's infinity would give. */
static double math_gamma_of(double x) { return x <= 0 && x == floor(x) ? NAN : tgamma(x); }
static double math_lgamma_of(double x) { return x <= 0 && x == floor(x) && isfinite(x) ? NAN : lgamma(x); }
MATH1(gamma, math_gamma_of, true)
MATH1(lgamma, math_lgamma_of, true)
MATH1(cbrt, cbrt, false)

static Value math_sqrt(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.sqrt", n, kw, 1, 1);
    double x = arg_double(r, a[0]);
    if (x < 0) domain_error(r);
    return v_from_double(sqrt(x));
}

/* fn(v) for log, log2 and log10, as CPython's loghelper: an int that a float
 * holds goes through the float; a larger one is m * 2**e (0.5 <= m < 1, m
 * from its top 56 bits) and gives fn(m) + fn(2) * e. */
static double log_of(Realm *r, Value v, double (*fn)(double)) {
    if (!v_is_float(v) && int_check(r, v)) {
        if (int_sign(r, v) <= 0) domain_error(r);
        int64_t i;
        if (int_to_i64(r, v, &i)) return fn((double)i);
        Value s = int_to_str(r, v, 16);
        Str *st = (Str *)v_obj(s);
        int64_t digits = st->len - 2;   /* strip 0x */
        if (digits <= 250) return fn(int_as_double(r, v));   /* < 2**1000: no overflow */
        int64_t take = 14;
        double m = 0;
        for (int64_t k = 0; k < take; k++) {
            uint32_t c = str_char(st, 2 + k);
            m = m * 16 + (c <= '9' ? c - '0' : (c | 32) - 'a' + 10);
        }
        int e;
        m = frexp(m, &e);
        return fn(m) + fn(2.0) * ((double)e + (double)(digits - take) * 4);
    }
    double x = arg_double(r, v);
    if (x <= 0) domain_error(r);
    return fn(x);
}

static Value math_log(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "log", n, kw, 1, 2);
    double num = log_of(r, a[0], log);
    if (n == 2) {
        double den = log_of(r, a[1], log);
        if (den == 0) err_zero_div(r, "float division by zero");
        return v_from_double(num / den);
    }
    return v_from_double(num);
}
static Value math_log2(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.log2", n, kw, 1, 1);
    return v_from_double(log_of(r, a[0], log2));
}
static Value math_log10(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.log10", n, kw, 1, 1);
    return v_from_double(log_of(r, a[0], log10));
}
static Value math_log1p(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.log1p", n, kw, 1, 1);
    double x = arg_double(r, a[0]);
    if (x <= -1) domain_error(r);
    return v_from_double(log1p(x));
}

static Value math_pow(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "pow", n, kw, 2, 2);
    double x = arg_double(r, a[0]), y = arg_double(r, a[1]);
    if (x == 0 && y < 0 && isfinite(y)) domain_error(r);
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y)) domain_error(r);
    double z = pow(x, y);
    if (isinf(z) && isfinite(x) && isfinite(y)) range_error(r);
    return v_from_double(z);
}

static Value math_atan2(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "atan2", n, kw, 2, 2);
    return v_from_double(atan2(arg_double(r, a[0]), arg_double(r, a[1])));
}
static Value math_fmod(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "fmod", n, kw, 2, 2);
    double x = arg_double(r, a[0]), y = arg_double(r, a[1]);
    if (y == 0 && !isnan(x)) domain_error(r);
    if (isinf(x) && !isnan(y)) domain_error(r);
    return v_from_double(fmod(x, y));
}
/* IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even). */
static Value math_remainder(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "remainder", n, kw, 2, 2);
    double x = arg_double(r, a[0]), y = arg_double(r, a[1]);
    if (isnan(x)) return v_from_double(x);
    if (isnan(y)) return v_from_double(y);
    if (isinf(x) || y == 0) domain_error(r);
    if (isinf(y)) return v_from_double(x);
    return v_from_double(remainder(x, y));
}
/* fma(x, y, z): x*y+z rounded once; CPython's errors for non-finite results */
static Value math_fma(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "fma", n, kw, 3, 3);
    double x = arg_double(r, a[0]), y = arg_double(r, a[1]), z = arg_double(r, a[2]);
    double res = fma(x, y, z);
    if (!isfinite(res)) {
        if (isnan(res)) {
            if (!isnan(x) && !isnan(y) && !isnan(z)) err_value(r, "invalid operation in fma");
        } else if (isfinite(x) && isfinite(y) && isfinite(z)) {
            err_overflow(r, "overflow in fma");
        }
    }
    return v_from_double(res);
}

static int64_t math_ordered(double d) {
    int64_t b;
    memcpy(&b, &d, sizeof b);
    return b < 0 ? -(b & INT64_MAX) : b;   /* -0.0 and 0.0 both map to 0 */
}
static double math_unordered(int64_t o) {
    int64_t b = o < 0 ? (-o) | INT64_MIN : o;
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

/* nextafter(x, y, steps=None): steps representable floats from x towards y */
static Value math_nextafter(Realm *r, Value *a, size_t n, Value kw) {
    static const char *const names[] = {"x", "y", "*", "steps", NULL};
    Value v[3];
    arg_parse(r, "nextafter", a, n, kw, 2, 2, names, v);
    double x = arg_double(r, v[0]), y = arg_double(r, v[1]);
    if (v[2] == V_NULL || v[2] == V_NONE) return v_from_double(nextafter(x, y));
    Value steps = num_index(r, v[2]);
    if (int_sign(r, steps) < 0) err_value(r, "steps must be a non-negative integer");
    int64_t k;
    if (!int_to_i64(r, steps, &k)) k = INT64_MAX;
    if (isnan(x)) return v_from_double(x);
    if (isnan(y)) return v_from_double(y);
    /* doubles ordered as integers: negative ones mirrored below zero, so
     * k steps towards y is an integer move clamped at y */
    int64_t ox = math_ordered(x), oy = math_ordered(y);
    uint64_t dist = ox < oy ? (uint64_t)oy - (uint64_t)ox : (uint64_t)ox - (uint64_t)oy;
    if ((uint64_t)k >= dist) return v_from_double(y);
    int64_t o = ox < oy ? ox + k : ox - k;
    return v_from_double(math_unordered(o));
}

/* ulp(x): the value of the least significant bit of x */
static Value math_ulp(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "ulp", n, kw, 1, 1);
    double x = fabs(arg_double(r, a[0]));
    if (isnan(x) || isinf(x)) return v_from_double(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return v_from_double(x - nextafter(x, -INFINITY));
    return v_from_double(x2 - x);
}

static Value math_copysign(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "copysign", n, kw, 2, 2);
    return v_from_double(copysign(arg_double(r, a[0]), arg_double(r, a[1])));
}
static Value math_hypot(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "hypot", n, kw, 0, (size_t)-1);
    double acc = 0;
    bool inf = false, nan = false;
    for (size_t i = 0; i < n; i++) {
        double x = fabs(arg_double(r, a[i]));
        if (isinf(x)) inf = true;
        if (isnan(x)) nan = true;
        acc = hypot(acc, x);
    }
    if (inf) return v_from_double(INFINITY);
    if (nan) return v_from_double(NAN);
    return v_from_double(acc);
}
static Value math_dist(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "dist", n, kw, 2, 2);
    Value p = list_new(r, 0), q = list_new(r, 0);
    list_extend(r, p, a[0]);
    list_extend(r, q, a[1]);
    if (list_ptr(p)->len != list_ptr(q)->len) err_value(r, "both points must have the same number of dimensions");
    double acc = 0;
    for (int64_t i = 0; i < list_ptr(p)->len; i++)
        acc = hypot(acc, arg_double(r, list_ptr(p)->items[i]) - arg_double(r, list_ptr(q)->items[i]));
    return v_from_double(acc);
}

static Value to_int_rounded(Realm *r, Value v, Value name, double (*fn)(double)) {
    if (v_is_int(v)) return v;
    if (!v_is_float(v)) {
        Value res = op_call_special(r, v, name, NULL, 0);
        if (res != V_NULL) return res;
        if (int_check(r, v)) return int_exact(r, v);   /* bool and int subclasses: an exact int */
        if (fn == trunc && !(v_type(r, v)->flags & TF_FLOAT_SUB))
            err_type(r, "type %T doesn't define __trunc__ method", v);
    }
    double x = arg_double(r, v);
    if (isnan(x)) err_value(r, "cannot convert float NaN to integer");
    if (isinf(x)) err_overflow(r, "cannot convert float infinity to integer");
    return int_from_double(r, fn(x));
}
static Value math_floor(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.floor", n, kw, 1, 1);
    return to_int_rounded(r, a[0], NM(r, __floor__), floor);
}
static Value math_ceil(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.ceil", n, kw, 1, 1);
    return to_int_rounded(r, a[0], NM(r, __ceil__), ceil);
}
static Value math_trunc(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.trunc", n, kw, 1, 1);
    return to_int_rounded(r, a[0], NM(r, __trunc__), trunc);
}

static Value math_isnan(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.isnan", n, kw, 1, 1);
    return v_bool(isnan(arg_double(r, a[0])));
}
static Value math_isinf(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.isinf", n, kw, 1, 1);
    return v_bool(isinf(arg_double(r, a[0])));
}
static Value math_isfinite(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.isfinite", n, kw, 1, 1);
    return v_bool(isfinite(arg_double(r, a[0])));
}
static Value math_isclose(Realm *r, Value *a, size_t n, Value kw) {
    static const char *const names[] = {"a", "b", "*", "rel_tol", "abs_tol", NULL};
    Value o[4];
    arg_parse(r, "isclose", a, n, kw, 2, 2, names, o);
    double x = arg_double(r, o[0]), y = arg_double(r, o[1]);
    double rel = o[2] != V_NULL ? arg_double(r, o[2]) : 1e-9, abs_ = o[3] != V_NULL ? arg_double(r, o[3]) : 0;
    if (rel < 0 || abs_ < 0) err_value(r, "tolerances must be non-negative");
    if (x == y) return V_TRUE;
    if (isinf(x) || isinf(y)) return V_FALSE;
    double d = fabs(y - x);
    return v_bool(d <= fabs(rel * y) || d <= fabs(rel * x) || d <= abs_);
}
static Value math_degrees(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.degrees", n, kw, 1, 1);
    return v_from_double(arg_double(r, a[0]) * (180.0 / M_PI));
}
static Value math_radians(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.radians", n, kw, 1, 1);
    return v_from_double(arg_double(r, a[0]) * (M_PI / 180.0));
}
static Value math_modf(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.modf", n, kw, 1, 1);
    double x = arg_double(r, a[0]), ip;
    if (isinf(x)) return tuple_pack(r, 2, v_from_double(copysign(0.0, x)), v_from_double(x));
    double fp = modf(x, &ip);
    return tuple_pack(r, 2, v_from_double(fp), v_from_double(ip));
}
static Value math_frexp(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.frexp", n, kw, 1, 1);
    double x = arg_double(r, a[0]);
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    return tuple_pack(r, 2, v_from_double(m), v_small(e));
}
static Value math_ldexp(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "ldexp", n, kw, 2, 2);
    double x = arg_double(r, a[0]);
    if (!int_check(r, a[1])) err_type(r, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_i64(r, a[1], &e)) e = int_sign(r, a[1]) > 0 ? 100000 : -100000;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    double y = ldexp(x, (int)e);
    if (isinf(y) && isfinite(x)) range_error(r);
    return v_from_double(y);
}

/* ---- integer functions ---- */

static Value need_int(Realm *r, Value v) {
    if (v_is_float(v)) err_type(r, "'float' object cannot be interpreted as an integer");
    return num_index(r, v);
}
static Value int_abs(Realm *r, Value v) { return int_sign(r, v) < 0 ? int_neg(r, v) : v; }

static Value math_gcd(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "gcd", n, kw, 0, (size_t)-1);
    Value g = v_small(0);
    for (size_t i = 0; i < n; i++) {
        Value x = int_abs(r, need_int(r, a[i]));
        Value y = g;
        while (!(v_is_int(x) && v_as_small(x) == 0)) {   /* budget */
            Value t = int_mod(r, y, x);
            y = x;
            x = t;
        }
        g = y;
    }
    return g;
}
static Value math_lcm(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "lcm", n, kw, 0, (size_t)-1);
    Value l = v_small(1);
    for (size_t i = 0; i < n; i++) {
        Value x = int_abs(r, need_int(r, a[i]));
        if (v_is_int(x) && v_as_small(x) == 0) return v_small(0);
        Value args[2] = {l, x};
        Value g = math_gcd(r, args, 2, V_NULL);
        l = int_mul(r, int_floordiv(r, l, g), x);
    }
    return l;
}
static Value math_factorial(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.factorial", n, kw, 1, 1);
    Value x = need_int(r, a[0]);
    if (int_sign(r, x) < 0) err_value(r, "factorial() not defined for negative values");
    int64_t k;
    if (!int_to_i64(r, x, &k) || k > 1000000) err_overflow(r, "factorial() argument should not exceed %ld", 1000000L);
    Value acc = v_small(1);
    for (int64_t i = 2; i <= k; i++) acc = int_mul(r, acc, v_small(i));   /* budget */
    return acc;
}
static Value math_isqrt(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.isqrt", n, kw, 1, 1);
    Value x = need_int(r, a[0]);
    if (int_sign(r, x) < 0) err_value(r, "isqrt() argument must be nonnegative");
    if (int_sign(r, x) == 0) return v_small(0);
    /* Newton's method from an upper bound */
    /* Start from 2**ceil(bits/2) >= sqrt(x) (a double would overflow
       for large x). */
    uint64_t bits = int_bit_length(x);
    Value y = op_binary(r, NB_LSHIFT, v_small(1), v_small((int64_t)((bits + 1) / 2)));
    for (;;) {   /* budget */
        Value nx = int_floordiv(r, op_binary(r, NB_ADD, y, int_floordiv(r, x, y)), v_small(2));
        if (int_compare(r, nx, y) >= 0) break;
        y = nx;
    }
    while (int_compare(r, int_mul(r, y, y), x) > 0) y = int_sub(r, y, v_small(1));
    while (int_compare(r, int_mul(r, int_add(r, y, v_small(1)), int_add(r, y, v_small(1))), x) <= 0)
        y = int_add(r, y, v_small(1));
    return y;
}
static Value math_comb(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "comb", n, kw, 2, 2);
    Value nn = need_int(r, a[0]), kk = need_int(r, a[1]);
    if (int_sign(r, nn) < 0) err_value(r, "n must be a non-negative integer");
    if (int_sign(r, kk) < 0) err_value(r, "k must be a non-negative integer");
    if (int_compare(r, kk, nn) > 0) return v_small(0);
    Value nk = int_sub(r, nn, kk);
    if (int_compare(r, nk, kk) < 0) kk = nk;
    int64_t k;
    if (!int_to_i64(r, kk, &k) || k > 10000000) err_overflow(r, "min(n - k, k) must not exceed %lld", 10000000LL);
    Value acc = v_small(1);
    for (int64_t i = 0; i < k; i++)   /* budget */
        acc = int_floordiv(r, int_mul(r, acc, int_sub(r, nn, v_small(i))), v_small(i + 1));
    return acc;
}
static Value math_perm(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "perm", n, kw, 1, 2);
    Value nn = need_int(r, a[0]);
    if (n == 1 || a[1] == V_NONE) return math_factorial(r, a, 1, V_NULL);
    Value kk = need_int(r, a[1]);
    if (int_sign(r, nn) < 0) err_value(r, "n must be a non-negative integer");
    if (int_sign(r, kk) < 0) err_value(r, "k must be a non-negative integer");
    if (int_compare(r, kk, nn) > 0) return v_small(0);
    int64_t k;
    if (!int_to_i64(r, kk, &k) || k > 10000000) err_overflow(r, "k must not exceed %lld", 10000000LL);
    Value acc = v_small(1);
    for (int64_t i = 0; i < k; i++) acc = int_mul(r, acc, int_sub(r, nn, v_small(i)));   /* budget */
    return acc;
}
static Value math_prod(Realm *r, Value *a, size_t n, Value kw) {
    static const char *const names[] = {"iterable", "*", "start", NULL};
    Value o[2];
    arg_parse(r, "prod", a, n, kw, 1, 1, names, o);
    Value acc = o[1] != V_NULL ? o[1] : v_small(1);
    Value it = op_iter(r, o[0]);
    for (Value x; (x = op_next(r, it)) != V_NULL;) acc = op_binary(r, NB_MUL, acc, x);
    return acc;
}
/* Shewchuk's exact summation: `partials` (a list of floats, increasing in
 * magnitude, non-overlapping) always sums exactly to the finite values added
 * so far.  Adds x (finite); false if an intermediate sum overflowed. */
static bool math_partials_add(Realm *r, Value partials, double x) {
    List *p = list_ptr(partials);
    int64_t i = 0;
    for (int64_t j = 0; j < p->len; j++) {
        double y = v_as_double(p->items[j]);
        if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0.0) p->items[i++] = v_from_double(lo);
        x = hi;
    }
    p->len = i;
    if (!isfinite(x)) return false;
    list_append(r, partials, v_from_double(x));
    return true;
}
/* The correctly rounded (half to even) value of the exact sum of partials. */
static double math_partials_round(Value partials) {
    List *p = list_ptr(partials);
    double hi = 0;
    int64_t k = p->len;
    if (k > 0) {
        hi = v_as_double(p->items[--k]);
        double lo = 0;
        while (k > 0) {
            double x = hi, y = v_as_double(p->items[--k]);
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* The dropped tail decides a half-way case: round away from it. */
        if (k > 0 && ((lo < 0 && v_as_double(p->items[k - 1]) < 0) || (lo > 0 && v_as_double(p->items[k - 1]) > 0))) {
            double y = lo * 2, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return hi;
}
static Value math_fsum(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "math.fsum", n, kw, 1, 1);
    Value partials = list_new(r, 0);
    /* special: the sum of the non-finite inputs (or NaN); inf_sum: of the
     * infinite ones, NaN when both signs came (CPython's rules) */
    double special = 0, inf_sum = 0;
    Value it = op_iter(r, a[0]);
    for (Value xv; (xv = op_next(r, it)) != V_NULL;) {
        double x = arg_double(r, xv);
        if (isfinite(x)) {
            if (math_partials_add(r, partials, x)) continue;
            err_overflow(r, "intermediate overflow in fsum");
        }
        if (isinf(x)) inf_sum += x;
        special += x;
        list_ptr(partials)->len = 0;
    }
    if (special != 0.0) {    /* (true for NaN) */
        if (isnan(inf_sum)) err_value(r, "-inf + inf in fsum");
        return v_from_double(special);
    }
    return v_from_double(math_partials_round(partials));
}

/* sumprod(p, q): sum of p[i]*q[i].  Pairs of ints are added exactly as ints;
 * pairs of floats (or a float and an int a double holds exactly) go to an
 * exact float accumulator (each product split into two doubles by fma, then
 * Shewchuk partials) that is rounded once when a pair of another kind comes or
 * the input ends; any other pair is multiplied and added with the generic
 * operators.  A non-finite product, or an overflowing float sum, makes the
 * float side plain IEEE arithmetic, so inf and nan come out as CPython's. */
static bool math_sumprod_small_exact(Value v) {
    if (!v_is_int(v)) return false;
    int64_t x = v_as_small(v);
    return x >= -(INT64_C(1) << 53) && x <= (INT64_C(1) << 53);
}
static Value math_sumprod(Realm *r, Value *a, size_t n, Value kw) {
    if (kw != V_NULL && tuple_ptr(kw)->len > 0) err_type(r, "math.sumprod() takes no keyword arguments");
    arg_count(r, "sumprod", n, V_NULL, 2, 2);
    Value pit = op_iter(r, a[0]);
    Value qit = op_iter(r, a[1]);
    Value total = v_small(0);
    Value partials = list_new(r, 0);
    bool have_float = false, have_special = false;
    double special = 0;
    for (;;) {
        Value x = op_next(r, pit);
        Value y = op_next(r, qit);
        if (x == V_NULL || y == V_NULL) {
            if (x != V_NULL || y != V_NULL) err_value(r, "Inputs are not the same length");
            break;
        }
        limits_count(r, 1);
        bool xf = v_is_float(x), yf = v_is_float(y);
        if ((xf && (yf || math_sumprod_small_exact(y))) || (yf && math_sumprod_small_exact(x))) {
            double dx = xf ? v_as_double(x) : (double)v_as_small(x);
            double dy = yf ? v_as_double(y) : (double)v_as_small(y);
            double hi = dx * dy;
            have_float = true;
            if (have_special || !isfinite(hi)) {
                have_special = true;
                special += hi;
                continue;
            }
            double lo = fma(dx, dy, -hi);
            List *pl = list_ptr(partials);
            if (fabs(hi) >= 0x1p1020 || (pl->len > 0 && fabs(v_as_double(pl->items[pl->len - 1])) >= 0x1p1020)) {
                /* Near the top of the range: if the running sum overflows,
                 * continue in plain arithmetic from the rounded sum so far. */
                double c = math_partials_round(partials) + hi;
                if (!isfinite(c)) {
                    have_special = true;
                    special = c;
                    pl->len = 0;
                    continue;
                }
            }
            if (!math_partials_add(r, partials, hi) || !math_partials_add(r, partials, lo)) {
                /* The exact sum left the double range: from here, plain sums. */
                have_special = true;
                special += hi + lo;
            }
            continue;
        }
        if (have_float) {
            double f = math_partials_round(partials);
            if (have_special) f = f + special;
            total = op_binary(r, NB_ADD, total, v_from_double(f));
            list_ptr(partials)->len = 0;
            have_float = have_special = false;
            special = 0;
        }
        total = op_binary(r, NB_ADD, total, op_binary(r, NB_MUL, x, y));
    }
    if (have_float) {
        double f = math_partials_round(partials);
        if (have_special) f = f + special;
        total = op_binary(r, NB_ADD, total, v_from_double(f));
    }
    return total;
}

static const MethodDef math_functions[] = {
    {"sqrt", math_sqrt, 0}, {"sin", math_sin, 0}, {"cos", math_cos, 0}, {"tan", math_tan, 0},
    {"asin", math_asin, 0}, {"acos", math_acos, 0}, {"atan", math_atan, 0}, {"atan2", math_atan2, 0},
    {"sinh", math_sinh, 0}, {"cosh", math_cosh, 0}, {"tanh", math_tanh, 0}, {"asinh", math_asinh, 0},
    {"acosh", math_acosh, 0}, {"atanh", math_atanh, 0}, {"exp", math_exp, 0}, {"exp2", math_exp2, 0},
    {"expm1", math_expm1, 0}, {"log", math_log, 0}, {"log2", math_log2, 0}, {"log10", math_log10, 0},
    {"log1p", math_log1p, 0}, {"pow", math_pow, 0}, {"fabs", math_fabs, 0}, {"fmod", math_fmod, 0},
    {"remainder", math_remainder, 0},
    {"fma", math_fma, 0}, {"nextafter", math_nextafter, 0}, {"ulp", math_ulp, 0},
    {"copysign", math_copysign, 0}, {"hypot", math_hypot, 0}, {"dist", math_dist, 0},
    {"floor", math_floor, 0}, {"ceil", math_ceil, 0}, {"trunc", math_trunc, 0},
    {"isnan", math_isnan, 0}, {"isinf", math_isinf, 0}, {"isfinite", math_isfinite, 0},
    {"isclose", math_isclose, 0}, {"degrees", math_degrees, 0}, {"radians", math_radians, 0},
    {"modf", math_modf, 0}, {"frexp", math_frexp, 0}, {"ldexp", math_ldexp, 0},
    {"erf", math_erf, 0}, {"erfc", math_erfc, 0}, {"gamma", math_gamma, 0}, {"lgamma", math_lgamma, 0},
    {"cbrt", math_cbrt, 0}, {"gcd", math_gcd, 0}, {"lcm", math_lcm, 0}, {"factorial", math_factorial, 0},
    {"isqrt", math_isqrt, 0}, {"comb", math_comb, 0}, {"perm", math_perm, 0}, {"prod", math_prod, 0},
    {"fsum", math_fsum, 0}, {"sumprod", math_sumprod, 0},
    {NULL, NULL, 0},
};

Value math_module_new(Realm *r) {
    Value m = module_new(r, str_intern_cstr(r, "math"));
    modules_add_functions(r, m, math_functions);
    Value d = ((Module *)v_obj(m))->dict;
    dict_set_cstr(r, d, "pi", v_from_double(M_PI));
    dict_set_cstr(r, d, "e", v_from_double(M_E));
    dict_set_cstr(r, d, "tau", v_from_double(2 * M_PI));
    dict_set_cstr(r, d, "inf", v_from_double(INFINITY));
    dict_set_cstr(r, d, "nan", v_from_double(NAN));
    return m;
}
