# comprehension scoping rules
x = "outer"
result = [x for x in range(3)]
print(result, x)

y = 10
print([y + i for i in range(3)])

def f():
    n = 5
    return [n * i for i in range(3)]
print(f())

class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    limit = 2
    try:
        filtered = [v for v in vals if v > limit]
    except NameError as e:
        filtered = "NameError: " + str(e)
print(C.doubled)
print(C.filtered)

# the first iterable is evaluated in the enclosing scope
class D:
    base = [1, 2]
    out = [b + 1 for b in base]
print(D.out)

# walrus binds in the enclosing scope
data = [3, 7, 1]
if any((big := v) > 5 for v in data):
    print("found big", big)

total = 0
print([total := total + v for v in data], total)

# generator expression evaluates first iterable immediately
items = [1, 2, 3]
g = (i * 2 for i in items)
items = [100]
print(list(g))

# nested comprehension closures
funcs = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[fn() for fn in row] for row in funcs])

# the loop variable does not leak
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print("no leak:", e)
