"""shutil: copying, moving and removing files and trees, over os and open,
so within what the realm's capabilities grant.  The sandbox has no
permission bits, owners or timestamps to set: copymode, copystat and the
metadata half of copy2 do nothing.  Trees are walked with explicit stacks,
so their depth does not meet the recursion limit."""

import os
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "ignore_patterns",
           "which", "SameFileError", "get_terminal_size", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError(f"{os.fspath(src)!r} and {os.fspath(dst)!r} are the same file")
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.stat(src)   # the sandbox has no permission bits to copy


def copystat(src, dst, *, follow_symlinks=True):
    os.stat(src)


def _target(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    dst = _target(src, dst)
    copyfile(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    dst = _target(src, dst)
    copyfile(src, dst)
    return dst


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    errors = []
    stack = [(os.fspath(src), os.fspath(dst))]
    first = True
    while stack:
        s, d = stack.pop()
        names = os.listdir(s)
        ignored = ignore(s, names) if ignore is not None else set()
        os.makedirs(d, exist_ok=dirs_exist_ok or not first)
        first = False
        subdirs = []
        for name in names:
            if name in ignored:
                continue
            sp = os.path.join(s, name)
            dp = os.path.join(d, name)
            try:
                if os.path.isdir(sp):
                    subdirs.append((sp, dp))
                else:
                    copy_function(sp, dp)
            except Error as err:
                errors.extend(err.args[0])
            except OSError as why:
                errors.append((sp, dp, str(why)))
        stack.extend(reversed(subdirs))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    if ignore_errors:
        def onexc(*args):
            pass
    elif onerror is not None and onexc is None:
        def onexc(func, path, exc):
            onerror(func, path, (type(exc), exc, exc.__traceback__))
    elif onexc is None:
        def onexc(func, path, exc):
            raise exc
    path = os.fspath(path)
    if not os.path.isdir(path):
        try:
            os.stat(path)
            raise NotADirectoryError(20, 'Not a directory', path)
        except OSError as e:
            onexc(os.lstat if isinstance(e, FileNotFoundError) else os.rmdir, path, e)
            return
    # depth first: a directory's entries, then the directory itself
    stack = [(path, False)]
    while stack:
        p, listed = stack.pop()
        if listed:
            try:
                os.rmdir(p)
            except OSError as e:
                onexc(os.rmdir, p, e)
            continue
        try:
            names = os.listdir(p)
        except OSError as e:
            onexc(os.scandir, p, e)
            continue
        stack.append((p, True))
        for name in names:
            full = os.path.join(p, name)
            if os.path.isdir(full):
                stack.append((full, False))
            else:
                try:
                    os.unlink(full)
                except OSError as e:
                    onexc(os.unlink, full, e)


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip('/')))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{os.fspath(real_dst)}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError as e:
        if e.errno != 18:   # EXDEV: another mount, so copy then remove
            raise
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=1, path=None):
    """None: the sandbox runs no programs."""
    return None


def disk_usage(path):
    raise OSError(38, 'Function not implemented', os.fspath(path))


def get_terminal_size(fallback=(80, 24)):
    columns = lines = 0
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        pass
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        pass
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return os.terminal_size((columns, lines))
