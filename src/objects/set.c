/* set and frozenset: open-addressing hash table laid out and probed exactly
 * as CPython's setobject.c, so iteration order (and so printed sets of small
 * ints) matches CPython's.
 *
 * Table: mask+1 entries (a power of two, at least 8).  An entry is unused
 * (key V_NULL, hash 0), dummy (key r->dummy, hash -1) or active.  A probe
 * looks at LINEAR_PROBES consecutive entries when they fit before the end of
 * the table, then jumps: perturb >>= 5; i = (i*5 + 1 + perturb) & mask.
 * Resize when fill*5 >= mask*3, to used*4 (used*2 past 50000 keys), the new
 * table being the smallest power of two > that minimum.  An insertion takes
 * the last dummy seen on its probe sequence, if any, before the first
 * unused entry.
 * The pop finger lives in hdr.flags (only its value modulo the table size
 * matters).  table is NULL until the first insertion (then mask is 7).
 * User __eq__ may mutate the set: lookups restart when the table or the
 * compared entry changed; loops re-read the table through set_next. */
#include "objects/containers.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9

static inline Set *set_ptr(Value v) { return (Set *)v_obj(v); }

static int64_t set_key_hash(Realm *r, Value key)
{
    if (v_is_int(key)) return int_hash(r, key);
    if (v_is_obj(key) && v_obj(key)->type == r->t_str) return str_hash(r, key);
    return op_hash(r, key);
}

static void set_alloc_table(Realm *r, Set *s, int64_t size)
{
    s->table = heap_raw_alloc(r, cont_size(r, (size_t)size, sizeof(SetEntry), 0));
    s->mask = size - 1;
}

static Value set_alloc(Realm *r, Type *t)
{
    size_t size = t->basicsize > sizeof(Set) ? t->basicsize : sizeof(Set);
    Set *s = (Set *)heap_alloc(r, t, size);
    s->mask = SET_MINSIZE - 1;
    s->hash = -1;
    return v_from_obj(s);
}

Value set_new(Realm *r, Type *t) { return set_alloc(r, t); }

/* Places key in the first unused entry of its probe sequence (no dummies, no
 * equal keys in the table). */
static void set_insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (e->key == V_NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == V_NULL) goto found;
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static void set_table_resize(Realm *r, Value sv, int64_t minused)
{
    int64_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > (INT64_MAX >> 6)) err_no_memory(r);
        newsize <<= 1;
    }
    Set *s = set_ptr(sv);
    /* CPython keeps a small table without dummies as it is */
    if (newsize == SET_MINSIZE && s->table && s->mask == SET_MINSIZE - 1 && s->fill == s->used) return;
    SetEntry *table = heap_raw_alloc(r, cont_size(r, (size_t)newsize, sizeof(SetEntry), 0));
    s = set_ptr(sv);
    SetEntry *old = s->table;
    int64_t oldsize = old ? s->mask + 1 : 0;
    for (int64_t i = 0; i < oldsize; i++) {
        Value k = old[i].key;
        if (k != V_NULL && k != r->dummy)
            set_insert_clean(table, (uint64_t)newsize - 1, k, old[i].hash);
    }
    s->table = table;
    s->mask = newsize - 1;
    s->fill = s->used;
    if (old) heap_raw_free(r, old, (size_t)oldsize * sizeof(SetEntry));
}

/* Entry index of key or -1. */
static int64_t set_lookkey(Realm *r, Value sv, Value key, int64_t hash)
{
    Set *s = set_ptr(sv);
    bool key_str = v_is_obj(key) && v_obj(key)->type == r->t_str;
restart:
    if (s->table == NULL) return -1;
    uint64_t mask = (uint64_t)s->mask;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        uint64_t j = i;
        do {
            SetEntry *e = &s->table[j];
            if (e->hash == 0 && e->key == V_NULL) return -1;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key) return (int64_t)j;
                if (key_str && v_is_obj(sk) && v_obj(sk)->type == r->t_str) {
                    if (str_eq(sk, key)) return (int64_t)j;
                } else {
                    SetEntry *table = s->table;
                    bool eq = cont_eq(r, sk, key);
                    if (table != s->table || s->table[j].key != sk) goto restart;
                    if (eq) return (int64_t)j;
                    mask = (uint64_t)s->mask;
                }
            }
            j++;
        } while (probes--);
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Adds key; returns false if it was already present. */
static bool set_add_entry(Realm *r, Value sv, Value key, int64_t hash)
{
    Set *s = set_ptr(sv);
    bool key_str = v_is_obj(key) && v_obj(key)->type == r->t_str;
restart:
    if (s->table == NULL) set_alloc_table(r, s, SET_MINSIZE);   /* also after a clear by __eq__ */
    uint64_t mask = (uint64_t)s->mask;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    int64_t freeslot = -1;
    SetEntry *e;
    for (;;) {
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        uint64_t j = i;
        do {
            e = &s->table[j];
            if (e->hash == 0 && e->key == V_NULL) goto found_unused_or_dummy;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key) return false;
                if (key_str && v_is_obj(sk) && v_obj(sk)->type == r->t_str) {
                    if (str_eq(sk, key)) return false;
                } else {
                    SetEntry *table = s->table;
                    bool eq = cont_eq(r, sk, key);
                    if (eq) {
                        if (table != s->table || s->table[j].key != sk) goto restart;
                        return false;
                    }
                    if (table != s->table || s->table[j].key != sk) goto restart;
                    mask = (uint64_t)s->mask;
                }
            } else if (e->hash == -1) {
                freeslot = (int64_t)j;   /* the last dummy seen wins, as CPython */
            }
            j++;
        } while (probes--);
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot >= 0) {
        s->table[freeslot].key = key;
        s->table[freeslot].hash = hash;
        s->used++;
        return true;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)s->fill * 5 < (uint64_t)s->mask * 3) return true;
    set_table_resize(r, sv, s->used > 50000 ? s->used * 2 : s->used * 4);
    return true;
}

