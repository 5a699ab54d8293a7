# expect: exception RecursionError
a = []
b = []
for _ in range(200000):
    a = [a]
    b = [b]
a == b
