/* io: open(), input() and the helpers the os module and import share with
 * them (see io.c). */
#ifndef ASP_IO_H
#define ASP_IO_H

#include "objects/objects.h"

/* Raises OSError(err, strerror[, filename]) (the subclass the errno picks);
 * filename V_NULL: none. */
_Noreturn void io_raise_errno(Realm *r, int err, Value filename);
_Noreturn void io_raise_errno2(Realm *r, int err, Value filename, Value filename2);
/* p when str or bytes; p.__fspath__() for an os.PathLike (TypeError unless it
 * returns str or bytes); anything else unchanged. */
Value io_fspath(Realm *r, Value p);
/* The UTF-8 of a str, bytes or os.PathLike path argument; TypeError or
 * ValueError (NUL). */
const char *io_path_arg(Realm *r, Value p, size_t *len, const char *fname);
/* Adds open and input to the builtins. */
void io_init_builtins(Realm *r);
void io_init_input(Realm *r);
/* sys.stdin: a text file over the input capability. */
Value io_stdin(Realm *r);

#endif
