/* io: open() and its file objects, over the capability layer (cap.h).
 * Text files decode UTF-8 with universal newlines (\r\n and \r read as \n
 * when newline=None); binary files give bytes.  Writes go straight to the
 * capability (no write buffer: flush() has nothing to do); reads go through
 * a read-ahead buffer kept as a bytes object.
 *
 * Invariants:
 *  - f->id names an open slot of r->caps, or is -1 once closed; a file
 *    collected while open is closed by its finalizer.
 *  - The logical position is the capability's offset minus the unread
 *    bytes of the read-ahead buffer (rlen - rpos); any write, seek or
 *    truncate first puts the offset back there and drops the buffer. */
#include <string.h>
#include "core/realm.h"
#include "modules/modules.h"
#include "modules/io.h"
#include "objects/strimpl.h"
#include "vm/ops.h"
#include "cap/cap.h"
#include "core/limits.h"

#define IO_CHUNK 8192

typedef struct File {
    Obj hdr;
    Value name;           /* as given to open() */
    Value mode;           /* as f.mode shows it */
    Value encoding;       /* text: the encoding's name; binary: V_NULL */
    Value rbuf;           /* bytes: the read-ahead buffer, or V_NULL */
    int64_t rpos;         /* next unread byte of rbuf */
    int id;               /* capability file slot; -1 when closed or for input */
    bool text, readable, writable, translate;
    bool input, closed;   /* sys.stdin: reads the input capability */
    char newline;         /* lines end at: 0 any of \n \r \r\n, 'n' only \n */
    char wnl;             /* writing '\n' as: 0 '\n', 'r' '\r', 'R' "\r\n" */
} File;

enum { IO_TEXT, IO_READER, IO_WRITER, IO_RANDOM, IO__COUNT };

static void file_trace(Realm *r, Obj *o) {
    File *f = (File *)o;
    heap_mark(r, f->name);
    heap_mark(r, f->mode);
    heap_mark(r, f->encoding);
    heap_mark(r, f->rbuf);
}

static void file_finalize(Realm *r, Obj *o) {
    File *f = (File *)o;
    if (f->id >= 0) cap_close(r->caps, f->id);
    f->id = -1;
    f->closed = true;
}

static bool io_is_path_text(Value p) {
    return v_is_obj(p) && (v_obj(p)->type->flags & (TF_STR_SUB | TF_BYTES_SUB));
}

/* p itself when it is str or bytes, else p.__fspath__() when p is an
 * os.PathLike (TypeError when that returns neither); other values as they
 * are, for the caller's own message. */
Value io_fspath(Realm *r, Value p) {
    if (io_is_path_text(p) || p == V_NULL) return p;
    Value fs = type_lookup(r, v_type(r, p), str_intern_cstr(r, "__fspath__"));
    if (fs == V_NULL || fs == V_NONE) return p;
    Value q = op_call_method(r, p, str_intern_cstr(r, "__fspath__"), NULL, 0);
    if (!io_is_path_text(q))
        err_type(r, "expected %T.__fspath__() to return str or bytes, not %T", p, q);
    return q;
}

/* OSError(errno, strerror[, filename]): the constructor picks the subclass;
 * a path object is shown as its text, as CPython does. */
_Noreturn void io_raise_errno(Realm *r, int err, Value filename) {
    filename = io_fspath(r, filename);
    Value args[3] = {v_small(err), str_from_cstr(r, cap_strerror(err)), filename};
    Value exc = op_call(r, v_from_obj(EXC(r, OSError)), args, filename == V_NULL ? 2 : 3, V_NULL);
    err_raise(r, exc);
}

/* OSError(errno, strerror, filename, None, filename2): "... 'a' -> 'b'". */
_Noreturn void io_raise_errno2(Realm *r, int err, Value filename, Value filename2) {
    filename = io_fspath(r, filename);
    filename2 = io_fspath(r, filename2);
    Value args[5] = {v_small(err), str_from_cstr(r, cap_strerror(err)), filename, V_NONE, filename2};
    err_raise(r, op_call(r, v_from_obj(EXC(r, OSError)), args, 5, V_NULL));
}

/* The UTF-8 of a path argument: str, bytes taken as UTF-8, or an
 * os.PathLike whose __fspath__ returns one of them. */
