/* main: the `asp` command.  The only code that touches the terminal, files
 * and environment directly; everything else goes through the realm. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "core/realm.h"
#include "objects/objects.h"
#include "vm/ops.h"
#include "vm/vm.h"
#include "front/source.h"
#include "cli/dump_ast.h"
#include "core/limits.h"
#include <time.h>

/* Exit status when a --max-* limit (other than memory) ends the program. */
#define ASP_EXIT_LIMIT 3
#include "front/compile.h"

#define ASP_VERSION "asp 0.1.0 (Python 3.13 compatible)"

static void write_stdout(void *ud, const char *data, size_t len) {
    (void)ud;
    fwrite(data, 1, len, stdout);
}

static void write_stderr(void *ud, const char *data, size_t len) {
    (void)ud;
    fflush(stdout);
    fwrite(data, 1, len, stderr);
}

static void print_value_err(Realm *r, Value s) {
    size_t n;
    const char *u = str_utf8(r, s, &n);
    fflush(stdout);
    fwrite(u, 1, n, stderr);
}

/* Reports an uncaught exception as CPython does; returns the exit status. */
static int report_exception(Realm *r, Value exc) {
    volatile int status = 1;
    /* formatting the report allocates: after a MemoryError the heap is
     * full, so the report gets 1 MiB past the limit (the run is over) */
    if (r->heap.limit) r->heap.limit += (size_t)1 << 20;
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        if (r->limit_hit) {
            /* a resource limit: one line naming it, and its own status */
            fflush(stdout);
            fprintf(stderr, "asp: %s exceeded\n", limits_name(r->limit_hit) );
            status = ASP_EXIT_LIMIT;
        } else if (err_matches(r, exc, EXC(r, SystemExit))) {
            Value code = ((Exception *)v_obj(exc))->value;
            if (code == V_NULL || code == V_NONE) status = 0;
            else if (int_check(r, code)) status = (int)(int_as_i64(r, code) & 0xff);
            else {
                print_value_err(r, op_str(r, code));
                fputc('\n', stderr);
                status = 1;
            }
        } else {
            print_value_err(r, exc_format(r, exc));
        }
        err_untry(r, &j);
    } else {
        fflush(stdout);
        fputs("asp: error while reporting an exception\n", stderr);
        if (v_is_obj(exc)) fprintf(stderr, "%s\n", v_type(r, exc)->name);
    }
    return status;
}

static Value make_main(Realm *r, const char *filename) {
    Value name = str_intern_cstr(r, "__main__");
    Value m = module_new(r, name);
    Value d = ((Module *)v_obj(m))->dict;
    Value bm = dict_get_cstr(r, r->modules, "builtins");
    dict_set(r, d, NM(r, __builtins__), bm != V_NULL ? bm : r->builtins);
    if (filename) dict_set(r, d, NM(r, __file__), str_from_cstr(r, filename));
    dict_set(r, r->modules, name, m);
    r->main_module = m;
    return d;
}

static int run_source(Realm *r, const char *src, size_t n, const char *filename, bool set_file) {
    REALM_ENTER(r);
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value globals = make_main(r, set_file ? filename : NULL);
        Value code = compile_string(r, src, n, str_from_cstr(r, filename), V_NULL, PARSE_EXEC);
        vm_run_code(r, code, globals, globals);
        err_untry(r, &j);
        return 0;
    }
    return report_exception(r, r->exc);
}

/* `asp --dis FILE`: prints the bytecode (a debugging aid). */
static int dis_source(Realm *r, const char *src, size_t n, const char *filename) {
    REALM_ENTER(r);
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value code = compile_string(r, src, n, str_from_cstr(r, filename), V_NULL, PARSE_EXEC);
        StrBuf b;
        strbuf_init(r, &b);
        compile_disassemble(r, code, &b);
        size_t len;
        const char *u = str_utf8(r, strbuf_finish(&b), &len);
        fwrite(u, 1, len, stdout);
        err_untry(r, &j);
        return 0;
    }
    return report_exception(r, r->exc);
}

static char *read_stream(FILE *fp, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            if (cap > ((size_t)1 << 40)) { free(buf); return NULL; }
            char *nb = realloc(buf, cap * 2);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, fp);
        if (got == 0) break;
        n += got;
    }
    *len = n;
    return buf;
}

/* Runs one REPL entry; returns -1 to go on, or an exit status. */
static int repl_run(Realm *r, const char *src, size_t len, Value globals) {
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value code = compile_string(r, src, len, str_from_cstr(r, "<stdin>"), V_NULL, PARSE_SINGLE);
        vm_run_code(r, code, globals, globals);
        err_untry(r, &j);
        return -1;
    }
    Value exc = r->exc;
    if (err_matches(r, exc, EXC(r, SystemExit))) return report_exception(r, exc);
    report_exception(r, exc);
    return -1;
}

/* A plain REPL: lines are gathered until a statement is complete (a blank
 * line ends a compound statement), then run in 'single' mode. */
static Value repl_globals(Realm *r) {
    ErrJmp j;
    if (ERR_TRY(r, &j)) {
        Value g = make_main(r, NULL);
        err_untry(r, &j);
        return g;
    }
    return V_NULL;
}

