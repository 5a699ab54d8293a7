# getattr on special names of built-ins: __class__, __name__, __qualname__, __module__, __doc__ presence, __dict__ of types
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

for obj in [1, 'a', [], {}, (), set(), 1.5, None, True, len, int, type, range(1), slice(1)]:
    t(type(obj).__name__, lambda: (obj.__class__.__name__, type(obj).__module__, type(obj).__qualname__))
t('type names', lambda: [(c.__name__, c.__qualname__, c.__module__) for c in (int, type(None), type(len), type(iter([])), type({}.keys()))])
t('int dict', lambda: ('bit_length' in int.__dict__, '__add__' in int.__dict__, 'foo' in int.__dict__))
t('setattr int', lambda: setattr(int, 'foo', 1))
t('delattr int', lambda: delattr(int, 'bit_length'))
t('setattr str', lambda: setattr(str, 'upper', None))
t('setattr instance', lambda: setattr('abc', 'x', 1))
t('builtin name', lambda: (len.__name__, len.__qualname__, len.__module__))
t('method name', lambda: ([].append.__name__, [].append.__qualname__))
t('type attr', lambda: (int.__name__, int.__qualname__, int.__base__, bool.__base__, object.__base__, int.__bases__, bool.__mro__))
t('type set name', lambda: setattr(int, '__name__', 'x'))
class C:
    pass
C.__name__ = 'D'
C.__qualname__ = 'E.D'
t('heap type rename', lambda: (C.__name__, C.__qualname__, repr(C)))
t('heap type bad name', lambda: setattr(C, '__name__', 5))
t('heap type null name', lambda: setattr(C, '__name__', 'a\x00b'))
t('mro attr', lambda: (C.__mro__, C.mro()))
