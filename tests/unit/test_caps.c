/* test_caps: the capabilities a host grants through include/asp.h: mounts
 * (read-only, read-write with a quota, import-only), the guest working
 * directory and sys.path, environment variables, the input reader, the
 * virtual clock and seeded randomness, and the output limit; and that a
 * realm with no grants reaches nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "asp.h"
#include "unit.h"

typedef struct Out { char buf[8192]; size_t len; } Out;

static void out_write(void *ud, const char *data, size_t len) {
    Out *o = ud;
    size_t room = sizeof o->buf - 1 - o->len;
    if (len > room) len = room;
    memcpy(o->buf + o->len, data, len);
    o->len += len;
    o->buf[o->len] = 0;
}

static void stress_of(asp_config *cfg) {
    const char *env = getenv("ASP_GCSTRESS");
    cfg->gc_stress = env && *env && *env != '0';
}

/* Runs src; checks its status and everything it printed. */
static void run_expect(asp_realm *r, Out *o, const char *src, asp_status want, const char *out) {
    o->len = 0;
    o->buf[0] = 0;
    asp_status st = asp_exec(r, src, strlen(src), "<test>");
    CHECK_EQ_INT(st, want);
    if (st != want && st == ASP_ERROR) fprintf(stderr, "%s", asp_error_traceback(r));
    CHECK_EQ_STR(o->buf, out);
    asp_error_clear(r);
}

static void write_file(const char *dir, const char *name, const char *text) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

static void test_nothing_granted(void) {
    Out o = {{0}, 0};
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    stress_of(&cfg);
    cfg.write_out = out_write;
    cfg.write_userdata = &o;
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    run_expect(r, &o,
               "import os, sys, time\n"
               "for p in ['x', '/', '/etc/passwd', '.']:\n"
               "    try: open(p)\n"
               "    except PermissionError as e: print(e)\n"
               "try: os.listdir('/')\n"
               "except PermissionError as e: print(e)\n"
               "print(os.environ, os.getenv('HOME'), os.getcwd())\n"
               "try: input()\n"
               "except EOFError as e: print('EOF', e)\n"
               "print(time.time(), time.monotonic())\n"
               "time.sleep(2.5)\n"
               "print(time.time(), time.monotonic_ns())\n"
               "try: import mymodule\n"
               "except ImportError as e: print(e)\n"
               "print(sys.path)\n",
               ASP_OK,
               "[Errno 13] Permission denied: 'x'\n"
               "[Errno 13] Permission denied: '/'\n"
               "[Errno 13] Permission denied: '/etc/passwd'\n"
               "[Errno 13] Permission denied: '.'\n"
               "[Errno 13] Permission denied: '/'\n"
               "{} None /\n"
               "EOF EOF when reading a line\n"
               "0.0 0.0\n"
               "2.5 2500000000\n"
               "No module named 'mymodule'\n"
               "[]\n");
    asp_realm_free(r);
}

