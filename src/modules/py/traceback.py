"""traceback: formatting and printing exceptions (asp's own implementation
in Python over _traceback, which renders an exception exactly as asp, like
CPython 3.13, prints an uncaught one: frames with source lines and carets,
chained causes and contexts, exception groups, notes).

asp gives guests no traceback or frame objects to walk (exc.__traceback__
is None), so the functions that take or return frame lists (extract_tb,
walk_tb, format_stack, StackSummary) are not offered.
"""

import sys as _sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception', 'print_last', 'TracebackException']

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
