# expect: exception ValueError
# list modified during sort
x = list(range(100))
def k(v):
    x.append(v)
    return v
x.sort(key=k)
