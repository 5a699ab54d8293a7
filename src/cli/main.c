/* main: the `asp` command, a host program like any other: it uses only the
 * public include/asp.h (the debugging hooks of cli_debug.c and dump_ast.c
 * aside).  As Deno does, it grants a script nothing it did not ask for:
 * by default the script may import modules from its own directory and read
 * nothing else; --allow-read, --allow-write, --allow-env and --allow-all
 * grant more.  Output goes to the terminal, input() reads stdin, and the
 * clocks and system randomness are granted. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "asp.h"
#include "cli/dump_ast.h"
#include "cli/cli_debug.h"

/* Exit status when a --max-* limit (other than memory) ends the program. */
#define ASP_EXIT_LIMIT 3

#define ASP_VERSION "asp 0.1.0 (Python 3.13 compatible)"

extern char **environ;

static void write_stdout(void *ud, const char *data, size_t len) {
    (void)ud;
    fwrite(data, 1, len, stdout);
}

static void flush_stdout(void *ud) {
    (void)ud;
    fflush(stdout);
}

static void write_stderr(void *ud, const char *data, size_t len) {
    (void)ud;
    fflush(stdout);
    fwrite(data, 1, len, stderr);
}

static size_t read_stdin(void *ud, char *buf, size_t cap) {
    (void)ud;
    fflush(stdout);
    /* at most a line: a terminal gives no more before the user types it */
    size_t n = 0;
    while (n < cap) {
        int c = getc(stdin);
        if (c == EOF) break;
        buf[n++] = (char)c;
        if (c == '\n') break;
    }
    return n;
}

static size_t read_nothing(void *ud, char *buf, size_t cap) {
    (void)ud; (void)buf; (void)cap;
    return 0;
}

/* When the program replaced sys.excepthook, calls it with the uncaught
 * exception as CPython does, and returns true (reported).  A hook that
 * raises is reported with the original exception, as CPython words it. */
static bool call_excepthook(asp_realm *r) {
    static const char find[] =
        "(lambda s: s.excepthook if s.excepthook is not s.__excepthook__ else None)(__import__('sys'))";
    asp_handle exc, hook = ASP_NO_HANDLE, args[3] = {ASP_NO_HANDLE, ASP_NO_HANDLE, ASP_NO_HANDLE}, res;
    if (asp_error_value(r, &exc) != ASP_OK) return false;
    char *orig = NULL;
    const char *tb = asp_error_traceback(r);
    if (tb) orig = strdup(tb);
    bool done = false;
    if (asp_eval(r, find, sizeof find - 1, &hook) == ASP_OK && asp_kind_of(r, hook) != ASP_NONE &&
        asp_get_attr(r, exc, "__class__", &args[0]) == ASP_OK &&
        asp_get_attr(r, exc, "__traceback__", &args[2]) == ASP_OK) {
        args[1] = exc;
        asp_status st = asp_call(r, hook, 3, args, &res);
        fflush(stdout);
        if (st == ASP_OK) {
            asp_handle_release(r, res);
        } else if (st == ASP_ERROR || st == ASP_NOMEM) {
            const char *htb = asp_error_traceback(r);
            fputs("Error in sys.excepthook:\n", stderr);
            if (htb) fputs(htb, stderr);
            fputs("\nOriginal exception was:\n", stderr);
            if (orig) fputs(orig, stderr);
        } else if (orig) {   /* a limit ended the hook */
            fputs(orig, stderr);
        }
        done = true;
    }
    if (args[0] != ASP_NO_HANDLE) asp_handle_release(r, args[0]);
    if (args[2] != ASP_NO_HANDLE) asp_handle_release(r, args[2]);
    if (hook != ASP_NO_HANDLE) asp_handle_release(r, hook);
    asp_handle_release(r, exc);
    if (!done && orig) fputs(orig, stderr);
    free(orig);
    return true;
}

