"""pathlib: object-oriented POSIX paths.  PurePath and PurePosixPath are
text only; Path and PosixPath reach the file system through os and open,
so they see only what the realm's capabilities grant.  There is no
PureWindowsPath/WindowsPath (a sandbox has one flavour of path).

A path is kept as its root ('', '/' or '//': POSIX keeps exactly two
leading slashes) and its tail of components, with '' and '.' components
dropped, as CPython does; str() joins them.  Directory listings come sorted
(os.listdir's order), so glob() results are in sorted walk order."""

import os
import posixpath
import fnmatch
import glob
import re

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "Path", "PosixPath"]


class UnsupportedOperation(NotImplementedError):
    """An operation this kind of path does not support."""
    __module__ = 'pathlib'


def _split(text):
    """(root, [components]) of one path string."""
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    else:
        root = ''
    return root, [c for c in text.split('/') if c and c != '.']


def _segment(arg):
    if isinstance(arg, PurePath):
        return str(arg)
    a = arg
    if not isinstance(a, str):
        try:
            a = os.fspath(arg)
        except TypeError:
            pass
    if not isinstance(a, str):
        raise TypeError("argument should be a str or an os.PathLike object where "
                        f"__fspath__ returns a str, not {type(a).__name__!r}")
    return a


class _PathParents:
    """The logical ancestors of a path: p.parents[0] is p.parent."""
    __slots__ = ('_path', '_n')

    def __init__(self, path):
        self._path = path
        self._n = len(path._tail)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from_parts(p._root, p._tail[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A path as text, without any I/O."""
    __slots__ = ('_root', '_tail', '_str', '_hash')
    parser = posixpath

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        segs = [_segment(a) for a in args]
        root, tail = '', []
        for s in segs:
            r, t = _split(s)
            if r:
                root, tail = r, t
            else:
                tail.extend(t)
        self._root = root
        self._tail = tail
        self._str = None
        self._hash = None

    def _from_parts(self, root, tail):
        p = object.__new__(type(self))
        p._root = root
        p._tail = list(tail)
        p._str = None
        p._hash = None
        return p

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    # ---- text ----
    def __str__(self):
        if self._str is None:
            self._str = self._root + '/'.join(self._tail) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    # ---- comparison ----
    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _str_parts(self):
        return [self._root] + self._tail if self._root else self._tail

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self).split('/') < str(other).split('/')

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self).split('/') <= str(other).split('/')

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self).split('/') > str(other).split('/')

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self).split('/') >= str(other).split('/')

    # ---- components ----
    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._str_parts())

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    # ---- derived paths ----
    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or '/' in name or name == '.':
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parts(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        stem = self.stem
        if not stem:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        other = other if isinstance(other, PurePath) else self.with_segments(other)
        n = len(other._tail)
        if self._root == other._root and self._tail[:n] == other._tail:
            return self._from_parts('', self._tail[n:])
        if not walk_up:
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
        if self._root != other._root:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        i = 0
        while i < n and i < len(self._tail) and self._tail[i] == other._tail[i]:
            i += 1
        if '..' in other._tail[i:]:
            raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        return self._from_parts('', ['..'] * (n - i) + self._tail[i:])

    def is_relative_to(self, other):
        other = other if isinstance(other, PurePath) else self.with_segments(other)
        return self._root == other._root and self._tail[:len(other._tail)] == other._tail

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        import warnings
        warnings.warn("pathlib.PurePath.is_reserved() is deprecated and scheduled for removal "
                      "in Python 3.15. Use os.path.isreserved() to detect reserved paths on "
                      "Windows.", DeprecationWarning, stacklevel=2)
        return False

    # ---- matching ----
    def match(self, path_pattern, *, case_sensitive=None):
        pat = path_pattern if isinstance(path_pattern, PurePath) else self.with_segments(path_pattern)
        pparts = pat._str_parts()
        if not pparts:
            raise ValueError("empty pattern")
        parts = self._str_parts()
        if pat._root:
            if len(parts) != len(pparts):
                return False
        elif len(parts) < len(pparts):
            return False
        fold = case_sensitive is False
        for part, p in zip(reversed(parts), reversed(pparts)):
            if fold:
                part, p = part.lower(), p.lower()
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        pat = pattern if isinstance(pattern, PurePath) else self.with_segments(pattern)
        flags = re.IGNORECASE if case_sensitive is False else 0
        rx = re.compile(glob.translate(str(pat), recursive=True, include_hidden=True), flags)
        return rx.match(str(self)) is not None


class PurePosixPath(PurePath):
    """A POSIX path as text."""
    __slots__ = ()


class Path(PurePath):
    """A path that can be used to read and change the file system (within
    what the realm's capabilities grant)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    # ---- where ----
    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        home = os.path.expanduser('~')
        if home == '~':
            raise RuntimeError("Could not determine home directory.")
        return cls(home)

    def absolute(self):
        if self._root:
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        p = self.with_segments(os.path.abspath(str(self)))
        if strict:
            os.stat(str(p))
        return p

    def expanduser(self):
        if self._tail and self._tail[0].startswith('~') and not self._root:
            home = os.path.expanduser(self._tail[0])
            if home == self._tail[0]:
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(home, *self._tail[1:])
        return self

    # ---- queries ----
    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def lstat(self):
        return os.stat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self)

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(self)

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(self)

    def is_symlink(self):
        return False

    def is_junction(self):
        return False

    def is_mount(self):
        return os.path.ismount(self)

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def is_fifo(self):
        return False

    def is_socket(self):
        return False

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    # ---- contents ----
    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with open(self, 'r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        with open(self, 'rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with open(self, 'w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = memoryview(data)
        with open(self, 'wb') as f:
            return f.write(view)

    # ---- directories ----
    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def _child(self, name):
        return self._from_parts(self._root, self._tail + [name])

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        pat = pattern if isinstance(pattern, PurePath) else PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._tail)
        if not parts:
            raise ValueError(f"Unacceptable pattern: {self.with_segments(pattern)!r}")
        dir_only = isinstance(pattern, str) and pattern.endswith('/')
        fold = case_sensitive is False
        # a frontier of (path, index of the next pattern part); depth-first
        # with an explicit stack, in sorted order
        results = []
        seen = set()
        stack = [(self, 0)]
        while stack:
            path, i = stack.pop()
            if i == len(parts):
                if dir_only and not path.is_dir():
                    continue
                key = str(path)
                if key not in seen:
                    seen.add(key)
                    results.append(path)
                continue
            part = parts[i]
            if part == '**':
                # zero or more directories: this one, then each below it
                # (a final '**' matches files too)
                files_too = i + 1 == len(parts) and not dir_only
                found = [path] + _walk_below(path, not files_too)
                stack.extend((p, i + 1) for p in reversed(found))
                continue
            if part == '..':
                stack.append((path._child('..'), i + 1))
                continue
            try:
                names = os.listdir(str(path))
            except OSError:
                continue
            matched = []
            last = i + 1 == len(parts)
            for name in names:
                a, b = (name.lower(), part.lower()) if fold else (name, part)
                if fnmatch.fnmatchcase(a, b):
                    child = path._child(name)
                    if not last and not child.is_dir():
                        continue
                    matched.append((child, i + 1))
            stack.extend(reversed(matched))
        return iter(results)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        pat = pattern if isinstance(pattern, str) else str(pattern)
        return self.glob('**/' + pat, case_sensitive=case_sensitive)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for dirpath, dirnames, filenames in os.walk(self, top_down, on_error):
            yield self.with_segments(dirpath), dirnames, filenames

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with open(self, 'a'):
            pass

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def chmod(self, mode, *, follow_symlinks=True):
        raise UnsupportedOperation("chmod() is not available in the sandbox")

    def owner(self, *, follow_symlinks=True):
        raise UnsupportedOperation("owner() is not available in the sandbox")

    def group(self, *, follow_symlinks=True):
        raise UnsupportedOperation("group() is not available in the sandbox")


def _walk_below(path, dirs_only):
    """The entries below path (only the directories when dirs_only), each
    directory listed before what is inside it; an explicit stack, so the
    depth of the tree does not meet the recursion limit."""
    stack = [path]
    out = []
    while stack:
        p = stack.pop()
        try:
            names = os.listdir(str(p))
        except OSError:
            continue
        subdirs = []
        for name in names:
            c = p._child(name)
            is_dir = c.is_dir()
            if is_dir:
                subdirs.append(c)
            if is_dir or not dirs_only:
                out.append(c)
        stack.extend(reversed(subdirs))
    return out


class PosixPath(Path, PurePosixPath):
    """A POSIX path with file system access."""
    __slots__ = ()
