/* format: the format mini-language (format(v, spec), str.__format__),
 * str.format / str.format_map, and printf-style `str % args`.
 *
 * fmt_parse_spec follows CPython's parse_internal_render_format_spec
 * (same order of checks, same messages); type-specific checks live with each
 * type (str here, int/float in the number files).  The '0' flag, when no fill
 * is given, sets fill '0' and `zero`; the alignment stays unspecified (0) so
 * that each type applies its own default ('=' for numbers, '<' for str).
 *
 * str.format parses replacement fields as CPython's MarkupIterator does,
 * with the nested format spec expanded recursively at most two levels deep
 * ("Max string recursion exceeded"), so recursion is bounded. */
#include <string.h>
#include <math.h>
#include "objects/strimpl.h"
#include "core/dtoa.h"
#include "core/unicode.h"
#include "core/heap.h"
#include "vm/ops.h"

/* ------------------------------------------------------------------ */
/* the spec parser                                                     */

static bool fmt_is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads decimal digits at *pos; returns the count consumed (0: none). */
static int64_t fmt_get_int(Realm *r, const Str *s, int64_t *pos, int64_t *out) {
    int64_t v = 0, n = 0;
    while (*pos < s->len) {
        int d = uni_decimal_value(str_char(s, *pos));
        if (d < 0) break;
        if (v > (INT64_MAX - d) / 10) err_value(r, "Too many decimal digits in format string");
        v = v * 10 + d;
        (*pos)++;
        n++;
    }
    *out = v;
    return n;
}

void fmt_parse_spec_for(Realm *r, Value spec, Value obj, FormatSpec *f) {
    f->fill = ' ';
    f->align = 0;
    f->sign = 0;
    f->z = f->alt = f->zero = false;
    f->width = -1;
    f->grouping = 0;
    f->precision = -1;
    f->type = 0;
    const Str *s = str_ptr(spec);
    int64_t pos = 0, end = s->len;
    bool fill_given = false;
    if (end - pos >= 2 && fmt_is_align(str_char(s, pos + 1))) {
        f->fill = str_char(s, pos);
        f->align = (char)str_char(s, pos + 1);
        fill_given = true;
        pos += 2;
    } else if (end - pos >= 1 && fmt_is_align(str_char(s, pos))) {
        f->align = (char)str_char(s, pos);
        pos++;
    }
    if (end - pos >= 1) {
        uint32_t c = str_char(s, pos);
        if (c == '+' || c == '-' || c == ' ') { f->sign = (char)c; pos++; }
    }
    if (end - pos >= 1 && str_char(s, pos) == 'z') { f->z = true; pos++; }
    if (end - pos >= 1 && str_char(s, pos) == '#') { f->alt = true; pos++; }
    if (!fill_given && end - pos >= 1 && str_char(s, pos) == '0') {
        f->fill = '0';
        f->zero = true;
        pos++;
    }
    int64_t v;
    if (fmt_get_int(r, s, &pos, &v)) f->width = v;
    if (end - pos >= 1 && str_char(s, pos) == ',') { f->grouping = ','; pos++; }
    if (end - pos >= 1 && str_char(s, pos) == '_') {
        if (f->grouping) err_value(r, "Cannot specify both ',' and '_'.");
        f->grouping = '_';
        pos++;
    }
    if (end - pos >= 1 && str_char(s, pos) == ',' && f->grouping == '_')
        err_value(r, "Cannot specify both ',' and '_'.");
    if (end - pos >= 1 && str_char(s, pos) == '.') {
        pos++;
        if (!fmt_get_int(r, s, &pos, &v)) err_value(r, "Format specifier missing precision");
        f->precision = v;
    }
    if (end - pos > 1) {
        if (obj != V_NULL)
            err_value(r, "Invalid format specifier '%U' for object of type '%s'", spec, v_type(r, obj)->name);
        err_value(r, "Invalid format specifier '%U'", spec);
    }
    if (end - pos == 1) f->type = str_char(s, pos);
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') break;
            /* fall through */
        default:
            if (f->type > 32 && f->type < 128)
                err_value(r, "Cannot specify '%c' with '%c'.", (int)f->grouping, (int)f->type);
            err_value(r, "Cannot specify '%c' with '\\x%x'.", (int)f->grouping, (unsigned)f->type);
        }
    }
}

void fmt_parse_spec(Realm *r, Value spec, FormatSpec *out) { fmt_parse_spec_for(r, spec, V_NULL, out); }

