/* float: Python's float.  Exact floats are immediate doubles (value.h);
 * instances of subclasses of float are FloatObj objects holding the double.
 *
 * Mixed int/float arithmetic converts the int exactly-rounded (OverflowError
 * past the double range); comparisons between ints and floats are exact
 * (int_cmp_double).  Hashes follow CPython's _Py_HashDouble so that equal
 * ints and floats hash alike; NaN hashes to 0 here (CPython 3.13 hashes NaN
 * by object identity, which immediates do not have).  Decimal text goes
 * through dtoa (src/core/dtoa.c); round() with ndigits and float.hex /
 * fromhex are done here with exact integer arithmetic. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include "objects/int_impl.h"
#include "core/dtoa.h"
#include "vm/ops.h"
#include "core/limits.h"
#include "objects/num_dunder.h"

typedef struct FloatObj { Obj hdr; double d; } FloatObj;

bool float_check(Realm *r, Value v) {
    if (v_is_float(v)) return true;
    return v_is_obj(v) && (v_obj(v)->type->flags & TF_FLOAT_SUB);
}

/* The double of a float or float-subclass instance. */
static double fval(Value v) {
    if (v_is_float(v)) return v_as_double(v);
    return ((FloatObj *)v_obj(v))->d;
}

/* Operand conversion for arithmetic: float or int; false otherwise. */
static bool to_double(Realm *r, Value v, double *out) {
    if (v_is_float(v)) { *out = v_as_double(v); return true; }
    int64_t s;
    if (int_small(v, &s)) { *out = (double)s; return true; }
    if (!v_is_obj(v)) return false;
    uint32_t fl = v_obj(v)->type->flags;
    if (fl & TF_FLOAT_SUB) { *out = ((FloatObj *)v_obj(v))->d; return true; }
    if (fl & TF_INT_SUB) { *out = int_as_double(r, v); return true; }
    return false;
}

double float_as_double(Realm *r, Value v) {
    double d;
    if (to_double(r, v, &d)) return d;
    Type *t = v_type(r, v);
    if (t->to_float) {
        Value f = t->to_float(r, v);
        if (!float_check(r, f))
            err_type(r, "%s.__float__ returned non-float (type %s)", t->name, v_type(r, f)->name);
        return fval(f);
    }
    if (t->index) return int_as_double(r, num_index(r, v));
    err_type(r, "must be real number, not %s", t->name);
}

/* ---- hash ---- */

int64_t float_hash(double d) {
    if (isnan(d)) return 0;
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    /* Accumulate the mantissa 28 bits at a time modulo 2**61-1, where
     * multiplying by 2**k is a rotation of the 61-bit residue. */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & INT_HASH_MOD) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= INT_HASH_MOD) x -= INT_HASH_MOD;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & INT_HASH_MOD) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* ---- repr ---- */

Value float_repr(Realm *r, double d) {
    char buf[DTOA_BUF];
    size_t n = dtoa_repr(d, buf);
    return str_new_latin1(r, (const uint8_t *)buf, n);
}

/* ---- arithmetic ---- */

_Noreturn static void raise_erange(Realm *r) {
    Value args[2] = { v_small(34), str_from_cstr(r, "Numerical result out of range") };
    err_raise(r, exc_new(r, EXC(r, OverflowError), args, 2));
}

static bool is_odd_integer(double w) {
    return fabs(w) < 9007199254740992.0 * 2 && fmod(w, 2.0) != 0 && w == floor(w);
}

Value float_pow_dd(Realm *r, double iv, double iw) {
    if (iw == 0) return v_from_double(1.0);
    if (isnan(iv)) return v_from_double(iv);
    if (isnan(iw)) return v_from_double(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        double a = fabs(iv);
        if (a == 1.0) return v_from_double(1.0);
        if ((iw > 0) == (a > 1.0)) return v_from_double(fabs(iw));
        return v_from_double(0.0);
    }
    bool odd = is_odd_integer(iw);
    if (isinf(iv)) {
        if (iv > 0) return v_from_double(iw > 0 ? iv : 0.0);
        return v_from_double(iw > 0 ? (odd ? iv : -iv) : (odd ? -0.0 : 0.0));
    }
    if (iv == 0.0) {
        if (iw < 0) err_zero_div(r, "0.0 cannot be raised to a negative power");
        return v_from_double(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0) {
        if (iw != floor(iw)) return complex_pow_cc(r, iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = odd;
    }
    if (iv == 1.0) return v_from_double(negate ? -1.0 : 1.0);
    double res = pow(iv, iw);
    if (isinf(res)) raise_erange(r);
    return v_from_double(negate ? -res : res);
}

/* Python's float divmod (CPython's float_divmod rules). */
static void float_divmod_d(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) { m += wx; div -= 1.0; }
    } else m = copysign(0.0, wx);
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else fd = copysign(0.0, vx / wx);
    *floordiv = fd;
    *mod = m;
}

