/* int_text: conversions between ints and text: literals (int_from_text),
 * int(x, base) parsing with CPython's whitespace / sign / prefix /
 * underscore rules, str() and hex()/oct()/bin() digits, the int-to-str
 * digit limit (r->int_max_str_digits, CPython's sys.set_int_max_str_digits),
 * and format(int, spec).
 *
 * Power-of-two bases are converted bit by bit in linear time; other bases go
 * through libtommath (quadratic), which the digit limit keeps bounded.
 * Scratch text lives in Bytes objects so a raise cannot leak it. */
#include <math.h>
#include "objects/int_impl.h"
#include "core/unicode.h"
#include "vm/ops.h"
#include "core/limits.h"

/* Decimal digits per single-word division in int -> str. */
#if MP_DIGIT_BIT >= 60
#define DEC_CHUNK_DIGITS 18
#define DEC_CHUNK ((mp_digit)1000000000000000000u)
#else
#define DEC_CHUNK_DIGITS 8
#define DEC_CHUNK ((mp_digit)100000000u)
#endif

static char *scratch(Realm *r, size_t n, Value *keep) {
    *keep = bytes_alloc(r, n);
    return (char *)((Bytes *)v_obj(*keep))->data;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static int pow2_shift(int base) {
    switch (base) { case 2: return 1; case 4: return 2; case 8: return 3; case 16: return 4; case 32: return 5; }
    return 0;
}

_Noreturn static void limit_error_in(Realm *r, size_t ndigits) {
    err_value(r, "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; "
              "use sys.set_int_max_str_digits() to increase the limit",
              (long long)r->int_max_str_digits, ndigits);
}

/* Valid digits d[0..n) (no underscores, no sign) in base -> int magnitude. */
static Value digits_to_int(Realm *r, const char *d, size_t n, int base, bool neg) {
    /* Fast path: up to 12 digits in any base <= 36 fits in 63 bits. */
    if (n <= 12) {
        int64_t acc = 0;
        for (size_t i = 0; i < n; i++) acc = acc * base + digit_value(d[i]);
        return int_from_i64(r, neg ? -acc : acc);
    }
    int sh = pow2_shift(base);
    if (sh == 0 && r->int_max_str_digits > 0 && n > (size_t)r->int_max_str_digits) limit_error_in(r, n);
    if (sh) int_check_bits(r, (uint64_t)n * (uint64_t)sh);
    else int_check_bits(r, (uint64_t)((double)n * log2((double)base)) + 1);
    Value res = int_big_new(r, r->t_int);
    if (sh) {
        /* Pack bits little-endian into a byte buffer, then unpack. */
        size_t nbytes = (n * (size_t)sh + 7) / 8;
        Value keep;
        uint8_t *buf = (uint8_t *)scratch(r, nbytes, &keep);
        memset(buf, 0, nbytes);
        size_t bit = 0;
        for (size_t i = n; i-- > 0;) {       /* budget */
            unsigned v = (unsigned)digit_value(d[i]);
            for (int j = 0; j < sh; j++, bit++)
                if (v >> j & 1) buf[bit / 8] |= (uint8_t)(1u << (bit % 8));
        }
        mp_int *m = int_big_mp(res);
        int_mp_ok(r, mp_unpack(m, nbytes, MP_LSB_FIRST, 1, MP_NATIVE_ENDIAN, 0, buf));
    } else {
        /* Chunks of k digits: m = m * base**k + chunk. */
        int k = 1;
        mp_digit bk = (mp_digit)base;
        while (bk * (mp_digit)base < ((mp_digit)1 << 50)) { bk *= (mp_digit)base; k++; }
        mp_int *m = int_big_mp(res);
        size_t i = 0;
        while (i < n) {                       /* budget */
            size_t take = n - i < (size_t)k ? n - i : (size_t)k;
            mp_digit mul = 1, chunk = 0;
            for (size_t j = 0; j < take; j++) {
                chunk = chunk * (mp_digit)base + (mp_digit)digit_value(d[i + j]);
                mul *= (mp_digit)base;
            }
            limits_count(r, 1 + (uint64_t)m->used / 4);   /* quadratic overall: pay per pass */
            int_mp_ok(r, mp_mul_d(m, mul, m));
            int_mp_ok(r, mp_add_d(m, chunk, m));
            i += take;
        }
    }
    if (neg) int_mp_ok(r, mp_neg(int_big_mp(res), int_big_mp(res)));
    return int_big_finish(r, res);
}

Value int_from_text(Realm *r, const char *s, size_t len, int base) {
    if (base < 2 || base > 36 || len == 0) goto bad;
    for (size_t i = 0; i < len; i++)
        if (digit_value(s[i]) >= base) goto bad;
    return digits_to_int(r, s, len, base, false);
bad:
    err_value(r, "invalid literal for int() with base %d: %R", base, str_new_latin1(r, (const uint8_t *)s, len));
}

static bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* int(text, base) after Unicode normalisation to ASCII (see int_from_number). */
Value int_parse(Realm *r, const char *s, size_t len, int base, Value orig) {
    size_t i = 0, end = len;
    int b = base;
    while (i < end && is_ascii_space(s[i])) i++;
    while (end > i && is_ascii_space(s[end - 1])) end--;
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
    bool after_prefix = false, octal_zero = false;
    if (end - i >= 2 && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (b == 0 || b == pb)) { b = pb; i += 2; after_prefix = true; }
    }
    if (b == 0) { b = 10; octal_zero = i < end && s[i] == '0'; }
    /* Digits with single underscores between them (or right after a prefix). */
    Value keep;
    char *d = scratch(r, end - i + 1, &keep);
    size_t n = 0;
    bool prev_us = after_prefix ? false : true;   /* a leading '_' is invalid */
    bool allow_first_us = after_prefix;
    for (size_t k = i; k < end; k++) {
        char c = s[k];
        if (c == '_') {
            if (allow_first_us && n == 0 && k == i) { prev_us = true; continue; }
            if (prev_us) goto bad;
            prev_us = true;
            continue;
        }
        if (digit_value(c) >= b) goto bad;
        d[n++] = c;
        prev_us = false;
    }
    if (n == 0 || prev_us) goto bad;
    if (octal_zero) {                 /* base 0: "010" is invalid, "000" is 0 */
        for (size_t k = 0; k < n; k++) if (d[k] != '0') goto bad;
    }
    return digits_to_int(r, d, n, b, neg);
bad:
    {
        /* CPython shows at most 200 characters of the repr ("%.200R"). */
        Value rep = op_repr(r, orig);
        Str *rs = (Str *)v_obj(rep);
        if (rs->len > 200)
            rep = rs->kind == 1 ? str_new_latin1(r, rs->data, 200)
                                : str_new_ucs4(r, (const uint32_t *)rs->data, 200);
        err_value(r, "invalid literal for int() with base %d: %U", base, rep);
    }
}