size_t fmt_group_digits_for_width(size_t n, size_t g, size_t min_width) {
    /* start from floor(w / (g + 1)) * g, whose grouped length is below w */
    size_t k = min_width / (g + 1) * g;
    if (k < n) k = n;
    if (k == 0) k = 1;
    while (k + (k - 1) / g < min_width) k++;   /* budget: at most g + 1 steps */
    return k < n ? n : k;
}

Value fmt_align(Realm *r, const FormatSpec *f, Value body, int64_t sign_len, char default_align) {
    int64_t n = str_len(body);
    if (f->width <= n) return body;
    char align = f->align;
    if (!align) align = f->zero && default_align == '>' ? '=' : default_align;
    int64_t pad = f->width - n, left;
    switch (align) {
    case '>': left = pad; break;
    case '^': left = pad / 2; break;
    default: left = 0; break;   /* '<' and '=' */
    }
    StrBuf b;
    strbuf_init(r, &b);
    /* the exact size up front: growing by doubling would hold the old and
     * the new buffer at once, three times the width, near a memory limit */
    int body_kind = str_ptr(body)->kind;
    strbuf_grow(&b, f->width, f->fill < 256 && body_kind == 1 ? 1 : 4);
    if (align == '=') {
        if (sign_len > n) sign_len = n;
        strbuf_add_substr(&b, body, 0, sign_len);
        strbuf_add_repeat(&b, f->fill, pad);
        strbuf_add_substr(&b, body, sign_len, n);
    } else {
        strbuf_add_repeat(&b, f->fill, left);
        strbuf_add_str(&b, body);
        strbuf_add_repeat(&b, f->fill, pad - left);
    }
    return strbuf_finish(&b);
}

Value str_format_spec(Realm *r, Value s, const FormatSpec *f) {
    /* the parser saw no type; str's default type 's' allows no grouping */
    if (f->grouping && f->type == 0) err_value(r, "Cannot specify '%c' with 's'.", (int)f->grouping);
    if (f->type != 0 && f->type != 's') {
        if (f->type > 32 && f->type < 128)
            err_value(r, "Unknown format code '%c' for object of type '%s'", (int)f->type, v_type(r, s)->name);
        err_value(r, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)f->type, v_type(r, s)->name);
    }
    if (f->sign) {
        if (f->sign == ' ') err_value(r, "Space not allowed in string format specifier");
        err_value(r, "Sign not allowed in string format specifier");
    }
    if (f->z) err_value(r, "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alt) err_value(r, "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=') err_value(r, "'=' alignment not allowed in string format specifier");
    Value body = s;
    if (f->precision >= 0 && f->precision < str_len(s)) body = str_substr(r, s, 0, f->precision);
    else body = str_exact(r, s);
    return fmt_align(r, f, body, 0, '<');
}

Value obj_format(Realm *r, Value v, Value spec) {
    if (spec == V_NULL) spec = r->empty_str;
    Type *t = v_type(r, v);
    bool empty = str_len(spec) == 0;
    if (t == r->t_str) {
        if (empty) return v;
        FormatSpec f;
        fmt_parse_spec_for(r, spec, v, &f);
        return str_format_spec(r, v, &f);
    }
    if (t == r->t_int || t == r->t_bool || t == r->t_float) {
        if (empty) return op_str(r, v);
        FormatSpec f;
        fmt_parse_spec_for(r, spec, v, &f);
        if (t == r->t_float) return float_format(r, float_as_double(r, v), &f);
        return int_format(r, v, &f);
    }
    Value res = op_call_special(r, v, NM(r, __format__), &spec, 1);
    if (res == V_NULL) {
        if (!empty) err_type(r, "unsupported format string passed to %s.__format__", t->name);
        return op_str(r, v);
    }
    if (!str_check(res)) err_type(r, "__format__ must return a str, not %T", res);
    return res;
}

Value str_dunder_format(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__format__", nargs - 1, kwnames, 1, 1);
    if (!str_check(args[1])) err_type(r, "__format__() argument must be str, not %T", args[1]);
    if (str_len(args[1]) == 0) return op_str(r, args[0]);   /* a subclass's __str__, as CPython */
    FormatSpec f;
    fmt_parse_spec_for(r, args[1], args[0], &f);
    return str_format_spec(r, args[0], &f);
}

/* ------------------------------------------------------------------ */
/* str.format                                                          */

