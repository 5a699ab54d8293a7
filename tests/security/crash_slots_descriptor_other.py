# expect: exception TypeError
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('y',)
A.x.__set__(B(), 1)
