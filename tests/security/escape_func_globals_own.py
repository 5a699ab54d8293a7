# expect: ok
# stdout: True
# stdout: 42
# A function's __globals__ is its own module's namespace: legitimate.
SECRET = 42
def f(): pass
g = f.__globals__
print(g is globals())
print(g['SECRET'])