/* Turns an unhashable set key into a frozenset, as CPython does for
 * `s in setofsets`, discard and remove. */
static Value set_key_for_lookup(Realm *r, Value key)
{
    if (cont_is_anyset(r, key) && !cont_is_frozenset(r, key)) {
        Value f = set_alloc(r, r->t_frozenset);
        set_update(r, f, key);
        return f;
    }
    return key;
}

static bool set_discard_key(Realm *r, Value sv, Value key, int64_t hash)
{
    int64_t j = set_lookkey(r, sv, key, hash);
    if (j < 0) return false;
    Set *s = set_ptr(sv);
    s->table[j].key = r->dummy;
    s->table[j].hash = -1;
    s->used--;
    return true;
}

/* ---- public API ---- */

void set_add(Realm *r, Value s, Value key)
{
    set_add_entry(r, s, key, set_key_hash(r, key));
}

int set_contains(Realm *r, Value s, Value key)
{
    key = set_key_for_lookup(r, key);
    int64_t hash = set_key_hash(r, key);
    return set_lookkey(r, s, key, hash) >= 0;
}

bool set_discard(Realm *r, Value s, Value key)
{
    key = set_key_for_lookup(r, key);
    return set_discard_key(r, s, key, set_key_hash(r, key));
}

bool set_next(Value sv, int64_t *pos, Value *key)
{
    Set *s = set_ptr(sv);
    if (s->table == NULL) return false;
    while (*pos >= 0 && *pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (e->key != V_NULL && e->hash != -1) {
            if (key) *key = e->key;
            return true;
        }
    }
    return false;
}

/* Like set_next with the stored hash. */
static bool set_next_hash(Value sv, int64_t *pos, Value *key, int64_t *hash)
{
    Set *s = set_ptr(sv);
    if (s->table == NULL) return false;
    while (*pos >= 0 && *pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (e->key != V_NULL && e->hash != -1) {
            *key = e->key;
            *hash = e->hash;
            return true;
        }
    }
    return false;
}

void set_clear(Realm *r, Value sv)
{
    Set *s = set_ptr(sv);
    SetEntry *t = s->table;
    int64_t size = s->mask + 1;
    s->table = NULL;
    s->mask = SET_MINSIZE - 1;
    s->used = s->fill = 0;   /* the pop finger stays, as CPython's */
    if (t) heap_raw_free(r, t, (size_t)size * sizeof(SetEntry));
}

static void set_merge(Realm *r, Value sv, Value ov)
{
    if (sv == ov || set_ptr(ov)->used == 0) return;
    Set *s = set_ptr(sv), *o = set_ptr(ov);
    if ((s->fill + o->used) * 5 >= s->mask * 3)
        set_table_resize(r, sv, (s->used + o->used) * 2);
    if (s->table == NULL) set_alloc_table(r, s, SET_MINSIZE);
    o = set_ptr(ov);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (int64_t i = 0; i <= o->mask; i++)
            if (o->table[i].key != V_NULL) s->table[i] = o->table[i];
        s->fill = o->fill;
        s->used = o->used;
        return;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (int64_t i = 0; i <= o->mask; i++) {
            Value k = o->table[i].key;
            if (k != V_NULL && k != r->dummy)
                set_insert_clean(s->table, (uint64_t)s->mask, k, o->table[i].hash);
        }
        return;
    }
    int64_t pos = 0, h;
    Value k;
    while (set_next_hash(ov, &pos, &k, &h))   /* budget */
        set_add_entry(r, sv, k, h);
}

