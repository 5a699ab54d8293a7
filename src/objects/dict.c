/* dict: insertion-ordered hash table in CPython's compact layout.
 *
 * A sparse index table of 1 << log2size slots (int32, or int64 for huge
 * tables) holds -1 (empty), -2 (dummy: a deleted or popped entry) or the
 * position of an entry in the dense `entries` array, which keeps insertion
 * order.  Probing as CPython: i = hash & mask, then
 * perturb >>= 5; i = (i*5 + perturb + 1) & mask.
 *
 * Invariants:
 *  - entries[0..nentries) are live or deleted (key V_NULL); used = live count;
 *  - `cap` is the number of entries that may be appended before a resize; it
 *    starts at 2/3 of the index size and popitem lowers it, so index slots
 *    in use (live + dummy) never exceed 2/3 of the table and every probe
 *    sequence ends at an empty slot;
 *  - the entry buffer always has room for usable(1 << log2size) entries;
 *  - version changes on every mutation.
 * User __eq__ (and __hash__) run during lookups and may mutate the dict: the
 * lookup restarts when the table or the compared entry changed, and callers
 * re-read every pointer after such calls. */
#include "objects/containers.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define DICT_LOG_MINSIZE 3

static inline Dict *dict_ptr(Value v) { return (Dict *)v_obj(v); }

static inline int64_t usable_of(int log2size) { return (((int64_t)1 << log2size) << 1) / 3; }
static inline bool ix_wide(int log2size) { return log2size >= 31; }

static inline int64_t ix_get(const Dict *d, uint64_t i)
{
    if (ix_wide(d->log2size)) return ((const int64_t *)d->index)[i];
    return ((const int32_t *)d->index)[i];
}

static inline void ix_set(Dict *d, uint64_t i, int64_t v)
{
    if (ix_wide(d->log2size)) ((int64_t *)d->index)[i] = v;
    else ((int32_t *)d->index)[i] = (int32_t)v;
}

static size_t index_bytes(int log2size)
{
    return ((size_t)1 << log2size) * (ix_wide(log2size) ? 8 : 4);
}

static size_t entries_bytes(int log2size)
{
    return (size_t)usable_of(log2size) * sizeof(DictEntry);
}

static int64_t dict_key_hash(Realm *r, Value key)
{
    if (v_is_int(key)) return int_hash(r, key);
    if (v_is_obj(key) && v_obj(key)->type == r->t_str) return str_hash(r, key);
    return op_hash(r, key);
}

/* First empty index slot on key's probe sequence (no comparisons). */
static uint64_t find_empty_slot(const Dict *d, int64_t hash)
{
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (ix_get(d, i) != IX_EMPTY) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the tables with 1 << log2size slots, compacting the entries. */
static void dict_resize_to(Realm *r, Dict *d, int log2size)
{
    if (log2size > 60) err_no_memory(r);
    if (usable_of(log2size) < d->used) err_no_memory(r);
    /* One raw buffer holds the index then the entries, so that no buffer is
     * ever held outside the dict across an allocation that may raise. */
    size_t ib = index_bytes(log2size), eb = entries_bytes(log2size);
    void *index = heap_raw_alloc(r, ib + eb);
    DictEntry *entries = (DictEntry *)((char *)index + ib);
    memset(index, 0xff, ib);   /* all IX_EMPTY */
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (e->key == V_NULL) continue;
        entries[n++] = *e;
    }
    void *old_index = d->index;
    DictEntry *old_entries = d->entries;
    int old_log2 = d->log2size;
    d->index = index;
    d->entries = entries;
    d->log2size = (uint8_t)log2size;
    d->nentries = n;
    d->cap = usable_of(log2size);
    for (int64_t i = 0; i < n; i++)
        ix_set(d, find_empty_slot(d, entries[i].hash), i);
    (void)old_entries;
    if (old_log2) heap_raw_free(r, old_index, index_bytes(old_log2) + entries_bytes(old_log2));
    d->version++;
}

static int log2_for(int64_t minsize)
{
    int l = DICT_LOG_MINSIZE;
    while (l < 62 && ((int64_t)1 << l) < minsize) l++;
    return l;
}

