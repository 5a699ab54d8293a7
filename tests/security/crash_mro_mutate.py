# expect: ok
# expect: exception AttributeError
# sandbox: asp does not support __bases__ assignment yet (AttributeError); CPython prints 2
class A:
    def f(self): return 1
class A2:
    def f(self): return 2
class B(A): pass
b = B()
B.__bases__ = (A2,)
print(b.f())
