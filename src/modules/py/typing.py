"""typing: the runtime side of type hints (asp's own implementation).

What a program can observe at run time is kept as CPython 3.13 shows it:
reprs (`typing.List[int]`, `typing.Optional[str]`, `~T`), `__origin__`,
`__args__`, `__parameters__`, substitution of type variables, `Generic`
and PEP 695 classes (`class C[T]` makes `Generic[T]` its last base through
the VM), `get_origin`/`get_args`, `cast`, `overload`, `Protocol` with
`runtime_checkable`.  Static-only forms are accepted and do nothing.
"""

import sys as _sys


def _get_type_params[T, *Ts, **P]():
    pass


TypeVar, TypeVarTuple, ParamSpec = (type(p) for p in _get_type_params.__type_params__)
NoDefault = _get_type_params.__type_params__[0].__default__
del _get_type_params
type _Alias = int
TypeAliasType = type(_Alias)
del _Alias

TYPE_CHECKING = False


def _type_repr(obj):
    """repr of obj as typing shows it inside brackets."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _GenericAlias):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    """What may appear as a type argument: a type, None, a string (a forward
    reference), a type variable or a typing construct; not a plain value."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, (int, float, complex, bytes)) and not isinstance(arg, bool) or arg in (True, False):
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, TypeVarTuple, ParamSpec)):
            if a not in params:
                params.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _fill_defaults(owner, params, args):
    """args for params completed, as CPython's substitution does, with the
    defaults (PEP 696) of the parameters left without an argument: a
    TypeVar's at the end, a TypeVarTuple's (unpacked) in its place when it
    gets no argument.  TypeError when too few are left."""
    k = len(params)
    for i, p in enumerate(params):
        if isinstance(p, TypeVarTuple):
            right = k - i - 1
            if len(args) < i + right:
                raise TypeError(f"Too few arguments for {owner!r}; actual {len(args)}, expected at least {k - 1}")
            if i == len(args) - right and p.has_default():
                d = p.__default__
                if (getattr(d, '__unpacked__', False) and d.__origin__ is tuple
                        and not (d.__args__ and d.__args__[-1] is ...)):
                    d = d.__args__   # *tuple[int, str]: two arguments
                else:
                    d = (d,)
                args = args[:i] + d + args[i:]
            return args
        if i < len(args):
            continue
        if i == len(args) and p.has_default():
            args += (p.__default__,)
        elif isinstance(p, ParamSpec):
            raise TypeError(f"Too few arguments for {owner!r}")
        else:
            raise TypeError(f"Too few arguments for {owner!r}; actual {len(args)}, expected at least {i + 1}")
    return args


def _check_default_order(params):
    """As CPython's Generic[...]: no default-less parameter after one with a
    default, and no default after a TypeVarTuple."""
    default_seen = tvt_seen = False
    for p in params:
        if isinstance(p, TypeVarTuple):
            tvt_seen = True
        elif p.has_default():
            if tvt_seen:
                raise TypeError('Type parameter with a default follows TypeVarTuple')
            default_seen = True
        elif default_seen:
            raise TypeError(f'Type parameter {p!r} without a default follows type parameter with a default')


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, TypeVarTuple, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


