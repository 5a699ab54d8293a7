# AttributeError/NameError name and obj, Did you mean suggestions in messages
class P:
    def __init__(self):
        self.value = 1
        self.values = 2
    def method(self):
        return self.valeu
p = P()
try:
    p.valu
except AttributeError as e:
    print(repr(str(e)), e.name, e.obj is p)
try:
    p.method()
except AttributeError as e:
    print(repr(str(e)), e.name)
try:
    [].apend(1)
except AttributeError as e:
    print(repr(str(e)), e.name, e.obj)
try:
    (1).reall
except AttributeError as e:
    print(repr(str(e)), e.name, e.obj)
try:
    P.nonexistent
except AttributeError as e:
    print(repr(str(e)), e.name, e.obj is P)
try:
    None.x
except AttributeError as e:
    print(repr(str(e)), e.name)
import math
try:
    math.pii
except AttributeError as e:
    print(repr(str(e)), e.name, e.obj is math)
try:
    undefined_thing
except NameError as e:
    print(repr(str(e)), e.name)
my_variable = 1
try:
    my_variabel
except NameError as e:
    print(repr(str(e)), e.name)
def f():
    local_value = 1
    return local_valeu
try:
    f()
except NameError as e:
    print(repr(str(e)), e.name)
try:
    lenn([])
except NameError as e:
    print(repr(str(e)), e.name)
def g():
    print(x_unbound)
    x_unbound = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, repr(str(e)), e.name)
e = AttributeError('m', name='nm', obj=5)
print(e.name, e.obj, e.args)
e = NameError('m', name='nm')
print(e.name, e.args)
try:
    AttributeError('m', bogus=1)
except TypeError as err:
    print('TypeError', err)
print(AttributeError().name, AttributeError().obj, NameError().name)
import sys
print(sys.exc_info())
try:
    getattr(p, 'valeu')
except AttributeError as e:
    print(repr(str(e)))
class Slots:
    __slots__ = ('alpha',)
try:
    Slots().alpha
except AttributeError as e:
    print(repr(str(e)))
try:
    Slots().beta = 1
except AttributeError as e:
    print(repr(str(e)))
try:
    object().foo = 1
except AttributeError as e:
    print(repr(str(e)))
