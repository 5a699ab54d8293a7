# expect: ok
# stdout: caught
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        x.append(A(0))
        del x[:3]
        return self.v < o.v
x = [A(i) for i in range(30, 0, -1)]
try:
    x.sort()
except ValueError:
    print('caught')