/* The exit status of a failed run, after reporting it as CPython does. */
static int report(asp_realm *r, asp_status st) {
    fflush(stdout);
    switch (st) {
    case ASP_OK: return 0;
    case ASP_LIMIT:
        /* a resource limit: one line naming it, and its own status */
        fprintf(stderr, "asp: %s\n", asp_error_message(r));
        return ASP_EXIT_LIMIT;
    case ASP_EXIT: {
        int code = asp_exit_code(r);
        asp_handle exc, c = ASP_NO_HANDLE;
        /* SystemExit('text'): the text on stderr, status 1 */
        if (asp_error_value(r, &exc) == ASP_OK) {
            if (asp_get_attr(r, exc, "code", &c) == ASP_OK) {
                asp_kind k = asp_kind_of(r, c);
                if (k != ASP_NONE && k != ASP_INT && k != ASP_BOOL) {
                    asp_handle s;
                    const char *u;
                    size_t n;
                    if (asp_str(r, c, &s) == ASP_OK && asp_to_str(r, s, &u, &n) == ASP_OK) {
                        fwrite(u, 1, n, stderr);
                        fputc('\n', stderr);
                        asp_handle_release(r, s);
                    }
                }
                asp_handle_release(r, c);
            }
            asp_handle_release(r, exc);
        }
        return code & 0xff;
    }
    case ASP_ERROR:
        if (call_excepthook(r)) return 1;
        /* fall through */
    case ASP_NOMEM: {
        const char *tb = asp_error_traceback(r);
        if (tb) fputs(tb, stderr);
        return 1;
    }
    default:
        fprintf(stderr, "asp: %s\n", asp_status_name(st));
        return 1;
    }
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

/* A plain REPL: lines are gathered until a statement is complete (a blank
 * line ends a compound statement), then run as one interactive statement. */
static int repl(asp_realm *r) {
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
            if (block && !blank) continue;
            break;
        }
        asp_status st = asp_exec_ex(r, buf, len, "<stdin>", ASP_EXEC_INTERACTIVE);
        if (st == ASP_EXIT) { free(buf); return report(r, st); }
        if (st != ASP_OK) report(r, st);
        asp_error_clear(r);
        fflush(stdout);
    }
}