/* Entry position of key, or -1.  *slot receives the index slot holding it
 * (found) or the first empty slot of its probe sequence (absent). */
static int64_t dict_find(Realm *r, Value dv, Value key, int64_t hash, uint64_t *slot)
{
    Dict *d = dict_ptr(dv);
    bool key_str = v_is_obj(key) && v_obj(key)->type == r->t_str;
restart:
    if (d->log2size == 0) { *slot = 0; return -1; }
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) { *slot = i; return -1; }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) { *slot = i; return ix; }
            if (e->hash == hash) {
                Value sk = e->key;
                if (key_str && v_is_obj(sk) && v_obj(sk)->type == r->t_str) {
                    if (str_eq(sk, key)) { *slot = i; return ix; }
                } else {
                    DictEntry *ents = d->entries;
                    uint8_t lg = d->log2size;
                    bool eq = cont_eq(r, sk, key);
                    if (d->entries != ents || d->log2size != lg || ix >= d->nentries ||
                        d->entries[ix].key != sk)
                        goto restart;   /* the dict changed under __eq__ */
                    if (eq) { *slot = i; return ix; }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int64_t dict_lookup_index(Realm *r, Value d, Value key, int64_t hash)
{
    uint64_t slot;
    return dict_find(r, d, key, hash, &slot);
}

/* Appends a new entry for a key known to be absent. */
static void dict_insert_new(Realm *r, Dict *d, Value key, int64_t hash, Value v)
{
    if (d->log2size == 0 || d->nentries >= d->cap)
        dict_resize_to(r, d, log2_for(d->used * 3));
    uint64_t slot = find_empty_slot(d, hash);
    DictEntry *e = &d->entries[d->nentries];
    e->key = key;
    e->value = v;
    e->hash = hash;
    ix_set(d, slot, d->nentries);
    d->nentries++;
    d->used++;
    d->version++;
}

void dict_set_hash(Realm *r, Value dv, Value key, int64_t hash, Value v)
{
    uint64_t slot;
    int64_t ix = dict_find(r, dv, key, hash, &slot);
    Dict *d = dict_ptr(dv);
    if (ix >= 0) {
        d->entries[ix].value = v;
        d->version++;
        return;
    }
    dict_insert_new(r, d, key, hash, v);
}

/* ---- public API ---- */

Value dict_new_type(Realm *r, Type *t)
{
    size_t size = t->basicsize > sizeof(Dict) ? t->basicsize : sizeof(Dict);
    Dict *d = (Dict *)heap_alloc(r, t, size);
    /* versions of different dicts never meet (2^32 mutations apart), so a
     * cache keyed by a version cannot mistake a new dict for an old one */
    r->dict_version_seed += (uint64_t)1 << 32;
    d->version = r->dict_version_seed;
    return v_from_obj(d);
}

Value dict_new(Realm *r) { return dict_new_type(r, r->t_dict); }

Value dict_get(Realm *r, Value d, Value key)
{
    if (dict_ptr(d)->used == 0) {
        dict_key_hash(r, key);   /* unhashable keys raise even on empty dicts */
        return V_NULL;
    }
    int64_t hash = dict_key_hash(r, key);
    uint64_t slot;
    int64_t ix = dict_find(r, d, key, hash, &slot);
    return ix >= 0 ? dict_ptr(d)->entries[ix].value : V_NULL;
}

Value dict_get_str(Realm *r, Value dv, Value key)
{
    Dict *d = dict_ptr(dv);
    if (d->used == 0) return V_NULL;
    int64_t hash = str_hash(r, key);
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return V_NULL;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) return e->value;
            if (e->hash == hash && v_is_obj(e->key) && (v_obj(e->key)->type->flags & TF_STR_SUB) &&
                str_eq(e->key, key))
                return e->value;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_cstr(Realm *r, Value d, const char *key)
{
    if (dict_ptr(d)->used == 0) return V_NULL;
    return dict_get_str(r, d, str_from_cstr(r, key));
}

void dict_set(Realm *r, Value d, Value key, Value v)
{
    dict_set_hash(r, d, key, dict_key_hash(r, key), v);
}

void dict_set_cstr(Realm *r, Value d, const char *key, Value v)
{
    Value k = str_intern_cstr(r, key);
    dict_set_hash(r, d, k, str_hash(r, k), v);
}

/* Removes the entry at position ix whose index slot is `slot`. */
static Value dict_remove_at(Dict *d, int64_t ix, uint64_t slot)
{
    DictEntry *e = &d->entries[ix];
    Value v = e->value;
    ix_set(d, slot, IX_DUMMY);
    e->key = V_NULL;
    e->value = V_NULL;
    d->used--;
    d->version++;
    return v;
}

Value dict_pop_hash(Realm *r, Value dv, Value key, int64_t hash)
{
    if (dict_ptr(dv)->used == 0) return V_NULL;
    uint64_t slot;
    int64_t ix = dict_find(r, dv, key, hash, &slot);
    if (ix < 0) return V_NULL;
    return dict_remove_at(dict_ptr(dv), ix, slot);
}

bool dict_del(Realm *r, Value d, Value key)
{
    int64_t hash = dict_key_hash(r, key);
    return dict_pop_hash(r, d, key, hash) != V_NULL;
}

int64_t dict_len(Value d) { return dict_ptr(d)->used; }

bool dict_next(Value dv, int64_t *pos, Value *key, Value *value)
{
    Dict *d = dict_ptr(dv);
    while (*pos >= 0 && *pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key == V_NULL) continue;
        if (key) *key = e->key;
        if (value) *value = e->value;
        return true;
    }
    return false;
}

void dict_clear(Realm *r, Value dv)
{
    Dict *d = dict_ptr(dv);
    if (d->log2size) {
        void *index = d->index;
        DictEntry *entries = d->entries;
        int lg = d->log2size;
        d->index = NULL;
        d->entries = NULL;
        d->log2size = 0;
        d->used = d->nentries = d->cap = 0;
        (void)entries;
        heap_raw_free(r, index, index_bytes(lg) + entries_bytes(lg));
    }
    d->version++;
}

/* Copies every live entry of src into the empty dict dst, keeping order
 * and hashes (no key comparisons: src keys are distinct). */
static void dict_copy_into(Realm *r, Value dst, Value src)
{
    Dict *s = dict_ptr(src), *d = dict_ptr(dst);
    if (s->used == 0) return;
    dict_resize_to(r, d, log2_for((s->used * 3 + 1) / 2));
    s = dict_ptr(src);
    for (int64_t i = 0; i < s->nentries; i++) {
        DictEntry *e = &s->entries[i];
        if (e->key == V_NULL) continue;
        dict_insert_new(r, d, e->key, e->hash, e->value);
    }
}

Value dict_copy(Realm *r, Value d)
{
    Value res = dict_new(r);
    dict_copy_into(r, res, d);
    return res;
}

/* d.update(other) for a dict whose iteration is the plain dict's. */
static void dict_merge_dict(Realm *r, Value d, Value other)
{
    if (d == other) return;
    if (dict_ptr(d)->used == 0 && v_obj(d)->type == r->t_dict) {
        dict_copy_into(r, d, other);
        return;
    }
    for (int64_t i = 0; i < dict_ptr(other)->nentries; i++) {   /* budget */
        DictEntry *e = &dict_ptr(other)->entries[i];
        if (e->key == V_NULL) continue;
        Value k = e->key, v = e->value;
        dict_set_hash(r, d, k, e->hash, v);
    }
}

static void dict_update_pairs(Realm *r, Value d, Value iterable)
{
    Value it = op_iter(r, iterable);
    for (int64_t n = 0;; n++) {   /* budget */
        Value item = op_next(r, it);
        if (item == V_NULL) break;
        Value k, v;
        if (cont_is_tuple(item) || cont_is_list(item)) {
            int64_t len = cont_is_tuple(item) ? tuple_ptr(item)->len : list_ptr(item)->len;
            if (len != 2)
                err_value(r, "dictionary update sequence element #%lld has length %lld; 2 is required",
                          (long long)n, (long long)len);
            Value *p = cont_is_tuple(item) ? tuple_ptr(item)->items : list_ptr(item)->items;
            k = p[0]; v = p[1];
        } else {
            if (v_type(r, item)->iter == NULL && type_lookup(r, v_type(r, item), NM(r, __iter__)) == V_NULL &&
                type_lookup(r, v_type(r, item), NM(r, __getitem__)) == V_NULL)
                err_type(r, "cannot convert dictionary update sequence element #%lld to a sequence",
                         (long long)n);
            Value l = list_from_iterable(r, item);
            if (list_ptr(l)->len != 2)
                err_value(r, "dictionary update sequence element #%lld has length %lld; 2 is required",
                          (long long)n, (long long)list_ptr(l)->len);
            k = list_ptr(l)->items[0]; v = list_ptr(l)->items[1];
        }
        dict_set(r, d, k, v);
    }
}

static bool dict_is_plain_iter(Realm *r, Value o)
{
    return cont_is_dict(o) && v_obj(o)->type->iter == r->t_dict->iter;
}

void dict_update(Realm *r, Value d, Value other)
{
    if (dict_is_plain_iter(r, other)) { dict_merge_dict(r, d, other); return; }
    Value keys = op_getattr_opt(r, other, NM(r, keys));
    if (keys != V_NULL) {
        Value ks = op_call(r, keys, &other, 0, V_NULL);   /* other.keys() */
        Value it = op_iter(r, ks);
        for (;;) {   /* budget */
            Value k = op_next(r, it);
            if (k == V_NULL) break;
            dict_set(r, d, k, op_getitem(r, other, k));
        }
        return;
    }
    dict_update_pairs(r, d, other);
}

Value dict_getitem(Realm *r, Value d, Value key)
{
    Value v = dict_get(r, d, key);
    if (v != V_NULL) return v;
    if (v_obj(d)->type != r->t_dict) {
        Value m = op_call_special(r, d, NM(r, __missing__), &key, 1);
        if (m != V_NULL) return m;
    }
    err_key(r, key);
}

/* ---- slots ---- */

static void dict_trace(Realm *r, Obj *o)
{
    Dict *d = (Dict *)o;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key == V_NULL) continue;
        heap_mark(r, d->entries[i].key);
        heap_mark(r, d->entries[i].value);
    }
}

