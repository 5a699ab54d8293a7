# expect: exception ValueError
class A:
    def __len__(self): return -1
len(A())