static int repl(Realm *r) {
    REALM_ENTER(r);
    Value globals = repl_globals(r);
    if (globals == V_NULL) return 1;
    fprintf(stderr, "%s\nType Ctrl-D to exit.\n", ASP_VERSION);
    char *buf = NULL;
    size_t cap = 0;
    for (;;) {
        size_t len = 0;
        bool more = false, block = false;
        int depth = 0;
        for (;;) {
            fputs(more ? "... " : ">>> ", stderr);
            fflush(stderr);
            char line[4096];
            if (!fgets(line, sizeof line, stdin)) {
                fputc('\n', stderr);
                free(buf);
                return 0;
            }
            size_t ln = strlen(line);
            if (len + ln + 1 > cap) {
                size_t ncap = (len + ln + 1) * 2;
                char *nb = realloc(buf, ncap);
                if (!nb) { free(buf); return 1; }
                buf = nb;
                cap = ncap;
            }
            memcpy(buf + len, line, ln);
            len += ln;
            buf[len] = 0;
            for (size_t i = 0; i < ln; i++) {
                if (strchr("([{", line[i])) depth++;
                else if (strchr(")]}", line[i]) && depth > 0) depth--;
            }
            size_t e = ln;
            while (e > 0 && (line[e - 1] == '\n' || line[e - 1] == ' ' || line[e - 1] == '\r')) e--;
            bool blank = e == 0;
            if (!more && e > 0 && line[e - 1] == ':') { more = block = true; continue; }
            if (depth > 0) { more = true; continue; }
            /* a bracketed statement ends when its brackets close; a block
             * (after a ':') at a blank line */
            if (block && !blank) continue;
            break;
        }
        int st = repl_run(r, buf, len, globals);
        if (st >= 0) { free(buf); return st; }
        fflush(stdout);
    }
}

static void usage(void) {
    fputs("usage: asp [option] ... [-c cmd | file | -] [arg] ...\n"
          "  -c cmd         program passed in as string\n"
          "  -              program read from stdin\n"
          "  --version      print the version and exit\n"
          "  --dump-ast FILE  print ast.dump(ast.parse(FILE)) as CPython 3.13 does\n"
          "  --parse-only FILE...  parse each FILE, print only its errors\n"
          "  --dis FILE     print the bytecode of FILE\n"
          "limits (before the program; exit status 3 when one is exceeded):\n"
          "  --max-instructions=N  --max-time=2s  --max-recursion=N\n"
          "  --max-memory=64M      (past it, MemoryError)\n",
          stderr);
}

/* The host clock the realm may read for --max-time (a capability). */
static uint64_t monotonic_ns(void *ud) {
    (void)ud;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* "64M", "2G", "1000" -> bytes; "2s", "500ms", "1.5" -> nanoseconds. */
static bool parse_scaled(const char *s, bool time, uint64_t *out) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || v < 0) return false;
    double mul = 1;
    if (time) {
        mul = 1e9;
        if (!strcmp(end, "ms")) mul = 1e6;
        else if (!strcmp(end, "us")) mul = 1e3;
        else if (*end && strcmp(end, "s")) return false;
    } else {
        if (*end == 'K' || *end == 'k') mul = 1024.0;
        else if (*end == 'M' || *end == 'm') mul = 1024.0 * 1024;
        else if (*end == 'G' || *end == 'g') mul = 1024.0 * 1024 * 1024;
        else if (*end) return false;
        if (*end && end[1] && strcmp(end + 1, "B") && strcmp(end + 1, "iB")) return false;
    }
    if (v * mul >= 1.8e19) return false;
    *out = (uint64_t)(v * mul);
    return true;
}

/* Leading --max-* options into cfg; returns how many argv words they took,
 * or -1 on a bad value. */
static int parse_limits(int argc, char **argv, RealmConfig *cfg) {
    int i = 1;
    for (; i < argc && !strncmp(argv[i], "--max-", 6); i++) {
        const char *a = argv[i] + 6, *eq = strchr(a, '=');
        if (!eq) return -1;
        uint64_t v;
        size_t klen = (size_t)(eq - a);
        bool ok;
        if (klen == 6 && !strncmp(a, "memory", 6)) { ok = parse_scaled(eq + 1, false, &v); cfg->heap_limit = (size_t)v; }
        else if (klen == 4 && !strncmp(a, "time", 4)) { ok = parse_scaled(eq + 1, true, &v); cfg->max_time_ns = v; cfg->clock = monotonic_ns; }
        else if (klen == 12 && !strncmp(a, "instructions", 12)) { ok = parse_scaled(eq + 1, false, &v); cfg->max_steps = v; }
        else if (klen == 9 && !strncmp(a, "recursion", 9)) { ok = parse_scaled(eq + 1, false, &v) && v > 0 && v <= 100000; cfg->max_depth = (uint32_t)v; }
        else ok = false;
        if (!ok) {
            fprintf(stderr, "asp: bad option %s\n", argv[i]);
            return -1;
        }
    }
    return i - 1;
}