static void dict_finalize(Realm *r, Obj *o)
{
    Dict *d = (Dict *)o;
    if (d->log2size) heap_raw_free(r, d->index, index_bytes(d->log2size) + entries_bytes(d->log2size));
    d->index = NULL;
    d->entries = NULL;
    d->log2size = 0;
    d->used = d->nentries = d->cap = 0;
}

static int64_t dict_len_slot(Realm *r, Value d) { return dict_ptr(d)->used; }
static int dict_truth(Realm *r, Value d) { return dict_ptr(d)->used != 0; }

static Value dict_repr_body(Realm *r, Value d)
{
    StrBuf b;
    strbuf_init(r, &b);
    strbuf_add_ascii(&b, "{", 1);
    bool first = true;
    for (int64_t i = 0; i < dict_ptr(d)->nentries; i++) {   /* budget */
        DictEntry *e = &dict_ptr(d)->entries[i];
        if (e->key == V_NULL) continue;
        Value k = e->key, v = e->value;
        if (!first) strbuf_add_ascii(&b, ", ", 2);
        first = false;
        strbuf_add_str(&b, op_repr(r, k));
        strbuf_add_ascii(&b, ": ", 2);
        strbuf_add_str(&b, op_repr(r, v));
    }
    strbuf_add_ascii(&b, "}", 1);
    return strbuf_finish(&b);
}

