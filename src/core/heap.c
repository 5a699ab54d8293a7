/* heap: allocation and the mark-sweep collector (see heap.h).
 *
 * Invariants:
 *  - A slot of a small-object chunk is free exactly when its Obj.type is NULL;
 *    a free slot's second word links the size class's free list.
 *  - Obj.gc bit GC_MARK is set only during a collection; sweep clears it.
 *  - Objects alive when the realm finished booting are sealed (GC_PERM, in
 *    chunks flagged perm): never marked, traced or swept, so a collection
 *    costs only what the program allocated.  They must not change what they
 *    reference, except the few mutable ones the realm traces explicitly
 *    (realm_mark_roots: builtins, modules, interned names ...).
 *  - heap->bytes counts every byte handed out (slots, large objects, raw
 *    buffers, accounted external memory), so the limit covers them all.
 *  - Marking never recurses: marked objects go on the gray stack.  If the
 *    gray stack cannot grow, the object stays marked but untraced and
 *    gray_overflow is set; the collector then rescans the heap for marked
 *    objects and traces them again until no overflow remains.
 *  - Weak references: after marking, every weak reference to an unmarked
 *    object is cleared (referent NULL) and, if the weak reference itself is
 *    marked and has a callback, queued; only then are finalizable objects
 *    resurrected and anything freed, so no weak reference ever points to
 *    freed memory (CPython's order: weak references are cleared before
 *    finalizers run).
 *  - Finalizers (__del__, PEP 442): unmarked objects of classes defining
 *    __del__ (and generators suspended in try/with, which get closed)
 *    that were never finalized are queued, flagged GC_FINALIZED and
 *    marked with everything they reach, so they survive this collection.
 *    The queue is a root.  fin_run_pending (src/vm/finalize.c) runs the
 *    callbacks and __del__ methods later, at a point where Python code may
 *    run; a finalized object is freed by the first collection that finds
 *    it unreachable again.  The collector itself never runs Python code. */
#include <stdlib.h>
#include <setjmp.h>
#ifdef ASP_VALGRIND
#include <valgrind/memcheck.h>
#endif
#include "core/realm.h"
#include "objects/objects.h"
#include "core/limits.h"

#define CHUNK_SIZE ((size_t)1 << 16)
#define GC_MARK 1u
#define GC_LARGE 2u     /* allocated apart from the chunks */
#define GC_PERM 4u      /* sealed at the end of realm creation */
#define GC_FINALIZED 8u /* its __del__ has been queued: never again (PEP 442) */
#define HEAP_WEAK_TOMB ((Obj *)(uintptr_t)1)
#define LARGE_MIN 8192

#define CHUNK_WORDS 64      /* bitmap words: one bit per slot, at most 4096 slots */

struct Chunk {
    uint64_t alloc[CHUNK_WORDS];  /* slots holding an object: sweep skips empty runs */
    uint32_t perm;          /* sealed: holds only objects from realm creation */
    uint32_t bump;          /* slots [0, bump) have been handed out at least once */
    uint32_t slot_size;
    uint32_t nslots;
    uint32_t cls;
    uint32_t nlive;
    uint8_t *first;         /* first slot */
};

struct LargeObj {
    size_t size;            /* bytes of the object */
    /* the object follows, 16-byte aligned */
    _Alignas(16) uint8_t obj[];
};

#define SLOT(c, k) ((Obj *)((c)->first + (size_t)(k) * (c)->slot_size))
#define ALLOCATED(c, k) (((c)->alloc[(k) >> 6] >> ((k) & 63)) & 1)

static const uint32_t class_size[HEAP_NCLASSES] = {
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512,
    640, 768, 896, 1024, 1280, 1536, 1792, 2048, 3072, 4096, 6144, 8192,
};

static int size_class(size_t size) {
    if (size <= 128) return (int)((size + 15) / 16) - 1;
    for (int i = 8; i < HEAP_NCLASSES; i++)
        if (size <= class_size[i]) return i;
    return -1;
}

void heap_init(Realm *r) {
    Heap *h = &r->heap;
    h->next_gc = 8u << 20;
    h->thresholds[0] = 2000;
    h->thresholds[1] = 10;
    h->thresholds[2] = 10;
}

