/* str_methods: the Python-visible methods of str (split, join, strip, find,
 * case mappings, predicates, padding, partition, splitlines, encode,
 * translate ...).  Formatting methods (format, format_map, __format__, %)
 * live in format.c.
 *
 * Every method receives self as args[0] (a str or an instance of a str
 * subclass) and returns new exact strs; CPython's error wording is kept.
 * Case mappings are the full Unicode mappings of src/core/unicode.h,
 * including the final-sigma rule of str.lower. */
#include <string.h>
#include "objects/strimpl.h"
#include "core/unicode.h"
#include "vm/ops.h"

#define SELF str_ptr(args[0])

static int64_t sm_index(Realm *r, Value v) {
    if (v_is_int(v)) return v_as_small(v);
    if (!v_type(r, v)->index)
        err_type(r, "'%s' object cannot be interpreted as an integer", v_type(r, v)->name);
    Value i = num_index(r, v);
    int64_t k;
    if (!int_to_i64(r, i, &k)) err_overflow(r, "Python int too large to convert to C ssize_t");
    return k;
}

/* ------------------------------------------------------------------ */
/* split / rsplit / splitlines                                         */

static void sm_reverse_list(Value list) {
    List *l = list_ptr(list);
    for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
        Value t = l->items[x]; l->items[x] = l->items[y]; l->items[y] = t;
    }
}

static Value sm_split_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, bool right) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value a[2];
    arg_parse(r, name, args + 1, nargs - 1, kwnames, 0, 0, names, a);
    Value sep = a[0] == V_NULL || a[0] == V_NONE ? V_NULL : a[0];
    if (sep != V_NULL && !str_check(sep)) err_type(r, "must be str or None, not %T", sep);
    int64_t maxsplit = a[1] != V_NULL ? sm_index(r, a[1]) : -1;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    Value s = args[0];
    int64_t n = str_len(s);
    Value list = list_new(r, 0);
    if (sep == V_NULL) {
        if (!right) {
            int64_t i = 0;
            while (i < n) {   /* budget */
                while (i < n && uni_isspace(str_char(str_ptr(s), i))) i++;
                if (i >= n) break;
                int64_t j = i;
                if (maxsplit-- <= 0) {
                    j = n;
                } else while (j < n && !uni_isspace(str_char(str_ptr(s), j))) j++;
                list_append(r, list, str_substr(r, s, i, j));
                i = j;
            }
        } else {
            int64_t j = n;
            while (j > 0) {   /* budget */
                while (j > 0 && uni_isspace(str_char(str_ptr(s), j - 1))) j--;
                if (j <= 0) break;
                int64_t i = j;
                if (maxsplit-- <= 0) i = 0;
                else while (i > 0 && !uni_isspace(str_char(str_ptr(s), i - 1))) i--;
                list_append(r, list, str_substr(r, s, i, j));
                j = i;
            }
            sm_reverse_list(list);
        }
        return list;
    }
    int64_t sn = str_len(sep);
    if (sn == 0) err_value(r, "empty separator");
    if (!right) {
        int64_t i = 0;
        for (;;) {   /* budget */
            int64_t k = maxsplit > 0 ? str_find_sub(s, sep, i, n, 1) : -1;
            if (k < 0) { list_append(r, list, str_substr(r, s, i, n)); break; }
            list_append(r, list, str_substr(r, s, i, k));
            i = k + sn;
            maxsplit--;
        }
    } else {
        int64_t j = n;
        for (;;) {   /* budget */
            int64_t k = maxsplit > 0 ? str_find_sub(s, sep, 0, j, -1) : -1;
            if (k < 0) { list_append(r, list, str_substr(r, s, 0, j)); break; }
            list_append(r, list, str_substr(r, s, k + sn, j));
            j = k;
            maxsplit--;
        }
        sm_reverse_list(list);
    }
    return list;
}
static Value sm_split(Realm *r, Value *a, size_t n, Value kw) { return sm_split_common(r, a, n, kw, "split", false); }
static Value sm_rsplit(Realm *r, Value *a, size_t n, Value kw) { return sm_split_common(r, a, n, kw, "rsplit", true); }

static bool sm_is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
           c == 0x85 || c == 0x2028 || c == 0x2029;
}

