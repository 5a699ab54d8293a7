/* realm: creating, rooting and destroying an interpreter instance. */
#include <stdlib.h>
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "core/limits.h"
#include "cap/cap.h"

#define VALUE_STACK_SLOTS (256u * 1024u)
#define DEFAULT_MAX_DEPTH 1000

/* Marks everything the realm holds directly (heap.c calls this). */
void realm_mark_roots(Realm *r) {
#define X(n) heap_mark_obj(r, r->t_##n);
    ASP_TYPES(X)
#undef X
    for (int i = 0; i < E__COUNT; i++) heap_mark_obj(r, r->exc_types[i]);
    heap_mark_array(r, r->names, N__COUNT);
    heap_mark_obj(r, r->t_limit_error);
    heap_mark_array(r, r->latin1, 256);
    /* sealed objects that still change: trace what they hold */
    Value mutable_sealed[] = {r->builtins, r->modules, r->interned, r->memory_error, r->repr_stack};
    for (size_t i = 0; i < sizeof mutable_sealed / sizeof mutable_sealed[0]; i++)
        heap_trace_children(r, mutable_sealed[i]);
    Value roots[] = {r->exc, r->builtins, r->modules, r->interned, r->empty_tuple, r->empty_str,
                     r->empty_bytes, r->notimpl, r->ellipsis, r->no_default, r->dummy, r->main_module,
                     r->memory_error, r->repr_stack, r->exc_info, r->stop_value, r->tb_skip_caller,
                     r->api_handles, r->api_error, r->sys_path, r->io_types, r->importing, r->io_stdin,
                     r->codec_errors};
    heap_mark_array(r, roots, sizeof roots / sizeof roots[0]);
    for (Frame *f = r->frame; f; f = f->prev) {
        heap_mark_obj(r, f->code);
        Value fr[] = {f->func, f->globals, f->builtins, f->locals, f->gen};
        heap_mark_array(r, fr, 5);
    }
    if (r->stack) heap_mark_conservative(r, r->stack, (size_t)(r->stack_top - r->stack));
}

static Type *bootstrap_type(Realm *r, const char *name) {
    Type *t = (Type *)heap_alloc(r, r->t_type, sizeof(Type));
    t->name = name;
    t->base = r->t_object;
    t->basicsize = sizeof(Instance);
    t->flags = TF_IMMUTABLE;
    return t;
}

/* Fills bases, mro, __name__ of every built-in type once all exist. */
static void finish_builtin_type(Realm *r, Type *t) {
    if (t->mro != V_NULL) return;   /* done already */
    if (t->base) finish_builtin_type(r, t->base);   /* inherit from a finished base */
    if (t->name_str == V_NULL) t->name_str = str_intern_cstr(r, t->name);
    if (t->qualname == V_NULL) t->qualname = t->name_str;
    if (t->dict == V_NULL) t->dict = dict_new(r);
    if (t->bases == V_NULL)
        t->bases = t->base ? tuple_pack(r, 1, v_from_obj(t->base)) : r->empty_tuple;
    if (t->mro == V_NULL) {
        size_t n = 0;
        for (Type *b = t; b; b = b->base) n++;
        Value mro = tuple_new(r, n);
        n = 0;
        for (Type *b = t; b; b = b->base) tuple_ptr(mro)->items[n++] = v_from_obj(b);
        t->mro = mro;
    }
    /* inherit slots the type did not set from its base */
    Type *b = t->base;
    bool own_cmp = t->richcmp != NULL;
    if (b) {
#define INH(s) if (!t->s) t->s = b->s;
        INH(trace) INH(finalize) INH(new_) INH(init) INH(call) INH(getattr) INH(setattr)
        INH(descr_get) INH(descr_set) INH(repr) INH(str) INH(richcmp) INH(iter)
        INH(next) INH(len) INH(getitem) INH(setitem) INH(contains) INH(truth) INH(neg) INH(pos)
        INH(invert) INH(abs) INH(index) INH(to_int) INH(to_float)
#undef INH
        if (!t->hash && !own_cmp) t->hash = b->hash;
        for (int i = 0; i < NB__COUNT; i++) {
            if (!t->nb[i]) t->nb[i] = b->nb[i];
            if (!t->inb[i]) t->inb[i] = b->inb[i];
        }
        t->flags |= b->flags & (TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB | TF_LIST_SUB | TF_DICT_SUB |
                                TF_TYPE_SUB | TF_EXC_SUB | TF_BYTES_SUB | TF_FLOAT_SUB);
        if (t->basicsize < b->basicsize) t->basicsize = b->basicsize;
    }
    /* unhashable (list, dict, set, ...): __hash__ = None in the type dict,
     * as CPython shows it (and collections.abc.Hashable checks it) */
    Value hash_name = str_intern_cstr(r, "__hash__");
    if (!t->hash && dict_get_str(r, t->dict, hash_name) == V_NULL) dict_set(r, t->dict, hash_name, V_NONE);
    type_add_slot_wrappers(r, t);
}

void realm_finish_type(Realm *r, Type *t) { finish_builtin_type(r, t); }

static bool realm_boot(Realm *r);

/* sys.path from the host's list. */
static bool realm_boot_path(Realm *r, const RealmConfig *cfg) {
    ErrJmp j;
    if (!ERR_TRY(r, &j)) return false;
    r->sys_path = list_new(r, 0);
    for (size_t i = 0; i < cfg->nimport_path; i++)
        if (cfg->import_path[i]) list_append(r, r->sys_path, str_from_cstr(r, cfg->import_path[i]));
    err_untry(r, &j);
    return true;
}

Realm *realm_new(void) {
    RealmConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    return realm_new_with(&cfg);
}

