# yield from: delegation, return values, send and throw passthrough
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got result:", r)
    yield 3

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3))))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def sub():
    try:
        yield "s1"
        yield "s2"
    except ValueError as e:
        print("sub caught", e)
        yield "after throw"
def delegator():
    yield from sub()
    yield "end"
d = delegator()
print(next(d))
print(d.throw(ValueError("x")))
print(list(d))

def gen_ret(n):
    yield n
    return n * 10
def summer():
    total = 0
    for i in range(3):
        total += yield from gen_ret(i)
    return total
s = summer()
print(list(s))
def outer_sum():
    t = yield from summer()
    yield "total", t
print(list(outer_sum()))

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def closing_outer():
    yield from closing_inner()
c = closing_outer()
print(next(c))
c.close()
print("done")
