# TypeError messages for bad calls
def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h(x):
    pass
def none():
    pass

class C:
    def m(self, x):
        pass
    def __init__(self, a):
        pass

tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=5),
    lambda: f(1, 2, a=1),
    lambda: g(),
    lambda: g(1),
    lambda: h(1, 2),
    lambda: none(1),
    lambda: none(x=1),
    lambda: C(1).m(),
    lambda: C(1).m(1, 2),
    lambda: C(),
    lambda: C(1, 2),
    lambda: f(1, 2, **{"c": 3, "z": 0}),
    lambda: f(*[1, 2, 3, 4, 5]),
    lambda: h(**{"x": 1, "y": 2}),
    lambda: f(1, *[2], b=2),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
