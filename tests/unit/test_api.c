/* test_api: the public embedding API (include/asp.h) as a host uses it:
 * values through handles, exec/eval/call, host functions and modules, and
 * every error path (Python exception, SystemExit, MemoryError under a heap
 * limit, a host function raising), with handles surviving collections
 * under GC stress. */
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
#include "asp.h"
#include "unit.h"

typedef struct Out { char buf[4096]; size_t len; } Out;

static void out_write(void *ud, const char *data, size_t len) {
    Out *o = ud;
    size_t room = sizeof o->buf - 1 - o->len;
    if (len > room) len = room;
    memcpy(o->buf + o->len, data, len);
    o->len += len;
    o->buf[o->len] = 0;
}

/* ASP_GCSTRESS=1 (as `make test` sets for the sanitizer run) turns stress
 * on for every realm except those of the heap-filling tests (quadratic). */
static asp_realm *new_realm(Out *o, size_t heap_limit, int stress) {
    const char *env = getenv("ASP_GCSTRESS");
    if (!heap_limit && env && *env && *env != '0') stress = 1;
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_out = out_write;
    cfg.write_err = out_write;
    cfg.write_userdata = o;
    cfg.heap_limit = heap_limit;
    cfg.gc_stress = stress;
    asp_realm *r = NULL;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    return r;
}

static asp_status exec_str(asp_realm *r, const char *src) {
    return asp_exec(r, src, strlen(src), "<test>");
}

