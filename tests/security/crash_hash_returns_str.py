# expect: exception TypeError
class K:
    def __hash__(self): return 'x'
{K(): 1}
