# args: --max-recursion=100000
# expect: exception RecursionError
def g(n):
    yield from g(n + 1)
next(g(0))