void set_update(Realm *r, Value sv, Value it)
{
    if (cont_is_anyset(r, it)) { set_merge(r, sv, it); return; }
    if (v_is_obj(it) && v_obj(it)->type == r->t_dict) {
        Set *s = set_ptr(sv);
        int64_t n = dict_len(it);
        if ((s->fill + n) * 5 >= s->mask * 3) set_table_resize(r, sv, (s->used + n) * 2);
        Dict *d = (Dict *)v_obj(it);
        for (int64_t i = 0; i < d->nentries; i++) {   /* budget */
            DictEntry *e = &d->entries[i];
            if (e->key == V_NULL) continue;
            set_add_entry(r, sv, e->key, e->hash);
        }
        return;
    }
    Value iter = op_iter(r, it);
    for (;;) {   /* budget */
        Value k = op_next(r, iter);
        if (k == V_NULL) break;
        set_add(r, sv, k);
    }
}

/* make_new_set_basetype: a set or frozenset (never a subclass) like so. */
static Type *set_basetype(Realm *r, Value so)
{
    return cont_is_frozenset(r, so) ? r->t_frozenset : r->t_set;
}

static Value set_copy_of(Realm *r, Value so)
{
    Value res = set_alloc(r, set_basetype(r, so));
    set_update(r, res, so);
    return res;
}

static Value set_from_iterable(Realm *r, Type *t, Value it)
{
    Value res = set_alloc(r, t);
    set_update(r, res, it);
    return res;
}

/* ---- the set algebra, as CPython computes it (order of insertions matters
 * for the iteration order of the result) ---- */

Value set_intersection(Realm *r, Value so, Value other)
{
    if (so == other) return set_copy_of(r, so);
    Value res = set_alloc(r, set_basetype(r, so));
    Value k;
    int64_t h;
    if (cont_is_anyset(r, other)) {
        if (set_ptr(other)->used > set_ptr(so)->used) { Value t = so; so = other; other = t; }
        int64_t pos = 0;
        while (set_next_hash(other, &pos, &k, &h))   /* budget */
            if (set_lookkey(r, so, k, h) >= 0) set_add_entry(r, res, k, h);
        return res;
    }
    Value it = op_iter(r, other);
    for (;;) {   /* budget */
        k = op_next(r, it);
        if (k == V_NULL) break;
        h = set_key_hash(r, k);
        if (set_lookkey(r, so, k, h) >= 0) set_add_entry(r, res, k, h);
    }
    return res;
}

static void set_swap_bodies(Set *a, Set *b)
{
    Set t = *a;
    a->used = b->used; a->fill = b->fill; a->mask = b->mask; a->table = b->table;
    a->hash = -1;   /* the pop fingers stay with their sets, as CPython's */
    b->used = t.used; b->fill = t.fill; b->mask = t.mask; b->table = t.table;
    b->hash = -1;
}

static void set_intersection_update(Realm *r, Value so, Value other)
{
    Value tmp = set_intersection(r, so, other);
    set_swap_bodies(set_ptr(so), set_ptr(tmp));
}

