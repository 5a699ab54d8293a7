"""os: the part of CPython's os module a sandboxed program may use, over
_os (src/modules/os.c), which reaches files and directories only under the
realm's granted mounts, and the environment only as far as it is granted.
There is nothing that starts, signals or inspects processes.  Directory
listings come sorted (the capability layer gives a stable order)."""

import abc as _abc
import sys as _sys
import _os
from _os import listdir, getcwd, getenv, remove, unlink, rmdir, mkdir, rename, urandom, environ

name = 'posix'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4

error = OSError


def replace(src, dst):
    rename(src, dst)


class stat_result:
    """The file's type and permission bits, size and modification time; the
    sandbox shows nothing of owners, inodes or devices."""
    __module__ = 'os'

    def __init__(self, mode, size, mtime, mtime_ns):
        self.st_mode = mode
        self.st_size = size
        self.st_mtime = mtime
        self.st_mtime_ns = mtime_ns

    def __repr__(self):
        return (f'os.stat_result(st_mode={self.st_mode}, st_size={self.st_size}, '
                f'st_mtime={int(self.st_mtime)})')


def stat(path, *, dir_fd=None, follow_symlinks=True):
    mode, size, mtime_ns = _os.stat(path)
    return stat_result(mode, size, mtime_ns / 1e9, mtime_ns)


lstat = stat


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        f = t.__fspath__
    except AttributeError:
        if hasattr(t, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not ' + t.__name__) from None
    p = f(path)
    if isinstance(p, (str, bytes)):
        return p
    raise TypeError(f'expected {t.__name__}.__fspath__() to return str or bytes, '
                    f'not {type(p).__name__}')


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""
    __slots__ = ()

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for c in subclass.__mro__:
                if '__fspath__' in c.__dict__:
                    return c.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class DirEntry:
    """An entry of scandir(): its name, its path, and whether it is a
    directory or a file (asked when first needed, then remembered)."""
    __module__ = 'posix'
    __slots__ = ('name', 'path', '_stat')

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self):
        try:
            return self.stat().st_mode & 0o170000
        except OSError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode() == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode() == 0o100000

    def is_symlink(self):
        return False

    def is_junction(self):
        return False

    def inode(self):
        return 0

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _ScandirIterator:
    __slots__ = ('_dir', '_names', '_i')

    def __init__(self, directory):
        self._dir = directory
        self._names = listdir(directory)
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None or self._i >= len(self._names):
            raise StopIteration
        name = self._names[self._i]
        self._i += 1
        return DirEntry(self._dir, name)

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path='.'):
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for top and every directory below it;
    an explicit stack, so the depth of the tree does not meet the recursion
    limit."""
    top = fspath(top)
    stack = [top]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):   # bottom-up: the directory's own turn
            yield item
            continue
        try:
            entries = list(scandir(item))
        except OSError as e:
            if onerror is not None:
                onerror(e)
            continue
        dirs, files = [], []
        for entry in entries:
            (dirs if entry.is_dir() else files).append(entry.name)
        if topdown:
            yield item, dirs, files
            for d in reversed(dirs):
                stack.append(path.join(item, d))
        else:
            stack.append((item, dirs, files))
            for d in reversed(dirs):
                stack.append(path.join(item, d))


def close(fd):
    """Closes a file object standing for a descriptor (tempfile.mkstemp's);
    a realm has no OS-level descriptors."""
    if not hasattr(fd, 'close'):
        raise OSError(9, 'Bad file descriptor')
    fd.close()


def fdopen(fd, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """The file for a file object standing for a descriptor (see close),
    reopened by name when another mode is asked for."""
    name = getattr(fd, 'name', None)
    if not isinstance(name, (str, bytes)):
        raise OSError(9, 'Bad file descriptor')
    if getattr(fd, 'mode', None) == mode:
        return fd
    fd.close()
    if mode.startswith('w'):
        mode = 'r+' + mode[1:].replace('+', '')   # the file exists: keep it, do not truncate twice
    return open(name, mode, buffering, encoding, errors, newline)


class terminal_size(tuple):
    """A terminal's (columns, lines)."""
    __module__ = 'os'
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        t = tuple.__new__(cls, sequence)
        if len(t) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(t)}-sequence given)")
        return t

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


def get_terminal_size(fd=1):
    """The sandbox's output is not a terminal."""
    raise OSError(25, 'Inappropriate ioctl for device')


def cpu_count():
    """1: a realm runs one thread of Python at a time."""
    return 1


process_cpu_count = cpu_count


def get_exec_path(env=None):
    return defpath.split(pathsep)


import posixpath as path
_sys.modules['os.path'] = path
