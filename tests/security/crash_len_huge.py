# expect: exception OverflowError
class A:
    def __len__(self): return 10**100
len(A())
