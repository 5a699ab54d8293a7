/* int: Python's int.  Small values are immediates (value.h); larger ones are
 * BigInt objects around a libtommath mp_int (see int_impl.h for the layout
 * and the normalisation invariant).
 *
 * Every operation first tries the small-int fast path (64-bit arithmetic
 * with overflow checks), then falls back to libtommath.  Big results are
 * computed into a freshly allocated BigInt (allocated before any operand
 * view is taken, so a collection cannot free what the views point into) and
 * normalised by int_big_finish.  Sizes of results that can grow without
 * bound (**, <<, *) are checked against the heap limit before computing.
 * Text conversion, the constructor and formatting live in int_text.c. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include "objects/int_impl.h"
#include "vm/ops.h"
#include "core/limits.h"
#include "objects/num_dunder.h"

/* ---- representation ---- */

const mp_int *int_mp(Value v, IntView *iv) {
    int64_t s;
    if (int_small(v, &s)) {
        uint64_t mag = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        iv->d = (mp_digit)mag;           /* < 2**48 fits one 60-bit digit */
        iv->m.used = mag != 0;
        iv->m.alloc = 1;
        iv->m.sign = s < 0 ? MP_NEG : MP_ZPOS;
        iv->m.dp = &iv->d;
        return &iv->m;
    }
    return int_big_mp(v);
}

void int_mp_ok(Realm *r, mp_err e) {
    if (e == MP_OKAY) return;
    if (e == MP_MEM) err_no_memory(r);
    err_format(r, EXC(r, SystemError), "big integer operation failed (%s)", mp_error_to_string(e));
}

static size_t big_bytes(uint32_t digits) {
    return sizeof(mp_int) + (size_t)digits * sizeof(mp_digit);
}

static void big_finalize(Realm *r, Obj *o) {
    BigInt *b = (BigInt *)o;
    if (!b->mp) return;
    mp_clear((mp_int *)b->mp);
    free(b->mp);
    b->mp = NULL;
    heap_account(r, -(ptrdiff_t)big_bytes(o->flags));
    o->flags = 0;
}

Value int_big_new(Realm *r, Type *t) {
    BigInt *b = (BigInt *)heap_alloc(r, t, t->basicsize < sizeof(BigInt) ? sizeof(BigInt) : t->basicsize);
    /* Account the header before owning it, so finalize's subtraction matches. */
    heap_account(r, (ptrdiff_t)big_bytes(0));
    mp_int *m = malloc(sizeof(mp_int));
    if (!m) { heap_account(r, -(ptrdiff_t)big_bytes(0)); err_no_memory(r); }
    if (mp_init_size(m, 2) != MP_OKAY) { free(m); heap_account(r, -(ptrdiff_t)big_bytes(0)); err_no_memory(r); }
    b->mp = m;
    b->hdr.flags = 0;
    heap_account(r, (ptrdiff_t)m->alloc * (ptrdiff_t)sizeof(mp_digit));
    b->hdr.flags = (uint32_t)m->alloc;
    return v_from_obj(b);
}

/* Whether m's value is in the small range (-2**47 included). */
static bool mp_fits_small(const mp_int *m, int64_t *out) {
    int bits = mp_count_bits(m);
    if (bits > 48) return false;
    int64_t i = mp_get_i64(m);
    if (!v_fits_small(i)) return false;
    *out = i;
    return true;
}

Value int_big_finish(Realm *r, Value bv) {
    BigInt *b = (BigInt *)v_obj(bv);
    mp_int *m = b->mp;
    if ((uint32_t)m->alloc != b->hdr.flags) {
        ptrdiff_t delta = ((ptrdiff_t)m->alloc - (ptrdiff_t)b->hdr.flags) * (ptrdiff_t)sizeof(mp_digit);
        heap_account(r, delta);
        b->hdr.flags = (uint32_t)m->alloc;
    }
    int64_t i;
    if (b->hdr.type == r->t_int && mp_fits_small(m, &i)) return v_small(i);
    return bv;
}

void int_check_bits(Realm *r, uint64_t bits) {
    if (bits > INT_MAX_BITS) err_no_memory(r);
    size_t bytes = (size_t)(bits / 8) + 64;
    if (r->heap.limit && (r->heap.bytes > r->heap.limit || bytes > r->heap.limit - r->heap.bytes))
        err_no_memory(r);
}

Value int_from_mp(Realm *r, const mp_int *m) {
    int64_t i;
    if (mp_fits_small(m, &i)) return v_small(i);
    Value b = int_big_new(r, r->t_int);
    int_mp_ok(r, mp_copy(m, int_big_mp(b)));
    return int_big_finish(r, b);
}

Value int_from_i64(Realm *r, int64_t i) {
    if (v_fits_small(i)) return v_small(i);
    Value b = int_big_new(r, r->t_int);
    mp_set_i64(int_big_mp(b), i);
    return int_big_finish(r, b);
}

Value int_from_u64(Realm *r, uint64_t u) {
    if (u <= (uint64_t)SMALL_INT_MAX) return v_small((int64_t)u);
    Value b = int_big_new(r, r->t_int);
    mp_set_u64(int_big_mp(b), u);
    return int_big_finish(r, b);
}

Value int_from_double(Realm *r, double d) {
    if (isnan(d)) err_value(r, "cannot convert float NaN to integer");
    if (isinf(d)) err_overflow(r, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d >= -140737488355328.0 && d <= 140737488355327.0) return v_small((int64_t)d);
    Value b = int_big_new(r, r->t_int);
    int_mp_ok(r, mp_set_double(int_big_mp(b), d));   /* exact: d is integral */
    return int_big_finish(r, b);
}

bool int_check(Realm *r, Value v) {
    if (v_is_int(v) || v_is_bool(v)) return true;
    return v_is_obj(v) && (v_obj(v)->type->flags & TF_INT_SUB);
}

Value int_exact(Realm *r, Value v) {
    int64_t s;
    if (int_small(v, &s)) return v_small(s);
    if (v_obj(v)->type == r->t_int) return v;
    return int_from_mp(r, int_big_mp(v));
}