/* Text of a str for int()/float(): Unicode spaces become ' ', decimal digits
 * become ASCII digits, other non-ASCII characters become '\x01' (invalid). */
static const char *num_ascii_of_str(Realm *r, Value s, size_t *len, Value *keep) {
    Str *st = (Str *)v_obj(s);
    int64_t n = st->len;
    char *out = scratch(r, (size_t)n + 1, keep);
    st = (Str *)v_obj(s);
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = str_char(st, i);
        if (c < 128) out[i] = (char)c;
        else if (uni_isspace(c)) out[i] = ' ';
        else if (uni_decimal_value(c) >= 0) out[i] = (char)('0' + uni_decimal_value(c));
        else out[i] = '\x01';
    }
    *len = (size_t)n;
    return out;
}

const char *int_num_ascii(Realm *r, Value s, size_t *len, Value *keep) {
    return num_ascii_of_str(r, s, len, keep);
}

Value int_from_number(Realm *r, Value x) {
    if (v_is_int(x)) return x;
    if (v_is_bool(x)) return v_small((int64_t)(x & 1));
    if (v_is_float(x)) return int_from_double(r, v_as_double(x));
    Type *t = v_type(r, x);
    if (t == r->t_int) return x;
    if (t->to_int) {
        Value res = t->to_int(r, x);
        if (!int_check(r, res))
            err_type(r, "__int__ returned non-int (type %s)", v_type(r, res)->name);
        return int_exact(r, res);
    }
    if (t->index) return int_exact(r, num_index(r, x));
    if (t->flags & TF_STR_SUB) {
        size_t n;
        Value keep;
        const char *s = num_ascii_of_str(r, x, &n, &keep);
        return int_parse(r, s, n, 10, x);
    }
    if ((t->flags & TF_BYTES_SUB) || t == r->t_bytearray) {
        Value bx = (t->flags & TF_BYTES_SUB) ? x : op_call1(r, v_from_obj(r->t_bytes), x);
        Bytes *b = (Bytes *)v_obj(bx);
        return int_parse(r, (const char *)b->data, (size_t)b->len, 10, x);
    }
    Value tr = op_call_special(r, x, NM(r, __trunc__), NULL, 0);
    if (tr != V_NULL) {
        if (int_check(r, tr)) return int_exact(r, tr);
        Type *tt = v_type(r, tr);
        if (!tt->index) err_type(r, "__trunc__ returned non-Integral (type %s)", tt->name);
        return int_exact(r, num_index(r, tr));
    }
    err_type(r, "int() argument must be a string, a bytes-like object or a real number, not '%s'", t->name);
}

/* ---- int -> text ---- */

