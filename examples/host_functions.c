/* host_functions: gives Python code functions written in C: a builtin
 * (`greet`) and a module (`inventory`) that `import inventory` finds, whose
 * functions keep state in the host (userdata) and raise Python exceptions.
 *
 *     cc host_functions.c $(pkg-config --cflags --libs asp) -o host_functions */
#include <stdio.h>
#include <string.h>
#include <asp.h>

static void write_out(void *ud, const char *data, size_t len) { (void)ud; fwrite(data, 1, len, stdout); }

/* greet(name) -> "Hello, <name>!" */
static asp_status greet(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    (void)ud;
    const char *name;
    size_t len;
    if (argc != 1) return asp_raise(r, "TypeError", "greet() takes exactly one argument");
    if (asp_to_str(r, argv[0], &name, &len) != ASP_OK) return ASP_ERROR;   /* the TypeError propagates */
    char buf[256];
    int n = snprintf(buf, sizeof buf, "Hello, %.*s!", (int)(len > 200 ? 200 : len), name);
    return asp_new_str(r, buf, (size_t)n, result);
}

/* The host's state behind the inventory module. */
typedef struct Stock { const char *item[8]; int64_t count[8]; int n; } Stock;

static int find(Stock *s, const char *name, size_t len) {
    for (int i = 0; i < s->n; i++)
        if (strlen(s->item[i]) == len && memcmp(s->item[i], name, len) == 0) return i;
    return -1;
}

/* inventory.take(item, n): removes n of item, returns what is left. */
static asp_status take(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    Stock *s = ud;
    const char *name;
    size_t len;
    int64_t n;
    if (argc != 2) return asp_raise(r, "TypeError", "take() takes exactly 2 arguments");
    if (asp_to_str(r, argv[0], &name, &len) != ASP_OK || asp_to_int(r, argv[1], &n) != ASP_OK)
        return ASP_ERROR;
    int i = find(s, name, len);
    if (i < 0) return asp_raise(r, "KeyError", name);
    if (n < 0 || n > s->count[i]) return asp_raise(r, "ValueError", "not enough in stock");
    s->count[i] -= n;
    return asp_new_int(r, s->count[i], result);
}

/* inventory.report() -> {item: count} */
static asp_status report(asp_realm *r, void *ud, size_t argc, const asp_handle *argv, asp_handle *result) {
    (void)argc; (void)argv;
    Stock *s = ud;
    asp_handle d;
    if (asp_new_dict(r, &d) != ASP_OK) return ASP_ERROR;
    for (int i = 0; i < s->n; i++) {
        asp_handle k, v;
        if (asp_new_str(r, s->item[i], strlen(s->item[i]), &k) != ASP_OK) return ASP_ERROR;
        if (asp_new_int(r, s->count[i], &v) != ASP_OK) return ASP_ERROR;
        asp_status st = asp_dict_set(r, d, k, v);
        asp_handle_release(r, k);
        asp_handle_release(r, v);
        if (st != ASP_OK) return st;
    }
    *result = d;   /* asp takes the result handle over */
    return ASP_OK;
}

static const char script[] =
    "print(greet('world'))\n"
    "import inventory\n"
    "print(inventory.VERSION, inventory.take('apple', 3))\n"
    "try:\n"
    "    inventory.take('apple', 100)\n"
    "except ValueError as e:\n"
    "    print('ValueError:', e)\n"
    "try:\n"
    "    greet(42)\n"
    "except TypeError as e:\n"
    "    print('TypeError:', e)\n"
    "print(inventory.report())\n"
    "def total():\n"
    "    return sum(inventory.report().values())\n";

int main(void) {
    Stock stock = {{"apple", "pear"}, {10, 4}, 2};
    asp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.write_out = write_out;
    asp_realm *r;
    if (asp_realm_new(&cfg, &r) != ASP_OK) return 1;
    asp_handle version;
    if (asp_define_function(r, "greet", greet, NULL) != ASP_OK ||
        asp_define_module(r, "inventory") != ASP_OK ||
        asp_module_add_function(r, "inventory", "take", take, &stock) != ASP_OK ||
        asp_module_add_function(r, "inventory", "report", report, &stock) != ASP_OK ||
        asp_new_str(r, "1.0", 3, &version) != ASP_OK ||
        asp_module_set(r, "inventory", "VERSION", version) != ASP_OK) {
        fprintf(stderr, "setup failed\n");
        return 1;
    }
    asp_handle_release(r, version);
    if (asp_exec(r, script, sizeof script - 1, "script.py") != ASP_OK) {
        printf("%s", asp_error_traceback(r));
        return 1;
    }
    /* call back into Python from the host */
    asp_handle fn, res;
    int64_t total;
    if (asp_get_global(r, "total", &fn) != ASP_OK || asp_call(r, fn, 0, NULL, &res) != ASP_OK ||
        asp_to_int(r, res, &total) != ASP_OK) {
        printf("%s", asp_error_traceback(r));
        return 1;
    }
    printf("host sees total %lld, apples %lld\n", (long long)total, (long long)stock.count[0]);
    asp_handle_release(r, fn);
    asp_handle_release(r, res);
    /* an uncaught exception from a host function, with its traceback */
    const char bad[] = "import inventory\ninventory.take('plum', 1)\n";
    if (asp_exec(r, bad, sizeof bad - 1, "bad.py") == ASP_ERROR)
        printf("%s: %s\n%s", asp_error_type(r), asp_error_message(r), asp_error_traceback(r));
    asp_realm_free(r);
    return 0;
}
