# expect: ok
# stdout: 6
x = [1, 2, 3]
x.extend(x)
print(len(x))