/* ---------- accounting ---------- */

/* Makes room for `size` more bytes: collects when due, raises MemoryError
 * when still past the limit. */
static void heap_reserve(Realm *r, size_t size) {
    Heap *h = &r->heap;
    if (h->collecting) return;
    h->allocs++;
    if (h->fail_at && h->allocs >= h->fail_at) {   /* allocation-failure injection */
        h->fail_at = 0;
        err_no_memory(r);
    }
    size_t want;
    if (__builtin_add_overflow(h->bytes, size, &want)) err_no_memory(r);
    if (h->paused) {
        if (h->limit && want > h->limit) err_no_memory(r);
        return;
    }
    /* every allocation is a step of the instruction budget, and big ones
     * one more per 256 bytes (filling them takes time), so that long loops
     * inside built-ins stay interruptible and repeats or joins that build
     * big results are paid for */
    limits_count(r, 1 + size / 256);
    bool stress_now = h->stress && (h->stress_wait ? (h->stress_wait--, false) : true);
    if (stress_now || want > h->next_gc || (h->limit && want > h->limit)) {
        heap_collect(r);
        if (__builtin_add_overflow(h->bytes, size, &want)) err_no_memory(r);
        if (h->limit && want > h->limit) err_no_memory(r);
    }
}

void heap_account(Realm *r, ptrdiff_t delta) {
    Heap *h = &r->heap;
    if (delta > 0) {
        heap_reserve(r, (size_t)delta);
        h->bytes += (size_t)delta;
    } else {
        size_t d = (size_t)(-delta);
        h->bytes = d > h->bytes ? 0 : h->bytes - d;
    }
}

void *heap_raw_alloc(Realm *r, size_t size) {
    if (size == 0) size = 1;
    heap_reserve(r, size);
    void *p = calloc(1, size);
    if (!p) {
        heap_collect(r);
        p = calloc(1, size);
        if (!p) err_no_memory(r);
    }
    r->heap.bytes += size;
    return p;
}

void *heap_raw_realloc(Realm *r, void *p, size_t old_size, size_t new_size) {
    if (!p) return heap_raw_alloc(r, new_size);
    if (new_size == 0) new_size = 1;
    if (new_size > old_size) heap_reserve(r, new_size - old_size);
    void *q = realloc(p, new_size);
    if (!q) {
        if (new_size <= old_size) return p;
        heap_collect(r);
        q = realloc(p, new_size);
        if (!q) err_no_memory(r);
    }
    r->heap.bytes = r->heap.bytes - old_size + new_size;
    return q;
}

void heap_raw_free(Realm *r, void *p, size_t size) {
    if (!p) return;
    free(p);
    if (size == 0) size = 1;
    r->heap.bytes = size > r->heap.bytes ? 0 : r->heap.bytes - size;
}

/* ---------- allocation ---------- */

static bool heap_add_chunk(Realm *r, int cls) {
    Heap *h = &r->heap;
    if (h->nchunks == h->chunks_cap) {
        size_t ncap = h->chunks_cap ? h->chunks_cap * 2 : 64;
        Chunk **n = realloc(h->chunks, ncap * sizeof *n);
        if (!n) return false;
        h->chunks = n;
        h->chunks_cap = ncap;
    }
    uint8_t *mem = aligned_alloc(CHUNK_SIZE, CHUNK_SIZE);
    if (!mem) return false;
    Chunk *c = (Chunk *)mem;
    uint32_t sz = class_size[cls];
    size_t hdr = (sizeof(Chunk) + 15) & ~(size_t)15;
    c->slot_size = sz;
    c->cls = (uint32_t)cls;
    c->first = mem + hdr;
    c->nslots = (uint32_t)((CHUNK_SIZE - hdr) / sz);
    c->nlive = 0;
    c->perm = 0;
    memset(c->alloc, 0, sizeof c->alloc);
    /* slots are handed out by bumping c->bump, so a new chunk's pages are
     * touched only as they are used */
    c->bump = 0;
    h->bump_chunk[cls] = c;
    h->chunks[h->nchunks++] = c;
    return true;
}

