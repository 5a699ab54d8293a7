# late binding in closures and cells in loops
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])

fs = []
for i in range(4):
    fs.append(lambda i=i: i)
print([f() for f in fs])

fs = [lambda: j for j in range(3)]
print([f() for f in fs])

fs = [lambda j=j: j * 10 for j in range(3)]
print([f() for f in fs])

def make():
    funcs = []
    for k in range(3):
        def f():
            return k
        funcs.append(f)
    k = 42
    return funcs
print([f() for f in make()])

def make2():
    funcs = []
    for k in range(3):
        def wrap(k):
            return lambda: k * k
        funcs.append(wrap(k))
    return funcs
print([f() for f in make2()])

# a cell shared between a closure and the enclosing function
def shared():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(shared())

# closure inside a while loop
def counters():
    out = []
    n = 0
    while n < 3:
        out.append(lambda n=n: n + 100)
        n += 1
    return [f() for f in out]
print(counters())

# closure over a loop variable in a comprehension's own scope
gens = [(lambda: x) for x in "abc"]
print([g() for g in gens])