static Value sm_splitlines(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"keepends", NULL};
    Value a[1];
    arg_parse(r, "splitlines", args + 1, nargs - 1, kwnames, 0, 0, names, a);
    bool keep = a[0] != V_NULL && op_truth(r, a[0]);
    Value s = args[0];
    int64_t n = str_len(s), i = 0;
    Value list = list_new(r, 0);
    while (i < n) {   /* budget */
        int64_t j = i;
        while (j < n && !sm_is_linebreak(str_char(str_ptr(s), j))) j++;
        int64_t eol = j;
        if (j < n) {
            if (str_char(str_ptr(s), j) == '\r' && j + 1 < n && str_char(str_ptr(s), j + 1) == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        list_append(r, list, str_substr(r, s, i, eol));
        i = j;
    }
    return list;
}

/* ------------------------------------------------------------------ */
/* join                                                                */

static Value sm_join(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "str.join", nargs - 1, kwnames, 1, 1);
    Value sep = args[0], it = args[1];
    Value seq;
    if (v_is_obj(it) && (v_obj(it)->type->flags & TF_LIST_SUB)) seq = it;
    else if (v_is_obj(it) && (v_obj(it)->type->flags & TF_TUPLE_SUB)) seq = it;
    else {
        if (!v_type(r, it)->iter && type_lookup(r, v_type(r, it), NM(r, __iter__)) == V_NULL &&
            type_lookup(r, v_type(r, it), NM(r, __getitem__)) == V_NULL)
            err_type(r, "can only join an iterable");
        seq = list_new(r, 0);
        list_extend(r, seq, it);
    }
    StrBuf b;
    strbuf_init(r, &b);
    {   /* size the result exactly: one allocation, no final copy */
        bool list = (v_obj(seq)->type->flags & TF_LIST_SUB) != 0;
        int64_t len = list ? list_ptr(seq)->len : tuple_ptr(seq)->len, total = 0;
        int kind = str_ptr(sep)->kind;
        for (int64_t i = 0; i < len; i++) {
            Value item = list ? list_ptr(seq)->items[i] : tuple_ptr(seq)->items[i];
            if (!str_check(item)) break;   /* reported below */
            if (__builtin_add_overflow(total, str_len(item), &total)) err_no_memory(r);
            if (i && __builtin_add_overflow(total, str_len(sep), &total)) err_no_memory(r);
            if (str_ptr(item)->kind > kind) kind = str_ptr(item)->kind;
        }
        strbuf_grow(&b, total, kind);
    }
    for (int64_t i = 0;; i++) {   /* budget */
        /* re-read each time: a list may change while we build (it cannot
         * here, since no Python code runs, but stay safe) */
        int64_t len = (v_obj(seq)->type->flags & TF_LIST_SUB) ? list_ptr(seq)->len : tuple_ptr(seq)->len;
        if (i >= len) break;
        Value item = (v_obj(seq)->type->flags & TF_LIST_SUB) ? list_ptr(seq)->items[i] : tuple_ptr(seq)->items[i];
        if (!str_check(item))
            err_type(r, "sequence item %lld: expected str instance, %s found", (long long)i, v_type(r, item)->name);
        if (i) strbuf_add_str(&b, sep);
        strbuf_add_str(&b, item);
    }
    return strbuf_finish(&b);
}

/* ------------------------------------------------------------------ */
/* strip                                                               */

static bool sm_in_chars(Value chars, uint32_t c) {
    Str *cs = str_ptr(chars);
    for (int64_t k = 0; k < cs->len; k++) if (str_char(cs, k) == c) return true;
    return false;
}

static Value sm_strip_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int which) {
    arg_count(r, name, nargs - 1, kwnames, 0, 1);
    Value chars = nargs > 1 && args[1] != V_NONE ? args[1] : V_NULL;
    if (chars != V_NULL && !str_check(chars)) err_type(r, "%s arg must be None or str", name);
    Value s = args[0];
    Str *p = str_ptr(s);
    int64_t i = 0, j = p->len;
    if (which & 1)
        while (i < j && (chars ? sm_in_chars(chars, str_char(p, i)) : uni_isspace(str_char(p, i)))) i++;
    if (which & 2)
        while (j > i && (chars ? sm_in_chars(chars, str_char(p, j - 1)) : uni_isspace(str_char(p, j - 1)))) j--;
    return str_substr(r, s, i, j);
}
static Value sm_strip(Realm *r, Value *a, size_t n, Value kw) { return sm_strip_common(r, a, n, kw, "strip", 3); }
static Value sm_lstrip(Realm *r, Value *a, size_t n, Value kw) { return sm_strip_common(r, a, n, kw, "lstrip", 1); }
static Value sm_rstrip(Realm *r, Value *a, size_t n, Value kw) { return sm_strip_common(r, a, n, kw, "rstrip", 2); }