static Obj *heap_alloc_large(Realm *r, size_t size) {
    Heap *h = &r->heap;
    if (h->nlarge == h->large_cap) {
        size_t ncap = h->large_cap ? h->large_cap * 2 : 64;
        LargeObj **n = realloc(h->large, ncap * sizeof *n);
        if (!n) err_no_memory(r);
        h->large = n;
        h->large_cap = ncap;
    }
    size_t total;
    if (__builtin_add_overflow(size, sizeof(LargeObj), &total)) err_no_memory(r);
    LargeObj *l = aligned_alloc(16, (total + 15) & ~(size_t)15);
    if (!l) err_no_memory(r);
    memset(l, 0, total);
    l->size = size;
    h->large[h->nlarge++] = l;
    h->bytes += size;
    ((Obj *)l->obj)->gc = GC_LARGE;
    return (Obj *)l->obj;
}

Obj *heap_alloc(Realm *r, Type *t, size_t size) {
    Heap *h = &r->heap;
    if (size < sizeof(Obj) + sizeof(void *)) size = sizeof(Obj) + sizeof(void *);
    heap_reserve(r, size);
    Obj *o;
    if (size > LARGE_MIN) {
        o = heap_alloc_large(r, size);
    } else {
        int cls = size_class(size);
        Chunk *c;
        uint32_t k;
        o = h->free_list[cls];
        if (o) {
            h->free_list[cls] = *(Obj **)((uint8_t *)o + sizeof(Obj));
            c = (Chunk *)((uintptr_t)o & ~(uintptr_t)(CHUNK_SIZE - 1));
            k = (uint32_t)(((uint8_t *)o - c->first) / class_size[cls]);
        } else {
            c = h->bump_chunk[cls];
            if (!c || c->bump == c->nslots) {
                if (!heap_add_chunk(r, cls)) {
                    heap_collect(r);
                    if (!heap_add_chunk(r, cls)) err_no_memory(r);
                }
                c = h->bump_chunk[cls];
            }
            k = c->bump++;
            o = SLOT(c, k);
        }
        memset(o, 0, class_size[cls]);
        h->bytes += class_size[cls];
        c->alloc[k >> 6] |= (uint64_t)1 << (k & 63);
        c->nlive++;
    }
    o->type = t;
    return o;
}

/* ---------- marking ---------- */

static void gray_push(Heap *h, Obj *o) {
    if (h->ngray == h->gray_cap) {
        size_t ncap = h->gray_cap ? h->gray_cap * 2 : 1024;
        Obj **n = realloc(h->gray, ncap * sizeof *n);
        if (!n) { h->gray_overflow = true; return; }
        h->gray = n;
        h->gray_cap = ncap;
    }
    h->gray[h->ngray++] = o;
}

void heap_mark(Realm *r, Value v) {
    if (!v_is_obj(v)) return;
    Obj *o = v_obj(v);
    if (o->gc & (GC_MARK | GC_PERM)) return;
    o->gc |= GC_MARK;
    gray_push(&r->heap, o);
}

void heap_mark_array(Realm *r, const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++) heap_mark(r, v[i]);
}

size_t heap_obj_size(Obj *o) {
    if (o->gc & GC_LARGE) return ((LargeObj *)((uint8_t *)o - offsetof(LargeObj, obj)))->size;
    return ((Chunk *)((uintptr_t)o & ~(uintptr_t)(CHUNK_SIZE - 1)))->slot_size;
}

Value *heap_dict_slot(Obj *o) {
    uint32_t off = o->type->dictoffset;
    if (!off) return NULL;
    if (off == DICTOFFSET_AT_END) return (Value *)((uint8_t *)o + ((heap_obj_size(o) - sizeof(Value)) & ~(size_t)7));
    return (Value *)((uint8_t *)o + off);
}

