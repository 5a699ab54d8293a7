# expect: ok
# stdout: {1: {...}}
d = {}
d[1] = d
print(d)
