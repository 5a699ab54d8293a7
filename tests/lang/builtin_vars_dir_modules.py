# dir() of modules, classes with inheritance and __slots__, dir() without args inside functions, vars() of classes with slots
import math, sys
print([n for n in dir(math) if not n.startswith('_')][:10], 'pi' in dir(math), '__name__' in dir(math))
print(sorted(n for n in dir(sys) if n in ('argv', 'maxsize', 'version', 'exit', 'modules')))
class Base:
    a = 1
    def m(self):
        pass
class Derived(Base):
    b = 2
    __slots__ = ('s',)
d = Derived()
print([n for n in dir(d) if not n.startswith('__')], [n for n in dir(Derived) if not n.startswith('__')])
print('__slots__' in dir(Derived), '__dict__' in dir(d), hasattr(d, '__dict__'))
try:
    vars(d)
    print('vars ok')
except TypeError as e:
    print('TypeError', e)
def f(x, y=2):
    z = 3
    return dir()
print(f(1))
class WithDict:
    def __init__(self):
        self.__dict__['direct'] = 1
w = WithDict()
print(w.direct, vars(w), dir(w)[-1])
w.__dict__ = {'replaced': True}
print(vars(w), w.replaced)
try:
    w.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
print(type(vars(Derived)).__name__ in ('mappingproxy', 'dict'), 'b' in vars(Derived), 'a' in vars(Derived))
print(dir(5) == sorted(dir(5)), len(dir(object)) > 15, set(dir(int)) >= set(dir(bool)) or sorted(set(dir(bool)) - set(dir(int))))