typedef struct FmtCtx {
    Value *pos;           /* positional args */
    size_t npos;
    Value *kwvals;        /* keyword values, names in kwnames */
    Value kwnames;
    Value mapping;        /* format_map: V_NULL otherwise */
    int auto_state;       /* 0 init, 1 auto, 2 manual */
    int64_t auto_next;
} FmtCtx;

/* Decimal value of s[a:b) if all digits (any Unicode decimal), -1 if not or empty. */
static int64_t fmt_index_of(Realm *r, Value s, int64_t a, int64_t b) {
    if (a >= b) return -1;
    int64_t v = 0;
    for (int64_t i = a; i < b; i++) {
        int d = uni_decimal_value(str_char(str_ptr(s), i));
        if (d < 0) return -1;
        if (v > (INT64_MAX - d) / 10) err_value(r, "Too many decimal digits in format string");
        v = v * 10 + d;
    }
    return v;
}

static Value fmt_lookup_kw(Realm *r, FmtCtx *c, Value key) {
    if (c->mapping != V_NULL) return op_getitem(r, c->mapping, key);
    if (c->kwnames != V_NULL) {
        Tuple *kw = tuple_ptr(c->kwnames);
        for (int64_t i = 0; i < kw->len; i++)
            if (str_eq(kw->items[i], key)) return c->kwvals[i];
    }
    err_key(r, key);
}

