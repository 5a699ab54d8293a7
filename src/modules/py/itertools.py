"""itertools: iterator building blocks (asp's own implementation in Python).

Each tool is a class named as CPython names it (`type(chain()).__name__ ==
'chain'`, module `itertools`), iterating through an internal generator;
argument checking and messages follow CPython 3.13.
"""

import sys as _sys


def _index(x, what):
    try:
        return x.__index__()
    except AttributeError:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer") from None


class _Tool:
    """Common base: iterator protocol over self._gen."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def _tool(cls):
    cls.__module__ = 'itertools'
    return cls


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


@_tool
class count(_Tool):
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


@_tool
class cycle(_Tool):
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for x in it:
            yield x
            saved.append(x)
        if not saved:
            return
        while True:
            yield from saved


@_tool
class repeat(_Tool):
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._times = None
        else:
            times = _index(times, 'times')
            self._times = times if times > 0 else 0

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


@_tool
class accumulate(_Tool):
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for x in it:
                total = total + x
                yield total
        else:
            for x in it:
                total = func(total, x)
                yield total


@_tool
class batched(_Tool):
    __slots__ = ()

    def __init__(self, iterable, n, *, strict=False):
        n = _index(n, 'n')
        if n < 1:
            raise ValueError('n must be at least one')
        self._gen = self._run(iter(iterable), n, strict)

    @staticmethod
    def _run(it, n, strict):
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == n:
                    break
            if not batch:
                return
            if strict and len(batch) != n:
                raise ValueError('batched(): incomplete batch')
            yield tuple(batch)


@_tool
class chain(_Tool):
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._gen = self._run(iterables)

    @staticmethod
    def _run(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._gen = cls._run_lazy(iter(iterable))
        return self

    @staticmethod
    def _run_lazy(its):
        for it in its:
            yield from it


@_tool
class compress(_Tool):
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(data, selectors) if s)


@_tool
class dropwhile(_Tool):
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(pred, it):
        for x in it:
            if not pred(x):
                yield x
                break
        yield from it


@_tool
class takewhile(_Tool):
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(pred, it):
        for x in it:
            if not pred(x):
                return
            yield x


@_tool
class filterfalse(_Tool):
    __slots__ = ()

    def __init__(self, function, iterable, /):
        if function is None:
            self._gen = (x for x in iterable if not x)
        else:
            self._gen = (x for x in iterable if not function(x))


class _Grouper:
    __slots__ = ('_parent', '_key')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._current_group is not self:
            raise StopIteration
        if p._pending:
            p._pending = False
            return p._value
        p._advance()
        if p._done or p._tgtkey != self._key:
            raise StopIteration
        p._pending = False
        return p._value


_Grouper.__name__ = _Grouper.__qualname__ = '_grouper'
_Grouper.__module__ = 'itertools'


@_tool
class groupby(_Tool):
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_value', '_done', '_pending', '_current_group', '_started')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._done = False
        self._pending = False
        self._started = False
        self._current_group = None
        self._tgtkey = self._value = None

    def _advance(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._done = True
            raise StopIteration from None
        self._value = v
        self._tgtkey = v if self._keyfunc is None else self._keyfunc(v)
        self._pending = True

    def __next__(self):
        if self._done:
            raise StopIteration
        if not self._started:
            self._started = True
            self._advance()
        elif self._current_group is not None:
            # skip what is left of the current group
            key = self._current_group._key
            while True:
                if not self._pending:
                    self._advance()
                if self._tgtkey != key:
                    break
                self._pending = False
        elif not self._pending:
            self._advance()
        grp = _Grouper(self, self._tgtkey)
        self._current_group = grp
        return (self._tgtkey, grp)


def _islice_arg(x, name):
    if x is None:
        return None
    try:
        v = x.__index__()
    except AttributeError:
        v = -1
    if v < 0 or v > _sys.maxsize:
        if name == 'start':
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        raise ValueError(f"{name} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return v


@_tool
class islice(_Tool):
    __slots__ = ()

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError(f"islice expected at least 2 arguments, got {len(args) + 1}")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        stop = _islice_arg(stop, 'Stop')
        start = _islice_arg(start, 'start') or 0
        if step is not None:
            try:
                step = step.__index__()
            except AttributeError:
                step = -1
            if step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
        else:
            step = 1
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        nxt = start
        i = 0
        if stop is not None and stop <= start:
            for _ in zip(range(stop), it):
                pass
            return
        for x in it:
            if i == nxt:
                yield x
                nxt += step
            i += 1
            if stop is not None and i >= stop:
                return


@_tool
class pairwise(_Tool):
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield (a, b)
            a = b


@_tool
class starmap(_Tool):
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = (function(*args) for args in iterable)


class _TeeData:
    __slots__ = ('it', 'buf', 'base', 'consumers')


@_tool
class _tee(_Tool):
    __slots__ = ('_data', '_pos')

    def __next__(self):
        d = self._data
        i = self._pos - d.base
        if i < len(d.buf):
            v = d.buf[i]
        else:
            v = next(d.it)
            d.buf.append(v)
        self._pos += 1
        return v

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._data = self._data
        t._pos = self._pos
        return t


def tee(iterable, n=2, /):
    n = _index(n, 'n')
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    data = _TeeData()
    data.it = iter(iterable)
    data.buf = []
    data.base = 0
    out = []
    for _ in range(n):
        t = _tee.__new__(_tee)
        t._data = data
        t._pos = 0
        out.append(t)
    return tuple(out)


@_tool
class zip_longest(_Tool):
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(its, fill):
        if not its:
            return
        active = len(its)
        done = [False] * len(its)
        while True:
            row = []
            for i, it in enumerate(its):
                if done[i]:
                    row.append(fill)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    done[i] = True
                    active -= 1
                    if not active:
                        return
                    row.append(fill)
            yield tuple(row)


@_tool
class product(_Tool):
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat, 'repeat')
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for p in pools:
            if not p:
                return
        n = len(pools)
        idx = [0] * n
        yield tuple(p[0] for p in pools)
        while n:
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[k][idx[k]] for k in range(n))


@_tool
class permutations(_Tool):
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _index(r, 'r')
            if r < 0:
                raise ValueError("r must be non-negative")
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


@_tool
class combinations(_Tool):
    __slots__ = ()

    def __init__(self, iterable, r):
        r = _index(r, 'r')
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(tuple(iterable), r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


@_tool
class combinations_with_replacement(_Tool):
    __slots__ = ()

    def __init__(self, iterable, r):
        r = _index(r, 'r')
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(tuple(iterable), r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


del _tool
