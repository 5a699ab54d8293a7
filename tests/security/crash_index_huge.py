# expect: exception IndexError
class I:
    def __index__(self): return 10**100
[1, 2, 3][I()]
