# expect: exception RecursionError
x = []
for _ in range(200000):
    x = [x]
repr(x)
