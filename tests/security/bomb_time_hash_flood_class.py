# args: --max-time=1s
# sandbox: the limits of the sandbox
# expect: limit time
# max-seconds: 1.5
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
s = set()
i = 0
while True:
    s.add(K(i))
    i += 1