#define BINOP(name, ...) \
    static Value name(Realm *r, Value a, Value b) { \
        double x, y; \
        if (!to_double(r, a, &x) || !to_double(r, b, &y)) return r->notimpl; \
        __VA_ARGS__ \
    }

BINOP(float_add, return v_from_double(x + y);)
BINOP(float_sub, return v_from_double(x - y);)
BINOP(float_mul, return v_from_double(x * y);)
BINOP(float_div,
    if (y == 0) err_zero_div(r, "float division by zero");
    return v_from_double(x / y);)
BINOP(float_floordiv,
    if (y == 0) err_zero_div(r, "float floor division by zero");
    double q, m; float_divmod_d(x, y, &q, &m);
    return v_from_double(q);)
BINOP(float_mod,
    if (y == 0) err_zero_div(r, "float modulo by zero");
    double q, m; float_divmod_d(x, y, &q, &m);
    return v_from_double(m);)
BINOP(float_pow, return float_pow_dd(r, x, y);)

static Value float_richcmp(Realm *r, Value a, Value b, int op) {
    int c;
    bool af = float_check(r, a), bf = float_check(r, b);
    if (af && bf) {
        double x = fval(a), y = fval(b);
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        default:     return v_bool(x >= y);
        }
    }
    if (af && int_check(r, b)) {
        c = int_cmp_double(r, b, fval(a));
        if (c != 2) c = -c;
    } else if (bf && int_check(r, a)) {
        c = int_cmp_double(r, a, fval(b));
    } else return r->notimpl;
    if (c == 2) return v_bool(op == CMP_NE);     /* NaN: unordered */
    switch (op) {
    case CMP_LT: return v_bool(c < 0);
    case CMP_LE: return v_bool(c <= 0);
    case CMP_EQ: return v_bool(c == 0);
    case CMP_NE: return v_bool(c != 0);
    case CMP_GT: return v_bool(c > 0);
    default:     return v_bool(c >= 0);
    }
}

static int64_t float_hash_slot(Realm *r, Value a) { return float_hash(fval(a)); }
static Value float_repr_slot(Realm *r, Value a) { return float_repr(r, fval(a)); }
static int float_truth(Realm *r, Value a) { return fval(a) != 0.0; }
static Value float_neg(Realm *r, Value a) { return v_from_double(-fval(a)); }
static Value float_pos(Realm *r, Value a) { return v_from_double(fval(a)); }
static Value float_abs(Realm *r, Value a) { return v_from_double(fabs(fval(a))); }
static Value float_to_int(Realm *r, Value a) { return int_from_double(r, fval(a)); }

/* ---- round ---- */

/* (num/den rounded half to even), num >= 0, den > 0. */
static Value div_half_even(Realm *r, Value num, Value den) {
    Value q = int_floordiv(r, num, den);
    Value m = int_mod(r, num, den);
    int c = int_compare(r, int_add(r, m, m), den);
    if (c > 0 || (c == 0 && int_sign(r, int_mod(r, q, v_small(2))) != 0))
        q = int_add(r, q, v_small(1));
    return q;
}

/* |x| = n * 2**-s exactly, with n an int and s >= 0. */
static Value exact_parts(Realm *r, double x, int64_t *s) {
    int e;
    double m = frexp(fabs(x), &e);
    double mi = ldexp(m, 53);                 /* integral, < 2**53 */
    Value n = int_from_double(r, mi);
    int64_t sh = 53 - (int64_t)e;
    if (sh < 0) { n = int_mul(r, n, int_pow(r, v_small(2), v_small(-sh))); sh = 0; }
    *s = sh;
    return n;
}

