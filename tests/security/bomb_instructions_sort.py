# args: --max-instructions=1000000
# expect: limit instructions
# sandbox: sorting counts against the budget
x = list(range(10**6, 0, -1))
for _ in range(100):
    x.sort()
    x.reverse()
