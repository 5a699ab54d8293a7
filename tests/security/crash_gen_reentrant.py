# expect: exception ValueError
# generator already executing
def g():
    yield next(it)
it = g()
next(it)