static void trace_obj(Realm *r, Obj *o) {
    Type *t = o->type;
    heap_mark_obj(r, t);
    if (t->trace) t->trace(r, o);
    Value *dict = heap_dict_slot(o);   /* NULL without a dictoffset */
    if (dict) heap_mark(r, *dict);
    if (t->values_start && t->values_start < t->basicsize)   /* __slots__ of classes */
        heap_mark_array(r, (Value *)((uint8_t *)o + t->values_start),
                        (t->basicsize - t->values_start) / sizeof(Value));
}

static void drain(Realm *r) {
    Heap *h = &r->heap;
    while (h->ngray) {
        trace_obj(r, h->gray[--h->ngray]);
        h->work++;
    }
}

static int cmp_ptr(const void *a, const void *b) {
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

/* Finds the live object containing address p, or NULL.  Chunks and large
 * objects are sorted by address when a collection starts. */
__attribute__((noinline)) static Obj *find_object(Heap *h, uintptr_t p) {
    uintptr_t base = p & ~(uintptr_t)(CHUNK_SIZE - 1);
    size_t lo = 0, hi = h->nchunks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uintptr_t c = (uintptr_t)h->chunks[mid];
        if (c == base) {
            Chunk *ch = h->chunks[mid];
            uintptr_t first = (uintptr_t)ch->first;
            if (p < first) return NULL;
            size_t idx = (p - first) / ch->slot_size;
            if (idx >= ch->nslots) return NULL;
            return ALLOCATED(ch, idx) ? (Obj *)(first + idx * ch->slot_size) : NULL;
        }
        if (c < base) lo = mid + 1; else hi = mid;
    }
    lo = 0; hi = h->nlarge;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        LargeObj *l = h->large[mid];
        uintptr_t s = (uintptr_t)l->obj;
        if (p >= s && p < s + l->size) return (Obj *)l->obj;
        if ((uintptr_t)l < p) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

/* Conservative scan of the C stack from the current frame up to the realm's
 * entry point.  Reads stack words that are not objects on purpose. */
__attribute__((noinline, no_sanitize_address))
static void scan_c_stack(Realm *r) {
    Heap *h = &r->heap;
    jmp_buf regs;               /* spills callee-saved registers onto the stack */
    __builtin_unwind_init();    /* also rbp, which glibc's setjmp stores mangled */
    setjmp(regs);
    volatile uintptr_t here = (uintptr_t)&regs;
    uintptr_t lo = here & ~(uintptr_t)7, hi = h->stack_top;
    if (!hi || hi <= lo) return;
    h->work += (hi - lo) / sizeof(uintptr_t);
    for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t)) {
        uintptr_t w = *(volatile uintptr_t *)a;
#ifdef ASP_VALGRIND
        /* stack garbage is read on purpose: tell memcheck the word is defined */
        VALGRIND_MAKE_MEM_DEFINED(&w, sizeof w);
#endif
        if (w < 0x1000 || (w >> 48)) continue;
        Obj *o = find_object(h, w);
        if (o && !(o->gc & (GC_MARK | GC_PERM))) {
            o->gc |= GC_MARK;
            gray_push(h, o);
        }
    }
    /* registers in the jmp_buf are within [lo, hi) already */
}

void heap_mark_conservative(Realm *r, const Value *v, size_t n) {
    Heap *h = &r->heap;
    for (size_t i = 0; i < n; i++) {
        if (!v_is_obj(v[i])) continue;
        Obj *o = find_object(h, (uintptr_t)v[i]);
        if (o && !(o->gc & (GC_MARK | GC_PERM))) {
            o->gc |= GC_MARK;
            gray_push(h, o);
        }
    }
}

void realm_mark_roots(Realm *r);   /* realm.c */

static void rescan_overflow(Realm *r) {
    Heap *h = &r->heap;
    while (h->gray_overflow) {
        h->gray_overflow = false;
        for (size_t i = 0; i < h->nchunks; i++) {
            Chunk *c = h->chunks[i];
            if (c->perm) continue;
            for (uint32_t k = 0; k < c->bump; k++) {
                Obj *o = SLOT(c, k);
                if (ALLOCATED(c, k) && (o->gc & GC_MARK)) { trace_obj(r, o); drain(r); }
            }
        }
        for (size_t i = 0; i < h->nlarge; i++) {
            Obj *o = (Obj *)h->large[i]->obj;
            if (o->gc & GC_MARK) { trace_obj(r, o); drain(r); }
        }
    }
}