bool int_to_i64(Realm *r, Value v, int64_t *out) {
    if (int_small(v, out)) return true;
    const mp_int *m = int_big_mp(v);
    int bits = mp_count_bits(m);
    if (bits > 64) return false;
    uint64_t mag = mp_get_mag_u64(m);
    if (m->sign == MP_NEG) {
        if (mag > (uint64_t)1 << 63) return false;
        *out = mag == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)mag;
    } else {
        if (mag > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)mag;
    }
    return true;
}

int64_t int_as_i64(Realm *r, Value v) {
    int64_t i;
    if (!int_to_i64(r, v, &i)) err_overflow(r, "Python int too large to convert to C long");
    return i;
}

int64_t int_as_ssize(Realm *r, Value v) {
    int64_t i;
    if (!int_to_i64(r, v, &i)) err_format(r, EXC(r, IndexError), "cannot fit 'int' into an index-sized integer");
    return i;
}

int int_sign(Realm *r, Value v) {
    int64_t s;
    if (int_small(v, &s)) return (s > 0) - (s < 0);
    const mp_int *m = int_big_mp(v);
    if (m->used == 0) return 0;
    return m->sign == MP_NEG ? -1 : 1;
}

uint64_t int_bit_length(Value v) {
    int64_t s;
    if (int_small(v, &s)) {
        uint64_t mag = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        return mag ? 64 - (uint64_t)__builtin_clzll(mag) : 0;
    }
    return (uint64_t)mp_count_bits(int_big_mp(v));
}

/* ---- conversion to double ---- */

double int_round_scaled(uint64_t q, bool sticky, int64_t e, bool *overflow) {
    *overflow = false;
    if (q == 0) return 0.0;
    int qbits = 64 - __builtin_clzll(q);
    int64_t top = e + qbits - 1;             /* exponent of the leading bit */
    int64_t p = 53;                          /* bits the result may keep */
    if (top < -1022) p = 53 - (-1022 - top);
    int64_t drop = qbits - p;
    if (drop > 0) {
        if (drop > 64) return 0.0;           /* below half the smallest subnormal */
        uint64_t half = (uint64_t)1 << (drop - 1);
        uint64_t low = drop == 64 ? q : q & ((half << 1) - 1);
        uint64_t kept = drop == 64 ? 0 : q >> drop;
        bool up = low > half || (low == half && (sticky || (kept & 1)));
        if (low == half && sticky) up = true;
        q = kept + up;
        e += drop;
    }
    /* q has at most 54 bits now (a carry may add one): exact as a double. */
    if (e + (64 - __builtin_clzll(q | 1)) - 1 >= 1024) { *overflow = true; return HUGE_VAL; }
    return ldexp((double)q, (int)e);
}

/* Bit i of |m|. */
static unsigned mag_bit(const mp_int *m, int64_t i) {
    int64_t d = i / MP_DIGIT_BIT;
    if (d < 0 || d >= m->used) return 0;
    return (unsigned)((m->dp[d] >> (i % MP_DIGIT_BIT)) & 1);
}

/* Top 64 bits of |m| (m has n >= 64 bits) and whether any bit below is set. */
static uint64_t mag_top64(const mp_int *m, int64_t n, bool *sticky) {
    uint64_t q = 0;
    for (int64_t i = n - 1; i >= n - 64; i--) q = (q << 1) | mag_bit(m, i);
    *sticky = mp_cnt_lsb(m) < n - 64;
    return q;
}

double int_mp_to_double(const mp_int *m, bool *overflow) {
    int64_t n = mp_count_bits(m);
    double d;
    *overflow = false;
    if (n <= 64) d = (double)mp_get_mag_u64(m);   /* one rounding: correct */
    else {
        bool sticky;
        uint64_t q = mag_top64(m, n, &sticky);
        d = int_round_scaled(q, sticky, n - 64, overflow);
    }
    return m->sign == MP_NEG ? -d : d;
}

double int_as_double(Realm *r, Value v) {
    int64_t s;
    if (int_small(v, &s)) return (double)s;
    bool ovf;
    double d = int_mp_to_double(int_big_mp(v), &ovf);
    if (ovf) err_overflow(r, "int too large to convert to float");
    return d;
}

/* ---- comparison and hashing ---- */

int int_compare(Realm *r, Value a, Value b) {
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) return (x > y) - (x < y);
    IntView va, vb;
    mp_ord o = mp_cmp(int_mp(a, &va), int_mp(b, &vb));
    return o == MP_LT ? -1 : o == MP_GT ? 1 : 0;
}

int int_cmp_double(Realm *r, Value a, double d) {
    if (isnan(d)) return 2;
    int64_t s;
    if (int_small(a, &s)) {          /* 48-bit ints are exact doubles */
        double x = (double)s;
        return (x > d) - (x < d);
    }
    if (isinf(d)) return d > 0 ? -1 : 1;
    /* Compare a with floor(d) exactly, then the fraction decides ties. */
    double fl = floor(d);
    Value fi = int_from_double(r, fl);
    int c = int_compare(r, a, fi);
    if (c != 0) return c;
    return fl < d ? -1 : 0;
}

int64_t int_mp_hash(const mp_int *m) {
    uint64_t h = 0;
    for (int i = m->used - 1; i >= 0; i--) {   /* budget: bounded by the int's size */
        unsigned __int128 t = ((unsigned __int128)h << MP_DIGIT_BIT) | m->dp[i];
        h = (uint64_t)(t % INT_HASH_MOD);
    }
    int64_t x = m->sign == MP_NEG ? -(int64_t)h : (int64_t)h;
    return x == -1 ? -2 : x;
}

int64_t int_hash(Realm *r, Value v) {
    int64_t s;
    if (int_small(v, &s)) return s == -1 ? -2 : s;   /* |s| < 2**61-1 */
    return int_mp_hash(int_big_mp(v));
}

/* ---- arithmetic ---- */

