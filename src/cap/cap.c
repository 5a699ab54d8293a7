/* cap: see cap.h.  Everything here is per realm (the Caps struct); the only
 * process-wide things touched are the host's files, clocks and environment,
 * and only as the host granted them. */
#define _GNU_SOURCE
#include "cap/cap.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>   /* renameat */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <linux/magic.h>
#include <linux/openat2.h>
#include <sys/vfs.h>
#include <sys/random.h>
#endif

typedef struct CapMount {
    char *guest;            /* normalised absolute guest path */
    size_t glen;
    int dirfd;
    unsigned flags;
    uint64_t quota;
    int64_t used;           /* net bytes added through this realm */
} CapMount;

typedef struct CapFile {
    int fd;                 /* -1: a free slot */
    size_t mount;
    unsigned flags;         /* CAP_O_* it was opened with */
} CapFile;

struct Caps {
    CapMount *mounts;
    size_t nmounts;
    char *cwd;
    char **env_names, **env_values;
    size_t nenv;
    CapReadFn read_in;
    void *read_ud;
    unsigned clocks;
    CapClockFn clock;
    void *clock_ud;
    uint64_t virtual_ns;    /* the virtual clock: advanced by sleeps */
    bool random_system;
    uint64_t rng;           /* splitmix64 state */
    CapFile *files;
    size_t nfiles;
};

/* ---- paths ---- */

/* Normalises path (len bytes) against cwd into a malloc'd absolute path. */
static int cap_normalise(const char *cwd, const char *path, size_t len, char **out) {
    *out = NULL;
    if (memchr(path, 0, len)) return EINVAL;
    size_t clen = cwd ? strlen(cwd) : 0;
    size_t total;
    if (__builtin_add_overflow(clen, len, &total) || __builtin_add_overflow(total, 3, &total))
        return ENOMEM;
    char *buf = malloc(total);
    if (!buf) return ENOMEM;
    size_t o = 0;
    /* walks the cwd (when path is relative) then path, component by component */
    for (int part = 0; part < 2; part++) {
        const char *s;
        size_t n;
        if (part == 0) {
            if (len > 0 && path[0] == '/') continue;
            s = cwd ? cwd : "/";
            n = cwd ? clen : 1;
        } else {
            s = path;
            n = len;
        }
        size_t i = 0;
        while (i < n) {
            while (i < n && s[i] == '/') i++;
            size_t st = i;
            while (i < n && s[i] != '/') i++;
            size_t cl = i - st;
            if (cl == 0 || (cl == 1 && s[st] == '.')) continue;
            if (cl == 2 && s[st] == '.' && s[st + 1] == '.') {
                while (o > 0 && buf[o - 1] != '/') o--;
                if (o > 0) o--;   /* drop the '/' too; '..' at the root stays there */
                continue;
            }
            buf[o++] = '/';
            memcpy(buf + o, s + st, cl);
            o += cl;
        }
    }
    if (o == 0) buf[o++] = '/';
    buf[o] = 0;
    *out = buf;
    return 0;
}

int cap_abspath(const Caps *c, const char *path, size_t len, char **out) {
    return cap_normalise(c->cwd, path, len, out);
}

const char *cap_getcwd(const Caps *c) { return c->cwd; }

/* The mount owning abs (longest guest prefix by components), or -1; *rel
 * points into abs at the rest ("" for the mount's root). */
static long cap_find_mount(const Caps *c, const char *abs, const char **rel) {
    long best = -1;
    size_t best_len = 0, alen = strlen(abs);
    for (size_t i = 0; i < c->nmounts; i++) {
        const CapMount *m = &c->mounts[i];
        bool match;
        if (m->flags & CAP_MOUNT_FILE) {
            /* exactly the file; rel is its name, beneath its directory */
            if (alen == m->glen && !memcmp(abs, m->guest, alen) && (best < 0 || m->glen > best_len)) {
                best = (long)i;
                best_len = m->glen;
            }
            continue;
        }
        if (m->glen == 1) match = true;   /* "/" */
        else match = alen >= m->glen && !memcmp(abs, m->guest, m->glen) &&
                     (abs[m->glen] == 0 || abs[m->glen] == '/');
        if (match && (best < 0 || m->glen > best_len)) { best = (long)i; best_len = m->glen; }
    }
    if (best >= 0) {
        if (c->mounts[best].flags & CAP_MOUNT_FILE) {
            *rel = strrchr(abs, '/') + 1;
            return best;
        }
        const char *p = abs + (best_len == 1 ? 0 : best_len);
        while (*p == '/') p++;
        *rel = p;
    }
    return best;
}

