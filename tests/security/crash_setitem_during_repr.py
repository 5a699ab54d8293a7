# expect: ok
# stdout: ok
class A:
    def __repr__(self):
        x.clear()
        return 'A'
x = [A(), A(), A()]
repr(x)
d = {1: A(), 2: A()}
class B:
    def __repr__(self):
        d.clear()
        return 'B'
d[3] = B()
try:
    repr(d)
except RuntimeError:
    pass
print('ok')