/* Prices of libtommath calls that run without a check of the limits (see
 * limits_work), in nanoseconds, measured on a slow machine and rounded
 * down: schoolbook or Karatsuba multiplication, schoolbook division,
 * modular exponentiation (a squaring and a reduction per exponent bit). */
static double int_mul_cost(const mp_int *a, const mp_int *b) {
    double lo = a->used < b->used ? a->used : b->used, hi = a->used < b->used ? b->used : a->used;
    if (lo < 1) return 1;
    double school = 0.5 * lo * hi, kara = 8.0 * (hi / lo) * pow(lo, 1.585);
    return school < kara ? school : kara;
}
static void int_work_mul(Realm *r, const mp_int *a, const mp_int *b) {
    if (a->used > 64 && b->used > 64) limits_work(r, int_mul_cost(a, b));
}

typedef mp_err (*MpBin)(const mp_int *, const mp_int *, mp_int *);

static Value big_binop(Realm *r, Value a, Value b, MpBin fn) {
    Value res = int_big_new(r, r->t_int);
    IntView va, vb;
    int_mp_ok(r, fn(int_mp(a, &va), int_mp(b, &vb), int_big_mp(res)));
    return int_big_finish(r, res);
}

Value int_add(Realm *r, Value a, Value b) {
    int64_t x, y, z;
    if (int_small(a, &x) && int_small(b, &y)) {
        z = x + y;                       /* cannot overflow: both 48-bit */
        if (v_fits_small(z)) return v_small(z);
        return int_from_i64(r, z);
    }
    return big_binop(r, a, b, mp_add);
}

Value int_sub(Realm *r, Value a, Value b) {
    int64_t x, y, z;
    if (int_small(a, &x) && int_small(b, &y)) {
        z = x - y;
        if (v_fits_small(z)) return v_small(z);
        return int_from_i64(r, z);
    }
    return big_binop(r, a, b, mp_sub);
}

Value int_mul(Realm *r, Value a, Value b) {
    int64_t x, y, z;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (!__builtin_mul_overflow(x, y, &z)) {
            if (v_fits_small(z)) return v_small(z);
            return int_from_i64(r, z);
        }
    }
    int_check_bits(r, int_bit_length(a) + int_bit_length(b));
    {
        IntView va, vb;
        int_work_mul(r, int_mp(a, &va), int_mp(b, &vb));
    }
    return big_binop(r, a, b, mp_mul);
}

/* Floor division and modulo of big values: q, m may be NULL. */
static void big_divmod(Realm *r, Value a, Value b, Value *q, Value *m) {
    Value qv = int_big_new(r, r->t_int);
    Value mv = int_big_new(r, r->t_int);
    IntView va, vb;
    const mp_int *ma = int_mp(a, &va), *mb = int_mp(b, &vb);
    mp_int *mq = int_big_mp(qv), *mm = int_big_mp(mv);
    if (ma->used > 64 && mb->used > 16 && ma->used >= mb->used)
        limits_work(r, 3.0 * (double)(ma->used - mb->used + 1) * (double)mb->used);
    int_mp_ok(r, mp_div(ma, mb, mq, mm));
    /* mp_div truncates; Python floors: adjust when the remainder's sign differs. */
    if (mm->used != 0 && mm->sign != mb->sign) {
        int_mp_ok(r, mp_sub_d(mq, 1, mq));
        int_mp_ok(r, mp_add(mm, mb, mm));
    }
    if (q) *q = int_big_finish(r, qv);
    if (m) *m = int_big_finish(r, mv);
}

static bool int_is_zero(Value v) {
    int64_t s;
    if (int_small(v, &s)) return s == 0;
    return int_big_mp(v)->used == 0;
}

Value int_floordiv(Realm *r, Value a, Value b) {
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (y == 0) err_zero_div(r, "integer division or modulo by zero");
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return int_from_i64(r, q);       /* -2**47 // -1 leaves the small range */
    }
    if (int_is_zero(b)) err_zero_div(r, "integer division or modulo by zero");
    Value q;
    big_divmod(r, a, b, &q, NULL);
    return q;
}

Value int_mod(Realm *r, Value a, Value b) {
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (y == 0) err_zero_div(r, "integer modulo by zero");
        int64_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        return v_small(m);
    }
    if (int_is_zero(b)) err_zero_div(r, "integer modulo by zero");
    Value m;
    big_divmod(r, a, b, NULL, &m);
    return m;
}

static Value int_divmod(Realm *r, Value a, Value b) {
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (y == 0) err_zero_div(r, "integer division or modulo by zero");
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) { q--; m += y; }
        Value qv = int_from_i64(r, q);
        return tuple_pack(r, 2, qv, v_small(m));
    }
    if (int_is_zero(b)) err_zero_div(r, "integer division or modulo by zero");
    Value q, m;
    big_divmod(r, a, b, &q, &m);
    return tuple_pack(r, 2, q, m);
}

Value int_neg(Realm *r, Value a) {
    int64_t x;
    if (int_small(a, &x)) return int_from_i64(r, -x);
    Value res = int_big_new(r, r->t_int);
    IntView va;
    int_mp_ok(r, mp_neg(int_mp(a, &va), int_big_mp(res)));
    return int_big_finish(r, res);
}

static Value int_abs(Realm *r, Value a) {
    return int_sign(r, a) < 0 ? int_neg(r, a) : int_exact(r, a);
}

static Value int_invert(Realm *r, Value a) {
    int64_t x;
    if (int_small(a, &x)) return int_from_i64(r, -x - 1);
    Value res = int_big_new(r, r->t_int);
    IntView va;
    int_mp_ok(r, mp_complement(int_mp(a, &va), int_big_mp(res)));
    return int_big_finish(r, res);
}