Value dict_repr(Realm *r, Value d)
{
    if (dict_ptr(d)->used == 0) return str_from_cstr(r, "{}");
    return cont_repr_guarded(r, d, dict_repr_body, "{...}");
}

static Value dict_getitem_slot(Realm *r, Value d, Value key) { return dict_getitem(r, d, key); }

static void dict_setitem_slot(Realm *r, Value d, Value key, Value v)
{
    if (v != V_NULL) { dict_set(r, d, key, v); return; }
    if (!dict_del(r, d, key)) err_key(r, key);
}

static int dict_contains(Realm *r, Value d, Value key) { return dict_get(r, d, key) != V_NULL; }

static Value dict_richcmp(Realm *r, Value a, Value b, int op)
{
    if (!cont_is_dict(a) || !cont_is_dict(b) || (op != CMP_EQ && op != CMP_NE)) return r->notimpl;
    bool eq = true;
    if (dict_ptr(a)->used != dict_ptr(b)->used) eq = false;
    else {
        err_check_stack(r);
        for (int64_t i = 0; i < dict_ptr(a)->nentries; i++) {   /* budget */
            DictEntry *e = &dict_ptr(a)->entries[i];
            if (e->key == V_NULL) continue;
            Value k = e->key, v = e->value;
            Value bv = dict_get(r, b, k);
            if (bv == V_NULL || !cont_eq(r, v, bv)) { eq = false; break; }
        }
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static Value dict_or(Realm *r, Value a, Value b)
{
    if (!cont_is_dict(a) || !cont_is_dict(b)) return r->notimpl;
    Value res = dict_copy(r, a);
    dict_update(r, res, b);
    return res;
}

static Value dict_ior(Realm *r, Value a, Value b)
{
    if (!cont_is_dict(a)) return r->notimpl;
    dict_update(r, a, b);
    return a;
}

static Value dict_iter(Realm *r, Value d) { return dictiter_new(r, d, DV_KEYS, false); }

static Value dict_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    return dict_new_type(r, t);
}

/* ---- methods ---- */

static size_t kw_count(Value kw) { return kw == V_NULL ? 0 : (size_t)tuple_ptr(kw)->len; }

static Value dict_init_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__init__", r->t_dict, NULL, NULL);
    if (nargs > 2) err_type(r, "dict expected at most 1 argument, got %zu", nargs - 1);
    if (nargs == 2) dict_update(r, args[0], args[1]);
    size_t nkw = kw_count(kw);
    for (size_t i = 0; i < nkw; i++)
        dict_set(r, args[0], tuple_ptr(kw)->items[i], args[nargs + i]);
    return V_NONE;
}

