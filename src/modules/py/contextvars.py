"""contextvars: context variables (PEP 567).

A Context maps ContextVars to values; the current one changes only through
Context.run().  Contexts are immutable mappings underneath: ContextVar.set()
replaces the current context's dict by a changed copy, so a copy taken
earlier (copy_context()) never sees later changes.  asyncio runs each task
in its own copy; each thread starts in an empty context, as in CPython 3.13."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Context:
    """A mapping of context variables to their values."""
    __slots__ = ('_data', '_prev', '_entered')
    __module__ = '_contextvars'

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        c = Context()
        c._data = self._data
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    """A variable whose value depends on the current Context."""
    __slots__ = ('_name', '_default')
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get() takes at most 1 argument ({len(args)} given)")
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        data = dict(ctx._data)
        old = data.get(self, _MISSING)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        data = dict(ctx._data)
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        ctx._data = data
        token._used = True

    def __repr__(self):
        r = f"<ContextVar name={self._name!r}"
        if self._default is not _MISSING:
            r += f" default={self._default!r}"
        return r + f" at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Token:
    """What ContextVar.set() returns, for ContextVar.reset()."""
    __slots__ = ('_ctx', '_var', '_old_value', '_used')
    __module__ = '_contextvars'

    MISSING = _MISSING

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
