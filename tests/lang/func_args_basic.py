# positional, keyword and default arguments
def f(a, b, c=3, d=4):
    return (a, b, c, d)

print(f(1, 2))
print(f(1, 2, 5))
print(f(1, b=7))
print(f(d=0, c=9, b=8, a=7))
print(f(*[1, 2, 3]))
print(f(1, **{"d": 40, "b": 20}))
print(f(*(1,), **{"b": 2}))

def g(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(g(1), g(2))

def defaults_evaluated_once(n=[0]):
    n[0] += 1
    return n[0]
print(defaults_evaluated_once(), defaults_evaluated_once(), defaults_evaluated_once([10]))

def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutable_default(1))
print(mutable_default(2))
print(mutable_default(3, []))
print(mutable_default.__defaults__)

val = 5
def capture(v=val):
    return v
val = 6
print(capture())

def no_return():
    pass
print(no_return())

def multiple():
    return 1, "two", [3]
a, b, c = multiple()
print(a, b, c)

print(f.__name__, f.__defaults__)
def documented():
    "Doc string here."
print(documented.__doc__)