/* ------------------------------------------------------------------ */
/* replace, find, count, startswith                                    */

static Value sm_replace(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"old", "new", "count", NULL};
    Value a[3];
    if (nargs - 1 < 2)
        err_type(r, "replace() takes at least 2 positional arguments (%zu given)", nargs - 1);
    arg_parse(r, "replace", args + 1, nargs - 1, kwnames, 2, 2, names, a);
    if (!str_check(a[0])) err_type(r, "replace() argument 1 must be str, not %T", a[0]);
    if (!str_check(a[1])) err_type(r, "replace() argument 2 must be str, not %T", a[1]);
    int64_t count = a[2] != V_NULL ? sm_index(r, a[2]) : -1;
    if (count < 0) count = INT64_MAX;
    Value s = args[0], old = a[0], new_ = a[1];
    int64_t n = str_len(s), on = str_len(old);
    StrBuf b;
    strbuf_init(r, &b);
    if (on == 0) {
        for (int64_t k = 0; k <= n; k++) {   /* budget */
            if (count > 0) { strbuf_add_str(&b, new_); count--; }
            else { strbuf_add_substr(&b, s, k, n); break; }
            if (k < n) strbuf_add_substr(&b, s, k, k + 1);
        }
        return strbuf_finish(&b);
    }
    int64_t found = str_count_sub(s, old, 0, n, count);
    if (found == 0) return str_exact(r, s);
    {
        int64_t grow, total;
        if (__builtin_mul_overflow(found, str_len(new_) - on, &grow) || __builtin_add_overflow(n, grow, &total))
            err_overflow(r, "replace string is too long");
        int kind = str_ptr(new_)->kind > str_ptr(s)->kind ? str_ptr(new_)->kind : str_ptr(s)->kind;
        strbuf_grow(&b, total, kind);
    }
    count = found;
    int64_t i = 0;
    while (count > 0) {   /* budget */
        int64_t k = str_find_sub(s, old, i, n, 1);
        if (k < 0) break;
        strbuf_add_substr(&b, s, i, k);
        strbuf_add_str(&b, new_);
        i = k + on;
        count--;
    }
    if (i == 0) { strbuf_discard(&b); return str_exact(r, s); }
    strbuf_add_substr(&b, s, i, n);
    return strbuf_finish(&b);
}

static int64_t sm_find_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int dir) {
    arg_count(r, name, nargs - 1, kwnames, 1, 3);
    if (!str_check(args[1])) err_type(r, "%s() argument 1 must be str, not %T", name, args[1]);
    int64_t start, end;
    str_adjust_range(r, nargs > 2 ? args[2] : V_NULL, nargs > 3 ? args[3] : V_NULL, str_len(args[0]), &start, &end);
    if (start > str_len(args[0])) return -1;
    return str_find_sub(args[0], args[1], start, end, dir);
}
static Value sm_find(Realm *r, Value *a, size_t n, Value kw) { return v_small(sm_find_common(r, a, n, kw, "find", 1)); }
static Value sm_rfind(Realm *r, Value *a, size_t n, Value kw) { return v_small(sm_find_common(r, a, n, kw, "rfind", -1)); }
static Value sm_index_m(Realm *r, Value *a, size_t n, Value kw) {
    int64_t i = sm_find_common(r, a, n, kw, "index", 1);
    if (i < 0) err_value(r, "substring not found");
    return v_small(i);
}
static Value sm_rindex(Realm *r, Value *a, size_t n, Value kw) {
    int64_t i = sm_find_common(r, a, n, kw, "rindex", -1);
    if (i < 0) err_value(r, "substring not found");
    return v_small(i);
}

static Value sm_count(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "count", nargs - 1, kwnames, 1, 3);
    if (!str_check(args[1])) err_type(r, "count() argument 1 must be str, not %T", args[1]);
    int64_t start, end;
    str_adjust_range(r, nargs > 2 ? args[2] : V_NULL, nargs > 3 ? args[3] : V_NULL, str_len(args[0]), &start, &end);
    if (start > str_len(args[0])) return v_small(0);
    return v_small(str_count_sub(args[0], args[1], start, end, -1));
}

static bool sm_tailmatch(Value s, Value sub, int64_t start, int64_t end, bool suffix) {
    Str *p = str_ptr(s), *q = str_ptr(sub);
    if (start > p->len) return false;
    if (end > p->len) end = p->len;
    if (end - start < q->len) return false;
    int64_t at = suffix ? end - q->len : start;
    for (int64_t k = 0; k < q->len; k++) if (str_char(p, at + k) != str_char(q, k)) return false;
    return true;
}