const char *io_path_arg(Realm *r, Value p, size_t *len, const char *fname) {
    const char *s;
    p = io_fspath(r, p);
    if (v_is_obj(p) && (v_obj(p)->type->flags & TF_STR_SUB)) s = str_utf8(r, p, len);
    else if (v_is_obj(p) && (v_obj(p)->type->flags & TF_BYTES_SUB)) {
        Bytes *b = (Bytes *)v_obj(p);
        s = (const char *)b->data;
        *len = (size_t)b->len;
    } else err_type(r, "%s: path should be string, bytes or os.PathLike, not %T", fname, p);
    if (memchr(s, 0, *len)) {
        if (!strcmp(fname, "open")) err_value(r, "embedded null character");
        err_value(r, "%s: embedded null character in path", fname);
    }
    return s;
}

static Type *io_type(Realm *r, int k) {
    return (Type *)v_obj(tuple_ptr(r->io_types)->items[k]);
}

/* io.UnsupportedOperation is the io module's (src/modules/py/io.py): it is
 * imported only when a file raises it. */
_Noreturn static void io_unsupported(Realm *r, const char *msg) {
    Value io = import_module_level(r, str_intern_cstr(r, "io"), V_NULL, V_NULL, 0);
    Value t = op_getattr(r, io, str_intern_cstr(r, "UnsupportedOperation"));
    err_raise(r, op_call1(r, t, str_from_cstr(r, msg)));
}

static File *file_of(Realm *r, Value v) {
    if (!v_is_obj(v) || v_obj(v)->type->trace != file_trace) err_type(r, "expected a file object, got %T", v);
    return (File *)v_obj(v);
}

/* The file, checked open. */
static File *file_open_of(Realm *r, Value v) {
    File *f = file_of(r, v);
    if (f->closed || (!f->input && !cap_is_open(r->caps, f->id)))
        err_value(r, "I/O operation on closed file.");
    return f;
}

static File *file_readable(Realm *r, Value v) {
    File *f = file_open_of(r, v);
    if (!f->readable) io_unsupported(r, "not readable");
    return f;
}

static File *file_writable(Realm *r, Value v) {
    File *f = file_open_of(r, v);
    if (!f->writable) io_unsupported(r, "not writable");
    return f;
}

static int64_t file_unread(File *f) {
    return f->rbuf == V_NULL ? 0 : ((Bytes *)v_obj(f->rbuf))->len - f->rpos;
}

/* Puts the capability's offset back at the logical position, dropping the buffer. */
static void file_sync(Realm *r, File *f) {
    int64_t unread = file_unread(f);
    f->rbuf = V_NULL;
    f->rpos = 0;
    if (unread && f->input) err_format(r, EXC(r, RuntimeError), "input already buffered");
    if (unread) {
        int64_t pos;
        int e = cap_seek(r->caps, f->id, -unread, 1, &pos);
        if (e) io_raise_errno(r, e, V_NULL);
    }
}

/* Reads one chunk more into the buffer (keeping the unread part); false at end of file. */
static bool file_fill(Realm *r, File *f) {
    Value chunk = bytes_alloc(r, IO_CHUNK);
    size_t got;
    if (f->input) {
        /* a line at a time is what an interactive host gives anyway */
        got = cap_input(r->caps, (char *)((Bytes *)v_obj(chunk))->data, IO_CHUNK);
    } else {
        int e = cap_read(r->caps, f->id, ((Bytes *)v_obj(chunk))->data, IO_CHUNK, &got);
        if (e) io_raise_errno(r, e, V_NULL);
    }
    if (got == 0) return false;
    limits_count(r, got / 64 + 1);
    int64_t unread = file_unread(f);
    Value nb = bytes_alloc(r, (size_t)unread + got);
    Bytes *n = (Bytes *)v_obj(nb);
    if (unread) memcpy(n->data, ((Bytes *)v_obj(f->rbuf))->data + f->rpos, (size_t)unread);
    memcpy(n->data + unread, ((Bytes *)v_obj(chunk))->data, got);
    n->data[n->len] = 0;
    f->rbuf = nb;
    f->rpos = 0;
    return true;
}

/* Takes n bytes from the buffer as a new bytes object. */
static Value file_take(Realm *r, File *f, int64_t n) {
    if (n == 0) return r->empty_bytes;
    Value out = bytes_new(r, ((Bytes *)v_obj(f->rbuf))->data + f->rpos, (size_t)n);
    f->rpos += n;
    return out;
}

