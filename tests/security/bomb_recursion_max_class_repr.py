# args: --max-recursion=100000
# expect: exception RecursionError
# Python -> C -> Python recursion (__repr__ calling repr) at the highest limit
class A:
    def __init__(self, inner): self.inner = inner
    def __repr__(self): return 'A(' + repr(self.inner) + ')'
x = None
for _ in range(300000):
    x = A(x)
repr(x)