static Value sm_fix_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, bool suffix) {
    arg_count(r, name, nargs - 1, kwnames, 1, 3);
    int64_t start, end;
    str_adjust_range(r, nargs > 2 ? args[2] : V_NULL, nargs > 3 ? args[3] : V_NULL, str_len(args[0]), &start, &end);
    Value x = args[1];
    if (v_is_obj(x) && (v_obj(x)->type->flags & TF_TUPLE_SUB)) {
        for (int64_t k = 0; k < tuple_ptr(x)->len; k++) {
            Value p = tuple_ptr(x)->items[k];
            if (!str_check(p)) err_type(r, "tuple for %s must only contain str, not %T", name, p);
            if (sm_tailmatch(args[0], p, start, end, suffix)) return V_TRUE;
        }
        return V_FALSE;
    }
    if (!str_check(x)) err_type(r, "%s first arg must be str or a tuple of str, not %T", name, x);
    return v_bool(sm_tailmatch(args[0], x, start, end, suffix));
}
static Value sm_startswith(Realm *r, Value *a, size_t n, Value kw) { return sm_fix_common(r, a, n, kw, "startswith", false); }
static Value sm_endswith(Realm *r, Value *a, size_t n, Value kw) { return sm_fix_common(r, a, n, kw, "endswith", true); }

static Value sm_removefix(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, bool suffix) {
    arg_count(r, name, nargs - 1, kwnames, 1, 1);
    if (!str_check(args[1])) err_type(r, "%s() argument must be str, not %T", name, args[1]);
    int64_t n = str_len(args[0]), m = str_len(args[1]);
    if (m && sm_tailmatch(args[0], args[1], 0, n, suffix))
        return suffix ? str_substr(r, args[0], 0, n - m) : str_substr(r, args[0], m, n);
    return str_exact(r, args[0]);
}
static Value sm_removeprefix(Realm *r, Value *a, size_t n, Value kw) { return sm_removefix(r, a, n, kw, "removeprefix", false); }
static Value sm_removesuffix(Realm *r, Value *a, size_t n, Value kw) { return sm_removefix(r, a, n, kw, "removesuffix", true); }

/* ------------------------------------------------------------------ */
/* case mappings                                                       */

/* str.lower's mapping of U+03A3 depends on its context (Final_Sigma). */
static uint32_t sm_sigma(Str *p, int64_t i) {
    int64_t j = i - 1;
    uint32_t c = 0;
    while (j >= 0) { c = str_char(p, j); if (!uni_iscaseignorable(c)) break; j--; }
    bool final = j >= 0 && uni_iscased(c);
    if (final) {
        j = i + 1;
        while (j < p->len) { c = str_char(p, j); if (!uni_iscaseignorable(c)) break; j++; }
        final = j == p->len || !uni_iscased(c);
    }
    return final ? 0x3C2 : 0x3C3;
}

static void sm_add_lower(StrBuf *b, Str *p, int64_t i) {
    uint32_t c = str_char(p, i);
    if (c == 0x3A3) { strbuf_add_char(b, sm_sigma(p, i)); return; }
    ucp out[3];
    int k = uni_to_lower(c, out);
    for (int j = 0; j < k; j++) strbuf_add_char(b, out[j]);
}

static void sm_add_mapped(StrBuf *b, int (*fn)(ucp, ucp *), uint32_t c) {
    ucp out[3];
    int k = fn(c, out);
    for (int j = 0; j < k; j++) strbuf_add_char(b, out[j]);
}