/* Binary: up to n bytes (n < 0: all), or one line when line. */
static Value file_read_bytes(Realm *r, File *f, int64_t n, bool line) {
    int64_t i = 0;
    for (;;) {
        int64_t avail = file_unread(f);
        const uint8_t *d = avail ? ((Bytes *)v_obj(f->rbuf))->data + f->rpos : NULL;
        if (line) {
            while (i < avail && (n < 0 || i < n)) {
                if (d[i++] == '\n') return file_take(r, f, i);
            }
            if (n >= 0 && i >= n) return file_take(r, f, i);
        } else if (n >= 0 && avail >= n) {
            return file_take(r, f, n);
        } else i = avail;
        if (!file_fill(r, f)) return file_take(r, f, file_unread(f));
    }
}

/* Text: n characters (n < 0: all), or one line when line.  Scans the UTF-8
 * bytes counting characters (\r\n counts as one when translating), filling
 * the buffer as needed, then decodes what it took. */
static Value file_read_text(Realm *r, File *f, int64_t n, bool line) {
    int64_t i = 0, chars = 0;
    bool eof = false;
    for (;;) {
        int64_t avail = file_unread(f);
        const uint8_t *d = avail ? ((Bytes *)v_obj(f->rbuf))->data + f->rpos : NULL;
        bool more = false, done = false;
        while (i < avail) {
            uint8_t c = d[i];
            if ((c & 0xc0) == 0x80) { i++; continue; }   /* continuation byte */
            if (n >= 0 && chars == n) { done = true; break; }
            if (c == '\r' && f->newline != 'n') {
                if (i + 1 < avail) i += d[i + 1] == '\n' ? 2 : 1;
                else if (!eof) { more = true; break; }
                else i++;
                chars++;
                if (line) { done = true; break; }
                continue;
            }
            i++;
            chars++;
            if (c == '\n' && line) { done = true; break; }
        }
        if (!done && !eof && (more || i >= avail || (n >= 0 && chars < n) || n < 0)) {
            if (file_fill(r, f)) continue;
            eof = true;
            if (more) continue;
        }
        /* take i bytes */
        Value raw = file_take(r, f, i);
        Bytes *b = (Bytes *)v_obj(raw);
        if (f->translate && memchr(b->data, '\r', (size_t)b->len)) {
            Value t = bytes_alloc(r, (size_t)b->len);
            Bytes *tb = (Bytes *)v_obj(t);
            int64_t o = 0;
            for (int64_t k = 0; k < b->len; k++) {
                if (b->data[k] == '\r') {
                    tb->data[o++] = '\n';
                    if (k + 1 < b->len && b->data[k + 1] == '\n') k++;
                } else tb->data[o++] = b->data[k];
            }
            return str_from_utf8(r, (const char *)tb->data, (size_t)o);
        }
        return str_from_utf8(r, (const char *)b->data, (size_t)b->len);
    }
}

static int64_t size_arg(Realm *r, Value v) {
    if (v == V_NULL || v == V_NONE) return -1;
    if (!int_check(r, v)) err_type(r, "argument should be integer or None, not '%T'", v);
    int64_t n = int_as_ssize(r, v);
    return n < 0 ? -1 : n;
}

static Value file_read(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "read", n, kw, 1, 2);
    File *f = file_readable(r, a[0]);
    int64_t size = size_arg(r, n > 1 ? a[1] : V_NULL);
    return f->text ? file_read_text(r, f, size, false) : file_read_bytes(r, f, size, false);
}

static Value file_readline(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "readline", n, kw, 1, 2);
    File *f = file_readable(r, a[0]);
    int64_t size = size_arg(r, n > 1 ? a[1] : V_NULL);
    return f->text ? file_read_text(r, f, size, true) : file_read_bytes(r, f, size, true);
}

static Value file_next(Realm *r, Value self) {
    File *f = file_readable(r, self);
    Value line = f->text ? file_read_text(r, f, -1, true) : file_read_bytes(r, f, -1, true);
    int64_t len = f->text ? ((Str *)v_obj(line))->len : ((Bytes *)v_obj(line))->len;
    return len == 0 ? V_NULL : line;
}

static Value file_iter(Realm *r, Value self) {
    file_open_of(r, self);
    return self;
}