static void test_values(void) {
    Out o = {0};
    asp_realm *r = new_realm(&o, 0, 0);
    asp_handle h, s, b, l, t, d, x;
    int64_t i;
    double f;
    int flag;
    const char *u;
    size_t n;
    char text[64];

    CHECK_EQ_INT(asp_new_none(r, &h), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, h), ASP_NONE);
    CHECK_EQ_INT(asp_handle_release(r, h), ASP_OK);
    CHECK_EQ_INT(asp_handle_release(r, h), ASP_INVALID);   /* twice */
    CHECK_EQ_INT(asp_kind_of(r, h), ASP_OTHER);

    CHECK_EQ_INT(asp_new_bool(r, 1, &h), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, h), ASP_BOOL);
    CHECK_EQ_INT(asp_to_bool(r, h, &flag), ASP_OK);
    CHECK_EQ_INT(flag, 1);
    CHECK_EQ_INT(asp_to_int(r, h, &i), ASP_OK);   /* bool is an int */
    CHECK_EQ_INT(i, 1);
    CHECK_EQ_INT(asp_to_float(r, h, &f), ASP_OK);
    CHECK(f == 1.0);
    asp_handle_release(r, h);
    /* an instance of an int subclass */
    CHECK_EQ_INT(exec_str(r, "class I(int): pass\nbig = I(2**70)\n"), ASP_OK);
    CHECK_EQ_INT(asp_get_global(r, "big", &h), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, h), ASP_INT);
    CHECK_EQ_INT(asp_to_int_text(r, h, text, sizeof text, &n), ASP_OK);
    CHECK_EQ_STR(text, "1180591620717411303424");
    CHECK_EQ_INT(asp_to_float(r, h, &f), ASP_OK);
    CHECK(f == 1180591620717411303424.0);
    asp_handle_release(r, h);

    CHECK_EQ_INT(asp_new_int(r, INT64_MIN, &h), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, h), ASP_INT);
    CHECK_EQ_INT(asp_to_int(r, h, &i), ASP_OK);
    CHECK(i == INT64_MIN);
    CHECK_EQ_INT(asp_to_int_text(r, h, text, sizeof text, &n), ASP_OK);
    CHECK_EQ_STR(text, "-9223372036854775808");
    CHECK_EQ_INT(n, 20);
    CHECK_EQ_INT(asp_to_int_text(r, h, text, 5, &n), ASP_TOOSMALL);
    CHECK_EQ_INT(n, 20);
    asp_handle_release(r, h);

    CHECK_EQ_INT(asp_new_int_text(r, "123456789012345678901234567890", &h), ASP_OK);
    CHECK_EQ_INT(asp_to_int(r, h, &i), ASP_ERROR);   /* too big for int64 */
    CHECK_EQ_STR(asp_error_type(r), "OverflowError");
    CHECK_EQ_INT(asp_to_int_text(r, h, text, sizeof text, &n), ASP_OK);
    CHECK_EQ_STR(text, "123456789012345678901234567890");
    asp_handle_release(r, h);
    /* a sign, as documented (found by fuzz_number) */
    CHECK_EQ_INT(asp_new_int_text(r, "-0714151501101965580006915811362", &h), ASP_OK);
    CHECK_EQ_INT(asp_to_int_text(r, h, text, sizeof text, &n), ASP_OK);
    CHECK_EQ_STR(text, "-714151501101965580006915811362");
    asp_handle_release(r, h);
    CHECK_EQ_INT(asp_new_int_text(r, "+12", &h), ASP_OK);
    CHECK_EQ_INT(asp_to_int(r, h, &i), ASP_OK);
    CHECK(i == 12);
    asp_handle_release(r, h);
    CHECK_EQ_INT(asp_new_int_text(r, "-", &h), ASP_ERROR);
    CHECK_EQ_INT(asp_new_int_text(r, "--1", &h), ASP_ERROR);
    CHECK_EQ_INT(asp_new_int_text(r, "12x", &h), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "ValueError");
    CHECK_EQ_INT(h, ASP_NO_HANDLE);

    CHECK_EQ_INT(asp_new_float(r, 2.5, &h), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, h), ASP_FLOAT);
    CHECK_EQ_INT(asp_to_float(r, h, &f), ASP_OK);
    CHECK(f == 2.5);
    CHECK_EQ_INT(asp_to_int(r, h, &i), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "TypeError");
    asp_handle_release(r, h);

    CHECK_EQ_INT(asp_new_str(r, "h\xc3\xa9llo \xe2\x82\xac", 10, &s), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, s), ASP_STR);
    CHECK_EQ_INT(asp_to_str(r, s, &u, &n), ASP_OK);
    CHECK_EQ_INT(n, 10);
    CHECK_EQ_STR(u, "h\xc3\xa9llo \xe2\x82\xac");
    CHECK_EQ_INT(asp_len(r, s, &n), ASP_OK);
    CHECK_EQ_INT(n, 7);
    CHECK_EQ_INT(asp_new_str(r, "\xff", 1, &h), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "UnicodeDecodeError");

    CHECK_EQ_INT(asp_new_bytes(r, "a\0b", 3, &b), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, b), ASP_BYTES);
    const void *data;
    CHECK_EQ_INT(asp_to_bytes(r, b, &data, &n), ASP_OK);
    CHECK(n == 3 && memcmp(data, "a\0b", 3) == 0);
    CHECK_EQ_INT(asp_to_str(r, b, &u, &n), ASP_ERROR);

    CHECK_EQ_INT(asp_new_list(r, &l), ASP_OK);
    CHECK_EQ_INT(asp_list_append(r, l, s), ASP_OK);
    CHECK_EQ_INT(asp_list_append(r, l, b), ASP_OK);
    CHECK_EQ_INT(asp_len(r, l, &n), ASP_OK);
    CHECK_EQ_INT(n, 2);
    CHECK_EQ_INT(asp_item(r, l, -1, &x), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, x), ASP_BYTES);
    asp_handle_release(r, x);
    CHECK_EQ_INT(asp_item(r, l, 2, &x), ASP_ERROR);
    CHECK_EQ_STR(asp_error_message(r), "list index out of range");
    CHECK_EQ_INT(asp_list_set(r, l, 0, b), ASP_OK);
    CHECK_EQ_INT(asp_list_append(r, s, b), ASP_ERROR);   /* not a list */

    asp_handle items[2] = {s, l};
    CHECK_EQ_INT(asp_new_tuple(r, 2, items, &t), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, t), ASP_TUPLE);
    CHECK_EQ_INT(asp_repr(r, t, &x), ASP_OK);
    CHECK_EQ_INT(asp_to_str(r, x, &u, &n), ASP_OK);
    CHECK_EQ_STR(u, "('h\xc3\xa9llo \xe2\x82\xac', [b'a\\x00b', b'a\\x00b'])");
    asp_handle_release(r, x);

    CHECK_EQ_INT(asp_new_dict(r, &d), ASP_OK);
    CHECK_EQ_INT(asp_dict_set(r, d, s, t), ASP_OK);
    CHECK_EQ_INT(asp_dict_set(r, d, l, t), ASP_ERROR);   /* unhashable */
    CHECK_EQ_STR(asp_error_message(r), "unhashable type: 'list'");
    CHECK_EQ_INT(asp_dict_get(r, d, s, &x), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, x), ASP_TUPLE);
    asp_handle_release(r, x);
    CHECK_EQ_INT(asp_dict_get(r, d, b, &x), ASP_NOTFOUND);
    size_t pos = 0, count = 0;
    asp_handle k, v;
    while (asp_dict_next(r, d, &pos, &k, &v) == ASP_OK) {
        count++;
        CHECK_EQ_INT(asp_kind_of(r, k), ASP_STR);
        asp_handle_release(r, k);
        asp_handle_release(r, v);
    }
    CHECK_EQ_INT(count, 1);

    CHECK_EQ_INT(asp_to_int(r, 9999, &i), ASP_INVALID);
    CHECK_EQ_INT(asp_call(r, 9999, 0, NULL, &x), ASP_INVALID);
    asp_handle bad[1] = {12345};
    CHECK_EQ_INT(asp_new_tuple(r, 1, bad, &x), ASP_INVALID);
    asp_realm_free(r);
}