/* modes: 0 upper, 1 lower, 2 casefold, 3 capitalize, 4 title, 5 swapcase */
static Value sm_case(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int mode) {
    arg_count(r, name, nargs - 1, kwnames, 0, 0);
    Value s = args[0];
    Str *p = str_ptr(s);
    if (p->ascii) {
        Value v = str_alloc(r, p->len, 1);
        Str *d = str_ptr(v);
        p = str_ptr(s);
        const uint8_t *src = p->data;
        uint8_t *dst = d->data;
        int64_t len = p->len;
        /* branch-free loops for the common mappings */
        if (mode == 0) {
            for (int64_t i = 0; i < len; i++) dst[i] = src[i] ^ (uint8_t)(((uint8_t)(src[i] - 'a') < 26) << 5);
            d->ascii = 1;
            return v;
        }
        if (mode == 1 || mode == 2) {
            for (int64_t i = 0; i < len; i++) dst[i] = src[i] ^ (uint8_t)(((uint8_t)(src[i] - 'A') < 26) << 5);
            d->ascii = 1;
            return v;
        }
        bool prev_cased = false;
        for (int64_t i = 0; i < p->len; i++) {
            uint8_t c = p->data[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            uint8_t o = c;
            switch (mode) {
            case 0: if (lo) o = c - 32; break;
            case 1: case 2: if (up) o = c + 32; break;
            case 3: if (i == 0 ? lo : up) o = i == 0 ? c - 32 : c + 32; break;
            case 4:
                if (prev_cased ? up : lo) o = prev_cased ? c + 32 : c - 32;
                prev_cased = up || lo;
                break;
            case 5: if (up) o = c + 32; else if (lo) o = c - 32; break;
            }
            d->data[i] = o;
        }
        d->ascii = 1;
        return v;
    }
    StrBuf b;
    strbuf_init(r, &b);
    bool prev_cased = false;
    for (int64_t i = 0; i < str_ptr(s)->len; i++) {   /* budget */
        p = str_ptr(s);
        uint32_t c = str_char(p, i);
        switch (mode) {
        case 0: sm_add_mapped(&b, uni_to_upper, c); break;
        case 1: sm_add_lower(&b, p, i); break;
        case 2: sm_add_mapped(&b, uni_to_fold, c); break;
        case 3:
            if (i == 0) sm_add_mapped(&b, uni_to_title, c);
            else sm_add_lower(&b, p, i);
            break;
        case 4:
            if (prev_cased) sm_add_lower(&b, p, i);
            else sm_add_mapped(&b, uni_to_title, c);
            prev_cased = uni_iscased(c);
            break;
        case 5:
            if (uni_isupper(c)) sm_add_lower(&b, p, i);
            else if (uni_islower(c)) sm_add_mapped(&b, uni_to_upper, c);
            else strbuf_add_char(&b, c);
            break;
        }
    }
    return strbuf_finish(&b);
}
static Value sm_upper(Realm *r, Value *a, size_t n, Value kw) { return sm_case(r, a, n, kw, "upper", 0); }
static Value sm_lower(Realm *r, Value *a, size_t n, Value kw) { return sm_case(r, a, n, kw, "lower", 1); }
static Value sm_casefold(Realm *r, Value *a, size_t n, Value kw) { return sm_case(r, a, n, kw, "casefold", 2); }
static Value sm_capitalize(Realm *r, Value *a, size_t n, Value kw) { return sm_case(r, a, n, kw, "capitalize", 3); }
static Value sm_title(Realm *r, Value *a, size_t n, Value kw) { return sm_case(r, a, n, kw, "title", 4); }
static Value sm_swapcase(Realm *r, Value *a, size_t n, Value kw) { return sm_case(r, a, n, kw, "swapcase", 5); }

/* ------------------------------------------------------------------ */
/* predicates                                                          */

enum { P_DIGIT, P_ALPHA, P_ALNUM, P_DECIMAL, P_NUMERIC, P_SPACE, P_UPPER, P_LOWER, P_TITLE,
       P_IDENT, P_PRINTABLE, P_ASCII };

static Value sm_pred(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int what) {
    arg_count(r, name, nargs - 1, kwnames, 0, 0);
    Str *p = SELF;
    int64_t n = p->len;
    switch (what) {
    case P_ASCII: return v_bool(p->ascii);
    case P_PRINTABLE:
        for (int64_t i = 0; i < n; i++) if (!uni_isprintable(str_char(p, i))) return V_FALSE;
        return V_TRUE;
    case P_IDENT: {
        if (n == 0) return V_FALSE;
        uint32_t c = str_char(p, 0);
        if (c != '_' && !uni_isxid_start(c)) return V_FALSE;
        for (int64_t i = 1; i < n; i++) if (!uni_isxid_continue(str_char(p, i))) return V_FALSE;
        return V_TRUE;
    }
    case P_UPPER: case P_LOWER: {
        bool cased = false;
        for (int64_t i = 0; i < n; i++) {
            uint32_t c = str_char(p, i);
            if (what == P_UPPER ? (uni_islower(c) || uni_istitle(c)) : (uni_isupper(c) || uni_istitle(c)))
                return V_FALSE;
            if (!cased && (what == P_UPPER ? uni_isupper(c) : uni_islower(c))) cased = true;
        }
        return v_bool(cased);
    }
    case P_TITLE: {
        bool cased = false, prev = false;
        for (int64_t i = 0; i < n; i++) {
            uint32_t c = str_char(p, i);
            if (uni_isupper(c) || uni_istitle(c)) {
                if (prev) return V_FALSE;
                prev = cased = true;
            } else if (uni_islower(c)) {
                if (!prev) return V_FALSE;
                prev = cased = true;
            } else prev = false;
        }
        return v_bool(cased);
    }
    default: break;
    }
    if (n == 0) return V_FALSE;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = str_char(p, i);
        bool ok;
        switch (what) {
        case P_DIGIT: ok = uni_isdigit(c); break;
        case P_ALPHA: ok = uni_isalpha(c); break;
        case P_ALNUM: ok = uni_isalpha(c) || uni_isdecimal(c) || uni_isdigit(c) || uni_isnumeric(c); break;
        case P_DECIMAL: ok = uni_isdecimal(c); break;
        case P_NUMERIC: ok = uni_isnumeric(c); break;
        default: ok = uni_isspace(c); break;
        }
        if (!ok) return V_FALSE;
    }
    return V_TRUE;
}
#define PRED(fn, nm, w) static Value fn(Realm *r, Value *a, size_t n, Value kw) { return sm_pred(r, a, n, kw, nm, w); }
PRED(sm_isdigit, "isdigit", P_DIGIT)
PRED(sm_isalpha, "isalpha", P_ALPHA)
PRED(sm_isalnum, "isalnum", P_ALNUM)
PRED(sm_isdecimal, "isdecimal", P_DECIMAL)
PRED(sm_isnumeric, "isnumeric", P_NUMERIC)
PRED(sm_isspace, "isspace", P_SPACE)
PRED(sm_isupper, "isupper", P_UPPER)
PRED(sm_islower, "islower", P_LOWER)
PRED(sm_istitle, "istitle", P_TITLE)
PRED(sm_isidentifier, "isidentifier", P_IDENT)
PRED(sm_isprintable, "isprintable", P_PRINTABLE)
PRED(sm_isascii, "isascii", P_ASCII)
#undef PRED