/* ---------- weak references ---------- */

static size_t weak_hash(const Obj *o) {
    uint64_t x = (uint64_t)(uintptr_t)o >> 4;
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 20);
}

static WeakEntry *weak_find(Heap *h, const Obj *o) {
    if (!h->weak_cap) return NULL;
    size_t mask = h->weak_cap - 1;
    size_t i = weak_hash(o) & mask;
    for (size_t n = 0; n < h->weak_cap; n++, i = (i + 1) & mask) {
        WeakEntry *e = &h->weak[i];
        if (e->key == o) return e;
        if (!e->key) return NULL;
    }
    return NULL;
}

/* The slot where key o goes (the table has a free slot). */
static WeakEntry *weak_slot_for(Heap *h, const Obj *o) {
    size_t mask = h->weak_cap - 1;
    size_t i = weak_hash(o) & mask;
    while (h->weak[i].key && h->weak[i].key != HEAP_WEAK_TOMB) i = (i + 1) & mask;
    return &h->weak[i];
}

/* Makes room for one more entry (may collect, may raise MemoryError). */
static void weak_reserve(Realm *r) {
    Heap *h = &r->heap;
    if (h->weak_cap && (h->weak_used + h->weak_tombs + 1) * 4 <= h->weak_cap * 3) return;
    size_t ncap = 16;
    while (ncap / 2 < h->weak_used + 1) {
        if (ncap > SIZE_MAX / 4 / sizeof(WeakEntry)) err_no_memory(r);
        ncap *= 2;
    }
    WeakEntry *n = heap_raw_alloc(r, ncap * sizeof *n);
    /* a collection inside heap_raw_alloc may have removed entries: the old
     * table is read only now */
    WeakEntry *old = h->weak;
    size_t ocap = h->weak_cap;
    h->weak = n;
    h->weak_cap = ncap;
    h->weak_tombs = 0;
    for (size_t i = 0; i < ocap; i++)
        if (old[i].key && old[i].key != HEAP_WEAK_TOMB) *weak_slot_for(h, old[i].key) = old[i];
    heap_raw_free(r, old, ocap * sizeof *old);
}

WeakRef *heap_weak_chain(Realm *r, Obj *o) {
    WeakEntry *e = weak_find(&r->heap, o);
    return e ? e->head : NULL;
}

void heap_weak_link(Realm *r, WeakRef *wr, WeakRef *after) {
    Heap *h = &r->heap;
    Obj *o = wr->referent;
    WeakEntry *e = weak_find(h, o);
    if (!e) {
        weak_reserve(r);
        e = weak_slot_for(h, o);
        if (e->key == HEAP_WEAK_TOMB) h->weak_tombs--;
        e->key = o;
        e->head = NULL;
        h->weak_used++;
        after = NULL;
    }
    if (!after) {
        wr->prev = NULL;
        wr->next = e->head;
        if (e->head) e->head->prev = wr;
        e->head = wr;
    } else {
        wr->prev = after;
        wr->next = after->next;
        if (after->next) after->next->prev = wr;
        after->next = wr;
    }
}

static void weak_drop_entry(Heap *h, WeakEntry *e) {
    e->key = HEAP_WEAK_TOMB;
    e->head = NULL;
    h->weak_used--;
    h->weak_tombs++;
}

void heap_weak_unlink(Realm *r, WeakRef *wr) {
    Heap *h = &r->heap;
    if (!wr->referent) return;
    WeakEntry *e = weak_find(h, wr->referent);
    if (!e) return;
    if (e->head == wr) e->head = wr->next;
    else if (wr->prev) wr->prev->next = wr->next;
    else return;   /* never linked (its creation failed) */
    if (wr->next) wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
    if (!e->head) weak_drop_entry(h, e);
}

bool heap_finalized(Obj *o) { return (o->gc & GC_FINALIZED) != 0; }

/* After marking: clears the weak references to unmarked objects and queues
 * the callbacks of those that are themselves alive.  Allocates nothing. */
