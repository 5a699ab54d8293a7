"""inspect: looking at live objects -- signatures (Signature, Parameter,
BoundArguments), the is* predicates, members, docstrings and source.

Differences from CPython that a program can see: built-in functions and
types carry no text signatures, so signature() raises ValueError for them;
there are no frame objects (currentframe() is None, stack() and trace()
are empty); source is read from the file a code object names, as far as
the realm may read it."""

import sys
import types
import functools
import itertools
import collections
import enum
import os

__all__ = ['Signature', 'Parameter', 'BoundArguments', 'signature', 'getmembers', 'getdoc',
           'cleandoc', 'getsource', 'getsourcelines', 'getfile', 'getsourcefile', 'getmodule',
           'isclass', 'isfunction', 'ismethod', 'ismodule', 'isbuiltin', 'isroutine',
           'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
           'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isabstract', 'getfullargspec',
           'FullArgSpec', 'unwrap', 'getmro', 'currentframe', 'stack', 'get_annotations']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

_COROUTINE_MARK = object()


# ---- predicates ----

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _underlying(f):
    """The function behind partials and bound methods (in any nesting)."""
    while True:
        if isinstance(f, functools.partial):
            f = f.func
        elif ismethod(f):
            f = f.__func__
        else:
            return f


def _has_code_flag(f, flag):
    f = _underlying(f)
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def markcoroutinefunction(func):
    if hasattr(func, '__func__'):
        func = func.__func__
    func._coroutine_mark = _COROUTINE_MARK
    return func


def iscoroutinefunction(obj):
    return (_has_code_flag(obj, CO_COROUTINE) or
            getattr(_underlying(obj), '_coroutine_mark', None) is _COROUTINE_MARK)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, types.GeneratorType) and
            bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            hasattr(type(object), '__await__'))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return False


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, getattr(types, 'MethodWrapperType', ()))


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object) or ismethodwrapper(object))


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__") and not hasattr(tp, "__delete__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(object):
    return isinstance(object, getattr(types, 'GetSetDescriptorType', ()))


def ismemberdescriptor(object):
    return isinstance(object, getattr(types, 'MemberDescriptorType', ()))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', None))


# ---- members, mro, docs ----

def _sorted_members(names, fetch, predicate):
    """(name, value) pairs for the names fetch() can answer, sorted, each
    name once, filtered by predicate."""
    found = {}
    for name in names:
        if name in found:
            continue
        try:
            value = fetch(name)
        except AttributeError:
            continue
        found[name] = value
    return sorted(((k, v) for k, v in found.items() if predicate is None or predicate(v)),
                  key=lambda kv: kv[0])


def getmembers(object, predicate=None):
    names = list(dir(object))
    if isclass(object):
        # DynamicClassAttribute names (enum's) live in the bases' dicts only
        names += [k for b in object.__bases__ for k, v in vars(b).items()
                  if isinstance(v, types.DynamicClassAttribute)]
    return _sorted_members(names, lambda n: getattr(object, n), predicate)


def getmembers_static(object, predicate=None):
    return _sorted_members(dir(object), lambda n: getattr_static(object, n), predicate)


def getmro(cls):
    return cls.__mro__


_NOTHING = object()


def getattr_static(obj, attr, default=_NOTHING):
    """The attribute as stored: the instance's own dict, then the class
    chain (then the metaclass chain for a class), with no descriptor called
    and no __getattr__."""
    places = []
    if not isinstance(obj, type):
        try:
            places.append(object.__getattribute__(obj, '__dict__'))
        except AttributeError:
            pass
        places += [vars(k) for k in type(obj).__mro__]
    else:
        places += [vars(k) for k in obj.__mro__]
        places += [vars(k) for k in type(obj).__mro__]
    for d in places:
        if attr in d:
            return d[attr]
    if default is _NOTHING:
        raise AttributeError(attr)
    return default