static void test_exec(void) {
    Out o = {0};
    asp_realm *r = new_realm(&o, 0, 0);
    CHECK_EQ_INT(exec_str(r, "x = 6\nprint('hi', x)\n"), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "print(x * 7, __name__)\n"), ASP_OK);   /* shared globals */
    CHECK_EQ_STR(o.buf, "hi 6\n42 __main__\n");
    asp_handle h, f, res;
    int64_t i;
    CHECK_EQ_INT(asp_eval(r, "x + 1", 5, &h), ASP_OK);
    CHECK_EQ_INT(asp_to_int(r, h, &i), ASP_OK);
    CHECK_EQ_INT(i, 7);
    CHECK_EQ_INT(exec_str(r, "def f(a, b):\n    return a * b\n"), ASP_OK);
    CHECK_EQ_INT(asp_get_global(r, "f", &f), ASP_OK);
    asp_handle args[2] = {h, h};
    CHECK_EQ_INT(asp_call(r, f, 2, args, &res), ASP_OK);
    CHECK_EQ_INT(asp_to_int(r, res, &i), ASP_OK);
    CHECK_EQ_INT(i, 49);
    CHECK_EQ_INT(asp_get_global(r, "len", &h), ASP_OK);   /* a builtin */
    CHECK_EQ_INT(asp_get_global(r, "nope", &h), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "NameError");
    CHECK_EQ_STR(asp_error_message(r), "name 'nope' is not defined");
    CHECK_EQ_INT(asp_set_global(r, "y", res), ASP_OK);
    CHECK_EQ_INT(asp_eval(r, "y - 9", 5, &h), ASP_OK);
    CHECK_EQ_INT(asp_to_int(r, h, &i), ASP_OK);
    CHECK_EQ_INT(i, 40);
    CHECK_EQ_INT(asp_get_attr(r, f, "__name__", &h), ASP_OK);
    const char *u;
    CHECK_EQ_INT(asp_to_str(r, h, &u, NULL), ASP_OK);
    CHECK_EQ_STR(u, "f");

    /* interactive statements echo expression values; __file__ on request */
    o.len = 0;
    CHECK_EQ_INT(asp_exec_ex(r, "x * 2\n", 6, "<stdin>", ASP_EXEC_INTERACTIVE), ASP_OK);
    CHECK_EQ_INT(asp_exec_ex(r, "None\n", 5, "<stdin>", ASP_EXEC_INTERACTIVE), ASP_OK);
    CHECK_EQ_INT(asp_exec_ex(r, "'s'\n", 4, "<stdin>", ASP_EXEC_INTERACTIVE), ASP_OK);
    CHECK_EQ_INT(asp_exec_ex(r, "print(__file__)\n", 16, "main.py", ASP_EXEC_SET_FILE), ASP_OK);
    CHECK_EQ_STR(o.buf, "12\n's'\nmain.py\n");
    CHECK_EQ_INT(asp_exec_ex(r, "1", 1, NULL, ASP_EXEC_SET_FILE), ASP_INVALID);
    CHECK_EQ_INT(asp_exec_ex(r, "1", 1, "f", 64), ASP_INVALID);
    /* a Python exception: type, message, CPython's traceback */
    CHECK_EQ_INT(exec_str(r, "def g():\n    return 1 / 0\ng()\n"), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "ZeroDivisionError");
    CHECK_EQ_STR(asp_error_message(r), "division by zero");
    CHECK_EQ_STR(asp_error_traceback(r),
                 "Traceback (most recent call last):\n"
                 "  File \"<test>\", line 3, in <module>\n"
                 "    g()\n"
                 "    ~^^\n"
                 "  File \"<test>\", line 2, in g\n"
                 "    return 1 / 0\n"
                 "           ~~^~~\n"
                 "ZeroDivisionError: division by zero\n");
    asp_handle e;
    CHECK_EQ_INT(asp_error_value(r, &e), ASP_OK);
    CHECK_EQ_INT(asp_kind_of(r, e), ASP_OTHER);
    asp_error_clear(r);
    CHECK(asp_error_type(r) == NULL);
    CHECK(asp_error_message(r) == NULL);
    /* a syntax error */
    CHECK_EQ_INT(exec_str(r, "x = (\n"), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "SyntaxError");
    /* the calling of a Python function that raises, from the host */
    CHECK_EQ_INT(asp_get_global(r, "g", &f), ASP_OK);
    CHECK_EQ_INT(asp_call(r, f, 0, NULL, &res), ASP_ERROR);
    CHECK_EQ_INT(res, ASP_NO_HANDLE);
    CHECK_EQ_STR(asp_error_type(r), "ZeroDivisionError");
    /* an exception caught in Python leaves no error */
    o.len = 0;
    CHECK_EQ_INT(exec_str(r, "try:\n    g()\nexcept ZeroDivisionError as e:\n    print('caught', e)\n"), ASP_OK);
    CHECK_EQ_STR(o.buf, "caught division by zero\n");
    /* the realm is still fine afterwards */
    CHECK_EQ_INT(exec_str(r, "import sys\nprint(sys.exc_info()[0])\n"), ASP_OK);

    /* SystemExit */
    CHECK_EQ_INT(exec_str(r, "raise SystemExit(3)"), ASP_EXIT);
    CHECK_EQ_INT(asp_exit_code(r), 3);
    CHECK_EQ_STR(asp_error_type(r), "SystemExit");
    CHECK_EQ_INT(exec_str(r, "import sys\nsys.exit()"), ASP_EXIT);
    CHECK_EQ_INT(asp_exit_code(r), 0);
    CHECK_EQ_INT(exec_str(r, "import sys\nsys.exit('bye')"), ASP_EXIT);
    CHECK_EQ_INT(asp_exit_code(r), 1);
    CHECK_EQ_STR(asp_error_message(r), "bye");
    /* deep recursion is a RecursionError, not a crash */
    CHECK_EQ_INT(exec_str(r, "def rec(n):\n    return rec(n + 1)\nrec(0)\n"), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "RecursionError");
    asp_realm_free(r);
}

