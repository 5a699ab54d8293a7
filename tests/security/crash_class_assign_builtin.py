# expect: exception TypeError
class A: pass
a = A()
a.__class__ = int