static void weak_clear_dead(Realm *r) {
    Heap *h = &r->heap;
    for (size_t i = 0; i < h->weak_cap; i++) {
        WeakEntry *e = &h->weak[i];
        Obj *o = e->key;
        if (!o || o == HEAP_WEAK_TOMB || (o->gc & (GC_MARK | GC_PERM))) continue;
        WeakRef *next;
        for (WeakRef *wr = e->head; wr; wr = next) {
            next = wr->next;
            wr->referent = NULL;
            wr->prev = wr->next = NULL;
            if ((wr->hdr.gc & (GC_MARK | GC_PERM)) && wr->callback != V_NULL && wr->callback != V_NONE) {
                wr->cb_next = NULL;
                if (h->cb_tail) h->cb_tail->cb_next = wr; else h->cb_head = wr;
                h->cb_tail = wr;
            }
        }
        weak_drop_entry(h, e);
    }
    /* many tombstones slow lookups down: rehash in place is not possible
     * without memory, so weak_reserve rebuilds the table on next growth */
}

/* Queues o's __del__; false if the queue cannot grow (o is then kept alive
 * unfinalized and found again by a later collection). */
static bool fin_push(Heap *h, Obj *o) {
    if (h->fin_n == h->fin_cap) {
        if (h->fin_first) {   /* slide the pending part down */
            memmove(h->fin, h->fin + h->fin_first, (h->fin_n - h->fin_first) * sizeof *h->fin);
            h->fin_n -= h->fin_first;
            h->fin_first = 0;
        } else {
            size_t ncap = h->fin_cap ? h->fin_cap * 2 : 64;
            Obj **n = realloc(h->fin, ncap * sizeof *n);
            if (!n) return false;
            h->fin = n;
            h->fin_cap = ncap;
        }
    }
    h->fin[h->fin_n++] = o;
    return true;
}

static void consider_finalizable(Realm *r, Obj *o) {
    Heap *h = &r->heap;
    if (o->gc & (GC_MARK | GC_PERM | GC_FINALIZED)) return;
    if (!(o->type->flags & TF_HAS_DEL) && !gen_wants_close(r, o)) return;
    if (fin_push(h, o)) {
        o->gc |= GC_FINALIZED;
    } else {   /* keep it, untouched, for a later collection */
        o->gc |= GC_MARK;
        gray_push(h, o);
    }
}

/* After the weak references are cleared: queues the unreachable objects
 * that have a __del__ still to run, then resurrects them and all they
 * reach.  Every candidate is chosen before any is resurrected, so objects
 * of one dead cycle are all finalized together, as in CPython. */
static void find_finalizable(Realm *r) {
    Heap *h = &r->heap;
    for (size_t i = 0; i < h->nchunks; i++) {
        Chunk *c = h->chunks[i];
        if (c->perm) continue;
        for (uint32_t w = 0; w < CHUNK_WORDS; w++)
            for (uint64_t bits = c->alloc[w]; bits; bits &= bits - 1)
                consider_finalizable(r, SLOT(c, w * 64 + (uint32_t)__builtin_ctzll(bits)));
    }
    for (size_t i = 0; i < h->nlarge; i++) consider_finalizable(r, (Obj *)h->large[i]->obj);
    for (size_t i = h->fin_first; i < h->fin_n; i++) heap_mark_obj(r, h->fin[i]);
    drain(r);
    rescan_overflow(r);
}

/* The queues are roots until their entries have run. */
static void mark_pending(Realm *r) {
    Heap *h = &r->heap;
    for (WeakRef *wr = h->cb_head; wr; wr = wr->cb_next) heap_mark_obj(r, wr);
    for (size_t i = h->fin_first; i < h->fin_n; i++) heap_mark_obj(r, h->fin[i]);
}

/* ---------- finding objects ---------- */

/* The class objects (instances of type or a metaclass) allocated since the
 * realm was sealed: stores up to cap of them in out and returns how many
 * there are.  Allocates nothing, so the heap cannot change meanwhile. */
