# deeper closure nesting, closures capturing arguments, nonlocal in loops
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(10)(100), level1("x")("y")("z"))

def make_ops():
    ops = {}
    for name, fn in [("add", lambda a, b: a + b), ("mul", lambda a, b: a * b)]:
        def op(x, y, fn=fn, name=name):
            return f"{name}({x},{y})={fn(x, y)}"
        ops[name] = op
    return ops
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3))

def running_max():
    best = None
    def feed(x):
        nonlocal best
        if best is None or x > best:
            best = x
        return best
    return feed
f = running_max()
print([f(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])

def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
g = fib_gen()
print([g() for _ in range(12)])

def outer():
    items = []
    def add_all(*xs):
        for x in xs:
            items.append(x)
        return len(items)
    return add_all, items
add_all, items = outer()
add_all(1, 2)
add_all(3)
print(items)

def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    count.counts = counts
    return count
c = counter_factory()
for w in "a b a c a b".split():
    c(w)
print(sorted(c.counts.items()))

def shadow():
    x = "outer"
    inner = lambda: (x := "inner")
    return inner(), x
print(shadow())
def cell_after_return():
    fs = []
    for i in range(3):
        def f(i=i):
            def g():
                return i * 2
            return g
        fs.append(f())
    return [h() for h in fs]
print(cell_after_return())
