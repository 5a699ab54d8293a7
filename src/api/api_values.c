/* api_values: the handle table and converting values between C and Python
 * (see api_impl.h for the handle invariants).  Readers and container
 * accessors follow Python's semantics, so a wrong type is a TypeError the
 * host reads with asp_error_message. */
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include "api/api_impl.h"
#include "vm/ops.h"

/* ---- the handle table ---- */

Value api_value(asp_realm *a, asp_handle h) {
    Realm *r = a->r;
    if (h == ASP_NO_HANDLE || r->api_handles == V_NULL) return V_NULL;
    List *l = list_ptr(r->api_handles);
    if ((int64_t)h > l->len / 2) return V_NULL;
    return l->items[2 * ((size_t)h - 1)];
}

/* Handle slot i is items [2i] (the value) and [2i+1] (something the value's
 * C view needs kept alive: the UTF-8 copy of a non-ASCII str, or V_NULL). */
static void api_set_keep(asp_realm *a, asp_handle h, Value keep) {
    list_ptr(a->r->api_handles)->items[2 * ((size_t)h - 1) + 1] = keep;
}

static Value api_get_keep(asp_realm *a, asp_handle h) {
    return list_ptr(a->r->api_handles)->items[2 * ((size_t)h - 1) + 1];
}

asp_handle api_new_handle(asp_realm *a, Value v) {
    Realm *r = a->r;
    Value lv = r->api_handles;
    if (a->nfree) {
        uint32_t i = a->free_ids[--a->nfree];
        list_ptr(lv)->items[2 * (size_t)i] = v;
        list_ptr(lv)->items[2 * (size_t)i + 1] = V_NULL;
        return (asp_handle)i + 1;
    }
    size_t n = (size_t)list_ptr(lv)->len / 2;
    if (n >= UINT32_MAX - 1) err_no_memory(r);
    /* room to free every slot later without allocating */
    if (a->capfree < n + 1) {
        size_t cap = a->capfree ? a->capfree : 16;
        while (cap < n + 1) {
            if (__builtin_mul_overflow(cap, 2, &cap)) err_no_memory(r);
        }
        size_t bytes;
        if (__builtin_mul_overflow(cap, sizeof(uint32_t), &bytes)) err_no_memory(r);
        uint32_t *nf = realloc(a->free_ids, bytes);
        if (!nf) err_no_memory(r);
        a->free_ids = nf;
        a->capfree = cap;
    }
    /* both items or neither: a failed second append leaves a half slot the
     * next call completes (len stays even only after both) */
    if (list_ptr(lv)->len % 2 == 0) list_append(r, lv, v);
    else list_ptr(lv)->items[list_ptr(lv)->len - 1] = v;
    list_append(r, lv, V_NULL);
    return (asp_handle)n + 1;
}

bool api_release(asp_realm *a, asp_handle h) {
    if (api_value(a, h) == V_NULL) return false;
    Value *items = list_ptr(a->r->api_handles)->items;
    items[2 * ((size_t)h - 1)] = V_NULL;
    items[2 * ((size_t)h - 1) + 1] = V_NULL;
    a->free_ids[a->nfree++] = h - 1;
    return true;
}

API_EXPORT asp_status asp_handle_release(asp_realm *a, asp_handle h) {
    if (!a) return ASP_INVALID;
    return api_release(a, h) ? ASP_OK : ASP_INVALID;
}

/* The arguments of one value call: handles in, a C value or handle out. */
typedef struct ApiCtx {
    int op;
    asp_handle h, k, v;
    int64_t i;
    double d;
    const char *s;
    size_t n;
    const asp_handle *hv;
    asp_handle *out;
    void *p;
    size_t *np;
} ApiCtx;

/* Fetches handle h's value into *v, or returns ASP_INVALID from the body. */
#define API_GET(v, h) \
    Value v = api_value(a, (h)); \
    if (v == V_NULL) return ASP_INVALID

static asp_status api_dup_body(asp_realm *a, void *cp) {
    ApiCtx *c = cp;
    API_GET(v, c->h);
    *c->out = api_new_handle(a, v);
    return ASP_OK;
}

