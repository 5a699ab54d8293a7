# expect: ok
# stdout: -2
class K:
    def __hash__(self): return -1
print(hash(K()))
