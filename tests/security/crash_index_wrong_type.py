# expect: exception TypeError
class I:
    def __index__(self): return 'x'
[1, 2, 3][I()]