API_EXPORT asp_status asp_handle_dup(asp_realm *a, asp_handle h, asp_handle *out) {
    if (!a || !out) return ASP_INVALID;
    *out = ASP_NO_HANDLE;
    ApiCtx c = {.h = h, .out = out};
    return api_run(a, api_dup_body, &c);
}

API_EXPORT asp_kind asp_kind_of(asp_realm *a, asp_handle h) {
    if (!a) return ASP_OTHER;
    Realm *r = a->r;
    Value v = api_value(a, h);
    if (v == V_NULL) return ASP_OTHER;
    if (v == V_NONE) return ASP_NONE;
    Type *t = v_type(r, v);
    if (t == r->t_bool) return ASP_BOOL;
    if (t->flags & TF_INT_SUB) return ASP_INT;
    if (t->flags & TF_FLOAT_SUB) return ASP_FLOAT;
    if (t->flags & TF_STR_SUB) return ASP_STR;
    if (t->flags & TF_BYTES_SUB) return ASP_BYTES;
    if (t->flags & TF_LIST_SUB) return ASP_LIST;
    if (t->flags & TF_TUPLE_SUB) return ASP_TUPLE;
    if (t->flags & TF_DICT_SUB) return ASP_DICT;
    return ASP_OTHER;
}

/* ---- making values ---- */

enum { MK_NONE, MK_BOOL, MK_INT, MK_INT_TEXT, MK_FLOAT, MK_STR, MK_BYTES, MK_LIST, MK_TUPLE, MK_DICT };

static asp_status api_make_body(asp_realm *a, void *cp) {
    ApiCtx *c = cp;
    Realm *r = a->r;
    Value v = V_NONE;
    switch (c->op) {
    case MK_NONE: v = V_NONE; break;
    case MK_BOOL: v = v_bool(c->n != 0); break;
    case MK_INT: v = int_from_i64(r, c->i); break;
    case MK_INT_TEXT: {
        /* an optional sign, as asp.h documents ("-123..."); int_from_text
         * takes bare digits */
        bool neg = c->n > 1 && c->s[0] == '-';
        size_t skip = neg || (c->n > 1 && c->s[0] == '+');
        v = int_from_text(r, c->s + skip, c->n - skip, 10);
        if (neg) v = int_neg(r, v);
        break;
    }
    case MK_FLOAT: v = v_from_double(c->d); break;
    case MK_STR: v = str_from_utf8(r, c->s, c->n); break;
    case MK_BYTES: v = bytes_new(r, (const uint8_t *)c->s, c->n); break;
    case MK_LIST: v = list_new(r, 0); break;
    case MK_DICT: v = dict_new(r); break;
    case MK_TUPLE: {
        for (size_t i = 0; i < c->n; i++)
            if (api_value(a, c->hv[i]) == V_NULL) return ASP_INVALID;
        v = tuple_new(r, c->n);
        for (size_t i = 0; i < c->n; i++) tuple_ptr(v)->items[i] = api_value(a, c->hv[i]);
        break;
    }
    default: return ASP_INVALID;
    }
    *c->out = api_new_handle(a, v);
    return ASP_OK;
}

static asp_status api_make(asp_realm *a, ApiCtx *c) {
    if (!a || !c->out) return ASP_INVALID;
    *c->out = ASP_NO_HANDLE;
    return api_run(a, api_make_body, c);
}