static void test_mounts(const char *tmp) {
    char rw[300], ro[300], lib[300];
    snprintf(rw, sizeof rw, "%s/rw", tmp);
    snprintf(ro, sizeof ro, "%s/ro", tmp);
    snprintf(lib, sizeof lib, "%s/lib", tmp);
    mkdir(rw, 0700);
    mkdir(ro, 0700);
    mkdir(lib, 0700);
    write_file(ro, "r.txt", "read me\n");
    write_file(lib, "libmod.py", "VALUE = 'from lib'\n");
    write_file(rw, "old.txt", "0123456789");
    asp_mount mounts[] = {
        {"/data", rw, ASP_MOUNT_READ | ASP_MOUNT_WRITE, 100},
        {"/ro", ro, ASP_MOUNT_READ, 0},
        {"/lib", lib, ASP_MOUNT_IMPORT, 0},
    };
    const char *path[] = {"/lib"};
    Out o = {{0}, 0};
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    stress_of(&cfg);
    cfg.write_out = out_write;
    cfg.write_userdata = &o;
    cfg.mounts = mounts;
    cfg.nmounts = 3;
    cfg.cwd = "/data";
    cfg.import_path = path;
    cfg.nimport_path = 1;
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    run_expect(r, &o,
               "import os, libmod\n"
               "print(libmod.VALUE, libmod.__file__, os.getcwd())\n"
               "print(open('/ro/r.txt').read(), end='')\n"
               "print(sorted(os.listdir('/data')), os.listdir('/ro'))\n"
               "for p in ['/lib/libmod.py', '/ro/new.txt', '/data/../ro/x', '/']:\n"
               "    try: open(p, 'w' if 'lib' not in p else 'r')\n"
               "    except PermissionError as e: print(e)\n"
               "try: os.listdir('/lib')\n"
               "except PermissionError as e: print(e)\n"
               "f = open('a.bin', 'wb')\n"
               "print(f.write(b'x' * 60))\n"
               "try: f.write(b'y' * 50)\n"
               "except OSError as e: print(type(e).__name__, e.errno, e.strerror)\n"
               "print(f.write(b'z' * 40))\n"
               "f.close()\n"
               "os.remove('old.txt')\n"
               "with open('b.bin', 'wb') as g: print(g.write(b'w' * 10))\n"
               "try: open('c.bin', 'wb').write(b'v')\n"
               "except OSError as e: print(e.errno)\n"
               "os.remove('a.bin')\n"
               "with open('/data/c.bin', 'w') as g: print(g.write('v' * 90))\n"
               "print(os.path.getsize('/data/c.bin'), os.path.exists('/data/a.bin'))\n",
               ASP_OK,
               "from lib /lib/libmod.py /data\n"
               "read me\n"
               "['old.txt'] ['r.txt']\n"
               "[Errno 13] Permission denied: '/lib/libmod.py'\n"
               "[Errno 13] Permission denied: '/ro/new.txt'\n"
               "[Errno 13] Permission denied: '/data/../ro/x'\n"
               "[Errno 13] Permission denied: '/'\n"
               "[Errno 13] Permission denied: '/lib'\n"
               "60\n"
               "OSError 122 Disk quota exceeded\n"
               "40\n"
               "10\n"
               "122\n"
               "90\n"
               "90 False\n");
    asp_realm_free(r);
    /* the host sees what the guest wrote */
    char p[400];
    snprintf(p, sizeof p, "%s/c.bin", rw);
    struct stat st;
    CHECK(stat(p, &st) == 0 && st.st_size == 90);
    snprintf(p, sizeof p, "%s/old.txt", rw);
    CHECK(stat(p, &st) != 0);

    /* a mount that cannot be opened, a relative guest path */
    asp_mount bad[] = {{"/x", "/nonexistent-asp-dir", ASP_MOUNT_READ, 0}};
    memset(&cfg, 0, sizeof cfg);
    cfg.mounts = bad;
    cfg.nmounts = 1;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_INVALID);
    asp_mount rel[] = {{"x", rw, ASP_MOUNT_READ, 0}};
    cfg.mounts = rel;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_INVALID);
}

typedef struct Input { const char *text; size_t pos; } Input;

static size_t read_input(void *ud, char *buf, size_t cap) {
    Input *in = ud;
    size_t left = strlen(in->text) - in->pos;
    size_t n = left < cap ? left : cap;
    if (n > 3) n = 3;   /* small pieces: lines are put together */
    memcpy(buf, in->text + in->pos, n);
    in->pos += n;
    return n;
}

static void test_env_input_random(void) {
    Out o = {{0}, 0};
    Input in = {"first line\nsecond\nthird", 0};
    setenv("ASP_TEST_CAPS_HOST", "from-host", 1);
    setenv("ASP_TEST_CAPS_HIDDEN", "hidden", 1);
    const char *env[] = {"GIVEN=value=with=equals", "ASP_TEST_CAPS_HOST", "ASP_TEST_CAPS_UNSET"};
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    stress_of(&cfg);
    cfg.write_out = out_write;
    cfg.write_userdata = &o;
    cfg.env = env;
    cfg.nenv = 3;
    cfg.read_in = read_input;
    cfg.read_userdata = &in;
    cfg.random_seed = 42;
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    run_expect(r, &o,
               "import os, sys\n"
               "print(sorted(os.environ.items()))\n"
               "print(os.getenv('ASP_TEST_CAPS_HIDDEN'), os.getenv('ASP_TEST_CAPS_UNSET', '-'))\n"
               "print(repr(input('> ')))\n"
               "print(repr(sys.stdin.readline()), repr(sys.stdin.read()))\n"
               "try: input()\n"
               "except EOFError: print('EOF')\n"
               "r1 = os.urandom(16)\n",
               ASP_OK,
               "[('ASP_TEST_CAPS_HOST', 'from-host'), ('GIVEN', 'value=with=equals')]\n"
               "None -\n"
               "> 'first line'\n"
               "'second\\n' 'third'\n"
               "EOF\n");
    /* the same seed gives the same bytes in another realm */
    asp_realm *r2;
    Out o2 = {{0}, 0};
    cfg.write_userdata = &o2;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r2), ASP_OK);
    asp_handle a, b;
    CHECK_EQ_INT(asp_eval(r, "r1", 2, &a), ASP_OK);
    CHECK_EQ_INT(asp_eval(r2, "__import__('os').urandom(16)", 28, &b), ASP_OK);
    const void *da, *db;
    size_t na, nb;
    CHECK_EQ_INT(asp_to_bytes(r, a, &da, &na), ASP_OK);
    CHECK_EQ_INT(asp_to_bytes(r2, b, &db, &nb), ASP_OK);
    CHECK(na == 16 && nb == 16 && memcmp(da, db, 16) == 0);
    asp_handle_release(r, a);
    asp_handle_release(r2, b);
    /* random.seed(None) draws from the same capability */
    double x, y;
    static const char rnd[] = "__import__('random').Random().random()";
    CHECK_EQ_INT(asp_eval(r, rnd, sizeof rnd - 1, &a), ASP_OK);
    CHECK_EQ_INT(asp_eval(r2, rnd, sizeof rnd - 1, &b), ASP_OK);
    CHECK_EQ_INT(asp_to_float(r, a, &x), ASP_OK);
    CHECK_EQ_INT(asp_to_float(r2, b, &y), ASP_OK);
    CHECK(x == y && x >= 0 && x < 1);
    asp_handle_release(r, a);
    asp_handle_release(r2, b);
    asp_realm_free(r2);
    asp_realm_free(r);
}

