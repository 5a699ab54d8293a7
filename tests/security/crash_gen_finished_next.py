# expect: exception StopIteration
def g():
    yield 1
it = g()
list(it)
next(it)