static Value dict_update_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "update", r->t_dict, NULL, NULL);
    if (nargs > 2) err_type(r, "update expected at most 1 argument, got %zu", nargs - 1);
    if (nargs == 2) dict_update(r, args[0], args[1]);
    size_t nkw = kw_count(kw);
    for (size_t i = 0; i < nkw; i++)
        dict_set(r, args[0], tuple_ptr(kw)->items[i], args[nargs + i]);
    return V_NONE;
}

static Value dict_get_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "get", r->t_dict, NULL, NULL);
    arg_count(r, "get", nargs - 1, kw, 1, 2);
    Value v = dict_get(r, args[0], args[1]);
    if (v != V_NULL) return v;
    return nargs > 2 ? args[2] : V_NONE;
}

static Value dict_setdefault_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "setdefault", r->t_dict, NULL, NULL);
    arg_count(r, "setdefault", nargs - 1, kw, 1, 2);
    Value key = args[1];
    int64_t hash = dict_key_hash(r, key);
    uint64_t slot;
    int64_t ix = dict_find(r, args[0], key, hash, &slot);
    if (ix >= 0) return dict_ptr(args[0])->entries[ix].value;
    Value dflt = nargs > 2 ? args[2] : V_NONE;
    dict_insert_new(r, dict_ptr(args[0]), key, hash, dflt);
    return dflt;
}

static Value dict_pop_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "pop", r->t_dict, NULL, NULL);
    arg_count(r, "pop", nargs - 1, kw, 1, 2);
    Value v = dict_pop_hash(r, args[0], args[1], dict_key_hash(r, args[1]));
    if (v != V_NULL) return v;
    if (nargs > 2) return args[2];
    err_key(r, args[1]);
}

