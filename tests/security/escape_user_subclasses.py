# expect: ok
# stdout: []
# sandbox: asp's __subclasses__() lists no classes (CPython: ['B', 'C']), so it is no path to anything
class A: pass
class B(A): pass
class C(A): pass
print(sorted(c.__name__ for c in A.__subclasses__()))