/* Correctly rounded a / b for ints (CPython's long_true_divide semantics). */
Value int_true_div(Realm *r, Value a, Value b) {
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (y == 0) err_zero_div(r, "division by zero");
        return v_from_double((double)x / (double)y);   /* both exact doubles */
    }
    if (int_is_zero(b)) err_zero_div(r, "division by zero");
    if (int_is_zero(a)) return v_from_double(int_sign(r, b) < 0 ? -0.0 : 0.0);
    bool neg = int_sign(r, a) * int_sign(r, b) < 0;
    int64_t na = (int64_t)int_bit_length(a), nb = (int64_t)int_bit_length(b);
    /* Quick range checks before any big work. */
    if (na - nb > 1025) err_overflow(r, "integer division result too large for a float");
    if (na - nb < -1080) return v_from_double(neg ? -0.0 : 0.0);
    /* Scale so the quotient has 64 bits: q = floor(|a| * 2**-e / |b|). */
    int64_t e = na - nb - 64;
    Value tmp = int_big_new(r, r->t_int);   /* holds the scaled operands' work */
    Value tmp2 = int_big_new(r, r->t_int);
    Value tmp3 = int_big_new(r, r->t_int);
    IntView va, vb;
    mp_int *sa = int_big_mp(tmp), *sb = int_big_mp(tmp2), *rem = int_big_mp(tmp3);
    int_mp_ok(r, mp_abs(int_mp(a, &va), sa));
    int_mp_ok(r, mp_abs(int_mp(b, &vb), sb));
    if (e < 0) int_mp_ok(r, mp_mul_2d(sa, (int)-e, sa));
    else if (e > 0) int_mp_ok(r, mp_mul_2d(sb, (int)e, sb));
    int_mp_ok(r, mp_div(sa, sb, sa, rem));
    /* sa now holds 64 or 65 bits; fold the 65th into sticky. */
    bool sticky = rem->used != 0;
    int qn = mp_count_bits(sa);
    if (qn > 64) {
        if (mp_isodd(sa)) sticky = true;
        int_mp_ok(r, mp_div_2d(sa, 1, sa, NULL));
        e += 1;
    }
    uint64_t q = mp_get_mag_u64(sa);
    int_big_finish(r, tmp); int_big_finish(r, tmp2); int_big_finish(r, tmp3);
    bool ovf;
    double d = int_round_scaled(q, sticky, e, &ovf);
    if (ovf) err_overflow(r, "integer division result too large for a float");
    return v_from_double(neg ? -d : d);
}

Value int_pow(Realm *r, Value a, Value b) {
    if (int_sign(r, b) < 0) {
        double x = int_as_double(r, a), y = int_as_double(r, b);
        return float_pow_dd(r, x, y);
    }
    int64_t x = 0, e;
    bool small_base = int_small(a, &x);
    if (small_base && (x == 0 || x == 1)) return int_is_zero(b) ? v_small(1) : v_small(x);
    if (small_base && x == -1) {
        IntView vb;
        return mp_isodd(int_mp(b, &vb)) ? v_small(-1) : v_small(1);
    }
    if (!int_to_i64(r, b, &e)) err_no_memory(r);   /* |a| >= 2: astronomically large */
    if (e == 0) return v_small(1);
    /* Result size estimate from the base's magnitude. */
    uint64_t na = int_bit_length(a);
    double est = (double)e * (double)(na - 1) + 1.0;
    if (na > 1 && small_base) est = (double)e * log2(fabs((double)x));
    if (est > (double)INT_MAX_BITS) err_no_memory(r);
    int_check_bits(r, (uint64_t)est + 1);
    if (small_base && e < 64) {         /* try 64-bit exponentiation */
        int64_t acc = 1, base = x;
        uint64_t k = (uint64_t)e;
        bool ovf = false;
        while (k) {
            if (k & 1) ovf |= __builtin_mul_overflow(acc, base, &acc);
            k >>= 1;
            if (k) ovf |= __builtin_mul_overflow(base, base, &base);
            if (ovf) break;
        }
        if (!ovf) return int_from_i64(r, acc);
    }
    Value res = int_big_new(r, r->t_int);
    Value sq = int_big_new(r, r->t_int);
    IntView va;
    mp_int *acc = int_big_mp(res), *base = int_big_mp(sq);
    int_mp_ok(r, mp_copy(int_mp(a, &va), base));
    mp_set(acc, 1);
    uint64_t k = (uint64_t)e;
    while (k) {                          /* budget: at most 32 rounds, each may be long */
        if (k & 1) { int_work_mul(r, acc, base); int_mp_ok(r, mp_mul(acc, base, acc)); }
        k >>= 1;
        if (k) { int_work_mul(r, base, base); int_mp_ok(r, mp_sqr(base, base)); }
        int_big_finish(r, sq);
        int_big_finish(r, res);  /* keeps the heap accounting current */
    }
    return int_big_finish(r, res);
}

/* pow(a, b, m) for ints. */
static Value int_pow_mod(Realm *r, Value a, Value b, Value m) {
    if (int_is_zero(m)) err_value(r, "pow() 3rd argument cannot be 0");
    Value res = int_big_new(r, r->t_int);
    Value base = int_big_new(r, r->t_int);
    Value mod = int_big_new(r, r->t_int);
    Value ex = int_big_new(r, r->t_int);
    IntView va, vb, vm;
    mp_int *mr = int_big_mp(res), *mbase = int_big_mp(base), *mmod = int_big_mp(mod), *mex = int_big_mp(ex);
    const mp_int *mm = int_mp(m, &vm);
    bool negmod = mm->sign == MP_NEG;
    int_mp_ok(r, mp_abs(mm, mmod));
    int_mp_ok(r, mp_mod(int_mp(a, &va), mmod, mbase));   /* in [0, |m|) */
    const mp_int *mb = int_mp(b, &vb);
    int_mp_ok(r, mp_abs(mb, mex));
    if (mb->sign == MP_NEG) {
        if (mp_cmp_d(mmod, 1) == MP_EQ) { mp_zero(mbase); }
        else if (mp_invmod(mbase, mmod, mbase) != MP_OKAY)
            err_value(r, "base is not invertible for the given modulus");
    }
    if (mp_cmp_d(mmod, 1) == MP_EQ) mp_zero(mr);
    else {
        double ebits = (double)mp_count_bits(mex), mw = (double)mmod->used;
        limits_work(r, 2.0 * ebits * mw * mw);
        int_mp_ok(r, mp_exptmod(mbase, mex, mmod, mr));
    }
    if (negmod && mr->used != 0) int_mp_ok(r, mp_sub(mr, mmod, mr));
    int_big_finish(r, base); int_big_finish(r, mod); int_big_finish(r, ex);
    return int_big_finish(r, res);
}

