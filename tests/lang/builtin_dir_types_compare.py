# dir() of built-in types lists CPython 3.13's names (checked against a fixed list of names each type must and must not have)
must = {
    int: ['bit_count', 'bit_length', 'to_bytes', 'from_bytes', 'as_integer_ratio', 'is_integer', 'conjugate', 'numerator', 'denominator',
          'real', 'imag', '__index__', '__round__', '__trunc__', '__floor__', '__ceil__', '__radd__', '__rpow__', '__bool__', '__getnewargs__'],
    float: ['hex', 'fromhex', 'as_integer_ratio', 'is_integer', 'conjugate', '__getformat__', '__round__', '__trunc__', '__floor__', '__ceil__', '__bool__'],
    complex: ['conjugate', 'real', 'imag', '__complex__', '__bool__', '__rtruediv__', '__pow__'],
    str: ['casefold', 'expandtabs', 'format_map', 'isascii', 'isidentifier', 'isprintable', 'maketrans', 'removeprefix', 'removesuffix',
          'splitlines', 'translate', 'zfill', '__rmul__', '__mod__', '__rmod__', '__getnewargs__'],
    list: ['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort', '__reversed__', '__iadd__', '__imul__', '__rmul__', '__class_getitem__'],
    tuple: ['count', 'index', '__rmul__', '__getnewargs__', '__class_getitem__'],
    dict: ['clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values', '__or__', '__ror__', '__ior__', '__reversed__', '__class_getitem__'],
    set: ['add', 'clear', 'copy', 'difference', 'difference_update', 'discard', 'intersection', 'intersection_update', 'isdisjoint', 'issubset',
          'issuperset', 'pop', 'remove', 'symmetric_difference', 'symmetric_difference_update', 'union', 'update', '__iand__', '__rsub__'],
    frozenset: ['copy', 'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'union', '__hash__'],
    range: ['count', 'index', 'start', 'stop', 'step', '__reversed__', '__bool__', '__len__'],
    slice: ['indices', 'start', 'stop', 'step', '__hash__'],
    type: ['mro', '__subclasses__', '__instancecheck__', '__subclasscheck__', '__prepare__', '__or__', '__ror__', '__mro__', '__qualname__'],
    object: ['__init_subclass__', '__subclasshook__', '__format__', '__dir__', '__sizeof__', '__class__'],
    enumerate: ['__class_getitem__', '__next__', '__iter__'],
}
must_not = {
    str: ['__radd__', '__bool__', '__iadd__'], list: ['__radd__', '__bool__'], tuple: ['__radd__', '__bool__', 'append'],
    dict: ['__bool__', '__radd__', 'has_key', 'iteritems'], set: ['__bool__'], frozenset: ['add', 'update', '__ior__'],
    zip: ['__class_getitem__'], map: ['__class_getitem__'], filter: ['__class_getitem__'], reversed: ['__class_getitem__'],
    type({}.values()): ['__contains__', 'isdisjoint'], int: ['__iter__', '__len__'], object: ['__dict__', '__weakref__'],
}
for t, names in must.items():
    print(t.__name__, [n for n in names if n not in dir(t)])
for t, names in must_not.items():
    print(t.__name__, [n for n in names if n in dir(t)])
import builtins
print([n for n in ['abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'breakpoint', 'callable', 'chr', 'compile', 'copyright',
                   'credits', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'exit', 'format', 'getattr', 'globals', 'hasattr', 'hash',
                   'help', 'hex', 'id', 'isinstance', 'issubclass', 'iter', 'len', 'license', 'locals', 'max', 'min', 'next', 'oct',
                   'ord', 'pow', 'print', 'quit', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', '__build_class__', '__import__',
                   '__debug__', 'Ellipsis', 'NotImplemented'] if n not in dir(builtins)])
