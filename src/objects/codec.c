/* codec: the text encodings built into asp (utf-8, utf-8-sig, utf-16,
 * utf-16-le/-be, utf-32, utf-32-le/-be, latin-1, ascii), their names and
 * aliases, and the error handlers.  One code path per codec: str.encode,
 * bytes.decode, str(b, enc, errors), bytes(s, enc) and the codecs module all
 * go through codec_encode / codec_decode.
 *
 * Invariants:
 *  - Names are normalised as CPython's codec registry does (ASCII
 *    lower-casing; every run of characters other than letters, digits and
 *    '.' becomes one '_', none at either end) and then looked up among the
 *    aliases CPython's encodings package knows for these codecs.
 *  - An error handler is looked up only when an error happens, as CPython
 *    does, so "x".encode("ascii", "bogus") succeeds.
 *  - Decoding reads a bytes object (immutable): a Python error handler may
 *    run arbitrary code, which could otherwise resize a bytearray under us.
 *  - utf-16 and utf-32 write a little-endian BOM (the byte order CPython uses
 *    on the machines asp targets) and decoding consumes either BOM.
 *  - Every loop over guest data counts steps (limits_count) so a long
 *    conversion stays interruptible. */
#include <string.h>
#include "objects/strimpl.h"
#include "core/heap.h"
#include "core/limits.h"
#include "core/unicode.h"
#include "vm/ops.h"

/* ------------------------------------------------------------------ */
/* names                                                               */

typedef struct CodecAlias { const char *alias; int codec; } CodecAlias;

/* Normalised names (see the file comment) of the codec modules and of the
 * aliases CPython 3.13's encodings.aliases maps to them. */