static Value dict_popitem_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "popitem", r->t_dict, NULL, NULL);
    arg_count(r, "dict.popitem", nargs - 1, kw, 0, 0);
    Dict *d = dict_ptr(args[0]);
    if (d->used == 0) err_format(r, EXC(r, KeyError), "popitem(): dictionary is empty");
    int64_t i = d->nentries - 1;
    while (i >= 0 && d->entries[i].key == V_NULL) i--;
    DictEntry *e = &d->entries[i];
    Value k = e->key, v = e->value;
    /* find the slot pointing at entry i along its probe sequence */
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1;
    uint64_t perturb = (uint64_t)e->hash;
    uint64_t s = (uint64_t)e->hash & mask;
    while (ix_get(d, s) != i) {
        perturb >>= 5;
        s = (s * 5 + perturb + 1) & mask;
    }
    Value res = tuple_pack(r, 2, k, v);   /* allocate before mutating */
    d = dict_ptr(args[0]);
    dict_remove_at(d, i, s);
    d->cap -= d->nentries - i;   /* the dummy keeps its index slot */
    d->nentries = i;
    return res;
}

static Value dict_keys_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "keys", r->t_dict, NULL, NULL);
    arg_count(r, "dict.keys", nargs - 1, kw, 0, 0);
    return dictview_new(r, args[0], DV_KEYS);
}

static Value dict_values_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "values", r->t_dict, NULL, NULL);
    arg_count(r, "dict.values", nargs - 1, kw, 0, 0);
    return dictview_new(r, args[0], DV_VALUES);
}

static Value dict_items_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "items", r->t_dict, NULL, NULL);
    arg_count(r, "dict.items", nargs - 1, kw, 0, 0);
    return dictview_new(r, args[0], DV_ITEMS);
}

static Value dict_copy_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "copy", r->t_dict, NULL, NULL);
    arg_count(r, "dict.copy", nargs - 1, kw, 0, 0);
    return dict_copy(r, args[0]);
}

static Value dict_clear_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "clear", r->t_dict, NULL, NULL);
    arg_count(r, "dict.clear", nargs - 1, kw, 0, 0);
    dict_clear(r, args[0]);
    return V_NONE;
}

/* dict.fromkeys(iterable, value=None): a classmethod, args[0] is the class. */
static Value dict_fromkeys_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    arg_count(r, "fromkeys", nargs - 1, kw, 1, 2);
    Value value = nargs > 2 ? args[2] : V_NONE;
    Value d = op_call(r, args[0], args + 1, 0, V_NULL);   /* cls() */
    bool plain = v_is_obj(d) && v_obj(d)->type == r->t_dict;
    Value it = op_iter(r, args[1]);
    for (;;) {   /* budget */
        Value k = op_next(r, it);
        if (k == V_NULL) break;
        if (plain) dict_set(r, d, k, value);
        else op_setitem(r, d, k, value);
    }
    return d;
}

static Value dict_contains_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__contains__", r->t_dict, NULL, NULL);
    arg_count(r, "dict.__contains__", nargs - 1, kw, 1, 1);
    return v_bool(dict_get(r, args[0], args[1]) != V_NULL);
}

static Value dict_getitem_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__getitem__", r->t_dict, NULL, NULL);
    arg_count(r, "dict.__getitem__", nargs - 1, kw, 1, 1);
    return dict_getitem(r, args[0], args[1]);
}

static Value dict_setitem_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__setitem__", r->t_dict, NULL, NULL);
    arg_count(r, "__setitem__", nargs - 1, kw, 2, 2);
    dict_set(r, args[0], args[1], args[2]);
    return V_NONE;
}

static Value dict_delitem_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__delitem__", r->t_dict, NULL, NULL);
    arg_count(r, "dict.__delitem__", nargs - 1, kw, 1, 1);
    if (!dict_del(r, args[0], args[1])) err_key(r, args[1]);
    return V_NONE;
}

static Value dict_len_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__len__", r->t_dict, NULL, NULL);
    arg_count(r, "dict.__len__", nargs - 1, kw, 0, 0);
    return int_from_i64(r, dict_ptr(args[0])->used);
}