void set_difference_update(Realm *r, Value so, Value other)
{
    if (so == other) { set_clear(r, so); return; }
    Value k;
    int64_t h;
    if (cont_is_anyset(r, other)) {
        int64_t pos = 0;
        while (set_next_hash(other, &pos, &k, &h))   /* budget */
            set_discard_key(r, so, k, h);
    } else if (v_is_obj(other) && v_obj(other)->type == r->t_dict) {
        int64_t pos = 0;
        while (dict_next(other, &pos, &k, NULL))   /* budget */
            set_discard_key(r, so, k, set_key_hash(r, k));
    } else {
        Value it = op_iter(r, other);
        for (;;) {   /* budget */
            k = op_next(r, it);
            if (k == V_NULL) break;
            set_discard(r, so, k);
        }
    }
    Set *s = set_ptr(so);
    if ((uint64_t)(s->fill - s->used) <= (uint64_t)s->mask / 4) return;
    set_table_resize(r, so, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static Value set_difference(Realm *r, Value so, Value other)
{
    int64_t other_size;
    if (cont_is_anyset(r, other)) other_size = set_ptr(other)->used;
    else if (v_is_obj(other) && v_obj(other)->type == r->t_dict) other_size = dict_len(other);
    else other_size = -1;
    if (other_size < 0 || (set_ptr(so)->used >> 2) > other_size) {
        Value res = set_copy_of(r, so);
        set_difference_update(r, res, other);
        return res;
    }
    Value res = set_alloc(r, set_basetype(r, so));
    int64_t pos = 0, h;
    Value k;
    bool isdict = !cont_is_anyset(r, other);
    while (set_next_hash(so, &pos, &k, &h)) {   /* budget */
        bool found = isdict ? dict_lookup_index(r, other, k, h) >= 0 : set_lookkey(r, other, k, h) >= 0;
        if (!found) set_add_entry(r, res, k, h);
    }
    return res;
}

void set_symmetric_difference_update(Realm *r, Value so, Value other)
{
    if (so == other) { set_clear(r, so); return; }
    Value k;
    int64_t h;
    if (v_is_obj(other) && v_obj(other)->type == r->t_dict) {
        int64_t pos = 0;
        while (dict_next(other, &pos, &k, NULL)) {   /* budget */
            h = set_key_hash(r, k);
            if (!set_discard_key(r, so, k, h)) set_add_entry(r, so, k, h);
        }
        return;
    }
    Value os = cont_is_anyset(r, other) ? other : set_from_iterable(r, set_basetype(r, so), other);
    int64_t pos = 0;
    while (set_next_hash(os, &pos, &k, &h))   /* budget */
        if (!set_discard_key(r, so, k, h)) set_add_entry(r, so, k, h);
}

static Value set_symmetric_difference(Realm *r, Value so, Value other)
{
    Value res = set_from_iterable(r, set_basetype(r, so), other);
    set_symmetric_difference_update(r, res, so);
    return res;
}

static bool set_issubset(Realm *r, Value so, Value other)
{
    if (!cont_is_anyset(r, other)) other = set_from_iterable(r, r->t_set, other);
    if (set_ptr(so)->used > set_ptr(other)->used) return false;
    int64_t pos = 0, h;
    Value k;
    while (set_next_hash(so, &pos, &k, &h))   /* budget */
        if (set_lookkey(r, other, k, h) < 0) return false;
    return true;
}

static bool set_issuperset(Realm *r, Value so, Value other)
{
    if (cont_is_anyset(r, other)) return set_issubset(r, other, so);
    Value it = op_iter(r, other);
    for (;;) {   /* budget */
        Value k = op_next(r, it);
        if (k == V_NULL) return true;
        if (!set_contains(r, so, k)) return false;
    }
}

static bool set_isdisjoint(Realm *r, Value so, Value other)
{
    Value k;
    int64_t h;
    if (so == other) return set_ptr(so)->used == 0;
    if (cont_is_anyset(r, other)) {
        if (set_ptr(other)->used > set_ptr(so)->used) { Value t = so; so = other; other = t; }
        int64_t pos = 0;
        while (set_next_hash(other, &pos, &k, &h))   /* budget */
            if (set_lookkey(r, so, k, h) >= 0) return false;
        return true;
    }
    Value it = op_iter(r, other);
    for (;;) {   /* budget */
        k = op_next(r, it);
        if (k == V_NULL) return true;
        if (set_lookkey(r, so, k, set_key_hash(r, k)) >= 0) return false;
    }
}

/* ---- slots ---- */

static void set_trace(Realm *r, Obj *o)
{
    Set *s = (Set *)o;
    if (s->table == NULL) return;
    for (int64_t i = 0; i <= s->mask; i++)
        if (s->table[i].key != V_NULL) heap_mark(r, s->table[i].key);
}

static void set_finalize(Realm *r, Obj *o)
{
    Set *s = (Set *)o;
    if (s->table) heap_raw_free(r, s->table, (size_t)(s->mask + 1) * sizeof(SetEntry));
    s->table = NULL;
    s->used = s->fill = 0;
}

static int64_t set_len(Realm *r, Value s) { return set_ptr(s)->used; }
static int set_truth(Realm *r, Value s) { return set_ptr(s)->used != 0; }
static int set_contains_slot(Realm *r, Value s, Value k) { return set_contains(r, s, k); }

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static int64_t frozenset_hash(Realm *r, Value sv)
{
    Set *s = set_ptr(sv);
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    int64_t size = s->mask + 1;
    if (s->table) {
        for (int64_t i = 0; i < size; i++) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    } else {
        for (int64_t i = 0; i < size; i++) hash ^= shuffle_bits(0);
    }
    if ((size - s->fill) & 1) hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    s->hash = (int64_t)hash;
    return s->hash;
}

static Value set_repr_body(Realm *r, Value sv)
{
    Type *t = v_obj(sv)->type;
    StrBuf b;
    strbuf_init(r, &b);
    bool plain = t == r->t_set;
    if (!plain) { strbuf_add_cstr(&b, t->name); strbuf_add_ascii(&b, "(", 1); }
    strbuf_add_ascii(&b, "{", 1);
    /* iterate over a snapshot: a user __repr__ may mutate the set */
    Value keys = list_new(r, 0);
    int64_t pos = 0;
    Value k;
    while (set_next(sv, &pos, &k)) list_append(r, keys, k);
    for (int64_t i = 0; i < list_ptr(keys)->len; i++) {   /* budget */
        if (i) strbuf_add_ascii(&b, ", ", 2);
        strbuf_add_str(&b, op_repr(r, list_ptr(keys)->items[i]));
    }
    strbuf_add_ascii(&b, "}", 1);
    if (!plain) strbuf_add_ascii(&b, ")", 1);
    return strbuf_finish(&b);
}

static Value set_repr(Realm *r, Value sv)
{
    Type *t = v_obj(sv)->type;
    if (set_ptr(sv)->used == 0) return str_format(r, "%s()", t->name);
    err_check_stack_in(r, " while getting the repr of an object");
    if (!cont_repr_enter(r, sv)) return str_format(r, "%s(...)", t->name);
    cont_repr_leave(r, sv);
    return cont_repr_guarded(r, sv, set_repr_body, "...");
}

static Value set_richcmp(Realm *r, Value a, Value b, int op)
{
    if (!cont_is_anyset(r, a) || !cont_is_anyset(r, b)) return r->notimpl;
    int64_t la = set_ptr(a)->used, lb = set_ptr(b)->used;
    switch (op) {
    case CMP_EQ:
        if (la != lb) return V_FALSE;
        if (cont_is_frozenset(r, a) && cont_is_frozenset(r, b) &&
            set_ptr(a)->hash != -1 && set_ptr(b)->hash != -1 && set_ptr(a)->hash != set_ptr(b)->hash)
            return V_FALSE;
        return v_bool(set_issubset(r, a, b));
    case CMP_NE:
        if (la != lb) return V_TRUE;
        return v_bool(!set_issubset(r, a, b));
    case CMP_LE: return v_bool(set_issubset(r, a, b));
    case CMP_GE: return v_bool(set_issubset(r, b, a));
    case CMP_LT: return v_bool(la < lb && set_issubset(r, a, b));
    default:     return v_bool(la > lb && set_issubset(r, b, a));
    }
}

static Value set_or(Realm *r, Value a, Value b)
{
    if (!cont_is_anyset(r, a) || !cont_is_anyset(r, b)) return r->notimpl;
    Value res = set_copy_of(r, a);
    if (a != b) set_update(r, res, b);
    return res;
}

static Value set_and(Realm *r, Value a, Value b)
{
    if (!cont_is_anyset(r, a) || !cont_is_anyset(r, b)) return r->notimpl;
    return set_intersection(r, a, b);
}

static Value set_sub(Realm *r, Value a, Value b)
{
    if (!cont_is_anyset(r, a) || !cont_is_anyset(r, b)) return r->notimpl;
    return set_difference(r, a, b);
}

static Value set_xor(Realm *r, Value a, Value b)
{
    if (!cont_is_anyset(r, a) || !cont_is_anyset(r, b)) return r->notimpl;
    return set_symmetric_difference(r, a, b);
}

static bool is_mutable_set(Realm *r, Value v)
{
    return cont_is_anyset(r, v) && !cont_is_frozenset(r, v);
}

static Value set_ior(Realm *r, Value a, Value b)
{
    if (!is_mutable_set(r, a) || !cont_is_anyset(r, b)) return r->notimpl;
    set_update(r, a, b);
    return a;
}

static Value set_iand(Realm *r, Value a, Value b)
{
    if (!is_mutable_set(r, a) || !cont_is_anyset(r, b)) return r->notimpl;
    set_intersection_update(r, a, b);
    return a;
}

static Value set_isub(Realm *r, Value a, Value b)
{
    if (!is_mutable_set(r, a) || !cont_is_anyset(r, b)) return r->notimpl;
    set_difference_update(r, a, b);
    return a;
}

static Value set_ixor(Realm *r, Value a, Value b)
{
    if (!is_mutable_set(r, a) || !cont_is_anyset(r, b)) return r->notimpl;
    set_symmetric_difference_update(r, a, b);
    return a;
}

static Value set_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    if (t == r->t_set && kw != V_NULL && tuple_ptr(kw)->len > 0)
        err_type(r, "set() takes no keyword arguments");
    return set_alloc(r, t);
}

static Value frozenset_new_slot(Realm *r, Type *t, Value *args, size_t nargs, Value kw)
{
    if (t == r->t_frozenset && kw != V_NULL && tuple_ptr(kw)->len > 0)
        err_type(r, "frozenset() takes no keyword arguments");
    if (nargs > 1) err_type(r, "frozenset expected at most 1 argument, got %zu", nargs);
    if (nargs == 1 && t == r->t_frozenset && v_is_obj(args[0]) && v_obj(args[0])->type == t)
        return args[0];
    Value s = set_alloc(r, t);
    if (nargs == 1) set_update(r, s, args[0]);
    return s;
}

/* ---- methods ---- */

static Value set_init_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__init__", r->t_set, NULL, NULL);
    if (kw != V_NULL && tuple_ptr(kw)->len > 0) err_type(r, "set() takes no keyword arguments");
    if (nargs > 2) err_type(r, "set expected at most 1 argument, got %zu", nargs - 1);
    if (set_ptr(args[0])->used || set_ptr(args[0])->fill) set_clear(r, args[0]);
    if (nargs == 2) set_update(r, args[0], args[1]);
    return V_NONE;
}

