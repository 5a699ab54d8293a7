# expect: ok
# stdout: survived
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o):
        for i in range(100):
            d[i] = i
        return False
d = {K(0): 0}
try:
    K(1) in d
    d[K(2)] = 2
except RuntimeError:
    pass
print('survived')
