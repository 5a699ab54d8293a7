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
 *    objects and traces them again until no overflow remains. */
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
    if (h->stress || want > h->next_gc || (h->limit && want > h->limit)) {
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
    if (t->dictoffset) heap_mark(r, *heap_dict_slot(o));
    if (t->values_start && t->values_start < t->basicsize)   /* __slots__ of classes */
        heap_mark_array(r, (Value *)((uint8_t *)o + t->values_start),
                        (t->basicsize - t->values_start) / sizeof(Value));
}

static void drain(Realm *r) {
    Heap *h = &r->heap;
    while (h->ngray) trace_obj(r, h->gray[--h->ngray]);
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
    realm_mark_roots(r);
    drain(r);
    scan_c_stack(r);
    drain(r);
    rescan_overflow(r);
    sweep(r);
    size_t next = h->bytes * 2;
    h->next_gc = next < (8u << 20) ? (8u << 20) : next;
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
    memset(h, 0, sizeof *h);
}
