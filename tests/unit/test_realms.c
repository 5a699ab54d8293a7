/* test_realms: realms on several threads at once, and many realms created,
 * used and destroyed, through the public API only (include/asp.h).
 *
 *  - 8 realms on 4 threads: each thread drives two realms, alternating
 *    between them, each running a workload (classes, generators, dicts,
 *    exceptions, big ints, a sieve) whose output CPython 3.13 printed;
 *  - asp_interrupt from the main thread stops a realm spinning in
 *    `while True: pass` on another thread, and the realm stays usable;
 *  - 1000 create-run-destroy cycles (under `make VARIANT=san` LeakSanitizer
 *    reports any byte a destroyed realm kept).
 * `make tsan` builds this file and the library with -fsanitize=thread and
 * runs it (ThreadSanitizer must stay silent).  Only the main thread calls
 * CHECK: the workers record their results. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include "asp.h"
#include "unit.h"

#define NREALMS 8
#define NTHREADS 4
#define ROUNDS 2

static const char workload[] =
    "def primes(n):\n"
    "    sieve = [True] * n\n"
    "    out = []\n"
    "    for i in range(2, n):\n"
    "        if sieve[i]:\n"
    "            out.append(i)\n"
    "            for k in range(i * i, n, i):\n"
    "                sieve[k] = False\n"
    "    return out\n"
    "class Node:\n"
    "    def __init__(self, v, nxt): self.v, self.nxt = v, nxt\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "d = {}\n"
    "for w in ('alpha beta gamma delta ' * 50).split():\n"
    "    d[w] = d.get(w, 0) + 1\n"
    "head = None\n"
    "for i in range(500):\n"
    "    head = Node(i, head)\n"
    "s = 0\n"
    "while head:\n"
    "    s += head.v\n"
    "    head = head.nxt\n"
    "caught = 0\n"
    "for i in range(200):\n"
    "    try:\n"
    "        raise ValueError(i)\n"
    "    except ValueError as e:\n"
    "        caught += e.args[0]\n"
    "p = primes(20000 + 1000 * seed)\n"
    "big = str(3 ** (500 + seed))\n"
    "print(len(p), p[-1], sorted(d.items()), s, sum(gen(300)), caught, len(big), big[:5], '-'.join(sorted({str(x % 7) for x in range(100)})))\n"
;

/* Expected output of the workload for seed 0..7 (from CPython 3.13). */
static const char *const expected[NREALMS] = {
    "2262 19997 [('alpha', 50), ('beta', 50), ('delta', 50), ('gamma', 50)] 124750 8955050 19900 239 36360 0-1-2-3-4-5-6\n",
    "2360 20983 [('alpha', 50), ('beta', 50), ('delta', 50), ('gamma', 50)] 124750 8955050 19900 240 10908 0-1-2-3-4-5-6\n",
    "2464 21997 [('alpha', 50), ('beta', 50), ('delta', 50), ('gamma', 50)] 124750 8955050 19900 240 32724 0-1-2-3-4-5-6\n",
    "2564 22993 [('alpha', 50), ('beta', 50), ('delta', 50), ('gamma', 50)] 124750 8955050 19900 240 98172 0-1-2-3-4-5-6\n",
    "2668 23993 [('alpha', 50), ('beta', 50), ('delta', 50), ('gamma', 50)] 124750 8955050 19900 241 29451 0-1-2-3-4-5-6\n",
    "2762 24989 [('alpha', 50), ('beta', 50), ('delta', 50), ('gamma', 50)] 124750 8955050 19900 241 88355 0-1-2-3-4-5-6\n",
    "2860 25999 [('alpha', 50), ('beta', 50), ('delta', 50), ('gamma', 50)] 124750 8955050 19900 242 26506 0-1-2-3-4-5-6\n",
    "2961 26993 [('alpha', 50), ('beta', 50), ('delta', 50), ('gamma', 50)] 124750 8955050 19900 242 79519 0-1-2-3-4-5-6\n",
};

typedef struct Out {
    char buf[4096];
    size_t len;
} Out;

static void out_write(void *ud, const char *data, size_t len) {
    Out *o = ud;
    size_t room = sizeof o->buf - 1 - o->len;
    if (len > room) len = room;
    memcpy(o->buf + o->len, data, len);
    o->len += len;
    o->buf[o->len] = 0;
}

typedef struct Slot {
    asp_realm *realm;
    Out out;
    int status[ROUNDS];
    int outputs_ok;
} Slot;

static Slot slots[NREALMS];

static asp_realm *make_realm(Out *o, size_t heap) {
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.heap_limit = heap;
    cfg.write_out = out_write;
    cfg.write_err = out_write;
    cfg.write_userdata = o;
    cfg.c_stack_size = 256u << 10;   /* threads get small stacks */
    asp_realm *r = NULL;
    if (asp_realm_new(&cfg, &r) != ASP_OK) return NULL;
    return r;
}

