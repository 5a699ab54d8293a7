# expect: ok
# stdout: [1, 1, 2, 3, 3]
x = [1, 2, 3]
x[1:2] = x
print(x)