def unwrap(func, *, stop=None):
    """Follows __wrapped__ to the innermost function (ValueError on a cycle)."""
    seen = set()
    current = func
    limit = sys.getrecursionlimit()
    while not isinstance(current, type) and hasattr(current, '__wrapped__'):
        if stop is not None and stop(current):
            break
        seen.add(id(current))
        current = current.__wrapped__
        if id(current) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
    return current


def cleandoc(doc):
    """The docstring without its first line's leading blanks, the common
    indentation of the others, and blank lines at either end."""
    lines = doc.expandtabs().split('\n')
    rest = [len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()]
    cut = min(rest) if rest else 0
    out = [lines[0].lstrip()] + [l[cut:] for l in lines[1:]]
    first = 0
    while first < len(out) and not out[first]:
        first += 1
    last = len(out)
    while last > first and not out[last - 1]:
        last -= 1
    return '\n'.join(out[first:last])


def _finddoc(obj):
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else type(self)
    elif isfunction(obj) or isbuiltin(obj):
        name = obj.__name__
        cls = None
        qual = getattr(obj, '__qualname__', '').rsplit('.', 1)
        if len(qual) == 2:
            owner = sys.modules.get(getattr(obj, '__module__', None) or '', None)
            for part in qual[0].split('.'):
                owner = getattr(owner, part, None)
            cls = owner if isclass(owner) else None
    elif isinstance(obj, property):
        name = getattr(obj.fget, '__name__', None)
        cls = None
    else:
        return None
    if cls is None or name is None:
        return None
    for base in cls.__mro__[1:]:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


_WANTED = 'module, class, method, function, traceback, frame, or code object was expected, got {}'