/* ------------------------------------------------------------------ */
/* padding                                                             */

static uint32_t sm_fillchar(Realm *r, Value *args, size_t nargs, const char *name) {
    if (nargs < 3) return ' ';
    Value f = args[2];
    if (!str_check(f)) err_type(r, "The fill character must be a unicode character, not %T", f);
    if (str_len(f) != 1) err_type(r, "The fill character must be exactly one character long");
    return str_char(str_ptr(f), 0);
}

static Value sm_pad(Realm *r, Value s, int64_t left, int64_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return str_exact(r, s);
    StrBuf b;
    strbuf_init(r, &b);
    strbuf_add_repeat(&b, fill, left);
    strbuf_add_str(&b, s);
    strbuf_add_repeat(&b, fill, right);
    return strbuf_finish(&b);
}

static Value sm_just(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, int how) {
    arg_count(r, name, nargs - 1, kwnames, 1, 2);
    int64_t width = sm_index(r, args[1]);
    uint32_t fill = sm_fillchar(r, args, nargs, name);
    int64_t n = str_len(args[0]);
    if (width <= n) return str_exact(r, args[0]);
    int64_t pad = width - n;
    if (how == 0) return sm_pad(r, args[0], 0, pad, fill);        /* ljust */
    if (how == 1) return sm_pad(r, args[0], pad, 0, fill);        /* rjust */
    int64_t left = pad / 2 + (pad & width & 1);                  /* center, as CPython */
    return sm_pad(r, args[0], left, pad - left, fill);
}
static Value sm_ljust(Realm *r, Value *a, size_t n, Value kw) { return sm_just(r, a, n, kw, "ljust", 0); }
static Value sm_rjust(Realm *r, Value *a, size_t n, Value kw) { return sm_just(r, a, n, kw, "rjust", 1); }
static Value sm_center(Realm *r, Value *a, size_t n, Value kw) { return sm_just(r, a, n, kw, "center", 2); }

static Value sm_zfill(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "zfill", nargs - 1, kwnames, 1, 1);
    int64_t width = sm_index(r, args[1]);
    Value s = args[0];
    int64_t n = str_len(s);
    if (width <= n) return str_exact(r, s);
    StrBuf b;
    strbuf_init(r, &b);
    int64_t k = 0;
    if (n > 0) {
        uint32_t c = str_char(str_ptr(s), 0);
        if (c == '+' || c == '-') { strbuf_add_char(&b, c); k = 1; }
    }
    strbuf_add_repeat(&b, '0', width - n);
    strbuf_add_substr(&b, s, k, n);
    return strbuf_finish(&b);
}