static Value dict_iter_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__iter__", r->t_dict, NULL, NULL);
    arg_count(r, "dict.__iter__", nargs - 1, kw, 0, 0);
    return dictiter_new(r, args[0], DV_KEYS, false);
}

static Value dict_reversed_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__reversed__", r->t_dict, NULL, NULL);
    arg_count(r, "dict.__reversed__", nargs - 1, kw, 0, 0);
    return dictiter_new(r, args[0], DV_KEYS, true);
}

CONT_UNARY_M(dict_repr_m, "__repr__", dict_repr, r->t_dict, NULL, NULL)
CONT_BIN_M(dict_eq_m, "__eq__", dict_richcmp(r, a, b, CMP_EQ), r->t_dict, NULL, NULL)
CONT_BIN_M(dict_ne_m, "__ne__", dict_richcmp(r, a, b, CMP_NE), r->t_dict, NULL, NULL)
CONT_BIN_M(dict_or_m, "__or__", dict_or(r, a, b), r->t_dict, NULL, NULL)
CONT_BIN_M(dict_ror_m, "__ror__", dict_or(r, b, a), r->t_dict, NULL, NULL)
CONT_BIN_M(dict_ior_m, "__ior__", dict_ior(r, a, b), r->t_dict, NULL, NULL)

CONT_NEW_METHOD(dict_new_m, t_dict, dict_new_slot)

static const MethodDef dict_methods[] = {
    {"__repr__", dict_repr_m, 0},
    {"__eq__", dict_eq_m, 0},
    {"__ne__", dict_ne_m, 0},
    {"__or__", dict_or_m, 0},
    {"__ror__", dict_ror_m, 0},
    {"__ior__", dict_ior_m, 0},
    {"__new__", dict_new_m, NF_STATICMETHOD},
    {"__init__", dict_init_m, 0},
    {"get", dict_get_m, 0},
    {"setdefault", dict_setdefault_m, 0},
    {"pop", dict_pop_m, 0},
    {"popitem", dict_popitem_m, 0},
    {"keys", dict_keys_m, 0},
    {"values", dict_values_m, 0},
    {"items", dict_items_m, 0},
    {"update", dict_update_m, 0},
    {"copy", dict_copy_m, 0},
    {"clear", dict_clear_m, 0},
    {"fromkeys", dict_fromkeys_m, NF_CLASSMETHOD},
    {"__contains__", dict_contains_m, 0},
    {"__getitem__", dict_getitem_m, 0},
    {"__setitem__", dict_setitem_m, 0},
    {"__delitem__", dict_delitem_m, 0},
    {"__len__", dict_len_m, 0},
    {"__iter__", dict_iter_m, 0},
    {"__reversed__", dict_reversed_m, 0},
    {NULL, NULL, 0}
};

void dict_init_type(Realm *r)
{
    Type *t = r->t_dict;
    t->basicsize = sizeof(Dict);
    t->flags |= TF_BASETYPE | TF_DICT_SUB | TF_IMMUTABLE;
    t->trace = dict_trace;
    t->finalize = dict_finalize;
    t->new_ = dict_new_slot;
    t->init = dict_init_m;
    t->repr = dict_repr;
    t->hash = NULL;
    t->richcmp = dict_richcmp;
    t->iter = dict_iter;
    t->len = dict_len_slot;
    t->getitem = dict_getitem_slot;
    t->setitem = dict_setitem_slot;
    t->contains = dict_contains;
    t->truth = dict_truth;
    t->nb[NB_OR] = dict_or;
    t->inb[NB_OR] = dict_ior;
    type_add_methods(r, t, dict_methods);
    dictview_init_types(r);
}

/* The entry position of str key `key` in d, or -1: the VM's inline caches
 * remember it as a hint and recheck the key at that position. */
int64_t dict_index_str(Realm *r, Value dv, Value key)
{
    Dict *d = dict_ptr(dv);
    if (d->used == 0) return -1;
    int64_t hash = str_hash(r, key);
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash && v_is_obj(e->key) && (v_obj(e->key)->type->flags & TF_STR_SUB) &&
                str_eq(e->key, key))
                return ix;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}
