# expect: ok
# stdout: survived
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o):
        d.clear()
        return False
d = {}
for i in range(20):
    d[K(i)] = i
try:
    d[K(99)]
except KeyError:
    pass
d[K(5)] = 1
print('survived')