static Value sm_expandtabs(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    Value a[1];
    arg_parse(r, "expandtabs", args + 1, nargs - 1, kwnames, 0, 0, names, a);
    int64_t tab = a[0] != V_NULL ? sm_index(r, a[0]) : 8;
    Value s = args[0];
    StrBuf b;
    strbuf_init(r, &b);
    int64_t col = 0;
    for (int64_t i = 0; i < str_len(s); i++) {   /* budget */
        uint32_t c = str_char(str_ptr(s), i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                strbuf_add_repeat(&b, ' ', k);
                if (__builtin_add_overflow(col, k, &col)) err_overflow(r, "new string is too long");
            }
        } else {
            strbuf_add_char(&b, c);
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return strbuf_finish(&b);
}

/* ------------------------------------------------------------------ */
/* partition                                                           */

static Value sm_partition_common(Realm *r, Value *args, size_t nargs, Value kwnames, const char *name, bool right) {
    arg_count(r, name, nargs - 1, kwnames, 1, 1);
    Value s = args[0], sep = args[1];
    if (!str_check(sep)) err_type(r, "must be str, not %T", sep);
    if (str_len(sep) == 0) err_value(r, "empty separator");
    int64_t n = str_len(s);
    int64_t k = str_find_sub(s, sep, 0, n, right ? -1 : 1);
    if (k < 0) {
        Value e = r->empty_str, whole = str_exact(r, s);
        return right ? tuple_pack(r, 3, e, e, whole) : tuple_pack(r, 3, whole, e, e);
    }
    Value head = str_substr(r, s, 0, k);
    Value tail = str_substr(r, s, k + str_len(sep), n);
    return tuple_pack(r, 3, head, str_exact(r, sep), tail);
}
static Value sm_partition(Realm *r, Value *a, size_t n, Value kw) { return sm_partition_common(r, a, n, kw, "partition", false); }
static Value sm_rpartition(Realm *r, Value *a, size_t n, Value kw) { return sm_partition_common(r, a, n, kw, "rpartition", true); }

/* ------------------------------------------------------------------ */
/* encode, translate, maketrans                                        */

static Value sm_encode(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value a[2];
    arg_parse(r, "encode", args + 1, nargs - 1, kwnames, 0, 0, names, a);
    if (a[0] != V_NULL && !str_check(a[0])) err_type(r, "encode() argument 'encoding' must be str, not %s", a[0] == V_NONE ? "None" : v_type(r, a[0])->name);
    if (a[1] != V_NULL && !str_check(a[1])) err_type(r, "encode() argument 'errors' must be str, not %s", a[1] == V_NONE ? "None" : v_type(r, a[1])->name);
    return codec_encode(r, codec_lookup(r, a[0]), args[0], a[1]);
}

/* table[key], or V_NULL when that raises LookupError. */
static Value sm_lookup_opt(Realm *r, Value table, Value key) {
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value got = op_getitem(r, table, key);
        err_untry(r, &j);
        return got;
    }
    if (!err_matches(r, r->exc, EXC(r, LookupError))) err_raise(r, r->exc);
    return V_NULL;
}

static Value sm_translate(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "translate", nargs - 1, kwnames, 1, 1);
    Value s = args[0], table = args[1];
    bool is_dict = v_is_obj(table) && v_obj(table)->type == r->t_dict;
    StrBuf b;
    strbuf_init(r, &b);
    for (int64_t i = 0; i < str_len(s); i++) {   /* budget */
        uint32_t c = str_char(str_ptr(s), i);
        Value key = v_small(c), m;
        if (is_dict) m = dict_get(r, table, key);
        else {
            m = sm_lookup_opt(r, table, key);
        }
        if (m == V_NULL) strbuf_add_char(&b, c);
        else if (m == V_NONE) continue;
        else if (str_check(m)) strbuf_add_str(&b, m);
        else if (v_is_int(m) || int_check(r, m)) {
            int64_t k;
            if (!int_to_i64(r, m, &k) || k < 0 || k > 0x10FFFF)
                err_value(r, "character mapping must be in range(0x110000)");
            strbuf_add_char(&b, (uint32_t)k);
        } else err_type(r, "character mapping must return integer, None or str");
    }
    return strbuf_finish(&b);
}