static void test_config(void) {
    Out o = {0};
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_out = out_write;
    cfg.write_userdata = &o;
    cfg.max_recursion = 50;
    static const char *const argv[] = {"prog", "arg1"};
    cfg.argc = 2;
    cfg.argv = argv;
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "import sys\nprint(sys.getrecursionlimit(), sys.argv)\n"
                             "def rec(n):\n    return 0 if n == 0 else rec(n - 1) + 1\n"
                             "print(rec(30))\n"), ASP_OK);
    CHECK_EQ_STR(o.buf, "50 ['prog', 'arg1']\n30\n");
    CHECK_EQ_INT(exec_str(r, "rec(100)"), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "RecursionError");
    asp_realm_free(r);
    /* NULL config: defaults, output discarded */
    CHECK_EQ_INT(asp_realm_new(NULL, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "print('nowhere')"), ASP_OK);
    asp_realm_free(r);
    CHECK_EQ_INT(asp_realm_new(NULL, NULL), ASP_INVALID);
}

static void test_memory(void) {
    Out o = {0};
    asp_realm *r = new_realm(&o, 8u << 20, 0);
    CHECK_EQ_INT(exec_str(r, "a = []\nwhile True:\n    a.append('y' * 10000)\n"), ASP_NOMEM);
    CHECK_EQ_STR(asp_error_type(r), "MemoryError");
    /* reported although the list filling the heap is still alive */
    CHECK_EQ_STR(asp_error_traceback(r),
                 "Traceback (most recent call last):\n"
                 "  File \"<test>\", line 3, in <module>\n"
                 "    a.append('y' * 10000)\n"
                 "             ~~~~^~~~~~~\n"
                 "MemoryError\n");
    asp_handle h;
    CHECK_EQ_INT(asp_new_int_text(r, "1", &h), ASP_OK);    /* garbage freed: usable again */
    /* the host drops the list that fills the heap (compiling `a = None`
     * may itself need more room than the full heap has left) */
    asp_handle none;
    CHECK_EQ_INT(asp_new_none(r, &none), ASP_OK);
    CHECK_EQ_INT(asp_set_global(r, "a", none), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "a = None\nb = [0] * 1000\nprint(len(b))\n"), ASP_OK);
    CHECK_EQ_STR(o.buf, "1000\n");
    /* a MemoryError caught in Python */
    CHECK_EQ_INT(exec_str(r, "try:\n    s = 'z' * (1 << 40)\nexcept MemoryError:\n    print('caught')\n"), ASP_OK);
    CHECK_EQ_STR(o.buf, "1000\ncaught\n");
    /* handles keep values alive against the limit too */
    int made = 0;
    asp_status st = ASP_OK;
    for (int i = 0; i < 100000 && st == ASP_OK; i++) {
        st = asp_new_str(r, "0123456789012345678901234567890123456789012345678901234567890123456789", 70, &h);
        if (st == ASP_OK) made++;
    }
    CHECK_EQ_INT(st, ASP_NOMEM);
    CHECK(made > 1000);
    asp_realm_free(r);
}