class ForwardRef:
    """A type given as a string, evaluated later by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _GenericAlias:
    """origin[args]: List[int], Generic[T], C[int] for a generic class C."""

    def __init__(self, origin, args, *, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{head}[()]'
        return f"{head}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        args = _fill_defaults(self, params, args)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self!r}; "
                            f"actual {len(args)}, expected {len(params)}")
        mapping = dict(zip(params, args))
        new = tuple(_substitute(a, mapping) for a in self.__args__)
        return type(self)(self.__origin__, new, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic:
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    return ()
        return (origin,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class Generic:
    """Base of generic classes: class C(Generic[T]) or class C[T]."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls.__dict__.get('_is_protocol') and cls.__name__ == 'Protocol' \
                and cls.__module__ == 'typing':
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, TypeVarTuple, ParamSpec)):
                    raise TypeError("Parameters to Generic[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError("Parameters to Generic[...] must all be unique")
            _check_default_order(params)
            return _GenericAlias(cls, params)
        expected = cls.__dict__.get('__parameters__', ())
        if not expected:
            raise TypeError(f"{cls!r} is not a generic class")
        has_tvt = any(isinstance(p, TypeVarTuple) for p in expected)
        if len(params) > len(expected) and not has_tvt:
            raise TypeError(f"Too many arguments for {cls!r}; actual {len(params)}, expected {len(expected)}")
        params = _fill_defaults(cls, expected, params)
        return _GenericAlias(cls, tuple(_type_check(p, 'Parameters to generic types must be types.')
                                        for p in params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__', ())
        if Generic in cls.__bases__ and cls.__name__ != 'Protocol' and not any(
                isinstance(b, _GenericAlias) and b.__origin__ is Generic for b in orig):
            if not any(isinstance(b, _GenericAlias) for b in orig):
                raise TypeError("Cannot inherit from plain Generic")
        gvars = None
        tvars = []
        for b in orig:
            if isinstance(b, _GenericAlias):
                if b.__origin__ is Generic or b.__origin__ is _sys.modules['typing'].Protocol:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = b.__parameters__
                else:
                    for p in b.__parameters__:
                        if p not in tvars:
                            tvars.append(p)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                s_vars = ', '.join(str(t) for t in missing)
                s_args = ', '.join(str(g) for g in gvars)
                raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


class _SpecialForm:
    """Any, Union, Optional, ClassVar, ...: named objects, some subscriptable."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self!r} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self!r} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self!r} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __eq__(self, other):
        if isinstance(other, _UnionAlias):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _union_getitem(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        sub = p.__args__ if isinstance(p, _UnionAlias) or type(p).__name__ == 'UnionType' else (p,)
        for a in sub:
            if a not in flat:
                flat.append(a)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), name='Union')


def _optional_getitem(form, param):
    arg = _type_check(param, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


def _single_arg_form(form, param):
    arg = _type_check(param, f"{form._name} accepts only single type.")
    return _GenericAlias(form, (arg,), name=form._name)


def _many_args_form(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(form, params, name=form._name)


class _LiteralAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _literal_getitem(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    seen = []
    for p in params:
        if p not in seen:
            seen.append(p)
    return _LiteralAlias(form, tuple(seen), name='Literal')


def _annotated_getitem(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _GenericAlias(params[0], (params[0],))
    alias.__metadata__ = params[1:]
    return alias


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_arg_form)
Final = _SpecialForm('Final', _single_arg_form)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_arg_form)
TypeIs = _SpecialForm('TypeIs', _single_arg_form)
Required = _SpecialForm('Required', _single_arg_form)
NotRequired = _SpecialForm('NotRequired', _single_arg_form)
ReadOnly = _SpecialForm('ReadOnly', _single_arg_form)
Unpack = _SpecialForm('Unpack', _single_arg_form)
Concatenate = _SpecialForm('Concatenate', _many_args_form)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')


class _AliasForm:
    """List, Dict, ...: typing's names for built-in classes, subscriptable."""

    def __init__(self, origin, name, nparams, inst=True):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for "
                            f"{self!r}; actual {len(params)}, expected {self._nparams}")
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _TupleForm(_AliasForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0], "Tuple[t, ...]: t must be a type."), ...),
                                 name='Tuple', inst=False)
        return _GenericAlias(tuple, tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                                          for p in params), name='Tuple', inst=False)


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return f'typing.Callable[..., {_type_repr(self.__args__[1])}]'
        params = self.__args__[:-1]
        return f"typing.Callable[[{', '.join(_type_repr(a) for a in params)}], {_type_repr(self.__args__[-1])}]"


