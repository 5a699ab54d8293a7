# function and class decorators
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        r = fn(*args, **kwargs)
        print("returned", r)
        return r
    return wrapper

@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def one(): pass
@register
def two(): pass
print(registry)

def stack_a(fn):
    return lambda: "a(" + fn() + ")"
def stack_b(fn):
    return lambda: "b(" + fn() + ")"
@stack_a
@stack_b
def base():
    return "base"
print(base())

def add_method(cls):
    cls.extra = lambda self: "extra from " + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

@(lambda f: f)
def ident():
    return "expression decorator"
print(ident())
