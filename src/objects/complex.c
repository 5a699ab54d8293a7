/* complex: Python's complex, a Complex object (object.h) holding two
 * doubles; subclasses share the layout.  Arithmetic follows CPython's
 * complexobject.c: Smith's division, integer powers by repeated squaring
 * for small integral exponents, polar form otherwise; hash and repr match
 * CPython's. */
#include <math.h>
#include "objects/int_impl.h"
#include "core/dtoa.h"
#include "vm/ops.h"
#include "objects/num_dunder.h"

typedef struct Cx { double re, im; } Cx;

Value complex_new(Realm *r, double re, double im) {
    Complex *c = (Complex *)heap_alloc(r, r->t_complex, sizeof(Complex));
    c->re = re;
    c->im = im;
    return v_from_obj(c);
}

static Value complex_new_typed(Realm *r, Type *t, double re, double im) {
    if (t == r->t_complex) return complex_new(r, re, im);
    Complex *c = (Complex *)heap_alloc(r, t, t->basicsize < sizeof(Complex) ? sizeof(Complex) : t->basicsize);
    c->re = re;
    c->im = im;
    return v_from_obj(c);
}

static bool is_complex(Realm *r, Value v) {
    return v_is_obj(v) && type_is_subtype(v_obj(v)->type, r->t_complex);
}

static Cx cval(Value v) {
    Complex *c = (Complex *)v_obj(v);
    return (Cx){ c->re, c->im };
}

/* Operand conversion: complex, float or int; false otherwise. */
static bool to_cx(Realm *r, Value v, Cx *out) {
    if (is_complex(r, v)) { *out = cval(v); return true; }
    if (float_check(r, v) || int_check(r, v)) { *out = (Cx){ float_as_double(r, v), 0.0 }; return true; }
    return false;
}

static Value cx_val(Realm *r, Cx c) { return complex_new(r, c.re, c.im); }

static Cx cx_mul(Cx a, Cx b) { return (Cx){ a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re }; }

/* Smith's algorithm, as CPython's _Py_c_quot; errno-free: b == 0 handled by caller. */
static Cx cx_quot(Cx a, Cx b, bool *zero) {
    double abs_breal = fabs(b.re), abs_bimag = fabs(b.im);
    Cx r;
    *zero = false;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) { *zero = true; r.re = r.im = 0.0; }
        else {
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN;             /* NaNs */
    }
    return r;
}

static Cx cx_powu(Cx x, long n) {
    Cx r = { 1.0, 0.0 }, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = cx_mul(r, p);
        mask <<= 1;
        p = cx_mul(p, p);
    }
    return r;
}

Value complex_pow_cc(Realm *r, double ar, double ai, double br, double bi) {
    Cx a = { ar, ai }, b = { br, bi }, res;
    if (b.re == 0.0 && b.im == 0.0) res = (Cx){ 1.0, 0.0 };
    else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) err_zero_div(r, "0.0 to a negative or complex power");
        res = (Cx){ 0.0, 0.0 };
    } else if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        /* CPython's c_powi: repeated squaring for small integral powers. */
        long n = (long)b.re;
        if (n > 0) res = cx_powu(a, n);
        else {
            bool z;
            res = cx_quot((Cx){ 1.0, 0.0 }, cx_powu(a, -n), &z);
            if (z) err_zero_div(r, "0.0 to a negative or complex power");   /* underflowed to 0 */
        }
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        /* CPython reports libm's EDOM from cos/sin of an infinite phase. */
        if (isinf(phase)) err_zero_div(r, "0.0 to a negative or complex power");
        res = (Cx){ len * cos(phase), len * sin(phase) };
    }
    /* As CPython's _Py_ADJUST_ERANGE2: an infinite part is an overflow. */
    if (isinf(res.re) || isinf(res.im)) err_overflow(r, "complex exponentiation");
    return cx_val(r, res);
}

