/* _random: the Mersenne Twister (MT19937) core under the random module
 * (src/modules/py/random.py), producing the same numbers as CPython's for
 * the same seed: seeding an int goes through init_by_array with the
 * absolute value's 32-bit words (least significant first), random() takes
 * 27 + 26 bits of two outputs, getrandbits(k) fills 32-bit words from the
 * least significant one, keeping the top k bits of the last.
 *
 * seed(None) has no entropy source of its own (the core reaches nothing
 * outside the realm): it mixes the realm's hash key with a per-realm
 * counter, so different calls and realms differ while a host that fixes
 * the key gets a reproducible run.
 *
 * Invariant: 0 <= index <= 624; state words are 32-bit values. */
#include "core/realm.h"
#include "modules/modules.h"
#include "core/limits.h"
#include "objects/int_impl.h"
#include "vm/ops.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct MTRandom {
    Obj hdr;
    uint32_t mt[MT_N];
    int index;
} MTRandom;

static void mt_init(MTRandom *g, uint32_t s) {
    g->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        g->mt[i] = 1812433253u * (g->mt[i - 1] ^ (g->mt[i - 1] >> 30)) + (uint32_t)i;
    g->index = MT_N;
}

static void mt_init_by_array(MTRandom *g, const uint32_t *key, size_t len) {
    mt_init(g, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        g->mt[i] = (g->mt[i] ^ ((g->mt[i - 1] ^ (g->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) { g->mt[0] = g->mt[MT_N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        g->mt[i] = (g->mt[i] ^ ((g->mt[i - 1] ^ (g->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { g->mt[0] = g->mt[MT_N - 1]; i = 1; }
    }
    g->mt[0] = 0x80000000u;
}

static uint32_t mt_next(MTRandom *g) {
    if (g->index >= MT_N) {
        for (int k = 0; k < MT_N; k++) {
            uint32_t y = (g->mt[k] & 0x80000000u) | (g->mt[(k + 1) % MT_N] & 0x7fffffffu);
            g->mt[k] = g->mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        g->index = 0;
    }
    uint32_t y = g->mt[g->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static Value rand_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames);

/* The built-in type is the one whose new_ is rand_new; subclasses derive
 * from it (methods check self against it, as native_check_self would). */
static MTRandom *rand_self(Realm *r, Value v, const char *what) {
    if (v_is_obj(v))
        for (Type *b = v_obj(v)->type; b; b = b->base)
            if (b->new_ == rand_new && !(b->flags & TF_HEAPTYPE)) return (MTRandom *)v_obj(v);
    err_type(r, "descriptor '%s' requires a '_random.Random' object but received '%T'", what, v);
}

/* Seeds from the absolute value of the int n, as CPython's init_by_array. */
static void rand_seed_int(Realm *r, MTRandom *g, Value n) {
    if (int_sign(r, n) < 0) n = op_neg(r, n);
    uint64_t bits = int_bit_length(n);
    size_t words = bits ? (size_t)((bits + 31) / 32) : 1;
    Value buf = bytes_alloc(r, words * sizeof(uint32_t));   /* owns the key while we compute */
    uint32_t *key = (uint32_t *)(void *)((Bytes *)v_obj(buf))->data;
    Value mask = v_small(0xffffffff), shift = v_small(32);
    for (size_t i = 0; i < words; i++) {
        int64_t w;
        (void)int_to_i64(r, op_binary(r, NB_AND, n, mask), &w);
        key[i] = (uint32_t)w;
        n = op_binary(r, NB_RSHIFT, n, shift);
    }
    mt_init_by_array(g, key, words);
}

static void rand_seed(Realm *r, MTRandom *g, Value arg) {
    if (arg == V_NULL || arg == V_NONE) {
        /* no entropy in the core: the realm's key and a per-realm counter */
        uint64_t c = ++r->random_seed_counter;
        uint32_t key[4] = {(uint32_t)r->hash_k0, (uint32_t)(r->hash_k0 >> 32),
                           (uint32_t)(r->hash_k1 ^ c), (uint32_t)((r->hash_k1 >> 32) ^ (c >> 32))};
        mt_init_by_array(g, key, 4);
        return;
    }
    if (int_check(r, arg)) { rand_seed_int(r, g, arg); return; }
    rand_seed_int(r, g, int_from_i64(r, op_hash(r, arg)));
}

static Value rand_new(Realm *r, Type *t, Value *args, size_t nargs, Value kwnames) {
    MTRandom *g = (MTRandom *)heap_alloc(r, t, t->basicsize);
    /* _random.Random(x) seeds with x; subclasses seed in their __init__ */
    rand_seed(r, g, nargs >= 1 && !(t->flags & TF_HEAPTYPE) ? args[0] : V_NULL);
    return v_from_obj(g);
}

static Value rand_seed_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "seed", nargs, kw, 1, 2);
    rand_seed(r, rand_self(r, args[0], "seed"), nargs > 1 ? args[1] : V_NONE);
    return V_NONE;
}

static Value rand_random_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "random", nargs, kw, 1, 1);
    MTRandom *g = rand_self(r, args[0], "random");
    uint32_t a = mt_next(g) >> 5, b = mt_next(g) >> 6;
    return v_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Value rand_getrandbits_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "getrandbits", nargs, kw, 2, 2);
    MTRandom *g = rand_self(r, args[0], "getrandbits");
    int64_t k = int_as_ssize(r, num_index(r, args[1]));
    if (k < 0) err_value(r, "number of bits must be non-negative");
    if (k == 0) return v_small(0);
    if (k <= 32) return int_from_u64(r, mt_next(g) >> (32 - k));
    /* words from the least significant; the last keeps its top bits */
    size_t words = (size_t)((k - 1) / 32 + 1);
    Value buf = bytes_alloc(r, words * sizeof(uint32_t));
    uint32_t *w = (uint32_t *)(void *)((Bytes *)v_obj(buf))->data;
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = mt_next(g);
        if (k < 32) x >>= (32 - k);
        w[i] = x;
        limits_count(r, 1);   /* budget */
    }
    Value result = v_small(0), shift = v_small(32);
    for (size_t i = words; i > 0; i--)
        result = op_binary(r, NB_OR, op_binary(r, NB_LSHIFT, result, shift), int_from_u64(r, w[i - 1]));
    return result;
}

/* (625 ints: the state words then the index), as CPython's getstate() */
static Value rand_getstate_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "getstate", nargs, kw, 1, 1);
    MTRandom *g = rand_self(r, args[0], "getstate");
    Value t = tuple_new(r, MT_N + 1);
    for (int i = 0; i < MT_N; i++) tuple_ptr(t)->items[i] = int_from_u64(r, g->mt[i]);
    tuple_ptr(t)->items[MT_N] = v_small(g->index);
    return t;
}

static Value rand_setstate_m(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "setstate", nargs, kw, 2, 2);
    MTRandom *g = rand_self(r, args[0], "setstate");
    Value st = args[1];
    if (!(v_is_obj(st) && (v_obj(st)->type->flags & TF_TUPLE_SUB))) err_type(r, "state vector must be a tuple");
    Tuple *t = tuple_ptr(st);
    if (t->len != MT_N + 1) err_value(r, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        int64_t w;
        if (!int_check(r, t->items[i]) || !int_to_i64(r, t->items[i], &w) || w < 0 || w > 0xffffffffLL)
            err_overflow(r, "Python int too large to convert to C unsigned long");
        words[i] = (uint32_t)w;
    }
    int64_t index = int_as_i64(r, num_index(r, t->items[MT_N]));
    if (index < 0 || index > MT_N) err_value(r, "invalid state");
    memcpy(g->mt, words, sizeof words);
    g->index = (int)index;
    return V_NONE;
}

static const MethodDef rand_methods[] = {
    {"seed", rand_seed_m, 0},
    {"random", rand_random_m, 0},
    {"getrandbits", rand_getrandbits_m, 0},
    {"getstate", rand_getstate_m, 0},
    {"setstate", rand_setstate_m, 0},
    {NULL, NULL, 0},
};

Value random_module_new(Realm *r) {
    Value m = module_new(r, str_from_cstr(r, "_random"));
    dict_set(r, r->modules, str_from_cstr(r, "_random"), m);
    Type *t = type_new_builtin(r, "Random", r->t_object, sizeof(MTRandom), TF_BASETYPE);
    t->new_ = rand_new;
    type_add_methods(r, t, rand_methods);
    realm_finish_type(r, t);
    dict_set_cstr(r, t->dict, "__module__", str_from_cstr(r, "_random"));
    dict_set_cstr(r, ((Module *)v_obj(m))->dict, "Random", v_from_obj(t));
    return m;
}