/* Whether a mount's grant covers an access (CAP_O_* bits). */
static bool cap_allowed(const CapMount *m, unsigned need) {
    if (m->flags & CAP_MOUNT_FILE) return !(need & (CAP_O_WRITE | CAP_O_APPEND | CAP_O_CREATE | CAP_O_TRUNC));
    if (need & (CAP_O_WRITE | CAP_O_APPEND | CAP_O_CREATE | CAP_O_TRUNC))
        return (m->flags & CAP_MOUNT_WRITE) != 0;
    if (need & CAP_O_IMPORT) return (m->flags & (CAP_MOUNT_READ | CAP_MOUNT_WRITE | CAP_MOUNT_IMPORT)) != 0;
    return (m->flags & (CAP_MOUNT_READ | CAP_MOUNT_WRITE)) != 0;
}

/* Resolves a guest path for an access: *mount and a malloc'd *abs with
 * *rel pointing into it. */
static int cap_resolve(const Caps *c, const char *path, size_t len, unsigned need,
                       size_t *mount, char **abs, const char **rel) {
    int e = cap_normalise(c->cwd, path, len, abs);
    if (e) return e;
    long m = cap_find_mount(c, *abs, rel);
    if (m < 0 || !cap_allowed(&c->mounts[m], need)) {
        free(*abs);
        *abs = NULL;
        return EACCES;
    }
    *mount = (size_t)m;
    return 0;
}

/* Where openat2 is missing (old kernels, valgrind): walks rel beneath
 * dirfd one component at a time with O_NOFOLLOW, expanding symlinks itself
 * so that they are followed only while they stay beneath dirfd: `done`
 * holds the real directories passed so far (relative to dirfd), `todo` what
 * remains; a '..' pops a component of `done` (above dirfd: EACCES) and the
 * walk restarts from dirfd along `done`; an absolute link target is an
 * escape.  At most CAP_MAX_LINKS expansions. */
#define CAP_MAX_LINKS 40

/* Opens the directory `done` (components joined by '/', "" for dirfd). */
static int cap_walk_dirs(int dirfd, const char *done) {
    int cur = dirfd;
    const char *p = done;
    while (*p) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        char *comp = strndup(p, n);
        if (!comp) { if (cur != dirfd) close(cur); return -ENOMEM; }
        int nfd = openat(cur, comp, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        int e = errno;
        free(comp);
        if (cur != dirfd) close(cur);
        if (nfd < 0) return -(e == ELOOP ? EACCES : e);
        cur = nfd;
        p += n;
        if (*p == '/') p++;
    }
    return cur == dirfd ? openat(dirfd, ".", O_PATH | O_DIRECTORY | O_CLOEXEC) : cur;
}

