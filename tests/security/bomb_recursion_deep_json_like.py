# expect: exception RecursionError
d = {}
cur = d
for i in range(100000):
    cur['k'] = {}
    cur = cur['k']
str(d)
