/* arena: bump allocation in chunks from malloc, with a byte cap.
 * Chunks are chained and freed together; an allocation larger than half the
 * default chunk size gets its own chunk so that big requests waste little. */
#include "front/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_CHUNK = 64 * 1024 };

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size;   /* usable bytes after the header */
    size_t used;
} ArenaChunk;

struct Arena {
    ArenaChunk *head;
    size_t cap;    /* maximum bytes taken from malloc */
    size_t total;  /* bytes taken from malloc so far */
    bool failed;
};

#define ARENA_ALIGN (alignof(max_align_t))
/* header size rounded up so that chunk data stays aligned */
#define ARENA_HDR ((sizeof(ArenaChunk) + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1))

Arena *arena_new(size_t cap) {
    if (cap < sizeof(Arena)) return NULL;
    Arena *a = malloc(sizeof *a);
    if (!a) return NULL;
    a->head = NULL;
    a->cap = cap;
    a->total = sizeof *a;
    a->failed = false;
    return a;
}

void arena_free(Arena *a) {
    if (!a) return;
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

static void *arena_fail(Arena *a) {
    a->failed = true;
    return NULL;
}

static void *arena_take(Arena *a, size_t n);

void *arena_alloc(Arena *a, size_t n) {
    void *p = arena_take(a, n);
    if (p) memset(p, 0, n);
    return p;
}

void *arena_alloc_raw(Arena *a, size_t n) { return arena_take(a, n); }

static void *arena_take(Arena *a, size_t n) {
    if (n == 0) n = 1;
    size_t rounded;
    if (__builtin_add_overflow(n, ARENA_ALIGN - 1, &rounded)) return arena_fail(a);
    rounded &= ~(ARENA_ALIGN - 1);
    ArenaChunk *c = a->head;
    if (!c || c->size - c->used < rounded) {
        size_t want = rounded > ARENA_CHUNK / 2 ? rounded : ARENA_CHUNK;
        size_t bytes, total;
        if (__builtin_add_overflow(want, ARENA_HDR, &bytes)) return arena_fail(a);
        if (__builtin_add_overflow(a->total, bytes, &total) || total > a->cap) return arena_fail(a);
        ArenaChunk *nc = malloc(bytes);
        if (!nc) return arena_fail(a);
        a->total = total;
        nc->size = want;
        nc->used = 0;
        if (want == ARENA_CHUNK || !c) {
            nc->next = c;
            a->head = nc;
        } else {
            /* a dedicated big chunk: keep the current chunk at the head so
             * its free space is still used */
            nc->next = c->next;
            c->next = nc;
        }
        c = nc;
    }
    void *p = (char *)c + ARENA_HDR + c->used;
    c->used += rounded;
    return p;
}

void *arena_calloc(Arena *a, size_t count, size_t size) {
    size_t n;
    if (__builtin_mul_overflow(count, size, &n)) return arena_fail(a);
    return arena_alloc(a, n);
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    size_t n;
    if (__builtin_add_overflow(len, 1, &n)) return arena_fail(a);
    char *p = arena_alloc(a, n);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = 0;
    return p;
}

bool arena_failed(const Arena *a) { return a->failed; }
size_t arena_used(const Arena *a) { return a->total; }