/* round(x, ndigits) correctly rounded, as CPython's double_round. */
static double float_round_nd(Realm *r, double x, int64_t nd) {
    if (!isfinite(x) || x == 0.0) return x;
    if (nd > 323) return x;
    if (nd < -308) return 0.0 * x;
    int64_t s;
    Value n = exact_parts(r, x, &s);
    Value two_s = int_pow(r, v_small(2), v_small(s));
    double res;
    if (nd >= 0) {
        Value p = int_pow(r, v_small(10), v_small(nd));
        Value q = div_half_even(r, int_mul(r, n, p), two_s);
        res = v_as_double(int_true_div(r, q, p));
    } else {
        Value p = int_pow(r, v_small(10), v_small(-nd));
        Value q = div_half_even(r, n, int_mul(r, two_s, p));
        Value v = int_mul(r, q, p);
        IntView iv;
        bool ovf;
        res = int_mp_to_double(int_mp(v, &iv), &ovf);
        if (ovf) err_overflow(r, "rounded value too large to represent");
    }
    return copysign(res, x);
}

/* ---- methods ---- */

static Value float_m_round(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "__round__", args, nargs, kw, 0, 1);
    double x = fval(args[0]);
    if (nargs < 2 || args[1] == V_NONE) {
        double y = round(x);                  /* half away from zero, then fix ties to even */
        if (fabs(x - y) == 0.5) y = 2.0 * round(x / 2.0);
        return int_from_double(r, y);
    }
    Value nd = num_index(r, args[1]);
    int64_t k;
    if (!int_to_i64(r, nd, &k)) k = int_sign(r, nd) > 0 ? INT64_MAX : INT64_MIN;
    return v_from_double(float_round_nd(r, x, k));
}

static Value float_m_trunc(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "__trunc__", args, nargs, kw, 0, 0);
    return int_from_double(r, fval(args[0]));
}
static Value float_m_floor(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "__floor__", args, nargs, kw, 0, 0);
    return int_from_double(r, floor(fval(args[0])));
}
static Value float_m_ceil(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "__ceil__", args, nargs, kw, 0, 0);
    return int_from_double(r, ceil(fval(args[0])));
}
static Value float_m_conjugate(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "conjugate", args, nargs, kw, 0, 0);
    return v_from_double(fval(args[0]));
}
static Value float_m_is_integer(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "is_integer", args, nargs, kw, 0, 0);
    double x = fval(args[0]);
    return v_bool(isfinite(x) && x == floor(x));
}
static Value float_m_getnewargs(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "__getnewargs__", args, nargs, kw, 0, 0);
    return tuple_pack(r, 1, v_from_double(fval(args[0])));
}

static Value float_m_as_integer_ratio(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "as_integer_ratio", args, nargs, kw, 0, 0);
    double x = fval(args[0]);
    if (isinf(x)) err_overflow(r, "cannot convert Infinity to integer ratio");
    if (isnan(x)) err_value(r, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    Value num = int_from_double(r, m);
    Value den = v_small(1);
    if (e > 0) num = int_mul(r, num, int_pow(r, v_small(2), v_small(e)));
    else den = int_pow(r, v_small(2), v_small(-e));
    return tuple_pack(r, 2, num, den);
}

