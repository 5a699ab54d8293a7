a = b, *c = d[1:2, ::3] = e.f = 1 if g else 2
a += 1; a @= b; a **= 2
print(not a and b or c, a < b <= c != d, -~+a, a is not b, a not in b)
x = {**d, 'k': 1}, {*s, 1}, [*l], (i for i in ())
del a[0], b.c, (d, e)
print(*args, sep='', **kw)
(walrus := 10)
