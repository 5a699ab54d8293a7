# expect: exception ValueError
def g():
    it.throw(KeyError)
    yield 1
it = g()
next(it)
