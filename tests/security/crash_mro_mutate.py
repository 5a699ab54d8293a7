# expect: ok
# stdout: 2
class A:
    def f(self): return 1
class A2:
    def f(self): return 2
class B(A): pass
b = B()
B.__bases__ = (A2,)
print(b.f())
