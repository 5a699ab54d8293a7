/* threads: several realms running at once, one per thread.  Realms share
 * nothing, so no locking is needed; each thread collects its script's
 * output in its own buffer, and the main thread prints them in order.
 *
 *     cc threads.c $(pkg-config --cflags --libs asp) -pthread -o threads */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <asp.h>

#define NTHREADS 4

typedef struct Job {
    int id;
    char out[512];
    size_t len;
    int ok;
} Job;

static void collect(void *ud, const char *data, size_t len) {
    Job *j = ud;
    size_t room = sizeof j->out - 1 - j->len;
    if (len > room) len = room;
    memcpy(j->out + j->len, data, len);
    j->len += len;
    j->out[j->len] = 0;
}

static void *worker(void *arg) {
    Job *j = arg;
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.heap_limit = 32u << 20;
    cfg.write_out = collect;
    cfg.write_userdata = j;
    asp_realm *r;
    if (asp_realm_new(&cfg, &r) != ASP_OK) return NULL;
    /* each realm gets its own `worker_id` global from the host */
    asp_handle id;
    if (asp_new_int(r, j->id, &id) == ASP_OK && asp_set_global(r, "worker_id", id) == ASP_OK) {
        static const char src[] =
            "def primes(n):\n"
            "    sieve = [True] * n\n"
            "    out = []\n"
            "    for i in range(2, n):\n"
            "        if sieve[i]:\n"
            "            out.append(i)\n"
            "            for k in range(i * i, n, i):\n"
            "                sieve[k] = False\n"
            "    return out\n"
            "n = 20000 * (worker_id + 1)\n"
            "p = primes(n)\n"
            "print(f'worker {worker_id}: {len(p)} primes below {n}, largest {p[-1]}')\n";
        j->ok = asp_exec(r, src, sizeof src - 1, "worker.py") == ASP_OK;
        if (!j->ok) collect(j, asp_error_message(r), strlen(asp_error_message(r)));
    }
    asp_realm_free(r);
    return NULL;
}

int main(void) {
    pthread_t t[NTHREADS];
    Job jobs[NTHREADS];
    memset(jobs, 0, sizeof jobs);
    for (int i = 0; i < NTHREADS; i++) {
        jobs[i].id = i;
        if (pthread_create(&t[i], NULL, worker, &jobs[i]) != 0) return 1;
    }
    int failed = 0;
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], NULL);
        fputs(jobs[i].out, stdout);
        failed += !jobs[i].ok;
    }
    printf("%d realms, %d failed\n", NTHREADS, failed);
    return failed != 0;
}
