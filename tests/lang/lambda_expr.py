# lambda expressions
sq = lambda x: x * x
print(sq(7))
print((lambda: "no args")())
print((lambda a, b=2, *args, **kw: (a, b, args, sorted(kw.items())))(1, 3, 4, 5, z=6, y=7))
print((lambda *, k: k)(k="kw only"))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print(sq.__name__)
f = lambda x: (yield x)
print(list(f(5)))
nested = lambda x: lambda y: x + y
print(nested(3)(4))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
print((lambda x, /, y: x - y)(10, y=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
try:
    sq()
except TypeError as e:
    print(e)