static Value float_m_hex(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "hex", args, nargs, kw, 0, 0);
    double x = fval(args[0]);
    if (isnan(x) || isinf(x)) return float_repr(r, x);
    char buf[64];
    size_t n = 0;
    if (signbit(x)) buf[n++] = '-';
    if (x == 0.0) {
        memcpy(buf + n, "0x0.0p+0", 8);
        return str_new_latin1(r, (const uint8_t *)buf, n + 8);
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexd[] = "0123456789abcdef";
    buf[n++] = '0'; buf[n++] = 'x';
    buf[n++] = hexd[(int)m];
    m -= (int)m;
    buf[n++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        buf[n++] = hexd[(int)m];
        m -= (int)m;
    }
    buf[n++] = 'p';
    buf[n++] = e < 0 ? '-' : '+';
    unsigned ue = (unsigned)(e < 0 ? -e : e);
    char tmp[12];
    int tn = 0;
    do { tmp[tn++] = (char)('0' + ue % 10); ue /= 10; } while (ue);
    while (tn) buf[n++] = tmp[--tn];
    return str_new_latin1(r, (const uint8_t *)buf, n);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool ieq(const char *s, size_t n, const char *lit) {
    size_t l = strlen(lit);
    if (n != l) return false;
    for (size_t i = 0; i < n; i++) if ((s[i] | 0x20) != lit[i]) return false;
    return true;
}

/* float.fromhex(s): [ws][sign]['0x']hexdigits['.'hexdigits]['p'[sign]digits][ws] */
static double float_parse_hex(Realm *r, const char *s, size_t len) {
    size_t i = 0, end = len;
    while (i < end && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) i++;
    while (end > i && (s[end - 1] == ' ' || (s[end - 1] >= '\t' && s[end - 1] <= '\r'))) end--;
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
    if (ieq(s + i, end - i, "inf") || ieq(s + i, end - i, "infinity")) return neg ? -HUGE_VAL : HUGE_VAL;
    if (ieq(s + i, end - i, "nan")) return NAN;
    if (end - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
    uint64_t q = 0;
    bool sticky = false, any = false;
    int64_t shift = 0;                  /* value = q * 2**shift * 2**exp */
    bool seen_point = false;
    for (; i < end; i++) {              /* budget */
        if (s[i] == '.') {
            if (seen_point) goto bad;
            seen_point = true;
            continue;
        }
        int h = hexval(s[i]);
        if (h < 0) break;
        any = true;
        if (q >> 56) {                  /* keep 60 significant bits, the rest is sticky */
            if (h) sticky = true;
            if (!seen_point) shift += 4;
        } else {
            q = q << 4 | (uint64_t)h;
            if (seen_point) shift -= 4;
        }
        if (shift < -(INT64_C(1) << 60)) goto bad;
    }
    if (!any) goto bad;
    int64_t exp = 0;
    if (i < end && (s[i] | 0x20) == 'p') {
        i++;
        bool eneg = false;
        if (i < end && (s[i] == '+' || s[i] == '-')) { eneg = s[i] == '-'; i++; }
        if (i >= end || s[i] < '0' || s[i] > '9') goto bad;
        for (; i < end && s[i] >= '0' && s[i] <= '9'; i++)
            if (exp < (INT64_C(1) << 40)) exp = exp * 10 + (s[i] - '0');
        if (eneg) exp = -exp;
    }
    if (i != end) goto bad;
    bool ovf;
    double d = int_round_scaled(q, sticky, shift + exp, &ovf);
    if (ovf) err_overflow(r, "hexadecimal value too large to represent as a float");
    return neg ? -d : d;
bad:
    err_value(r, "invalid hexadecimal floating-point string");
}

static Value float_from_double_typed(Realm *r, Type *t, double d);

static Value float_m_fromhex(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "fromhex", nargs, kw, 2, 2);
    Value s = args[1];
    if (!v_is_obj(s) || !(v_obj(s)->type->flags & TF_STR_SUB))
        err_type(r, "bad argument type for built-in operation");
    size_t n;
    Value keep;
    const char *p = int_num_ascii(r, s, &n, &keep);
    double d = float_parse_hex(r, p, n);
    Value cls = args[0];
    if (cls == v_from_obj(r->t_float)) return v_from_double(d);
    return op_call1(r, cls, v_from_double(d));
}

static Value float_m_format(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_float, float_check, "__format__", args, nargs, kw, 1, 1);
    if (!v_is_obj(args[1]) || !(v_obj(args[1])->type->flags & TF_STR_SUB))
        err_type(r, "__format__() argument must be str, not %s", v_type(r, args[1])->name);
    if (((Str *)v_obj(args[1]))->len == 0) return op_str(r, args[0]);   /* format(x, '') is str(x) */
    FormatSpec f;
    fmt_parse_spec_for(r, args[1], args[0], &f);
    return float_format(r, fval(args[0]), &f);
}

static Value float_m_divmod(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_float, float_check, "__divmod__", args, nargs, kw, 1, 1);
    double x, y;
    if (!to_double(r, args[0], &x) || !to_double(r, args[1], &y)) return r->notimpl;
    if (y == 0) err_zero_div(r, "float divmod()");
    double q, m;
    float_divmod_d(x, y, &q, &m);
    return tuple_pack(r, 2, v_from_double(q), v_from_double(m));
}

static Value float_m_rdivmod(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_float, float_check, "__rdivmod__", args, nargs, kw, 1, 1);
    double x, y;
    if (!to_double(r, args[1], &x) || !to_double(r, args[0], &y)) return r->notimpl;
    if (y == 0) err_zero_div(r, "float divmod()");
    double q, m;
    float_divmod_d(x, y, &q, &m);
    return tuple_pack(r, 2, v_from_double(q), v_from_double(m));
}