/* ---- host functions ---- */

static asp_status host_add(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    int *calls = ud;
    (*calls)++;
    int64_t sum = 0, v;
    for (size_t i = 0; i < argc; i++) {
        if (asp_to_int(r, argv[i], &v) != ASP_OK) return ASP_ERROR;
        sum += v;
    }
    return asp_new_int(r, sum, result);
}

static asp_status host_fail(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    (void)ud; (void)argc; (void)argv; (void)result;
    return asp_raise(r, "ValueError", "host says no");
}

static asp_status host_silent_fail(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    (void)r; (void)ud; (void)argc; (void)argv; (void)result;
    return ASP_ERROR;
}

/* calls its first argument with the rest (Python from a host function) */
static asp_status host_apply(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    (void)ud;
    if (argc < 1) return asp_raise(r, "TypeError", "apply needs a function");
    return asp_call(r, argv[0], argc - 1, argv + 1, result);
}

/* returns its argument: the result handle is one of the arguments */
static asp_status host_ident(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    (void)r; (void)ud;
    if (argc) *result = argv[0];
    return ASP_OK;
}

static void test_host(int stress) {
    Out o = {0};
    asp_realm *r = new_realm(&o, 0, stress);
    int calls = 0;
    CHECK_EQ_INT(asp_define_function(r, "add", host_add, &calls), ASP_OK);
    CHECK_EQ_INT(asp_define_function(r, "fail", host_fail, NULL), ASP_OK);
    CHECK_EQ_INT(asp_define_function(r, "silent", host_silent_fail, NULL), ASP_OK);
    CHECK_EQ_INT(asp_define_function(r, "apply", host_apply, NULL), ASP_OK);
    CHECK_EQ_INT(asp_define_function(r, "ident", host_ident, NULL), ASP_OK);
    CHECK_EQ_INT(asp_define_module(r, "hostmod"), ASP_OK);
    CHECK_EQ_INT(asp_module_add_function(r, "hostmod", "add", host_add, &calls), ASP_OK);
    asp_handle pi;
    CHECK_EQ_INT(asp_new_float(r, 3.25, &pi), ASP_OK);
    CHECK_EQ_INT(asp_module_set(r, "hostmod", "PI", pi), ASP_OK);
    CHECK_EQ_INT(asp_module_set(r, "nomod", "PI", pi), ASP_ERROR);
    CHECK_EQ_INT(asp_module_add_function(r, "hostmod", "x", NULL, NULL), ASP_INVALID);
    CHECK_EQ_INT(exec_str(r,
        "print(add(1, 2, 3), add())\n"
        "import hostmod\n"
        "from hostmod import PI\n"
        "print(hostmod.add(40, 2), PI, add)\n"
        "try:\n    fail()\nexcept ValueError as e:\n    print('ValueError', e)\n"
        "try:\n    add('x')\nexcept TypeError as e:\n    print('TypeError', e)\n"
        "try:\n    add(x=1)\nexcept TypeError as e:\n    print('TypeError', e)\n"
        "try:\n    silent()\nexcept SystemError as e:\n    print('SystemError', e)\n"
        "print(apply(lambda a, b: a * b, 6, 7))\n"
        "print(apply(add, 1, 2), ident([1, 2]), ident())\n"
        "try:\n    apply(fail)\nexcept ValueError as e:\n    print('through two levels:', e)\n"
        "print(list(map(add, range(5), range(5))))\n"), ASP_OK);
    CHECK_EQ_STR(o.buf,
        "6 0\n"
        "42 3.25 <built-in function add>\n"
        "ValueError host says no\n"
        "TypeError 'str' object cannot be interpreted as an integer\n"
        "TypeError add() takes no keyword arguments\n"
        "SystemError host function silent() failed without setting an exception\n"
        "42\n"
        "3 [1, 2] None\n"
        "through two levels: host says no\n"
        "[0, 2, 4, 6, 8]\n");
    CHECK(calls >= 9);
    /* an uncaught host exception: traceback through the Python caller */
    CHECK_EQ_INT(exec_str(r, "def outer():\n    fail()\nouter()\n"), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "ValueError");
    CHECK_EQ_STR(asp_error_traceback(r),
                 "Traceback (most recent call last):\n"
                 "  File \"<test>\", line 3, in <module>\n"
                 "    outer()\n"
                 "    ~~~~~^^\n"
                 "  File \"<test>\", line 2, in outer\n"
                 "    fail()\n"
                 "    ~~~~^^\n"
                 "ValueError: host says no\n");
    /* SystemExit raised in Python inside a host function's nested call */
    CHECK_EQ_INT(exec_str(r, "import sys\napply(sys.exit, 7)\n"), ASP_EXIT);
    CHECK_EQ_INT(asp_exit_code(r), 7);
    /* asp_raise with a bad type name */
    CHECK_EQ_INT(asp_raise(r, "NoSuchError", "x"), ASP_ERROR);
    CHECK_EQ_STR(asp_error_type(r), "TypeError");
    asp_realm_free(r);
}

