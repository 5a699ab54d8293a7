# expect: ok
# stdout: 42
def f(): pass
X = 42
print('{0.__globals__[X]}'.format(f))
