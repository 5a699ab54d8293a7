/* test_determinism: deterministic mode (issue #5).  Two realms made with the
 * same configuration -- a fixed hash key, a fixed randomness seed, no clock
 * granted (the virtual clock) and an instruction budget -- run the same
 * program and must print exactly the same text: the same iteration order of
 * a set of strings, the same hashes, random numbers, urandom bytes and clock
 * readings, and the same number of loop iterations before the instruction
 * budget stops them (so the same instruction count).  A third realm with
 * another hash key must order the set differently. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "asp.h"
#include "unit.h"

typedef struct Out { char *buf; size_t len, cap; } Out;

static void out_write(void *ud, const char *data, size_t len) {
    Out *o = ud;
    if (o->len + len + 1 > o->cap) {
        size_t ncap = (o->len + len + 1) * 2;
        char *n = realloc(o->buf, ncap);
        if (!n) return;
        o->buf = n;
        o->cap = ncap;
    }
    memcpy(o->buf + o->len, data, len);
    o->len += len;
    o->buf[o->len] = 0;
}

static const char program[] =
    "import random, time, os\n"
    "words = {'w%d' % i for i in range(40)}\n"
    "print(list(words))\n"
    "print(hash('determinism'), hash(b'bytes'), random.random(), random.getrandbits(64))\n"
    "print(os.urandom(8).hex(), time.time(), time.monotonic())\n"
    "d = {}\n"
    "i = 0\n"
    "while True:\n"
    "    d[str(i)] = i\n"
    "    if i % 997 == 0:\n"
    "        print(i, len(d), time.monotonic())\n"
    "    i += 1\n";

/* Runs the program in a fresh realm with the given hash key; returns its
 * output (malloc'd) after checking that the instruction budget ended it. */
static char *run(uint64_t key0, uint64_t key1) {
    Out o = {NULL, 0, 0};
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    const char *stress = getenv("ASP_GCSTRESS");
    cfg.gc_stress = stress && *stress && *stress != '0';
    cfg.write_out = out_write;
    cfg.write_userdata = &o;
    cfg.hash_seed[0] = key0;
    cfg.hash_seed[1] = key1;
    cfg.random_seed = 12345;
    cfg.max_instructions = 300000;
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    if (!r) return NULL;
    asp_status st = asp_exec(r, program, sizeof program - 1, "<determinism>");
    CHECK_EQ_INT(st, ASP_LIMIT);
    asp_realm_free(r);
    return o.buf;
}

int main(void) {
    char *a = run(0x1111, 0x2222);
    char *b = run(0x1111, 0x2222);
    char *c = run(0x3333, 0x4444);
    CHECK(a != NULL && b != NULL && c != NULL);
    if (a && b && c) {
        CHECK_EQ_STR(a, b);                    /* same configuration: the same run */
        CHECK(strlen(a) > 200);                /* it did print the loop's progress */
        /* another hash key: another set order (the first line differs) */
        const char *ea = strchr(a, '\n'), *ec = strchr(c, '\n');
        CHECK(ea && ec && !((ea - a) == (ec - c) && memcmp(a, c, (size_t)(ea - a)) == 0));
    }
    free(a);
    free(b);
    free(c);
    return unit_report();
}