static int cap_walk_beneath(int dirfd, const char *rel, int oflags, mode_t mode) {
    size_t rlen = strlen(rel);
    char *todo = strdup(rel), *done = calloc(1, rlen + 1);
    size_t donecap = rlen + 1, dlen = 0;
    int cur = -1, result = -ENOMEM, links = 0;
    if (!todo || !done) goto out;
    cur = cap_walk_dirs(dirfd, "");
    if (cur < 0) { result = cur; goto out; }
    size_t pos = 0;
    for (;;) {
        while (todo[pos] == '/') pos++;
        size_t st = pos;
        while (todo[pos] && todo[pos] != '/') pos++;
        size_t n = pos - st;
        bool last = true;
        for (size_t k = pos; todo[k]; k++)
            if (todo[k] != '/') { last = false; break; }
        if (n == 0 || (n == 1 && todo[st] == '.')) {
            if (!last) continue;
            /* "x/." or "": the directory itself */
            result = openat(cur, ".", oflags, mode);
            if (result < 0) result = -errno;
            goto out;
        }
        char *comp = strndup(todo + st, n);
        if (!comp) { result = -ENOMEM; goto out; }
        if (n == 2 && comp[0] == '.' && comp[1] == '.') {
            free(comp);
            if (dlen == 0) { result = -EACCES; goto out; }   /* above the mount */
            while (dlen > 0 && done[dlen - 1] != '/') dlen--;
            if (dlen > 0) dlen--;
            done[dlen] = 0;
            close(cur);
            cur = cap_walk_dirs(dirfd, done);
            if (cur < 0) { result = cur; goto out; }
            if (last) {
                result = openat(cur, ".", oflags, mode);
                if (result < 0) result = -errno;
                goto out;
            }
            continue;
        }
        int fd = last ? openat(cur, comp, oflags | O_NOFOLLOW, mode)
                      : openat(cur, comp, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        int e = errno;
        struct stat lst;
        bool is_link = false;
        if (fd >= 0 && (oflags & O_PATH) && fstat(fd, &lst) == 0 && S_ISLNK(lst.st_mode)) {
            close(fd);   /* O_PATH | O_NOFOLLOW opened the link itself */
            fd = -1;
            is_link = true;
        } else if (fd < 0 && (e == ELOOP || e == ENOTDIR) &&
                   fstatat(cur, comp, &lst, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(lst.st_mode))
            is_link = true;
        if (fd >= 0) {
            if (last) { free(comp); result = fd; goto out; }
            /* a real directory: remember it */
            size_t need = dlen + n + 2;
            if (need > donecap) {
                char *nd = realloc(done, need);
                if (!nd) { free(comp); close(fd); result = -ENOMEM; goto out; }
                done = nd;
                donecap = need;
            }
            if (dlen) done[dlen++] = '/';
            memcpy(done + dlen, comp, n);
            dlen += n;
            done[dlen] = 0;
            close(cur);
            cur = fd;
            free(comp);
            continue;
        }
        if (!is_link) { free(comp); result = -e; goto out; }
        /* a symlink: its target replaces the component */
        if (++links > CAP_MAX_LINKS) { free(comp); result = -EACCES; goto out; }
        char target[4096];
        ssize_t tl = readlinkat(cur, comp, target, sizeof target - 1);
        free(comp);
        if (tl <= 0 || target[0] == '/') { result = -EACCES; goto out; }
        size_t rest = strlen(todo + pos);
        char *nt = malloc((size_t)tl + 1 + rest + 1);
        if (!nt) { result = -ENOMEM; goto out; }
        memcpy(nt, target, (size_t)tl);
        nt[tl] = '/';
        memcpy(nt + tl + 1, todo + pos, rest + 1);
        if (!rest) nt[tl] = 0;
        free(todo);
        todo = nt;
        pos = 0;
    }
out:
    if (cur >= 0 && cur != dirfd) close(cur);
    free(todo);
    free(done);
    return result;
}

/* Opens rel (no '..' components: normalised) beneath dirfd; -errno on failure. */
static int cap_open_beneath(int dirfd, const char *rel, int oflags, mode_t mode) {
    if (!*rel) rel = ".";
    oflags |= O_CLOEXEC;
#if defined(__linux__) && defined(SYS_openat2) && !defined(CAP_FORCE_WALK)
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (uint64_t)oflags;
    how.mode = (oflags & (O_CREAT | O_TMPFILE)) ? mode : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    long fd2 = syscall(SYS_openat2, dirfd, rel, &how, sizeof how);
    if (fd2 >= 0) return (int)fd2;
    if (errno != ENOSYS && errno != EPERM) {
        int e = errno;
        if (e == EXDEV || e == ELOOP) return -EACCES;
        return -e;
    }
#endif
    return cap_walk_beneath(dirfd, rel, oflags, mode);
}

/* Opens the parent directory of rel beneath the mount; *last points at the
 * final component (EACCES for the mount root itself: it cannot be removed). */
static int cap_open_parent(const Caps *c, size_t mount, char *rel, const char **last, int *pfd) {
    if (!*rel) return EACCES;
    char *slash = strrchr(rel, '/');
    int fd;
    if (slash) {
        *slash = 0;
        fd = cap_open_beneath(c->mounts[mount].dirfd, rel, O_PATH | O_DIRECTORY, 0);
        *slash = '/';
        *last = slash + 1;
    } else {
        fd = cap_open_beneath(c->mounts[mount].dirfd, "", O_PATH | O_DIRECTORY, 0);
        *last = rel;
    }
    if (fd < 0) return -fd;
    *pfd = fd;
    return 0;
}

/* ---- creation ---- */

Caps *cap_new(const CapConfig *cfg, int *err, size_t *bad_mount) {
    *err = ENOMEM;
    Caps *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->read_in = cfg->read_in;
    c->read_ud = cfg->read_ud;
    c->clocks = cfg->clocks;
    c->clock = cfg->clock;
    c->clock_ud = cfg->clock_ud;
    c->random_system = cfg->random_system;
    c->rng = cfg->random_seed;
    c->virtual_ns = 0;
    const char *cwd = cfg->cwd ? cfg->cwd : "/";
    if (cap_normalise(NULL, cwd, strlen(cwd), &c->cwd)) goto fail;
    if (cfg->nmounts) {
        c->mounts = calloc(cfg->nmounts, sizeof *c->mounts);
        if (!c->mounts) goto fail;
    }
    for (size_t i = 0; i < cfg->nmounts; i++) {
        const CapMountSpec *s = &cfg->mounts[i];
        CapMount *m = &c->mounts[c->nmounts];
        *bad_mount = i;
        if (!s->guest || !s->host || s->guest[0] != '/') { *err = EINVAL; goto fail; }
        if (cap_normalise(NULL, s->guest, strlen(s->guest), &m->guest)) goto fail;
        m->glen = strlen(m->guest);
        if (s->flags & CAP_MOUNT_FILE) {
            /* one file: its directory is opened, the guest path names it */
            const char *hslash = strrchr(s->host, '/'), *gslash = strrchr(m->guest, '/');
            const char *hname = hslash ? hslash + 1 : s->host;
            if (!*hname || !gslash || strcmp(hname, gslash + 1)) { *err = EINVAL; free(m->guest); goto fail; }
            char *hdir = hslash ? strndup(s->host, hslash == s->host ? 1 : (size_t)(hslash - s->host))
                                : strdup(".");
            if (!hdir) { free(m->guest); goto fail; }
            m->dirfd = open(hdir, O_PATH | O_DIRECTORY | O_CLOEXEC);
            free(hdir);
            if (m->dirfd < 0) { *err = errno; free(m->guest); goto fail; }
            m->flags = CAP_MOUNT_FILE | CAP_MOUNT_READ;
            m->quota = 0;
            c->nmounts++;
            continue;
        }
        m->dirfd = open(s->host, O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (m->dirfd < 0) { *err = errno; free(m->guest); goto fail; }
        m->flags = s->flags;
        m->quota = s->quota;
        /* the same directory granted twice at one guest path: the union of
         * the grants (another directory there is a configuration error) */
        bool merged = false;
        for (size_t k = 0; k < c->nmounts; k++) {
            CapMount *o = &c->mounts[k];
            if ((o->flags & CAP_MOUNT_FILE) || o->glen != m->glen || memcmp(o->guest, m->guest, m->glen)) continue;
            struct stat a, b;
            if (fstat(o->dirfd, &a) || fstat(m->dirfd, &b) || a.st_dev != b.st_dev || a.st_ino != b.st_ino) {
                close(m->dirfd);
                free(m->guest);
                *err = EINVAL;
                goto fail;
            }
            o->flags |= m->flags;
            if (!m->quota || (o->quota && m->quota > o->quota)) o->quota = m->quota;
            close(m->dirfd);
            free(m->guest);
            merged = true;
            break;
        }
        if (!merged) c->nmounts++;
    }
    if (cfg->nenv) {
        c->env_names = calloc(cfg->nenv, sizeof(char *));
        c->env_values = calloc(cfg->nenv, sizeof(char *));
        if (!c->env_names || !c->env_values) goto fail;
    }
    for (size_t i = 0; i < cfg->nenv; i++) {
        const char *e = cfg->env[i];
        if (!e) continue;
        const char *eq = strchr(e, '=');
        size_t nlen = eq ? (size_t)(eq - e) : strlen(e);
        const char *val = eq ? eq + 1 : NULL;
        char *name = strndup(e, nlen);
        if (!name) goto fail;
        if (!eq) val = getenv(name);
        if (!val) { free(name); continue; }
        char *v = strdup(val);
        if (!v) { free(name); goto fail; }
        c->env_names[c->nenv] = name;
        c->env_values[c->nenv] = v;
        c->nenv++;
    }
    *err = 0;
    return c;
fail:
    cap_free(c);
    return NULL;
}

void cap_free(Caps *c) {
    if (!c) return;
    for (size_t i = 0; i < c->nfiles; i++)
        if (c->files[i].fd >= 0) close(c->files[i].fd);
    free(c->files);
    for (size_t i = 0; i < c->nmounts; i++) {
        close(c->mounts[i].dirfd);
        free(c->mounts[i].guest);
    }
    free(c->mounts);
    for (size_t i = 0; i < c->nenv; i++) { free(c->env_names[i]); free(c->env_values[i]); }
    free(c->env_names);
    free(c->env_values);
    free(c->cwd);
    free(c);
}

/* ---- files ---- */

static CapFile *cap_file(const Caps *c, int id) {
    if (id < 0 || (size_t)id >= c->nfiles || c->files[id].fd < 0) return NULL;
    return &c->files[id];
}

bool cap_is_open(const Caps *c, int id) { return cap_file(c, id) != NULL; }

/* Adds bytes to a mount's usage if its quota allows. */
static int cap_charge(Caps *c, size_t mount, int64_t delta) {
    CapMount *m = &c->mounts[mount];
    if (delta > 0 && m->quota) {
        int64_t nu;
        if (__builtin_add_overflow(m->used, delta, &nu) || nu > (int64_t)(m->quota > INT64_MAX ? INT64_MAX : m->quota))
            return EDQUOT;
    }
    m->used += delta;
    return 0;
}

int cap_open(Caps *c, const char *path, size_t len, unsigned flags, int *id) {
    size_t mount;
    char *abs;
    const char *rel;
    int e = cap_resolve(c, path, len, flags, &mount, &abs, &rel);
    if (e) return e;
    int of = (flags & (CAP_O_WRITE | CAP_O_APPEND)) ? ((flags & CAP_O_READ) ? O_RDWR : O_WRONLY) : O_RDONLY;
    if (flags & CAP_O_CREATE) of |= O_CREAT;
    if (flags & CAP_O_EXCL) of |= O_EXCL;
    if (flags & CAP_O_APPEND) of |= O_APPEND;
    /* O_NONBLOCK: opening a FIFO must not hang the realm (only regular
     * files are kept, and on them the flag changes nothing) */
    of |= O_NONBLOCK | O_NOCTTY;
    int fd = cap_open_beneath(c->mounts[mount].dirfd, rel, of, 0666);
    free(abs);
    if (fd < 0) return -fd;
    struct stat st;
    if (fstat(fd, &st) != 0) { e = errno; close(fd); return e; }
    if (S_ISDIR(st.st_mode)) { close(fd); return EISDIR; }
    if (!S_ISREG(st.st_mode)) { close(fd); return EACCES; }   /* no devices, fifos, sockets */
#if defined(__linux__)
    /* no kernel interfaces either: /proc/self/mem is a "regular" file that
     * would let a guest write into the host process */
    struct statfs sf;
    if (fstatfs(fd, &sf) == 0 && (sf.f_type == PROC_SUPER_MAGIC || sf.f_type == SYSFS_MAGIC ||
                                  sf.f_type == DEBUGFS_MAGIC)) {
        close(fd);
        return EACCES;
    }
#endif
    if ((flags & CAP_O_TRUNC) && st.st_size > 0) {
        if (ftruncate(fd, 0) != 0) { e = errno; close(fd); return e; }
        cap_charge(c, mount, -(int64_t)st.st_size);
    }
    size_t slot = c->nfiles;
    for (size_t i = 0; i < c->nfiles; i++)
        if (c->files[i].fd < 0) { slot = i; break; }
    if (slot == c->nfiles) {
        if (c->nfiles >= 65536) { close(fd); return EMFILE; }
        CapFile *nf = realloc(c->files, (c->nfiles + 1) * sizeof *nf);
        if (!nf) { close(fd); return ENOMEM; }
        c->files = nf;
        c->nfiles++;
    }
    c->files[slot].fd = fd;
    c->files[slot].mount = mount;
    c->files[slot].flags = flags;
    *id = (int)slot;
    return 0;
}

int cap_read(Caps *c, int id, void *buf, size_t n, size_t *got) {
    CapFile *f = cap_file(c, id);
    *got = 0;
    if (!f) return EBADF;
    for (;;) {
        ssize_t k = read(f->fd, buf, n);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) return errno;
        *got = (size_t)k;
        return 0;
    }
}

int cap_write(Caps *c, int id, const void *buf, size_t n) {
    CapFile *f = cap_file(c, id);
    if (!f) return EBADF;
    if (n > INT64_MAX) return EFBIG;
    struct stat st;
    if (fstat(f->fd, &st) != 0) return errno;
    int64_t pos = (f->flags & CAP_O_APPEND) ? st.st_size : lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) return errno;
    int64_t end;
    if (__builtin_add_overflow(pos, (int64_t)n, &end)) return EFBIG;
    int64_t growth = end > st.st_size ? end - st.st_size : 0;
    int e = cap_charge(c, f->mount, growth);
    if (e) return e;
    const char *p = buf;
    size_t left = n;
    while (left) {
        ssize_t k = write(f->fd, p, left);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) {
            e = k < 0 ? errno : EIO;
            /* give back what was not written */
            cap_charge(c, f->mount, -(int64_t)(left < (size_t)growth ? left : (size_t)growth));
            return e;
        }
        p += k;
        left -= (size_t)k;
    }
    return 0;
}

