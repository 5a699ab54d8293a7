# expect: ok
# stdout: 2
x = [1, 2, 3, 4]
n = 0
for i, v in enumerate(x):
    n += 1
    x.pop()
print(n)