static Value set_add_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "add", r->t_set, NULL, NULL);
    arg_count(r, "set.add", nargs - 1, kw, 1, 1);
    set_add(r, args[0], args[1]);
    return V_NONE;
}

static Value set_discard_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "discard", r->t_set, NULL, NULL);
    arg_count(r, "set.discard", nargs - 1, kw, 1, 1);
    set_discard(r, args[0], args[1]);
    return V_NONE;
}

static Value set_remove_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "remove", r->t_set, NULL, NULL);
    arg_count(r, "set.remove", nargs - 1, kw, 1, 1);
    if (!set_discard(r, args[0], args[1])) err_key(r, args[1]);
    return V_NONE;
}

static Value set_pop_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "pop", r->t_set, NULL, NULL);
    arg_count(r, "set.pop", nargs - 1, kw, 0, 0);
    Set *s = set_ptr(args[0]);
    if (s->used == 0) err_format(r, EXC(r, KeyError), "pop from an empty set");
    uint64_t i = (uint64_t)s->hdr.flags & (uint64_t)s->mask;
    while (s->table[i].key == V_NULL || s->table[i].hash == -1) {   /* budget */
        i++;
        if (i > (uint64_t)s->mask) i = 0;
    }
    Value k = s->table[i].key;
    s->table[i].key = r->dummy;
    s->table[i].hash = -1;
    s->used--;
    s->hdr.flags = (uint32_t)(i + 1);
    return k;
}

