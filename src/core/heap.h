/* heap: one garbage-collected heap per realm.
 *
 * Non-moving mark-sweep.  Small objects live in 64 KiB chunks of one size
 * class each; large objects are malloc'd apart.  Marking is precise through
 * each type's trace function, starting from the realm's roots, plus a
 * conservative scan of the C stack between the realm's entry point and the
 * collection point: C code may keep object pointers in plain locals.
 * "Raw" buffers (list items, dict tables) are malloc'd, counted against the
 * realm's heap limit, and owned by one object that frees them in finalize. */
#ifndef ASP_HEAP_H
#define ASP_HEAP_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "core/object.h"

typedef struct Chunk Chunk;
typedef struct LargeObj LargeObj;

#define HEAP_NCLASSES 28

typedef struct WeakEntry {
    Obj *key;                /* referent; NULL: empty; HEAP_WEAK_TOMB: deleted */
    WeakRef *head;           /* its chain of weak references */
} WeakEntry;

typedef struct Heap {
    Chunk **chunks;          /* all small-object chunks, sorted by address at collection */
    size_t nchunks, chunks_cap;
    LargeObj **large;        /* large objects, sorted by address at collection */
    size_t nlarge, large_cap;
    Obj *free_list[HEAP_NCLASSES];
    Chunk *bump_chunk[HEAP_NCLASSES];   /* chunk handing out never-used slots */
    size_t bytes;            /* bytes in use: object slots + large objects + raw buffers */
    size_t limit;            /* 0: none */
    size_t next_gc;          /* collect when bytes passes this */
    Obj **gray;              /* mark stack */
    size_t ngray, gray_cap;
    bool gray_overflow;
    bool stress;             /* collect at every allocation (see stress_wait) */
    uint64_t stress_wait;    /* stress: allocations to let pass before the next collection */
    uint64_t work;           /* the current collection's work: objects traced, stack words */
    bool collecting;
    bool paused;             /* no collection: realm creation, before every type can trace */
    uintptr_t stack_top;     /* C stack address at the realm's entry point */
    size_t collections;
    uint64_t allocs;         /* allocations so far (objects, buffers, accounted memory) */
    uint64_t fail_at;        /* tests: the allocation with this number fails once; 0 = never */
    /* weak references and finalizers (see heap.c) */
    WeakEntry *weak;         /* open-addressing table: referent -> chain of weak references */
    size_t weak_cap, weak_used, weak_tombs;
    WeakRef *cb_head, *cb_tail;   /* weak references whose callback is due, in order */
    Obj **fin;               /* objects whose __del__ is due: roots until it ran */
    size_t fin_n, fin_cap, fin_first;
    bool has_del;            /* some class defines __del__: collections look for finalizable objects */
    bool running_pending;    /* fin_run_pending is running callbacks or __del__ */
    bool gc_disabled;        /* gc.disable(): recorded only (see src/modules/gc.c) */
    int64_t thresholds[3];   /* gc.get_threshold(): recorded only */
    size_t freed_objects;    /* objects freed by all collections so far */
    bool skip_c_scan;        /* this collection: every live object is reachable from the roots,
                                so the C stack is not scanned (set by gc.collect, see gc.c) */
} Heap;

/* Allocates an object of `size` bytes (header included) with its type set and
 * everything else zeroed.  May collect; raises MemoryError past the limit. */
Obj *heap_alloc(Realm *r, Type *t, size_t size);

/* Raw buffers, counted against the limit.  heap_raw_alloc zero-fills. */
void *heap_raw_alloc(Realm *r, size_t size);
void *heap_raw_realloc(Realm *r, void *p, size_t old_size, size_t new_size);
void  heap_raw_free(Realm *r, void *p, size_t size);
/* Accounts for memory allocated outside (libtommath); raises MemoryError
 * past the limit.  heap_account(r, -n) returns it. */
void  heap_account(Realm *r, ptrdiff_t delta);

/* For trace functions. */
void heap_mark(Realm *r, Value v);
static inline void heap_mark_obj(Realm *r, void *o) { if (o) heap_mark(r, v_from_obj(o)); }
void heap_mark_array(Realm *r, const Value *v, size_t n);
/* Marks the live objects among n words that may hold stale or freed values
 * (operand stacks): each word is checked against the heap first. */
void heap_mark_conservative(Realm *r, const Value *v, size_t n);

/* The bytes of o's heap block (at least the size it was allocated with). */
size_t heap_obj_size(Obj *o);
/* Address of o's __dict__ Value per its type's dictoffset, or NULL. */
Value *heap_dict_slot(Obj *o);

/* Keeps v alive up to this point: use after a call that reads a raw buffer
 * owned by v (a pointer into the buffer alone does not keep v alive). */
static inline void heap_keep(Value v) { __asm__ volatile("" : : "g"(v) : "memory"); }

void heap_collect(Realm *r);
/* Is there a weak-reference callback or a __del__ to run? */
static inline bool heap_has_pending(const Heap *h) { return h->cb_head || h->fin_first < h->fin_n; }
/* fin_run_pending (src/vm/finalize.c, declared in vm/vm.h) runs them. */

/* Weak table (for src/objects/weakref.c).  heap_weak_chain gives the first
 * weak reference to o, or NULL.  heap_weak_link puts wr (whose referent is
 * set) into its referent's chain after `after` (NULL: first); it may raise
 * MemoryError before changing anything.  heap_weak_unlink takes wr out of
 * its chain, never allocates, and leaves wr->referent as it was. */
WeakRef *heap_weak_chain(Realm *r, Obj *o);
void heap_weak_link(Realm *r, WeakRef *wr, WeakRef *after);
void heap_weak_unlink(Realm *r, WeakRef *wr);
/* Is o a generator or coroutine suspended inside try/with, which CPython
 * closes when it is collected (src/vm/gen.c; never raises)? */
bool gen_wants_close(Realm *r, Obj *o);
/* Has o's __del__ been queued already (PEP 442: it runs once)? */
bool heap_finalized(Obj *o);
size_t heap_find_classes(Realm *r, Value *out, size_t cap);   /* class objects made after sealing */
/* Seals every object alive now (end of realm creation): see heap.c. */
void heap_seal(Realm *r);
void heap_trace_children(Realm *r, Value v);
void heap_init(Realm *r);
void heap_free_all(Realm *r);   /* finalizes and releases everything */

#endif
