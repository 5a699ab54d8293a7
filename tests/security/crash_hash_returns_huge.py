# expect: ok
# stdout: True
class K:
    def __hash__(self): return 10**100
print(isinstance(hash(K()), int))
