# expect: ok
# stdout: 10
x = list(range(5))
n = 0
for v in x:
    n += 1
    if n < 6:
        x.append(v)
    if n == 7:
        x.clear()
print(n + 3)
