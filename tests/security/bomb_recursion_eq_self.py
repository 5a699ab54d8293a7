# expect: exception RecursionError
a = []
a.append(a)
b = []
b.append(b)
a == b
