"""Unix shell-style filename pattern matching (asp's own implementation
of CPython's `fnmatch`, written from its documented and observable
behaviour).  Case is significant (POSIX normcase is the identity).

translate() gives the same regular expression text as CPython 3.13: runs
of '*' collapse, and the fixed text between two stars is wrapped in an
atomic group (?>.*?TEXT) so that matching cannot backtrack
exponentially."""

import re as _re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _fspath(name):
    if isinstance(name, (str, bytes)):
        return name
    f = getattr(type(name), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(name).__name__)
    return f(name)


def _compile(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
        else:
            res = translate(pat)
        if len(_cache) >= 32768:
            _cache.clear()
        m = _cache[key] = _re.compile(res).match
    return m


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after normcase)."""
    return fnmatchcase(_fspath(name), _fspath(pat))


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, case-sensitively."""
    return _compile(pat)(name) is not None


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that
    match PAT."""
    match = _compile(_fspath(pat))
    return [name for name in names if match(_fspath(name))]


_STAR = object()


def _set_end(pat, i):
    """The index of the ']' closing the set opened by '[' at pat[i-1], or -1
    when there is none (the '[' is then a literal)."""
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    return j if j < n else -1


def _bracket(pat, i, j):
    """Regex text for the set pat[i-1:j+1] ('[' at i-1, ']' at j)."""
    if '-' not in pat[i:j]:
        stuff = pat[i:j].replace('\\', r'\\')
    else:
        # split into range pieces at the hyphens that act as range
        # operators (never the first character, nor right after a range)
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # drop empty ranges such as z-a by merging around them
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                         for s in chunks)
    # escape characters the regex engine treats as set operations
    stuff = ''.join('\\' + c if c in '&~|' else c for c in stuff)
    if not stuff:
        return '(?!)'           # an empty range: matches nothing
    if stuff == '!':
        return '.'              # a negated empty range: matches anything
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return '[' + stuff + ']'


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    parts = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = _set_end(pat, i)
            if j < 0:
                parts.append('\\[')
            else:
                parts.append(_bracket(pat, i, j))
                i = j + 1
        else:
            parts.append(_re.escape(c))
    out = []
    k = 0
    m = len(parts)
    while k < m and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < m:
        k += 1                  # the star
        if k == m:
            out.append('.*')
            break
        fixed = []
        while k < m and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == m:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