static Value float_m_pow(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_float, float_check, "__pow__", args, nargs, kw, 1, 2);
    if (nargs == 3 && args[2] != V_NONE)
        err_type(r, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_pow(r, args[0], args[1]);
}

static Value float_m_rpow(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_float, float_check, "__rpow__", args, nargs, kw, 1, 2);
    if (nargs == 3 && args[2] != V_NONE)
        err_type(r, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_pow(r, args[1], args[0]);
}

static Value float_g_real(Realm *r, Value self) { return v_from_double(fval(self)); }
static Value float_g_imag(Realm *r, Value self) { return v_from_double(0.0); }

NUM_DUNDER_BIN(float, float_check, NB_ADD, add)
NUM_DUNDER_BIN(float, float_check, NB_SUB, sub)
NUM_DUNDER_BIN(float, float_check, NB_MUL, mul)
NUM_DUNDER_BIN(float, float_check, NB_TRUEDIV, truediv)
NUM_DUNDER_BIN(float, float_check, NB_FLOORDIV, floordiv)
NUM_DUNDER_BIN(float, float_check, NB_MOD, mod)
NUM_DUNDER_CMP(float, float_check, CMP_EQ, eq)
NUM_DUNDER_CMP(float, float_check, CMP_NE, ne)
NUM_DUNDER_CMP(float, float_check, CMP_LT, lt)
NUM_DUNDER_CMP(float, float_check, CMP_LE, le)
NUM_DUNDER_CMP(float, float_check, CMP_GT, gt)
NUM_DUNDER_CMP(float, float_check, CMP_GE, ge)
NUM_DUNDER_UNARY(float, float_check, neg, neg)
NUM_DUNDER_UNARY(float, float_check, pos, pos)
NUM_DUNDER_UNARY(float, float_check, abs, abs)
NUM_DUNDER_UNARY(float, float_check, to_int, int)
NUM_DUNDER_UNARY(float, float_check, to_float, float)
NUM_DUNDER_UNARY(float, float_check, repr, repr)

static Value float_d_hash(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_float, float_check, "__hash__", args, nargs, kw, 0, 0);
    return int_from_i64(r, float_hash(fval(args[0])));
}
static Value float_d_bool(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_float, float_check, "__bool__", args, nargs, kw, 0, 0);
    return v_bool(fval(args[0]) != 0.0);
}

/* float.__getformat__('double' | 'float'): the storage format, IEEE little-endian here. */
static Value float_m_getformat(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "__getformat__", nargs - 1, kw, 1, 1);
    Value a = args[1];
    if (!(v_is_obj(a) && (v_obj(a)->type->flags & TF_STR_SUB)))
        err_type(r, "__getformat__() argument must be str, not %T", a);
    size_t n;
    const char *s = str_utf8(r, a, &n);
    if (!((n == 6 && !memcmp(s, "double", 6)) || (n == 5 && !memcmp(s, "float", 5))))
        err_value(r, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_from_cstr(r, "IEEE, little-endian");
}

static const MethodDef float_methods[] = {
    NUM_DUNDER_BIN_DEFS(float, add), NUM_DUNDER_BIN_DEFS(float, sub), NUM_DUNDER_BIN_DEFS(float, mul),
    NUM_DUNDER_BIN_DEFS(float, truediv), NUM_DUNDER_BIN_DEFS(float, floordiv), NUM_DUNDER_BIN_DEFS(float, mod),
    NUM_DUNDER_DEF(float, eq), NUM_DUNDER_DEF(float, ne), NUM_DUNDER_DEF(float, lt), NUM_DUNDER_DEF(float, le),
    NUM_DUNDER_DEF(float, gt), NUM_DUNDER_DEF(float, ge), NUM_DUNDER_DEF(float, neg), NUM_DUNDER_DEF(float, pos),
    NUM_DUNDER_DEF(float, abs), NUM_DUNDER_DEF(float, int), NUM_DUNDER_DEF(float, float),
    NUM_DUNDER_DEF(float, repr), NUM_DUNDER_DEF(float, hash), NUM_DUNDER_DEF(float, bool),
    {"conjugate", float_m_conjugate, 0},
    {"is_integer", float_m_is_integer, 0},
    {"as_integer_ratio", float_m_as_integer_ratio, 0},
    {"hex", float_m_hex, 0},
    {"fromhex", float_m_fromhex, NF_CLASSMETHOD},
    {"__getformat__", float_m_getformat, NF_CLASSMETHOD},
    {"__round__", float_m_round, 0},
    {"__trunc__", float_m_trunc, 0},
    {"__floor__", float_m_floor, 0},
    {"__ceil__", float_m_ceil, 0},
    {"__format__", float_m_format, 0},
    {"__getnewargs__", float_m_getnewargs, 0},
    {"__divmod__", float_m_divmod, 0},
    {"__rdivmod__", float_m_rdivmod, 0},
    {"__pow__", float_m_pow, 0},
    {"__rpow__", float_m_rpow, 0},
    {NULL, NULL, 0}
};

