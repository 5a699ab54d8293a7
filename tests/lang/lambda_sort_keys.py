# lambdas as keys and callbacks, closures in lambdas
students = [
    {"name": "ann", "grade": 88, "age": 20},
    {"name": "bob", "grade": 95, "age": 22},
    {"name": "cy", "grade": 88, "age": 19},
    {"name": "di", "grade": 72, "age": 21},
]
print([s["name"] for s in sorted(students, key=lambda s: s["grade"])])
print([s["name"] for s in sorted(students, key=lambda s: (-s["grade"], s["name"]))])
print([s["name"] for s in sorted(students, key=lambda s: s["age"], reverse=True)])
print(max(students, key=lambda s: s["grade"])["name"], min(students, key=lambda s: s["age"])["name"])
by = lambda field: (lambda s: s[field])
print([s["name"] for s in sorted(students, key=by("name"), reverse=True)])
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda *fs: (lambda x: [x := f(x) for f in fs][-1])
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(5))
apply_n = lambda f, n: (lambda x: x if n == 0 else apply_n(f, n - 1)(f(x)))
print(apply_n(lambda x: x * 3, 4)(1))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(sorted(["b3", "a10", "c1"], key=lambda s: int(s[1:])), sorted("hello", key=lambda c: -ord(c)))
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3), (lambda: None)() is None)
table = {op: fn for op, fn in [("neg", lambda x: -x), ("sq", lambda x: x * x), ("id", lambda x: x)]}
print({k: f(7) for k, f in table.items()})
print(list(filter(lambda s: s["grade"] > 80, students))[-1]["name"])
y = 10
f = lambda: y
y = 20
print(f())
