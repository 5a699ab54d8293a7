# expect: ok
# stdout: [0, 1, 2]
it = iter([0, 1, 2])
x = list(it)
print(x)