Realm *realm_new_with(const RealmConfig *cfg) {
    Realm *r = calloc(1, sizeof *r);
    if (!r) { cap_free(cfg->caps); return NULL; }
    r->caps = cfg->caps;
    if (!r->caps) {
        CapConfig none;
        memset(&none, 0, sizeof none);
        int e;
        size_t bad;
        r->caps = cap_new(&none, &e, &bad);
        if (!r->caps) { free(r); return NULL; }
    }
    r->max_output = cfg->max_output;
    heap_init(r);
    r->heap.stack_top = (uintptr_t)__builtin_frame_address(0);
    r->max_depth = DEFAULT_MAX_DEPTH;
    r->max_c_depth = 10000;   /* CPython 3.13's C recursion limit (nested repr, ==, ...) */
    r->c_stack_bytes = (size_t)6 << 20;   /* of the usual 8 MiB */
    r->c_stack_limit = r->heap.stack_top - r->c_stack_bytes;
    r->int_max_str_digits = 4300;
    r->hash_k0 = 0x736f6d6570736575ull;   /* fixed default key; hosts seed it */
    r->hash_k1 = 0x646f72616e646f6dull;
    if (cfg->hash_key[0] | cfg->hash_key[1]) {
        r->hash_k0 = cfg->hash_key[0];
        r->hash_k1 = cfg->hash_key[1];
    }
    r->heap.limit = cfg->heap_limit;
    r->heap.stress = cfg->gc_stress;
    r->heap.fail_at = cfg->fail_alloc_at;
    r->steps_left = LIMIT_CHECK_STEPS;
    r->max_steps = cfg->max_steps;
    r->clock = cfg->clock;
    r->clock_ud = cfg->clock_is_caps ? (void *)r->caps : cfg->write_ud;
    if (cfg->max_time_ns && cfg->clock) r->deadline_ns = cfg->clock(r->clock_ud) + cfg->max_time_ns;
    r->write_out = cfg->write_out;
    r->write_err = cfg->write_err;
    r->write_ud = cfg->write_ud;
    r->flush_out = cfg->flush_out;
    r->argc = cfg->argc;
    r->argv = cfg->argv;
    r->exc_info = V_NONE;
    r->stack = calloc(VALUE_STACK_SLOTS, sizeof(Value));
    r->frame_pool_size = 10000;
    r->frame_pool = calloc(r->frame_pool_size + 8, sizeof(Frame));
    if (!r->stack || !r->frame_pool) {
        free(r->stack); free(r->frame_pool); cap_free(r->caps); free(r); return NULL;
    }
    if (cfg->max_depth) r->max_depth = cfg->max_depth < r->frame_pool_size ? cfg->max_depth : r->frame_pool_size;
    r->depth_cap = cfg->max_depth ? r->max_depth : r->frame_pool_size;
    r->stack_end = r->stack + VALUE_STACK_SLOTS;
    r->stack_top = r->stack;

    if (!realm_boot(r) || !realm_boot_path(r, cfg)) {
        realm_free(r);
        return NULL;
    }
    r->heap.stack_top = 0;
    return r;
}

/* Creates every built-in object; false if that ran out of memory. */
static bool realm_boot(Realm *r) {
    ErrJmp j;
    r->heap.paused = true;
    if (!ERR_TRY(r, &j)) return false;
    /* type and object first: every other object needs them */
    r->t_type = (Type *)heap_alloc(r, NULL, sizeof(Type));
    r->t_type->hdr.type = r->t_type;
    r->t_type->name = "type";
    type_bootstrap(r);
    r->t_object = (Type *)heap_alloc(r, r->t_type, sizeof(Type));
    r->t_object->name = "object";
    r->t_object->basicsize = sizeof(Instance);
    r->t_type->base = r->t_object;
    r->t_type->basicsize = sizeof(Type);
#define X(n) if (!r->t_##n) r->t_##n = bootstrap_type(r, #n);
    ASP_TYPES(X)
#undef X
    r->t_object->base = NULL;
    r->t_type->base = r->t_object;
    r->t_bool->base = r->t_int;

    r->empty_tuple = v_from_obj(heap_alloc(r, r->t_tuple, sizeof(Tuple)));
    r->interned = dict_new(r);
#define X(n) n##_init_type(r);
    ASP_TYPE_INITS(X)
#undef X
    if (r->empty_str == V_NULL) r->empty_str = str_new_latin1(r, (const uint8_t *)"", 0);
    for (int c = 0; c < 256; c++)
        if (r->latin1[c] == V_NULL) { uint8_t ch = (uint8_t)c; r->latin1[c] = str_new_latin1(r, &ch, 1); }
    if (r->empty_bytes == V_NULL) r->empty_bytes = bytes_new(r, (const uint8_t *)"", 0);
#define X(n) r->names[N_##n] = str_intern_cstr(r, #n);
    ASP_NAMES(X)
#undef X
#define X(n) finish_builtin_type(r, r->t_##n);
    ASP_TYPES(X)
#undef X
    exceptions_init(r);
    r->t_limit_error = type_new_builtin(r, "ResourceLimitError", EXC(r, BaseException), EXC(r, BaseException)->basicsize,
                                        TF_EXC_SUB);
    r->t_limit_error->dictoffset = EXC(r, BaseException)->dictoffset;
    realm_finish_type(r, r->t_limit_error);
    r->memory_error = exc_new(r, EXC(r, MemoryError), NULL, 0);
    r->repr_stack = list_new(r, 0);
    r->modules = dict_new(r);
    builtins_init(r);
    vm_init_builtins(r);
    err_untry(r, &j);
    r->heap.paused = false;
    heap_seal(r);
    return true;
}

void realm_free(Realm *r) {
    if (!r) return;
    heap_free_all(r);
    cap_free(r->caps);
    free(r->stack);
    free(r->frame_pool);
    free(r);
}
