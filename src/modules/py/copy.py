"""copy: shallow and deep copies (asp's own implementation in Python).

copy(x) and deepcopy(x[, memo]) follow CPython's protocol: __copy__ and
__deepcopy__ first, then the built-in containers, then a class's own
__reduce_ex__/__reduce__, and otherwise object's default: a new instance
from __new__ with the state of __getstate__ (or the instance dict and
__slots__) given to __setstate__ (or stored back), list and dict items of
container subclasses copied item by item.  replace() calls __replace__.
"""

import sys as _sys


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(...),
           type(NotImplemented), type(len), frozenset.__class__, property)


def _is_atomic(x):
    cls = type(x)
    if cls in (type(None), int, float, bool, complex, str, bytes, range, type(...),
               type(NotImplemented), property):
        return True
    if isinstance(x, type):
        return True
    name = cls.__name__
    return name in ('function', 'builtin_function_or_method', 'code', 'weakref', 'method_descriptor',
                    'wrapper_descriptor', 'getset_descriptor', 'member_descriptor')


def copy(x):
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if rv is None:
        return _default_copy(x, False, None)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x)
            if rv is None:
                y = _default_copy(x, True, memo)
            elif isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    """A class's own __reduce_ex__/__reduce__ result, or None for object's
    default behaviour."""
    cls = type(x)
    for name in ('__reduce_ex__', '__reduce__'):
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass is object:
                    break
                meth = getattr(x, name)
                rv = meth(4) if name == '__reduce_ex__' else meth()
                return rv
    return None


def _get_state(x):
    cls = type(x)
    for klass in cls.__mro__:
        if '__getstate__' in klass.__dict__ and klass is not object:
            return x.__getstate__()
    state = getattr(x, '__dict__', None)
    state = dict(state) if state else None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state, deep, memo):
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _default_copy(x, deep, memo):
    cls = type(x)
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _get_state(x)
    if state is not None:
        _set_state(y, state, deep, memo)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)


del _atomic