size_t heap_find_classes(Realm *r, Value *out, size_t cap) {
    Heap *h = &r->heap;
    size_t n = 0;
    for (size_t i = 0; i < h->nchunks; i++) {
        Chunk *c = h->chunks[i];
        if (c->perm) continue;
        for (uint32_t w = 0; w < CHUNK_WORDS; w++) {
            for (uint64_t bits = c->alloc[w]; bits; bits &= bits - 1) {
                Obj *o = SLOT(c, w * 64 + (uint32_t)__builtin_ctzll(bits));
                if (!o->type || !(o->type->flags & TF_TYPE_SUB) || (o->gc & GC_PERM)) continue;
                if (n < cap) out[n] = v_from_obj(o);
                n++;
            }
        }
    }
    for (size_t i = 0; i < h->nlarge; i++) {
        Obj *o = (Obj *)h->large[i]->obj;
        if (!o->type || !(o->type->flags & TF_TYPE_SUB) || (o->gc & GC_PERM)) continue;
        if (n < cap) out[n] = v_from_obj(o);
        n++;
    }
    return n;
}

/* ---------- sweeping ---------- */

/* Puts every free slot of the unsealed chunks of class cls on its free list. */
static void rebuild_free_list(Heap *h, uint32_t cls) {
    h->free_list[cls] = NULL;
    for (size_t i = 0; i < h->nchunks; i++) {
        Chunk *c = h->chunks[i];
        if (c->perm || c->cls != cls) continue;
        for (uint32_t k = c->bump; k-- > 0;) {
            if (ALLOCATED(c, k)) continue;
            Obj *o = SLOT(c, k);
            *(Obj **)((uint8_t *)o + sizeof(Obj)) = h->free_list[cls];
            h->free_list[cls] = o;
        }
    }
}

static void sweep(Realm *r) {
    Heap *h = &r->heap;
    /* Pass 1: finalize the unreachable while every type object is intact. */
    for (size_t i = 0; i < h->nchunks; i++) {
        Chunk *c = h->chunks[i];
        if (c->perm) continue;
        for (uint32_t w = 0; w < CHUNK_WORDS; w++) {
            for (uint64_t bits = c->alloc[w]; bits; bits &= bits - 1) {
                Obj *o = SLOT(c, w * 64 + (uint32_t)__builtin_ctzll(bits));
                if (!(o->gc & GC_MARK) && o->type->finalize) o->type->finalize(r, o);
            }
        }
    }
    for (size_t i = 0; i < h->nlarge; i++) {
        Obj *o = (Obj *)h->large[i]->obj;
        if (!(o->gc & (GC_MARK | GC_PERM)) && o->type->finalize) o->type->finalize(r, o);
    }
    /* Pass 2: free onto the free lists; release empty chunks beyond a few. */
    size_t keep = 0, empty_kept = 0;
    uint32_t dirty = 0;   /* classes whose free lists lost a released chunk */
    for (size_t i = 0; i < h->nchunks; i++) {
        Chunk *c = h->chunks[i];
        if (c->perm) { h->chunks[keep++] = c; continue; }
        for (uint32_t w = 0; w < CHUNK_WORDS; w++) {
            for (uint64_t bits = c->alloc[w]; bits; bits &= bits - 1) {
                uint32_t bit = (uint32_t)__builtin_ctzll(bits);
                Obj *o = SLOT(c, w * 64 + bit);
                if (o->gc & GC_MARK) { o->gc &= ~GC_MARK; continue; }
                o->type = NULL;
                h->freed_objects++;
                c->alloc[w] &= ~((uint64_t)1 << bit);
                c->nlive--;
                h->bytes -= c->slot_size;
                *(Obj **)((uint8_t *)o + sizeof(Obj)) = h->free_list[c->cls];
                h->free_list[c->cls] = o;
            }
        }
        /* keep empty chunks while they are not most of the heap: giving
         * them back to the system and mapping them again costs more than
         * the memory is worth */
        if (c->nlive == 0 && ++empty_kept > 64 && empty_kept * 2 > h->nchunks) {
            dirty |= 1u << c->cls;
            if (h->bump_chunk[c->cls] == c) h->bump_chunk[c->cls] = NULL;
            free(c);
            continue;
        }
        h->chunks[keep++] = c;
    }
    h->nchunks = keep;
    for (uint32_t cls = 0; cls < HEAP_NCLASSES; cls++)
        if (dirty & (1u << cls)) rebuild_free_list(h, cls);
    keep = 0;
    for (size_t i = 0; i < h->nlarge; i++) {
        LargeObj *l = h->large[i];
        Obj *o = (Obj *)l->obj;
        if (o->gc & (GC_MARK | GC_PERM)) { o->gc &= ~GC_MARK; h->large[keep++] = l; continue; }
        h->bytes -= l->size;
        h->freed_objects++;
        free(l);
    }
    h->nlarge = keep;
}

