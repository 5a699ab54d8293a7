# expect: ok
# stdout: ok
a = [1, 2, 3]
b = [4, 5, 6]
for x, y in zip(a, b):
    a.clear()
    b.append(1)
print('ok')
