# expect: ok
# stdout: 20
class A:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        A.n += 1
        if A.n == 37: raise KeyError
        return self.v < o.v
x = [A(i) for i in range(20, 0, -1)]
try:
    x.sort()
except KeyError:
    pass
print(len(x))