int main(int argc, char **argv) {
#if defined(M_MMAP_THRESHOLD)
    /* a fixed threshold: glibc's adaptive one moves big freed buffers (old
     * dict and list tables) into the brk heap, where they stay resident and
     * push the peak RSS past --max-memory */
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    RealmConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    int nlim = parse_limits(argc, argv, &cfg);
    if (nlim < 0) return 2;
    if (nlim > 0) {   /* drop the limit options: the rest reads as without them */
        argv[nlim] = argv[0];
        argv += nlim;
        argc -= nlim;
    }
    const char *command = argc >= 3 && !strcmp(argv[1], "-c") ? argv[2] : NULL;
    if (argc >= 2 && !strcmp(argv[1], "--version")) {
        puts(ASP_VERSION);
        return 0;
    }
    if (argc >= 2 && !strcmp(argv[1], "--dump-ast")) {
        if (argc < 3) { usage(); return 2; }
        return cli_dump_ast(argv[2]);
    }
    /* parser test hooks: positions in the dump, and the SyntaxError report alone */
    if (argc == 3 && !strcmp(argv[1], "--dump-ast-attrs")) return cli_dump_ast_ex(argv[2], true);
    if (argc == 3 && !strcmp(argv[1], "--syntax-error")) return cli_check_syntax(argv[2]);
    if (argc >= 2 && !strcmp(argv[1], "--parse-only")) return cli_parse_only(argc - 2, argv + 2);
    if (argc >= 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
        usage();
        return 0;
    }
    const char *stress = getenv("ASP_GCSTRESS");
    cfg.gc_stress = stress && *stress && *stress != '0';
    /* tests/alloc_fail.py: make allocation number N fail */
    const char *fail = getenv("ASP_FAIL_ALLOC");
    if (fail && *fail) cfg.fail_alloc_at = strtoull(fail, NULL, 10);
    cfg.write_out = write_stdout;
    cfg.write_err = write_stderr;
    /* a fresh hash key per process, as CPython's hash randomisation */
    FILE *ur = fopen("/dev/urandom", "rb");
    if (ur) {
        if (fread(cfg.hash_key, sizeof cfg.hash_key, 1, ur) != 1) cfg.hash_key[0] = cfg.hash_key[1] = 0;
        fclose(ur);
    }
    /* sys.argv: the script and its arguments ('-c' for a command, '' for stdin) */
    if (argc >= 2 && !strcmp(argv[1], "-c")) {
        /* sys.argv[0] is '-c' in place of the command text */
        cfg.argc = argc - 2;
        cfg.argv = (const char *const *)argv + 2;
    } else if (argc >= 2) {
        cfg.argc = argc - 1;
        cfg.argv = (const char *const *)argv + 1;
    }
    if (command) argv[2] = (char *)"-c";
    Realm *r = realm_new_with(&cfg);
    if (!r) {
        fputs("asp: cannot create the interpreter (out of memory)\n", stderr);
        return 1;
    }
    int status;
    if (argc < 2) {
        if (isatty(0)) status = repl(r);
        else {
            size_t n;
            char *src = read_stream(stdin, &n);
            if (!src) { fputs("asp: cannot read stdin\n", stderr); return 1; }
            status = run_source(r, src, n, "<stdin>", false);
            free(src);
        }
    } else if (!strcmp(argv[1], "-c")) {
        if (argc < 3) { fputs("Argument expected for the -c option\n", stderr); return 2; }
        status = run_source(r, command, strlen(command), "<string>", false);
    } else if (!strcmp(argv[1], "-")) {
        size_t n;
        char *src = read_stream(stdin, &n);
        if (!src) { fputs("asp: cannot read stdin\n", stderr); return 1; }
        status = run_source(r, src, n, "<stdin>", false);
        free(src);
    } else if (!strcmp(argv[1], "--dis") && argc >= 3) {
        FILE *fp = fopen(argv[2], "rb");
        if (!fp) { perror(argv[2]); return 2; }
        size_t n;
        char *src = read_stream(fp, &n);
        fclose(fp);
        if (!src) return 1;
        status = dis_source(r, src, n, argv[2]);
        free(src);
    } else if (argv[1][0] == '-' && argv[1][1]) {
        fprintf(stderr, "Unknown option: %s\n", argv[1]);
        usage();
        return 2;
    } else {
        FILE *fp = fopen(argv[1], "rb");
        if (!fp) {
            fprintf(stderr, "asp: can't open file '%s': [Errno 2] No such file or directory\n", argv[1]);
            return 2;
        }
        size_t n;
        char *src = read_stream(fp, &n);
        fclose(fp);
        if (!src) { fputs("asp: cannot read the file\n", stderr); return 1; }
        status = run_source(r, src, n, argv[1], true);
        free(src);
    }
    fflush(stdout);
    if (getenv("ASP_GCSTATS"))
        fprintf(stderr, "gc: %zu collections, %zu chunks, %zu large, %zu bytes, %llu allocations\n",
                r->heap.collections, r->heap.nchunks, r->heap.nlarge, r->heap.bytes,
                (unsigned long long)r->heap.allocs);
    realm_free(r);
    return status;
}
