/* cap: the capability layer, the only library code that reaches the world
 * outside the realm (files, environment, clocks, randomness, input).  The
 * host grants each capability when it creates a realm; nothing is granted
 * by default.  This layer knows nothing of Python values: it takes and
 * returns bytes and errno numbers, and the guest-facing modules (io, os,
 * time, import) turn them into Python objects and exceptions.
 *
 * Invariants:
 *  - Guest paths are UTF-8 text.  A relative path is joined to the guest
 *    working directory, then normalised lexically ('.', '..' and repeated
 *    '/' removed; '..' at the root stays at the root).  The longest mount
 *    whose guest path is a prefix (by whole components) owns the path; the
 *    rest is opened beneath the mount's directory descriptor only, with
 *    openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS) or, where the kernel
 *    lacks it, a component-by-component O_NOFOLLOW walk.  A path outside
 *    every mount, an escape (symlink out of the mount, '..' above it) and a
 *    write to a mount not granted for writing all fail with EACCES.
 *  - Open files are numbered slots of the Caps table; cap_free closes what
 *    the guest left open, so destroying a realm leaks no descriptor.
 *  - A writable mount's quota bounds the bytes the realm may add to it
 *    (file growth through writes and truncation; removing a file gives its
 *    size back); a write past it fails with EDQUOT and writes nothing. */
#ifndef ASP_CAP_H
#define ASP_CAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    CAP_MOUNT_READ = 1,     /* open for reading, listdir, stat, import */
    CAP_MOUNT_WRITE = 2,    /* also create, write, remove, mkdir */
    CAP_MOUNT_IMPORT = 4,   /* import only (.py files read by `import`) */
    CAP_MOUNT_FILE = 8      /* the host path is one file, granted for reading at exactly the
                               guest path (whose last component must be the file's name) */
};

typedef struct CapMountSpec {
    const char *guest;      /* absolute guest path ("/data", "/") */
    const char *host;       /* host directory */
    unsigned flags;         /* CAP_MOUNT_* */
    uint64_t quota;         /* writable mounts: bytes the realm may add; 0 = no quota */
} CapMountSpec;

typedef size_t (*CapReadFn)(void *ud, char *buf, size_t cap);
typedef uint64_t (*CapClockFn)(void *ud);

enum { CAP_CLOCK_WALL = 1, CAP_CLOCK_MONOTONIC = 2, CAP_CLOCK_SLEEP = 4 };

typedef struct CapConfig {
    const CapMountSpec *mounts;
    size_t nmounts;
    const char *cwd;               /* guest working directory; NULL = "/" */
    const char *const *env;        /* "NAME" (read from the process environment) or "NAME=value" */
    size_t nenv;
    CapReadFn read_in;             /* input() and sys.stdin; NULL = always at end of file */
    void *read_ud;
    unsigned clocks;               /* CAP_CLOCK_*: the system clocks granted */
    CapClockFn clock;              /* host monotonic clock (overrides the system one) */
    void *clock_ud;
    bool random_system;            /* randomness from the system (getrandom) */
    uint64_t random_seed;          /* otherwise a deterministic stream from this seed */
} CapConfig;

typedef struct Caps Caps;

/* Opens the mounts' directories; NULL with *err set (errno, or ENOMEM). */
Caps *cap_new(const CapConfig *cfg, int *err, size_t *bad_mount);
void cap_free(Caps *c);

/* ---- paths and files (all return 0 or a positive errno) ---- */

enum {
    CAP_O_READ = 1, CAP_O_WRITE = 2, CAP_O_APPEND = 4, CAP_O_CREATE = 8,
    CAP_O_EXCL = 16, CAP_O_TRUNC = 32, CAP_O_IMPORT = 64   /* reading for import */
};

/* The normalised absolute guest path of path (malloc'd, NUL-terminated). */
int cap_abspath(const Caps *c, const char *path, size_t len, char **out);
const char *cap_getcwd(const Caps *c);

int cap_open(Caps *c, const char *path, size_t len, unsigned flags, int *id);
/* *got = 0 at end of file. */
int cap_read(Caps *c, int id, void *buf, size_t n, size_t *got);
int cap_write(Caps *c, int id, const void *buf, size_t n);
/* whence 0, 1, 2 as lseek; *pos gets the new offset. */
int cap_seek(Caps *c, int id, int64_t off, int whence, int64_t *pos);
int cap_truncate(Caps *c, int id, int64_t size);
int cap_close(Caps *c, int id);
bool cap_is_open(const Caps *c, int id);

typedef struct CapStat {
    int kind;               /* 1 file, 2 directory, 3 other */
    uint64_t size;
    int64_t mtime_ns;
    uint32_t mode;
} CapStat;

int cap_stat(Caps *c, const char *path, size_t len, unsigned need, CapStat *st);
/* Calls fn for each entry name (not . and ..); fn returns false to stop. */
int cap_listdir(Caps *c, const char *path, size_t len,
                bool (*fn)(void *ud, const char *name, size_t n), void *ud);
int cap_mkdir(Caps *c, const char *path, size_t len);
int cap_remove(Caps *c, const char *path, size_t len);
int cap_rmdir(Caps *c, const char *path, size_t len);
/* Renames within one mount (EXDEV across mounts); replaces an existing target. */
int cap_rename(Caps *c, const char *from, size_t from_len, const char *to, size_t to_len);

/* ---- environment, input, clocks, randomness ---- */

/* The value of a granted variable, or NULL. */
const char *cap_getenv(const Caps *c, const char *name, size_t len, size_t *vlen);
size_t cap_env_count(const Caps *c);
void cap_env_at(const Caps *c, size_t i, const char **name, const char **value);

/* Reads up to n bytes of input; 0 at end. */
size_t cap_input(Caps *c, char *buf, size_t n);

/* Wall-clock nanoseconds since the epoch (a virtual clock when not granted). */
int64_t cap_time_ns(Caps *c);
/* Monotonic nanoseconds (a virtual clock when not granted). */
uint64_t cap_monotonic_ns(Caps *c);
bool cap_has_monotonic(const Caps *c);
/* Sleeps ns nanoseconds, or until deadline (monotonic, 0 = none) if sooner;
 * a virtual clock just advances. */
void cap_sleep_ns(Caps *c, uint64_t ns, uint64_t deadline);

void cap_random(Caps *c, void *buf, size_t n);

/* strerror's words for the errnos the layer returns (no locale). */
const char *cap_strerror(int err);

#endif
