# expect: ok
# stdout: ['B', 'C']
class A: pass
class B(A): pass
class C(A): pass
print(sorted(c.__name__ for c in A.__subclasses__()))