static Value set_clear_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "clear", r->t_set, NULL, NULL);
    arg_count(r, "set.clear", nargs - 1, kw, 0, 0);
    set_clear(r, args[0]);
    return V_NONE;
}

static Value set_copy_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "copy", r->t_set, r->t_frozenset, NULL);
    arg_count(r, "set.copy", nargs - 1, kw, 0, 0);
    if (v_obj(args[0])->type == r->t_frozenset) return args[0];
    return set_copy_of(r, args[0]);
}

static void kw_none(Realm *r, const char *name, Value kw)
{
    if (kw != V_NULL && tuple_ptr(kw)->len > 0)
        err_type(r, "%s() takes no keyword arguments", name);
}

static Value set_update_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "update", r->t_set, NULL, NULL);
    kw_none(r, "set.update", kw);
    for (size_t i = 1; i < nargs; i++) set_update(r, args[0], args[i]);
    return V_NONE;
}

static Value set_union_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "union", r->t_set, r->t_frozenset, NULL);
    kw_none(r, "set.union", kw);
    Value res = set_copy_of(r, args[0]);
    for (size_t i = 1; i < nargs; i++)
        if (args[i] != args[0]) set_update(r, res, args[i]);
    return res;
}

static Value set_intersection_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "intersection", r->t_set, r->t_frozenset, NULL);
    kw_none(r, "set.intersection", kw);
    if (nargs == 1) return set_copy_of(r, args[0]);
    Value res = args[0];
    for (size_t i = 1; i < nargs; i++) res = set_intersection(r, res, args[i]);
    return res;
}

static Value set_intersection_update_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "intersection_update", r->t_set, NULL, NULL);
    kw_none(r, "set.intersection_update", kw);
    if (nargs == 1) return V_NONE;
    Value res = args[0];
    for (size_t i = 1; i < nargs; i++) res = set_intersection(r, res, args[i]);
    if (res != args[0]) set_swap_bodies(set_ptr(args[0]), set_ptr(res));
    return V_NONE;
}

static Value set_difference_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "difference", r->t_set, r->t_frozenset, NULL);
    kw_none(r, "set.difference", kw);
    if (nargs == 1) return set_copy_of(r, args[0]);
    Value res = set_difference(r, args[0], args[1]);
    for (size_t i = 2; i < nargs; i++) set_difference_update(r, res, args[i]);
    return res;
}

static Value set_difference_update_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "difference_update", r->t_set, NULL, NULL);
    kw_none(r, "set.difference_update", kw);
    for (size_t i = 1; i < nargs; i++) set_difference_update(r, args[0], args[i]);
    return V_NONE;
}

static Value set_symdiff_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "symmetric_difference", r->t_set, r->t_frozenset, NULL);
    arg_count(r, "set.symmetric_difference", nargs - 1, kw, 1, 1);
    return set_symmetric_difference(r, args[0], args[1]);
}

static Value set_symdiff_update_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "symmetric_difference_update", r->t_set, NULL, NULL);
    arg_count(r, "set.symmetric_difference_update", nargs - 1, kw, 1, 1);
    set_symmetric_difference_update(r, args[0], args[1]);
    return V_NONE;
}

static Value set_issubset_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "issubset", r->t_set, r->t_frozenset, NULL);
    arg_count(r, "set.issubset", nargs - 1, kw, 1, 1);
    return v_bool(set_issubset(r, args[0], args[1]));
}

static Value set_issuperset_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "issuperset", r->t_set, r->t_frozenset, NULL);
    arg_count(r, "set.issuperset", nargs - 1, kw, 1, 1);
    return v_bool(set_issuperset(r, args[0], args[1]));
}

static Value set_isdisjoint_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "isdisjoint", r->t_set, r->t_frozenset, NULL);
    arg_count(r, "set.isdisjoint", nargs - 1, kw, 1, 1);
    return v_bool(set_isdisjoint(r, args[0], args[1]));
}