static Value file_readlines(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "readlines", n, kw, 1, 2);
    file_readable(r, a[0]);
    int64_t hint = size_arg(r, n > 1 ? a[1] : V_NULL);
    Value out = list_new(r, 0);
    int64_t total = 0;
    for (Value line; (line = file_next(r, a[0])) != V_NULL;) {
        list_append(r, out, line);
        total += op_len(r, line);
        if (hint > 0 && total >= hint) break;
    }
    return out;
}

/* Writes the UTF-8 of a str (translating '\n' as newline= asks). */
static void file_write_text(Realm *r, File *f, Value s) {
    size_t len;
    const char *u = str_utf8(r, s, &len);
    heap_keep(s);
    if (f->wnl && memchr(u, '\n', len)) {
        StrBuf b;
        strbuf_init(r, &b);
        for (size_t i = 0; i < len; i++) {
            if (u[i] == '\n') strbuf_add_ascii(&b, f->wnl == 'r' ? "\r" : "\r\n", f->wnl == 'r' ? 1 : 2);
            else strbuf_add_ascii(&b, u + i, 1);   /* bytes pass through: latin-1 kind, re-read below */
        }
        Value t = strbuf_finish(&b);
        Str *ts = (Str *)v_obj(t);
        int e = cap_write(r->caps, f->id, ts->data, (size_t)ts->len);
        if (e) io_raise_errno(r, e, V_NULL);
        return;
    }
    int e = cap_write(r->caps, f->id, u, len);
    if (e) io_raise_errno(r, e, V_NULL);
}

static Value file_write(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "write", n, kw, 2, 2);
    File *f = file_writable(r, a[0]);
    file_sync(r, f);
    Value v = a[1];
    if (f->text) {
        if (!(v_is_obj(v) && (v_obj(v)->type->flags & TF_STR_SUB)))
            err_type(r, "write() argument must be str, not %T", v);
        file_write_text(r, f, v);
        return int_from_i64(r, ((Str *)v_obj(v))->len);
    }
    /* bytes, bytearray or a contiguous memoryview: written straight from
     * its buffer (nothing between here and cap_write runs Python code) */
    int64_t len;
    const uint8_t *data = bytes_buffer(r, v, &len);
    if (!data) err_type(r, "a bytes-like object is required, not '%T'", v);
    int e = cap_write(r->caps, f->id, data, (size_t)len);
    if (e) io_raise_errno(r, e, V_NULL);
    return int_from_i64(r, len);
}

static Value file_writelines(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "writelines", n, kw, 2, 2);
    file_writable(r, a[0]);
    Value it = op_iter(r, a[1]);
    for (Value v; (v = op_next(r, it)) != V_NULL;) {
        Value args[2] = {a[0], v};
        file_write(r, args, 2, V_NULL);
    }
    return V_NONE;
}

static int64_t file_tell_pos(Realm *r, File *f) {
    if (f->input) io_raise_errno(r, 29, V_NULL);   /* ESPIPE, as for a pipe */
    int64_t pos;
    int e = cap_seek(r->caps, f->id, 0, 1, &pos);
    if (e) io_raise_errno(r, e, V_NULL);
    return pos - file_unread(f);
}

static Value file_tell(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "tell", n, kw, 1, 1);
    File *f = file_open_of(r, a[0]);
    return int_from_i64(r, file_tell_pos(r, f));
}

static Value file_seek(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "seek", n, kw, 2, 3);
    File *f = file_open_of(r, a[0]);
    if (!int_check(r, a[1])) err_type(r, "'%T' object cannot be interpreted as an integer", a[1]);
    int64_t off = int_as_i64(r, a[1]);
    int64_t whence = n > 2 ? int_as_i64(r, a[2]) : 0;
    if (whence < 0 || whence > 2) err_value(r, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    if (f->text && whence == 1 && off != 0) io_unsupported(r, "can't do nonzero cur-relative seeks");
    if (f->text && whence == 2 && off != 0) io_unsupported(r, "can't do nonzero end-relative seeks");
    if (whence == 0 && off < 0) err_value(r, "negative seek position %d", (int)off);
    if (f->input) io_raise_errno(r, 29, V_NULL);
    file_sync(r, f);
    int64_t pos;
    int e = cap_seek(r->caps, f->id, off, (int)whence, &pos);
    if (e) io_raise_errno(r, e, V_NULL);
    return int_from_i64(r, pos);
}