static Value int_lshift(Realm *r, Value a, Value b) {
    if (int_sign(r, b) < 0) err_value(r, "negative shift count");
    if (int_is_zero(a)) return v_small(0);
    int64_t n, x;
    if (!int_to_i64(r, b, &n)) err_overflow(r, "too many digits in integer");
    if (int_small(a, &x) && n < 16) return int_from_i64(r, x * ((int64_t)1 << n));
    uint64_t bits = int_bit_length(a);
    if ((uint64_t)n > INT_MAX_BITS) err_no_memory(r);
    int_check_bits(r, bits + (uint64_t)n);
    Value res = int_big_new(r, r->t_int);
    IntView va;
    int_mp_ok(r, mp_mul_2d(int_mp(a, &va), (int)n, int_big_mp(res)));
    return int_big_finish(r, res);
}

static Value int_rshift(Realm *r, Value a, Value b) {
    if (int_sign(r, b) < 0) err_value(r, "negative shift count");
    int64_t n, x;
    if (!int_to_i64(r, b, &n) || (uint64_t)n >= int_bit_length(a))
        return v_small(int_sign(r, a) < 0 ? -1 : 0);
    if (int_small(a, &x)) return v_small(x >> n);   /* arithmetic shift floors */
    Value res = int_big_new(r, r->t_int);
    IntView va;
    int_mp_ok(r, mp_signed_rsh(int_mp(a, &va), (int)n, int_big_mp(res)));
    return int_big_finish(r, res);
}

static Value int_bitop(Realm *r, Value a, Value b, int op) {
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) {
        int64_t z = op == NB_AND ? (x & y) : op == NB_OR ? (x | y) : (x ^ y);
        if (v_is_bool(a) && v_is_bool(b)) return v_bool(z != 0);
        return v_small(z);
    }
    return big_binop(r, a, b, op == NB_AND ? mp_and : op == NB_OR ? mp_or : mp_xor);
}

/* ---- slots ---- */

/* The nb slots: both operands ints (bool included), else NotImplemented. */
#define INT_NB(name, expr) \
    static Value int_nb_##name(Realm *r, Value a, Value b) { \
        if (!int_check(r, a) || !int_check(r, b)) return r->notimpl; \
        return expr; \
    }
INT_NB(add, int_add(r, a, b))
INT_NB(sub, int_sub(r, a, b))
INT_NB(mul, int_mul(r, a, b))
INT_NB(truediv, int_true_div(r, a, b))
INT_NB(floordiv, int_floordiv(r, a, b))
INT_NB(mod, int_mod(r, a, b))
INT_NB(pow, int_pow(r, a, b))
INT_NB(lshift, int_lshift(r, a, b))
INT_NB(rshift, int_rshift(r, a, b))
INT_NB(and, int_bitop(r, a, b, NB_AND))
INT_NB(or, int_bitop(r, a, b, NB_OR))
INT_NB(xor, int_bitop(r, a, b, NB_XOR))
#undef INT_NB

static Value int_richcmp(Realm *r, Value a, Value b, int op) {
    int c;
    if (int_check(r, a) && int_check(r, b)) c = int_compare(r, a, b);
    else return r->notimpl;            /* int vs float: float's slot compares exactly */
    switch (op) {
    case CMP_LT: return v_bool(c < 0);
    case CMP_LE: return v_bool(c <= 0);
    case CMP_EQ: return v_bool(c == 0);
    case CMP_NE: return v_bool(c != 0);
    case CMP_GT: return v_bool(c > 0);
    default:     return v_bool(c >= 0);
    }
}

static int64_t int_hash_slot(Realm *r, Value a) { return int_hash(r, a); }
static int int_truth(Realm *r, Value a) { return !int_is_zero(a); }
static Value int_repr_slot(Realm *r, Value a) { return int_to_str(r, a, 10); }
static Value int_neg_slot(Realm *r, Value a) { return int_neg(r, a); }
static Value int_pos_slot(Realm *r, Value a) { return int_exact(r, a); }
static Value int_to_float_slot(Realm *r, Value a) { return v_from_double(int_as_double(r, a)); }

Value num_index(Realm *r, Value v) {
    if (int_check(r, v)) return v;
    Type *t = v_type(r, v);
    if (t->index) {
        Value res = t->index(r, v);
        if (!int_check(r, res))
            err_type(r, "__index__ returned non-int (type %s)", v_type(r, res)->name);
        return res;
    }
    err_type(r, "'%s' object cannot be interpreted as an integer", t->name);
}

/* ---- methods ---- */

static Value int_m_conjugate(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "conjugate", args, nargs, kw, 0, 0);
    return int_exact(r, args[0]);
}

static Value int_m_bit_length(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "bit_length", args, nargs, kw, 0, 0);
    return int_from_u64(r, int_bit_length(args[0]));
}

static Value int_m_bit_count(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "bit_count", args, nargs, kw, 0, 0);
    int64_t s;
    if (int_small(args[0], &s)) {
        uint64_t mag = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        return v_small(__builtin_popcountll(mag));
    }
    const mp_int *m = int_big_mp(args[0]);
    int64_t n = 0;
    for (int i = 0; i < m->used; i++) n += __builtin_popcountll((uint64_t)m->dp[i]);
    return v_small(n);
}

static Value int_m_as_integer_ratio(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "as_integer_ratio", args, nargs, kw, 0, 0);
    return tuple_pack(r, 2, int_exact(r, args[0]), v_small(1));
}

static Value int_m_is_integer(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "is_integer", args, nargs, kw, 0, 0);
    return V_TRUE;
}

static Value int_m_index(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_int, int_check, "__index__", args, nargs, kw, 0, 0);
    return int_exact(r, args[0]);
}