static Value set_contains_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__contains__", r->t_set, r->t_frozenset, NULL);
    arg_count(r, "set.__contains__", nargs - 1, kw, 1, 1);
    return v_bool(set_contains(r, args[0], args[1]));
}

static Value set_len_m(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__len__", r->t_set, r->t_frozenset, NULL);
    arg_count(r, "set.__len__", nargs - 1, kw, 0, 0);
    return int_from_i64(r, set_ptr(args[0])->used);
}

/* ---- set_iterator ---- */

typedef struct SetIter { Obj hdr; Value set; int64_t pos, used, len; } SetIter;

static void setiter_trace(Realm *r, Obj *o) { heap_mark(r, ((SetIter *)o)->set); }

static Value set_iter(Realm *r, Value sv)
{
    SetIter *it = (SetIter *)heap_alloc(r, r->t_set_iterator, sizeof(SetIter));
    it->set = sv;
    it->used = it->len = set_ptr(sv)->used;
    return v_from_obj(it);
}

static Value setiter_next(Realm *r, Value v)
{
    SetIter *it = (SetIter *)v_obj(v);
    if (it->set == V_NULL) return V_NULL;
    if (it->used != set_ptr(it->set)->used) {
        it->used = -1;
        err_format(r, EXC(r, RuntimeError), "Set changed size during iteration");
    }
    Value k;
    if (set_next(it->set, &it->pos, &k)) { it->len--; return k; }
    it->set = V_NULL;
    return V_NULL;
}

static Value setiter_self(Realm *r, Value v) { return v; }

static Value setiter_length_hint(Realm *r, Value *args, size_t nargs, Value kw)
{
    cont_self(r, args, nargs, "__length_hint__", r->t_set_iterator, NULL, NULL);
    arg_count(r, "set.__length_hint__", nargs - 1, kw, 0, 0);
    SetIter *it = (SetIter *)v_obj(args[0]);
    if (it->set == V_NULL || it->used != set_ptr(it->set)->used) return v_small(0);
    return int_from_i64(r, it->len);
}

CONT_UNARY_M(set_repr_m, "__repr__", set_repr, r->t_set, r->t_frozenset, NULL)
CONT_UNARY_M(set_iter_m, "__iter__", set_iter, r->t_set, r->t_frozenset, NULL)
CONT_CMP_MS(set, set_richcmp, r->t_set, r->t_frozenset, NULL)
CONT_BIN_M(set_or_m, "__or__", set_or(r, a, b), r->t_set, r->t_frozenset, NULL)
CONT_BIN_M(set_and_m, "__and__", set_and(r, a, b), r->t_set, r->t_frozenset, NULL)
CONT_BIN_M(set_sub_m, "__sub__", set_sub(r, a, b), r->t_set, r->t_frozenset, NULL)
CONT_BIN_M(set_xor_m, "__xor__", set_xor(r, a, b), r->t_set, r->t_frozenset, NULL)
CONT_BIN_M(set_ror_m, "__ror__", set_or(r, b, a), r->t_set, r->t_frozenset, NULL)
CONT_BIN_M(set_rand_m, "__rand__", set_and(r, b, a), r->t_set, r->t_frozenset, NULL)
CONT_BIN_M(set_rsub_m, "__rsub__", set_sub(r, b, a), r->t_set, r->t_frozenset, NULL)
CONT_BIN_M(set_rxor_m, "__rxor__", set_xor(r, b, a), r->t_set, r->t_frozenset, NULL)
CONT_BIN_M(set_ior_m, "__ior__", set_ior(r, a, b), r->t_set, NULL, NULL)
CONT_BIN_M(set_iand_m, "__iand__", set_iand(r, a, b), r->t_set, NULL, NULL)
CONT_BIN_M(set_isub_m, "__isub__", set_isub(r, a, b), r->t_set, NULL, NULL)
CONT_BIN_M(set_ixor_m, "__ixor__", set_ixor(r, a, b), r->t_set, NULL, NULL)
CONT_HASH_M(frozenset_hash_m, frozenset_hash, r->t_frozenset)

CONT_NEW_METHOD(set_new_m, t_set, set_new_slot)

