# isinstance/issubclass with tuples and unions, type | type, errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

U = int | str
t('union repr', lambda: (repr(U), repr(int | None), repr(None | int), repr(int | str | int), repr(list[int] | None)))
t('union type', lambda: type(U).__name__)
t('isinstance u', lambda: (isinstance(1, U), isinstance('a', U), isinstance(1.0, U), isinstance(None, int | None), isinstance(True, U)))
t('issubclass u', lambda: (issubclass(bool, U), issubclass(float, U), issubclass(int, int | float)))
t('union args', lambda: (U.__args__, (int | None).__args__))
t('union eq', lambda: (int | str == str | int, (int | str) == (int | str | int), hash(int | str) == hash(str | int)))
t('nested tuple', lambda: (isinstance(1, (str, (float, (int,)))), isinstance(1, ()), issubclass(int, ((), (object,)))))
t('tuple with union', lambda: isinstance(1, (str, int | float)))
t('bad cls', lambda: isinstance(1, 5))
t('bad cls tuple', lambda: isinstance(1, (int, 5)))
t('bad cls tuple2', lambda: isinstance('x', (int, 5)))
t('issubclass bad', lambda: issubclass(1, int))
t('issubclass bad2', lambda: issubclass(int, 1))
t('issubclass list', lambda: issubclass(int, [int]))
t('union with non-type', lambda: int | 5)
t('union str', lambda: int | 'str')
t('generic alias isinstance', lambda: isinstance([], list[int]))
t('generic alias issubclass', lambda: issubclass(list, list[int]))
t('union with generic', lambda: isinstance([], list[int] | None))
t('bool sub', lambda: (isinstance(True, int), issubclass(bool, int), issubclass(bool, (str, int)), isinstance(1, bool)))
t('object', lambda: (isinstance(None, object), isinstance(int, object), isinstance(int, type), issubclass(type, object), isinstance(type, type)))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is str
class M(metaclass=Meta):
    pass
t('meta', lambda: (isinstance('magic', M), isinstance('x', M), issubclass(str, M), issubclass(int, M), isinstance('magic', (int, M))))
t('meta union', lambda: isinstance('magic', int | M))
class A:
    pass
class B(A):
    pass
t('classes', lambda: (issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), isinstance(B(), A), issubclass(B, B)))
t('type(x) is', lambda: (type(True) is bool, type(1) is int, type(int) is type, type(type) is type))
t('union or', lambda: ((int | str) | float, int | (str | float)))
t('union parameters', lambda: (int | str).__parameters__)
t('union instance', lambda: isinstance(int | str, type))
t('NoneType', lambda: (type(None) | int, isinstance(None, type(None))))