/* Digits of |v| in base (2..36) into a scratch buffer; returns its length. */
static const char *mag_digits(Realm *r, Value v, int base, bool upper, size_t *len, Value *keep) {
    static const char lower_d[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    static const char upper_d[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const char *dig = upper ? upper_d : lower_d;
    int64_t s;
    bool small = int_small(v, &s);
    /* an int subclass instance holding 0 is a BigInt with no digits: the
     * loops below would produce no digit at all */
    if (!small && mp_iszero(int_big_mp(v))) { s = 0; small = true; }
    if (small) {
        uint64_t mag = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        char tmp[72];
        size_t n = 0;
        do { tmp[n++] = dig[mag % (uint64_t)base]; mag /= (uint64_t)base; } while (mag);
        char *out = scratch(r, n, keep);
        for (size_t i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
        *len = n;
        return out;
    }
    int sh = pow2_shift(base);
    uint64_t bits = int_bit_length(v);
    if (sh) {
        size_t n = (size_t)((bits + (uint64_t)sh - 1) / (uint64_t)sh);
        char *out = scratch(r, n, keep);
        const mp_int *m = int_big_mp(v);
        for (size_t i = 0; i < n; i++) {      /* budget */
            unsigned dv = 0;
            for (int j = sh - 1; j >= 0; j--) {
                uint64_t b = (uint64_t)i * (uint64_t)sh + (uint64_t)j;
                uint64_t di = b / MP_DIGIT_BIT;
                unsigned bitv = di < (uint64_t)m->used ? (unsigned)((m->dp[di] >> (b % MP_DIGIT_BIT)) & 1) : 0;
                dv = (dv << 1) | bitv;
            }
            out[n - 1 - i] = dig[dv];
        }
        *len = n;
        return out;
    }
    if (base == 10 && r->int_max_str_digits > 0 &&
        (double)bits * 0.30102999566398120 > (double)r->int_max_str_digits + 1)
        err_value(r, "Exceeds the limit (%lld digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit", (long long)r->int_max_str_digits);
    if (base == 10) {
        /* DEC_CHUNK_DIGITS digits per pass of single-word division (libtommath's
         * mp_to_radix makes a pass per digit), each pass paying its steps
         * of the budget: still quadratic, but interruptible */
        size_t cap = (size_t)((double)bits * 0.30102999566398120) + 40;
        char *out = scratch(r, cap, keep);
        /* allocated last: after its accounting below nothing allocates from
         * the heap, so the collector (which may see only the interior
         * pointer t) never runs while t is in use */
        Value tv = int_big_new(r, r->t_int);
        mp_int *t = int_big_mp(tv);
        int_mp_ok(r, mp_abs(int_big_mp(v), t));
        int_big_finish(r, tv);   /* accounts t's digits (may collect: tv is still used here) */
        size_t pos = cap;
        while (!mp_iszero(t)) {
            mp_digit rem;
            limits_count(r, 1 + (uint64_t)t->used / 4);
            int_mp_ok(r, mp_div_d(t, DEC_CHUNK, t, &rem));
            bool last = mp_iszero(t);
            for (int k = 0; k < DEC_CHUNK_DIGITS && pos > 0; k++) {
                out[--pos] = (char)('0' + (int)(rem % 10));
                rem /= 10;
                if (last && rem == 0) break;
            }
        }
        size_t n = cap - pos;
        if (r->int_max_str_digits > 0 && n > (size_t)r->int_max_str_digits)
            err_value(r, "Exceeds the limit (%lld digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit", (long long)r->int_max_str_digits);
        *len = n;
        return out + pos;
    }
    int size;
    const mp_int *m0 = int_big_mp(v);
    {   /* other bases: one uninterruptible libtommath call, priced first */
        double words = (double)int_big_mp(v)->used, digits = (double)bits / log2((double)base);
        limits_work(r, 10.0 * words * digits);
    }
    int_mp_ok(r, mp_radix_size(m0, base, &size));
    char *out = scratch(r, (size_t)size + 2, keep);
    const mp_int *m = int_big_mp(v);
    size_t written;
    int_mp_ok(r, mp_to_radix(m, out, (size_t)size + 2, &written, base));   /* budget: quadratic */
    /* written counts the NUL; skip a '-' */
    size_t n = written ? written - 1 : 0;
    char *p = out;
    if (n && p[0] == '-') { p++; n--; }
    for (size_t i = 0; i < n; i++) {       /* libtommath writes upper case */
        if (upper && p[i] >= 'a' && p[i] <= 'z') p[i] = (char)(p[i] - 32);
        if (!upper && p[i] >= 'A' && p[i] <= 'Z') p[i] = (char)(p[i] + 32);
    }
    if (base == 10 && r->int_max_str_digits > 0 && n > (size_t)r->int_max_str_digits)
        err_value(r, "Exceeds the limit (%lld digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit", (long long)r->int_max_str_digits);
    *len = n;
    return p;
}

Value int_to_str(Realm *r, Value v, int base) {
    if (v_is_bool(v) && v_type(r, v) == r->t_bool) v = v_small((int64_t)(v & 1));
    if (base < 2 || base > 36) err_value(r, "base must be in 2..36");
    size_t n;
    Value keep;
    const char *d = mag_digits(r, v, base, false, &n, &keep);
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    bool neg = int_sign(r, v) < 0;
    size_t plen = strlen(prefix);
    size_t total = n + plen + neg;
    Value keep2;
    char *out = scratch(r, total, &keep2);
    size_t k = 0;
    if (neg) out[k++] = '-';
    memcpy(out + k, prefix, plen); k += plen;
    memcpy(out + k, d, n);
    return str_new_latin1(r, (const uint8_t *)out, total);
}

/* ---- format(int, spec) ---- */

/* Grouped copy of digits d[0..n) with separator sep every g digits; with
 * min_width > 0, left-pads with zeros (and separators) to at least that
 * width, never starting with a separator (CPython's rule). */
static Value group_digits(Realm *r, const char *d, size_t n, char sep, int g, size_t min_width,
                          char **outp, size_t *outlen) {
    size_t k = n;
    if (sep) k = fmt_group_digits_for_width(n, (size_t)g, min_width);
    else if (k < min_width) k = min_width;
    size_t total = sep ? k + (k - 1) / (size_t)g : k;
    Value keep;
    char *out = scratch(r, total, &keep);
    limits_count(r, total / 16);   /* a huge width: the instruction budget applies */
    size_t pos = total;
    for (size_t i = 0; i < k; i++) {          /* from the right */
        if (sep && i > 0 && i % (size_t)g == 0) out[--pos] = sep;
        out[--pos] = i < n ? d[n - 1 - i] : '0';
    }
    *outp = out;
    *outlen = total;
    return keep;
}

Value int_format(Realm *r, Value v, const FormatSpec *f) {
    uint32_t type = f->type;
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return float_format(r, int_as_double(r, v), f);
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
        break;
    default:
        if (type < 0x80 && type > 0x20)
            err_value(r, "Unknown format code '%c' for object of type '%s'", type, v_type(r, v)->name);
        err_value(r, "Unknown format code '\\x%x' for object of type '%s'", type, v_type(r, v)->name);
    }
    if (f->precision >= 0) err_value(r, "Precision not allowed in integer format specifier");
    if (f->z) err_value(r, "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (f->sign) err_value(r, "Sign not allowed with integer format specifier 'c'");
        if (f->alt) err_value(r, "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (f->grouping) {
        if (type == 'n' || type == 'c' || (f->grouping == ',' && type != 0 && type != 'd'))
            err_value(r, "Cannot specify '%c' with '%c'.", (uint32_t)f->grouping, type);
    }
    FormatSpec g = *f;
    /* fmt_parse_spec already made the '0' flag a '0' fill; numbers then
     * default to '=' alignment (sign first, then the padding). */
    if (g.zero && g.align == 0) g.align = '=';
    g.zero = false;
    if (type == 'c') {
        int64_t cp;
        if (!int_to_i64(r, v, &cp)) err_overflow(r, "Python int too large to convert to C long");
        if (cp < 0 || cp > 0x10FFFF)
            err_overflow(r, "%%c arg not in range(0x110000)");
        uint32_t c = (uint32_t)cp;
        Value body = str_new_ucs4(r, &c, 1);
        return fmt_align(r, &g, body, 0, '>');
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    bool upper = type == 'X';
    size_t n;
    Value keep;
    const char *d = mag_digits(r, v, base, upper, &n, &keep);
    bool neg = int_sign(r, v) < 0;
    char head[4];
    size_t hl = 0;
    if (neg) head[hl++] = '-';
    else if (g.sign == '+') head[hl++] = '+';
    else if (g.sign == ' ') head[hl++] = ' ';
    if (g.alt && base != 10) {
        head[hl++] = '0';
        head[hl++] = base == 2 ? 'b' : base == 8 ? 'o' : upper ? 'X' : 'x';
    }
    size_t min_width = 0;
    if (g.grouping && g.fill == '0' && g.align == '=' && g.width > 0 && (size_t)g.width > hl)
        min_width = (size_t)g.width - hl;
    char *body;
    size_t bl;
    Value keep2 = group_digits(r, d, n, g.grouping, base == 10 ? 3 : 4, min_width, &body, &bl);
    Value keep3;
    char *all = scratch(r, hl + bl, &keep3);
    memcpy(all, head, hl);
    memcpy(all + hl, body, bl);
    (void)keep2;
    Value s = str_new_latin1(r, (const uint8_t *)all, hl + bl);
    return fmt_align(r, &g, s, (int64_t)hl, '>');
}