API_EXPORT asp_status asp_new_none(asp_realm *a, asp_handle *out) {
    ApiCtx c = {.op = MK_NONE, .out = out};
    return api_make(a, &c);
}
API_EXPORT asp_status asp_new_bool(asp_realm *a, int value, asp_handle *out) {
    ApiCtx c = {.op = MK_BOOL, .n = value != 0, .out = out};
    return api_make(a, &c);
}
API_EXPORT asp_status asp_new_int(asp_realm *a, int64_t value, asp_handle *out) {
    ApiCtx c = {.op = MK_INT, .i = value, .out = out};
    return api_make(a, &c);
}
API_EXPORT asp_status asp_new_int_text(asp_realm *a, const char *decimal, asp_handle *out) {
    if (!decimal) return ASP_INVALID;
    ApiCtx c = {.op = MK_INT_TEXT, .s = decimal, .n = strlen(decimal), .out = out};
    return api_make(a, &c);
}
API_EXPORT asp_status asp_new_float(asp_realm *a, double value, asp_handle *out) {
    ApiCtx c = {.op = MK_FLOAT, .d = value, .out = out};
    return api_make(a, &c);
}
API_EXPORT asp_status asp_new_str(asp_realm *a, const char *utf8, size_t len, asp_handle *out) {
    if (!utf8 && len) return ASP_INVALID;
    ApiCtx c = {.op = MK_STR, .s = utf8 ? utf8 : "", .n = len, .out = out};
    return api_make(a, &c);
}
API_EXPORT asp_status asp_new_bytes(asp_realm *a, const void *data, size_t len, asp_handle *out) {
    if (!data && len) return ASP_INVALID;
    ApiCtx c = {.op = MK_BYTES, .s = data ? data : "", .n = len, .out = out};
    return api_make(a, &c);
}
API_EXPORT asp_status asp_new_list(asp_realm *a, asp_handle *out) {
    ApiCtx c = {.op = MK_LIST, .out = out};
    return api_make(a, &c);
}
API_EXPORT asp_status asp_new_tuple(asp_realm *a, size_t n, const asp_handle *items, asp_handle *out) {
    if (!items && n) return ASP_INVALID;
    ApiCtx c = {.op = MK_TUPLE, .n = n, .hv = items, .out = out};
    return api_make(a, &c);
}
API_EXPORT asp_status asp_new_dict(asp_realm *a, asp_handle *out) {
    ApiCtx c = {.op = MK_DICT, .out = out};
    return api_make(a, &c);
}

/* ---- reading values ---- */

enum { RD_BOOL, RD_INT, RD_INT_TEXT, RD_FLOAT, RD_STR, RD_BYTES, RD_LEN };

static asp_status api_read_body(asp_realm *a, void *cp) {
    ApiCtx *c = cp;
    Realm *r = a->r;
    API_GET(v, c->h);
    switch (c->op) {
    case RD_BOOL:
        *(int *)c->p = op_truth(r, v);
        return ASP_OK;
    case RD_INT:
        if (!int_check(r, v)) err_format(r, EXC(r, TypeError), "'%T' object cannot be interpreted as an integer", v);
        *(int64_t *)c->p = int_as_i64(r, v);
        return ASP_OK;
    case RD_INT_TEXT: {
        if (!int_check(r, v)) err_format(r, EXC(r, TypeError), "'%T' object cannot be interpreted as an integer", v);
        size_t n;
        Value s = int_to_str(r, v, 10);
        const char *u = str_utf8(r, s, &n);
        *c->np = n;
        if (c->n <= n) return ASP_TOOSMALL;
        memcpy(c->p, u, n);
        ((char *)c->p)[n] = 0;
        heap_keep(s);
        return ASP_OK;
    }
    case RD_FLOAT:
        if (v == V_TRUE || v == V_FALSE) *(double *)c->p = v == V_TRUE ? 1.0 : 0.0;
        else if (int_check(r, v)) *(double *)c->p = int_as_double(r, v);
        else if (float_check(r, v)) *(double *)c->p = float_as_double(r, v);
        else err_format(r, EXC(r, TypeError), "must be real number, not %T", v);
        return ASP_OK;
    case RD_STR: {
        if (!(v_type(r, v)->flags & TF_STR_SUB))
            err_format(r, EXC(r, TypeError), "expected str, got %T", v);
        if (!((Str *)v_obj(v))->ascii) {
            /* the UTF-8 of a non-ASCII str is a bytes object (its data, see
             * str_utf8): made once per handle and kept by it, so the pointer
             * lives as long as the handle, however often it is asked for */
            Value keep = api_get_keep(a, c->h);
            if (keep == V_NULL) {
                const char *u = str_utf8(r, v, NULL);
                keep = v_from_obj((Bytes *)(void *)(u - offsetof(Bytes, data)));
                api_set_keep(a, c->h, keep);
            }
            *c->np = (size_t)((Bytes *)v_obj(keep))->len;
            *(const char **)c->p = (const char *)((Bytes *)v_obj(keep))->data;
            return ASP_OK;
        }
        *(const char **)c->p = str_utf8(r, v, c->np);
        return ASP_OK;
    }
    case RD_BYTES:
        if (!(v_type(r, v)->flags & TF_BYTES_SUB))
            err_format(r, EXC(r, TypeError), "expected bytes, got %T", v);
        *(const void **)c->p = ((Bytes *)v_obj(v))->data;
        *c->np = (size_t)((Bytes *)v_obj(v))->len;
        return ASP_OK;
    case RD_LEN:
        *c->np = (size_t)op_len(r, v);
        return ASP_OK;
    }
    return ASP_INVALID;
}

