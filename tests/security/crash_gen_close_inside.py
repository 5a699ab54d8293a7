# expect: exception ValueError
def g():
    it.close()
    yield 1
it = g()
next(it)