static void usage(FILE *to) {
    fputs("usage: asp [option] ... [-c cmd | file | -] [arg] ...\n"
          "  -c cmd         program passed in as string\n"
          "  -              program read from stdin\n"
          "  --version      print the version and exit\n"
          "  -h, --help     print this help and exit\n"
          "permissions (before the program; by default a script may import modules from\n"
          "its own directory and read nothing else; stdin, stdout, stderr and the clocks\n"
          "are always granted):\n"
          "  --allow-read[=DIR,...]   let open(), os.listdir, os.stat and import read these\n"
          "                           directories (all files without a list)\n"
          "  --allow-write[=DIR,...]  also let the program create, write and remove files there\n"
          "  --allow-env[=NAME,...]   let os.environ/os.getenv see these variables (all without a list)\n"
          "  --allow-all              all of the above, for every file and variable\n"
          "  opening, listing or importing outside what is granted raises PermissionError\n"
          "limits (before the program):\n"
          "  --max-memory=64M         Python heap (K, M, G suffixes); past it, MemoryError\n"
          "  --max-time=2s            wall time (s, ms, us suffixes)\n"
          "  --max-instructions=N     loop iterations and calls\n"
          "  --max-recursion=N        Python call depth; past it, RecursionError\n"
          "  --max-output=1M          bytes written to stdout and stderr\n"
          "  the time, instruction and output limits end the program with one line on\n"
          "  stderr naming the limit (\"asp: time limit exceeded\") and exit status 3\n"
          "debugging:\n"
          "  --dump-ast FILE  print ast.dump(ast.parse(FILE)) as CPython 3.13 does\n"
          "  --parse-only FILE...  parse each FILE, print only its errors\n"
          "  --dis FILE     print the bytecode of FILE\n"
          "exit status: 0 success, 1 uncaught exception, 2 bad usage, 3 a limit was exceeded,\n"
          "  else the SystemExit code\n",
          to);
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

/* What the options grant: mounts and environment names (all malloc'd). */
typedef struct Grants {
    asp_mount *mounts;
    size_t nmounts;
    char **strs;              /* every string to free */
    size_t nstrs;
    const char **env;
    size_t nenv;
    bool env_all;
} Grants;

static char *grants_keep(Grants *g, char *s) {
    if (!s) return NULL;
    char **ns = realloc(g->strs, (g->nstrs + 1) * sizeof *ns);
    if (!ns) { free(s); return NULL; }
    g->strs = ns;
    g->strs[g->nstrs++] = s;
    return s;
}

/* Mounts a host directory at its own absolute path (so the guest sees
 * the same paths as the user typed). */
static bool grants_mount(Grants *g, const char *dir, unsigned flags) {
    char *abs = grants_keep(g, realpath(dir, NULL));
    if (!abs) {
        fprintf(stderr, "asp: cannot grant '%s': %s\n", dir, strerror(errno));
        return false;
    }
    asp_mount *nm = realloc(g->mounts, (g->nmounts + 1) * sizeof *nm);
    if (!nm) return false;
    g->mounts = nm;
    g->mounts[g->nmounts++] = (asp_mount){abs, abs, flags, 0};
    return true;
}

static bool grants_env(Grants *g, const char *name) {
    const char **ne = realloc(g->env, (g->nenv + 1) * sizeof *ne);
    if (!ne) return false;
    g->env = ne;
    g->env[g->nenv++] = name;
    return true;
}

/* The comma-separated list after '=' (or everything when there is none). */
static bool grants_list(Grants *g, const char *opt, const char *list, unsigned flags, bool env) {
    if (!list) {
        if (env) { g->env_all = true; return true; }
        return grants_mount(g, "/", flags);
    }
    char *copy = grants_keep(g, strdup(list));
    if (!copy) return false;
    for (char *save = NULL, *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        if (!*t) continue;
        if (!(env ? grants_env(g, t) : grants_mount(g, t, flags))) return false;
    }
    (void)opt;
    return true;
}

static void grants_free(Grants *g) {
    for (size_t i = 0; i < g->nstrs; i++) free(g->strs[i]);
    free(g->strs);
    free(g->mounts);
    free(g->env);
}

/* Leading --max-* and --allow-* options; returns how many argv words they
 * took, or -1 on a bad one. */
static int parse_options(int argc, char **argv, asp_config *cfg, Grants *g) {
    int i = 1;
    for (; i < argc && !strncmp(argv[i], "--", 2); i++) {
        const char *a = argv[i] + 2, *eq = strchr(a, '=');
        size_t klen = eq ? (size_t)(eq - a) : strlen(a);
        const char *val = eq ? eq + 1 : NULL;
#define KEY(s) (klen == sizeof(s) - 1 && !strncmp(a, s, klen))
        bool ok = true;
        uint64_t v = 0;   /* (read below even when parse_scaled failed) */
        if (KEY("allow-read")) ok = grants_list(g, argv[i], val, ASP_MOUNT_READ, false);
        else if (KEY("allow-write")) ok = grants_list(g, argv[i], val, ASP_MOUNT_READ | ASP_MOUNT_WRITE, false);
        else if (KEY("allow-env")) ok = grants_list(g, argv[i], val, 0, true);
        else if (KEY("allow-all") && !val) {
            ok = grants_mount(g, "/", ASP_MOUNT_READ | ASP_MOUNT_WRITE);
            g->env_all = true;
        } else if (!strncmp(a, "max-", 4)) {
            if (!val) ok = false;
            else if (KEY("max-memory")) { ok = parse_scaled(val, false, &v); cfg->heap_limit = (size_t)v; }
            else if (KEY("max-time")) { ok = parse_scaled(val, true, &v) && v > 0; cfg->max_time_ns = v; }
            else if (KEY("max-instructions")) { ok = parse_scaled(val, false, &v) && v > 0; cfg->max_instructions = v; }
            else if (KEY("max-recursion")) {
                ok = parse_scaled(val, false, &v) && v > 0 && v <= 100000;
                cfg->max_recursion = (unsigned)v;
            } else if (KEY("max-output")) { ok = parse_scaled(val, false, &v) && v > 0; cfg->max_output = v; }
            else ok = false;
        } else break;   /* another option: --version, --dump-ast, ... */
#undef KEY
        if (!ok) {
            fprintf(stderr, "asp: bad option %s\n", argv[i]);
            return -1;
        }
    }
    return i - 1;
}

/* The directory part of a script path, as an absolute path (malloc'd). */
static char *script_dir(const char *path) {
    char *abs = realpath(path, NULL);
    if (!abs) return NULL;
    char *slash = strrchr(abs, '/');
    if (slash == abs) slash[1] = 0;
    else if (slash) *slash = 0;
    return abs;
}

int main(int argc, char **argv) {
#if defined(M_MMAP_THRESHOLD)
    /* a fixed threshold: glibc's adaptive one moves big freed buffers (old
     * dict and list tables) into the brk heap, where they stay resident and
     * push the peak RSS past --max-memory */
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    Grants g;
    memset(&g, 0, sizeof g);
    int nopt = parse_options(argc, argv, &cfg, &g);
    if (nopt < 0) { grants_free(&g); return 2; }
    if (nopt > 0) {   /* drop the options: the rest reads as without them */
        argv[nopt] = argv[0];
        argv += nopt;
        argc -= nopt;
    }
    const char *command = argc >= 3 && !strcmp(argv[1], "-c") ? argv[2] : NULL;
    if (argc >= 2 && !strcmp(argv[1], "--version")) { puts(ASP_VERSION); grants_free(&g); return 0; }
    if (argc >= 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
        usage(stdout);
        grants_free(&g);
        return 0;
    }
    /* parser and compiler hooks (internal: see dump_ast.c, cli_debug.c) */
    if (argc >= 2 && !strcmp(argv[1], "--dump-ast")) {
        grants_free(&g);
        if (argc < 3) { usage(stderr); return 2; }
        return cli_dump_ast(argv[2]);
    }
    if (argc == 3 && !strcmp(argv[1], "--dump-ast-attrs")) { grants_free(&g); return cli_dump_ast_ex(argv[2], true); }
    if (argc == 3 && !strcmp(argv[1], "--syntax-error")) { grants_free(&g); return cli_check_syntax(argv[2]); }
    if (argc >= 2 && !strcmp(argv[1], "--parse-only")) { grants_free(&g); return cli_parse_only(argc - 2, argv + 2); }
    if (argc >= 2 && !strcmp(argv[1], "--dis")) {
        grants_free(&g);
        if (argc < 3) { usage(stderr); return 2; }
        FILE *fp = fopen(argv[2], "rb");
        if (!fp) { perror(argv[2]); return 2; }
        size_t n;
        char *src = read_stream(fp, &n);
        fclose(fp);
        if (!src) return 1;
        int st = cli_dis(argv[2], src, n);
        free(src);
        return st;
    }
    if (argc >= 2 && argv[1][0] == '-' && argv[1][1] && strcmp(argv[1], "-c")) {
        fprintf(stderr, "Unknown option: %s\n", argv[1]);
        usage(stderr);
        grants_free(&g);
        return 2;
    }
    if (argc >= 2 && !strcmp(argv[1], "-c") && argc < 3) {
        fputs("Argument expected for the -c option\n", stderr);
        grants_free(&g);
        return 2;
    }

    /* the program's source */
    const char *filename;
    char *src = NULL;
    size_t n = 0;
    bool from_stdin = argc < 2 || !strcmp(argv[1], "-");
    bool interactive = argc < 2 && isatty(0);
    if (command) {
        filename = "<string>";
    } else if (from_stdin) {
        filename = "<stdin>";
        if (!interactive) {
            src = read_stream(stdin, &n);
            if (!src) { fputs("asp: cannot read stdin\n", stderr); grants_free(&g); return 1; }
        }
    } else {
        /* as CPython 3.13: __file__ and tracebacks name the script by the
         * working directory joined with the path as given (not normalised) */
        filename = argv[1];
        char cwd[4096];
        if (argv[1][0] != '/' && getcwd(cwd, sizeof cwd)) {
            size_t lc = strlen(cwd), lp = strlen(argv[1]);
            char *abs = malloc(lc + lp + 2);
            if (abs) {
                memcpy(abs, cwd, lc);
                abs[lc] = '/';
                memcpy(abs + lc + 1, argv[1], lp + 1);
                abs = grants_keep(&g, abs);
                if (abs) filename = abs;
            }
        }
        FILE *fp = fopen(argv[1], "rb");
        if (!fp) {
            fprintf(stderr, "asp: can't open file '%s': [Errno 2] No such file or directory\n", argv[1]);
            grants_free(&g);
            return 2;
        }
        src = read_stream(fp, &n);
        fclose(fp);
        if (!src) { fputs("asp: cannot read the file\n", stderr); grants_free(&g); return 1; }
    }

    /* imports from the script's own directory (the working directory for
     * -c and stdin, as CPython's sys.path[0]) */
    char *home = command || from_stdin ? realpath(".", NULL) : script_dir(argv[1]);
    if (home) home = grants_keep(&g, home);   /* (NULL, home freed, when out of memory) */
    if (home && !grants_mount(&g, home, ASP_MOUNT_IMPORT)) { grants_free(&g); free(src); return 1; }
    /* and the script may read itself (open(__file__)) */
    if (!command && !from_stdin) {
        char *self = grants_keep(&g, realpath(argv[1], NULL));
        asp_mount *nm = self ? realloc(g.mounts, (g.nmounts + 1) * sizeof *nm) : NULL;
        if (nm) {
            g.mounts = nm;
            g.mounts[g.nmounts++] = (asp_mount){self, self, ASP_MOUNT_FILE, 0};
        }
    }
    const char *import_path[1] = {home};
    cfg.import_path = import_path;
    cfg.nimport_path = home ? 1 : 0;
    char *cwd = grants_keep(&g, realpath(".", NULL));
    cfg.cwd = cwd;
    cfg.mounts = g.mounts;
    cfg.nmounts = g.nmounts;
    if (g.env_all) {
        g.nenv = 0;
        for (char **e = environ; *e; e++) {
            char *eq = strchr(*e, '=');
            char *name = grants_keep(&g, eq ? strndup(*e, (size_t)(eq - *e)) : NULL);
            if (name && !grants_env(&g, name)) break;
        }
    }
    cfg.env = g.env;
    cfg.nenv = g.nenv;
    cfg.clocks = ASP_CLOCK_WALL | ASP_CLOCK_MONOTONIC | ASP_CLOCK_SLEEP;
    cfg.random_system = 1;
    cfg.write_out = write_stdout;
    cfg.flush_out = flush_stdout;
    cfg.write_err = write_stderr;
    cfg.read_in = from_stdin ? read_nothing : read_stdin;
    const char *stress = getenv("ASP_GCSTRESS");
    cfg.gc_stress = stress && *stress && *stress != '0';
    /* a fresh hash key per process, as CPython's hash randomisation */
    FILE *ur = fopen("/dev/urandom", "rb");
    if (ur) {
        if (fread(cfg.hash_seed, sizeof cfg.hash_seed, 1, ur) != 1) cfg.hash_seed[0] = cfg.hash_seed[1] = 0;
        fclose(ur);
    }
    /* sys.argv: the script and its arguments ('-c' for a command, '' for stdin) */
    if (command) {
        argv[2] = (char *)"-c";
        cfg.argc = argc - 2;
        cfg.argv = (const char *const *)argv + 2;
    } else if (argc >= 2) {
        cfg.argc = argc - 1;
        cfg.argv = (const char *const *)argv + 1;
    }
    asp_realm *r;
    asp_status st = asp_realm_new(&cfg, &r);
    if (st != ASP_OK) {
        fprintf(stderr, "asp: cannot create the interpreter (%s)\n",
                st == ASP_NOMEM ? "out of memory" : "a granted directory cannot be opened");
        grants_free(&g);
        free(src);
        return 1;
    }
    /* tests/alloc_fail.py: make allocation number N fail */
    const char *fail = getenv("ASP_FAIL_ALLOC");
    if (fail && *fail) cli_fail_alloc_at(r, strtoull(fail, NULL, 10));
    int status;
    if (interactive) status = repl(r);
    else {
        st = command ? asp_exec(r, command, strlen(command), filename)
                     : asp_exec_ex(r, src, n, filename, from_stdin ? 0 : ASP_EXEC_SET_FILE);
        status = report(r, st);
        /* as CPython at exit, after the traceback: atexit finalizers and
         * the objects __main__ kept alive (not when a limit ended the run) */
        if (st != ASP_LIMIT) asp_finish(r);
    }
    free(src);
    fflush(stdout);
    if (getenv("ASP_GCSTATS")) cli_gc_stats(r);
    asp_realm_free(r);
    grants_free(&g);
    return status;
}