/* The object named by field name s[a:b). */
static Value fmt_get_field(Realm *r, FmtCtx *c, Value s, int64_t a, int64_t b) {
    int64_t i = a;
    while (i < b) {
        uint32_t ch = str_char(str_ptr(s), i);
        if (ch == '.' || ch == '[') break;
        i++;
    }
    int64_t idx = fmt_index_of(r, s, a, i);
    bool empty = i == a;
    bool numeric = empty || idx != -1;
    if (c->auto_state == 0 && numeric) c->auto_state = empty ? 1 : 2;
    if (numeric) {
        if (c->auto_state == 2 && empty)
            err_value(r, "cannot switch from manual field specification to automatic field numbering");
        if (c->auto_state == 1 && !empty)
            err_value(r, "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = c->auto_next++;
    }
    Value obj;
    if (idx == -1) obj = fmt_lookup_kw(r, c, str_substr(r, s, a, i));
    else {
        if (c->mapping != V_NULL) err_value(r, "Format string contains positional fields");
        if ((uint64_t)idx >= c->npos)
            err_index(r, "Replacement index %lld out of range for positional args tuple", (long long)idx);
        obj = c->pos[idx];
    }
    while (i < b) {   /* budget */
        uint32_t ch = str_char(str_ptr(s), i++);
        int64_t start = i;
        if (ch == '.') {
            while (i < b) {
                uint32_t d = str_char(str_ptr(s), i);
                if (d == '.' || d == '[') break;
                i++;
            }
            if (i == start) err_value(r, "Empty attribute in format string");
            obj = op_getattr(r, obj, str_substr(r, s, start, i));
        } else if (ch == '[') {
            bool closed = false;
            while (i < b) {
                if (str_char(str_ptr(s), i) == ']') { closed = true; break; }
                i++;
            }
            if (!closed) err_value(r, "Missing ']' in format string");
            if (i == start) err_value(r, "Empty attribute in format string");
            int64_t k = fmt_index_of(r, s, start, i);
            Value key = k == -1 ? str_substr(r, s, start, i) : int_from_i64(r, k);
            obj = op_getitem(r, obj, key);
            i++;   /* the ']' */
        } else err_value(r, "Only '.' or '[' may follow ']' in format field specifier");
    }
    return obj;
}

static Value fmt_build(Realm *r, FmtCtx *c, Value s, int depth);

static void fmt_render(Realm *r, FmtCtx *c, StrBuf *b, Value s, int64_t fa, int64_t fb, uint32_t conv,
                       int64_t sa, int64_t sb, bool expand, int depth) {
    Value obj = fmt_get_field(r, c, s, fa, fb);
    switch (conv) {
    case 0: break;
    case 'r': obj = op_repr(r, obj); break;
    case 's': obj = op_str(r, obj); break;
    case 'a': obj = op_ascii(r, obj); break;
    default:
        if (conv > 32 && conv < 127) err_value(r, "Unknown conversion specifier %c", (int)conv);
        err_value(r, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
    Value spec = str_substr(r, s, sa, sb);
    if (expand) spec = fmt_build(r, c, spec, depth - 1);
    strbuf_add_str(b, obj_format(r, obj, spec));
}

static Value fmt_build(Realm *r, FmtCtx *c, Value s, int depth) {
    if (depth <= 0) err_value(r, "Max string recursion exceeded");
    StrBuf b;
    strbuf_init(r, &b);
    int64_t n = str_len(s), i = 0;
    while (i < n) {   /* budget */
        int64_t start = i;
        uint32_t ch = 0;
        bool markup = false;
        while (i < n) {
            ch = str_char(str_ptr(s), i++);
            if (ch == '{' || ch == '}') { markup = true; break; }
        }
        bool at_end = i >= n;
        int64_t len = i - start;
        if (markup && ch == '}' && (at_end || str_char(str_ptr(s), i) != '}'))
            err_value(r, "Single '}' encountered in format string");
        if (markup && at_end && ch == '{') err_value(r, "Single '{' encountered in format string");
        if (markup && !at_end) {
            if (str_char(str_ptr(s), i) == ch) { i++; markup = false; }
            else len--;
        }
        strbuf_add_substr(&b, s, start, start + len);
        if (!markup) continue;
        /* parse the field: name up to ':' '!' or '}' */
        int64_t fa = i, fb;
        uint32_t c2 = 0;
        while (i < n) {
            c2 = str_char(str_ptr(s), i++);
            if (c2 == '{') err_value(r, "unexpected '{' in field name");
            if (c2 == '[') {
                while (i < n && str_char(str_ptr(s), i) != ']') i++;
                continue;
            }
            if (c2 == '}' || c2 == ':' || c2 == '!') break;
        }
        fb = i - 1;
        uint32_t conv = 0;
        int64_t sa = i, sb = i;
        bool expand = false;
        if (c2 == '!' || c2 == ':') {
            if (c2 == '!') {
                if (i >= n) err_value(r, "end of string while looking for conversion specifier");
                conv = str_char(str_ptr(s), i++);
                if (i < n) {
                    uint32_t c3 = str_char(str_ptr(s), i++);
                    if (c3 == '}') {
                        fmt_render(r, c, &b, s, fa, fb, conv, i, i, false, depth);
                        continue;
                    }
                    if (c3 != ':') err_value(r, "expected ':' after conversion specifier");
                }
            }
            sa = i;
            int64_t count = 1;
            bool done = false;
            while (i < n) {
                uint32_t c3 = str_char(str_ptr(s), i++);
                if (c3 == '{') { expand = true; count++; }
                else if (c3 == '}') {
                    if (--count == 0) { sb = i - 1; done = true; break; }
                }
            }
            if (!done) err_value(r, "unmatched '{' in format spec");
        } else if (c2 != '}' || fb < fa) {
            if (c2 != '}') err_value(r, "expected '}' before end of string");
        }
        if (c2 == '}' && fb < fa) fb = fa;   /* '{}' */
        fmt_render(r, c, &b, s, fa, fb, conv, sa, sb, expand, depth);
    }
    return strbuf_finish(&b);
}

Value str_format_method(Realm *r, Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1 || !str_check(args[0])) err_type(r, "descriptor 'format' requires a 'str' object");
    FmtCtx c = {args + 1, nargs - 1, args + nargs, kwnames, V_NULL, 0, 0};
    return fmt_build(r, &c, args[0], 2);
}

Value str_format_map_method(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "str.format_map", nargs - 1, kwnames, 1, 1);
    FmtCtx c = {NULL, 0, NULL, V_NULL, args[1], 0, 0};
    return fmt_build(r, &c, args[0], 2);
}

/* ------------------------------------------------------------------ */
/* printf-style formatting: str % args                                 */

enum { PF_LEFT = 1, PF_SIGN = 2, PF_SPACE = 4, PF_ALT = 8, PF_ZERO = 16 };

/* Pads body (with its sign/prefix of `head` characters) to width. */
static void pf_emit(StrBuf *b, Value body, int64_t head, int flags, int64_t width, bool numeric) {
    int64_t n = str_len(body);
    int64_t pad = width > n ? width - n : 0;
    if (flags & PF_LEFT) {
        strbuf_add_str(b, body);
        strbuf_add_repeat(b, ' ', pad);
    } else if ((flags & PF_ZERO) && numeric) {
        strbuf_add_substr(b, body, 0, head);
        strbuf_add_repeat(b, '0', pad);
        strbuf_add_substr(b, body, head, n);
    } else {
        strbuf_add_repeat(b, ' ', pad);
        strbuf_add_str(b, body);
    }
}

/* Integer conversions d i u o x X: returns the body and its head length. */
static Value pf_int(Realm *r, Value v, uint32_t conv, int flags, int64_t prec, int64_t *head,
                    bool bytes_mode) {
    Value iv;
    Type *t = v_type(r, v);
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (int_check(r, v)) iv = v;
        else if (float_check(r, v)) iv = int_from_double(r, float_as_double(r, v));
        else if (t->index) iv = num_index(r, v);
        else if (t->to_int) iv = t->to_int(r, v);
        else err_type(r, "%%%c format: a real number is required, not %s",
                      (int)(bytes_mode && conv == 'i' ? 'd' : conv), t->name);   /* CPython's bytes say %d */
    } else {
        if (int_check(r, v)) iv = v;
        else if (t->index) iv = num_index(r, v);
        else err_type(r, "%%%c format: an integer is required, not %s", (int)conv, t->name);
    }
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    Value digits = int_to_str(r, iv, base);
    Str *d = str_ptr(digits);
    bool neg = d->len > 0 && d->data[0] == '-';
    int64_t skip = (neg ? 1 : 0) + (base != 10 ? 2 : 0);   /* sign and 0x/0o prefix */
    StrBuf b;
    strbuf_init(r, &b);
    if (neg) strbuf_add_char(&b, '-');
    else if (flags & PF_SIGN) strbuf_add_char(&b, '+');
    else if (flags & PF_SPACE) strbuf_add_char(&b, ' ');
    if ((flags & PF_ALT) && base != 10) {
        strbuf_add_char(&b, '0');
        strbuf_add_char(&b, conv == 'o' ? 'o' : conv);
    }
    *head = b.len;
    int64_t nd = d->len - skip;
    if (prec > nd) strbuf_add_repeat(&b, '0', prec - nd);
    for (int64_t i = skip; i < d->len; i++) {
        uint8_t ch = str_ptr(digits)->data[i];
        if (conv == 'X' && ch >= 'a' && ch <= 'f') ch -= 32;
        strbuf_add_char(&b, ch);
    }
    return strbuf_finish(&b);
}