static Value file_truncate(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "truncate", n, kw, 1, 2);
    File *f = file_writable(r, a[0]);
    file_sync(r, f);
    int64_t size = n > 1 && a[1] != V_NONE ? int_as_i64(r, a[1]) : file_tell_pos(r, f);
    if (size < 0) io_raise_errno(r, 22, V_NULL);
    int e = cap_truncate(r->caps, f->id, size);
    if (e) io_raise_errno(r, e, V_NULL);
    return int_from_i64(r, size);
}

static Value file_flush(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "flush", n, kw, 1, 1);
    file_open_of(r, a[0]);
    return V_NONE;
}

static Value file_close(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "close", n, kw, 1, 1);
    File *f = file_of(r, a[0]);
    if (f->id >= 0) cap_close(r->caps, f->id);
    f->id = -1;
    f->closed = true;
    f->rbuf = V_NULL;
    return V_NONE;
}

static Value file_enter(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "__enter__", n, kw, 1, 1);
    file_open_of(r, a[0]);
    return a[0];
}

static Value file_exit(Realm *r, Value *a, size_t n, Value kw) {
    file_close(r, a, 1, V_NULL);
    return V_NONE;
}

static Value file_readable_m(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "readable", n, kw, 1, 1);
    return file_open_of(r, a[0])->readable ? V_TRUE : V_FALSE;
}
static Value file_writable_m(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "writable", n, kw, 1, 1);
    return file_open_of(r, a[0])->writable ? V_TRUE : V_FALSE;
}
static Value file_seekable_m(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "seekable", n, kw, 1, 1);
    return file_open_of(r, a[0])->input ? V_FALSE : V_TRUE;
}
static Value file_isatty(Realm *r, Value *a, size_t n, Value kw) {
    arg_count(r, "isatty", n, kw, 1, 1);
    file_open_of(r, a[0]);
    return V_FALSE;
}

static Value file_get_name(Realm *r, Value self) { return file_of(r, self)->name; }
static Value file_get_mode(Realm *r, Value self) { return file_of(r, self)->mode; }
static Value file_get_closed(Realm *r, Value self) { return file_of(r, self)->closed ? V_TRUE : V_FALSE; }
static Value file_get_encoding(Realm *r, Value self) {
    File *f = file_of(r, self);
    if (!f->text) err_attribute(r, self, str_intern_cstr(r, "encoding"));
    return f->encoding;
}

static Value file_repr(Realm *r, Value self) {
    File *f = file_of(r, self);
    const char *tn = v_type(r, self)->name;
    if (f->text) return str_format(r, "<_io.%s name=%R mode=%R encoding=%R>", tn, f->name, f->mode, f->encoding);
    return str_format(r, "<_io.%s name=%R>", tn, f->name);
}

static const MethodDef file_methods[] = {
    {"read", file_read, 0}, {"readline", file_readline, 0}, {"readlines", file_readlines, 0},
    {"write", file_write, 0}, {"writelines", file_writelines, 0},
    {"seek", file_seek, 0}, {"tell", file_tell, 0}, {"truncate", file_truncate, 0},
    {"flush", file_flush, 0}, {"close", file_close, 0},
    {"readable", file_readable_m, 0}, {"writable", file_writable_m, 0},
    {"seekable", file_seekable_m, 0}, {"isatty", file_isatty, 0},
    {"__enter__", file_enter, 0}, {"__exit__", file_exit, 0},
    {NULL, NULL, 0},
};

static const GetSetDef file_getsets[] = {
    {"name", file_get_name, NULL}, {"mode", file_get_mode, NULL},
    {"closed", file_get_closed, NULL}, {"encoding", file_get_encoding, NULL},
    {NULL, NULL, NULL},
};


