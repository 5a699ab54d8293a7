/* run_script: runs a Python script inside a realm whose heap is limited,
 * sending its output to this program's stdout, and reports errors the way
 * the `python3` command does.
 *
 *     cc run_script.c $(pkg-config --cflags --libs asp) -o run_script
 *     ./run_script [script.py]
 *
 * Without an argument it runs a built-in demo: a script that prints, then
 * one that tries to use more memory than the limit allows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <asp.h>


static void write_out(void *ud, const char *data, size_t len) { (void)ud; fwrite(data, 1, len, stdout); }
static void write_err(void *ud, const char *data, size_t len) { (void)ud; fflush(stdout); fwrite(data, 1, len, stderr); }

/* Runs src in r; returns the exit status the script asks for. */
static int run(asp_realm *r, const char *src, const char *filename) {
    asp_status st = asp_exec(r, src, strlen(src), filename);
    fflush(stdout);
    switch (st) {
    case ASP_OK:
        return 0;
    case ASP_EXIT:
        return asp_exit_code(r);
    case ASP_ERROR:
    case ASP_NOMEM:
        /* the report CPython prints for an uncaught exception */
        fputs(asp_error_traceback(r), stdout);
        return 1;
    default:
        printf("asp: %s\n", asp_status_name(st));
        return 1;
    }
}

static char *read_file(const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - 1 - n, fp);
        if (n < cap - 1) break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) { free(buf); buf = NULL; break; }
        buf = nb;
        cap *= 2;
    }
    fclose(fp);
    if (buf) buf[n] = 0;
    return buf;
}

int main(int argc, char **argv) {
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.heap_limit = 16u << 20;          /* 16 MiB for everything the script allocates */
    cfg.write_out = write_out;
    cfg.write_err = write_err;
    asp_realm *r;
    if (asp_realm_new(&cfg, &r) != ASP_OK) {
        fputs("cannot create a realm\n", stderr);
        return 1;
    }
    int status;
    if (argc > 1) {
        char *src = read_file(argv[1]);
        if (!src) { perror(argv[1]); asp_realm_free(r); return 2; }
        status = run(r, src, argv[1]);
        free(src);
    } else {
        status = run(r,
                     "def fib(n):\n"
                     "    a, b = 0, 1\n"
                     "    for _ in range(n):\n"
                     "        a, b = b, a + b\n"
                     "    return a\n"
                     "print('fib(90) =', fib(90))\n"
                     "print('2**100 =', 2**100)\n"
                     "words = {}\n"
                     "for w in 'the cat and the hat and the bat'.split():\n"
                     "    words[w] = words.get(w, 0) + 1\n"
                     "print(sorted(words.items()))\n",
                     "demo.py");
        printf("status %d\n", status);
        /* the same realm again: globals persist, and the heap limit holds */
        status = run(r,
                     "print('fib still defined:', fib(10))\n"
                     "hog = []\n"
                     "while True:\n"
                     "    hog.append('x' * 100000)\n",
                     "hog.py");
        printf("status %d\n", status);
        /* after a MemoryError the realm is usable again */
        status = run(r, "hog = None\nprint('recovered')\n", "after.py");
        printf("status %d\n", status);
    }
    asp_realm_free(r);
    return status;
}