static Value complex_add(Realm *r, Value a, Value b) {
    Cx x, y;
    if (!to_cx(r, a, &x) || !to_cx(r, b, &y)) return r->notimpl;
    return cx_val(r, (Cx){ x.re + y.re, x.im + y.im });
}
static Value complex_sub(Realm *r, Value a, Value b) {
    Cx x, y;
    if (!to_cx(r, a, &x) || !to_cx(r, b, &y)) return r->notimpl;
    return cx_val(r, (Cx){ x.re - y.re, x.im - y.im });
}
static Value complex_mul(Realm *r, Value a, Value b) {
    Cx x, y;
    if (!to_cx(r, a, &x) || !to_cx(r, b, &y)) return r->notimpl;
    return cx_val(r, cx_mul(x, y));
}
static Value complex_div(Realm *r, Value a, Value b) {
    Cx x, y;
    if (!to_cx(r, a, &x) || !to_cx(r, b, &y)) return r->notimpl;
    bool z;
    Cx q = cx_quot(x, y, &z);
    if (z) err_zero_div(r, "complex division by zero");
    return cx_val(r, q);
}
static Value complex_pow(Realm *r, Value a, Value b) {
    Cx x, y;
    if (!to_cx(r, a, &x) || !to_cx(r, b, &y)) return r->notimpl;
    return complex_pow_cc(r, x.re, x.im, y.re, y.im);
}

static Value complex_m_pow(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_complex, is_complex, "__pow__", args, nargs, kw, 1, 2);
    if (nargs == 3 && args[2] != V_NONE) err_value(r, "complex modulo");
    return complex_pow(r, args[0], args[1]);
}
static Value complex_m_rpow(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_complex, is_complex, "__rpow__", args, nargs, kw, 1, 2);
    if (nargs == 3 && args[2] != V_NONE) err_value(r, "complex modulo");
    return complex_pow(r, args[1], args[0]);
}

static Value complex_richcmp(Realm *r, Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return r->notimpl;
    if (!is_complex(r, a)) { Value t = a; a = b; b = t; }
    Cx x = cval(a);
    bool eq;
    if (is_complex(r, b)) {
        Cx y = cval(b);
        eq = x.re == y.re && x.im == y.im;
    } else if (float_check(r, b)) {
        eq = x.im == 0.0 && x.re == float_as_double(r, b);
    } else if (int_check(r, b)) {
        eq = x.im == 0.0 && int_cmp_double(r, b, x.re) == 0;
    } else return r->notimpl;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t complex_hash(Realm *r, Value a) {
    Cx x = cval(a);
    uint64_t hr = (uint64_t)float_hash(x.re), hi = (uint64_t)float_hash(x.im);
    uint64_t h = hr + 1000003u * hi;
    int64_t s = (int64_t)h;
    return s == -1 ? -2 : s;
}

/* repr of one part as CPython's 'r' format without the ".0" suffix. */
static size_t part_repr(double d, bool sign, char *out) {
    char buf[DTOA_BUF];
    size_t n = dtoa_repr(d, buf), k = 0;
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
    if (sign && buf[0] != '-') out[k++] = '+';
    memcpy(out + k, buf, n);
    return k + n;
}

static Value complex_repr(Realm *r, Value a) {
    Cx x = cval(a);
    char out[2 * DTOA_BUF + 8];
    size_t n = 0;
    if (x.re == 0.0 && !signbit(x.re)) {
        n = part_repr(x.im, false, out);
        out[n++] = 'j';
    } else {
        out[n++] = '(';
        n += part_repr(x.re, false, out + n);
        n += part_repr(x.im, true, out + n);
        out[n++] = 'j';
        out[n++] = ')';
    }
    return str_new_latin1(r, (const uint8_t *)out, n);
}

static int complex_truth(Realm *r, Value a) { Cx x = cval(a); return x.re != 0.0 || x.im != 0.0; }
static Value complex_neg(Realm *r, Value a) { Cx x = cval(a); return complex_new(r, -x.re, -x.im); }
static Value complex_pos(Realm *r, Value a) { Cx x = cval(a); return complex_new(r, x.re, x.im); }
static Value complex_abs(Realm *r, Value a) {
    Cx x = cval(a);
    if (isinf(x.re) || isinf(x.im)) return v_from_double(INFINITY);
    if (isnan(x.re) || isnan(x.im)) return v_from_double(NAN);
    double h = hypot(x.re, x.im);
    if (isinf(h)) err_overflow(r, "absolute value too large");
    return v_from_double(h);
}

static Value complex_m_conjugate(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_complex, is_complex, "conjugate", args, nargs, kw, 0, 0);
    Cx x = cval(args[0]);
    return complex_new(r, x.re, -x.im);
}
static Value complex_m_getnewargs(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_complex, is_complex, "__getnewargs__", args, nargs, kw, 0, 0);
    Cx x = cval(args[0]);
    return tuple_pack(r, 2, v_from_double(x.re), v_from_double(x.im));
}
static Value complex_m_complex(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_complex, is_complex, "__complex__", args, nargs, kw, 0, 0);
    Cx x = cval(args[0]);
    return complex_new(r, x.re, x.im);
}
static Value complex_g_real(Realm *r, Value self) { return v_from_double(cval(self).re); }
static Value complex_g_imag(Realm *r, Value self) { return v_from_double(cval(self).im); }

