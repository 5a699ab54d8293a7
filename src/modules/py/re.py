"""Support for regular expressions (RE): CPython 3.13's re module on top of
asp's C engine _sre (src/modules/sre.c), which parses, compiles and runs
patterns.  This file holds the API: flags, Pattern and Match objects,
sub/split/findall, replacement templates, escape, the compile cache and
Scanner.  Behaviour, reprs and messages follow CPython 3.13."""

import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    DEBUG = 128

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        neg = value < 0
        if neg:
            value = ~value
        parts = []
        for name, bit in (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
                          ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128)):
            if value & bit:
                parts.append('re.' + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        res = '|'.join(parts)
        if neg:
            if len(parts) > 1:
                res = '~(%s)' % res
            else:
                res = '~' + res
        return res

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG


class PatternError(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error = PatternError


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")


_MAXPOS = 9223372036854775807


class Pattern:
    """Compiled regular expression object."""

    __module__ = 're'
    __slots__ = ('_prog', 'pattern', 'flags', 'groups', '_groupindex', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        # CPython gives a plain empty dict when there are no named groups
        if not self._groupindex:
            return {}
        return _MappingProxy(self._groupindex)

    def _run(self, string, pos, endpos, mode):
        if endpos is None:
            endpos = len(string)
        return _sre.match(self._prog, string, pos, endpos, mode)

    def _new_match(self, string, pos, endpos, spans):
        if spans is None:
            return None
        return Match._make(self, string, pos, len(string) if endpos is None else endpos, spans)

    def _args(self, string, pos, endpos):
        if isinstance(string, str):
            if not isinstance(self.pattern, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif isinstance(string, (bytes, bytearray)):
            if isinstance(self.pattern, str):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            if not isinstance(string, bytes):
                string = bytes(string)
        else:
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        pos = pos.__index__()
        if endpos is None:
            endpos = n
        else:
            endpos = endpos.__index__()
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return string, pos, endpos

    # _sre checks the subject's type and clamps pos/endpos itself
    def match(self, string, pos=0, endpos=_MAXPOS):
        spans = _sre.match(self._prog, string, pos, endpos, 0)
        return None if spans is None else Match._make(self, string, pos, endpos, spans)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        spans = _sre.match(self._prog, string, pos, endpos, 1)
        return None if spans is None else Match._make(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=_MAXPOS):
        spans = _sre.match(self._prog, string, pos, endpos, 2)
        return None if spans is None else Match._make(self, string, pos, endpos, spans)

    def _iter_spans(self, string, pos, endpos):
        # every non-overlapping match; an empty match may not start where
        # the previous match ended if that was empty too (CPython 3.7+)
        prog = self._prog
        mode = 2
        while pos <= endpos:
            spans = _sre.match(prog, string, pos, endpos, mode)
            if spans is None:
                return
            yield spans
            s, e = spans[0], spans[1]
            mode = 6 if s == e else 2
            pos = e

    def finditer(self, string, pos=0, endpos=None):
        orig = string
        string, pos, endpos = self._args(string, pos, endpos)
        for spans in self._iter_spans(string, pos, endpos):
            yield Match._make(self, orig, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=None):
        string, pos, endpos = self._args(string, pos, endpos)
        return _sre.findall(self._prog, string, pos, endpos)

    def split(self, string, maxsplit=0):
        string, pos, endpos = self._args(string, 0, None)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        ng = self.groups
        for spans in _sre.scan(self._prog, string, 0, endpos, maxsplit):
            out.append(string[last:spans[0]])
            for g in range(1, ng + 1):
                s, e = spans[2 * g], spans[2 * g + 1]
                out.append(string[s:e] if s >= 0 else None)
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        orig = string
        string, pos, endpos = self._args(string, 0, None)
        if count < 0:
            return string, 0
        if not callable(repl):
            if isinstance(self.pattern, str):
                if not isinstance(repl, str):
                    raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            else:
                if isinstance(repl, bytearray):
                    repl = bytes(repl)
                if not isinstance(repl, bytes):
                    raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
            return _sre.sub(self._prog, string, _compile_template(self, repl), count)
        pieces = []
        last = 0
        n = 0
        for spans in _sre.scan(self._prog, string, 0, endpos, count):
            if last < spans[0]:
                pieces.append(string[last:spans[0]])
            m = Match._make(self, orig, 0, endpos, spans)
            r = repl(m)
            if r is not None:
                if isinstance(string, str):
                    if not isinstance(r, str):
                        raise TypeError("sequence item %d: expected str instance, %s found"
                                        % (len(pieces), type(r).__name__))
                elif not isinstance(r, (bytes, bytearray)):
                    raise TypeError("sequence item %d: expected a bytes-like object, %s found"
                                    % (len(pieces), type(r).__name__))
                if r:
                    pieces.append(r)
            last = spans[1]
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def scanner(self, string, pos=0, endpos=None):
        return _PatternScanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags and \
            type(self.pattern) is type(other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


from types import MappingProxyType as _MappingProxy   # Pattern.groupindex (read-only)


class _PatternScanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._orig = string
        self._string, self._pos, self._endpos = pattern._args(string, pos, endpos)
        self._mode_extra = 0

    def _step(self, mode):
        if self._pos > self._endpos:
            return None
        spans = _sre.match(self.pattern._prog, self._string, self._pos, self._endpos, mode | self._mode_extra)
        if spans is None:
            self._pos = self._endpos + 1
            return None
        m = Match._make(self.pattern, self._orig, self._pos, self._endpos, spans)
        self._mode_extra = 4 if spans[0] == spans[1] else 0
        self._pos = spans[1]
        return m

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


class Match:
    """The result of re.match() and re.search()."""

    __module__ = 're'
    __slots__ = ('_spans', 're', 'string', 'pos', 'endpos', 'lastindex', '_s')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @staticmethod
    def _make(pattern, string, pos, endpos, spans):
        m = _new_match(Match)
        m._spans = spans
        m.re = pattern
        m.string = string
        # groups of a bytearray subject are bytes, as CPython's
        m._s = bytes(string) if type(string) is bytearray else string
        if pos != 0 or endpos != _MAXPOS:
            n = len(string)
            pos = pos.__index__()
            endpos = endpos.__index__()
            pos = 0 if pos < 0 else n if pos > n else pos
            endpos = 0 if endpos < 0 else n if endpos > n else endpos
        else:
            endpos = len(string)
        m.pos = pos
        m.endpos = endpos
        li = spans[-1]
        m.lastindex = None if li < 0 else li
        return m

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, idx in self.re._groupindex.items():
            if idx == li:
                return name
        return None

    @property
    def regs(self):
        sp = self._spans
        return tuple((sp[2 * g], sp[2 * g + 1]) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int) or (hasattr(g, '__index__') and not isinstance(g, (str, bytes))):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        if isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        return self._s[s:e]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def expand(self, template):
        t = _compile_template(self.re, template)
        out = []
        for item in t:
            if isinstance(item, int):
                v = self._get(item)
                if v is not None:
                    out.append(v)
            else:
                out.append(item)
        return (template[:0]).join(out)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_new_match = object.__new__


# --------------------------------------------------------------- templates

_template_cache = {}

_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _compile_template(pattern, repl):
    key = (pattern, repl, type(repl))
    t = _template_cache.get(key)
    if t is None:
        t = _parse_template(pattern, repl)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = t
    return t


def _parse_template(pattern, repl):
    is_bytes = not isinstance(repl, str)
    s = repl.decode('latin-1') if is_bytes else repl
    out = []
    lit = []
    groups = pattern.groups
    gi = pattern._groupindex
    i = 0
    n = len(s)

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = s[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err('bad escape (end of pattern)', start)
        c = s[i]
        i += 1
        if c == 'g':
            if i >= n or s[i] != '<':
                raise err('missing <', i)
            i += 1
            j = s.find('>', i)
            if j < 0:
                if i >= n:
                    raise err('missing group name', i)
                raise err('missing >, unterminated name', i)
            name = s[i:j]
            if not name:
                raise err('missing group name', i)
            if name.isdigit() and name.isascii():
                idx = int(name)
                if idx > groups:
                    raise err('invalid group reference %d' % idx, i)
            elif name.isidentifier() and (not is_bytes or name.isascii()):
                if name not in gi:
                    raise IndexError('unknown group name %r' % name)
                idx = gi[name]
            else:
                raise err('bad character in group name %r' % name, i)
            i = j + 1
            if lit:
                out.append(''.join(lit))
                lit = []
            out.append(idx)
        elif c == '0':
            v = 0
            k = 0
            while k < 2 and i < n and s[i] in '01234567':
                v = v * 8 + int(s[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in '123456789':
            # octal with three digits, else a group number of one or two digits
            if (i + 1 < n and s[i] in '01234567' and s[i + 1] in '01234567' and c in '01234567'):
                v = int(s[i - 1:i + 2], 8)
                if v > 0o377:
                    raise err('octal escape value %s outside of range 0-0o377' % s[start:i + 2], start)
                i += 2
                lit.append(chr(v))
                continue
            idx = int(c)
            if i < n and s[i] in '0123456789':
                idx = idx * 10 + int(s[i])
                i += 1
            if idx > groups:
                raise err('invalid group reference %d' % idx, start + 1)
            if lit:
                out.append(''.join(lit))
                lit = []
            out.append(idx)
        elif c in _SIMPLE_ESCAPES:
            lit.append(_SIMPLE_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise err('bad escape %s' % s[start:i], start)
        else:
            lit.append('\\' + c)
    if lit:
        out.append(''.join(lit))
    if is_bytes:
        out = [x.encode('latin-1') if isinstance(x, str) else x for x in out]
    return out


# --------------------------------------------------------------- functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    try:
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        if isinstance(pattern, bytearray):
            pattern = bytes(pattern)
        else:
            raise TypeError("first argument must be string or compiled pattern")
    flags = int(flags)
    _check_flags(pattern, flags)
    res = _sre.compile(pattern, flags)
    if res[0] is None:
        raise error(res[1], None if res[2] is None else pattern, res[2])
    prog, ngroups, groupindex, newflags = res
    if isinstance(pattern, str):
        if not newflags & 256:
            newflags |= 32
    p = object.__new__(Pattern)
    p._prog = prog
    p.pattern = pattern
    p.flags = newflags
    p.groups = ngroups
    p._groupindex = groupindex
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    try:
        _cache[key] = p
    except TypeError:
        pass
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


class _Zero(int):
    # the default of count/maxsplit/flags, told apart from an explicit 0
    def __repr__(self):
        return '0'


_zero = _Zero(0)


def _positional(fname, argname, args, first, flags, maxpos):
    # 3.13 deprecates passing count/maxsplit/flags by position
    if first is not _zero:
        raise TypeError("%s() got multiple values for argument '%s'" % (fname, argname))
    first = args[0]
    if len(args) > 1:
        if flags is not _zero:
            raise TypeError("%s() got multiple values for argument 'flags'" % fname)
        flags = args[1]
        if len(args) > 2:
            raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                            % (fname, maxpos - 2, maxpos, maxpos - 2 + len(args)))
    import warnings
    warnings.warn("'%s' is passed as positional argument" % argname, DeprecationWarning, stacklevel=3)
    return first, flags


def sub(pattern, repl, string, *args, count=_zero, flags=_zero):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    if args:
        count, flags = _positional('sub', 'count', args, count, flags, 5)
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_zero, flags=_zero):
    """Return a 2-tuple containing (new_string, number)."""
    if args:
        count, flags = _positional('subn', 'count', args, count, flags, 5)
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_zero, flags=_zero):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    if args:
        maxsplit, flags = _positional('split', 'maxsplit', args, maxsplit, flags, 4)
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    raise AttributeError("module 're' has no attribute 'template'")


del template

_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        parts = []
        for phrase, action in lexicon:
            parts.append('(%s)' % phrase if isinstance(phrase, str) else b'(' + phrase + b')')
        self._actions = [action for phrase, action in lexicon]
        # each phrase is one group; inner groups shift the numbering, so
        # remember where each phrase's group starts
        self._starts = []
        g = 1
        for phrase, action in lexicon:
            self._starts.append(g)
            g += 1 + compile(phrase, flags).groups
        joined = '|'.join(parts) if parts and isinstance(parts[0], str) else b'|'.join(parts)
        self.scanner = compile(joined, flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            k = 0
            for idx, g in enumerate(self._starts):
                if m.start(g) >= 0:
                    k = idx
                    break
            action = self._actions[k]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


Pattern.__name__ = 'Pattern'
Match.__name__ = 'Match'
Pattern.__qualname__ = 'Pattern'
Match.__qualname__ = 'Match'
