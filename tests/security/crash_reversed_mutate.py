# expect: ok
# stdout: [5]
x = list(range(10))
out = []
for v in reversed(x):
    out.append(v)
    if len(out) == 1:
        del x[3:]
print(out[:0] + [len(x) + 2])
