# expect: exception TypeError
class B:
    def __bool__(self): raise TypeError('no')
class A:
    def __lt__(self, o): return B()
sorted([A(), A(), A()])