static Value int_m_round(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "__round__", args, nargs, kw, 0, 1);
    if (nargs < 2 || args[1] == V_NONE) return int_exact(r, args[0]);
    return int_round_ndigits(r, args[0], num_index(r, args[1]));
}

/* round(v, nd) for int nd: unchanged for nd >= 0, else half-even to 10**-nd. */
Value int_round_ndigits(Realm *r, Value v, Value nd) {
    if (int_sign(r, nd) >= 0) return int_exact(r, v);
    int64_t k;
    if (!int_to_i64(r, int_neg(r, nd), &k) || (uint64_t)k > int_bit_length(v) + 1) return v_small(0);
    Value p = int_pow(r, v_small(10), v_small(k));
    Value q, m;
    if (int_is_zero(p)) return v_small(0);
    big_divmod(r, int_exact(r, v), p, &q, &m);   /* works for small values too */
    /* Compare 2*m with p: round q up on > or on == with q odd. */
    Value twice = int_add(r, m, m);
    int c = int_compare(r, twice, p);
    IntView vq;
    if (c > 0 || (c == 0 && mp_isodd(int_mp(q, &vq)))) q = int_add(r, q, v_small(1));
    return int_mul(r, q, p);
}

static Value int_m_trunc(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "__trunc__", args, nargs, kw, 0, 0);
    return int_exact(r, args[0]);
}

static Value int_m_getnewargs(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "__getnewargs__", args, nargs, kw, 0, 0);
    return tuple_pack(r, 1, int_exact(r, args[0]));
}

static Value int_m_sizeof(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "__sizeof__", args, nargs, kw, 0, 0);
    uint64_t bits = int_bit_length(args[0]);
    return int_from_u64(r, 24 + 4 * (bits ? (bits + 29) / 30 : 1));   /* as CPython reports */
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static Value int_m_to_bytes(Realm *r, Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"self", "length", "byteorder", "*", "signed", NULL};
    Value a[4];
    if (nargs < 1 || !int_check(r, args[0]))
        err_type(r, "descriptor 'to_bytes' for 'int' objects doesn't apply to a '%s' object",
                 nargs ? v_type(r, args[0])->name : "NoneType");
    arg_parse(r, "to_bytes", args, nargs, kw, 1, 1, names, a);
    int64_t length = 1;
    if (a[1] != V_NULL) {
        Value lv = num_index(r, a[1]);
        if (!int_to_i64(r, lv, &length)) err_overflow(r, "Python int too large to convert to C ssize_t");
        if (length < 0) err_value(r, "length argument must be non-negative");
    }
    bool little = false;
    if (a[2] != V_NULL) {
        if (!v_is_obj(a[2]) || !(v_obj(a[2])->type->flags & TF_STR_SUB))
            err_type(r, "to_bytes() argument 'byteorder' must be str, not %s", v_type(r, a[2])->name);
        size_t n;
        const char *s = str_utf8(r, a[2], &n);
        if (n == 6 && !memcmp(s, "little", 6)) little = true;
        else if (n == 3 && !memcmp(s, "big", 3)) little = false;
        else err_value(r, "byteorder must be either 'little' or 'big'");
    }
    bool is_signed = a[3] != V_NULL && op_truth(r, a[3]);
    Value v = args[0];
    int sign = int_sign(r, v);
    if (sign < 0 && !is_signed) err_overflow(r, "can't convert negative int to unsigned");
    /* Bits needed: magnitude bits, plus a sign bit when signed (except for
     * exact negative powers of two, which fit in two's complement). */
    uint64_t bits = int_bit_length(v);
    if (is_signed) {
        if (sign < 0) {
            Value inv = int_invert(r, v);     /* -v-1 >= 0 */
            bits = int_bit_length(inv) + 1;
        } else bits += 1;
    }
    if (bits > (uint64_t)length * 8) err_overflow(r, "int too big to convert");
    Value out = bytes_alloc(r, (size_t)length);
    Bytes *bo = (Bytes *)v_obj(out);
    memset(bo->data, 0, (size_t)length);
    IntView vv;
    const mp_int *m = int_mp(v, &vv);
    /* Little-endian magnitude bytes, then two's complement for negatives. */
    for (int64_t i = 0; i < length; i++) {   /* budget */
        uint8_t byte = 0;
        for (int j = 0; j < 8; j++) byte |= (uint8_t)(mag_bit(m, i * 8 + j) << j);
        bo->data[i] = byte;
    }
    if (sign < 0) {
        unsigned carry = 1;
        for (int64_t i = 0; i < length; i++) {
            unsigned t = (unsigned)(uint8_t)~bo->data[i] + carry;
            bo->data[i] = (uint8_t)t;
            carry = t >> 8;
        }
    }
    if (!little)
        for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
            uint8_t t = bo->data[i]; bo->data[i] = bo->data[j]; bo->data[j] = t;
        }
    return out;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod. */
