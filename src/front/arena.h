/* arena: a bump allocator on malloc for the front end (tokens, AST, strings).
 *
 * Invariants: every block is freed at once by arena_free(); the total of the
 * bytes obtained from malloc never passes the cap given at creation.
 * Allocation failure (malloc NULL, cap exceeded, size overflow) returns NULL
 * and sets a sticky `failed` flag, which the parser turns into MemoryError:
 * the front end runs before the realm's exception machinery, so it reports
 * errors by return value, never by longjmp. */
#ifndef ASP_FRONT_ARENA_H
#define ASP_FRONT_ARENA_H

#include <stddef.h>
#include <stdbool.h>

typedef struct Arena Arena;

/* A new arena that will never hold more than `cap` bytes in total
 * (bookkeeping included).  NULL if even the header cannot be allocated. */
Arena *arena_new(size_t cap);
void arena_free(Arena *a);

/* `n` zeroed bytes, aligned for any object, or NULL. */
void *arena_alloc(Arena *a, size_t n);
/* `n` bytes, aligned, NOT zeroed (for big buffers that are written before
 * being read), or NULL. */
void *arena_alloc_raw(Arena *a, size_t n);
/* `count` zeroed objects of `size` bytes each (overflow-checked), or NULL. */
void *arena_calloc(Arena *a, size_t count, size_t size);
/* A NUL-terminated copy of s[0..len), or NULL. */
char *arena_strndup(Arena *a, const char *s, size_t len);

bool arena_failed(const Arena *a);
size_t arena_used(const Arena *a);

#endif