NUM_DUNDER_BIN(complex, is_complex, NB_ADD, add)
NUM_DUNDER_BIN(complex, is_complex, NB_SUB, sub)
NUM_DUNDER_BIN(complex, is_complex, NB_MUL, mul)
NUM_DUNDER_BIN(complex, is_complex, NB_TRUEDIV, truediv)
NUM_DUNDER_CMP(complex, is_complex, CMP_EQ, eq)
NUM_DUNDER_CMP(complex, is_complex, CMP_NE, ne)
NUM_DUNDER_UNARY(complex, is_complex, neg, neg)
NUM_DUNDER_UNARY(complex, is_complex, pos, pos)
NUM_DUNDER_UNARY(complex, is_complex, abs, abs)
NUM_DUNDER_UNARY(complex, is_complex, repr, repr)

static Value complex_d_hash(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_complex, is_complex, "__hash__", args, nargs, kw, 0, 0);
    return int_from_i64(r, complex_hash(r, args[0]));
}
static Value complex_d_bool(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_complex, is_complex, "__bool__", args, nargs, kw, 0, 0);
    return v_bool(complex_truth(r, args[0]));
}

/* format(complex, spec) as CPython's format_complex_internal: each part is
 * formatted as a float (the imaginary one always signed unless the real part
 * is omitted), then the whole is padded. */
static Value complex_format(Realm *r, Cx x, const FormatSpec *f) {
    if (f->fill == '0')
        err_value(r, "Zero padding is not allowed in complex format specifier");
    if (f->align == '=') err_value(r, "'=' alignment flag is not allowed in complex format specifier");
    uint32_t type = f->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default:
        if (type < 0x80 && type > 0x20)
            err_value(r, "Unknown format code '%c' for object of type 'complex'", type);
        err_value(r, "Unknown format code '\\x%x' for object of type 'complex'", type);
    }
    bool skip_re = false, parens = false, repr_like = false;
    FormatSpec p = *f;
    p.width = -1; p.align = 0; p.fill = ' '; p.zero = false;
    if (type == 0) {
        if (x.re == 0.0 && !signbit(x.re)) skip_re = true; else parens = true;
        if (f->precision < 0) repr_like = true; else p.type = 'g';
    }
    if (type == 'n') p.type = 'g';
    if (type != 0 && p.precision < 0) p.precision = 6;
    StrBuf b;
    Value re_s = V_NULL, im_s;
    if (!skip_re) re_s = float_format(r, x.re, &p);
    FormatSpec pi = p;
    if (!skip_re) pi.sign = '+';
    im_s = float_format(r, x.im, &pi);
    strbuf_init(r, &b);
    if (parens) strbuf_add_ascii(&b, "(", 1);
    Value parts[2] = { re_s, im_s };
    for (int k = 0; k < 2; k++) {
        if (parts[k] == V_NULL) continue;
        Str *ps = (Str *)v_obj(parts[k]);
        int64_t n = ps->len;
        /* repr-like parts drop a ".0" ending ('1.0' -> '1'), as repr(complex) does */
        if (repr_like && n >= 2 && ps->data[n - 2] == '.' && ps->data[n - 1] == '0') n -= f->alt ? 1 : 2;
        strbuf_add_ascii(&b, (const char *)ps->data, (size_t)n);
    }
    strbuf_add_ascii(&b, parens ? "j)" : "j", parens ? 2 : 1);
    Value body = strbuf_finish(&b);
    FormatSpec g = *f;
    g.zero = false;
    return fmt_align(r, &g, body, 0, '>');
}