static Value int_m_from_bytes(Realm *r, Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"cls", "bytes", "byteorder", "*", "signed", NULL};
    Value a[4];
    arg_parse(r, "from_bytes", args, nargs, kw, 1, 2, names, a);
    bool little = false;
    if (a[2] != V_NULL) {
        if (!v_is_obj(a[2]) || !(v_obj(a[2])->type->flags & TF_STR_SUB))
            err_type(r, "from_bytes() argument 'byteorder' must be str, not %s", v_type(r, a[2])->name);
        size_t n;
        const char *s = str_utf8(r, a[2], &n);
        if (n == 6 && !memcmp(s, "little", 6)) little = true;
        else if (n == 3 && !memcmp(s, "big", 3)) little = false;
        else err_value(r, "byteorder must be either 'little' or 'big'");
    }
    bool is_signed = a[3] != V_NULL && op_truth(r, a[3]);
    Value src = a[1];
    if (!v_is_obj(src) || !(v_obj(src)->type->flags & TF_BYTES_SUB)) {
        /* Any other iterable of ints: gather through bytes(). */
        if (v_is_obj(src) && (v_obj(src)->type->flags & TF_STR_SUB)) err_type(r, "cannot convert '%T' object to bytes", src);
        src = op_call1(r, v_from_obj(r->t_bytes), src);
    }
    Bytes *b = (Bytes *)v_obj(src);
    int64_t len = b->len;
    Value res = int_big_new(r, r->t_int);
    b = (Bytes *)v_obj(src);
    mp_int *m = int_big_mp(res);
    if (len > 0) {
        int_check_bits(r, (uint64_t)len * 8);
        int_mp_ok(r, mp_unpack(m, (size_t)len, little ? MP_LSB_FIRST : MP_MSB_FIRST, 1,
                               MP_NATIVE_ENDIAN, 0, b->data));
        uint8_t top = little ? b->data[len - 1] : b->data[0];
        if (is_signed && (top & 0x80)) {
            /* value - 2**(8*len) */
            Value p2 = int_big_new(r, r->t_int);
            m = int_big_mp(res);
            int_mp_ok(r, mp_2expt(int_big_mp(p2), (int)(len * 8)));
            int_mp_ok(r, mp_sub(m, int_big_mp(p2), m));
            int_big_finish(r, p2);
        }
    }
    Value v = int_big_finish(r, res);
    Value cls = args[0];
    if (cls != v_from_obj(r->t_int)) return op_call1(r, cls, v);
    return v;
}

static Value int_g_real(Realm *r, Value self) { return int_exact(r, self); }
static Value int_g_imag(Realm *r, Value self) { return v_small(0); }
static Value int_g_denominator(Realm *r, Value self) { return v_small(1); }

static Value int_m_format(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "__format__", args, nargs, kw, 1, 1);
    if (!v_is_obj(args[1]) || !(v_obj(args[1])->type->flags & TF_STR_SUB))
        err_type(r, "__format__() argument must be str, not %s", v_type(r, args[1])->name);
    if (((Str *)v_obj(args[1]))->len == 0) return op_str(r, args[0]);   /* format(x, '') is str(x) */
    FormatSpec f;
    fmt_parse_spec_for(r, args[1], args[0], &f);
    return int_format(r, args[0], &f);
}

static Value int_m_floor(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "__floor__", args, nargs, kw, 0, 0);
    return int_exact(r, args[0]);
}

static Value int_m_ceil(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_int, int_check, "__ceil__", args, nargs, kw, 0, 0);
    return int_exact(r, args[0]);
}

static Value int_m_divmod(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_int, int_check, "__divmod__", args, nargs, kw, 1, 1);
    if (!int_check(r, args[1])) return r->notimpl;
    return int_divmod(r, args[0], args[1]);
}

static Value int_m_rdivmod(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_int, int_check, "__rdivmod__", args, nargs, kw, 1, 1);
    if (!int_check(r, args[1])) return r->notimpl;
    return int_divmod(r, args[1], args[0]);
}

/* __pow__(self, exp, mod=None): the 3-argument form used by pow(a, b, m). */
static Value int_m_pow(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_int, int_check, "__pow__", args, nargs, kw, 1, 2);
    if (!int_check(r, args[1])) return r->notimpl;
    if (nargs < 3 || args[2] == V_NONE) return int_pow(r, args[0], args[1]);
    if (!int_check(r, args[2])) return r->notimpl;
    return int_pow_mod(r, args[0], args[1], args[2]);
}

static Value int_m_rpow(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_int, int_check, "__rpow__", args, nargs, kw, 1, 2);
    if (!int_check(r, args[1])) return r->notimpl;
    if (nargs < 3 || args[2] == V_NONE) return int_pow(r, args[1], args[0]);
    if (!int_check(r, args[2])) return r->notimpl;
    return int_pow_mod(r, args[1], args[0], args[2]);
}

static Value int_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames);

NUM_DUNDER_BIN(int, int_check, NB_ADD, add)
NUM_DUNDER_BIN(int, int_check, NB_SUB, sub)
NUM_DUNDER_BIN(int, int_check, NB_MUL, mul)
NUM_DUNDER_BIN(int, int_check, NB_TRUEDIV, truediv)
NUM_DUNDER_BIN(int, int_check, NB_FLOORDIV, floordiv)
NUM_DUNDER_BIN(int, int_check, NB_MOD, mod)
NUM_DUNDER_BIN(int, int_check, NB_LSHIFT, lshift)
NUM_DUNDER_BIN(int, int_check, NB_RSHIFT, rshift)
NUM_DUNDER_BIN(int, int_check, NB_AND, and)
NUM_DUNDER_BIN(int, int_check, NB_OR, or)
NUM_DUNDER_BIN(int, int_check, NB_XOR, xor)
NUM_DUNDER_CMP(int, int_check, CMP_EQ, eq)
NUM_DUNDER_CMP(int, int_check, CMP_NE, ne)
NUM_DUNDER_CMP(int, int_check, CMP_LT, lt)
NUM_DUNDER_CMP(int, int_check, CMP_LE, le)
NUM_DUNDER_CMP(int, int_check, CMP_GT, gt)
NUM_DUNDER_CMP(int, int_check, CMP_GE, ge)
NUM_DUNDER_UNARY(int, int_check, neg, neg)
NUM_DUNDER_UNARY(int, int_check, pos, pos)
NUM_DUNDER_UNARY(int, int_check, abs, abs)
NUM_DUNDER_UNARY(int, int_check, invert, invert)
NUM_DUNDER_UNARY(int, int_check, to_int, int)
NUM_DUNDER_UNARY(int, int_check, to_float, float)
NUM_DUNDER_UNARY(int, int_check, repr, repr)

static Value int_d_hash(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_int, int_check, "__hash__", args, nargs, kw, 0, 0);
    return int_from_i64(r, int_hash(r, args[0]));
}
static Value int_d_bool(Realm *r, Value *args, size_t nargs, Value kw) {
    num_wrapper_args(r, r->t_int, int_check, "__bool__", args, nargs, kw, 0, 0);
    return v_bool(!int_is_zero(args[0]));
}