def getfile(object):
    """The file object came from: a module's __file__, a class's module's,
    or a code object's co_filename."""
    if ismodule(object) or isclass(object):
        module = object if ismodule(object) else sys.modules.get(object.__module__)
        path = getattr(module, '__file__', None)
        if path:
            return path
        if ismodule(object):
            raise TypeError(f'{object!r} is a built-in module')
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    code = getattr(getattr(object, '__func__', object), '__code__', object)
    if iscode(code):
        return code.co_filename
    raise TypeError(_WANTED.format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.startswith('<') and filename.endswith('>'):
        return None
    if os.path.exists(filename):
        return filename
    return None


def _source_lines(object):
    file = getsourcefile(object)
    if not file:
        raise OSError('could not get source code')
    with open(file, encoding='utf-8') as f:
        return f.read().splitlines(True)


def _block_end(lines, start):
    """The index after the block whose first line is lines[start]: its
    header (which may span lines inside brackets) and the lines after it
    indented deeper, or inside brackets or a triple-quoted string."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    state = [0, None]   # bracket depth, open quote
    i = start
    while i < len(lines):
        _scan(lines[i], state)
        i += 1
        if state[0] <= 0 and state[1] is None:
            break
    if lines[i - 1].rstrip().endswith(':'):
        while i < len(lines):
            line = lines[i]
            inside = state[0] > 0 or state[1] is not None
            if not inside and line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            _scan(line, state)
            i += 1
    while i > start + 1 and not lines[i - 1].strip():
        i -= 1
    return i


def _scan(line, state):
    """Updates [bracket depth, open quote] over one line."""
    depth, quote = state
    j = 0
    while j < len(line):
        c = line[j]
        if quote:
            if c == '\\':
                j += 1
            elif line.startswith(quote, j):
                j += len(quote) - 1
                quote = None
        elif c == '#':
            break
        elif c in '\'"':
            quote = line[j:j + 3] if line[j:j + 3] in ('"""', "\'\'\'") else c
            j += len(quote) - 1
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        j += 1
    if quote is not None and len(quote) == 1:
        quote = None   # a one-quote string ends with its line
    state[0], state[1] = depth, quote


def getsourcelines(object):
    object = unwrap(object)
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        name = object.__name__
        pat = re.compile(r'^(\s*)class\s+' + re.escape(name) + r'\b')
        for i, line in enumerate(lines):
            if pat.match(line):
                start = i
                while start > 0 and lines[start - 1].lstrip().startswith('@'):
                    start -= 1
                return lines[start:_block_end(lines, i)], start + 1
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if not iscode(object):
        raise TypeError(_WANTED.format(type(object).__name__))
    start = object.co_firstlineno - 1
    if start >= len(lines):
        raise OSError('could not find code object')
    if object.co_name == '<lambda>':
        return lines[start:start + 1], start + 1
    i = start
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i += 1
    return lines[start:_block_end(lines, i)], start + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    return None


def currentframe():
    """None: asp has no frame objects."""
    return None


def stack(context=1):
    return []


def trace(context=1):
    return []


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations; with eval_str, string
    annotations evaluated in obj's namespaces (or those given)."""
    if isinstance(obj, type):
        found = vars(obj).get('__annotations__')
        names = (getattr(sys.modules.get(obj.__module__), '__dict__', None), dict(vars(obj)))
        inner = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        names = (vars(obj), None)
        inner = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        names = (getattr(obj, '__globals__', None), None)
        inner = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    result = dict(found)
    if not eval_str or not result:
        return result
    while inner is not None:   # the namespace of what a wrapper wraps
        if hasattr(inner, '__wrapped__'):
            inner = inner.__wrapped__
        elif isinstance(inner, functools.partial):
            inner = inner.func
        else:
            break
    g = getattr(inner, '__globals__', names[0]) if globals is None else globals
    l = names[1] if locals is None else locals
    return {k: eval(v, g, l) if isinstance(v, str) else v for k, v in result.items()}


# ---- signatures ----
#
# A Signature is a tuple of Parameters in kind order (positional-only,
# positional-or-keyword, *args, keyword-only, **kwargs) plus a return
# annotation.  Binding walks the parameters once with the positional
# arguments, then once with the keywords; the text form is built from the
# kinds of neighbouring parameters (where '/' and '*' go).


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


_KEEP = object()   # replace(): the argument was not given


_KIND_TEXT = ('positional-only', 'positional or keyword', 'variadic positional',
              'keyword-only', 'variadic keyword')


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    @property
    def description(self):
        return _KIND_TEXT[self]

    def __str__(self):
        return self.name


_POS_ONLY, _POS_OR_KW, _VAR_POS, _KW_ONLY, _VAR_KW = tuple(_ParameterKind)
_POSITIONAL = (_POS_ONLY, _POS_OR_KW)
_STARRED = (_VAR_POS, _VAR_KW)


def formatannotation(annotation, base_module=None):
    """An annotation as signatures show it: a class by its (qualified) name,
    typing's objects without 'typing.', anything else by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'\btyping\.', '', repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        module = annotation.__module__
        qual = annotation.__qualname__
        return qual if module in ('builtins', base_module) else f'{module}.{qual}'
    return repr(annotation)


class Parameter:
    """A parameter of a function's signature: name, kind, default, annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POS_ONLY
    POSITIONAL_OR_KEYWORD = _POS_OR_KW
    VAR_POSITIONAL = _VAR_POS
    KEYWORD_ONLY = _KW_ONLY
    VAR_KEYWORD = _VAR_KW

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in tuple(_ParameterKind):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        kind = _ParameterKind(kind)
        if default is not _empty and kind in _STARRED:
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            # the implicit '.0' argument of a comprehension's code
            if kind is not _POS_OR_KW:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            name, kind = 'implicit' + name[1:], _POS_ONLY
        import keyword
        if not name.isidentifier() or (kind is not _POS_ONLY and keyword.iskeyword(name)):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_KEEP, kind=_KEEP, annotation=_KEEP, default=_KEEP):
        pick = lambda new, old: old if new is _KEEP else new
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        return {_VAR_POS: '*', _VAR_KW: '**'}.get(self._kind, '') + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._key() == other._key()


