# uncaught exception escaping from a generator and a coroutine chain
def gen():
    yield 1
    raise LookupError("from generator")
g = gen()
print(next(g))
async def co():
    for _ in gen():
        pass
c = co()
try:
    c.send(None)
except LookupError as e:
    print("coroutine raised", e)
next(g)