static Value pf_float(Realm *r, Value v, uint32_t conv, int flags, int64_t prec, int64_t *head,
                      bool bytes_mode) {
    Type *t = v_type(r, v);
    if (!float_check(r, v) && !int_check(r, v) && !t->to_float && !t->index)
        err_type(r, bytes_mode ? "float argument required, not %s" : "must be real number, not %s", t->name);
    double x = float_as_double(r, v);
    if (prec < 0) prec = 6;
    if (prec > INT32_MAX / 2) err_value(r, "precision too big");
    char small[64];
    size_t need = dtoa_format(x, (char)conv, (int)prec, (flags & PF_ALT) != 0, small, sizeof small);
    const char *txt = small;
    if (need > sizeof small) {
        Value tmp = bytes_alloc(r, need);
        dtoa_format(x, (char)conv, (int)prec, (flags & PF_ALT) != 0, (char *)bytes_ptr(tmp)->data, need);
        txt = (const char *)bytes_ptr(tmp)->data;
    }
    StrBuf b;
    strbuf_init(r, &b);
    size_t k = 0;
    if (txt[0] == '-') { strbuf_add_char(&b, '-'); k = 1; }
    else if (flags & PF_SIGN) strbuf_add_char(&b, '+');
    else if (flags & PF_SPACE) strbuf_add_char(&b, ' ');
    *head = b.len;
    strbuf_add_ascii(&b, txt + k, need - k);
    return strbuf_finish(&b);
}

static Value pf_char(Realm *r, Value v) {
    if (str_check(v)) {
        if (str_len(v) != 1) err_type(r, "%%c requires int or char");
        return str_exact(r, v);
    }
    if (!int_check(r, v) && !v_type(r, v)->index) err_type(r, "%%c requires int or char");
    Value iv = int_check(r, v) ? v : num_index(r, v);
    int64_t c;
    if (!int_to_i64(r, iv, &c) || c < 0 || c > 0x10FFFF) err_overflow(r, "%%c arg not in range(0x110000)");
    return str_from_char(r, (uint32_t)c);
}