int cap_seek(Caps *c, int id, int64_t off, int whence, int64_t *pos) {
    CapFile *f = cap_file(c, id);
    if (!f) return EBADF;
    off_t p = lseek(f->fd, (off_t)off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    if (p < 0) return errno;
    *pos = p;
    return 0;
}

int cap_truncate(Caps *c, int id, int64_t size) {
    CapFile *f = cap_file(c, id);
    if (!f) return EBADF;
    if (size < 0) return EINVAL;
    struct stat st;
    if (fstat(f->fd, &st) != 0) return errno;
    int e = cap_charge(c, f->mount, size - st.st_size);
    if (e) return e;
    if (ftruncate(f->fd, (off_t)size) != 0) {
        e = errno;
        cap_charge(c, f->mount, st.st_size - size);
        return e;
    }
    return 0;
}

int cap_close(Caps *c, int id) {
    CapFile *f = cap_file(c, id);
    if (!f) return EBADF;
    close(f->fd);
    f->fd = -1;
    return 0;
}

int cap_stat(Caps *c, const char *path, size_t len, unsigned need, CapStat *out) {
    size_t mount;
    char *abs;
    const char *rel;
    int e = cap_resolve(c, path, len, need, &mount, &abs, &rel);
    if (e) return e;
    int fd = cap_open_beneath(c->mounts[mount].dirfd, rel, O_PATH, 0);
    free(abs);
    if (fd < 0) return -fd;
    struct stat st;
    e = fstat(fd, &st) != 0 ? errno : 0;
    close(fd);
    if (e) return e;
    out->kind = S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3;
    out->size = (uint64_t)st.st_size;
    out->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    out->mode = (uint32_t)st.st_mode;
    return 0;
}

int cap_listdir(Caps *c, const char *path, size_t len,
                bool (*fn)(void *ud, const char *name, size_t n), void *ud) {
    size_t mount;
    char *abs;
    const char *rel;
    int e = cap_resolve(c, path, len, CAP_O_READ, &mount, &abs, &rel);
    if (e) return e;
    int fd = cap_open_beneath(c->mounts[mount].dirfd, rel, O_RDONLY | O_DIRECTORY, 0);
    free(abs);
    if (fd < 0) return -fd;
    DIR *d = fdopendir(fd);
    if (!d) { e = errno; close(fd); return e; }
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(d);
        if (!de) { e = errno; break; }
        const char *n = de->d_name;
        if (!strcmp(n, ".") || !strcmp(n, "..")) continue;
        if (!fn(ud, n, strlen(n))) break;
    }
    closedir(d);
    return e;
}

