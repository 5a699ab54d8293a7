# sys functions: exc_info, exception, getrecursionlimit/setrecursionlimit, intern, getsizeof, exit, argv
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('boom')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v, tb is v.__traceback__, type(tb).__name__)
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exc_info(), sys.exception())
def gen():
    try:
        raise TypeError('g')
    except TypeError:
        yield sys.exception()
    yield sys.exception()
g = gen()
print(repr(next(g)), repr(next(g)))
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(old)
for bad in [0, -5, 'x', 1.5, None]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s1 = sys.intern('hello world ' * 2)
s2 = sys.intern(''.join(['hello world '] * 2))
print(s1 is s2, s1 == s2)
for bad in [5, b'x']:
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError', e)
class S(str):
    pass
try:
    sys.intern(S('x'))
except TypeError as e:
    print('TypeError', e)
for obj in [0, 1, 2**100, 1.5, '', 'abc', (), (1, 2), [], [1, 2, 3], {}, {1: 2}, set(), None, True, object()]:
    size = sys.getsizeof(obj)
    print(type(obj).__name__, type(size).__name__, size > 0)
print(sys.getsizeof([1, 2, 3]) > sys.getsizeof([]), sys.getsizeof('a' * 100) > sys.getsizeof('a'), sys.getsizeof(2**1000) > sys.getsizeof(1))
print(sys.getsizeof(object(), 5) > 0)
class WithSize:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(WithSize()) >= 1000)
class BadSize:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(BadSize())
except ValueError as e:
    print('ValueError', e)
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith('sys_functions.py'))
for code in [None, 0, 3, 'message', (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)
print('sys' in sys.modules, sys.modules['sys'] is sys)
sys.exit('bye')