/* %s / %b of bytes formatting: the bytes as a latin-1 str. */
static Value pf_bytes_arg(Realm *r, Value v) {
    int64_t n;
    const uint8_t *d = bytes_buffer(r, v, &n);
    if (!d && !str_check(v)) {
        Value b = op_call_special(r, v, NM(r, __bytes__), NULL, 0);
        if (b != V_NULL) {
            if (!bytes_check(r, b)) err_type(r, "__bytes__ returned non-bytes (type %T)", b);
            d = bytes_buffer(r, b, &n);
        }
    }
    if (!d)
        err_type(r, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                 v_type(r, v)->name);
    return str_new_latin1(r, d, (size_t)n);
}

static Value pf_byte_char(Realm *r, Value v) {
    int64_t n;
    const uint8_t *d = bytes_buffer(r, v, &n);
    if (d) {
        if (n != 1) err_type(r, "%%c requires an integer in range(256) or a single byte");
        return str_from_char(r, d[0]);
    }
    if (!int_check(r, v) && !v_type(r, v)->index) err_type(r, "%%c requires an integer in range(256) or a single byte");
    Value iv = int_check(r, v) ? v : num_index(r, v);
    int64_t c;
    if (!int_to_i64(r, iv, &c) || c < 0 || c > 255) err_overflow(r, "%%c arg not in range(256)");
    return str_from_char(r, (uint32_t)c);
}

static Value pf_format(Realm *r, Value fmt, Value args, bool bytes_mode);

Value str_percent(Realm *r, Value fmt, Value args) { return pf_format(r, fmt, args, false); }

Value bytes_percent(Realm *r, Value fmt, Value args) {
    int64_t n;
    const uint8_t *d = bytes_buffer(r, fmt, &n);
    Value sfmt = str_new_latin1(r, d, (size_t)n);
    Value res = pf_format(r, sfmt, args, true);
    Str *s = str_ptr(res);   /* every piece is latin-1 in bytes mode */
    return bytes_new(r, s->data, (size_t)s->len);
}