/* ASP_MOUNT_FILE: one file readable at exactly its guest path, nothing else
 * of its directory; the guest name must end with the file's name. */
static void test_file_mount(const char *tmp) {
    char dir[300], file[340];
    snprintf(dir, sizeof dir, "%s/one", tmp);
    mkdir(dir, 0700);
    write_file(dir, "self.py", "print('me')\n");
    write_file(dir, "other.txt", "secret\n");
    snprintf(file, sizeof file, "%s/self.py", dir);
    asp_mount mounts[] = {{"/app/self.py", file, ASP_MOUNT_FILE, 0}};
    Out o = {{0}, 0};
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    stress_of(&cfg);
    cfg.write_out = out_write;
    cfg.write_userdata = &o;
    cfg.mounts = mounts;
    cfg.nmounts = 1;
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    run_expect(r, &o,
               "import os\n"
               "print(open('/app/self.py').read(), end='')\n"
               "for f in [lambda: open('/app/other.txt'), lambda: open('/app/self.py', 'a'),\n"
               "          lambda: os.listdir('/app'), lambda: open('/app/./../app/other.txt')]:\n"
               "    try: f()\n"
               "    except PermissionError as e: print(e)\n",
               ASP_OK,
               "print('me')\n"
               "[Errno 13] Permission denied: '/app/other.txt'\n"
               "[Errno 13] Permission denied: '/app/self.py'\n"
               "[Errno 13] Permission denied: '/app'\n"
               "[Errno 13] Permission denied: '/app/./../app/other.txt'\n");
    asp_realm_free(r);
    asp_mount bad[] = {{"/app/renamed.py", file, ASP_MOUNT_FILE, 0}};
    cfg.mounts = bad;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_INVALID);
}

static void test_output_limit(void) {
    Out o = {{0}, 0};
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    stress_of(&cfg);
    cfg.write_out = out_write;
    cfg.write_err = out_write;
    cfg.write_userdata = &o;
    cfg.max_output = 12;
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    o.len = 0;
    const char *src = "try:\n    while True: print('abcde')\nexcept BaseException:\n    print('caught')\n";
    CHECK_EQ_INT(asp_exec(r, src, strlen(src), "<t>"), ASP_LIMIT);
    CHECK_EQ_STR(asp_error_message(r), "output limit exceeded");
    CHECK_EQ_STR(o.buf, "abcde\nabcde\n");
    asp_error_clear(r);
    /* the budget is the realm's: spent, it stays spent; other code still runs */
    CHECK_EQ_INT(asp_exec(r, "x = 1 + 1", 9, "<t>"), ASP_OK);
    CHECK_EQ_INT(asp_exec(r, "print(x)", 8, "<t>"), ASP_LIMIT);
    asp_realm_free(r);
}

int main(void) {
    char tmpl[] = "/tmp/asp_test_caps_XXXXXX";
    char *tmp = mkdtemp(tmpl);
    CHECK(tmp != NULL);
    test_nothing_granted();
    if (tmp) test_mounts(tmp);
    if (tmp) test_file_mount(tmp);
    test_env_input_random();
    test_output_limit();
    if (tmp) {
        char cmd[600];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
        if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp);
    }
    return unit_report();
}