static const MethodDef set_methods[] = {
    {"__repr__", set_repr_m, 0},
    {"__iter__", set_iter_m, 0},
    CONT_CMP_DEFS(set)
    {"__or__", set_or_m, 0},
    {"__and__", set_and_m, 0},
    {"__sub__", set_sub_m, 0},
    {"__xor__", set_xor_m, 0},
    {"__ror__", set_ror_m, 0},
    {"__rand__", set_rand_m, 0},
    {"__rsub__", set_rsub_m, 0},
    {"__rxor__", set_rxor_m, 0},
    {"__ior__", set_ior_m, 0},
    {"__iand__", set_iand_m, 0},
    {"__isub__", set_isub_m, 0},
    {"__ixor__", set_ixor_m, 0},
    {"__new__", set_new_m, NF_STATICMETHOD},
    {"__init__", set_init_m, 0},
    {"add", set_add_m, 0},
    {"discard", set_discard_m, 0},
    {"remove", set_remove_m, 0},
    {"pop", set_pop_m, 0},
    {"clear", set_clear_m, 0},
    {"copy", set_copy_m, 0},
    {"update", set_update_m, 0},
    {"union", set_union_m, 0},
    {"intersection", set_intersection_m, 0},
    {"intersection_update", set_intersection_update_m, 0},
    {"difference", set_difference_m, 0},
    {"difference_update", set_difference_update_m, 0},
    {"symmetric_difference", set_symdiff_m, 0},
    {"symmetric_difference_update", set_symdiff_update_m, 0},
    {"issubset", set_issubset_m, 0},
    {"issuperset", set_issuperset_m, 0},
    {"isdisjoint", set_isdisjoint_m, 0},
    {"__contains__", set_contains_m, 0},
    {"__len__", set_len_m, 0},
    {NULL, NULL, 0}
};


CONT_NEW_METHOD(frozenset_new_m, t_frozenset, frozenset_new_slot)

static const MethodDef frozenset_methods[] = {
    {"__repr__", set_repr_m, 0},
    {"__iter__", set_iter_m, 0},
    CONT_CMP_DEFS(set)
    {"__or__", set_or_m, 0},
    {"__and__", set_and_m, 0},
    {"__sub__", set_sub_m, 0},
    {"__xor__", set_xor_m, 0},
    {"__ror__", set_ror_m, 0},
    {"__rand__", set_rand_m, 0},
    {"__rsub__", set_rsub_m, 0},
    {"__rxor__", set_rxor_m, 0},
    {"__hash__", frozenset_hash_m, 0},
    {"__new__", frozenset_new_m, NF_STATICMETHOD},
    {"copy", set_copy_m, 0},
    {"union", set_union_m, 0},
    {"intersection", set_intersection_m, 0},
    {"difference", set_difference_m, 0},
    {"symmetric_difference", set_symdiff_m, 0},
    {"issubset", set_issubset_m, 0},
    {"issuperset", set_issuperset_m, 0},
    {"isdisjoint", set_isdisjoint_m, 0},
    {"__contains__", set_contains_m, 0},
    {"__len__", set_len_m, 0},
    {NULL, NULL, 0}
};

CONT_UNARY_M(setiter_iter_m, "__iter__", setiter_self, r->t_set_iterator, NULL, NULL)
CONT_NEXT_M(setiter_next_m, setiter_next, r->t_set_iterator, NULL, NULL)

static const MethodDef setiter_methods[] = {
    {"__iter__", setiter_iter_m, 0},
    {"__next__", setiter_next_m, 0},
    {"__length_hint__", setiter_length_hint, 0},
    {NULL, NULL, 0}
};

static void set_fill_common(Type *t)
{
    t->basicsize = sizeof(Set);
    t->flags |= TF_BASETYPE | TF_IMMUTABLE;
    t->trace = set_trace;
    t->finalize = set_finalize;
    t->repr = set_repr;
    t->richcmp = set_richcmp;
    t->iter = set_iter;
    t->len = set_len;
    t->contains = set_contains_slot;
    t->truth = set_truth;
    t->nb[NB_OR] = set_or;
    t->nb[NB_AND] = set_and;
    t->nb[NB_SUB] = set_sub;
    t->nb[NB_XOR] = set_xor;
}

void set_init_type(Realm *r)
{
    if (r->dummy == V_NULL)   /* the deleted-entry marker: any unique object */
        r->dummy = v_from_obj(heap_alloc(r, r->t_object,
                                         r->t_object->basicsize > sizeof(Obj) ? r->t_object->basicsize : sizeof(Obj)));

    Type *t = r->t_set;
    set_fill_common(t);
    t->new_ = set_new_slot;
    t->init = set_init_m;
    t->hash = NULL;
    t->inb[NB_OR] = set_ior;
    t->inb[NB_AND] = set_iand;
    t->inb[NB_SUB] = set_isub;
    t->inb[NB_XOR] = set_ixor;
    type_add_methods(r, t, set_methods);

    Type *f = r->t_frozenset;
    set_fill_common(f);
    f->new_ = frozenset_new_slot;
    f->hash = frozenset_hash;
    type_add_methods(r, f, frozenset_methods);

    Type *it = r->t_set_iterator;
    it->basicsize = sizeof(SetIter);
    it->flags |= TF_IMMUTABLE;
    it->trace = setiter_trace;
    it->iter = setiter_self;
    it->next = setiter_next;
    type_add_methods(r, it, setiter_methods);
    cont_install_class_getitem(r, r->t_set);
    cont_install_class_getitem(r, r->t_frozenset);
}
