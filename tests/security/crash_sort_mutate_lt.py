# expect: exception ValueError
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        x.append(1)
        return self.v < o.v
x = [A(i) for i in range(50, 0, -1)]
x.sort()