static asp_status api_read(asp_realm *a, ApiCtx *c) {
    if (!a || !c->p) return ASP_INVALID;
    return api_run(a, api_read_body, c);
}

API_EXPORT asp_status asp_to_bool(asp_realm *a, asp_handle h, int *out) {
    ApiCtx c = {.op = RD_BOOL, .h = h, .p = out};
    return api_read(a, &c);
}
API_EXPORT asp_status asp_to_int(asp_realm *a, asp_handle h, int64_t *out) {
    ApiCtx c = {.op = RD_INT, .h = h, .p = out};
    return api_read(a, &c);
}
API_EXPORT asp_status asp_to_int_text(asp_realm *a, asp_handle h, char *buf, size_t cap, size_t *len) {
    size_t dummy;
    ApiCtx c = {.op = RD_INT_TEXT, .h = h, .p = buf, .n = buf ? cap : 0, .np = len ? len : &dummy};
    if (!buf && !len) return ASP_INVALID;
    if (!buf) c.p = &dummy;   /* only the length is wanted: cap 0 */
    return api_read(a, &c);
}
API_EXPORT asp_status asp_to_float(asp_realm *a, asp_handle h, double *out) {
    ApiCtx c = {.op = RD_FLOAT, .h = h, .p = out};
    return api_read(a, &c);
}
API_EXPORT asp_status asp_to_str(asp_realm *a, asp_handle h, const char **utf8, size_t *len) {
    size_t dummy;
    ApiCtx c = {.op = RD_STR, .h = h, .p = utf8, .np = len ? len : &dummy};
    return api_read(a, &c);
}
API_EXPORT asp_status asp_to_bytes(asp_realm *a, asp_handle h, const void **data, size_t *len) {
    size_t dummy;
    ApiCtx c = {.op = RD_BYTES, .h = h, .p = data, .np = len ? len : &dummy};
    return api_read(a, &c);
}
API_EXPORT asp_status asp_len(asp_realm *a, asp_handle h, size_t *out) {
    ApiCtx c = {.op = RD_LEN, .h = h, .p = out, .np = out};
    return api_read(a, &c);
}

/* ---- operations giving a new handle ---- */

enum { OP_STR, OP_REPR, OP_ITEM, OP_DICT_GET, OP_LIST_APPEND, OP_LIST_SET, OP_DICT_SET };

static asp_status api_op_body(asp_realm *a, void *cp) {
    ApiCtx *c = cp;
    Realm *r = a->r;
    API_GET(v, c->h);
    Value res = V_NULL;
    switch (c->op) {
    case OP_STR: res = op_str(r, v); break;
    case OP_REPR: res = op_repr(r, v); break;
    case OP_ITEM: res = op_getitem(r, v, int_from_i64(r, c->i)); break;
    case OP_DICT_GET: {
        API_GET(k, c->k);
        if (!(v_type(r, v)->flags & TF_DICT_SUB)) err_format(r, EXC(r, TypeError), "expected dict, got %T", v);
        res = dict_get(r, v, k);
        if (res == V_NULL) return ASP_NOTFOUND;
        break;
    }
    case OP_LIST_APPEND: {
        API_GET(x, c->v);
        if (!(v_type(r, v)->flags & TF_LIST_SUB)) err_format(r, EXC(r, TypeError), "expected list, got %T", v);
        list_append(r, v, x);
        return ASP_OK;
    }
    case OP_LIST_SET: {
        API_GET(x, c->v);
        if (!(v_type(r, v)->flags & TF_LIST_SUB)) err_format(r, EXC(r, TypeError), "expected list, got %T", v);
        op_setitem(r, v, int_from_i64(r, c->i), x);
        return ASP_OK;
    }
    case OP_DICT_SET: {
        API_GET(k, c->k);
        API_GET(x, c->v);
        if (!(v_type(r, v)->flags & TF_DICT_SUB)) err_format(r, EXC(r, TypeError), "expected dict, got %T", v);
        dict_set(r, v, k, x);
        return ASP_OK;
    }
    default: return ASP_INVALID;
    }
    *c->out = api_new_handle(a, res);
    return ASP_OK;
}

