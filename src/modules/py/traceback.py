"""traceback: formatting and printing exceptions (asp's own implementation
in Python over _traceback, which renders an exception exactly as asp, like
CPython 3.13, prints an uncaught one: frames with source lines and carets,
chained causes and contexts, exception groups, notes).

Traceback objects (tb_next, tb_lineno) can be walked; there are no frame
objects (tb_frame is None), so walk_tb yields (None, lineno) and the
functions taking a frame (walk_stack, StackSummary.extract) are not offered.
extract_tb and extract_stack build their FrameSummary entries from
_traceback, which also renders the source lines and carets a traceback
shows for each.
"""

import sys as _sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'print_list',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_tb']

_sentinel = object()


def _exception_of(exc, value):
    if value is not _sentinel:
        # the old (type, value, tb) signature
        exc = value
    return exc


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if not isinstance(exc, BaseException):
        return [f'{type(exc).__name__}: {exc}\n']
    return _lines(_traceback.format(exc, chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _lines(_traceback.format_only(exc))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = _sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(_sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_sys.exception(), limit=limit, file=file, chain=chain)


_RECURSIVE_CUTOFF = 3


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line (and
    end_lineno, colno, end_colno when known)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self._text = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            return None
        return self._line.strip()


def _summary(entry):
    filename, lineno, end_lineno, colno, end_colno, name, line, text = entry
    fs = FrameSummary(filename, lineno, name, line=line, end_lineno=end_lineno, colno=colno,
                      end_colno=end_colno)
    fs._text = text
    return fs


class StackSummary(list):
    """A list of FrameSummary objects, ready to be formatted."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        text = getattr(frame_summary, '_text', None)
        if text is not None:
            row.append(text)
        elif frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            if (last_file is None or last_file != fs.filename or last_line is None or
                    last_line != fs.lineno or last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
        return result


def _limit(limit):
    if limit is None:
        limit = getattr(_sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def walk_tb(tb):
    """(frame, lineno) for each entry of tb; asp has no frame objects, so
    frame is None."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    """The entries of traceback tb (outermost first) as a StackSummary;
    limit: at most that many from the start (from the end when negative)."""
    entries = []
    while tb is not None:
        entries.append(_summary(_traceback.tb_summary(tb)))
        tb = tb.tb_next
    limit = _limit(limit)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return StackSummary(entries)


def _extract_stack(f, limit, skip):
    """The frames calling the caller of the function `skip` levels up."""
    if f is not None:
        raise TypeError("asp has no frame objects: only f=None is supported")
    entries = []
    depth = skip + 1
    while True:
        entry = _traceback.frame_summary(depth)
        if entry is None:
            break
        entries.append(_summary(entry))
        depth += 1
    limit = _limit(limit)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    entries.reverse()
    return StackSummary(entries)


def extract_stack(f=None, limit=None):
    """The calling frames (outermost first, the caller of extract_stack
    last) as a StackSummary; f must be None (there are no frame objects)."""
    return _extract_stack(f, limit, 1)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = _sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    return _extract_stack(f, limit, 1).format()


def print_stack(f=None, limit=None, file=None):
    print_list(_extract_stack(f, limit, 1), file=file)


def print_last(limit=None, file=None, chain=True):
    exc = getattr(_sys, 'last_exc', None)
    if exc is None:
        raise ValueError("no last exception")
    print_exception(exc, limit=limit, file=file, chain=chain)


class TracebackException:
    """An exception ready to be formatted (format(), format_exception_only(),
    print()); the frames stay inside the interpreter."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.__cause__ = exc_value.__cause__ if exc_value is not None else None
        self.__context__ = exc_value.__context__ if exc_value is not None else None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_traceback is None and exc_value is not None:
            exc_traceback = exc_value.__traceback__
        self.stack = extract_tb(exc_traceback, limit=limit)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    @property
    def exc_type_str(self):
        t = self.exc_type
        mod = t.__module__
        return t.__qualname__ if mod in ('__main__', 'builtins') else f'{mod}.{t.__qualname__}'

    def format(self, *, chain=True):
        yield from format_exception(self._exc, chain=chain)

    def format_exception_only(self, *, show_group=False):
        yield from format_exception_only(self._exc)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = _sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._exc is other._exc
        return NotImplemented

    def __str__(self):
        return str(self._exc)
