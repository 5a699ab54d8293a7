/* asp.h: the public C API of asp, a Python 3.13 interpreter for embedding.
 *
 * One realm is one independent interpreter: realms share nothing, so two
 * realms may run on two threads at once; one realm must be used by one
 * thread at a time.  Python values reach the host as handles: small integers
 * naming a slot of the realm's handle table.  A handle keeps its value alive
 * (the collector never frees it) until asp_handle_release.
 *
 * Every entry point returns an asp_status and never longjmps into the host.
 * When a call reports ASP_ERROR, ASP_EXIT or ASP_NOMEM, the exception is kept
 * by the realm as its current error (asp_error_type, asp_error_message,
 * asp_error_traceback, asp_exit_code) until the next failing call or
 * asp_error_clear. */
#ifndef ASP_H
#define ASP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct asp_realm asp_realm;

/* A handle: 0 is never a valid handle (ASP_NO_HANDLE). */
typedef uint32_t asp_handle;
#define ASP_NO_HANDLE ((asp_handle)0)

typedef enum asp_status {
    ASP_OK = 0,
    ASP_ERROR,      /* a Python exception was raised (see asp_error_*) */
    ASP_EXIT,       /* SystemExit was raised (see asp_exit_code) */
    ASP_NOMEM,      /* MemoryError: the heap limit or the system ran out */
    ASP_INVALID,    /* a bad argument: unknown handle, NULL pointer, ... */
    ASP_NOTFOUND,   /* asp_dict_get: no such key */
    ASP_TOOSMALL,   /* a caller's buffer is too small (the needed size is reported) */
    ASP_LIMIT       /* an instruction, time or output limit, or asp_interrupt, ended the
                       run (asp_error_message names it: "time limit exceeded") */
} asp_status;

/* Where print() and sys.stdout/sys.stderr writes go.  NULL discards. */
typedef void (*asp_write_fn)(void *userdata, const char *data, size_t len);
/* Where input() and sys.stdin read from: fills at most cap bytes of buf and
 * returns how many; 0 means end of input. */
typedef size_t (*asp_read_fn)(void *userdata, char *buf, size_t cap);

/* A host directory the guest sees at a guest path.  Paths are resolved
 * inside the mount only: '..' above it, absolute paths elsewhere and
 * symlinks leading out fail with PermissionError, as does any path outside
 * every mount. */
typedef struct asp_mount {
    const char *guest;      /* absolute guest path: "/data", or "/" */
    const char *host;       /* host directory (opened when the realm is created) */
    unsigned flags;         /* ASP_MOUNT_* */
    uint64_t quota;         /* ASP_MOUNT_WRITE: bytes the guest may add to the directory
                               (file growth; removed files give theirs back); 0 = no quota */
} asp_mount;

enum {
    ASP_MOUNT_READ = 1,     /* open() for reading, os.listdir, os.stat, import */
    ASP_MOUNT_WRITE = 2,    /* also create, write, truncate, remove, mkdir */
    ASP_MOUNT_IMPORT = 4,   /* only `import` may read .py files there */
    ASP_MOUNT_FILE = 8      /* `host` is one file, readable at exactly `guest` (whose last
                               component must be the file's name); nothing else is granted */
};

/* Clocks the realm may read from the system (asp_config.clocks).  Without
 * them, time.time() and time.monotonic() read a virtual clock that starts
 * at 0 and only time.sleep() advances: runs are then deterministic. */
enum {
    ASP_CLOCK_WALL = 1,       /* time.time(): the system's real-time clock */
    ASP_CLOCK_MONOTONIC = 2,  /* time.monotonic(), perf_counter(), and max_time_ns
                                 when `clock` is NULL */
    ASP_CLOCK_SLEEP = 4       /* time.sleep() really waits (bounded by max_time_ns) */
};

typedef struct asp_config {
    size_t heap_limit;          /* bytes of Python heap; 0 = no limit */
    asp_write_fn write_out;     /* sys.stdout */
    asp_write_fn write_err;     /* sys.stderr */
    void *write_userdata;       /* passed to write_out and write_err */
    uint64_t hash_seed[2];      /* key of str/bytes hashing; {0, 0} = a fixed default */
    unsigned max_recursion;     /* Python call depth; 0 = 1000 (at most 10000) */
    int argc;                   /* sys.argv; the strings must outlive the realm */
    const char *const *argv;
    size_t c_stack_size;        /* bytes of the calling thread's C stack the realm may use
                                   before RecursionError; 0 = 6 MiB (keep it below the
                                   thread's stack size, less what the host itself uses) */
    int gc_stress;              /* debugging: collect garbage at every allocation */
    uint64_t max_instructions;  /* budget of steps (loop iterations and calls); 0 = none */
    uint64_t max_time_ns;       /* wall time, read with `clock`; 0 = none */
    uint64_t (*clock)(void *userdata);  /* monotonic nanoseconds (passed write_userdata) */

    /* Capabilities: nothing is granted unless set here. */
    const asp_mount *mounts;    /* directories open(), os and import may reach */
    size_t nmounts;
    const char *cwd;            /* the guest's working directory (relative paths); NULL = "/" */
    const char *const *import_path;  /* sys.path: guest directories import searches, in order */
    size_t nimport_path;
    const char *const *env;     /* environment variables os.environ/os.getenv show: "NAME"
                                   (its value read from the process environment when the
                                   realm is created; absent if unset) or "NAME=value" */
    size_t nenv;
    asp_read_fn read_in;        /* input() and sys.stdin; NULL = always at end of input */
    void *read_userdata;
    unsigned clocks;            /* ASP_CLOCK_* */
    int random_system;          /* os.urandom from the system's randomness; else a stream
                                   seeded by random_seed (deterministic) */
    uint64_t random_seed;
    uint64_t max_output;        /* bytes written to stdout and stderr; 0 = no limit.
                                   Past it the run ends with ASP_LIMIT ("output limit exceeded") */
    void (*flush_out)(void *userdata);  /* sys.stdout.flush(), print(flush=True): write out
                                   what the host buffered (passed write_userdata); NULL = nothing */
} asp_config;