static const GetSetDef float_getsets[] = {
    {"real", float_g_real, NULL},
    {"imag", float_g_imag, NULL},
    {NULL, NULL, NULL}
};

/* ---- float(x) ---- */

/* float() of text already normalised to ASCII: strip spaces, drop
 * underscores that sit between two digits (any other underscore is an
 * error), then parse. */
static bool float_parse_text(Realm *r, const char *s, size_t len, double *out) {
    size_t i = 0, end = len;
    while (i < end && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) i++;
    while (end > i && (s[end - 1] == ' ' || (s[end - 1] >= '\t' && s[end - 1] <= '\r'))) end--;
    if (i == end) return false;
    Value keep = bytes_alloc(r, end - i);
    char *d = (char *)((Bytes *)v_obj(keep))->data;
    size_t n = 0;
    for (size_t k = i; k < end; k++) {
        char c = s[k];
        if (c == '_') {
            bool prev = k > i && s[k - 1] >= '0' && s[k - 1] <= '9';
            bool next = k + 1 < end && s[k + 1] >= '0' && s[k + 1] <= '9';
            if (!prev || !next) return false;
            continue;
        }
        if (c == '\0' || (unsigned char)c >= 0x80 || c == '\x01') return false;
        d[n++] = c;
    }
    return dtoa_parse(d, n, out);
}

/* float() results.  A NaN from the constructor is a heap object, as every
 * CPython float is: `float('nan') in {x: 1}` then compares by identity as
 * CPython does (immediate NaNs would all be the same object). */
static Value float_from_double_typed(Realm *r, Type *t, double d) {
    if (t == r->t_float && d == d) return v_from_double(d);
    FloatObj *o = (FloatObj *)heap_alloc(r, t, t->basicsize < sizeof(FloatObj) ? sizeof(FloatObj) : t->basicsize);
    o->d = d;
    return v_from_obj(o);
}

static Value float_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "float", nargs, kwnames, 0, 1);
    double d = 0.0;
    if (nargs == 1) {
        Value x = args[0];
        Type *xt = v_type(r, x);
        if (t == r->t_float && xt == r->t_float) return x;   /* float(x) is x for exact floats */
        if (float_check(r, x)) d = fval(x);
        else if (xt->flags & TF_STR_SUB) {
            size_t n;
            Value keep;
            const char *s = int_num_ascii(r, x, &n, &keep);
            if (!float_parse_text(r, s, n, &d)) err_value(r, "could not convert string to float: %R", x);
        } else if ((xt->flags & TF_BYTES_SUB) || xt == r->t_bytearray) {
            Value bx = (xt->flags & TF_BYTES_SUB) ? x : op_call1(r, v_from_obj(r->t_bytes), x);
            Bytes *b = (Bytes *)v_obj(bx);
            if (!float_parse_text(r, (const char *)b->data, (size_t)b->len, &d))
                err_value(r, "could not convert string to float: %R", x);
        } else if (xt->to_float || xt->index || (xt->flags & TF_INT_SUB)) {
            d = float_as_double(r, x);
        } else err_type(r, "float() argument must be a string or a real number, not '%s'", xt->name);
    }
    return float_from_double_typed(r, t, d);
}

static Value float_to_float(Realm *r, Value a) { return v_from_double(fval(a)); }

