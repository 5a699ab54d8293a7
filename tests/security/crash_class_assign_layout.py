# expect: exception TypeError
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('y', 'z')
a = A()
a.__class__ = B