/* Creates a realm; cfg may be NULL (all defaults).  ASP_NOMEM if memory ran
 * out; ASP_INVALID if a mount's host directory cannot be opened or its guest
 * path is not absolute. */
asp_status asp_realm_new(const asp_config *cfg, asp_realm **out);
void asp_realm_free(asp_realm *realm);

/* ---- running code ---- */

/* Runs source text (UTF-8, len bytes) as the module __main__; repeated calls
 * share __main__'s globals.  filename names it in tracebacks (NULL: "<string>"). */
asp_status asp_exec(asp_realm *realm, const char *src, size_t len, const char *filename);
/* The end of a program, as CPython's interpreter exit (the asp command calls
 * it after the main script, unless a limit ended the run): the live
 * weakref.finalize functions marked atexit run, then __main__'s globals are
 * cleared and the objects they kept alive finalized (__del__, generators
 * closed).  Under the realm's limits; errors in finalizers are printed, not
 * returned.  Optional: asp_realm_free runs no Python code at all. */
asp_status asp_finish(asp_realm *realm);
/* Asks a running realm to stop (safe from another thread): the run ends
 * with ASP_LIMIT as soon as it reaches a loop iteration or a call. */
void asp_interrupt(asp_realm *realm);
/* Starts the instruction budget and the time limit afresh for the runs that
 * follow (0: no such limit): max_instructions more steps, and a deadline
 * max_time_ns from now by the realm's clock (asp_config.clock, else the
 * granted ASP_CLOCK_MONOTONIC; ASP_INVALID without one).  The configured
 * limits count over the realm's whole life; a host reusing a realm for many
 * calls calls this before each to give every call its own budget.  Not from
 * inside a run. */
asp_status asp_restart_limits(asp_realm *realm, uint64_t max_instructions, uint64_t max_time_ns);
/* asp_exec with options (flags: a | of these). */
enum {
    ASP_EXEC_SET_FILE = 1,      /* set __main__.__file__ to filename first */
    ASP_EXEC_INTERACTIVE = 2    /* one statement as typed at a REPL: an expression's value is
                                   printed (its repr, through sys.displayhook's rules) */
};
asp_status asp_exec_ex(asp_realm *realm, const char *src, size_t len, const char *filename,
                       unsigned flags);
/* Evaluates one expression in __main__'s globals. */
asp_status asp_eval(asp_realm *realm, const char *src, size_t len, asp_handle *out);
/* fn(*argv); argv may be NULL when argc is 0. */
asp_status asp_call(asp_realm *realm, asp_handle fn, size_t argc, const asp_handle *argv,
                    asp_handle *out);
/* A global of __main__, or else a builtin (NameError when neither exists). */
asp_status asp_get_global(asp_realm *realm, const char *name, asp_handle *out);
asp_status asp_set_global(asp_realm *realm, const char *name, asp_handle value);
/* getattr(obj, name). */
asp_status asp_get_attr(asp_realm *realm, asp_handle obj, const char *name, asp_handle *out);

/* ---- handles and values ---- */

typedef enum asp_kind {
    ASP_NONE, ASP_BOOL, ASP_INT, ASP_FLOAT, ASP_STR, ASP_BYTES,
    ASP_LIST, ASP_TUPLE, ASP_DICT, ASP_OTHER
} asp_kind;

asp_status asp_handle_release(asp_realm *realm, asp_handle h);
asp_status asp_handle_dup(asp_realm *realm, asp_handle h, asp_handle *out);
/* The kind of a handle's value (instances of subclasses count as their base),
 * ASP_OTHER for an invalid handle or any other type. */
asp_kind asp_kind_of(asp_realm *realm, asp_handle h);