void float_init_type(Realm *r) {
    Type *t = r->t_float;
    t->basicsize = sizeof(FloatObj);
    t->flags |= TF_BASETYPE | TF_FLOAT_SUB | TF_IMMUTABLE;
    t->new_ = float_new;
    t->repr = float_repr_slot;
    t->str = float_repr_slot;
    t->hash = float_hash_slot;
    t->richcmp = float_richcmp;
    t->truth = float_truth;
    t->nb[NB_ADD] = float_add;
    t->nb[NB_SUB] = float_sub;
    t->nb[NB_MUL] = float_mul;
    t->nb[NB_TRUEDIV] = float_div;
    t->nb[NB_FLOORDIV] = float_floordiv;
    t->nb[NB_MOD] = float_mod;
    t->nb[NB_POW] = float_pow;
    t->neg = float_neg;
    t->pos = float_pos;
    t->abs = float_abs;
    t->to_int = float_to_int;
    t->to_float = float_to_float;
    type_add_methods(r, t, float_methods);
    type_add_getsets(r, t, float_getsets);
}

/* ---- format(float, spec) ---- */

/* Digits of |d| (finite) as dtoa_format writes them, in a scratch object. */
static const char *dtoa_text(Realm *r, double d, char type, int prec, bool alt, size_t *len, Value *keep) {
    char small[64];
    size_t need = dtoa_format(d, type, prec, alt, small, sizeof small);
    if (need <= sizeof small) {
        *keep = bytes_new(r, (const uint8_t *)small, need);
    } else {
        *keep = bytes_alloc(r, need);
        dtoa_format(d, type, prec, alt, (char *)((Bytes *)v_obj(*keep))->data, need);
    }
    *len = need;
    return (const char *)((Bytes *)v_obj(*keep))->data;
}

/* The '' presentation type with a precision: like 'g', but switching to the
 * exponent form one digit earlier and adding ".0" to integral results
 * (CPython's Py_DTSF_ADD_DOT_0).  Returns the text in a scratch bytes. */
static const char *format_general_dot0(Realm *r, double d, int prec, bool alt, size_t *len, Value *keep) {
    if (prec == 0) prec = 1;
    size_t n;
    Value ekeep;
    dtoa_text(r, d, 'e', prec - 1, false, &n, &ekeep);
    /* The result is at most the digits plus "0.000", ".0" and the exponent. */
    *keep = bytes_alloc(r, n + 16);
    char *o = (char *)((Bytes *)v_obj(*keep))->data;
    const char *e = (const char *)((Bytes *)v_obj(ekeep))->data;   /* d[.ddd]e(+|-)XX */
    size_t ol = 0, k = 0, nd = 0;
    char *digits = o + 8;     /* digits are compacted in place, ahead of where they are read */
    for (; k < n && e[k] != 'e'; k++)
        if (e[k] >= '0' && e[k] <= '9') digits[nd++] = e[k];
    long x = 0;
    bool xneg = k + 1 < n && e[k + 1] == '-';
    for (size_t i = k + 2; i < n; i++) x = x * 10 + (e[i] - '0');
    if (xneg) x = -x;
    long decpt = x + 1;
    if (!alt) while (nd > 1 && digits[nd - 1] == '0') nd--;
    /* Output is written into the front of o; `digits` starts 8 bytes in and
     * every branch writes at most 8 bytes more than it has read. */
    if (decpt <= -4 || decpt > prec - 1) {
        o[ol++] = digits[0];
        if (nd > 1 || alt) o[ol++] = '.';
        memmove(o + ol, digits + 1, nd - 1); ol += nd - 1;
        memcpy(o + ol, e + k, n - k); ol += n - k;
    } else if (decpt <= 0) {
        memmove(o + 2 + (size_t)-decpt, digits, nd);
        o[0] = '0'; o[1] = '.';
        for (long i = 0; i < -decpt; i++) o[2 + i] = '0';
        ol = 2 + (size_t)-decpt + nd;
    } else {
        size_t ip = (size_t)decpt;
        memmove(o, digits, nd);
        ol = nd;
        while (ol < ip) o[ol++] = '0';
        if (ip < nd) {
            memmove(o + ip + 1, o + ip, nd - ip);
            o[ip] = '.';
            ol = nd + 1;
        } else { o[ol++] = '.'; o[ol++] = '0'; }
    }
    *len = ol;
    return o;
}