/* Handles survive collections: make values, churn the heap (with GC stress
 * every allocation collects), then read them all back. */
static void test_handles_gc(void) {
    Out o = {0};
    asp_realm *r = new_realm(&o, 0, 1);
    enum { N = 200 };
    asp_handle hs[N];
    for (int i = 0; i < N; i++) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "value-\xc3\xa9-%d", i);
        CHECK_EQ_INT(asp_new_str(r, buf, (size_t)n, &hs[i]), ASP_OK);
    }
    const char *keep;
    size_t keep_len;
    CHECK_EQ_INT(asp_to_str(r, hs[8], &keep, &keep_len), ASP_OK);   /* non-ASCII: kept UTF-8 */
    asp_handle l;
    CHECK_EQ_INT(asp_new_list(r, &l), ASP_OK);
    for (int i = 0; i < N; i += 2) {
        asp_handle x;
        CHECK_EQ_INT(asp_new_int(r, (int64_t)i << 40, &x), ASP_OK);
        CHECK_EQ_INT(asp_list_append(r, l, x), ASP_OK);
        asp_handle_release(r, x);
        asp_handle_release(r, hs[i + 1]);   /* free half the slots: reused below */
        hs[i + 1] = ASP_NO_HANDLE;
    }
    CHECK_EQ_INT(exec_str(r, "junk = [str(i) * 3 for i in range(300)]\njunk = None\n"), ASP_OK);
    int ok = 1;
    for (int i = 0; i < N; i += 2) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "value-\xc3\xa9-%d", i);
        const char *u;
        size_t len;
        if (asp_to_str(r, hs[i], &u, &len) != ASP_OK || len != (size_t)n || memcmp(u, buf, len) != 0) ok = 0;
    }
    CHECK(ok);
    CHECK_EQ_INT(keep_len, 10);
    CHECK(memcmp(keep, "value-\xc3\xa9-8", 10) == 0);
    size_t n;
    CHECK_EQ_INT(asp_len(r, l, &n), ASP_OK);
    CHECK_EQ_INT(n, N / 2);
    asp_handle last;
    int64_t v;
    CHECK_EQ_INT(asp_item(r, l, -1, &last), ASP_OK);
    CHECK_EQ_INT(asp_to_int(r, last, &v), ASP_OK);
    CHECK(v == (int64_t)(N - 2) << 40);
    asp_realm_free(r);
}