/* Marks the children of o without marking o (sealed objects that change). */
void heap_trace_children(Realm *r, Value v) {
    if (v_is_obj(v)) trace_obj(r, v_obj(v));
}

void heap_seal(Realm *r) {
    Heap *h = &r->heap;
    for (size_t i = 0; i < h->nchunks; i++) {
        Chunk *c = h->chunks[i];
        c->perm = 1;
        for (uint32_t k = 0; k < c->bump; k++)
            if (ALLOCATED(c, k)) SLOT(c, k)->gc |= GC_PERM;
    }
    for (size_t i = 0; i < h->nlarge; i++) ((Obj *)h->large[i]->obj)->gc |= GC_PERM;
    /* free slots of sealed chunks are not reused */
    for (int c = 0; c < HEAP_NCLASSES; c++) {
        h->free_list[c] = NULL;
        h->bump_chunk[c] = NULL;
    }
}

void heap_collect(Realm *r) {
    Heap *h = &r->heap;
    if (h->collecting || h->paused) return;
    h->collecting = true;
    h->collections++;
    if (h->nchunks) qsort(h->chunks, h->nchunks, sizeof *h->chunks, cmp_ptr);
    if (h->nlarge) qsort(h->large, h->nlarge, sizeof *h->large, cmp_ptr);
    h->ngray = 0;
    h->gray_overflow = false;
    h->work = h->nchunks * 64;   /* sweeping */
    realm_mark_roots(r);
    mark_pending(r);
    drain(r);
    if (!h->skip_c_scan) scan_c_stack(r);
    drain(r);
    rescan_overflow(r);
    if (h->weak_used) weak_clear_dead(r);
    if (h->has_del) find_finalizable(r);
    sweep(r);
    size_t next = h->bytes * 2;
    h->next_gc = next < (8u << 20) ? (8u << 20) : next;
    /* GC stress collects at every allocation while a collection is cheap;
     * past STRESS_FREE_WORK units of work (objects traced, stack words,
     * chunks swept) it lets allocations pass in proportion, so the total
     * stays linear in the allocations and deep structures or deep C
     * recursion do not make a stressed run quadratic. */
    enum { STRESS_FREE_WORK = 20000, STRESS_WORK_PER_ALLOC = 1000 };
    if (h->stress)
        h->stress_wait = h->work > STRESS_FREE_WORK ? (h->work - STRESS_FREE_WORK) / STRESS_WORK_PER_ALLOC : 0;
    h->collecting = false;
}

void heap_free_all(Realm *r) {
    Heap *h = &r->heap;
    h->collecting = true;
    for (size_t i = 0; i < h->nchunks; i++) {
        Chunk *c = h->chunks[i];
        for (uint32_t k = 0; k < c->bump; k++) {
            Obj *o = SLOT(c, k);
            if (ALLOCATED(c, k) && o->type->finalize) o->type->finalize(r, o);
        }
    }
    for (size_t i = 0; i < h->nlarge; i++) {
        Obj *o = (Obj *)h->large[i]->obj;
        if (o->type->finalize) o->type->finalize(r, o);
    }
    for (size_t i = 0; i < h->nchunks; i++) free(h->chunks[i]);
    for (size_t i = 0; i < h->nlarge; i++) free(h->large[i]);
    free(h->chunks);
    free(h->large);
    free(h->gray);
    free(h->weak);
    free(h->fin);
    memset(h, 0, sizeof *h);
}