static void *worker(void *arg) {
    int t = (int)(intptr_t)arg;
    /* this thread's two realms, used alternately */
    for (int round = 0; round < ROUNDS; round++) {
        for (int k = 0; k < NREALMS / NTHREADS; k++) {
            Slot *s = &slots[t + k * NTHREADS];
            s->out.len = 0;
            s->out.buf[0] = 0;
            s->status[round] = asp_exec(s->realm, workload, sizeof workload - 1, "workload.py");
            int idx = (int)(s - slots);
            if (strcmp(s->out.buf, expected[idx]) == 0) s->outputs_ok++;
        }
    }
    return NULL;
}

static void test_threads(void) {
    for (int i = 0; i < NREALMS; i++) {
        slots[i].realm = make_realm(&slots[i].out, 64u << 20);
        CHECK(slots[i].realm != NULL);
        if (!slots[i].realm) return;
        asp_handle h;
        CHECK_EQ_INT(asp_new_int(slots[i].realm, i, &h), ASP_OK);
        CHECK_EQ_INT(asp_set_global(slots[i].realm, "seed", h), ASP_OK);
        asp_handle_release(slots[i].realm, h);
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1u << 20);
    pthread_t th[NTHREADS];
    for (int t = 0; t < NTHREADS; t++)
        CHECK_EQ_INT(pthread_create(&th[t], &attr, worker, (void *)(intptr_t)t), 0);
    for (int t = 0; t < NTHREADS; t++) pthread_join(th[t], NULL);
    pthread_attr_destroy(&attr);
    for (int i = 0; i < NREALMS; i++) {
        for (int round = 0; round < ROUNDS; round++) CHECK_EQ_INT(slots[i].status[round], ASP_OK);
        CHECK_EQ_INT(slots[i].outputs_ok, ROUNDS);
        if (slots[i].outputs_ok != ROUNDS) printf("realm %d printed: %s", i, slots[i].out.buf);
        asp_realm_free(slots[i].realm);
    }
}

typedef struct Spin {
    asp_realm *realm;
    Out out;
    int status;
    int started;
} Spin;

static void *spinner(void *arg) {
    Spin *s = arg;
    __atomic_store_n(&s->started, 1, __ATOMIC_RELEASE);
    static const char src[] = "n = 0\nwhile True:\n    try:\n        n += 1\n    except BaseException:\n        pass\n";
    s->status = asp_exec(s->realm, src, sizeof src - 1, "spin.py");
    return NULL;
}

static void test_interrupt(void) {
    Spin s;
    memset(&s, 0, sizeof s);
    s.realm = make_realm(&s.out, 16u << 20);
    CHECK(s.realm != NULL);
    if (!s.realm) return;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1u << 20);
    pthread_t th;
    CHECK_EQ_INT(pthread_create(&th, &attr, spinner, &s), 0);
    while (!__atomic_load_n(&s.started, __ATOMIC_ACQUIRE)) sched_yield();
    struct timespec ts = {0, 50 * 1000 * 1000};
    nanosleep(&ts, NULL);
    asp_interrupt(s.realm);
    pthread_join(th, NULL);
    pthread_attr_destroy(&attr);
    CHECK_EQ_INT(s.status, ASP_LIMIT);
    /* usable afterwards */
    static const char again[] = "print(n > 0)\n";
    CHECK_EQ_INT(asp_exec(s.realm, again, sizeof again - 1, "again.py"), ASP_OK);
    CHECK(strstr(s.out.buf, "True\n") != NULL);
    asp_realm_free(s.realm);
}

static void test_cycles(int n) {
    int ok = 0, printed = 0, errors = 0;
    for (int i = 0; i < n; i++) {
        Out o = {{0}, 0};
        asp_realm *r = make_realm(&o, 8u << 20);
        if (!r) continue;
        static const char src[] = "x = [i * i for i in range(100)]\nd = {str(i): i for i in x}\nprint(sum(x), len(d))\n";
        if (asp_exec(r, src, sizeof src - 1, "cycle.py") == ASP_OK) ok++;
        if (strcmp(o.buf, "328350 100\n") == 0) printed++;
        /* an error, a held handle and a host-visible traceback, left for the destroy to free */
        static const char bad[] = "def f(): raise KeyError('k')\nf()\n";
        if (asp_exec(r, bad, sizeof bad - 1, "bad.py") == ASP_ERROR && asp_error_traceback(r)) errors++;
        asp_handle h;
        (void)asp_new_str(r, "kept", 4, &h);
        asp_realm_free(r);
    }
    CHECK_EQ_INT(ok, n);
    CHECK_EQ_INT(printed, n);
    CHECK_EQ_INT(errors, n);
}

int main(int argc, char **argv) {
    int cycles = argc > 1 ? atoi(argv[1]) : 1000;
    test_threads();
    test_interrupt();
    test_cycles(cycles);
    return unit_report();
}