/* A realm used from a host function while another realm runs: realms are
 * independent even when nested on one thread. */
static asp_status host_other(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    (void)argc; (void)argv;
    asp_realm *other = ud;
    asp_handle h;
    int64_t v;
    if (asp_eval(other, "sum(range(10))", 14, &h) != ASP_OK || asp_to_int(other, h, &v) != ASP_OK)
        return asp_raise(r, "RuntimeError", "other realm failed");
    asp_handle_release(other, h);
    return asp_new_int(r, v, result);
}

static void test_two_realms(void) {
    Out o1 = {0}, o2 = {0};
    asp_realm *a = new_realm(&o1, 0, 0), *b = new_realm(&o2, 0, 0);
    CHECK_EQ_INT(asp_define_function(a, "other", host_other, b), ASP_OK);
    CHECK_EQ_INT(exec_str(a, "print(other() + 1)"), ASP_OK);
    CHECK_EQ_STR(o1.buf, "46\n");
    asp_realm_free(a);
    asp_realm_free(b);
}

/* A realm on a thread with a small stack: the C stack budget in the config
 * turns deep C recursion (repr of a deeply nested list) into RecursionError. */
static void *small_stack_thread(void *arg) {
    int *ok = arg;
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.c_stack_size = 384u << 10;
    asp_realm *r;
    if (asp_realm_new(&cfg, &r) != ASP_OK) return NULL;
    static const char src[] = "l = []\nfor _ in range(200000):\n    l = [l]\ns = repr(l)\n";
    asp_status st = asp_exec(r, src, sizeof src - 1, "deep.py");
    const char *t = asp_error_type(r);
    *ok = st == ASP_ERROR && t && !strcmp(t, "RecursionError");
    asp_realm_free(r);
    return NULL;
}

static void test_small_stack(void) {
    pthread_attr_t attr;
    pthread_t t;
    int ok = 0;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1u << 20);
    CHECK_EQ_INT(pthread_create(&t, &attr, small_stack_thread, &ok), 0);
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
    CHECK(ok);
}

static uint64_t fake_ns;
static uint64_t fake_clock(void *ud) { (void)ud; return fake_ns += 1000000; }

/* Instruction and time limits end a run with ASP_LIMIT whatever the guest's
 * handlers say, and the realm goes on working. */
