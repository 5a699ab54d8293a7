# calling built-in types: type(x) with one arg, type(name, bases, dict), constructors with keywords, subclass construction
print(type(1), type('a'), type(None), type(type), type(int), type(len), type([].append).__name__)
T = type('T', (object,), {'x': 1, 'm': lambda self: self.x * 2})
print(T.__name__, T().m(), T.__bases__, type(T), T.__module__)
U = type('U', (T,), {})
print(U().m(), U.__mro__)
for args in [(), (1, 2), ('A', (), {}, 1), ('A', 5, {}), ('A', (), 5), (5, (), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print('TypeError', e)
print(int(x='5') if False else int('5'), float('2.5'), complex(real=1, imag=2), str(object=5), str(b'ab', encoding='ascii'),
      list(iterable='ab') if False else list('ab'), dict(a=1, b=2), set(), frozenset('aa'), tuple(), bool(), range(3), slice(5))
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 'x'
ml = MyList('abc')
print(ml, ml.extra, type(ml + ml).__name__, len(ml), isinstance(ml, list))
class MyStr(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(MyStr('abc'), type(MyStr('a')).__name__, MyStr('x') == 'X')
class MyInt(int):
    def __new__(cls, v, extra=0):
        obj = super().__new__(cls, v)
        obj.extra = extra
        return obj
mi = MyInt('42', extra=1)
print(mi, mi.extra, mi + 1, type(mi + 1).__name__)