asp_status asp_new_none(asp_realm *realm, asp_handle *out);
asp_status asp_new_bool(asp_realm *realm, int value, asp_handle *out);
asp_status asp_new_int(asp_realm *realm, int64_t value, asp_handle *out);
/* An int of any size from decimal text ("-123456789012345678901234567890"). */
asp_status asp_new_int_text(asp_realm *realm, const char *decimal, asp_handle *out);
asp_status asp_new_float(asp_realm *realm, double value, asp_handle *out);
/* A str from UTF-8 (invalid UTF-8: ASP_ERROR with UnicodeDecodeError). */
asp_status asp_new_str(asp_realm *realm, const char *utf8, size_t len, asp_handle *out);
asp_status asp_new_bytes(asp_realm *realm, const void *data, size_t len, asp_handle *out);
asp_status asp_new_list(asp_realm *realm, asp_handle *out);
asp_status asp_new_tuple(asp_realm *realm, size_t n, const asp_handle *items, asp_handle *out);
asp_status asp_new_dict(asp_realm *realm, asp_handle *out);

/* Readers: a value of the wrong type is ASP_ERROR with Python's TypeError. */
asp_status asp_to_bool(asp_realm *realm, asp_handle h, int *out);        /* truth value of anything */
asp_status asp_to_int(asp_realm *realm, asp_handle h, int64_t *out);     /* OverflowError if too big */
/* Decimal text of an int into buf (NUL-terminated); *len gets the text's
 * length; ASP_TOOSMALL when cap <= that length. */
asp_status asp_to_int_text(asp_realm *realm, asp_handle h, char *buf, size_t cap, size_t *len);
asp_status asp_to_float(asp_realm *realm, asp_handle h, double *out);    /* float or int */
/* The UTF-8 of a str (NUL-terminated), valid while the handle is held. */
asp_status asp_to_str(asp_realm *realm, asp_handle h, const char **utf8, size_t *len);
/* The contents of bytes, valid while the handle is held. */
asp_status asp_to_bytes(asp_realm *realm, asp_handle h, const void **data, size_t *len);
/* str(v) and repr(v) as new str handles. */
asp_status asp_str(asp_realm *realm, asp_handle h, asp_handle *out);
asp_status asp_repr(asp_realm *realm, asp_handle h, asp_handle *out);

/* Containers.  len works on anything with len(); item on list, tuple and
 * other sequences (negative indexes count from the end). */
asp_status asp_len(asp_realm *realm, asp_handle h, size_t *out);
asp_status asp_item(asp_realm *realm, asp_handle seq, int64_t index, asp_handle *out);
asp_status asp_list_append(asp_realm *realm, asp_handle list, asp_handle item);
asp_status asp_list_set(asp_realm *realm, asp_handle list, int64_t index, asp_handle item);
asp_status asp_dict_set(asp_realm *realm, asp_handle dict, asp_handle key, asp_handle value);
/* ASP_NOTFOUND (no error recorded) when the key is absent. */
asp_status asp_dict_get(asp_realm *realm, asp_handle dict, asp_handle key, asp_handle *out);
/* Iterates a dict: *pos starts at 0; ASP_NOTFOUND after the last entry. */
asp_status asp_dict_next(asp_realm *realm, asp_handle dict, size_t *pos,
                         asp_handle *key, asp_handle *value);

/* ---- host functions and modules ---- */

/* A function the host gives to Python.  argv holds the arguments (handles
 * released by asp after the function returns); the function stores its
 * result in *result (left as ASP_NO_HANDLE: None) and returns ASP_OK, or
 * returns ASP_ERROR after asp_raise (or after another asp_* call failed, to
 * let that exception propagate).  Handles the function creates itself stay
 * the host's to release. */
typedef asp_status (*asp_native_fn)(asp_realm *realm, void *userdata, size_t argc,
                                    const asp_handle *argv, asp_handle *result);

/* Makes fn a builtin named name, visible to all code of the realm. */
asp_status asp_define_function(asp_realm *realm, const char *name, asp_native_fn fn, void *userdata);
/* Makes an empty module that `import name` finds. */
asp_status asp_define_module(asp_realm *realm, const char *name);
asp_status asp_module_add_function(asp_realm *realm, const char *module, const char *name,
                                   asp_native_fn fn, void *userdata);
asp_status asp_module_set(asp_realm *realm, const char *module, const char *name, asp_handle value);
/* Sets the realm's error to exc_type(message); exc_type names a built-in
 * exception ("ValueError", ...).  Returns ASP_ERROR for `return asp_raise(...)`. */
asp_status asp_raise(asp_realm *realm, const char *exc_type, const char *message);

/* ---- errors ---- */

/* The realm's current error: "ZeroDivisionError"; str(exc); the report
 * CPython prints for an uncaught exception ("Traceback (most recent call
 * last): ...").  NULL when there is none.  The strings stay valid until the
 * next failing call or asp_error_clear. */
const char *asp_error_type(asp_realm *realm);
const char *asp_error_message(asp_realm *realm);
const char *asp_error_traceback(asp_realm *realm);
/* The exception itself as a new handle. */
asp_status asp_error_value(asp_realm *realm, asp_handle *out);
/* After ASP_EXIT: the process exit status CPython would use (SystemExit(None)
 * is 0, SystemExit(n) is n, any other code is 1, its str in asp_error_message). */
int asp_exit_code(asp_realm *realm);
void asp_error_clear(asp_realm *realm);

/* A short name of a status ("ASP_OK", ...). */
const char *asp_status_name(asp_status s);

#ifdef __cplusplus
}
#endif
#endif
