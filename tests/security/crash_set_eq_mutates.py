# expect: ok
# stdout: survived
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 3
    def __eq__(self, o):
        s.clear()
        s.update(range(50))
        return False
s = set()
for i in range(5):
    s.add(K(i))
try:
    K(9) in s
    s.discard(K(8))
except RuntimeError:
    pass
print('survived')