static Value sm_maketrans(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "maketrans", nargs, kwnames, 1, 3);
    Value d = dict_new(r);
    if (nargs == 1) {
        Value x = args[0];
        if (!v_is_obj(x) || !(v_obj(x)->type->flags & TF_DICT_SUB))
            err_type(r, "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        while (dict_next(x, &pos, &k, &v)) {   /* budget */
            if (str_check(k)) {
                if (str_len(k) != 1) err_value(r, "string keys in translate table must be of length 1");
                dict_set(r, d, v_small(str_char(str_ptr(k), 0)), v);
            } else if (v_is_int(k) || int_check(r, k)) dict_set(r, d, k, v);
            else err_type(r, "keys in translate table must be strings or integers");
        }
        return d;
    }
    Value x = args[0], y = args[1];
    if (!str_check(x)) err_type(r, "maketrans() argument 1 must be str, not %T", x);
    if (!str_check(y)) err_type(r, "maketrans() argument 2 must be str, not %T", y);
    if (str_len(x) != str_len(y)) err_value(r, "the first two maketrans arguments must have equal length");
    for (int64_t i = 0; i < str_len(x); i++)
        dict_set(r, d, v_small(str_char(str_ptr(x), i)), v_small(str_char(str_ptr(y), i)));
    if (nargs == 3) {
        Value z = args[2];
        if (!str_check(z)) err_type(r, "maketrans() argument 3 must be str, not %T", z);
        for (int64_t i = 0; i < str_len(z); i++) dict_set(r, d, v_small(str_char(str_ptr(z), i)), V_NONE);
    }
    return d;
}

static Value sm_getnewargs(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__getnewargs__", nargs - 1, kwnames, 0, 0);
    return tuple_pack(r, 1, str_exact(r, args[0]));
}

static Value sm_mod_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__mod__", nargs - 1, kwnames, 1, 1);
    return str_mod(r, args[0], args[1]);
}

static Value sm_rmod_m(Realm *r, Value *args, size_t nargs, Value kwnames) {
    arg_count(r, "__rmod__", nargs - 1, kwnames, 1, 1);
    return str_mod(r, args[1], args[0]);   /* other % self, NotImplemented unless other is a str */
}

static const MethodDef str_methods[] = {
    {"split", sm_split, 0}, {"rsplit", sm_rsplit, 0}, {"splitlines", sm_splitlines, 0},
    {"join", sm_join, 0},
    {"strip", sm_strip, 0}, {"lstrip", sm_lstrip, 0}, {"rstrip", sm_rstrip, 0},
    {"replace", sm_replace, 0},
    {"find", sm_find, 0}, {"rfind", sm_rfind, 0}, {"index", sm_index_m, 0}, {"rindex", sm_rindex, 0},
    {"count", sm_count, 0}, {"startswith", sm_startswith, 0}, {"endswith", sm_endswith, 0},
    {"removeprefix", sm_removeprefix, 0}, {"removesuffix", sm_removesuffix, 0},
    {"upper", sm_upper, 0}, {"lower", sm_lower, 0}, {"casefold", sm_casefold, 0},
    {"capitalize", sm_capitalize, 0}, {"title", sm_title, 0}, {"swapcase", sm_swapcase, 0},
    {"isdigit", sm_isdigit, 0}, {"isalpha", sm_isalpha, 0}, {"isalnum", sm_isalnum, 0},
    {"isdecimal", sm_isdecimal, 0}, {"isnumeric", sm_isnumeric, 0}, {"isspace", sm_isspace, 0},
    {"isupper", sm_isupper, 0}, {"islower", sm_islower, 0}, {"istitle", sm_istitle, 0},
    {"isidentifier", sm_isidentifier, 0}, {"isprintable", sm_isprintable, 0}, {"isascii", sm_isascii, 0},
    {"center", sm_center, 0}, {"ljust", sm_ljust, 0}, {"rjust", sm_rjust, 0}, {"zfill", sm_zfill, 0},
    {"expandtabs", sm_expandtabs, 0},
    {"partition", sm_partition, 0}, {"rpartition", sm_rpartition, 0},
    {"encode", sm_encode, 0}, {"translate", sm_translate, 0},
    {"maketrans", sm_maketrans, NF_STATICMETHOD},
    {"format", str_format_method, 0}, {"format_map", str_format_map_method, 0},
    {"__format__", str_dunder_format, 0},
    {"__getnewargs__", sm_getnewargs, 0},
    {"__mod__", sm_mod_m, 0}, {"__rmod__", sm_rmod_m, 0},
    {NULL, NULL, 0},
};

void str_add_methods(Realm *r, Type *t) { type_add_methods(r, t, str_methods); }