static Value complex_m_format(Realm *r, Value *args, size_t nargs, Value kw) {
    num_args(r, r->t_complex, is_complex, "__format__", args, nargs, kw, 1, 1);
    if (!v_is_obj(args[1]) || !(v_obj(args[1])->type->flags & TF_STR_SUB))
        err_type(r, "__format__() argument must be str, not %s", v_type(r, args[1])->name);
    if (((Str *)v_obj(args[1]))->len == 0) return op_str(r, args[0]);
    FormatSpec f;
    fmt_parse_spec_for(r, args[1], args[0], &f);
    return complex_format(r, cval(args[0]), &f);
}

static const MethodDef complex_methods[] = {
    {"__format__", complex_m_format, 0},
    NUM_DUNDER_BIN_DEFS(complex, add), NUM_DUNDER_BIN_DEFS(complex, sub), NUM_DUNDER_BIN_DEFS(complex, mul),
    NUM_DUNDER_BIN_DEFS(complex, truediv), NUM_DUNDER_DEF(complex, eq), NUM_DUNDER_DEF(complex, ne),
    NUM_DUNDER_DEF(complex, neg), NUM_DUNDER_DEF(complex, pos), NUM_DUNDER_DEF(complex, abs),
    NUM_DUNDER_DEF(complex, repr), NUM_DUNDER_DEF(complex, hash), NUM_DUNDER_DEF(complex, bool),
    {"conjugate", complex_m_conjugate, 0},
    {"__getnewargs__", complex_m_getnewargs, 0},
    {"__complex__", complex_m_complex, 0},
    {"__pow__", complex_m_pow, 0},
    {"__rpow__", complex_m_rpow, 0},
    {NULL, NULL, 0}
};

static const GetSetDef complex_getsets[] = {
    {"real", complex_g_real, getset_readonly},
    {"imag", complex_g_imag, getset_readonly},
    {NULL, NULL, NULL}
};

/* ---- complex(x) from text ---- */

static bool is_sp(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_dig(char c) { return c >= '0' && c <= '9'; }

/* Length of a float token at s (sign included), 0 if none: digits with
 * single underscores between digits, '.', exponent, or inf/infinity/nan. */
static size_t scan_number(const char *s, size_t n, bool *has_digits) {
    size_t i = 0;
    *has_digits = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t l = strlen(words[w]), k;
        if (n - i < l) continue;
        for (k = 0; k < l && (s[i + k] | 0x20) == words[w][k]; k++) {}
        if (k == l) { *has_digits = true; return i + l; }
    }
    size_t start = i;
    while (i < n && (is_dig(s[i]) || (s[i] == '_' && i > start && is_dig(s[i - 1]) && i + 1 < n && is_dig(s[i + 1])))) i++;
    bool d1 = i > start;
    if (i < n && s[i] == '.') {
        i++;
        size_t fs = i;
        while (i < n && (is_dig(s[i]) || (s[i] == '_' && i > fs && is_dig(s[i - 1]) && i + 1 < n && is_dig(s[i + 1])))) i++;
        if (i > fs) d1 = true;
    }
    if (!d1) return i == start ? start : 0;   /* a bare sign is a valid (digitless) token */
    *has_digits = true;
    if (i < n && (s[i] | 0x20) == 'e') {
        size_t k = i + 1;
        if (k < n && (s[k] == '+' || s[k] == '-')) k++;
        size_t es = k;
        while (k < n && (is_dig(s[k]) || (s[k] == '_' && k > es && is_dig(s[k - 1]) && k + 1 < n && is_dig(s[k + 1])))) k++;
        if (k > es) i = k;
    }
    return i;
}

static bool parse_token(Realm *r, const char *s, size_t n, double *out) {
    Value keep = bytes_alloc(r, n + 1);
    char *d = (char *)((Bytes *)v_obj(keep))->data;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) if (s[i] != '_') d[k++] = s[i];
    return dtoa_parse(d, k, out);
}

