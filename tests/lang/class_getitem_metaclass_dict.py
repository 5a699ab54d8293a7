# __class_getitem__ is an implicit classmethod; classes made by a metaclass keep their own __dict__
class A:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
class B(A):
    pass
print(A[int], B['x'], A.__class_getitem__(3), type(A.__dict__['__class_getitem__']).__name__)

class C:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(C[1])

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['made_by'] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
class D(metaclass=Meta):
    x = 1
    def f(self):
        return 2
print(sorted(k for k in D.__dict__ if not k.startswith('__')), D.made_by, '__dict__' in Meta.__dict__)
print(D.__dict__['x'], D().f(), type(D).__name__)
D.y = 5
print(D.__dict__['y'], vars(D)['x'])
try:
    object.__getattribute__(Meta, '__dict__')['nope']
except KeyError as e:
    print('KeyError', e)