/* The io types, made on first use (r->io_types). */
static void io_init_types(Realm *r) {
    if (r->io_types != V_NULL) return;
    static const char *const names[] = {"_io.TextIOWrapper", "_io.BufferedReader",
                                        "_io.BufferedWriter", "_io.BufferedRandom"};
    Value types = tuple_new(r, IO__COUNT);
    for (int i = 0; i < IO__COUNT; i++) tuple_ptr(types)->items[i] = V_NONE;
    for (int i = 0; i < IO__COUNT; i++) {
        Type *t = type_new_builtin(r, names[i], r->t_object, sizeof(File), 0);
        t->trace = file_trace;
        t->finalize = file_finalize;
        t->repr = file_repr;
        t->iter = file_iter;
        t->next = file_next;
        type_add_methods(r, t, file_methods);
        type_add_getsets(r, t, file_getsets);
        realm_finish_type(r, t);
        /* the names CPython shows: TextIOWrapper, module _io */
        t->name = names[i] + 4;
        t->name_str = str_intern_cstr(r, names[i] + 4);
        t->qualname = t->name_str;
        dict_set(r, t->dict, NM(r, __module__), str_intern_cstr(r, "_io"));
        tuple_ptr(types)->items[i] = v_from_obj(t);
    }
    r->io_types = types;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
static Value bi_open(Realm *r, Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    Value a[8];
    arg_parse(r, "open", args, nargs, kwnames, 0, 1, names, a);
    io_init_types(r);
    Value file = a[0];
    if (v_is_int(file) || v_is_bool(file) || (int_check(r, file)))
        io_raise_errno(r, 9, V_NULL);   /* no host descriptors */
    const char *mode = "r";
    size_t mlen = 1;
    if (a[1] != V_NULL) {
        if (!(v_is_obj(a[1]) && (v_obj(a[1])->type->flags & TF_STR_SUB)))
            err_type(r, "open() argument 'mode' must be str, not %T", a[1]);
        mode = str_utf8(r, a[1], &mlen);
    }
    int cr = 0, rd = 0, wr = 0, ap = 0, plus = 0, bin = 0, txt = 0;
    for (size_t i = 0; i < mlen; i++) {
        int *slot;
        switch (mode[i]) {
        case 'x': slot = &cr; break;
        case 'r': slot = &rd; break;
        case 'w': slot = &wr; break;
        case 'a': slot = &ap; break;
        case '+': slot = &plus; break;
        case 'b': slot = &bin; break;
        case 't': slot = &txt; break;
        default: slot = NULL;
        }
        if (!slot || *slot) err_value(r, "invalid mode: %R", a[1]);
        *slot = 1;
    }
    if (bin && txt) err_value(r, "can't have text and binary mode at once");
    if (cr + rd + wr + ap > 1) err_value(r, "must have exactly one of create/read/write/append mode");
    if (cr + rd + wr + ap == 0)   /* FileIO's check, as CPython reaches it */
        err_value(r, "Must have exactly one of create/read/write/append mode and at most one plus");
    Value enc = a[3] != V_NULL ? a[3] : V_NONE, newline = a[5] != V_NULL ? a[5] : V_NONE;
    if (bin && enc != V_NONE) err_value(r, "binary mode doesn't take an encoding argument");
    if (bin && a[4] != V_NULL && a[4] != V_NONE) err_value(r, "binary mode doesn't take an errors argument");
    if (bin && newline != V_NONE) err_value(r, "binary mode doesn't take a newline argument");
    if (a[2] != V_NULL && !int_check(r, a[2])) err_type(r, "'%T' object cannot be interpreted as an integer", a[2]);
    if (a[2] != V_NULL && int_as_i64(r, a[2]) == 0 && !bin) err_value(r, "can't have unbuffered text I/O");
    if (a[6] != V_NULL && !op_truth(r, a[6])) err_value(r, "Cannot use closefd=False with file name");
    if (a[7] != V_NULL && a[7] != V_NONE) err_type(r, "open(): opener is not available in this sandbox");
    Value encname = V_NULL;
    if (!bin) {
        if (enc == V_NONE) encname = str_intern_cstr(r, "UTF-8");
        else {
            if (!(v_is_obj(enc) && (v_obj(enc)->type->flags & TF_STR_SUB)))
                err_type(r, "open() argument 'encoding' must be str or None, not %T", enc);
            size_t el;
            const char *e = str_utf8(r, enc, &el);
            char low[16];
            size_t k = 0;
            for (size_t i = 0; i < el && k < sizeof low - 1; i++) {
                char c = e[i];
                if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
                if (c == '-' || c == '_') continue;
                low[k++] = c;
            }
            low[k] = 0;
            if (el >= sizeof low || (strcmp(low, "utf8") != 0 && strcmp(low, "u8") != 0 && strcmp(low, "utf") != 0))
                err_format(r, EXC(r, LookupError), "unknown encoding: %U", enc);
            encname = enc;
        }
    }
    char nl = 0, wnl = 0;
    bool translate = true;
    if (newline != V_NONE) {
        if (!(v_is_obj(newline) && (v_obj(newline)->type->flags & TF_STR_SUB)))
            err_type(r, "open() argument 'newline' must be str or None, not %T", newline);
        size_t nlen;
        const char *s = str_utf8(r, newline, &nlen);
        translate = false;
        if (nlen == 0) nl = 0;
        else if (nlen == 1 && s[0] == '\n') nl = 'n';
        else if (nlen == 1 && s[0] == '\r') wnl = 'r';
        else if (nlen == 2 && s[0] == '\r' && s[1] == '\n') wnl = 'R';
        else err_value(r, "illegal newline value: %U", newline);
    }
    size_t plen;
    const char *path = io_path_arg(r, file, &plen, "open");
    unsigned flags = 0;
    if (rd) flags = CAP_O_READ;
    if (wr) flags = CAP_O_WRITE | CAP_O_CREATE | CAP_O_TRUNC;
    if (cr) flags = CAP_O_WRITE | CAP_O_CREATE | CAP_O_EXCL;
    if (ap) flags = CAP_O_WRITE | CAP_O_APPEND | CAP_O_CREATE;
    if (plus) flags |= CAP_O_READ | CAP_O_WRITE;
    int id;
    int e = cap_open(r->caps, path, plen, flags, &id);
    if (e) io_raise_errno(r, e, file);
    int kind = !bin ? IO_TEXT : plus ? IO_RANDOM : rd ? IO_READER : IO_WRITER;
    File *f = (File *)heap_alloc(r, io_type(r, kind), sizeof(File));
    f->id = id;
    f->name = file;
    f->text = !bin;
    f->readable = rd || plus;
    f->writable = !rd || plus;
    f->translate = translate;
    f->newline = nl;
    f->wnl = wnl;
    f->encoding = encname;
    f->rbuf = V_NULL;
    if (bin) {
        const char *m = cr ? "xb" : ap ? "ab" : rd ? "rb" : "wb";
        f->mode = str_format(r, "%s%s", m, plus ? "+" : "");
    } else f->mode = a[1] != V_NULL ? a[1] : str_intern_cstr(r, "r");
    return v_from_obj(f);
}

void io_init_builtins(Realm *r) {
    dict_set_cstr(r, r->builtins, "open", native_new(r, "open", bi_open, V_NULL));
}

/* sys.stdin: a text file over the input capability (made on first use). */
Value io_stdin(Realm *r) {
    if (r->io_stdin != V_NULL) return r->io_stdin;
    io_init_types(r);
    File *f = (File *)heap_alloc(r, io_type(r, IO_TEXT), sizeof(File));
    f->id = -1;
    f->input = true;
    /* as CPython's sys.stdin on POSIX: newline='\n', no translation */
    f->text = f->readable = true;
    f->translate = false;
    f->newline = 'n';
    f->name = str_intern_cstr(r, "<stdin>");
    f->mode = r->latin1['r'];
    f->encoding = str_intern_cstr(r, "utf-8");
    f->rbuf = V_NULL;
    r->io_stdin = v_from_obj(f);
    return r->io_stdin;
}

/* input([prompt]): the prompt to stdout, then a line of the input
 * capability (through sys.stdin's buffer, so the two mix as in CPython). */
static Value bi_input(Realm *r, Value *args, size_t nargs, Value kw) {
    arg_count(r, "input", nargs, kw, 0, 1);
    if (nargs == 1) {
        Value p = op_str(r, args[0]);
        size_t n;
        const char *u = str_utf8(r, p, &n);
        realm_write(r, 1, u, n);
    }
    File *f = file_readable(r, io_stdin(r));
    Value line = file_read_text(r, f, -1, true);
    Str *s = (Str *)v_obj(line);
    if (s->len == 0) err_format(r, EXC(r, EOFError), "EOF when reading a line");
    if (str_char(s, s->len - 1) == '\n')
        line = op_getitem(r, line, slice_new(r, V_NONE, int_from_i64(r, s->len - 1), V_NONE));
    return line;
}

void io_init_input(Realm *r) {
    dict_set_cstr(r, r->builtins, "input", native_new(r, "input", bi_input, V_NULL));
}