static Value pf_format(Realm *r, Value fmt, Value args, bool bytes_mode) {
    Value *items;
    int64_t nitems, next = 0;
    bool is_tuple = v_is_obj(args) && (v_obj(args)->type->flags & TF_TUPLE_SUB);
    Value single = args;
    if (is_tuple) { items = tuple_ptr(args)->items; nitems = tuple_ptr(args)->len; }
    else { items = &single; nitems = 1; }
    Value dict = V_NULL;
    Type *at = v_type(r, args);
    /* bytes % bytes: the argument is not a mapping (str % bytes: it is) */
    if (!is_tuple && !str_check(args) && v_is_obj(args) && !(bytes_mode && bytes_check(r, args)) &&
        (at->getitem || type_lookup(r, at, NM(r, __getitem__)) != V_NULL))
        dict = args;
    StrBuf b;
    strbuf_init(r, &b);
    int64_t n = str_len(fmt), i = 0;
#define NEXT_ARG() (next < nitems ? items[next++] : (err_type(r, "not enough arguments for format string"), V_NULL))
    while (i < n) {   /* budget */
        int64_t start = i;
        while (i < n && str_char(str_ptr(fmt), i) != '%') i++;
        strbuf_add_substr(&b, fmt, start, i);
        if (i >= n) break;
        i++;   /* '%' */
        int64_t spec_start = i;
        Value arg = V_NULL;
        if (i < n && str_char(str_ptr(fmt), i) == '(') {
            if (dict == V_NULL) err_type(r, "format requires a mapping");
            int64_t depth = 1, ks = ++i;
            while (i < n && depth > 0) {
                uint32_t c = str_char(str_ptr(fmt), i);
                if (c == '(') depth++;
                else if (c == ')') depth--;
                i++;
            }
            if (depth > 0) err_value(r, "incomplete format key");
            Value key = str_substr(r, fmt, ks, i - 1);
            if (bytes_mode) key = bytes_new(r, str_ptr(key)->data, (size_t)str_ptr(key)->len);
            /* as CPython: the value found becomes the argument list, good
             * for one conversion ('*' included): '%(a)s %s' lacks one */
            single = op_getitem(r, dict, key);
            items = &single;
            nitems = 1;
            next = 0;
        }
        int flags = 0;
        for (; i < n; i++) {
            uint32_t c = str_char(str_ptr(fmt), i);
            if (c == '-') flags |= PF_LEFT;
            else if (c == '+') flags |= PF_SIGN;
            else if (c == ' ') flags |= PF_SPACE;
            else if (c == '#') flags |= PF_ALT;
            else if (c == '0') flags |= PF_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (i < n && str_char(str_ptr(fmt), i) == '*') {
            Value w = NEXT_ARG();
            if (!int_check(r, w)) err_type(r, "* wants int");
            if (!int_to_i64(r, w, &width))
                err_format(r, EXC(r, OverflowError), "Python int too large to convert to C ssize_t");
            if (width < 0) { flags |= PF_LEFT; width = width == INT64_MIN ? INT64_MAX : -width; }
            i++;
        } else {
            while (i < n) {
                int d = (int)str_char(str_ptr(fmt), i) - '0';
                if (d < 0 || d > 9) break;
                if (width < 0) width = 0;
                if (width > (INT64_MAX - d) / 10) err_value(r, "width too big");
                width = width * 10 + d;
                i++;
            }
        }
        if (i < n && str_char(str_ptr(fmt), i) == '.') {
            i++;
            prec = 0;
            if (i < n && str_char(str_ptr(fmt), i) == '*') {
                Value p = NEXT_ARG();
                if (!int_check(r, p)) err_type(r, "* wants int");
                if (!int_to_i64(r, p, &prec) || prec > INT32_MAX || prec < INT32_MIN)
                    err_format(r, EXC(r, OverflowError), "Python int too large to convert to C int");
                if (prec < 0) prec = 0;
                i++;
            } else {
                while (i < n) {
                    int d = (int)str_char(str_ptr(fmt), i) - '0';
                    if (d < 0 || d > 9) break;
                    if (prec > (INT64_MAX - d) / 10) err_value(r, "precision too big");
                    prec = prec * 10 + d;
                    i++;
                }
            }
        }
        while (i < n) {   /* length modifiers are accepted and ignored */
            uint32_t c = str_char(str_ptr(fmt), i);
            if (c != 'h' && c != 'l' && c != 'L') break;
            i++;
        }
        if (i >= n) err_value(r, "incomplete format");
        uint32_t conv = str_char(str_ptr(fmt), i++);
        /* "%%" is a literal only right after the '%'; "%5%" consumes an
         * argument and then rejects '%' as a conversion, as CPython does */
        if (conv == '%' && i - 1 == spec_start) { strbuf_add_char(&b, '%'); continue; }
        arg = NEXT_ARG();
        Value body;
        int64_t head = 0;
        bool numeric = false;
        if (bytes_mode && (conv == 's' || conv == 'b' || conv == 'r' || conv == 'a' || conv == 'c')) {
            if (conv == 'c') body = pf_byte_char(r, arg);
            else {
                body = conv == 'r' || conv == 'a' ? op_ascii(r, arg) : pf_bytes_arg(r, arg);
                if (prec >= 0 && prec < str_len(body)) body = str_substr(r, body, 0, prec);
            }
            pf_emit(&b, body, 0, flags, width, false);
            continue;
        }
        switch (conv) {
        case 's': case 'r': case 'a':
            body = conv == 's' ? op_str(r, arg) : conv == 'r' ? op_repr(r, arg) : op_ascii(r, arg);
            if (prec >= 0 && prec < str_len(body)) body = str_substr(r, body, 0, prec);
            break;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            body = pf_int(r, arg, conv, flags, prec, &head, bytes_mode);
            numeric = true;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            body = pf_float(r, arg, conv, flags, prec, &head, bytes_mode);
            numeric = true;
            break;
        case 'c':
            body = pf_char(r, arg);
            break;
        default:
            if (conv > 32 && conv < 127)
                err_value(r, "unsupported format character '%c' (0x%x) at index %lld", (int)conv,
                          (unsigned)conv, (long long)(i - 1));
            err_value(r, "unsupported format character '\\x%x' (0x%x) at index %lld", (unsigned)conv,
                      (unsigned)conv, (long long)(i - 1));
        }
        pf_emit(&b, body, head, flags, width, numeric);
    }
#undef NEXT_ARG
    if (next < nitems && dict == V_NULL)
        err_type(r, bytes_mode ? "not all arguments converted during bytes formatting"
                               : "not all arguments converted during string formatting");
    return strbuf_finish(&b);
}

Value str_mod(Realm *r, Value a, Value b) {
    if (!str_check(a)) return r->notimpl;
    return str_percent(r, a, b);
}
