x = 1
def f(a, /, b=2, *c, d, e=3, **g):
    y = a
    def h():
        nonlocal y
        y += 1
        global x
        x = [y for y in range(3) if y]
        return lambda q=y: q + x[0]
    class K:
        y = 5
        def m(self): return y, __class__
    return h, K
