# expect: ok
# stdout: survived
# (a bounded number of mutations: a lookup restarts after each one, and an
#  __eq__ that always mutates makes it loop for as long as it likes)
n = 0
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 3
    def __eq__(self, o):
        global n
        n += 1
        if n < 20:
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
