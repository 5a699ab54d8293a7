# expect: exception TypeError
class A:
    def __len__(self): return 1.5
bool(A())