/* mkdir, unlink and rmdir: through the parent directory. */
static int cap_dir_op(Caps *c, const char *path, size_t len, int op) {
    size_t mount;
    char *abs;
    const char *rel;
    int e = cap_resolve(c, path, len, CAP_O_WRITE, &mount, &abs, &rel);
    if (e) return e;
    const char *last;
    int pfd;
    if (!*rel) {   /* the mount's own directory: it exists and stays */
        free(abs);
        return op == 0 ? EEXIST : op == 1 ? EISDIR : EACCES;
    }
    e = cap_open_parent(c, mount, (char *)rel, &last, &pfd);
    if (!e) {
        if (op == 0) e = mkdirat(pfd, last, 0777) ? errno : 0;
        else if (op == 1) {
            struct stat st;
            if (fstatat(pfd, last, &st, AT_SYMLINK_NOFOLLOW) != 0) e = errno;
            else if (S_ISDIR(st.st_mode)) e = EISDIR;
            else if (unlinkat(pfd, last, 0) != 0) e = errno;
            else if (S_ISREG(st.st_mode) && st.st_nlink <= 1) cap_charge(c, mount, -(int64_t)st.st_size);
        } else e = unlinkat(pfd, last, AT_REMOVEDIR) ? errno : 0;
        close(pfd);
    }
    free(abs);
    return e;
}