static const CodecAlias codec_aliases[] = {
    {"utf_8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
    {"utf8_ucs2", CODEC_UTF8}, {"utf8_ucs4", CODEC_UTF8}, {"cp65001", CODEC_UTF8},
    {"utf_8_sig", CODEC_UTF8_SIG},
    {"utf_16", CODEC_UTF16}, {"utf16", CODEC_UTF16}, {"u16", CODEC_UTF16},
    {"utf_16_le", CODEC_UTF16_LE}, {"utf_16le", CODEC_UTF16_LE}, {"unicodelittleunmarked", CODEC_UTF16_LE},
    {"utf_16_be", CODEC_UTF16_BE}, {"utf_16be", CODEC_UTF16_BE}, {"unicodebigunmarked", CODEC_UTF16_BE},
    {"utf_32", CODEC_UTF32}, {"utf32", CODEC_UTF32}, {"u32", CODEC_UTF32},
    {"utf_32_le", CODEC_UTF32_LE}, {"utf_32le", CODEC_UTF32_LE},
    {"utf_32_be", CODEC_UTF32_BE}, {"utf_32be", CODEC_UTF32_BE},
    {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1}, {"l1", CODEC_LATIN1},
    {"iso8859", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1},
    {"iso_8859_1_1987", CODEC_LATIN1}, {"iso_ir_100", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
    {"cp819", CODEC_LATIN1}, {"ibm819", CODEC_LATIN1}, {"csisolatin1", CODEC_LATIN1},
    {"ascii", CODEC_ASCII}, {"us_ascii", CODEC_ASCII}, {"us", CODEC_ASCII}, {"646", CODEC_ASCII},
    {"ansi_x3.4_1968", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII}, {"ansi_x3.4_1986", CODEC_ASCII},
    {"cp367", CODEC_ASCII}, {"csascii", CODEC_ASCII}, {"ibm367", CODEC_ASCII}, {"iso646_us", CODEC_ASCII},
    {"iso_646.irv_1991", CODEC_ASCII}, {"iso_ir_6", CODEC_ASCII},
    {NULL, 0},
};

/* codecs.lookup(x).name, and the name exceptions carry. */
static const char *const codec_info_names[CODEC__COUNT] = {
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
    "iso8859-1", "ascii",
};
static const char *const codec_err_names[CODEC__COUNT] = {
    "utf-8", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
    "latin-1", "ascii",
};

const char *codec_name(int codec) { return codec_info_names[codec]; }

int codec_lookup(Realm *r, Value enc) {
    if (enc == V_NULL) return CODEC_UTF8;
    Str *s = str_ptr(enc);
    /* CPython's fast path spellings first */
    if (s->ascii) {
        if (s->len == 5 && !memcmp(s->data, "utf-8", 5)) return CODEC_UTF8;
        if (s->len == 4 && !memcmp(s->data, "utf8", 4)) return CODEC_UTF8;
        if (s->len == 5 && !memcmp(s->data, "ascii", 5)) return CODEC_ASCII;
        if (s->len == 7 && !memcmp(s->data, "latin-1", 7)) return CODEC_LATIN1;
    }
    char norm[32];
    size_t n = 0;
    bool sep = false;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_char(s, i);
        if (c == 0) err_value(r, "embedded null character");
        if (c >= 128) goto unknown;
        if (c >= 'A' && c <= 'Z') c += 32;
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
        if (!keep) { sep = true; continue; }
        if (n + 2 >= sizeof norm) goto unknown;   /* longer than every alias */
        if (sep && n) norm[n++] = '_';
        sep = false;
        norm[n++] = (char)c;
    }
    norm[n] = 0;
    for (const CodecAlias *a = codec_aliases; a->alias; a++)
        if (!strcmp(a->alias, norm)) return a->codec;
unknown:
    for (int64_t i = 0; i < s->len; i++)   /* CPython checks NULs first */
        if (str_char(s, i) == 0) err_value(r, "embedded null character");
    err_format(r, EXC(r, LookupError), "unknown encoding: %U", enc);
}

/* ------------------------------------------------------------------ */
/* error handlers                                                      */

enum { EH_UNRESOLVED = -1, EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_XMLCHARREF,
       EH_NAMEREPLACE, EH_SURROGATEESCAPE, EH_SURROGATEPASS, EH_CUSTOM };

static const char *const codec_eh_names[] = {
    "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
    "surrogateescape", "surrogatepass",
};
#define EH_BUILTIN_COUNT 8

const char *codec_error_name(int eh) {
    return eh >= 0 && eh < EH_BUILTIN_COUNT ? codec_eh_names[eh] : NULL;
}

/* The handler for `errors`: a built-in number, or EH_CUSTOM with *fn set to
 * the callable registered by codecs.register_error. */
int codec_resolve_error(Realm *r, Value errors, Value *fn) {
    *fn = V_NULL;
    if (errors == V_NULL) return EH_STRICT;
    if (r->codec_errors != V_NULL) {
        Value f = dict_get(r, r->codec_errors, errors);
        if (f != V_NULL) { *fn = f; return EH_CUSTOM; }
    }
    size_t n;
    const char *s = str_utf8(r, errors, &n);
    for (int i = 0; i < EH_BUILTIN_COUNT; i++)
        if (strlen(codec_eh_names[i]) == n && !memcmp(codec_eh_names[i], s, n)) return i;
    err_format(r, EXC(r, LookupError), "unknown error handler name %R", errors);
}

/* ------------------------------------------------------------------ */
/* output buffer for encoders: a bytearray-like raw buffer owned by a  */
/* bytes object, so a collection (or a raise) never leaks it           */

typedef struct OutBuf { Realm *r; Value b; int64_t len, cap; } OutBuf;

static void out_grow(OutBuf *o, size_t extra) {
    int64_t need;
    if (extra > (size_t)INT64_MAX / 4 || __builtin_add_overflow(o->len, (int64_t)extra, &need) ||
        need > INT64_MAX / 4)
        err_no_memory(o->r);
    if (need <= o->cap) return;
    int64_t cap = o->cap * 2;
    if (cap < need) cap = need;
    if (cap < 64) cap = 64;
    Value nb = bytes_alloc(o->r, (size_t)cap);
    if (o->len) memcpy(bytes_ptr(nb)->data, bytes_ptr(o->b)->data, (size_t)o->len);
    o->b = nb;
    o->cap = cap;
}

static inline void out_add(OutBuf *o, const void *p, size_t n) {
    out_grow(o, n);
    if (n) memcpy(bytes_ptr(o->b)->data + o->len, p, n);
    o->len += (int64_t)n;
}

static Value out_finish(OutBuf *o) {
    if (o->len == 0) return bytes_new(o->r, NULL, 0);
    return bytes_new(o->r, bytes_ptr(o->b)->data, (size_t)o->len);
}

/* ------------------------------------------------------------------ */
/* encoding                                                            */

static bool codec_is_utf(int codec) { return codec <= CODEC_UTF32_BE; }
static bool codec_is_16(int codec) { return codec >= CODEC_UTF16 && codec <= CODEC_UTF16_BE; }
static bool codec_is_32(int codec) { return codec >= CODEC_UTF32 && codec <= CODEC_UTF32_BE; }
static bool codec_big_endian(int codec) { return codec == CODEC_UTF16_BE || codec == CODEC_UTF32_BE; }

static size_t codec_utf8_put(uint8_t *o, uint32_t cp) {
    if (cp < 0x80) { o[0] = (uint8_t)cp; return 1; }
    if (cp < 0x800) { o[0] = (uint8_t)(0xC0 | (cp >> 6)); o[1] = (uint8_t)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (cp >> 12)); o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (cp >> 18)); o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

static size_t codec_put16(uint8_t *o, uint32_t u, bool be) {
    o[be ? 1 : 0] = (uint8_t)u;
    o[be ? 0 : 1] = (uint8_t)(u >> 8);
    return 2;
}

/* Encodes one code point the codec accepts (surrogates included: the
 * callers decide whether they may pass) into o (room for 4 bytes). */
static size_t codec_put(int codec, uint8_t *o, uint32_t c) {
    bool be = codec_big_endian(codec);
    switch (codec) {
    case CODEC_UTF8: case CODEC_UTF8_SIG: return codec_utf8_put(o, c);
    case CODEC_UTF16: case CODEC_UTF16_LE: case CODEC_UTF16_BE:
        if (c >= 0x10000) {
            c -= 0x10000;
            codec_put16(o, 0xD800 | (c >> 10), be);
            return 2 + codec_put16(o + 2, 0xDC00 | (c & 0x3FF), be);
        }
        return codec_put16(o, c, be);
    case CODEC_UTF32: case CODEC_UTF32_LE: case CODEC_UTF32_BE:
        for (int i = 0; i < 4; i++) o[be ? 3 - i : i] = (uint8_t)(c >> (8 * i));
        return 4;
    default:
        o[0] = (uint8_t)c;
        return 1;
    }
}

static bool codec_can_encode(int codec, uint32_t c) {
    if (codec == CODEC_ASCII) return c < 0x80;
    if (codec == CODEC_LATIN1) return c < 0x100;
    return c < 0xD800 || c > 0xDFFF;
}

static const char *codec_encode_reason(int codec) {
    return codec == CODEC_ASCII ? "ordinal not in range(128)"
         : codec == CODEC_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
}

static Value codec_encode_exc(Realm *r, int codec, Value s, int64_t start, int64_t end) {
    Value args[5];
    args[0] = str_from_cstr(r, codec_err_names[codec]);
    args[1] = s;
    args[2] = int_from_i64(r, start);
    args[3] = int_from_i64(r, end);
    args[4] = str_from_cstr(r, codec_encode_reason(codec));
    return exc_new(r, EXC(r, UnicodeEncodeError), args, 5);
}

_Noreturn static void codec_raise_encode(Realm *r, int codec, Value s, int64_t start, int64_t end) {
    err_raise(r, codec_encode_exc(r, codec, s, start, end));
}

static void codec_add_ascii(OutBuf *o, int codec, const char *p, size_t n) {
    for (size_t i = 0; i < n; i++) {   /* ASCII is encodable by every codec here */
        uint8_t tmp[4];
        out_add(o, tmp, codec_put(codec, tmp, (uint8_t)p[i]));
    }
}

static const char codec_hex[] = "0123456789abcdef";

/* "\xe9", "\u20ac" or "\U0001f600" into buf; returns the length. */
static size_t codec_escape(char *buf, uint32_t d) {
    int nd = d < 0x100 ? 2 : d < 0x10000 ? 4 : 8;
    buf[0] = '\\';
    buf[1] = d < 0x100 ? 'x' : d < 0x10000 ? 'u' : 'U';
    for (int k = 0; k < nd; k++) buf[2 + k] = codec_hex[(d >> (4 * (nd - 1 - k))) & 0xF];
    return (size_t)nd + 2;
}

static size_t codec_xmlref(char *buf, uint32_t d) {   /* buf: 16 bytes */
    char tmp[16];
    int k = 15;
    tmp[k--] = ';';
    do { tmp[k--] = (char)('0' + d % 10); d /= 10; } while (d);
    tmp[k--] = '#';
    tmp[k] = '&';
    memcpy(buf, tmp + k, (size_t)(16 - k));
    return (size_t)(16 - k);
}

/* Appends the replacement a handler returned: str (encoded with the codec;
 * a character it cannot encode, or for the utf codecs any non-ASCII one,
 * raises the original error) or bytes. */
static void codec_add_replacement(OutBuf *o, int codec, Value rep, Value s, int64_t start, int64_t end) {
    Realm *r = o->r;
    if (str_check(rep)) {
        Str *p = str_ptr(rep);
        for (int64_t j = 0; j < p->len; j++) {
            uint32_t c = str_char(str_ptr(rep), j);
            /* the utf codecs take ASCII replacements only, as CPython's */
            if (!codec_can_encode(codec, c) || (codec_is_utf(codec) && c >= 0x80))
                codec_raise_encode(r, codec, s, start, end);
            uint8_t tmp[4];
            out_add(o, tmp, codec_put(codec, tmp, c));
        }
        return;
    }
    Bytes *b = bytes_ptr(rep);
    if ((codec_is_16(codec) && (b->len & 1)) || (codec_is_32(codec) && (b->len & 3)))
        codec_raise_encode(r, codec, s, start, end);
    out_add(o, b->data, (size_t)b->len);
}

/* Index adjustment of a handler's new position as CPython does it. */
static int64_t codec_newpos(Realm *r, Value v, int64_t len) {
    int64_t p;
    if (!int_to_i64(r, v, &p)) p = INT64_MAX;
    if (p < 0 && p != INT64_MIN) p += len;
    if (p < 0 || p > len) err_format(r, EXC(r, IndexError), "position %lld from error handler out of bounds", (long long)(p == INT64_MAX ? p : p < 0 ? p - len : p));
    return p;
}

static Value codec_call_handler(Realm *r, Value fn, Value exc, bool decode) {
    Value res = op_call1(r, fn, exc);
    if (!(v_is_obj(res) && (v_obj(res)->type->flags & TF_TUPLE_SUB)) || tuple_ptr(res)->len != 2 ||
        !(str_check(tuple_ptr(res)->items[0]) || (!decode && bytes_check(r, tuple_ptr(res)->items[0]))))
        err_type(r, decode ? "decoding error handler must return (str, int) tuple"
                           : "encoding error handler must return (str/bytes, int) tuple");
    return res;
}

/* Handles the unencodable s[start:end]; returns where encoding resumes. */
static int64_t codec_encode_error(OutBuf *o, int codec, Value s, int64_t start, int64_t end,
                                  Value errors, int *eh, Value *fn) {
    Realm *r = o->r;
    if (*eh == EH_UNRESOLVED) *eh = codec_resolve_error(r, errors, fn);
    char tmp[24];
    switch (*eh) {
    case EH_STRICT: codec_raise_encode(r, codec, s, start, end);
    case EH_IGNORE: return end;
    case EH_REPLACE:
        for (int64_t j = start; j < end; j++) codec_add_ascii(o, codec, "?", 1);   /* budget */
        return end;
    case EH_BACKSLASH:
        for (int64_t j = start; j < end; j++)   /* budget */
            codec_add_ascii(o, codec, tmp, codec_escape(tmp, str_char(str_ptr(s), j)));
        return end;
    case EH_XMLCHARREF:
        for (int64_t j = start; j < end; j++)   /* budget */
            codec_add_ascii(o, codec, tmp, codec_xmlref(tmp, str_char(str_ptr(s), j)));
        return end;
    case EH_NAMEREPLACE:
        for (int64_t j = start; j < end; j++) {   /* budget */
            uint32_t c = str_char(str_ptr(s), j);
            char name[UNI_NAME_BUFSIZE];
            size_t n = uni_name(c, name, sizeof name);
            if (n) {
                codec_add_ascii(o, codec, "\\N{", 3);
                codec_add_ascii(o, codec, name, n);
                codec_add_ascii(o, codec, "}", 1);
            } else codec_add_ascii(o, codec, tmp, codec_escape(tmp, c));
        }
        return end;
    case EH_SURROGATEESCAPE: {
        if (codec_is_16(codec) || codec_is_32(codec)) {
            /* one character at a time: its single byte never fills a unit */
            codec_raise_encode(r, codec, s, start, end);
        }
        /* the escapable prefix goes out; the rest fails, as in CPython */
        int64_t j = start;
        for (; j < end; j++) {
            uint32_t c = str_char(str_ptr(s), j);
            if (c < 0xDC80 || c > 0xDCFF) break;
            uint8_t b = (uint8_t)(c - 0xDC00);
            out_add(o, &b, 1);
        }
        if (j < end) codec_raise_encode(r, codec, s, j, end);
        return end;
    }
    case EH_SURROGATEPASS:
        if (!codec_is_utf(codec)) codec_raise_encode(r, codec, s, start, end);
        for (int64_t j = start; j < end; j++) {
            uint32_t c = str_char(str_ptr(s), j);
            if (c < 0xD800 || c > 0xDFFF) codec_raise_encode(r, codec, s, start, end);
            uint8_t b[4];
            out_add(o, b, codec_put(codec, b, c));
        }
        return end;
    default: {
        Value exc = codec_encode_exc(r, codec, s, start, end);
        Value res = codec_call_handler(r, *fn, exc, false);
        codec_add_replacement(o, codec, tuple_ptr(res)->items[0], s, start, end);
        return codec_newpos(r, num_index(r, tuple_ptr(res)->items[1]), str_ptr(s)->len);
    }
    }
}

/* The common case: every character encodable.  One pass sizes the result
 * (or finds an unencodable character: V_NULL, the caller takes the general
 * path), a second writes it without further checks. */
static Value codec_encode_fast(Realm *r, int codec, Value s) {
    Str *p = str_ptr(s);
    int64_t n = p->len;
    int64_t size = codec == CODEC_UTF8_SIG ? 3 : codec == CODEC_UTF16 ? 2 : codec == CODEC_UTF32 ? 4 : 0;
    int unit = codec_is_16(codec) ? 2 : codec_is_32(codec) ? 4 : 1;
    if (p->kind == 1 && (codec == CODEC_UTF8 || codec == CODEC_UTF8_SIG)) {
        /* latin-1 text: one byte below 0x80, two above */
        int64_t hi = 0;
        for (int64_t i = 0; i < n; i++) hi += p->data[i] >> 7;   /* budget: counted by the caller */
        Value b = bytes_alloc(r, (size_t)(size + n + hi));
        p = str_ptr(s);
        uint8_t *o = bytes_ptr(b)->data;
        if (size) { memcpy(o, "\xEF\xBB\xBF", 3); o += 3; }
        for (int64_t i = 0; i < n; i++) {   /* budget: counted by the caller */
            uint8_t c = p->data[i];
            if (c < 0x80) *o++ = c;
            else { o[0] = (uint8_t)(0xC0 | (c >> 6)); o[1] = (uint8_t)(0x80 | (c & 0x3F)); o += 2; }
        }
        return b;
    }
    for (int64_t i = 0; i < n; i++) {   /* budget: counted by the caller */
        uint32_t c = str_char(p, i);
        if (!codec_can_encode(codec, c)) return V_NULL;
        if (unit == 1 && codec_is_utf(codec)) size += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        else if (unit == 2) size += c >= 0x10000 ? 4 : 2;
        else size += unit;
    }
    Value b = bytes_alloc(r, (size_t)size);
    p = str_ptr(s);
    uint8_t *o = bytes_ptr(b)->data;
    if (codec == CODEC_UTF8_SIG) { memcpy(o, "\xEF\xBB\xBF", 3); o += 3; }
    else if (codec == CODEC_UTF16) { memcpy(o, "\xFF\xFE", 2); o += 2; }
    else if (codec == CODEC_UTF32) { memcpy(o, "\xFF\xFE\0\0", 4); o += 4; }
    if (p->kind == 1 && unit == 1 && !codec_is_utf(codec)) {
        memcpy(o, p->data, (size_t)n);
        return b;
    }
    for (int64_t i = 0; i < n; i++)   /* budget: counted by the caller */
        o += codec_put(codec, o, str_char(p, i));
    return b;
}

Value codec_encode(Realm *r, int codec, Value s, Value errors) {
    Str *p = str_ptr(s);
    int64_t n = p->len;
    limits_count(r, (uint64_t)n / 16 + 1);
    /* fast paths: every character encodable */
    if ((codec == CODEC_UTF8 || codec == CODEC_ASCII || codec == CODEC_LATIN1) && p->ascii)
        return bytes_new(r, p->data, (size_t)n);
    if (codec == CODEC_LATIN1 && p->kind == 1) return bytes_new(r, p->data, (size_t)n);
    if (v_obj(s)->type != r->t_str) s = str_exact(r, s);   /* the exception's object is a str */
    Value fast = codec_encode_fast(r, codec, s);
    if (fast != V_NULL) return fast;
    OutBuf o = {r, V_NULL, 0, 0};
    uint8_t tmp[4];
    if (codec == CODEC_UTF8_SIG) out_add(&o, "\xEF\xBB\xBF", 3);
    else if (codec == CODEC_UTF16) out_add(&o, "\xFF\xFE", 2);
    else if (codec == CODEC_UTF32) out_add(&o, "\xFF\xFE\0\0", 4);
    int eh = EH_UNRESOLVED;
    Value fn = V_NULL;
    out_grow(&o, (size_t)n);
    for (int64_t i = 0; i < n;) {   /* budget: counted above */
        uint32_t c = str_char(str_ptr(s), i);
        if (codec_can_encode(codec, c)) {
            out_add(&o, tmp, codec_put(codec, tmp, c));
            i++;
            continue;
        }
        /* utf-16 and utf-32 report one character at a time, the others
         * the whole run of characters they cannot encode */
        int64_t end = i + 1;
        if (!codec_is_16(codec) && !codec_is_32(codec))
            while (end < n && !codec_can_encode(codec, str_char(str_ptr(s), end))) end++;
        i = codec_encode_error(&o, codec, s, i, end, errors, &eh, &fn);
        n = str_ptr(s)->len;
    }
    return out_finish(&o);
}

/* ------------------------------------------------------------------ */
/* decoding                                                            */

typedef struct Dec {
    Realm *r;
    int codec;          /* as the errors name it: utf-16/32 become -le or -be */
    Value obj;          /* the bytes being decoded */
    int64_t base;       /* offset of the decoded data in obj (utf-8-sig) */
    Value errors, fn;
    int eh;
    StrBuf out;
} Dec;

static Value codec_decode_exc(Dec *d, int64_t start, int64_t end, const char *reason) {
    Realm *r = d->r;
    Value args[5];
    args[0] = str_from_cstr(r, codec_err_names[d->codec]);
    args[1] = d->obj;
    args[2] = int_from_i64(r, start);
    args[3] = int_from_i64(r, end);
    args[4] = str_from_cstr(r, reason);
    return exc_new(r, EXC(r, UnicodeDecodeError), args, 5);
}

static uint32_t codec_get16(const uint8_t *p, bool be) {
    return be ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}
static uint32_t codec_get32(const uint8_t *p, bool be) {
    return be ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
              : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* Handles the undecodable data[start:end) (offsets in the bytes object);
 * returns where decoding resumes. */
static int64_t codec_decode_error(Dec *d, int64_t start, int64_t end, const char *reason) {
    Realm *r = d->r;
    if (d->eh == EH_UNRESOLVED) d->eh = codec_resolve_error(r, d->errors, &d->fn);
    const uint8_t *p = bytes_ptr(d->obj)->data;
    int64_t len = bytes_ptr(d->obj)->len;
    switch (d->eh) {
    case EH_STRICT: err_raise(r, codec_decode_exc(d, start, end, reason));
    case EH_IGNORE: return end;
    case EH_REPLACE: strbuf_add_char(&d->out, 0xFFFD); return end;
    case EH_BACKSLASH:
        for (int64_t j = start; j < end; j++) {
            char t[4] = {'\\', 'x', codec_hex[p[j] >> 4], codec_hex[p[j] & 15]};
            strbuf_add_ascii(&d->out, t, 4);
        }
        return end;
    case EH_XMLCHARREF: case EH_NAMEREPLACE:
        err_type(r, "don't know how to handle UnicodeDecodeError in error callback");
    case EH_SURROGATEESCAPE: {
        int64_t k = 0;
        for (int64_t j = start; j < end && k < 4; j++, k++)
            if (p[j] < 128) break;
        if (k == 0) err_raise(r, codec_decode_exc(d, start, end, reason));
        for (int64_t j = start; j < start + k; j++) strbuf_add_char(&d->out, 0xDC00u + p[j]);
        return start + k;
    }
    case EH_SURROGATEPASS: {
        int c = d->codec;
        uint32_t u = 0;
        int64_t size = 0;
        if (c == CODEC_UTF8) {
            if (len - start >= 3 && (p[start] & 0xF0) == 0xE0 && (p[start + 1] & 0xC0) == 0x80 &&
                (p[start + 2] & 0xC0) == 0x80) {
                u = (uint32_t)(p[start] & 0x0F) << 12 | (uint32_t)(p[start + 1] & 0x3F) << 6 |
                    (p[start + 2] & 0x3F);
                size = 3;
            }
        } else if (codec_is_16(c)) {
            if (len - start >= 2) { u = codec_get16(p + start, codec_big_endian(c)); size = 2; }
        } else if (codec_is_32(c)) {
            if (len - start >= 4) { u = codec_get32(p + start, codec_big_endian(c)); size = 4; }
        }
        if (size == 0 || u < 0xD800 || u > 0xDFFF) err_raise(r, codec_decode_exc(d, start, end, reason));
        strbuf_add_char(&d->out, u);
        return start + size;
    }
    default: {
        Value exc = codec_decode_exc(d, start, end, reason);
        Value res = codec_call_handler(r, d->fn, exc, true);
        strbuf_add_str(&d->out, tuple_ptr(res)->items[0]);
        /* the handler may have replaced exc.object */
        Value obj = op_getattr(r, exc, str_from_cstr(r, "object"));
        if (obj != d->obj) {
            if (!bytes_check(r, obj)) err_type(r, "exception attribute object must be bytes");
            d->obj = obj;
        }
        return codec_newpos(r, num_index(r, tuple_ptr(res)->items[1]), bytes_ptr(d->obj)->len);
    }
    }
}

static void codec_decode_utf8(Dec *d, int64_t i) {
    while (i < bytes_ptr(d->obj)->len) {   /* budget: counted by the caller */
        const uint8_t *p = bytes_ptr(d->obj)->data;
        int64_t len = bytes_ptr(d->obj)->len;
        /* runs of ASCII go in at once */
        int64_t j = i;
        while (j < len && p[j] < 0x80) j++;
        if (j > i) { strbuf_add_ascii(&d->out, (const char *)p + i, (size_t)(j - i)); i = j; continue; }
        uint32_t cp;
        const char *reason = NULL;
        int64_t k = str_utf8_seq(p + i, (size_t)(len - i), false, &cp, &reason);
        if (k > 0) { strbuf_add_char(&d->out, cp); i += k; continue; }
        i = codec_decode_error(d, i, i - k, reason);
    }
}

static void codec_decode_16(Dec *d, int64_t i, bool be) {
    while (i < bytes_ptr(d->obj)->len) {   /* budget: counted by the caller */
        const uint8_t *p = bytes_ptr(d->obj)->data;
        int64_t len = bytes_ptr(d->obj)->len;
        if (len - i < 2) { i = codec_decode_error(d, i, len, "truncated data"); continue; }
        uint32_t u = codec_get16(p + i, be);
        if (u < 0xD800 || u > 0xDFFF) { strbuf_add_char(&d->out, u); i += 2; continue; }
        if (u >= 0xDC00) { i = codec_decode_error(d, i, i + 2, "illegal encoding"); continue; }
        if (len - i < 4) { i = codec_decode_error(d, i, len, "unexpected end of data"); continue; }
        uint32_t u2 = codec_get16(p + i + 2, be);
        if (u2 < 0xDC00 || u2 > 0xDFFF) { i = codec_decode_error(d, i, i + 2, "illegal UTF-16 surrogate"); continue; }
        strbuf_add_char(&d->out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
        i += 4;
    }
}

static void codec_decode_32(Dec *d, int64_t i, bool be) {
    while (i < bytes_ptr(d->obj)->len) {   /* budget: counted by the caller */
        const uint8_t *p = bytes_ptr(d->obj)->data;
        int64_t len = bytes_ptr(d->obj)->len;
        if (len - i < 4) { i = codec_decode_error(d, i, len, "truncated data"); continue; }
        uint32_t u = codec_get32(p + i, be);
        if (u > 0x10FFFF) { i = codec_decode_error(d, i, i + 4, "code point not in range(0x110000)"); continue; }
        if (u >= 0xD800 && u <= 0xDFFF) {
            i = codec_decode_error(d, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
            continue;
        }
        strbuf_add_char(&d->out, u);
        i += 4;
    }
}

static void codec_decode_ascii(Dec *d, int64_t i) {
    while (i < bytes_ptr(d->obj)->len) {   /* budget: counted by the caller */
        const uint8_t *p = bytes_ptr(d->obj)->data;
        int64_t len = bytes_ptr(d->obj)->len;
        int64_t j = i;
        while (j < len && p[j] < 0x80) j++;
        if (j > i) { strbuf_add_ascii(&d->out, (const char *)p + i, (size_t)(j - i)); i = j; continue; }
        i = codec_decode_error(d, i, i + 1, "ordinal not in range(128)");
    }
}

static bool codec_all_ascii(const uint8_t *p, size_t n) {
    uint8_t acc = 0;
    for (size_t i = 0; i < n; i++) acc |= p[i];
    return acc < 0x80;
}

/* The common case: valid input.  One pass validates and counts (V_NULL at
 * the first error: the caller takes the general path), a second fills a str
 * of the right width. */
static Value codec_decode_fast(Realm *r, int codec, Value obj) {
    const uint8_t *p = bytes_ptr(obj)->data;
    int64_t len = bytes_ptr(obj)->len, start = 0, n = 0;
    uint32_t max = 0;
    bool be = codec_big_endian(codec);
    int unit;
    if (codec == CODEC_UTF8) unit = 1;
    else if (codec_is_16(codec)) unit = 2;
    else if (codec_is_32(codec)) unit = 4;
    else return V_NULL;
    if (codec == CODEC_UTF16) {
        if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF) be = true, start = 2;
        else if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE) start = 2;
    } else if (codec == CODEC_UTF32) {
        if (len >= 4 && !memcmp(p, "\0\0\xFE\xFF", 4)) be = true, start = 4;
        else if (len >= 4 && !memcmp(p, "\xFF\xFE\0\0", 4)) start = 4;
    }
    for (int64_t i = start; i < len; n++) {   /* budget: counted by the caller */
        uint32_t c;
        if (unit == 1) {
            if (p[i] < 0x80) { i++; continue; }   /* ASCII: max unchanged */
            const char *reason;
            int64_t k = str_utf8_seq(p + i, (size_t)(len - i), false, &c, &reason);
            if (k < 0) return V_NULL;
            i += k;
        } else if (unit == 2) {
            if (len - i < 2) return V_NULL;
            c = codec_get16(p + i, be);
            if (c >= 0xD800 && c <= 0xDFFF) {
                if (c >= 0xDC00 || len - i < 4) return V_NULL;
                uint32_t c2 = codec_get16(p + i + 2, be);
                if (c2 < 0xDC00 || c2 > 0xDFFF) return V_NULL;
                c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                i += 2;
            }
            i += 2;
        } else {
            if (len - i < 4) return V_NULL;
            c = codec_get32(p + i, be);
            if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return V_NULL;
            i += 4;
        }
        if (c > max) max = c;
    }
    if (n == 0) return r->empty_str;
    if (n == 1) return str_from_char(r, max);   /* the shared one-character strings */
    int kind = max < 256 ? 1 : 4;
    Value v = str_alloc(r, n, kind);
    p = bytes_ptr(obj)->data;
    Str *s = str_ptr(v);
    int64_t j = 0;
    for (int64_t i = start; i < len; j++) {   /* budget: counted by the caller */
        uint32_t c;
        if (unit == 1) {
            const char *reason;
            if (p[i] < 0x80) c = p[i++];
            else i += str_utf8_seq(p + i, (size_t)(len - i), false, &c, &reason);
        } else if (unit == 2) {
            c = codec_get16(p + i, be);
            if (c >= 0xD800 && c <= 0xDBFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (codec_get16(p + i + 2, be) - 0xDC00);
                i += 2;
            }
            i += 2;
        } else {
            c = codec_get32(p + i, be);
            i += 4;
        }
        if (kind == 1) s->data[j] = (uint8_t)c;
        else ((uint32_t *)s->data)[j] = c;
    }
    if (kind == 1) str_set_ascii(s);
    else s->ascii = 0;
    return v;
}

Value codec_decode(Realm *r, int codec, Value obj, Value errors) {
    const uint8_t *p = bytes_ptr(obj)->data;
    int64_t len = bytes_ptr(obj)->len;
    limits_count(r, (uint64_t)len / 16 + 1);
    if (codec == CODEC_LATIN1) return str_new_latin1(r, p, (size_t)len);
    if (codec == CODEC_UTF8_SIG && len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {
        obj = bytes_new(r, p + 3, (size_t)len - 3);   /* errors count from after the BOM */
        p = bytes_ptr(obj)->data;
        len -= 3;
        codec = CODEC_UTF8;
    }
    if (codec == CODEC_UTF8_SIG) codec = CODEC_UTF8;
    if ((codec == CODEC_UTF8 || codec == CODEC_ASCII) && codec_all_ascii(p, (size_t)len))
        return str_new_latin1(r, p, (size_t)len);
    if (v_obj(obj)->type != r->t_bytes) obj = bytes_new(r, p, (size_t)len);
    Value fast = codec_decode_fast(r, codec, obj);
    if (fast != V_NULL) return fast;
    Dec d = {r, codec, obj, 0, errors, V_NULL, EH_UNRESOLVED, {0}};
    strbuf_init(r, &d.out);
    int64_t start = 0;
    bool be = codec_big_endian(codec);
    if (codec == CODEC_UTF16) {
        be = false;
        if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF) be = true, start = 2;
        else if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE) start = 2;
        d.codec = be ? CODEC_UTF16_BE : CODEC_UTF16_LE;
    } else if (codec == CODEC_UTF32) {
        be = false;
        if (len >= 4 && !memcmp(p, "\0\0\xFE\xFF", 4)) be = true, start = 4;
        else if (len >= 4 && !memcmp(p, "\xFF\xFE\0\0", 4)) start = 4;
        d.codec = be ? CODEC_UTF32_BE : CODEC_UTF32_LE;
    }
    switch (d.codec) {
    case CODEC_UTF8: codec_decode_utf8(&d, start); break;
    case CODEC_UTF16_LE: case CODEC_UTF16_BE: codec_decode_16(&d, start, be); break;
    case CODEC_UTF32_LE: case CODEC_UTF32_BE: codec_decode_32(&d, start, be); break;
    default: codec_decode_ascii(&d, start); break;
    }
    return strbuf_finish(&d.out);
}

/* ------------------------------------------------------------------ */
/* the built-in handlers as functions (codecs.strict_errors, ...)      */

/* handler(exc) -> (replacement, end) for a built-in handler eh. */
Value codec_apply_builtin_handler(Realm *r, int eh, Value exc) {
    Type *t = v_type(r, exc);
    bool enc = type_is_subtype(t, EXC(r, UnicodeEncodeError));
    bool dec = type_is_subtype(t, EXC(r, UnicodeDecodeError));
    bool tr = type_is_subtype(t, EXC(r, UnicodeTranslateError));
    if (eh == EH_STRICT) {
        if (v_is_obj(exc) && type_is_subtype(t, EXC(r, BaseException))) err_raise(r, exc);
        err_type(r, "codec must pass exception instance");
    }
    if (!enc && !dec && !tr)
        err_type(r, "don't know how to handle %s in error callback", t->name);
    Value obj = op_getattr(r, exc, str_from_cstr(r, "object"));
    int64_t start = int_as_i64(r, op_getattr(r, exc, str_from_cstr(r, "start")));
    int64_t end = int_as_i64(r, op_getattr(r, exc, str_from_cstr(r, "end")));
    int64_t olen = str_check(obj) ? str_len(obj) : bytes_check(r, obj) ? bytes_ptr(obj)->len : 0;
    if (start < 0) start = 0;
    if (start > olen) start = olen;
    if (end > olen) end = olen;
    if (end < start) end = start;
    StrBuf b;
    strbuf_init(r, &b);
    char tmp[24];
    switch (eh) {
    case EH_IGNORE: break;
    case EH_REPLACE:
        if (dec) strbuf_add_char(&b, 0xFFFD);
        else strbuf_add_repeat(&b, enc ? '?' : 0xFFFD, end - start);
        break;
    case EH_BACKSLASH:
        if (tr) err_type(r, "don't know how to handle UnicodeTranslateError in error callback");
        for (int64_t j = start; j < end; j++) {
            uint32_t c = dec ? bytes_ptr(obj)->data[j] : str_char(str_ptr(obj), j);
            strbuf_add_ascii(&b, tmp, codec_escape(tmp, c));
        }
        break;
    case EH_XMLCHARREF: case EH_NAMEREPLACE:
        if (!enc) err_type(r, "don't know how to handle %s in error callback", t->name);
        for (int64_t j = start; j < end; j++) {
            uint32_t c = str_char(str_ptr(obj), j);
            if (eh == EH_XMLCHARREF) { strbuf_add_ascii(&b, tmp, codec_xmlref(tmp, c)); continue; }
            char name[UNI_NAME_BUFSIZE];
            size_t n = uni_name(c, name, sizeof name);
            if (n) {
                strbuf_add_ascii(&b, "\\N{", 3);
                strbuf_add_ascii(&b, name, n);
                strbuf_add_char(&b, '}');
            } else strbuf_add_ascii(&b, tmp, codec_escape(tmp, c));
        }
        break;
    default:
        /* surrogateescape / surrogatepass through the functions: the
         * codec-specific forms need the codec; handle the common cases */
        if (eh == EH_SURROGATEESCAPE && enc) {
            OutBuf o = {r, V_NULL, 0, 0};
            for (int64_t j = start; j < end; j++) {
                uint32_t c = str_char(str_ptr(obj), j);
                if (c < 0xDC80 || c > 0xDCFF) err_raise(r, exc);
                uint8_t byte = (uint8_t)(c - 0xDC00);
                out_add(&o, &byte, 1);
            }
            strbuf_discard(&b);
            return tuple_pack(r, 2, out_finish(&o), int_from_i64(r, end));
        }
        if (eh == EH_SURROGATEESCAPE && dec) {
            int64_t k = 0;
            for (int64_t j = start; j < end && k < 4; j++, k++) {
                uint8_t byte = bytes_ptr(obj)->data[j];
                if (byte < 128) break;
                strbuf_add_char(&b, 0xDC00u + byte);
            }
            if (k == 0) err_raise(r, exc);
            return tuple_pack(r, 2, strbuf_finish(&b), int_from_i64(r, start + k));
        }
        if (eh == EH_SURROGATEPASS && enc) {
            OutBuf o = {r, V_NULL, 0, 0};
            for (int64_t j = start; j < end; j++) {
                uint32_t c = str_char(str_ptr(obj), j);
                if (c < 0xD800 || c > 0xDFFF) err_raise(r, exc);
                uint8_t t8[4];
                out_add(&o, t8, codec_utf8_put(t8, c));
            }
            strbuf_discard(&b);
            return tuple_pack(r, 2, out_finish(&o), int_from_i64(r, end));
        }
        err_raise(r, exc);
    }
    return tuple_pack(r, 2, strbuf_finish(&b), int_from_i64(r, end));
}

/* codecs.register_error(name, fn) */
void codec_register_error(Realm *r, Value name, Value fn) {
    if (r->codec_errors == V_NULL) r->codec_errors = dict_new(r);
    dict_set(r, r->codec_errors, name, fn);
}

/* The callable registered for name, or V_NULL for a built-in handler
 * (*eh set) ; LookupError when unknown. */
Value codec_lookup_error(Realm *r, Value name, int *eh) {
    Value fn;
    *eh = codec_resolve_error(r, name, &fn);
    return fn;
}
