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

_is_coroutine_mark = object()


# ---- predicates ----

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while isinstance(f, functools.partial):
        f = f.func
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def markcoroutinefunction(func):
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    f = obj
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    return getattr(f, '_is_coroutine_marker', None) is _is_coroutine_mark


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

def getmembers(object, predicate=None):
    names = dir(object)
    if isclass(object):
        mro = getmro(object)
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    results = []
    processed = set()
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers_static(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr_static(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def getattr_static(obj, attr, default=_is_coroutine_mark):
    """The attribute as stored (no descriptors called, no __getattr__)."""
    klass = obj if isinstance(obj, type) else type(obj)
    if not isinstance(obj, type):
        try:
            d = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            d = {}
        if attr in d:
            return d[attr]
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if isinstance(obj, type):
        for entry in type(obj).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _is_coroutine_mark:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


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


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame if hasattr(object, 'tb_frame') else object
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


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
        raise TypeError('module, class, method, function, traceback, frame, or '
                        'code object was expected, got {}'.format(type(object).__name__))
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
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        obj_globals = getattr(sys.modules.get(obj.__module__, None), '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, '__wrapped__'):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, functools.partial):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, "__globals__"):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# ---- signatures ----

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        def repl(match):
            text = match.group()
            return text.removeprefix('typing.')
        import re
        return re.sub(r'[\w\.]+', repl, repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """A parameter of a function's signature: name, kind, default, annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as positional or keyword '
                       'arguments, not {}')
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        import keyword
        is_keyword = keyword.iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if is_keyword or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: the arguments mapped to parameters."""
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                else:
                    if param_name not in self.arguments:
                        kwargs_started = True
                        continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """A callable's parameters and return annotation."""
    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = ('wrong parameter order: {} parameter before {} parameter')
                    msg = msg.format(top_kind.description, kind.description)
                    raise ValueError(msg)
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            msg = 'non-default argument follows default argument'
                            raise ValueError(msg)
                    else:
                        seen_default = True
                if name in params:
                    msg = 'duplicate parameter name: {!r}'.format(name)
                    raise ValueError(msg)
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return hash((params, frozenset(kwo_params.values()), self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation and
                list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        kwargs = dict(kwargs)
        i = 0
        n = len(params)
        args = list(args)
        # positional arguments, in order
        a = 0
        while a < len(args):
            if i >= n or params[i].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments') from None
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[a:])
                a = len(args)
                i += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name)) from None
            arguments[param.name] = args[a]
            a += 1
            i += 1
        # the remaining parameters, from keywords or defaults
        kwargs_param = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if param.kind == _POSITIONAL_ONLY:
                if partial:
                    continue
                if param.default is _empty:
                    if name in kwargs and not any(p.kind == _VAR_KEYWORD for p in params):
                        raise TypeError('got some positional-only arguments passed as keyword '
                                        f'arguments: {name!r}')
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=name))
                continue
            try:
                arguments[name] = kwargs.pop(name)
            except KeyError:
                if not partial and param.default is _empty:
                    if param.kind == _KEYWORD_ONLY:
                        raise TypeError('missing a required keyword-only argument: '
                                        '{arg!r}'.format(arg=name)) from None
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=name)) from None
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                for name in kwargs:
                    p = self.parameters.get(name)
                    if p is not None and p.kind == _POSITIONAL_ONLY:
                        raise TypeError('got some positional-only arguments passed as keyword '
                                        f'arguments: {name!r}')
                    if p is not None and name in arguments:
                        raise TypeError('multiple values for argument {arg!r}'.format(arg=name))
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if max_width is not None and len(rendered) > max_width:
            rendered = '(\n    {}\n)'.format(',\n    '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    idx = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[idx]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
        idx += 1
    for name in keyword_only:
        default = kwdefaults.get(name, _empty) if kwdefaults else _empty
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[idx]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_partial(sig, partial):
    params = list(sig.parameters.values())
    args = partial.args
    keywords = partial.keywords
    new = []
    consumed = 0
    transform_to_kwonly = False
    for param in params:
        kind = param.kind
        if consumed < len(args) and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            consumed += 1
            continue
        if kind == _VAR_POSITIONAL:
            new.append(param)
            continue
        if param.name in keywords and kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            transform_to_kwonly = True
            new.append(param.replace(default=keywords[param.name], kind=_KEYWORD_ONLY))
            continue
        if transform_to_kwonly and kind == _POSITIONAL_OR_KEYWORD:
            new.append(param.replace(kind=_KEYWORD_ONLY))
            continue
        new.append(param)
    if consumed < len(args) and not any(p.kind == _VAR_POSITIONAL for p in params):
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial))
    new = [p for p in new if p.kind != _KEYWORD_ONLY] + [p for p in new if p.kind == _KEYWORD_ONLY]
    kinds = sorted(new, key=lambda p: p.kind)
    return sig.replace(parameters=kinds)


def _signature_from_callable(obj, follow_wrapped=True, sigcls=Signature):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped, sigcls))
    if follow_wrapped:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, functools.partial):
        wrapped = _signature_from_callable(obj.func, follow_wrapped, sigcls)
        return _signature_from_partial(wrapped, obj)
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__', type)
        if call is not None:
            return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
        for base in obj.__mro__:
            if base is object:
                break
            if '__new__' in base.__dict__ and base.__dict__['__new__'] is not object.__new__:
                new = base.__dict__['__new__']
                if isinstance(new, staticmethod):
                    new = new.__func__
                if isfunction(new):
                    return _drop_first(_signature_from_callable(new, follow_wrapped, sigcls))
            if '__init__' in base.__dict__ and isfunction(base.__dict__['__init__']):
                return _drop_first(_signature_from_callable(base.__dict__['__init__'],
                                                            follow_wrapped, sigcls))
        if all(b.__module__ == 'builtins' for b in obj.__mro__[:-1]) and obj is not object \
                and obj.__module__ == 'builtins':
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        if obj is object:
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        return sigcls(None)
    if isbuiltin(obj) or not hasattr(type(obj), '__call__'):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = _user_method(type(obj), '__call__', None)
    if call is not None:
        return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _user_method(cls, name, stop):
    for base in cls.__mro__:
        if base is stop or base is object:
            return None
        if name in base.__dict__:
            m = base.__dict__[name]
            return m if isfunction(m) or isinstance(m, functools.partial) else None
    return None


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


FullArgSpec = collections.namedtuple('FullArgSpec',
                                     'args, varargs, varkw, defaults, kwonlyargs, '
                                     'kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults, kwonlyargs, kwdefaults,
                       annotations)


def getcallargs(func, /, *positional, **named):
    """The arguments a call would bind, in CPython's order: the positional
    ones, *args, **kwargs, the named ones, then the defaults."""
    sig = signature(func)
    sig.bind(*positional, **named)   # the errors a call would raise
    params = list(sig.parameters.values())
    out = {}
    pos = [p for p in params if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)]
    for p, value in zip(pos, positional):
        out[p.name] = value
    varargs = [p for p in params if p.kind == _VAR_POSITIONAL]
    varkw = [p for p in params if p.kind == _VAR_KEYWORD]
    if varargs:
        out[varargs[0].name] = tuple(positional[len(pos):])
    if varkw:
        out[varkw[0].name] = {}
    for name, value in named.items():
        if name in sig.parameters and sig.parameters[name].kind not in (_POSITIONAL_ONLY,
                                                                        _VAR_KEYWORD):
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
