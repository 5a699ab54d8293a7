# expect: ok
# stdout: [[...]]
x = []
x.append(x)
print(repr(x))
