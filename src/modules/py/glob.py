"""glob: file names matching shell patterns ('*', '?', '[seq]', and '**'
for any depth when recursive=True), found through os.listdir, so only
within what the realm's capabilities grant.  Names starting with '.' match
only a pattern starting with '.', unless include_hidden=True.  Results come
in sorted walk order (os.listdir's)."""

import os
import re
import fnmatch

__all__ = ["escape", "glob", "iglob", "translate"]

_magic = re.compile('([*?[])')
_magic_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Escapes the magic characters: each becomes a one-character set."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _magic_bytes.sub(br'[\1]', pathname)
    else:
        pathname = _magic.sub(r'[\1]', pathname)
    return drive + pathname


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # a leading '**' yields the empty name first: not a result
        first = next(it, None)
        if first:
            yield first
    yield from it


def _join(a, b):
    return os.path.join(a, b) if a and b else a or b


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname   # a pattern ending with a separator names a directory
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        globber = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        globber = _glob0
    for d in dirs:
        for name in globber(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _hidden(name):
    return name[:1] == (b'.' if isinstance(name, bytes) else '.')


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [x for x in names if not _hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _exists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    """Every name below dirname (relative to it), depth first."""
    for x in _listdir(dirname, dironly):
        if include_hidden or not _hidden(x):
            yield x
            path = _join(dirname, x)
            for y in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(x, y)


def _listdir(dirname, dironly):
    d = dirname or (b'.' if isinstance(dirname, bytes) else '.')
    try:
        names = os.listdir(d)
    except (OSError, ValueError):
        return []
    if dironly:
        return [n for n in names if os.path.isdir(os.path.join(d, n))]
    return names


def _exists(p):
    return os.path.exists(p or '.')


def _isdir(p):
    return os.path.isdir(p or '.')


def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    """A regular expression (for re.match) of the pattern, matching whole
    paths; seps are the separator characters ('/' by default)."""
    if not seps:
        seps = '/'
    esc = ''.join(re.escape(c) for c in seps)
    sep_re = f'[{esc}]' if len(seps) > 1 else esc
    not_sep = f'[^{esc}]'
    if include_hidden:
        one_segment = f'{not_sep}+'
        any_segments = f'(?:.+{sep_re})?'
        any_last = '.*'
    else:
        one_segment = f'[^{esc}.]{not_sep}*'
        any_segments = f'(?:{one_segment}{sep_re})*'
        any_last = f'{any_segments}(?:{one_segment})?'
    parts = re.split(sep_re, pat)
    last = len(parts) - 1
    out = []
    for i, part in enumerate(parts):
        if part == '*':
            out.append(one_segment)
        elif recursive and part == '**':
            if i < last:
                if parts[i + 1] != '**':
                    out.append(any_segments)
            else:
                out.append(any_last)
            continue   # any_segments ends with its own separator
        elif part:
            if not include_hidden and part[0] in '*?':
                out.append(r'(?!\.)')
            out.append(_part_regex(part, not_sep))
        if i < last:
            out.append(sep_re)
    return fr'(?s:{"".join(out)})\Z'


def _part_regex(part, not_sep):
    """One component: '*' (runs of them are one) and '?' stay within it;
    sets as fnmatch translates them."""
    out = []
    i, n = 0, len(part)
    while i < n:
        c = part[i]
        i += 1
        if c == '*':
            while i < n and part[i] == '*':
                i += 1
            out.append(f'{not_sep}*')
        elif c == '?':
            out.append(not_sep)
        elif c == '[':
            j = fnmatch._set_end(part, i)
            if j < 0:
                out.append('\\[')
            else:
                out.append(fnmatch._bracket(part, i, j))
                i = j + 1
        else:
            out.append(re.escape(c))
    return ''.join(out)


magic_check = _magic
magic_check_bytes = _magic_bytes
