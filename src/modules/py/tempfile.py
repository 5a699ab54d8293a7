"""tempfile: temporary files and directories with unpredictable names, in a
directory the realm may write to.  gettempdir() tries $TMPDIR, $TEMP, $TMP
(as far as the environment is granted), /tmp, /var/tmp, /usr/tmp and the
working directory, and keeps the first where a file can be created; with
no writable mount there is none and creating a temporary file raises
FileNotFoundError, as CPython does when no directory is usable.

There are no OS-level file descriptors in a realm: mkstemp returns an open
binary file object in place of the descriptor's number; os.fdopen and
os.close accept it.
Names are drawn from the realm's randomness."""

import os
import io
import errno as _errno
import shutil as _shutil
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_rng = None
_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _name():
    global _rng
    if _rng is None:
        _rng = _Random()
    return ''.join(_rng.choice(_CHARS) for _ in range(8))


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        d = os.getenv(envname)
        if d:
            dirlist.append(d)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    for d in _candidate_tempdir_list():
        if d != os.curdir:
            d = os.path.abspath(d)
        for _ in range(100):
            filename = os.path.join(d, _name())
            try:
                with open(filename, 'xb') as f:
                    f.write(b'blat')
                os.unlink(filename)
                return d
            except FileExistsError:
                continue
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % _candidate_tempdir_list())


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir)


def _create(dir, prefix, suffix, make):
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _name() + suffix)
        try:
            return name, make(name)
        except FileExistsError:
            continue
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    name, f = _create(dir, prefix, suffix, lambda n: open(n, 'x' if text else 'xb'))
    return f, os.path.abspath(name)


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    name, _ = _create(dir, prefix, suffix, os.mkdir)
    return os.path.abspath(name)


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()

    def unused(name):
        if os.path.exists(name):
            raise FileExistsError
    return _create(dir, prefix, suffix, unused)[0]


class _TemporaryFileWrapper:
    """A file with a .name that is removed when closed (delete=True) or, with
    delete_on_close=False, when the context manager exits."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def _remove(self):
        if not self._removed:
            self._removed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        if self._delete:
            self._remove()
        return result

    def close(self):
        self.file.close()
        if self._delete and self._delete_on_close:
            self._remove()

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper object at 0x{id(self):x}>'


def _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors):
    """(name, file) of a new file with a fresh name, opened with mode."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    if 'b' not in mode:
        encoding = io.text_encoding(encoding)
    xmode = mode.replace('w', 'x', 1) if 'w' in mode else mode
    return _create(dir, prefix, suffix,
                   lambda n: open(n, xmode, buffering, encoding, errors, newline))


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    name, f = _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    return _TemporaryFileWrapper(f, os.path.abspath(name), delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An open file whose name is removed at once (it lives while open)."""
    name, f = _open_new(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    try:
        os.unlink(name)
    except OSError:
        f.close()
        raise
    return f


class SpooledTemporaryFile(io.IOBase):
    """A file kept in memory until it grows past max_size (or fileno() is
    asked for), then moved to a TemporaryFile."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            encoding = io.text_encoding(encoding)
            self._file = io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return False

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A directory removed with its contents by cleanup() or at the end of
    the with statement; the statement binds its name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._done:
            self._done = True
            if os.path.exists(self.name) or not self._ignore_cleanup_errors:
                _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