static const MethodDef int_methods[] = {
    NUM_DUNDER_BIN_DEFS(int, add), NUM_DUNDER_BIN_DEFS(int, sub), NUM_DUNDER_BIN_DEFS(int, mul),
    NUM_DUNDER_BIN_DEFS(int, truediv), NUM_DUNDER_BIN_DEFS(int, floordiv), NUM_DUNDER_BIN_DEFS(int, mod),
    NUM_DUNDER_BIN_DEFS(int, lshift), NUM_DUNDER_BIN_DEFS(int, rshift), NUM_DUNDER_BIN_DEFS(int, and),
    NUM_DUNDER_BIN_DEFS(int, or), NUM_DUNDER_BIN_DEFS(int, xor),
    NUM_DUNDER_DEF(int, eq), NUM_DUNDER_DEF(int, ne), NUM_DUNDER_DEF(int, lt), NUM_DUNDER_DEF(int, le),
    NUM_DUNDER_DEF(int, gt), NUM_DUNDER_DEF(int, ge), NUM_DUNDER_DEF(int, neg), NUM_DUNDER_DEF(int, pos),
    NUM_DUNDER_DEF(int, abs), NUM_DUNDER_DEF(int, invert), NUM_DUNDER_DEF(int, int), NUM_DUNDER_DEF(int, float),
    NUM_DUNDER_DEF(int, repr), NUM_DUNDER_DEF(int, hash), NUM_DUNDER_DEF(int, bool),
    {"conjugate", int_m_conjugate, 0},
    {"bit_length", int_m_bit_length, 0},
    {"bit_count", int_m_bit_count, 0},
    {"to_bytes", int_m_to_bytes, 0},
    {"from_bytes", int_m_from_bytes, NF_CLASSMETHOD},
    {"as_integer_ratio", int_m_as_integer_ratio, 0},
    {"is_integer", int_m_is_integer, 0},
    {"__index__", int_m_index, 0},
    {"__round__", int_m_round, 0},
    {"__trunc__", int_m_trunc, 0},
    {"__floor__", int_m_floor, 0},
    {"__ceil__", int_m_ceil, 0},
    {"__format__", int_m_format, 0},
    {"__getnewargs__", int_m_getnewargs, 0},
    {"__sizeof__", int_m_sizeof, 0},
    {"__divmod__", int_m_divmod, 0},
    {"__rdivmod__", int_m_rdivmod, 0},
    {"__pow__", int_m_pow, 0},
    {"__rpow__", int_m_rpow, 0},
    {NULL, NULL, 0}
};

static const GetSetDef int_getsets[] = {
    {"real", int_g_real, NULL},
    {"imag", int_g_imag, NULL},
    {"numerator", int_g_real, NULL},
    {"denominator", int_g_denominator, NULL},
    {NULL, NULL, NULL}
};

/* int(x=0, /, base=10) */
static Value int_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"", "base", NULL};
    Value a[2];
    arg_parse(r, "int", args, nargs, kwnames, 1, 0, names, a);
    Value v;
    if (a[0] == V_NULL) {
        if (a[1] != V_NULL) err_type(r, "int() missing string argument");
        v = v_small(0);
    } else if (a[1] == V_NULL) {
        v = int_from_number(r, a[0]);
    } else {
        Value bv = num_index(r, a[1]);
        int64_t base;
        if (!int_to_i64(r, bv, &base) || (base != 0 && (base < 2 || base > 36)))
            err_value(r, "int() base must be >= 2 and <= 36, or 0");
        Value x = a[0];
        uint32_t fl = v_is_obj(x) ? v_obj(x)->type->flags : 0;
        if (fl & TF_STR_SUB) {
            size_t n;
            Value keep;
            const char *s = int_num_ascii(r, x, &n, &keep);
            v = int_parse(r, s, n, (int)base, x);
        } else if ((fl & TF_BYTES_SUB) || (v_is_obj(x) && v_obj(x)->type == r->t_bytearray)) {
            Value bx = (fl & TF_BYTES_SUB) ? x : op_call1(r, v_from_obj(r->t_bytes), x);
            Bytes *b = (Bytes *)v_obj(bx);
            v = int_parse(r, (const char *)b->data, (size_t)b->len, (int)base, x);
        } else err_type(r, "int() can't convert non-string with explicit base");
    }
    if (t == r->t_int) return v;
    /* A subclass instance holds its value in an mp even when small. */
    Value res = int_big_new(r, t);
    IntView vv;
    int_mp_ok(r, mp_copy(int_mp(v, &vv), int_big_mp(res)));
    return int_big_finish(r, res);
}

void int_init_type(Realm *r) {
    Type *t = r->t_int;
    t->basicsize = sizeof(BigInt);
    t->flags |= TF_BASETYPE | TF_INT_SUB | TF_IMMUTABLE;
    t->finalize = big_finalize;
    t->new_ = int_new;
    t->repr = int_repr_slot;
    t->str = int_repr_slot;
    t->hash = int_hash_slot;
    t->richcmp = int_richcmp;
    t->truth = int_truth;
    t->nb[NB_ADD] = int_nb_add;
    t->nb[NB_SUB] = int_nb_sub;
    t->nb[NB_MUL] = int_nb_mul;
    t->nb[NB_TRUEDIV] = int_nb_truediv;
    t->nb[NB_FLOORDIV] = int_nb_floordiv;
    t->nb[NB_MOD] = int_nb_mod;
    t->nb[NB_POW] = int_nb_pow;
    t->nb[NB_LSHIFT] = int_nb_lshift;
    t->nb[NB_RSHIFT] = int_nb_rshift;
    t->nb[NB_AND] = int_nb_and;
    t->nb[NB_OR] = int_nb_or;
    t->nb[NB_XOR] = int_nb_xor;
    t->neg = int_neg_slot;
    t->pos = int_pos_slot;
    t->invert = int_invert;
    t->abs = int_abs;
    t->index = int_pos_slot;
    t->to_int = int_pos_slot;
    t->to_float = int_to_float_slot;
    type_add_methods(r, t, int_methods);
    type_add_getsets(r, t, int_getsets);
}
