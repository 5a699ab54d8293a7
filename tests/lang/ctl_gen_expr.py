# generator expressions: laziness, scoping, first iterable evaluated eagerly
def src(tag, n):
    print("creating", tag)
    return range(n)
g = (x * 2 for x in src("outer", 3))
print("generator made")
print(list(g), list(g))
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation", e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(g, "exhausted"))
# inner iterables evaluated lazily
def inner(x):
    print("inner for", x); return range(x)
g = ((x, y) for x in range(3) for y in inner(x))
print("nothing yet")
print(list(g))
# class scope not visible
class C:
    n = 3
    try:
        vals = list(i * n for i in range(2))
    except NameError as e:
        vals = str(e)
    firsts = list(n * i for i in [1, 2]) if False else None
print(C.vals)
# closures capture the variable, not the value
fs = [(lambda: i) for i in range(3)]
print([f() for f in fs])
gs = list((lambda: j) for j in range(3))
print([f() for f in gs])
# send into a generator expression
g = (x for x in range(3))
print(next(g), g.send(None))
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print("ValueError", e)
print(list(g))
# genexpr as sole argument and with other args
print(sum(x for x in range(5)), max((x for x in "abc"), key=ord))
try:
    exec("sorted(x for x in [], key=None, 1)")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("f(x for x in y, 1)")
except SyntaxError as e:
    print("SyntaxError", e.msg)
# names and types
g = (x for x in [])
print(type(g).__name__, g.__name__, g.__qualname__)
def f():
    return (y for y in [])
print(f().__qualname__)
# walrus inside genexpr binds in the enclosing scope
total = 0
list(total := total + v for v in range(4))
print(total)
