"""posixpath (os.path): POSIX path names as text, plus the few queries that
ask the file system (exists, isdir, getsize, ...) through os.stat, which
sees only what the realm's capabilities grant.

Every function takes str, bytes or an os.PathLike and answers in the same
type; mixing str and bytes is a TypeError, as in CPython.  There are no
symbolic links to resolve from inside the sandbox (realpath is abspath on
the normalised path; islink is False)."""

import os as _os   # os imports this module first; its names are used only at call time

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime",
           "getctime", "islink", "exists", "lexists", "isdir", "isfile", "ismount",
           "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
           "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath", "commonpath",
           "isjunction", "isdevdrive"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _path(p):
    """p as str or bytes (os.fspath), with its separator."""
    if not isinstance(p, (str, bytes)):
        p = _os.fspath(p)
    return p, (b'/' if isinstance(p, bytes) else '/')


def _mixed():
    raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _os.fspath(s)


def isabs(s):
    s, sep = _path(s)
    return s.startswith(sep)


def join(a, *p):
    a, sep = _path(a)
    path = a
    for b in p:
        if not isinstance(b, (str, bytes)):
            try:
                b = _os.fspath(b)
            except TypeError:
                raise TypeError(f"join() argument must be str, bytes, or os.PathLike object, "
                                f"not {type(b).__name__!r}") from None
        if isinstance(b, bytes) != isinstance(a, bytes):
            _mixed()
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path = path + b
        else:
            path = path + sep + b
    return path


def split(p):
    p, sep = _path(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p, sep = _path(p)
    dot = b'.' if isinstance(p, bytes) else '.'
    i = p.rfind(sep)
    j = p.rfind(dot)
    if j > i:
        k = i + 1
        while k < j:
            if p[k:k + 1] != dot:
                return p[:j], p[j:]
            k += 1
    return p, p[:0]


def splitdrive(p):
    p, sep = _path(p)
    return p[:0], p


def splitroot(p):
    p, sep = _path(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p, sep = _path(p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    p, sep = _path(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    path, sep = _path(path)
    dot = b'.' if isinstance(path, bytes) else '.'
    if not path:
        return dot
    lead = 0
    if path.startswith(sep):
        lead = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for c in path.split(sep):
        if not c or c == dot:
            continue
        if c == dot * 2 and (parts and parts[-1] != dot * 2 or lead):
            if parts:
                parts.pop()
            continue
        parts.append(c)
    return sep * lead + sep.join(parts) or dot


def abspath(path):
    path, sep = _path(path)
    if not path.startswith(sep):
        cwd = _os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    path = _os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = '.' if isinstance(path, str) else b'.'
    else:
        start = _os.fspath(start)
    if isinstance(path, bytes) != isinstance(start, bytes):
        _mixed()
    sep = b'/' if isinstance(path, bytes) else '/'
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [b'..' if isinstance(path, bytes) else '..'] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return b'.' if isinstance(path, bytes) else '.'
    return sep.join(rel)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(_os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        if not all(isinstance(p, bytes) for p in paths):
            _mixed()
        sep, curdir = b'/', b'.'
    else:
        if not all(isinstance(p, str) for p in paths):
            _mixed()
        sep, curdir = '/', '.'
    split_paths = [p.split(sep) for p in paths]
    try:
        isabs, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    path, sep = _path(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:   # ~user: no password database in the sandbox
        return path
    home = _os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    path, sep = _path(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        env = {k.encode(): v.encode() for k, v in _os.environ.items()}
        dollar, lbrace, rbrace = b'$', b'{', b'}'
        word = lambda c: c.isalnum() or c == b'_'
    else:
        if '$' not in path:
            return path
        env = _os.environ
        dollar, lbrace, rbrace = '$', '{', '}'
        word = lambda c: (c.isascii() and c.isalnum()) or c == '_'
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i:i + 1]
        if c != dollar:
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == lbrace:
            j = path.find(rbrace, i + 2)
            name = path[i + 2:j] if j >= 0 else None
            if name and name in env:
                out.append(env[name])
                i = j + 1
                continue
            out.append(c)
            i += 1
            continue
        j = i + 1
        while j < n and word(path[j:j + 1]):
            j += 1
        name = path[i + 1:j]
        if name and name in env:
            out.append(env[name])
            i = j
        else:
            out.append(c)
            i += 1
    return path[:0].join(out)


def _stat(p):
    return _os.stat(p)


def exists(path):
    try:
        _stat(path)
    except (OSError, ValueError):
        return False
    return True


lexists = exists


def isfile(path):
    try:
        return _stat(path).st_mode & 0o170000 == 0o100000
    except (OSError, ValueError):
        return False


def isdir(s):
    try:
        return _stat(s).st_mode & 0o170000 == 0o040000
    except (OSError, ValueError):
        return False


def islink(path):
    _os.fspath(path)
    return False


def isjunction(path):
    _os.fspath(path)
    return False


def isdevdrive(path):
    _os.fspath(path)
    return False


def ismount(path):
    path = abspath(path)
    return path in ('/', b'/')


def getsize(filename):
    return _stat(filename).st_size


def getmtime(filename):
    return _stat(filename).st_mtime


getatime = getmtime
getctime = getmtime


def samestat(s1, s2):
    return (s1.st_mode, s1.st_size, s1.st_mtime_ns) == (s2.st_mode, s2.st_size, s2.st_mtime_ns)


def samefile(f1, f2):
    return abspath(f1) == abspath(f2) and exists(f1)


def sameopenfile(fp1, fp2):
    raise OSError("sameopenfile is not available in the sandbox")
