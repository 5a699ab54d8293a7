# object's methods: __eq__/__ne__/__hash__/__repr__/__str__/__format__/__init_subclass__/__subclasshook__/__dir__/__reduce_ex__ basics
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

o = object()
t('eq', lambda: (o.__eq__(o), o.__eq__(object()), o.__ne__(o), o.__ne__(1), o == o, o != object()))
t('lt', lambda: (o.__lt__(o), o.__le__(o), o.__gt__(1), o.__ge__(None)))
t('lt op', lambda: o < o)
t('hash', lambda: (hash(o) == o.__hash__(), type(hash(o)).__name__))
t('repr', lambda: (repr(o).startswith('<object object at 0x'), str(o) == repr(o)))
t('format', lambda: (format(o, '') == str(o), o.__format__('')[:8]))
t('format spec', lambda: format(o, 's'))
t('format nonstr', lambda: o.__format__(1))
t('init args', lambda: object(1))
t('init kw', lambda: object(a=1))
t('setattr', lambda: setattr(o, 'x', 1))
t('dict', lambda: o.__dict__)
t('class', lambda: (o.__class__ is object, type(o).__name__))
t('subclasshook', lambda: object.__subclasshook__(int))
t('init_subclass', lambda: object.__init_subclass__())
t('dir', lambda: sorted(set(dir(o)) & {'__eq__', '__hash__', '__class__', '__init__', '__sizeof__'}))
t('sizeof', lambda: type(o.__sizeof__()).__name__)
t('dir method', lambda: type(o.__dir__()).__name__)
t('new', lambda: type(object.__new__(object)).__name__)
t('new bad', lambda: object.__new__(int))
t('new nontype', lambda: object.__new__(5))
class A:
    pass
a = A()
t('user eq', lambda: (a == a, a == A(), a != a, a.__eq__(1), a.__ne__(a)))
t('user repr', lambda: (repr(a).startswith('<__main__.A object at 0x'), str(a) == repr(a)))
t('user attrs', lambda: (a.__dict__, a.__module__, A.__qualname__, A.__name__, A.__bases__, A.__mro__))
a.x = 1
t('user dict', lambda: (a.__dict__, vars(a)))
t('user delattr', lambda: (a.__delattr__('x'), a.__dict__))
t('user setattr via object', lambda: (object.__setattr__(a, 'y', 2), a.y))
t('getattribute', lambda: object.__getattribute__(a, 'y'))
t('getattribute missing', lambda: object.__getattribute__(a, 'zz'))
t('getattribute nonstr', lambda: object.__getattribute__(a, 1))
class Eq:
    def __eq__(self, other):
        return True
t('eq no hash', lambda: Eq.__hash__ is None)
t('hash eq obj', lambda: hash(Eq()))
class OnlyNe:
    def __ne__(self, other):
        return 'ne'
t('ne only', lambda: (OnlyNe() != 1, OnlyNe() == OnlyNe()))
class Sub:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Sub, tag='t1'):
    pass
t('init_subclass kw', lambda: Child.tag)
t('init_subclass bad', lambda: type('X', (object,), {}, bad=1))
t('class with kw no hook', lambda: exec('class Y(bogus=1): pass'))
t('reduce_ex', lambda: type(object().__reduce_ex__(2)).__name__ if hasattr(object, '__reduce_ex__') else 'tuple')
t('class doc', lambda: A.__doc__)
class WithDoc:
    'the doc'
t('with doc', lambda: WithDoc.__doc__)
t('object.__class__ assign', lambda: setattr(object(), '__class__', A))
