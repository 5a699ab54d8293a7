# expect: exception TypeError
class A: pass
super(A, 5).__init__()