class BoundArguments:
    """The result of Signature.bind: the arguments mapped to parameters."""
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        """(args, kwargs) of an equivalent call: positional values while the
        positional parameters are all bound, the rest by keyword."""
        args, kwargs = [], {}
        positional = True
        for p in self._signature.parameters.values():
            bound = p.name in self.arguments
            if positional and (p.kind in (_KW_ONLY, _VAR_KW) or not bound):
                positional = False
                if not bound:
                    continue
            if not bound:
                continue
            value = self.arguments[p.name]
            if positional:
                if p.kind is _VAR_POS:
                    args.extend(value)
                else:
                    args.append(value)
            elif p.kind is _VAR_KW:
                kwargs.update(value)
            elif p.kind is not _VAR_POS:
                kwargs[p.name] = value
        return tuple(args), kwargs

    args = property(lambda self: self._split()[0])
    kwargs = property(lambda self: self._split()[1])

    def apply_defaults(self):
        filled = {}
        for p in self._signature.parameters.values():
            if p.name in self.arguments:
                filled[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                filled[p.name] = p.default
            elif p.kind is _VAR_POS:
                filled[p.name] = ()
            elif p.kind is _VAR_KW:
                filled[p.name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<{type(self).__name__} ({inner})>'


def _check_order(parameters):
    """The parameters as a name -> Parameter dict, or the ValueError CPython
    gives for a wrong order, a default-less parameter after a defaulted one,
    or a repeated name."""
    out = {}
    highest = _POS_ONLY
    defaulted = False
    for p in parameters:
        if p.kind < highest:
            raise ValueError(f'wrong parameter order: {highest.description} parameter before '
                             f'{p.kind.description} parameter')
        highest = p.kind
        if p.kind in _POSITIONAL:
            if p.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError('non-default argument follows default argument')
        if p.name in out:
            raise ValueError(f'duplicate parameter name: {p.name!r}')
        out[p.name] = p
    return out


class Signature:
    """A callable's parameters and return annotation."""
    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            table = {}
        elif __validate_parameters__:
            table = _check_order(parameters)
        else:
            table = {p.name: p for p in parameters}
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_KEEP, return_annotation=_KEEP):
        return type(self)(
            self._parameters.values() if parameters is _KEEP else parameters,
            return_annotation=(self._return_annotation if return_annotation is _KEEP
                               else return_annotation))

    def __hash__(self):
        ordered = tuple(p for p in self._parameters.values() if p.kind is not _KW_ONLY)
        keyword = frozenset(p for p in self._parameters.values() if p.kind is _KW_ONLY)
        return hash((ordered, keyword, self._return_annotation))

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self is other or
                (self._return_annotation == other._return_annotation and
                 list(self._parameters.values()) == list(other._parameters.values())))

    def _bind(self, args, kwargs, *, partial=False):
        params = list(self._parameters.values())
        by_kind = {k: [p for p in params if p.kind is k] for k in _ParameterKind}
        bound = {}
        # 1. positional values fill the positional parameters, then *args
        slots = by_kind[_POS_ONLY] + by_kind[_POS_OR_KW]
        for p, value in zip(slots, args):
            if p.kind is _POS_OR_KW and p.name in kwargs:
                raise TypeError(f'multiple values for argument {p.name!r}') from None
            bound[p.name] = value
        extra = args[len(slots):]
        if extra:
            if not by_kind[_VAR_POS]:
                raise TypeError('too many positional arguments') from None
            bound[by_kind[_VAR_POS][0].name] = tuple(extra)
        # 2. keywords fill what is left; missing ones are errors unless partial
        kwargs = dict(kwargs)
        has_var_kw = bool(by_kind[_VAR_KW])
        for p in params:
            if p.name in bound or p.kind in _STARRED:
                continue
            if p.kind is _POS_ONLY:
                if not partial and p.default is _empty:
                    if p.name in kwargs and not has_var_kw:
                        raise TypeError('got some positional-only arguments passed as keyword '
                                        f'arguments: {p.name!r}')
                    raise TypeError(f'missing a required argument: {p.name!r}')
                continue
            if p.name in kwargs:
                bound[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                what = 'keyword-only argument' if p.kind is _KW_ONLY else 'argument'
                raise TypeError(f'missing a required {what}: {p.name!r}') from None
        # 3. keywords nobody took
        if kwargs:
            if has_var_kw:
                bound[by_kind[_VAR_KW][0].name] = kwargs
            else:
                for name in kwargs:
                    p = self._parameters.get(name)
                    if p is not None and p.kind is _POS_ONLY:
                        raise TypeError('got some positional-only arguments passed as keyword '
                                        f'arguments: {name!r}')
                    if p is not None and name in bound:
                        raise TypeError(f'multiple values for argument {name!r}')
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        # in parameter order, as CPython reports them
        ordered = {p.name: bound[p.name] for p in params if p.name in bound}
        return self._bound_arguments_cls(self, ordered)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        params = list(self._parameters.values())
        kinds = [p.kind for p in params]
        parts = []
        for i, p in enumerate(params):
            # '/' after the last positional-only parameter
            if i and kinds[i - 1] is _POS_ONLY and p.kind is not _POS_ONLY:
                parts.append('/')
            # '*' before the first keyword-only one when there is no *args
            if p.kind is _KW_ONLY and _VAR_POS not in kinds and _KW_ONLY not in kinds[:i]:
                parts.append('*')
            parts.append(str(p))
        if kinds and kinds[-1] is _POS_ONLY:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if max_width is not None and len(text) > max_width:
            text = '(\n    ' + ',\n    '.join(parts) + '\n)'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _signature_from_function(cls, func):
    """From the code object's counts and names and the function's defaults
    and annotations."""
    code = func.__code__
    names = code.co_varnames
    n_pos, n_posonly, n_kwonly = code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount
    notes = getattr(func, '__annotations__', None) or {}
    pos_defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    first_default = n_pos - len(pos_defaults)

    def make(name, kind, default=_empty):
        return Parameter(name, kind, default=default, annotation=notes.get(name, _empty))

    out = [make(names[i], _POS_ONLY if i < n_posonly else _POS_OR_KW,
                pos_defaults[i - first_default] if i >= first_default else _empty)
           for i in range(n_pos)]
    rest = n_pos + n_kwonly   # *args and **kwargs follow the keyword-only names
    if code.co_flags & CO_VARARGS:
        out.append(make(names[rest], _VAR_POS))
        rest += 1
    out += [make(name, _KW_ONLY, kw_defaults.get(name, _empty))
            for name in names[n_pos:n_pos + n_kwonly]]
    if code.co_flags & CO_VARKEYWORDS:
        out.append(make(names[rest], _VAR_KW))
    return cls(out, return_annotation=notes.get('return', _empty), __validate_parameters__=False)


def _without_first(sig):
    """The signature of a bound method: the first parameter is taken."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KW_ONLY, _VAR_KW):
        raise ValueError('invalid method signature')
    if params[0].kind is _VAR_POS:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_of_partial(sig, part):
    """What is left once a functools.partial gave its arguments: positional
    ones remove parameters; a keyword becomes the default of a
    keyword-only parameter, and the positional-or-keyword parameters after
    it become keyword-only."""
    params = list(sig.parameters.values())
    n_args = len(part.args)
    positional = [p for p in params if p.kind in _POSITIONAL]
    if n_args > len(positional) and not any(p.kind is _VAR_POS for p in params):
        raise ValueError(f'partial object {part!r} has incorrect arguments')
    taken = {p.name for p in positional[:n_args]}
    keep = []
    keyword_from_here = False
    for p in params:
        if p.name in taken:
            continue
        if p.name in part.keywords and p.kind in (_POS_OR_KW, _KW_ONLY):
            keyword_from_here = True
            p = p.replace(kind=_KW_ONLY, default=part.keywords[p.name])
        elif keyword_from_here and p.kind is _POS_OR_KW:
            p = p.replace(kind=_KW_ONLY)
        keep.append(p)
    keep.sort(key=lambda p: p.kind)   # stable: the order within a kind stays
    return sig.replace(parameters=keep)


def _own_method(cls, name, stop):
    """A Python function cls (or a base before stop/object) defines as name."""
    for klass in cls.__mro__:
        if klass is stop or klass is object:
            return None
        found = vars(klass).get(name)
        if found is not None:
            return found if isfunction(found) or isinstance(found, functools.partial) else None
    return None


def _signature_of_class(cls, follow_wrapped, sigcls):
    meta_call = _own_method(type(cls), '__call__', type)
    if meta_call is not None:
        return _without_first(_signature_from_callable(meta_call, follow_wrapped, sigcls))
    for klass in cls.__mro__:
        if klass is object:
            break
        own = vars(klass)
        new = own.get('__new__')
        if isinstance(new, staticmethod):
            new = new.__func__
        if isfunction(new):
            return _without_first(_signature_from_callable(new, follow_wrapped, sigcls))
        if isfunction(own.get('__init__')):
            return _without_first(_signature_from_callable(own['__init__'], follow_wrapped, sigcls))
    if cls is object or cls.__module__ == 'builtins':
        raise ValueError(f'no signature found for builtin type {cls!r}')
    return sigcls(None)


def _signature_from_callable(obj, follow_wrapped=True, sigcls=Signature):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        return _without_first(_signature_from_callable(obj.__func__, follow_wrapped, sigcls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    given = getattr(obj, '__signature__', None)
    if given is not None:
        if not isinstance(given, Signature):
            raise TypeError(f'unexpected object {given!r} in __signature__ attribute')
        return given
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, functools.partial):
        return _signature_of_partial(_signature_from_callable(obj.func, follow_wrapped, sigcls),
                                     obj)
    if isinstance(obj, type):
        return _signature_of_class(obj, follow_wrapped, sigcls)
    if isbuiltin(obj):
        raise ValueError(f'no signature found for builtin {obj!r}')
    call = _own_method(type(obj), '__call__', None)
    if call is None:
        raise ValueError(f'callable {obj!r} is not supported by signature')
    return _without_first(_signature_from_callable(call, follow_wrapped, sigcls))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    params = list(sig.parameters.values())
    of = lambda *kinds: [p for p in params if p.kind in kinds]
    star = of(_VAR_POS)
    dstar = of(_VAR_KW)
    defaults = tuple(p.default for p in of(*_POSITIONAL) if p.default is not _empty)
    kwdefaults = {p.name: p.default for p in of(_KW_ONLY) if p.default is not _empty}
    notes = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    notes.update((p.name, p.annotation) for p in params if p.annotation is not _empty)
    return FullArgSpec([p.name for p in of(*_POSITIONAL)], star[0].name if star else None,
                       dstar[0].name if dstar else None, defaults or None,
                       [p.name for p in of(_KW_ONLY)], kwdefaults or None, notes)


def getcallargs(func, /, *positional, **named):
    """The arguments a call would bind, in CPython's order: the positional
    ones, *args, **kwargs, the named ones, then the defaults."""
    sig = signature(func)
    sig.bind(*positional, **named)   # the errors a call would raise
    params = list(sig.parameters.values())
    out = {}
    pos = [p for p in params if p.kind in _POSITIONAL]
    for p, value in zip(pos, positional):
        out[p.name] = value
    varargs = [p for p in params if p.kind is _VAR_POS]
    varkw = [p for p in params if p.kind is _VAR_KW]
    if varargs:
        out[varargs[0].name] = tuple(positional[len(pos):])
    if varkw:
        out[varkw[0].name] = {}
    for name, value in named.items():
        if name in sig.parameters and sig.parameters[name].kind not in (_POS_ONLY, _VAR_KW):
            out[name] = value
        elif varkw:
            out[varkw[0].name][name] = value
    for p in params:
        if p.name not in out and p.default is not _empty:
            out[p.name] = p.default
    return out


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
