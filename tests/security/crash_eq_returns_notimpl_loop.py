# expect: ok
# stdout: False
class A:
    def __eq__(self, o): return NotImplemented
print(A() == A())
