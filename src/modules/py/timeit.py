"""timeit: timing small pieces of code.

The statement and setup are compiled into a function with the loop inside
it, as CPython does, so the loop's own cost is small.  The default timer is
time.perf_counter, the realm's monotonic clock (a virtual clock when the
host grants none)."""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

_module_globals = globals

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _indented(text, spaces):
    pad = ' ' * spaces
    return ('\n' + pad).join(text.split('\n'))


def _part(code, name, spaces, names, params):
    """The source line(s) for setup or stmt: the text itself, or a call of
    the callable passed in as a default argument of the timed function."""
    if isinstance(code, str):
        return _indented(code, spaces)
    if callable(code):
        names[name] = code
        params.append(f'{name}={name}')
        return name + '()'
    raise ValueError(f"{name.strip('_')} is neither a string nor callable")


class Timer:
    """Times stmt (a string or a callable) after setup, with timer.  Both
    go into one compiled function whose loop runs stmt number times between
    two timer readings."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")   # each checked on its own first
            if isinstance(stmt, str):
                compile(setup + '\n' + stmt, dummy_src_name, "exec")
        elif isinstance(stmt, str):
            compile(stmt, dummy_src_name, "exec")
        names = {}
        params = []
        setup_src = _part(setup, '_setup', 4, names, params)
        stmt_src = _part(stmt, '_stmt', 8, names, params)
        extra = ''.join(', ' + p for p in params)
        self.src = (f"\ndef inner(_it, _timer{extra}):\n"
                    f"    {setup_src}\n"
                    f"    _t0 = _timer()\n"
                    f"    for _i in _it:\n"
                    f"        {stmt_src}\n"
                    f"        pass\n"
                    f"    _t1 = _timer()\n"
                    f"    return _t1 - _t0\n")
        exec(compile(self.src, dummy_src_name, "exec"),
             _module_globals() if globals is None else globals, names)
        self.inner = names["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds for number runs of stmt, the collector paused meanwhile."""
        was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time): the first number of loops in 1, 2, 5, 10, 20, 50,
        ... that takes at least 0.2 seconds."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