Value float_format(Realm *r, double d, const FormatSpec *f) {
    uint32_t type = f->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
        break;
    default:
        if (type < 0x80 && type > 0x20)
            err_value(r, "Unknown format code '%c' for object of type 'float'", type);
        err_value(r, "Unknown format code '\\x%x' for object of type 'float'", type);
    }
    if (f->grouping && type == 'n') err_value(r, "Cannot specify '%c' with 'n'.", (uint32_t)f->grouping);
    if (f->precision > INT32_MAX / 2) err_value(r, "precision too big");
    FormatSpec g = *f;
    /* fmt_parse_spec already made the '0' flag a '0' fill; numbers then
     * default to '=' alignment (sign first, then the padding). */
    if (g.zero && g.align == 0) g.align = '=';
    g.zero = false;
    bool neg = signbit(d) != 0;
    double a = fabs(d);
    bool upper = type == 'E' || type == 'F' || type == 'G';
    const char *tx;
    size_t tl;
    Value keep = V_NONE;
    char rbuf[DTOA_BUF];
    if (!isfinite(a)) {
        tx = isnan(a) ? (upper ? "NAN%" : "nan%") : (upper ? "INF%" : "inf%");
        tl = type == '%' ? 4 : 3;
    } else if (type == 0) {
        if (g.precision < 0) {
            tl = dtoa_repr(a, rbuf);
            tx = rbuf;
            if (g.alt && !memchr(rbuf, '.', tl)) {   /* '#': always a point: 1.e+16 */
                char *ep = memchr(rbuf, 'e', tl);
                size_t at = ep ? (size_t)(ep - rbuf) : tl;
                if (tl + 1 < DTOA_BUF) {
                    memmove(rbuf + at + 1, rbuf + at, tl - at);
                    rbuf[at] = '.';
                    tl++;
                }
            }
        } else tx = format_general_dot0(r, a, (int)g.precision, g.alt, &tl, &keep);
    } else {
        char t = type == 'n' ? 'g' : (char)type;
        tx = dtoa_text(r, a, t, (int)g.precision, g.alt, &tl, &keep);
    }
    if (neg && g.z) {                  /* -0 after rounding becomes 0 */
        bool allzero = true;
        for (size_t i = 0; i < tl && tx[i] != 'e' && tx[i] != 'E'; i++)
            if (tx[i] >= '1' && tx[i] <= '9') allzero = false;
        if (isfinite(a) && allzero) neg = false;
    }
    char head = neg ? '-' : g.sign == '+' ? '+' : g.sign == ' ' ? ' ' : 0;
    size_t hl = head ? 1 : 0;
    size_t ilen = 0;                    /* integer part digits */
    while (ilen < tl && tx[ilen] >= '0' && tx[ilen] <= '9') ilen++;
    if (!g.grouping) {
        Value sb = bytes_alloc(r, hl + tl);
        char *o = (char *)((Bytes *)v_obj(sb))->data;
        if (head) o[0] = head;
        memcpy(o + hl, tx, tl);
        (void)keep;
        Value body = str_new_latin1(r, (const uint8_t *)o, hl + tl);
        return fmt_align(r, &g, body, (int64_t)hl, '>');
    }
    size_t min_width = 0;
    size_t rest = tl - ilen;
    if (g.fill == '0' && g.align == '=' && g.width > 0 && (size_t)g.width > hl + rest)
        min_width = (size_t)g.width - hl - rest;
    size_t k = ilen;
    if (isfinite(a)) k = fmt_group_digits_for_width(ilen, 3, min_width);
    size_t glen = isfinite(a) ? k + (k - 1) / 3 : ilen;
    Value sb = bytes_alloc(r, hl + glen + rest);
    limits_count(r, glen / 16);   /* a huge width: the instruction budget applies */
    char *o = (char *)((Bytes *)v_obj(sb))->data;
    if (head) o[0] = head;
    if (isfinite(a)) {
        size_t pos = hl + glen;
        for (size_t i = 0; i < k; i++) {
            if (i > 0 && i % 3 == 0) o[--pos] = g.grouping;
            o[--pos] = i < ilen ? tx[ilen - 1 - i] : '0';
        }
    } else memcpy(o + hl, tx, ilen);
    memcpy(o + hl + glen, tx + ilen, rest);
    Value body = str_new_latin1(r, (const uint8_t *)o, hl + glen + rest);
    return fmt_align(r, &g, body, (int64_t)hl, '>');
}
