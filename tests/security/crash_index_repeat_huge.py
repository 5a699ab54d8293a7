# expect: exception OverflowError
class I:
    def __index__(self): return 10**100
'a' * I()