static asp_status api_op(asp_realm *a, ApiCtx *c) {
    if (!a) return ASP_INVALID;
    if (c->out) *c->out = ASP_NO_HANDLE;
    return api_run(a, api_op_body, c);
}

API_EXPORT asp_status asp_str(asp_realm *a, asp_handle h, asp_handle *out) {
    if (!out) return ASP_INVALID;
    ApiCtx c = {.op = OP_STR, .h = h, .out = out};
    return api_op(a, &c);
}
API_EXPORT asp_status asp_repr(asp_realm *a, asp_handle h, asp_handle *out) {
    if (!out) return ASP_INVALID;
    ApiCtx c = {.op = OP_REPR, .h = h, .out = out};
    return api_op(a, &c);
}
API_EXPORT asp_status asp_item(asp_realm *a, asp_handle seq, int64_t index, asp_handle *out) {
    if (!out) return ASP_INVALID;
    ApiCtx c = {.op = OP_ITEM, .h = seq, .i = index, .out = out};
    return api_op(a, &c);
}
API_EXPORT asp_status asp_list_append(asp_realm *a, asp_handle list, asp_handle item) {
    ApiCtx c = {.op = OP_LIST_APPEND, .h = list, .v = item};
    return api_op(a, &c);
}
API_EXPORT asp_status asp_list_set(asp_realm *a, asp_handle list, int64_t index, asp_handle item) {
    ApiCtx c = {.op = OP_LIST_SET, .h = list, .i = index, .v = item};
    return api_op(a, &c);
}
API_EXPORT asp_status asp_dict_set(asp_realm *a, asp_handle dict, asp_handle key, asp_handle value) {
    ApiCtx c = {.op = OP_DICT_SET, .h = dict, .k = key, .v = value};
    return api_op(a, &c);
}
API_EXPORT asp_status asp_dict_get(asp_realm *a, asp_handle dict, asp_handle key, asp_handle *out) {
    if (!out) return ASP_INVALID;
    ApiCtx c = {.op = OP_DICT_GET, .h = dict, .k = key, .out = out};
    return api_op(a, &c);
}

static asp_status api_dict_next_body(asp_realm *a, void *cp) {
    ApiCtx *c = cp;
    Realm *r = a->r;
    API_GET(d, c->h);
    if (!(v_type(r, d)->flags & TF_DICT_SUB)) err_format(r, EXC(r, TypeError), "expected dict, got %T", d);
    size_t *pos = c->np;
    if (*pos > INT64_MAX) return ASP_NOTFOUND;
    int64_t p = (int64_t)*pos;
    Value k, v;
    if (!dict_next(d, &p, &k, &v)) return ASP_NOTFOUND;
    asp_handle hk = api_new_handle(a, k);
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        asp_handle hv = api_new_handle(a, v);
        err_untry(r, &j);
        *c->out = hk;
        *(asp_handle *)c->p = hv;
        *pos = (size_t)p;
        return ASP_OK;
    }
    api_release(a, hk);
    err_raise(r, r->exc);
}

API_EXPORT asp_status asp_dict_next(asp_realm *a, asp_handle dict, size_t *pos, asp_handle *key,
                                    asp_handle *value) {
    if (!a || !pos || !key || !value) return ASP_INVALID;
    *key = *value = ASP_NO_HANDLE;
    ApiCtx c = {.h = dict, .np = pos, .out = key, .p = value};
    return api_run(a, api_dict_next_body, &c);
}
