# expect: exception ValueError
def g():
    yield it.send(None)
it = g()
next(it)