class _CallableForm(_AliasForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return _CallableAlias(_Callable, (..., result), name='Callable', inst=False)
        if not isinstance(args, (list, tuple)):
            if isinstance(args, ParamSpec):
                return _CallableAlias(_Callable, (args, result), name='Callable', inst=False)
            raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
        args = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.") for a in args)
        return _CallableAlias(_Callable, (*args, result), name='Callable', inst=False)

    def __instancecheck__(self, obj):
        return callable(obj)

    def __subclasscheck__(self, cls):
        return any('__call__' in vars(k) for k in cls.__mro__)


class _Protocolish:
    """Stands for a collections.abc class: isinstance checks look for the
    methods that class requires (what its __subclasshook__ checks)."""

    def __init__(self, name, methods):
        self.__name__ = self.__qualname__ = name
        self.__module__ = 'collections.abc'
        self._methods = methods

    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"

    def _check(self, cls):
        for m in self._methods:
            for k in cls.__mro__:
                if m in vars(k):
                    if vars(k)[m] is None:
                        return False
                    break
            else:
                return False
        return True

    def __instancecheck__(self, obj):
        return self._check(type(obj))

    def __subclasscheck__(self, cls):
        return self._check(cls)


_Callable = _Protocolish('Callable', ('__call__',))

List = _AliasForm(list, 'List', 1, inst=False)
Dict = _AliasForm(dict, 'Dict', 2, inst=False)
Set = _AliasForm(set, 'Set', 1, inst=False)
FrozenSet = _AliasForm(frozenset, 'FrozenSet', 1, inst=False)
Tuple = _TupleForm(tuple, 'Tuple', -1, inst=False)
Type = _AliasForm(type, 'Type', 1, inst=False)
Callable = _CallableForm(_Callable, 'Callable', -1, inst=False)
Iterable = _AliasForm(_Protocolish('Iterable', ('__iter__',)), 'Iterable', 1, inst=False)
Iterator = _AliasForm(_Protocolish('Iterator', ('__iter__', '__next__')), 'Iterator', 1, inst=False)
Reversible = _AliasForm(_Protocolish('Reversible', ('__reversed__', '__iter__')), 'Reversible', 1,
                        inst=False)
Container = _AliasForm(_Protocolish('Container', ('__contains__',)), 'Container', 1, inst=False)
Collection = _AliasForm(_Protocolish('Collection', ('__len__', '__iter__', '__contains__')),
                        'Collection', 1, inst=False)
Hashable = _AliasForm(_Protocolish('Hashable', ('__hash__',)), 'Hashable', 0, inst=False)
Sized = _AliasForm(_Protocolish('Sized', ('__len__',)), 'Sized', 0, inst=False)
Awaitable = _AliasForm(_Protocolish('Awaitable', ('__await__',)), 'Awaitable', 1, inst=False)
AsyncIterable = _AliasForm(_Protocolish('AsyncIterable', ('__aiter__',)), 'AsyncIterable', 1, inst=False)
AsyncIterator = _AliasForm(_Protocolish('AsyncIterator', ('__aiter__', '__anext__')), 'AsyncIterator', 1,
                           inst=False)
Sequence = _AliasForm(_Protocolish('Sequence', ('__getitem__', '__len__', '__iter__')), 'Sequence', 1,
                      inst=False)
MutableSequence = _AliasForm(_Protocolish('MutableSequence', ('__getitem__', '__setitem__', '__delitem__',
                                                              '__len__', 'insert')),
                             'MutableSequence', 1, inst=False)
Mapping = _AliasForm(_Protocolish('Mapping', ('__getitem__', '__len__', '__iter__', 'keys', 'items')),
                     'Mapping', 2, inst=False)
MutableMapping = _AliasForm(_Protocolish('MutableMapping', ('__getitem__', '__setitem__', '__delitem__',
                                                            '__len__', '__iter__', 'keys')),
                            'MutableMapping', 2, inst=False)
AbstractSet = _AliasForm(_Protocolish('Set', ('__contains__', '__len__', '__iter__', 'isdisjoint')),
                         'AbstractSet', 1, inst=False)
MutableSet = _AliasForm(_Protocolish('MutableSet', ('__contains__', '__len__', '__iter__', 'add', 'discard')),
                        'MutableSet', 1, inst=False)
Generator = _AliasForm(_Protocolish('Generator', ('__iter__', '__next__', 'send', 'throw', 'close')),
                       'Generator', 3, inst=False)
Coroutine = _AliasForm(_Protocolish('Coroutine', ('__await__', 'send', 'throw', 'close')), 'Coroutine', 3,
                       inst=False)
AsyncGenerator = _AliasForm(_Protocolish('AsyncGenerator', ('__aiter__', '__anext__', 'asend', 'athrow')),
                            'AsyncGenerator', 2, inst=False)
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def runtime_checkable(cls):
    if not (isinstance(cls, type) and getattr(cls, '_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is _Callable:
            return _Callable
        if hasattr(tp, '__metadata__'):
            return Annotated
        return tp.__origin__
    if isinstance(tp, _AliasForm):
        return tp.__origin__
    if type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return getattr(tp, '__origin__', None) if type(tp).__name__ == 'GenericAlias' else type(tp)
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if hasattr(tp, '__metadata__'):
            return (tp.__origin__,) + tp.__metadata__
        args = tp.__args__
        if isinstance(tp, _CallableAlias) and not (len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    if type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj with string annotations evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            base_globals = getattr(_sys.modules.get(base.__module__, None), '__dict__', {})
            g = base_globals if globalns is None else globalns
            for name, value in ann.items():
                if isinstance(value, str):
                    value = eval(value, g, dict(vars(base)) if localns is None else localns)
                hints[name] = type(None) if value is None else value
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    g = getattr(obj, '__globals__', {}) if globalns is None else globalns
    for name, value in ann.items():
        if isinstance(value, str):
            value = eval(value, g, localns)
        hints[name] = type(None) if value is None else value
    return hints


class NewType:
    """NewType('UserId', int): a callable returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in (
                    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
                    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                    '__class_getitem__', '__parameters__', '__orig_bases__', '_is_protocol',
                    '_is_runtime_protocol', '__protocol_attrs__', '__non_callable_proto_members__',
                    '__type_params__', '__qualname__', '__firstlineno__', '__static_attributes__',
                    '__init_subclass__'):
                members.add(name)
    return members


def _protocol_instancecheck(cls, obj):
    if not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")
    return all(hasattr(obj, m) for m in _protocol_members(cls))


class _ProtocolMeta(type):
    def __instancecheck__(cls, obj):
        if cls.__dict__.get('_is_protocol', False) and cls is not Protocol:
            if type.__instancecheck__(cls, obj):
                return True
            return _protocol_instancecheck(cls, obj)
        return type.__instancecheck__(cls, obj)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes (structural types)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def _caller_module(depth=2):
    try:
        import _traceback
        return _traceback.caller(depth)[3] or '__main__'
    except (ImportError, ValueError):
        return '__main__'


# ---- NamedTuple ----

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key, value in ns.items():
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL and key not in nm_tpl._fields and key != '__doc__':
                setattr(nm_tpl, key, value)
        if ns.get('__doc__'):
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple, as a function or a base class."""
    if fields is None:
        if kwargs:
            import warnings
            warnings.warn("Creating NamedTuple classes using keyword arguments is deprecated and "
                          "will be disallowed in Python 3.15. Use the class-based or functional "
                          "syntax instead.", DeprecationWarning, stacklevel=2)
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---- TypedDict ----

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for key, value in own.items():
            annotations[key] = _type_check(value, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type")
            origin = getattr(value, '__origin__', None)
            if origin is Required:
                required.add(key)
                optional.discard(key)
            elif origin is NotRequired or not total:
                optional.add(key)
                required.discard(key)
            else:
                required.add(key)
                optional.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__readonly_keys__ = frozenset()
        tp_dict.__mutable_keys__ = frozenset(annotations)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True):
    """A dict type with declared keys: as a base class or a function."""
    ns = {'__annotations__': dict(fields or {}), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