/* rename(2) of one entry to another within one mount (EXDEV across mounts,
 * as across file systems); both names need write access.  A regular file
 * replaced at the target gives its bytes back to the mount's quota. */
int cap_rename(Caps *c, const char *from, size_t from_len, const char *to, size_t to_len) {
    size_t m1, m2;
    char *abs1, *abs2;
    const char *rel1, *rel2;
    int e = cap_resolve(c, from, from_len, CAP_O_WRITE, &m1, &abs1, &rel1);
    if (e) return e;
    e = cap_resolve(c, to, to_len, CAP_O_WRITE, &m2, &abs2, &rel2);
    if (e) {
        free(abs1);
        return e;
    }
    const char *last1, *last2;
    int pfd1 = -1, pfd2 = -1;
    if (m1 != m2) e = EXDEV;
    else if (!*rel1 || !*rel2) e = EBUSY;   /* a mount's own directory stays */
    if (!e) e = cap_open_parent(c, m1, (char *)rel1, &last1, &pfd1);
    if (!e) e = cap_open_parent(c, m2, (char *)rel2, &last2, &pfd2);
    if (!e) {
        struct stat st;
        bool replaced = fstatat(pfd2, last2, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
                        st.st_nlink <= 1;
        if (renameat(pfd1, last1, pfd2, last2) != 0) e = errno;
        else if (replaced) cap_charge(c, m2, -(int64_t)st.st_size);
    }
    if (pfd1 >= 0) close(pfd1);
    if (pfd2 >= 0) close(pfd2);
    free(abs1);
    free(abs2);
    return e;
}

int cap_mkdir(Caps *c, const char *path, size_t len) { return cap_dir_op(c, path, len, 0); }
int cap_remove(Caps *c, const char *path, size_t len) { return cap_dir_op(c, path, len, 1); }
int cap_rmdir(Caps *c, const char *path, size_t len) { return cap_dir_op(c, path, len, 2); }

/* ---- environment, input, clocks, randomness ---- */

const char *cap_getenv(const Caps *c, const char *name, size_t len, size_t *vlen) {
    for (size_t i = 0; i < c->nenv; i++)
        if (strlen(c->env_names[i]) == len && !memcmp(c->env_names[i], name, len)) {
            *vlen = strlen(c->env_values[i]);
            return c->env_values[i];
        }
    return NULL;
}

size_t cap_env_count(const Caps *c) { return c->nenv; }

void cap_env_at(const Caps *c, size_t i, const char **name, const char **value) {
    *name = i < c->nenv ? c->env_names[i] : NULL;
    *value = i < c->nenv ? c->env_values[i] : NULL;
}

size_t cap_input(Caps *c, char *buf, size_t n) {
    if (!c->read_in || n == 0) return 0;
    size_t got = c->read_in(c->read_ud, buf, n);
    return got > n ? n : got;
}

static uint64_t cap_sys_ns(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) return 0;
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int64_t cap_time_ns(Caps *c) {
    if (c->clocks & CAP_CLOCK_WALL) return (int64_t)cap_sys_ns(CLOCK_REALTIME);
    return (int64_t)c->virtual_ns;
}

bool cap_has_monotonic(const Caps *c) { return c->clock || (c->clocks & CAP_CLOCK_MONOTONIC); }

uint64_t cap_monotonic_ns(Caps *c) {
    if (c->clock) return c->clock(c->clock_ud);
    if (c->clocks & CAP_CLOCK_MONOTONIC) return cap_sys_ns(CLOCK_MONOTONIC);
    return c->virtual_ns;
}

void cap_sleep_ns(Caps *c, uint64_t ns, uint64_t deadline) {
    if (!(c->clocks & CAP_CLOCK_SLEEP) || !cap_has_monotonic(c)) {
        c->virtual_ns += ns;
        return;
    }
    uint64_t now = cap_monotonic_ns(c);
    uint64_t until = UINT64_MAX - now < ns ? UINT64_MAX : now + ns;
    if (deadline && deadline < until) until = deadline;
    while (now < until) {
        uint64_t left = until - now;
        struct timespec ts = {(time_t)(left / 1000000000u), (long)(left % 1000000000u)};
        if (ts.tv_sec > 3600) ts.tv_sec = 3600;
        nanosleep(&ts, NULL);
        now = cap_monotonic_ns(c);
    }
}

void cap_random(Caps *c, void *buf, size_t n) {
    unsigned char *p = buf;
#if defined(__linux__)
    if (c->random_system) {
        while (n) {
            ssize_t k = getrandom(p, n, 0);
            if (k < 0) { if (errno == EINTR) continue; break; }
            p += k;
            n -= (size_t)k;
        }
        if (!n) return;
    }
#endif
    /* splitmix64: deterministic from the seed */
    while (n) {
        uint64_t z = (c->rng += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        z ^= z >> 31;
        for (int i = 0; i < 8 && n; i++, n--) *p++ = (unsigned char)(z >> (8 * i));
    }
}

const char *cap_strerror(int err) {
    switch (err) {
    case EPERM: return "Operation not permitted";
    case ENOENT: return "No such file or directory";
    case EIO: return "Input/output error";
    case EBADF: return "Bad file descriptor";
    case ENOMEM: return "Cannot allocate memory";
    case EACCES: return "Permission denied";
    case EEXIST: return "File exists";
    case ENOTDIR: return "Not a directory";
    case EISDIR: return "Is a directory";
    case EINVAL: return "Invalid argument";
    case EMFILE: return "Too many open files";
    case EFBIG: return "File too large";
    case ENOSPC: return "No space left on device";
    case ESPIPE: return "Illegal seek";
    case EROFS: return "Read-only file system";
    case ENAMETOOLONG: return "File name too long";
    case ENOTEMPTY: return "Directory not empty";
    case ELOOP: return "Too many levels of symbolic links";
    case EDQUOT: return "Disk quota exceeded";
    case EXDEV: return "Invalid cross-device link";
    case EBUSY: return "Device or resource busy";
    default: return "Unknown error";
    }
}