static void test_limits(void) {
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.max_instructions = 100000;
    asp_realm *r;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "try:\n    while True: pass\nexcept BaseException:\n    pass\n"), ASP_LIMIT);
    CHECK_EQ_STR(asp_error_type(r), "ResourceLimitError");
    asp_realm_free(r);
    memset(&cfg, 0, sizeof cfg);
    cfg.max_time_ns = 20 * 1000000ull;
    cfg.clock = fake_clock;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "def f():\n    while True: f2()\ndef f2(): pass\nf()\n"), ASP_LIMIT);
    asp_interrupt(r);
    CHECK_EQ_INT(exec_str(r, "while True: pass\n"), ASP_LIMIT);
    CHECK_EQ_STR(asp_status_name(ASP_LIMIT), "ASP_LIMIT");
    /* the deadline has passed: every run now ends at once, until the host
     * restarts the limits */
    CHECK_EQ_INT(exec_str(r, "x = 1\nfor i in range(10000): x += i\n"), ASP_LIMIT);
    CHECK_EQ_INT(asp_restart_limits(r, 0, 1000 * 1000000ull), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "x = 1\nfor i in range(10000): x += i\n"), ASP_OK);
    CHECK_EQ_INT(asp_restart_limits(r, 0, 0), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "for i in range(100000): pass\n"), ASP_OK);
    asp_realm_free(r);

    /* a budget per call: each run may use max_instructions steps, where
     * the realm's configured budget would run out on the third */
    memset(&cfg, 0, sizeof cfg);
    cfg.max_instructions = 250000;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    int ok = 0;
    for (int i = 0; i < 3; i++) ok += exec_str(r, "for i in range(100000): pass\n") == ASP_OK;
    CHECK_EQ_INT(ok, 2);
    ok = 0;
    for (int i = 0; i < 5; i++) {
        CHECK_EQ_INT(asp_restart_limits(r, 150000, 0), ASP_OK);
        ok += exec_str(r, "for i in range(100000): pass\n") == ASP_OK;
    }
    CHECK_EQ_INT(ok, 5);
    CHECK_EQ_INT(asp_restart_limits(r, 50000, 0), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "for i in range(100000): pass\n"), ASP_LIMIT);
    /* no clock: a time limit cannot be measured */
    CHECK_EQ_INT(asp_restart_limits(r, 0, 1000), ASP_INVALID);
    CHECK_EQ_INT(asp_restart_limits(NULL, 0, 0), ASP_INVALID);
    asp_realm_free(r);
}

/* flush_out: sys.stdout.flush() and print(flush=True) reach the host, after
 * the text written before them; stderr and a plain print do not. */
typedef struct Flushes { Out out; int flushes; size_t len_at_flush; } Flushes;

static void count_write(void *ud, const char *data, size_t len) { out_write(&((Flushes *)ud)->out, data, len); }

static void count_flush(void *ud) {
    Flushes *f = ud;
    f->flushes++;
    f->len_at_flush = f->out.len;
}

static void test_flush(void) {
    Flushes f;
    memset(&f, 0, sizeof f);
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_out = count_write;
    cfg.write_err = count_write;
    cfg.write_userdata = &f;
    cfg.flush_out = count_flush;
    asp_realm *r = NULL;
    CHECK_EQ_INT(asp_realm_new(&cfg, &r), ASP_OK);
    CHECK_EQ_INT(exec_str(r, "print('a')\nimport sys\nsys.stderr.flush()\n"), ASP_OK);
    CHECK_EQ_INT(f.flushes, 0);
    CHECK_EQ_INT(exec_str(r, "print('b', flush=True)\n"), ASP_OK);
    CHECK_EQ_INT(f.flushes, 1);
    CHECK_EQ_INT((int)f.len_at_flush, 4);   /* "a\nb\n" was written before the flush */
    CHECK_EQ_INT(exec_str(r, "import sys\nsys.stdout.write('c')\nsys.stdout.flush()\n"), ASP_OK);
    CHECK_EQ_INT(f.flushes, 2);
    CHECK_EQ_STR(f.out.buf, "a\nb\nc");
    asp_realm_free(r);
    /* without the hook, flushing is a no-op */
    Out o = {0};
    asp_realm *q = new_realm(&o, 0, 0);
    CHECK_EQ_INT(exec_str(q, "import sys\nprint('x', flush=True)\nsys.stdout.flush()\n"), ASP_OK);
    CHECK_EQ_STR(o.buf, "x\n");
    asp_realm_free(q);
}

int main(void) {
    test_flush();
    test_limits();
    test_values();
    test_exec();
    test_config();
    test_memory();
    test_host(0);
    test_host(1);
    test_handles_gc();
    test_two_realms();
    test_small_stack();
    CHECK_EQ_STR(asp_status_name(ASP_NOMEM), "ASP_NOMEM");
    return unit_report();
}