static Cx complex_parse(Realm *r, const char *s, size_t n) {
    size_t i = 0, end = n;
    while (i < end && is_sp(s[i])) i++;
    while (end > i && is_sp(s[end - 1])) end--;
    if (end - i >= 2 && s[i] == '(' && s[end - 1] == ')') {
        i++; end--;
        while (i < end && is_sp(s[i])) i++;
        while (end > i && is_sp(s[end - 1])) end--;
    }
    const char *p = s + i;
    size_t len = end - i;
    if (len == 0) goto bad;
    bool hd1, hd2;
    size_t t1 = scan_number(p, len, &hd1);
    double x, y;
    if (t1 == len && hd1) {                               /* real */
        if (!parse_token(r, p, t1, &x)) goto bad;
        return (Cx){ x, 0.0 };
    }
    if (t1 + 1 == len && (p[t1] | 0x20) == 'j') {         /* imag, 'j', '+j' */
        if (hd1) { if (!parse_token(r, p, t1, &y)) goto bad; }
        else y = (t1 == 1 && p[0] == '-') ? -1.0 : 1.0;
        return (Cx){ 0.0, y };
    }
    if (!hd1 || t1 >= len || (p[t1] != '+' && p[t1] != '-')) goto bad;
    if (!parse_token(r, p, t1, &x)) goto bad;
    size_t t2 = scan_number(p + t1, len - t1, &hd2);
    if (t1 + t2 + 1 != len || (p[t1 + t2] | 0x20) != 'j') goto bad;
    if (hd2) { if (!parse_token(r, p + t1, t2, &y)) goto bad; }
    else y = p[t1] == '-' ? -1.0 : 1.0;
    return (Cx){ x, y };
bad:
    err_value(r, "complex() arg is a malformed string");
}

/* A complex() argument as a number: complex, __complex__, or a real. */
static bool arg_to_cx(Realm *r, Value v, Cx *out, bool *is_cx) {
    *is_cx = false;
    if (is_complex(r, v)) { *out = cval(v); *is_cx = true; return true; }
    Value c = op_call_special(r, v, NM(r, __complex__), NULL, 0);
    if (c != V_NULL) {
        if (!is_complex(r, c))
            err_type(r, "__complex__ returned non-complex (type %s)", v_type(r, c)->name);
        *out = cval(c);
        *is_cx = true;
        return true;
    }
    Type *t = v_type(r, v);
    if (float_check(r, v) || int_check(r, v) || t->to_float || t->index) {
        *out = (Cx){ float_as_double(r, v), 0.0 };
        return true;
    }
    return false;
}

static Value complex_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    Value a[2];
    arg_parse(r, "complex", args, nargs, kwnames, 0, 0, names, a);
    Value re = a[0], im = a[1];
    if (re == V_NULL) re = v_small(0);
    Type *rt = v_type(r, re);
    if (rt->flags & TF_STR_SUB) {
        if (im != V_NULL) err_type(r, "complex() can't take second arg if first is a string");
        size_t n;
        Value keep;
        const char *s = int_num_ascii(r, re, &n, &keep);
        Cx c = complex_parse(r, s, n);
        return complex_new_typed(r, t, c.re, c.im);
    }
    if (im != V_NULL && (v_type(r, im)->flags & TF_STR_SUB))
        err_type(r, "complex() second arg can't be a string");
    if (im == V_NULL && t == r->t_complex && v_is_obj(re) && v_obj(re)->type == r->t_complex)
        return re;
    Cx cr, ci = { 0.0, 0.0 };
    bool cr_cx, ci_cx = false;
    if (!arg_to_cx(r, re, &cr, &cr_cx))
        err_type(r, "complex() first argument must be a string or a number, not '%s'", rt->name);
    if (im == V_NULL) return complex_new_typed(r, t, cr.re, cr.im);
    if (!arg_to_cx(r, im, &ci, &ci_cx))
        err_type(r, "complex() second argument must be a number, not '%s'", v_type(r, im)->name);
    double outre = cr.re, outim = ci.re;
    if (ci_cx) outre -= ci.im;
    if (cr_cx) outim += cr.im;
    return complex_new_typed(r, t, outre, outim);
}

void complex_init_type(Realm *r) {
    Type *t = r->t_complex;
    t->basicsize = sizeof(Complex);
    t->flags |= TF_BASETYPE | TF_IMMUTABLE;
    t->new_ = complex_new_slot;
    t->repr = complex_repr;
    t->str = complex_repr;
    t->hash = complex_hash;
    t->richcmp = complex_richcmp;
    t->truth = complex_truth;
    t->nb[NB_ADD] = complex_add;
    t->nb[NB_SUB] = complex_sub;
    t->nb[NB_MUL] = complex_mul;
    t->nb[NB_TRUEDIV] = complex_div;
    t->nb[NB_POW] = complex_pow;
    t->neg = complex_neg;
    t->pos = complex_pos;
    t->abs = complex_abs;
    type_add_methods(r, t, complex_methods);
    type_add_getsets(r, t, complex_getsets);
}
